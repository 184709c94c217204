//! [`update`]: every message of the page, routed to the code of its feature. Pure: it
//! changes the [`State`] and returns the [`Effect`]s the page's edge must run.
//!
//! The hands-on views get their own messages ([`ToolMsg`]) with a read-only context of the
//! page; what they report back ([`Out`]) is applied here, in the parent, as iced's
//! components are mapped by theirs.

use super::address;
use super::compare;
use super::cursor;
use super::evolution;
use super::lang;
use super::load;
use super::manifest;
use super::msg::{Effect, Msg};
use super::state::{FileLine, QrModule, State, TrainModule};
use crate::tools::ctx::{Ctx, Out};
use crate::tools::share::state::{self as share, Snapshot};
use crate::tools::state::{self as tools, ToolMsg, Tools};
use latent_core::bundle::ViewFile;
use latent_i18n::{t, Text};
use latent_web_kit::quote;
use std::rc::Rc;

/// Applies `msg` to `state` and returns what the page must do.
pub fn update(state: &mut State, msg: Msg) -> Vec<Effect> {
    let s = state;
    let mut fx = Vec::new();
    if !matches!(
        msg,
        Msg::Pointer(..) | Msg::ComparePointer(..) | Msg::Key(..) | Msg::Rested
    ) {
        s.chrome += 1;
    }
    match msg {
        Msg::Start(query) => start(s, &query, &mut fx),
        Msg::BrowserLanguages(l) => s.browser_languages = l,
        Msg::PickCompare(id) => compare::pick(s, &id, &mut fx),
        Msg::ComparePointer(u, v) => compare::pointer(s, u, v, &mut fx),
        Msg::QrLoaded(result) => {
            s.qr_module = match result {
                Ok(()) => QrModule::Ready,
                Err(why) => QrModule::Failed(why),
            }
        }
        Msg::HideQr => {
            s.mode.qr = Some(false);
            s.replace_url(&mut fx);
            s.say(t!("say-qr-hidden"));
        }
        Msg::ChooseLanguage(code) => lang::choose(s, &code, &mut fx),
        Msg::LanguageLoaded(code, result) => lang::loaded(s, &code, result),
        Msg::Fetched { req, result } if s.tools.owns(req) => {
            s.tools.arrived(req, result);
            sync_tools(s, &mut fx);
        }
        Msg::Fetched { req, result } => load::fetched(s, req, result, &mut fx),
        Msg::Pointer(u, v) => cursor::pointer(s, u, v, &mut fx),
        Msg::Key(key, shift) => cursor::key(s, key, shift, &mut fx),
        Msg::Zoom(m) => cursor::zoom_msg(s, m, &mut fx),
        Msg::PickDataset(ds) => {
            let (Some(m), Some(cur)) = (&s.manifest, s.shown_entry()) else {
                return fx;
            };
            if let Some(i) = manifest::entry_for_dataset(m, cur, &ds) {
                load::switch_to(s, i, &mut fx);
            }
        }
        Msg::PickModel(id) => {
            let i = s
                .manifest
                .as_ref()
                .and_then(|m| m.bundles.iter().position(|b| b.id == id));
            if let Some(i) = i {
                load::switch_to(s, i, &mut fx);
            }
        }
        Msg::ToggleEvolution => {
            // the lesson draws on the final model's map: opening an epoch's map closes it
            if s.evo.open.is_none() && s.lesson.step.is_some() {
                fx.push(Effect::CloseLesson);
            }
            evolution::update::toggle(s, &mut fx)
        }
        Msg::PlayPause => evolution::update::play_pause(s, &mut fx),
        Msg::Step(d) => {
            if let Some(f) = s.evo.open.as_ref().map(|e| e.frame) {
                evolution::update::step_to(s, f.saturating_add_signed(d as isize), true, &mut fx);
            }
        }
        Msg::Slide(i) => evolution::update::step_to(s, i, false, &mut fx),
        Msg::ShowPoints(on) => {
            if let Some(e) = &mut s.evo.open {
                e.points = on;
            }
        }
        Msg::Tick => evolution::update::tick(s, &mut fx),
        Msg::Rested => fx.push(Effect::ReplaceUrl(address::serialise(&s.url_state()))),
        Msg::Retry => load::retry(s, &mut fx),
        Msg::Tool(m) => tool_msg(s, m, &mut fx),
        Msg::TrainToggle => {
            let t = &mut s.train;
            t.open = !t.open;
            if t.open && matches!(t.module, TrainModule::Absent | TrainModule::Failed(_)) {
                t.module = TrainModule::Loading;
                fx.push(Effect::LoadTrainView);
            }
            s.replace_url(&mut fx);
        }
        Msg::TrainLoaded(result) => {
            s.train.module = match result {
                Ok(()) => TrainModule::Ready,
                Err(e) => {
                    s.say(t!("train-module-failed", why = e.clone()));
                    TrainModule::Failed(e)
                }
            };
        }
        Msg::LessonStart => {
            if s.lesson.step.is_some() {
                // already open: the card is shown again, its step kept
                fx.push(Effect::FocusLesson);
            } else {
                // the lesson draws on the final model's map, not an epoch's
                if s.evo.open.is_some() {
                    evolution::update::toggle(s, &mut fx);
                }
                s.lesson.focus = true;
                let first = latent_web_kit::LESSON_STEPS[0].to_string();
                open_lesson(s, first, &mut fx);
            }
        }
        Msg::LessonStep(step) => {
            let step = latent_web_kit::LESSON_STEPS
                .iter()
                .find(|s| **s == step)
                .map(|s| s.to_string());
            if step.is_none() && s.lesson.step.is_some() {
                s.say(t!("say-lesson-closed"));
            }
            s.lesson.step = step;
            s.replace_url(&mut fx);
        }
        Msg::LessonLoaded(result) => {
            if result.is_ok() && std::mem::take(&mut s.lesson.focus) {
                fx.push(Effect::FocusLesson);
            }
            s.lesson.module = match result {
                Ok(()) => TrainModule::Ready,
                Err(e) => {
                    s.say(t!("lesson-module-failed", why = e.clone()));
                    TrainModule::Failed(e)
                }
            };
        }
        Msg::OpenFile(name, Ok(bytes)) if loading(s) => s.file_later = Some((name, bytes)),
        Msg::OpenFile(name, bytes) => fx.extend(open_file(s, &name, bytes)),
        Msg::Resized | Msg::Hidden(false) => {}
        Msg::ToggleEmbed => {
            s.embed_dialog.open = !s.embed_dialog.open;
            s.embed_dialog.copied = None;
        }
        Msg::CopyEmbed => fx.push(Effect::Copy(s.embed_snippet())),
        Msg::Copied(ok) => {
            s.embed_dialog.copied = Some(ok);
            s.say(if ok {
                t!("say-embed-copied")
            } else {
                t!("say-embed-not-copied")
            });
        }
        Msg::Hidden(true) => {
            if s.evo.open.as_ref().is_some_and(|e| e.playing) {
                evolution::update::play_pause(s, &mut fx); // pauses, says so, writes the epoch
            }
        }
    }
    evolution::update::ensure_frame_decoder(s, &mut fx);
    compare::settle(s, &mut fx);
    if s.qr_shown() && s.qr_module == QrModule::Absent && !s.mode.base.is_empty() {
        s.qr_module = QrModule::Loading;
        fx.push(Effect::LoadQr);
    }
    if !loading(s) {
        if let Some((name, bytes)) = s.file_later.take() {
            fx.extend(open_file(s, &name, Ok(bytes)));
        }
    }
    sync_tools(s, &mut fx);
    fx
}

