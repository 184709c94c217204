//! Downloads with a timeout: `fetch` with an `AbortController` that aborts it when nothing
//! complete has arrived in time, and the same deadline for a body that is already on its way
//! (a promise started by the page's own script).

use crate::dom::js_msg;
use gloo_timers::callback::Timeout;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, RequestInit, Response};

/// Why a download failed.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// An HTTP status (`HTTP 404 Not Found`), a network error (`<message> (network error)`)
    /// or a body that could not be read: the text says which.
    Failed(String),
    /// Nothing complete arrived within the timeout; the download was aborted.
    TimedOut,
}

/// Downloads `url` (relative to the page); aborts after `timeout_ms` without a complete body.
///
/// # Errors
/// [`FetchError::TimedOut`] after the timeout; [`FetchError::Failed`] with `HTTP 404 Not
/// Found`, `<message> (network error)` or the browser's message otherwise.
pub async fn fetch_bytes(url: &str, timeout_ms: u32) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Failed("no window".into()))?;
    let ctrl = AbortController::new().map_err(|e| FetchError::Failed(js_msg(e)))?;
    let init = RequestInit::new();
    init.set_signal(Some(&ctrl.signal()));
    let timed_out = Rc::new(Cell::new(false));
    // dropped (cancelled) when this function returns
    let _timer = {
        let (ctrl, timed_out) = (ctrl.clone(), timed_out.clone());
        Timeout::new(timeout_ms, move || {
            timed_out.set(true);
            ctrl.abort();
        })
    };
    let fail = |e: JsValue, what: &str| {
        if timed_out.get() {
            FetchError::TimedOut
        } else {
            FetchError::Failed(format!("{}{what}", js_msg(e)))
        }
    };
    let resp = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| fail(e, " (network error)"))?;
    let resp: Response = resp
        .dyn_into()
        .map_err(|_| FetchError::Failed("not a response".into()))?;
    if !resp.ok() {
        let text = resp.status_text();
        return Err(FetchError::Failed(if text.is_empty() {
            format!("HTTP {}", resp.status())
        } else {
            format!("HTTP {} {text}", resp.status())
        }));
    }
    let body = resp.array_buffer().map_err(|e| fail(e, ""))?;
    let buf = JsFuture::from(body).await.map_err(|e| fail(e, ""))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

/// Awaits `answer`, a promise of an `ArrayBuffer` (or typed array) already on its way, for at
/// most `timeout_ms`.
///
/// # Errors
/// [`FetchError::TimedOut`] after the timeout; [`FetchError::Failed`] with the promise's
/// rejection.
pub async fn bytes_within(answer: js_sys::Promise, timeout_ms: u32) -> Result<Vec<u8>, FetchError> {
    let timed_out = Rc::new(Cell::new(false));
    let mut reject = None;
    // the executor runs at once: it hands out the reject function
    let timeout = js_sys::Promise::new(&mut |_, r| reject = Some(r));
    // cancelled (dropped) when this function returns
    let _timer = reject.map(|reject| {
        let t = timed_out.clone();
        Timeout::new(timeout_ms, move || {
            t.set(true);
            let _ = reject.call0(&JsValue::NULL);
        })
    });
    let race = js_sys::Promise::race(&js_sys::Array::of2(&answer, &timeout));
    match JsFuture::from(race).await {
        Ok(buf) => Ok(js_sys::Uint8Array::new(&buf).to_vec()),
        Err(_) if timed_out.get() => Err(FetchError::TimedOut),
        Err(e) => Err(FetchError::Failed(js_msg(e))),
    }
}
