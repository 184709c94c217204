//! The training-evolution view as the messages change it: opening and closing it, the index
//! and the snapshots' decoders arriving, playback and stepping.

use super::{frame_for_epoch, EvoView};
use crate::model::address::z_address;
use crate::model::cursor;
use crate::model::fetch::{FetchError, Pending, MANIFEST_URL};
use crate::model::manifest::{file_name, join_url};
use crate::model::msg::Effect;
use crate::model::state::State;
use latent_core::bundle::evolution::Evolution;
use latent_core::bundle::lesson::LessonFile;
use latent_core::bundle::ViewFile;
use latent_i18n::t;
use std::rc::Rc;

/// Asks for download `p`; returns its request id.
fn request(s: &mut State, p: Pending, fx: &mut Vec<Effect>) -> u64 {
    let (req, url) = s.requests.ask(p);
    fx.push(Effect::Fetch { req, url });
    req
}

/// Asks for the selected epoch's view file when the view is paused on an epoch whose
/// decoder is neither cached, failed nor already on its way.
pub(crate) fn ensure_frame_decoder(s: &mut State, fx: &mut Vec<Effect>) {
    let Some(e) = &s.evo.open else { return };
    if e.playing || e.failed.iter().any(|(f, _)| *f == e.frame) {
        return;
    }
    let url = e.frame_url(e.frame);
    let on_way = s
        .requests
        .pending
        .iter()
        .any(|(_, p)| matches!(p, Pending::Frame { url: u, .. } if *u == url));
    if on_way || s.cache.views.get(&url).is_some() {
        return;
    }
    let (data, frame) = (e.data.clone(), e.frame);
    request(s, Pending::Frame { url, data, frame }, fx);
}

/// The "Training evolution" / "Back to the final model" button.
pub(crate) fn toggle(s: &mut State, fx: &mut Vec<Effect>) {
    if s.evo.open.is_some() {
        close_silently(s, fx);
        s.cursor.chosen = s.z();
        cursor::map_changed(s);
        s.replace_url(fx);
        s.say(t!("say-evo-closed"));
    } else {
        open(s, None, fx);
    }
}

/// Opens the shown entry's evolution at `epoch` (default: the first snapshot), fetching
/// its index unless cached.
pub(crate) fn open(s: &mut State, epoch: Option<usize>, fx: &mut Vec<Effect>) {
    if s.evo.loading.is_some() || s.evo.open.is_some() {
        return;
    }
    let (Some(idx), Some(evo)) = (s.entry, s.entry_ref().and_then(|e| e.evolution.clone())) else {
        return;
    };
    s.evo.error = None;
    // the chart's figures, from the model's lesson file (once per file)
    let view = s.manifest.as_ref().map(|m| m.bundles[idx].view.clone());
    if let Some(furl) = view.as_deref().and_then(super::figures_url) {
        let asked = s
            .requests
            .pending
            .iter()
            .any(|(_, p)| matches!(p, Pending::Figures { url } if *url == furl));
        if !asked && s.cache.figures.get(&furl).is_none() {
            request(s, Pending::Figures { url: furl }, fx);
        }
    }
    let url = join_url(MANIFEST_URL, &evo.index);
    if let Some(data) = s.cache.indexes.get(&url).cloned() {
        ready(s, data, epoch, fx);
        return;
    }
    s.evo.want_epoch = epoch;
    let req = request(s, Pending::Evolution { url, entry: idx }, fx);
    s.evo.loading = Some(req);
}

/// The index of manifest entry `entry` arrived (or failed).
pub(crate) fn index_arrived(
    s: &mut State,
    req: u64,
    url: String,
    entry: usize,
    result: Result<Vec<u8>, FetchError>,
    fx: &mut Vec<Effect>,
) {
    if s.evo.loading == Some(req) {
        s.evo.loading = None;
    }
    let parsed = match result {
        Ok(bytes) => Evolution::from_bytes(&bytes, file_name(&url))
            .map(Rc::new)
            .map_err(|e| t!("verbatim", text = e.to_string())),
        Err(e) => Err(e.why()),
    };
    let epoch = s.evo.want_epoch.take();
    match parsed {
        Ok(data) => {
            s.cache.indexes.insert(url, data.clone());
            if s.entry == Some(entry) && s.evo.open.is_none() {
                ready(s, data, epoch, fx);
            }
        }
        Err(why) if s.entry == Some(entry) => {
            s.requests.retry = Some(Pending::Evolution {
                url: url.clone(),
                entry,
            });
            s.evo.error = Some(t!("evo-load-failed", url = url, why = why));
        }
        Err(_) => {}
    }
}

/// A lesson file asked for its evolution figures arrived (or failed: then no chart, and no
/// error: the view works without it).
pub(crate) fn figures_arrived(s: &mut State, url: String, result: Result<Vec<u8>, FetchError>) {
    let figures = result
        .ok()
        .and_then(|b| LessonFile::read_evolution(&b, file_name(&url)).ok())
        .map(Rc::new);
    s.cache.figures.insert(url, figures);
}

