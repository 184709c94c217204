//! The "Train it yourself" view's Web Worker: a second, small wasm module (fetched only
//! when the view opens) that trains a 2-D autoencoder with latent-core's training step
//! ([`latent_core::train`]: the same model, loss and Adam as the native trainer; no second
//! definition).
//!
//! [`session`] (the training session) and [`worker`] (what each of the page's commands does,
//! which session is current, the training and painting turns) are the pure part, tested
//! natively; [`TrainWorker`] exposes the worker to `www/train-worker.js`, the worker script,
//! which downloads the files a command names, passes the messages of
//! [`latent_core::train_msg`] through (JavaScript objects, converted here with
//! serde-wasm-bindgen) and schedules the turns.

pub mod reference;
pub mod session;
pub mod worker;

use latent_core::train_msg::{Event, FromWorker, ToWorker};
use wasm_bindgen::prelude::*;

/// The training worker, for the worker script: every method takes a message of the page as
/// it arrived (a [`ToWorker`] object) and returns the messages to post (an array of
/// [`FromWorker`] objects; their byte fields are `Uint8Array`s the script transfers).
#[wasm_bindgen]
pub struct TrainWorker {
    inner: worker::Worker,
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Messages to post, as JavaScript objects (one that cannot be written becomes an error).
fn out(msgs: Vec<FromWorker>) -> js_sys::Array {
    msgs.into_iter()
        .map(|m| {
            serde_wasm_bindgen::to_value(&m).unwrap_or_else(|e| {
                let event = Event::Error {
                    text: format!("the worker could not write its message: {e}"),
                };
                let session = m.session;
                serde_wasm_bindgen::to_value(&FromWorker { session, event })
                    .unwrap_or(JsValue::NULL)
            })
        })
        .collect()
}

#[wasm_bindgen]
impl TrainWorker {
    /// A worker with no session: training turns of about `slice_ms`, a report every
    /// `report_ms` while training.
    #[wasm_bindgen(constructor)]
    pub fn new(slice_ms: f64, report_ms: f64) -> TrainWorker {
        Self {
            inner: worker::Worker::new(now, slice_ms, report_ms),
        }
    }

    /// The page's message as a command.
    fn read(msg: JsValue) -> Result<ToWorker, JsError> {
        serde_wasm_bindgen::from_value(msg)
            .map_err(|e| JsError::new(&format!("unreadable command from the page: {e}")))
    }

    /// A message arrives ([`worker::Worker::arrive`]): call at once, before the queued ones run.
    pub fn arrive(&mut self, msg: JsValue) -> Result<js_sys::Array, JsError> {
        Ok(out(self.inner.arrive(&Self::read(msg)?)))
    }

    /// What to post before the message's files are downloaded ([`worker::Worker::begin`]).
    pub fn begin(&self, msg: JsValue) -> Result<js_sys::Array, JsError> {
        Ok(out(self.inner.begin(&Self::read(msg)?)))
    }

    /// The URLs to download before [`TrainWorker::handle`] runs the message.
    pub fn files(&self, msg: JsValue) -> Result<Vec<String>, JsError> {
        Ok(self.inner.files(&Self::read(msg)?))
    }

    /// Runs the message with its files' bytes, in the order of [`TrainWorker::files`].
    pub fn handle(
        &mut self,
        msg: JsValue,
        files: Vec<js_sys::Uint8Array>,
    ) -> Result<js_sys::Array, JsError> {
        let files: Vec<Vec<u8>> = files.iter().map(|f| f.to_vec()).collect();
        Ok(out(self.inner.handle(&Self::read(msg)?, &files)))
    }

    /// The download of the message's files failed (`text`: why).
    pub fn failed(&mut self, msg: JsValue, text: String) -> Result<js_sys::Array, JsError> {
        Ok(out(self.inner.failed(&Self::read(msg)?, text)))
    }

    /// Whether the current session trains: schedule [`TrainWorker::train`] turns.
    pub fn training(&self) -> bool {
        self.inner.training()
    }

    /// One training turn.
    pub fn train(&mut self) -> js_sys::Array {
        out(self.inner.train())
    }

    /// Whether a class map is being painted: schedule [`TrainWorker::paint`] turns (training
    /// waits for it).
    pub fn painting(&self) -> bool {
        self.inner.painting()
    }

    /// One painting turn.
    pub fn paint(&mut self) -> js_sys::Array {
        out(self.inner.paint())
    }
}
