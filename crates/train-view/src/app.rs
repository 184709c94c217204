//! The edge of the training view: the view as a [`latent_web_kit::App`] (each input becomes a
//! [`TrainMsg`], applied by the pure [`update`]; the effects run here, the worker's and the
//! download's in [`crate::worker`]; one animation frame draws the state), run by the kit's
//! [`Runtime`] as the page's modules are, and its listeners (form, buttons, the plot), kept
//! by the runtime and removed when it is dropped. Nothing is leaked with `Closure::forget`.
//!
//! The view speaks the page's language (`<html lang>`, read at [`mount`] and again on the
//! page's `latent-language` event): English is compiled in ([`crate::l10n`]); another
//! locale's `locales/<code>/train.ftl` is fetched, and when it arrives the view's markup is
//! localized again ([`latent_web_kit::localize`]) and every sentence redrawn. Until then, or
//! when it cannot be fetched (a console warning), the view is in English.

use crate::l10n::MESSAGES;
use crate::render::{ids, TrainRenderer};
use crate::state::{set_limits, update, Field, TrainEffect, TrainMsg, TrainState, REPLAY_TICK_MS};
use crate::worker::{self, HasWorker, WorkerEdge};
use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use latent_i18n::{t, L10n, Text};
use latent_web_kit::{js_msg, localize, uv, App, Lookup, Runtime, Sender};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Event, HtmlInputElement, HtmlSelectElement, KeyboardEvent, PointerEvent};

/// The view's markup, written into `#train-body` at [`mount`].
pub const BODY_HTML: &str = include_str!("body.html");
/// The view's styles, added to the page's head at [`mount`].
pub const VIEW_CSS: &str = include_str!("view.css");

/// The name of the page's event that says `<html lang>` changed.
pub const LANGUAGE_EVENT: &str = "latent-language";

/// Milliseconds a locale's messages may take to download.
const MESSAGES_TIMEOUT_MS: u32 = 20_000;

/// The mounted view: its state, renderer, messages, worker and replay timer.
pub struct TrainView {
    state: TrainState,
    renderer: TrainRenderer,
    /// The messages of the view's language (shared with the panic hook's [`say`]).
    l10n: Rc<L10n>,
    doc: Document,
    /// The worker's edge.
    edge: WorkerEdge,
    /// The replay's timer (cancelled on drop).
    replay: Option<Interval>,
}

impl App for TrainView {
    type Msg = TrainMsg;
    type Effect = TrainEffect;

    fn update(&mut self, msg: TrainMsg) -> Vec<TrainEffect> {
        if let TrainMsg::Messages { code, ftl } = &msg {
            // those of a language asked for before the latest are dropped
            if *code == self.state.language {
                self.set_messages(code, ftl.as_deref());
            }
        }
        update(&mut self.state, msg)
    }

    fn run(effect: TrainEffect, to: &Sender<Self>) {
        match effect {
            TrainEffect::ReplayTimer(on) => {
                let t = to.clone();
                let timer =
                    on.then(|| Interval::new(REPLAY_TICK_MS, move || t.send(TrainMsg::ReplayTick)));
                to.with(|v| v.replay = timer);
            }
            TrainEffect::Post(msg) => worker::post(to, &msg),
            TrainEffect::Save { name, bytes } => worker::save(to, &name, &bytes),
            TrainEffect::LoadLanguage(code) => load_messages(to, code),
        }
    }

    fn render(&mut self) {
        if let Err(e) = self.renderer.render(&self.doc, &self.state, &self.l10n) {
            crate::show_error(&self.l10n.text(&t!("train-error-render", detail = e)));
        }
    }
}

