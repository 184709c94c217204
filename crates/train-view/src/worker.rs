//! The edge to the training worker: the Web Worker (`train-worker.js`, content-hashed in a
//! built site; a module worker started on the first command, and again after it failed to
//! load), its listeners, the commands posted to it and its messages read back (both
//! [`latent_core::train_msg`] types, as JavaScript objects through serde-wasm-bindgen), and
//! the file download.

use crate::app::{dispatch, Runtime};
use crate::state::{FromWorker, ToWorker, TrainMsg};
use gloo_events::EventListener;
use js_sys::{Array, Uint8Array};
use latent_web_kit::js_msg;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Worker;

/// The worker and its listeners (removed on drop).
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

impl WorkerEdge {
    /// The edge of a worker running `url` (started on the first command).
    pub fn new(url: String) -> Self {
        Self {
            url,
            worker: None,
            listeners: Vec::new(),
            dead: false,
            saved: None,
        }
    }
}

impl Drop for WorkerEdge {
    fn drop(&mut self) {
        if let Some(w) = &self.worker {
            w.terminate();
        }
    }
}

/// A message of the worker as a [`TrainMsg`].
fn read(data: JsValue) -> TrainMsg {
    match serde_wasm_bindgen::from_value::<FromWorker>(data) {
        Ok(m) => TrainMsg::Worker(m),
        Err(e) => {
            TrainMsg::WorkerError(format!("unreadable message from the training worker: {e}"))
        }
    }
}

fn start(rt: &Rc<RefCell<Runtime>>) -> Result<Worker, String> {
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
        if let Some(rt) = weak.upgrade() {
            dispatch(&rt, read(me.data()));
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

/// Posts `msg` to the worker, starting it first if needed (a dead one is replaced).
pub fn post(rt: &Rc<RefCell<Runtime>>, msg: &ToWorker) {
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
        None => match start(rt) {
            Ok(w) => w,
            Err(e) => {
                dispatch(rt, TrainMsg::WorkerError(e));
                return;
            }
        },
    };
    let sent = serde_wasm_bindgen::to_value(msg)
        .map_err(|e| e.to_string())
        .and_then(|m| worker.post_message(&m).map_err(js_msg));
    if let Err(e) = sent {
        dispatch(
            rt,
            TrainMsg::WorkerError(format!("could not talk to the training worker: {e}")),
        );
    }
}

/// Offers `bytes` as a download named `name` (the previous download's object URL is revoked).
pub fn save(rt: &Rc<RefCell<Runtime>>, name: &str, bytes: &[u8]) {
    let old = rt.borrow_mut().edge.saved.take();
    if let Some(url) = old {
        let _ = web_sys::Url::revoke_object_url(&url);
    }
    match object_url(name, bytes) {
        Ok(url) => rt.borrow_mut().edge.saved = Some(url),
        Err(e) => dispatch(rt, TrainMsg::WorkerError(e)),
    }
}

/// Clicks a download link to `bytes` named `name`; returns its object URL.
fn object_url(name: &str, bytes: &[u8]) -> Result<String, String> {
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
