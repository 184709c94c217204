//! The edge to the training worker: the Web Worker (`train-worker.js`, content-hashed in a
//! built site; a module worker started on the first command, and again after it failed to
//! load), its listeners, the commands posted to it and its messages read back (both
//! [`latent_core::train_msg`] types, as JavaScript objects through serde-wasm-bindgen), and
//! the file download.

use crate::state::{FromWorker, ToWorker, TrainMsg};
use gloo_events::EventListener;
use latent_i18n::{t, Text};
use latent_web_kit::{js_msg, revoke_object_url, save_bytes, App, Sender};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Worker;
/// An app that keeps a [`WorkerEdge`] and takes the worker's messages (the training view,
/// `crate::app::TrainView`).
pub trait HasWorker: App<Msg = TrainMsg> {
    /// The app's worker edge.
    fn edge(&mut self) -> &mut WorkerEdge;
}

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
        Err(e) => TrainMsg::WorkerError(t!("train-error-unreadable", detail = e.to_string())),
    }
}

fn start<A: HasWorker>(to: &Sender<A>) -> Result<Worker, Text> {
    let opts = web_sys::WorkerOptions::new();
    opts.set_type(web_sys::WorkerType::Module);
    let url = to
        .with(|v| v.edge().url.clone())
        .ok_or_else(|| t!("train-error-internal", detail = "the view is gone"))?;
    let w = Worker::new_with_options(&url, &opts)
        .map_err(|e| t!("train-error-start", detail = js_msg(e)))?;
    let listener = to.on(&w, "message", |e| {
        Some(read(e.dyn_ref::<web_sys::MessageEvent>()?.data()))
    });
    let t = to.clone();
    let errors = to.on(&w, "error", move |e| {
        let text = e
            .dyn_ref::<web_sys::ErrorEvent>()
            .map(|e| e.message())
            .filter(|m| !m.is_empty())
            .map_or_else(
                || t!("train-error-files", url = &url),
                |m| t!("train-error-worker", detail = m),
            );
        // a worker that failed to start is not used again: the next command starts a
        // fresh one (it is dropped there, not inside its own listener)
        t.with(|v| v.edge().dead = true);
        Some(TrainMsg::WorkerError(text))
    });
    let worker = w.clone();
    to.with(move |v| {
        v.edge().worker = Some(worker);
        // both listeners live as long as the worker
        v.edge().listeners = vec![listener, errors];
    });
    Ok(w)
}

/// Posts `msg` to the worker, starting it first if needed (a dead one is replaced).
pub fn post<A: HasWorker>(to: &Sender<A>, msg: &ToWorker) {
    let existing = to.with(|v| {
        if std::mem::take(&mut v.edge().dead) {
            if let Some(w) = v.edge().worker.take() {
                w.terminate();
            }
            v.edge().listeners.clear();
        }
        v.edge().worker.clone()
    });
    let worker = match existing {
        None => return, // the view is gone
        Some(Some(w)) => w,
        Some(None) => match start(to) {
            Ok(w) => w,
            Err(e) => return to.send(TrainMsg::WorkerError(e)),
        },
    };
    let sent = serde_wasm_bindgen::to_value(msg)
        .map_err(|e| e.to_string())
        .and_then(|m| worker.post_message(&m).map_err(js_msg));
    if let Err(e) = sent {
        to.send(TrainMsg::WorkerError(t!("train-error-post", detail = e)));
    }
}

/// Offers `bytes` as a download named `name` (the previous download's object URL is revoked).
pub fn save<A: HasWorker>(to: &Sender<A>, name: &str, bytes: &[u8]) {
    if let Some(url) = to.with(|v| v.edge().saved.take()).flatten() {
        revoke_object_url(&url);
    }
    match save_bytes(name, bytes, "application/octet-stream") {
        Ok(url) => {
            to.with(|v| v.edge().saved = Some(url));
        }
        Err(e) => to.send(TrainMsg::WorkerError(t!("train-error-save", detail = e))),
    }
}