impl TrainView {
    /// Makes the messages of `code` the view's (English when `ftl` is `None`, the download
    /// failed, or is not valid Fluent: a console warning says why), localizes the markup
    /// again and redraws every sentence at once (the markup's texts are those of an idle
    /// view: no frame shows them over a running one).
    fn set_messages(&mut self, code: &str, ftl: Option<&str>) {
        self.l10n = MESSAGES.use_language(code, ftl);
        if let Some(root) = self.doc.el(ids::BODY) {
            localize(&root, &self.l10n);
        }
        self.renderer.relocalize();
        self.render();
    }
}

/// Loads the messages of `code`: at once for English and `en-XA`, else by downloading
/// `locales/<code>/train.ftl` (relative to the page); answers [`TrainMsg::Messages`].
fn load_messages(to: &Sender<TrainView>, code: String) {
    to.spawn(async move {
        let ftl = MESSAGES.fetch(&code, MESSAGES_TIMEOUT_MS).await;
        Some(TrainMsg::Messages { code, ftl })
    });
}

/// `text` in the view's language (English before the view has its messages). Safe in the
/// panic hook: it never borrows the view.
pub(crate) fn say(text: &Text) -> String {
    MESSAGES.say(text)
}

impl HasWorker for TrainView {
    fn edge(&mut self) -> &mut WorkerEdge {
        &mut self.edge
    }
}

thread_local! {
    /// The mounted view, alive for the page's lifetime.
    static VIEW: RefCell<Option<Runtime<TrainView>>> = const { RefCell::new(None) };
}

/// Mounts the view on the page's `#train-body` (once: a second call does nothing) and reads
/// `train_steps` / `train_limit` from the address ([`set_limits`]); the view's worker runs
/// `worker_url`. The view speaks the page's language (`<html lang>`; the module doc).
///
/// # Errors
/// A sentence, in the view's language, when the page has no `#train-body` or the browser
/// refuses to add the view's styles.
pub fn mount(worker_url: String) -> Result<(), String> {
    mount_view(worker_url).map_err(|e| say(&e))
}

/// The sentence of a browser's refusal while mounting.
fn mount_failed(e: JsValue) -> Text {
    t!("train-error-mount", detail = js_msg(e))
}

fn mount_view(worker_url: String) -> Result<(), Text> {
    if VIEW.with(|v| v.borrow().is_some()) {
        return Ok(());
    }
    let no = |what: &str| t!("train-error-mount", detail = what);
    let window = web_sys::window().ok_or_else(|| no("no window"))?;
    let doc = window.document().ok_or_else(|| no("no document"))?;
    let body = doc
        .el(ids::BODY)
        .ok_or_else(|| t!("train-error-no-body", id = ids::BODY))?;
    // the view's markup and styles come with this module, not with the first view
    if doc.el(ids::STYLE).is_none() {
        let style = doc.create_element("style").map_err(mount_failed)?;
        style.set_id(ids::STYLE);
        style.set_text_content(Some(VIEW_CSS));
        doc.head()
            .ok_or_else(|| no("the page has no <head>"))?
            .append_child(&style)
            .map_err(mount_failed)?;
    }
    body.set_inner_html(BODY_HTML);
    let mut state = TrainState::default();
    set_limits(&mut state, &window.location().search().unwrap_or_default());
    let rt = Runtime::new(TrainView {
        state,
        renderer: TrainRenderer::default(),
        l10n: Rc::new(crate::l10n::english()),
        doc: doc.clone(),
        edge: WorkerEdge::new(worker_url),
        replay: None,
    });
    rt.keep(listen(&rt.sender(), &doc));
    // the page's language: English at once, another when its messages arrive
    rt.dispatch(TrainMsg::Language(MESSAGES.page_language(&doc)));
    // the form as the browser shows it (it may have restored earlier values)
    for (i, field) in FIELDS {
        if let Some(v) = doc.el(i).and_then(|el| field_value(&el)) {
            rt.dispatch(TrainMsg::Set(field, v));
        }
    }
    rt.request_render();
    VIEW.with(|v| *v.borrow_mut() = Some(rt));
    Ok(())
}