/// Shows the parsed index at `epoch` (snapped to the last snapshot at or before it).
fn ready(s: &mut State, data: Rc<Evolution>, epoch: Option<usize>, fx: &mut Vec<Effect>) {
    let classes = s.model.as_ref().map_or(0, |m| m.meta.class_names.len());
    if data.meta.class_names.len() != classes {
        s.evo.error = Some(t!(
            "evo-classes-differ",
            evo = data.meta.class_names.len(),
            model = classes
        ));
        return;
    }
    let frame = epoch.map_or(0, |e| frame_for_epoch(&data.meta.epochs, e));
    if let Some(e) = epoch {
        if data.meta.epochs[frame] != e {
            s.notices.push(t!(
                "notice-no-snapshot",
                asked = e,
                shown = data.meta.epochs[frame],
                epochs = data
                    .meta
                    .epochs
                    .iter()
                    .map(|e| e.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
    }
    // a point from the address that lies off this epoch's map is shown at the nearest
    // point on it (the chosen z comes back with the final model); say so once
    if epoch.is_some() && !s.cursor.epoch_notice_done {
        let g = data.frames[frame].map.grid;
        let chosen = s.cursor.chosen;
        if g.clamp(chosen) != chosen {
            let z = g.clamp(chosen);
            s.notices.push(t!(
                "notice-z-off-epoch",
                asked = z_address(chosen),
                epoch = data.meta.epochs[frame],
                shown = z_address(z),
            ));
        }
        s.cursor.epoch_notice_done = true;
    }
    let n = data.frames.len();
    let (first, last) = (data.meta.epochs[0], data.meta.epochs[n - 1]);
    s.evo.open = Some(EvoView {
        data,
        frame,
        playing: false,
        points: false,
        failed: Vec::new(),
    });
    cursor::map_changed(s);
    s.replace_url(fx);
    let text = s.evo.text();
    s.say(t!(
        "say-evo-opened",
        snapshots = n,
        first = first,
        last = last,
        epoch = text
    ));
}

/// Closes the view without a word (a model switch or a hands-on view does this).
pub(crate) fn close_silently(s: &mut State, fx: &mut Vec<Effect>) {
    if let Some(e) = s.evo.open.take() {
        if e.playing {
            fx.push(Effect::StopPlayback);
        }
        cursor::map_changed(s);
    }
}

/// The view file of snapshot `frame` arrived (or failed).
pub(crate) fn frame_arrived(
    s: &mut State,
    url: String,
    data: Rc<Evolution>,
    frame: usize,
    result: Result<Vec<u8>, FetchError>,
) {
    let parsed = match result {
        Ok(bytes) => ViewFile::from_bytes(&bytes, file_name(&url))
            .map(Rc::new)
            .map_err(|e| t!("load-failed-file", url = &url, why = e.to_string())),
        Err(e) => Err(t!("load-failed-file", url = &url, why = e.why())),
    };
    match parsed {
        Ok(ex) => s.cache.views.insert(url, ex),
        Err(msg) => {
            if let Some(e) = s.evo.open.as_mut().filter(|e| Rc::ptr_eq(&e.data, &data)) {
                e.failed
                    .push((frame, t!("decoder-missing", why = msg.clone())));
                s.evo.error = Some(msg);
            }
        }
    }
}

/// Play or pause.
pub(crate) fn play_pause(s: &mut State, fx: &mut Vec<Effect>) {
    let Some(e) = &mut s.evo.open else { return };
    if e.playing {
        pause(s, fx);
        return;
    }
    if e.frame + 1 >= e.data.frames.len() {
        e.frame = 0; // play again from the start
        cursor::map_changed(s);
    }
    if let Some(e) = &mut s.evo.open {
        e.playing = true;
    }
    fx.push(Effect::StartPlayback);
    s.say(t!("say-evo-playing"));
}

fn pause(s: &mut State, fx: &mut Vec<Effect>) {
    let Some(e) = &mut s.evo.open else { return };
    if !e.playing {
        return;
    }
    e.playing = false;
    fx.push(Effect::StopPlayback);
    s.replace_url(fx);
    let text = s.evo.text();
    s.say(t!("say-evo-paused", epoch = text));
}

/// One playback step; stops at the last snapshot.
pub(crate) fn tick(s: &mut State, fx: &mut Vec<Effect>) {
    let Some(e) = &mut s.evo.open else {
        fx.push(Effect::StopPlayback);
        return;
    };
    if !e.playing {
        fx.push(Effect::StopPlayback);
        return;
    }
    let n = e.data.frames.len();
    if e.frame + 1 < n {
        e.frame += 1;
        cursor::map_changed(s);
    }
    if s.evo.open.as_ref().is_some_and(|e| e.frame + 1 >= n) {
        pause(s, fx);
    }
}

/// A step button or the slider: pauses playback, selects snapshot `i` (clamped) and, for
/// the buttons, announces the epoch (the slider speaks its own `aria-valuetext`).
pub(crate) fn step_to(s: &mut State, i: usize, announce: bool, fx: &mut Vec<Effect>) {
    let Some(e) = &mut s.evo.open else { return };
    if e.playing {
        e.playing = false;
        fx.push(Effect::StopPlayback);
    }
    let i = i.min(e.data.frames.len() - 1);
    if i != e.frame {
        e.frame = i;
        cursor::map_changed(s);
    }
    s.replace_url(fx);
    if announce {
        let text = s.evo.text();
        s.say(text);
    }
}