/// Whether the list of models or a model from it is still to come: a file opened meanwhile
/// waits for them (either would put the address's model on the map over it).
fn loading(s: &State) -> bool {
    s.requests.pending.iter().any(|(_, p)| {
        matches!(
            p,
            super::fetch::Pending::Manifest | super::fetch::Pending::Model { .. }
        )
    })
}

/// Opens the lesson at `step`: loads its module (the first time, or after a failure) and
/// shows the step.
fn open_lesson(s: &mut State, step: String, fx: &mut Vec<Effect>) {
    s.lesson.step = Some(step.clone());
    if s.lesson.module != TrainModule::Loading {
        s.lesson.module = match s.lesson.module {
            TrainModule::Ready => TrainModule::Ready,
            _ => TrainModule::Loading,
        };
        fx.push(Effect::LoadLesson(step));
    }
    s.replace_url(fx);
}

/// The page opened at `query` (`location.href`, or just its query string).
fn start(s: &mut State, query: &str, fx: &mut Vec<Effect>) {
    let parsed = address::parse(query);
    s.notices = parsed.notices;
    let u = parsed.url;
    s.mode.embed = u.embed;
    s.mode.present = u.present;
    s.mode.qr = u.qr;
    s.compare.asked = u.compare.clone();
    s.mode.parts = u.parts;
    s.mode.base = query
        .split(['?', '#'])
        .next()
        .filter(|b| b.contains("://"))
        .unwrap_or("")
        .to_string();
    s.lang_choice = u.lang.clone();
    lang::apply(s, fx);
    s.tools.start(&u.hands_on);
    s.zoom = u.zoom;
    s.train.limits = u.train_limits;
    // (an embedded page shows no training panel)
    if u.train && !u.embed {
        s.train.open = true;
        s.train.module = TrainModule::Loading;
        fx.push(Effect::LoadTrainView);
    }
    if let Some(step) = u.lesson.clone() {
        s.lesson.step = Some(step.clone());
        s.lesson.module = TrainModule::Loading;
        fx.push(Effect::LoadLesson(step));
    }
    // (a lesson step draws on the final model's map: with `lesson=`, no epoch is opened)
    s.evo.want_epoch = u.epoch.filter(|_| u.lesson.is_none());
    if let Some(z) = u.z {
        s.cursor.chosen = z;
        s.cursor.from_url = true;
    }
    load::start(s, u, fx);
}