/// The value of a form control (`<select>` or `<input>`).
fn field_value(el: &web_sys::EventTarget) -> Option<String> {
    match el.dyn_ref::<HtmlSelectElement>() {
        Some(s) => Some(s.value()),
        None => el.dyn_ref::<HtmlInputElement>().map(|i| i.value()),
    }
}

type TrainFn = fn() -> TrainMsg;

/// The form's controls.
const FIELDS: [(&str, Field); 7] = [
    (ids::DATASET, Field::Dataset),
    (ids::DESIGN, Field::Design),
    (ids::BETA, Field::Beta),
    (ids::LR, Field::Lr),
    (ids::BATCH, Field::Batch),
    (ids::SEED, Field::Seed),
    (ids::MAP_BY, Field::MapBy),
];

/// The view's listeners.
fn listen(to: &Sender<TrainView>, dom: &Document) -> Vec<EventListener> {
    let mut ls = Vec::new();
    let clicks: [(&str, TrainFn); 8] = [
        (ids::REPLAY_PLAY, || TrainMsg::PlayReplay),
        (ids::REPLAY_LIVE, || TrainMsg::Live),
        (ids::MAP, || TrainMsg::MapRequest),
        (ids::START, || TrainMsg::Train),
        (ids::PAUSE, || TrainMsg::Pause),
        (ids::STEP, || TrainMsg::Step),
        (ids::RESET, || TrainMsg::Reset),
        (ids::DOWNLOAD, || TrainMsg::Download),
    ];
    for (i, msg) in clicks {
        if let Some(b) = dom.el(i) {
            ls.push(to.on(&b, "click", move |_| Some(msg())));
        }
    }
    for (i, field) in FIELDS {
        if let Some(el) = dom.el(i) {
            ls.push(to.on(&el, "change", move |e| {
                Some(TrainMsg::Set(field, field_value(&e.target()?)?))
            }));
        }
    }
    if let Some(slider) = dom.el(ids::REPLAY) {
        ls.push(to.on(&slider, "input", |e| {
            latent_web_kit::input_index(e).map(TrainMsg::Replay)
        }));
    }
    // the page changed <html lang>
    let d = dom.clone();
    ls.push(to.on(dom, LANGUAGE_EVENT, move |_| {
        Some(TrainMsg::Language(MESSAGES.page_language(&d)))
    }));
    if let Some(plot) = dom.el(ids::PLOT) {
        let p = plot.clone();
        ls.push(to.on(&plot, "pointermove", move |e| {
            let (u, v) = uv(e.dyn_ref::<PointerEvent>()?, &p)?;
            Some(TrainMsg::Hover(Some((u, v))))
        }));
        ls.push(to.on(&plot, "pointerleave", |_| Some(TrainMsg::Hover(None))));
        // the keyboard's cursor: arrows move it (Shift: larger steps), Escape hides it
        ls.push(to.on_cancelable(&plot, "keydown", |e: &Event| {
            let k = e.dyn_ref::<KeyboardEvent>()?;
            let msg = key_msg(&k.key(), k.shift_key())?;
            e.prevent_default();
            Some(msg)
        }));
    }
    ls
}

/// The message of a key pressed on the plot: arrows move the cursor by 1/32 of the plot
/// (1/8 with Shift), Escape hides it; other keys keep their usual meaning.
fn key_msg(key: &str, shift: bool) -> Option<TrainMsg> {
    let step = if shift { 0.125 } else { 1.0 / 32.0 };
    Some(match key {
        "ArrowLeft" => TrainMsg::Nudge(-step, 0.0),
        "ArrowRight" => TrainMsg::Nudge(step, 0.0),
        "ArrowUp" => TrainMsg::Nudge(0.0, -step),
        "ArrowDown" => TrainMsg::Nudge(0.0, step),
        "Escape" => TrainMsg::Hover(None),
        _ => return None,
    })
}
