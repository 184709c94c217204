//! The "Train it yourself" view at the page's edge: its listeners (form, buttons, the plot,
//! the file picker and drop zone; `gloo-events` handles kept by the runtime), the Web Worker
//! (`train-worker.js`, a module worker started on the first command) with its message
//! listener, and the file download. Everything it hears becomes a [`TrainMsg`].

use crate::app::{dispatch, on, Runtime};
use crate::dom::{uv, Dom};
use crate::msg::Msg;
use crate::render_train::ids;
use crate::train::{Field, TrainEffect, TrainMsg, WorkerCmd};
use gloo_events::{EventListener, EventListenerOptions};
use js_sys::{Array, Object, Reflect, Uint8Array};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Event, File, HtmlInputElement, HtmlSelectElement, PointerEvent, Worker};

/// The worker script, relative to the page.
pub const WORKER_URL: &str = "train-worker.js";

/// The worker and its message listener (removed on drop).
#[derive(Default)]
pub struct TrainEdge {
    worker: Option<Worker>,
    listeners: Vec<EventListener>,
    /// The worker reported an error event (it could not load): replace it on the next command.
    dead: bool,
    /// The object URL of the last download, revoked at the next one.
    saved: Option<String>,
}

impl Drop for TrainEdge {
    fn drop(&mut self) {
        if let Some(w) = &self.worker {
            w.terminate();
        }
    }
}

fn train(m: TrainMsg) -> Option<Msg> {
    Some(Msg::Train(m))
}

type TrainFn = fn() -> TrainMsg;

/// The view's listeners.
pub fn listen(weak: &Weak<RefCell<Runtime>>, dom: &Dom) -> Vec<EventListener> {
    let mut ls = Vec::new();
    let clicks: [(&str, TrainFn); 7] = [
        (ids::MAP, || TrainMsg::MapRequest),
        (ids::OPEN, || TrainMsg::Toggle),
        (ids::START, || TrainMsg::Train),
        (ids::PAUSE, || TrainMsg::Pause),
        (ids::STEP, || TrainMsg::Step),
        (ids::RESET, || TrainMsg::Reset),
        (ids::DOWNLOAD, || TrainMsg::Download),
    ];
    for (i, msg) in clicks {
        if let Some(b) = dom.el(i) {
            ls.push(on(weak, &b, "click", false, move |_| train(msg())));
        }
    }
    let fields = [
        (ids::DATASET, Field::Dataset),
        (ids::DESIGN, Field::Design),
        (ids::BETA, Field::Beta),
        (ids::LR, Field::Lr),
        (ids::BATCH, Field::Batch),
        (ids::SEED, Field::Seed),
        (ids::MAP_BY, Field::MapBy),
    ];
    for (i, field) in fields {
        if let Some(el) = dom.el(i) {
            ls.push(on(weak, &el, "change", false, move |e| {
                let t = e.target()?;
                let v = match t.dyn_ref::<HtmlSelectElement>() {
                    Some(s) => s.value(),
                    None => t.dyn_ref::<HtmlInputElement>()?.value(),
                };
                train(TrainMsg::Set(field, v))
            }));
        }
    }
    if let Some(plot) = dom.el(ids::PLOT) {
        let p = plot.clone();
        ls.push(on(weak, &plot, "pointermove", false, move |e| {
            let (u, v) = uv(e.dyn_ref::<PointerEvent>()?, &p)?;
            train(TrainMsg::Hover(Some((u, v))))
        }));
        ls.push(on(weak, &plot, "pointerleave", false, |_| {
            train(TrainMsg::Hover(None))
        }));
    }
    if let Some(input) = dom.el(ids::FILE) {
        let w = weak.clone();
        ls.push(EventListener::new(&input, "change", move |e| {
            let Some(i) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            if let Some(f) = i.files().and_then(|fs| fs.get(0)) {
                read_file(&w, f);
            }
            i.set_value(""); // the same file again is a new choice
        }));
    }
    // a file dropped next to the zone must not make the browser open it (leaving the page and
    // the training session): the page takes no drops outside the zone
    for ev in ["dragover", "drop"] {
        ls.push(EventListener::new_with_options(
            &dom.doc,
            ev,
            EventListenerOptions::enable_prevent_default(),
            |e: &Event| {
                let files = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|d| d.data_transfer())
                    .is_some_and(|d| d.types().includes(&"Files".into(), 0));
                if files {
                    e.prevent_default();
                }
            },
        ));
    }
    if let Some(zone) = dom.el(ids::DROP) {
        let opts = EventListenerOptions::enable_prevent_default();
        ls.push(EventListener::new_with_options(
            &zone,
            "dragover",
            opts,
            |e: &Event| e.prevent_default(),
        ));
        let w = weak.clone();
        ls.push(EventListener::new_with_options(
            &zone,
            "drop",
            opts,
            move |e: &Event| {
                e.prevent_default();
                let f = e
                    .dyn_ref::<web_sys::DragEvent>()
                    .and_then(|d| d.data_transfer())
                    .and_then(|d| d.files())
                    .and_then(|fs| fs.get(0));
                if let Some(f) = f {
                    read_file(&w, f);
                }
            },
        ));
    }
    ls
}

