//! The edge of the app: runs the [`Effect`]s that [`crate::state::update`] asks for —
//! downloads (with an `AbortController` and a timeout), the playback and rest timers
//! (`gloo-timers`, cancelled on drop) and the address (`history.replaceState`). Their
//! results come back as [`Msg`]s through [`crate::app::dispatch`].

use crate::app::{dispatch, Runtime};
use crate::state::{Effect, FetchError, Msg, FETCH_TIMEOUT_MS, PLAY_INTERVAL_MS, REST_MS};
use gloo_timers::callback::{Interval, Timeout};
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{AbortController, RequestInit, Response};

use latent_web_kit::js_msg;

/// Downloads `url`; aborts after `timeout_ms` without a complete body.
///
/// # Errors
/// [`FetchError::TimedOut`] after the timeout; [`FetchError::Failed`] with `HTTP 404 Not
/// Found`, `<message> (network error)` or the browser's message otherwise.
pub async fn fetch_bytes(url: &str, timeout_ms: u32) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Failed("no window".into()))?;
    if let Some(bytes) = offline_file(&window, url) {
        return bytes;
    }
    if let Some(answer) = prefetched(&window, url) {
        return with_timeout(answer, timeout_ms).await;
    }
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

/// The offline single file (`scripts/export-offline.sh`) carries its bundles inline and
/// answers `window.__latentOffline.get(url)` with a `Uint8Array`, or `null` for a file it
/// does not hold. `None`: not the offline file.
fn offline_file(window: &web_sys::Window, url: &str) -> Option<Result<Vec<u8>, FetchError>> {
    let files = js_sys::Reflect::get(window, &JsValue::from_str("__latentOffline")).ok()?;
    if files.is_undefined() || files.is_null() {
        return None;
    }
    let get: js_sys::Function = js_sys::Reflect::get(&files, &JsValue::from_str("get"))
        .ok()?
        .dyn_into()
        .ok()?;
    let got = get.call1(&files, &JsValue::from_str(url)).ok()?;
    Some(match got.dyn_into::<js_sys::Uint8Array>() {
        Ok(a) => Ok(a.to_vec()),
        Err(_) => Err(FetchError::Failed(
            "not included in this offline file (export it with that model)".into(),
        )),
    })
}

/// The answer of the page's prefetch script (`window.__latentPrefetch[url]`, a promise of an
/// `ArrayBuffer` started while the wasm loaded), taken once; `None` if it started none for
/// `url`.
fn prefetched(window: &web_sys::Window, url: &str) -> Option<js_sys::Promise> {
    let map = js_sys::Reflect::get(window, &JsValue::from_str("__latentPrefetch")).ok()?;
    if !map.is_object() {
        return None;
    }
    let key = JsValue::from_str(url);
    let p = js_sys::Reflect::get(&map, &key)
        .ok()?
        .dyn_into::<js_sys::Promise>()
        .ok()?;
    let _ = js_sys::Reflect::delete_property(map.unchecked_ref::<js_sys::Object>(), &key);
    Some(p)
}

/// Awaits a prefetched body, within what is left of the timeout.
async fn with_timeout(answer: js_sys::Promise, timeout_ms: u32) -> Result<Vec<u8>, FetchError> {
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

/// Runs one effect for the app `rt`.
pub fn run(rt: &Rc<RefCell<Runtime>>, effect: Effect) {
    let weak: Weak<RefCell<Runtime>> = Rc::downgrade(rt);
    let send = move |msg: Msg| {
        if let Some(rt) = weak.upgrade() {
            dispatch(&rt, msg);
        }
    };
    match effect {
        Effect::Fetch { req, url } => spawn_local(async move {
            let result = fetch_bytes(&url, FETCH_TIMEOUT_MS).await;
            send(Msg::Fetched { req, result });
        }),
        Effect::StartPlayback => {
            let send = send.clone();
            rt.borrow_mut().playback =
                Some(Interval::new(PLAY_INTERVAL_MS, move || send(Msg::Tick)));
        }
        Effect::StopPlayback => rt.borrow_mut().playback = None,
        Effect::RestartRest => {
            rt.borrow_mut().rest = Some(Timeout::new(REST_MS, move || send(Msg::Rested)));
        }
        Effect::ReplaceUrl(query) => replace_url(&query),
        Effect::Copy(text) => spawn_local(async move {
            let ok = match web_sys::window() {
                Some(w) => JsFuture::from(w.navigator().clipboard().write_text(&text))
                    .await
                    .is_ok(),
                None => false,
            };
            send(Msg::Copied(ok));
        }),
        Effect::View(e) => crate::views_app::run(rt, e),
        Effect::LoadTrainView => crate::train_panel::load(rt),
    }
}

/// Replaces the address's query (keeping path and fragment) without a history entry.
fn replace_url(query: &str) {
    let Some(w) = web_sys::window() else { return };
    let loc = w.location();
    let url = format!(
        "{}{}{query}{}",
        loc.pathname().unwrap_or_default(),
        if query.is_empty() { "" } else { "?" },
        loc.hash().unwrap_or_default()
    );
    if loc.search().unwrap_or_default().trim_start_matches('?') == query {
        return;
    }
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}