/// A view file opened from disk: shown on the map like a shipped model, through the same
/// loader, or the loader's error (naming the file) under the drop zone; the model on the
/// map is kept then.
fn open_file(s: &mut State, name: &str, bytes: Result<Vec<u8>, Text>) -> Vec<Effect> {
    let quoted = quote(name);
    // the loader's sentence without its own "bundle <name>:" (the line names the file)
    let loaded = bytes.and_then(|b| {
        let ex = ViewFile::from_bytes(&b, &quoted).map_err(|e| match e {
            latent_core::Error::Bundle { what, .. } => t!("verbatim", text = what),
            e => t!("verbatim", text = e.to_string()),
        });
        // (the first view's wasm keeps the file for the build with the hands-on views: the
        // address cannot name it)
        #[cfg(not(feature = "tools"))]
        if ex.is_ok() {
            s.tools.file = Some((name.to_string(), std::rc::Rc::new(b)));
        }
        ex
    });
    match loaded {
        Ok(ex) => {
            let m = &ex.meta;
            s.file = FileLine {
                notice: Some(match &m.autoencoder {
                    Some(a) => t!(
                        "file-showing",
                        file = quoted,
                        design = a.kind.to_string(),
                        seed = m.seed.to_string()
                    ),
                    None => t!(
                        "file-showing-no-design",
                        file = quoted,
                        seed = m.seed.to_string()
                    ),
                }),
                error: None,
            };
            load::show_file(s, Rc::new(ex))
        }
        Err(e) => {
            s.file.error = Some(t!("file-open-failed", file = quoted, why = e));
            Vec::new()
        }
    }
}

/// Runs `f` on the hands-on views with a read-only context of the rest of the page.
fn with_tools(s: &mut State, f: impl FnOnce(&mut Tools, &Ctx, &mut Out)) -> Out {
    let mut t = std::mem::take(&mut s.tools);
    let mut out = Out::default();
    f(&mut t, &s.tool_ctx(), &mut out);
    s.tools = t;
    out
}

/// What a hands-on view reported, applied to the page.
fn apply(s: &mut State, out: Out, fx: &mut Vec<Effect>) {
    if out.close_evolution {
        evolution::update::close_silently(s, fx);
        cursor::map_changed(s);
    }
    s.notices.extend(out.notices);
    if let Some(z) = out.cursor {
        cursor::place(s, z);
    }
    for text in out.say {
        s.say(text);
    }
    fx.extend(out.effects.into_iter().map(Effect::Tool));
    if out.replace_url {
        s.replace_url(fx);
    }
}

/// A hands-on message; the share buttons are answered here (the link and the picture are
/// the page's).
fn tool_msg(s: &mut State, m: ToolMsg, fx: &mut Vec<Effect>) {
    let effect = match m {
        ToolMsg::CopyLink => {
            share::copy_link(address::serialise(&s.url_state()), s.tools.shows_drawing())
        }
        ToolMsg::SavePng => share::save_png(&snapshot(s), &s.lang),
        m => {
            let out = with_tools(s, |t, ctx, out| tools::update(t, m, ctx, out));
            apply(s, out, fx);
            return;
        }
    };
    fx.push(Effect::Tool(effect));
}

/// What the PNG shows.
fn snapshot(s: &State) -> Snapshot {
    let zoom = s.zoom_shown();
    Snapshot {
        model: s
            .entry_ref()
            .map(|e| e.id.clone())
            .unwrap_or_else(|| "model".into()),
        what: s.what(s.entry, ""),
        z: s.z(),
        crop: s.grid().map_or(([0.0, 0.0], 1.0), |g| zoom.window_uv(&g)),
        window: s.window().map(|w| w.bounds),
        zoom: zoom.is_zoomed().then(|| zoom.factor()),
        epoch: s.evo.open.as_ref().map(|e| (e.epoch(), e.last_epoch())),
        link: s.link(),
    }
}

/// Brings the hands-on views up to date with the rest of the state after every message: the
/// evolution view closes them, missing files are requested, and the open view follows the
/// model (a switch re-encodes, the strip is recomputed).
fn sync_tools(s: &mut State, fx: &mut Vec<Effect>) {
    if s.evo.open.is_some() && s.tools.close() {
        s.replace_url(fx);
    }
    let need = s.tools.needed(&s.place());
    for (kind, url) in need {
        let req = s.requests.last + 1;
        if s.tools.want(kind, &url, req) {
            s.requests.last = req;
            fx.push(Effect::Fetch { req, url });
        }
    }
    if s.tools.open.is_some() {
        let out = with_tools(s, tools::sync);
        apply(s, out, fx);
    }
}