/// Reads a chosen or dropped file and answers with [`TrainMsg::Open`].
fn read_file(weak: &Weak<RefCell<Runtime>>, f: File) {
    let weak = weak.clone();
    let name = f.name();
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = match wasm_bindgen_futures::JsFuture::from(f.array_buffer()).await {
            Ok(buf) => Ok(Uint8Array::new(&buf).to_vec()),
            Err(e) => Err(format!("the browser could not read the file ({e:?})")),
        };
        if let Some(rt) = weak.upgrade() {
            dispatch(&rt, Msg::Train(TrainMsg::Open(name, bytes)));
        }
    });
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
    let w = Worker::new_with_options(WORKER_URL, &opts)
        .map_err(|e| format!("could not start the training worker: {e:?}"))?;
    let weak = Rc::downgrade(rt);
    let listener = EventListener::new(&w, "message", move |e| {
        let Some(me) = e.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if let (Some(msg), Some(rt)) = (from_worker(&me.data()), weak.upgrade()) {
            dispatch(&rt, Msg::Train(msg));
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
                    "the training worker's files ({WORKER_URL} and its WebAssembly) could not be \
                     loaded; check the connection and press Train again"
                )
            });
        if let Some(rt) = weak.upgrade() {
            // a worker that failed to start is not used again: the next command starts a
            // fresh one (it is dropped there, not inside its own listener)
            rt.borrow_mut().train.dead = true;
            dispatch(&rt, Msg::Train(TrainMsg::WorkerError(text)));
        }
    });
    let mut r = rt.borrow_mut();
    r.train.worker = Some(w.clone());
    // both listeners live as long as the worker
    r.train.listeners = vec![listener, errors];
    Ok(w)
}

fn command(cmd: &WorkerCmd) -> JsValue {
    let o = Object::new();
    let set = |k: &str, v: JsValue| {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &v);
    };
    match cmd {
        WorkerCmd::Init {
            session,
            settings,
            subset,
            test,
        } => {
            set("type", "init".into());
            set("session", (*session as f64).into());
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
        TrainEffect::Post(cmd) => {
            if std::mem::take(&mut rt.borrow_mut().train.dead) {
                let mut r = rt.borrow_mut();
                if let Some(w) = r.train.worker.take() {
                    w.terminate();
                }
                r.train.listeners.clear();
            }
            let existing = rt.borrow().train.worker.clone();
            let worker = match existing {
                Some(w) => w,
                None => match start_worker(rt) {
                    Ok(w) => w,
                    Err(e) => {
                        dispatch(rt, Msg::Train(TrainMsg::WorkerError(e)));
                        return;
                    }
                },
            };
            if let Err(e) = worker.post_message(&command(&cmd)) {
                dispatch(
                    rt,
                    Msg::Train(TrainMsg::WorkerError(format!(
                        "could not talk to the training worker: {e:?}"
                    ))),
                );
            }
        }
        TrainEffect::Save { name, bytes } => {
            let old = rt.borrow_mut().train.saved.take();
            if let Some(url) = old {
                let _ = web_sys::Url::revoke_object_url(&url);
            }
            match save(&name, &bytes) {
                Ok(url) => rt.borrow_mut().train.saved = Some(url),
                Err(e) => dispatch(rt, Msg::Train(TrainMsg::WorkerError(e))),
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
