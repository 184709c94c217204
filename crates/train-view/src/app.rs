//! The edge of the training view: the view as a [`latent_web_kit::App`] (each input becomes a
//! [`TrainMsg`], applied by the pure [`update`]; the effects run here, the worker's and the
//! download's in [`crate::worker`]; one animation frame draws the state), run by the kit's
//! [`Runtime`] as the page's modules are, and its listeners (form, buttons, the plot), kept
//! by the runtime and removed when it is dropped. Nothing is leaked with `Closure::forget`.

use crate::render::{ids, TrainRenderer};
use crate::state::{set_limits, update, Field, TrainEffect, TrainMsg, TrainState, REPLAY_TICK_MS};
use crate::worker::{self, HasWorker, WorkerEdge};
use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use latent_web_kit::{js_msg, uv, App, Lookup, Runtime, Sender};
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Document, Event, HtmlInputElement, HtmlSelectElement, KeyboardEvent, PointerEvent};

/// The view's markup, written into `#train-body` at [`mount`].
pub const BODY_HTML: &str = include_str!("body.html");
/// The view's styles, added to the page's head at [`mount`].
pub const VIEW_CSS: &str = include_str!("view.css");

/// The mounted view: its state, renderer, worker and replay timer.
pub struct TrainView {
    state: TrainState,
    renderer: TrainRenderer,
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
        }
    }

    fn render(&mut self) {
        if let Err(e) = self.renderer.render(&self.doc, &self.state) {
            crate::show_error(&e);
        }
    }
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
/// `worker_url`.
///
/// # Errors
/// A sentence when the page has no `#train-body`.
pub fn mount(worker_url: String) -> Result<(), String> {
    if VIEW.with(|v| v.borrow().is_some()) {
        return Ok(());
    }
    let window = web_sys::window().ok_or("no window")?;
    let doc = window.document().ok_or("no document")?;
    let body = doc.el(ids::BODY).ok_or_else(|| {
        format!(
            "the page has no #{} to draw the training view in",
            ids::BODY
        )
    })?;
    // the view's markup and styles come with this module, not with the first view
    if doc.el(ids::STYLE).is_none() {
        let style = doc.create_element("style").map_err(js_msg)?;
        style.set_id(ids::STYLE);
        style.set_text_content(Some(VIEW_CSS));
        doc.head()
            .ok_or("the page has no <head>")?
            .append_child(&style)
            .map_err(js_msg)?;
    }
    body.set_inner_html(BODY_HTML);
    let mut state = TrainState::default();
    set_limits(&mut state, &window.location().search().unwrap_or_default());
    let rt = Runtime::new(TrainView {
        state,
        renderer: TrainRenderer::default(),
        doc: doc.clone(),
        edge: WorkerEdge::new(worker_url),
        replay: None,
    });
    rt.keep(listen(&rt.sender(), &doc));
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
            let i = e
                .target()?
                .dyn_ref::<HtmlInputElement>()?
                .value()
                .parse()
                .ok()?;
            Some(TrainMsg::Replay(i))
        }));
    }
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
