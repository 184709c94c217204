//! The edge of the training view: its runtime (each input becomes a [`TrainMsg`], applied
//! by [`update`]; the effects run here; one animation frame draws the state), its listeners
//! (form, buttons, the plot; `gloo-events` handles kept by the runtime), the Web Worker
//! (`train-worker.js`, content-hashed in a built site; a module worker started on the first
//! command) with its message
//! listener, and the file download. Nothing is leaked with `Closure::forget`.

use crate::render::{ids, TrainRenderer};
use crate::state::{
    set_limits, update, Field, TrainEffect, TrainMsg, TrainState, WorkerCmd, REPLAY_TICK_MS,
};
use gloo_events::EventListener;
use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::Interval;
use js_sys::{Array, Object, Reflect, Uint8Array};
use latent_web_kit::{js_msg, uv, Lookup};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Document, Event, EventTarget, HtmlInputElement, HtmlSelectElement, PointerEvent, Worker,
};

/// The view's markup, written into `#train-body` at [`mount`].
pub const BODY_HTML: &str = include_str!("body.html");
/// The view's styles, added to the page's head at [`mount`].
pub const VIEW_CSS: &str = include_str!("view.css");

/// The worker and its message listener (removed on drop).
#[derive(Default)]
pub struct WorkerEdge {
    /// The worker script, relative to the page (content-hashed in a built site).
    url: String,
    worker: Option<Worker>,
    listeners: Vec<EventListener>,
    /// The worker reported an error event (it could not load): replace it on the next command.
    dead: bool,
    /// The object URL of the last download, revoked at the next one.
    saved: Option<String>,
}

impl Drop for WorkerEdge {
    fn drop(&mut self) {
        if let Some(w) = &self.worker {
            w.terminate();
        }
    }
}

