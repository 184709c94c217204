//! The edge of the training view: its runtime (each input becomes a [`TrainMsg`], applied
//! by [`update`]; the effects run here, the worker's and the download's in
//! [`crate::worker`]; one animation frame draws the state) and its listeners (form, buttons,
//! the plot; `gloo-events` handles kept by the runtime). Nothing is leaked with
//! `Closure::forget`.

use crate::render::{ids, TrainRenderer};
use crate::state::{set_limits, update, Field, TrainEffect, TrainMsg, TrainState, REPLAY_TICK_MS};
use crate::worker::{self, WorkerEdge};
use gloo_events::EventListener;
use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Interval;
use latent_web_kit::{js_msg, uv, Lookup};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use web_sys::{Document, Event, EventTarget, HtmlInputElement, HtmlSelectElement, PointerEvent};

/// The view's markup, written into `#train-body` at [`mount`].
pub const BODY_HTML: &str = include_str!("body.html");
/// The view's styles, added to the page's head at [`mount`].
pub const VIEW_CSS: &str = include_str!("view.css");

/// The running view: its state, renderer, pending frame, listeners and worker.
pub struct Runtime {
    state: TrainState,
    renderer: TrainRenderer,
    doc: Document,
    frame: Option<AnimationFrame>,
    listeners: Vec<EventListener>,
    /// The worker's edge.
    pub(crate) edge: WorkerEdge,
    /// The replay's timer (cancelled on drop).
    replay: Option<Interval>,
}

thread_local! {
    /// The mounted view, alive for the page's lifetime.
    static VIEW: RefCell<Option<Rc<RefCell<Runtime>>>> = const { RefCell::new(None) };
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
    let rt = Rc::new(RefCell::new(Runtime {
        state,
        renderer: TrainRenderer::default(),
        doc: doc.clone(),
        frame: None,
        listeners: Vec::new(),
        edge: WorkerEdge::new(worker_url),
        replay: None,
    }));
    let listeners = listen(&Rc::downgrade(&rt), &doc);
    rt.borrow_mut().listeners = listeners;
    VIEW.with(|v| *v.borrow_mut() = Some(rt.clone()));
    // the form as the browser shows it (it may have restored earlier values)
    for (i, field) in FIELDS {
        let v = doc
            .el(i)
            .and_then(|el| match el.dyn_ref::<HtmlSelectElement>() {
                Some(s) => Some(s.value()),
                None => el.dyn_ref::<HtmlInputElement>().map(|i| i.value()),
            });
        if let Some(v) = v {
            dispatch(&rt, TrainMsg::Set(field, v));
        }
    }
    schedule_render(&rt);
    Ok(())
}

/// Applies `msg`, runs its effects and schedules a render.
pub fn dispatch(rt: &Rc<RefCell<Runtime>>, msg: TrainMsg) {
    let effects = update(&mut rt.borrow_mut().state, msg);
    for e in effects {
        run(rt, e);
    }
    schedule_render(rt);
}

fn schedule_render(rt: &Rc<RefCell<Runtime>>) {
    if rt.borrow().frame.is_some() {
        return;
    }
    let weak = Rc::downgrade(rt);
    let frame = request_animation_frame(move |_| {
        let Some(rt) = weak.upgrade() else { return };
        let mut r = rt.borrow_mut();
        r.frame = None;
        let Runtime {
            state,
            renderer,
            doc,
            ..
        } = &mut *r;
        if let Err(e) = renderer.render(doc, state) {
            crate::show_error(&e);
        }
    });
    rt.borrow_mut().frame = Some(frame);
}

/// A listener on `target` that turns its events into messages (`None`: no message).
fn on(
    rt: &Weak<RefCell<Runtime>>,
    target: &EventTarget,
    event: &'static str,
    f: impl Fn(&Event) -> Option<TrainMsg> + 'static,
) -> EventListener {
    let rt = rt.clone();
    EventListener::new(target, event, move |e| {
        if let (Some(msg), Some(rt)) = (f(e), rt.upgrade()) {
            dispatch(&rt, msg);
        }
    })
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
fn listen(weak: &Weak<RefCell<Runtime>>, dom: &Document) -> Vec<EventListener> {
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
            ls.push(on(weak, &b, "click", move |_| Some(msg())));
        }
    }
    for (i, field) in FIELDS {
        if let Some(el) = dom.el(i) {
            ls.push(on(weak, &el, "change", move |e| {
                let t = e.target()?;
                let v = match t.dyn_ref::<HtmlSelectElement>() {
                    Some(s) => s.value(),
                    None => t.dyn_ref::<HtmlInputElement>()?.value(),
                };
                Some(TrainMsg::Set(field, v))
            }));
        }
    }
    if let Some(slider) = dom.el(ids::REPLAY) {
        ls.push(on(weak, &slider, "input", |e| {
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
        ls.push(on(weak, &plot, "pointermove", move |e| {
            let (u, v) = uv(e.dyn_ref::<PointerEvent>()?, &p)?;
            Some(TrainMsg::Hover(Some((u, v))))
        }));
        ls.push(on(weak, &plot, "pointerleave", |_| {
            Some(TrainMsg::Hover(None))
        }));
        // the keyboard's cursor: arrows move it (Shift: larger steps), Escape hides it
        let w = weak.clone();
        ls.push(EventListener::new_with_options(
            &plot,
            "keydown",
            gloo_events::EventListenerOptions::enable_prevent_default(),
            move |e: &Event| {
                let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
                let step = if k.shift_key() { 0.125 } else { 1.0 / 32.0 };
                let msg = match k.key().as_str() {
                    "ArrowLeft" => TrainMsg::Nudge(-step, 0.0),
                    "ArrowRight" => TrainMsg::Nudge(step, 0.0),
                    "ArrowUp" => TrainMsg::Nudge(0.0, -step),
                    "ArrowDown" => TrainMsg::Nudge(0.0, step),
                    "Escape" => TrainMsg::Hover(None),
                    _ => return,
                };
                e.prevent_default();
                if let Some(rt) = w.upgrade() {
                    dispatch(&rt, msg);
                }
            },
        ));
    }
    ls
}

/// Runs an effect of the training view.
pub fn run(rt: &Rc<RefCell<Runtime>>, effect: TrainEffect) {
    match effect {
        TrainEffect::ReplayTimer(on) => {
            let timer = on.then(|| {
                let weak = Rc::downgrade(rt);
                Interval::new(REPLAY_TICK_MS, move || {
                    if let Some(rt) = weak.upgrade() {
                        dispatch(&rt, TrainMsg::ReplayTick);
                    }
                })
            });
            rt.borrow_mut().replay = timer;
        }
        TrainEffect::Post(msg) => worker::post(rt, &msg),
        TrainEffect::Save { name, bytes } => worker::save(rt, &name, &bytes),
    }
}