/// The running view: its state, renderer, pending frame, listeners and worker.
pub struct Runtime {
    state: TrainState,
    renderer: TrainRenderer,
    doc: Document,
    frame: Option<AnimationFrame>,
    listeners: Vec<EventListener>,
    edge: WorkerEdge,
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
        edge: WorkerEdge {
            url: worker_url,
            worker: None,
            listeners: Vec::new(),
            dead: false,
            saved: None,
        },
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

fn get(o: &JsValue, k: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
}

fn bytes_of(v: &JsValue) -> Vec<u8> {
    v.dyn_ref::<Uint8Array>()
        .map(|a| a.to_vec())
        .unwrap_or_default()
}

/// Turns a message of the worker into a [`TrainMsg`].
fn from_worker(data: &JsValue) -> Option<TrainMsg> {
    let kind = get(data, "type").as_string()?;
    Some(match kind.as_str() {
        "ready" => TrainMsg::Ready {
            labels: bytes_of(&get(data, "labels")),
            class_names: get(data, "classNames")
                .dyn_ref::<Array>()
                .map(|a| a.iter().filter_map(|v| v.as_string()).collect())
                .unwrap_or_default(),
            train_images: get(data, "trainImages").as_f64().unwrap_or(0.0) as usize,
            bytes: get(data, "bytes").as_f64().unwrap_or(0.0) as usize,
        },
        "report" => TrainMsg::Report {
            json: get(data, "report").as_string()?,
            decoder: bytes_of(&get(data, "decoder")),
            running: get(data, "running").as_bool().unwrap_or(false),
        },
        "bundle" => TrainMsg::Bundle(bytes_of(&get(data, "bytes"))),
        "stopped" => TrainMsg::Stopped,
        "map-progress" => TrainMsg::MapProgress(get(data, "text").as_string().unwrap_or_default()),
        "map" => TrainMsg::Map {
            steps: get(data, "steps").as_f64().unwrap_or(0.0) as usize,
            cells: get(data, "cells").as_f64().unwrap_or(0.0) as usize,
            class: bytes_of(&get(data, "classes")),
            confidence: bytes_of(&get(data, "confidence")),
            bounds: get(data, "bounds")
                .dyn_ref::<js_sys::Float32Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default(),
            ms: get(data, "ms").as_f64().unwrap_or(0.0),
        },
        "error" => {
            let text = get(data, "text")
                .as_string()
                .unwrap_or_else(|| "the training worker failed".into());
            if get(data, "fatal").as_bool() == Some(false) {
                let what = match get(data, "during").as_string().as_deref() {
                    Some("bundle") => "Could not write the bundle",
                    _ => "Could not paint the class map",
                };
                TrainMsg::JobError(format!("{what}: {text}"))
            } else {
                TrainMsg::WorkerError(text)
            }
        }
        _ => return None,
    })
    .map(|m| {
        let session = get(data, "session").as_f64().unwrap_or(0.0) as u64;
        TrainMsg::Worker(session, Box::new(m))
    })
}

fn start_worker(rt: &Rc<RefCell<Runtime>>) -> Result<Worker, String> {
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    let url = rt.borrow().edge.url.clone();
    let w = Worker::new_with_options(&url, &opts)
        .map_err(|e| format!("could not start the training worker: {e:?}"))?;
    let weak = Rc::downgrade(rt);
    let listener = EventListener::new(&w, "message", move |e| {
        let Some(me) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if let (Some(msg), Some(rt)) = (from_worker(&me.data()), weak.upgrade()) {
            dispatch(&rt, msg);
        }
    });
    let weak = Rc::downgrade(rt);
    let errors = EventListener::new(&w, "error", move |e| {
        let text = e
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .unwrap_or_else(|| {
                format!(
                    "the training worker's files ({url} and its WebAssembly) could not be \
                     loaded; check the connection and press Train again"
                )
            });
        if let Some(rt) = weak.upgrade() {
            // a worker that failed to start is not used again: the next command starts a
            // fresh one (it is dropped there, not inside its own listener)
            rt.borrow_mut().edge.dead = true;
            dispatch(&rt, TrainMsg::WorkerError(text));
        }
    });
    let mut r = rt.borrow_mut();
    r.edge.worker = Some(w.clone());
    // both listeners live as long as the worker
    r.edge.listeners = vec![listener, errors];
    Ok(w)
}

fn command(session: u64, cmd: &WorkerCmd) -> JsValue {
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    set("session", (session as f64).into());
    match cmd {
        WorkerCmd::Init {
            settings,
            subset,
            test,
            ..
        } => {
            set("type", "init".into());
            set("settings", settings.as_str().into());
            set("subset", subset.as_str().into());
            set("test", test.as_str().into());
        }
        WorkerCmd::Train(until) => {
            set("type", "train".into());
            if let Some(n) = until {
                set("until", (*n as f64).into());
            }
        }
        WorkerCmd::Pause => set("type", "pause".into()),
        WorkerCmd::Step => set("type", "step".into()),
        WorkerCmd::Bundle => set("type", "bundle".into()),
        WorkerCmd::Reset => set("type", "reset".into()),
        WorkerCmd::Map { cells, classifier } => {
            set("type", "map".into());
            set("cells", (*cells as f64).into());
            if let Some(url) = classifier {
                set("classifier", url.as_str().into());
            }
        }
    }
    o.into()
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
        TrainEffect::Post(session, cmd) => {
            if std::mem::take(&mut rt.borrow_mut().edge.dead) {
                let mut r = rt.borrow_mut();
                if let Some(w) = r.edge.worker.take() {
                    w.terminate();
                }
                r.edge.listeners.clear();
            }
            let existing = rt.borrow().edge.worker.clone();
            let worker = match existing {
                Some(w) => w,
                None => match start_worker(rt) {
                    Ok(w) => w,
                    Err(e) => {
                        dispatch(rt, TrainMsg::WorkerError(e));
                        return;
                    }
                },
            };
            if let Err(e) = worker.post_message(&command(session, &cmd)) {
                dispatch(
                    rt,
                    TrainMsg::WorkerError(format!(
                        "could not talk to the training worker: {}",
                        js_msg(e)
                    )),
                );
            }
        }
        TrainEffect::Save { name, bytes } => {
            let old = rt.borrow_mut().edge.saved.take();
            if let Some(url) = old {
                let _ = web_sys::Url::revoke_object_url(&url);
            }
            match save(&name, &bytes) {
                Ok(url) => rt.borrow_mut().edge.saved = Some(url),
                Err(e) => dispatch(rt, TrainMsg::WorkerError(e)),
            }
        }
    }
}

/// Offers `bytes` as a download named `name`; returns the object URL (revoked at the next
/// download).
fn save(name: &str, bytes: &[u8]) -> Result<String, String> {
    let err = |e: JsValue| format!("could not save {name}: {e:?}");
    let parts = Array::of1(&Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type("application/octet-stream");
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlElement = doc.create_element("a").map_err(err)?.unchecked_into();
    a.set_attribute("href", &url).map_err(err)?;
    a.set_attribute("download", name).map_err(err)?;
    a.click();
    Ok(url)
}
