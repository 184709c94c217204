//! Runs the [`Effect`]s that [`update`](crate::model::update::update) asks for — downloads
//! (`latent-web-kit`'s fetch, with an `AbortController` and a timeout, after the offline file
//! and the page's prefetch), the playback and rest timers (`gloo-timers`, cancelled on drop),
//! the address (`history.replaceState`), the clipboard, the hands-on views' effects and the
//! training view's module. Their results come back as [`Msg`]s through the runtime's
//! [`Sender`].

use super::train_panel;
/// The global function of `www/main.js` that loads the build with the hands-on views, stops
/// this one and starts that one.
#[cfg(not(feature = "tools"))]
const TOOLS_LOADER: &str = "__latentTools";
use crate::model::fetch::{FetchError, FETCH_TIMEOUT_MS};
use crate::model::msg::{Effect, Msg, PLAY_INTERVAL_MS, REST_MS};
use crate::tools::ctx::ToolEffect;
use crate::tools::share::effects as share;
use crate::tools::state::ToolMsg;
use crate::ui::dom::Dom;
use crate::ui::qr;
use gloo_timers::callback::{Interval, Timeout};
use latent_i18n::t;
use latent_web_kit::{bytes_within, fetch_bytes, App, Sender};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The timers the effects start (cancelled when dropped).
#[derive(Default)]
pub(crate) struct Timers {
    /// The evolution playback timer.
    playback: Option<Interval>,
    /// The pointer-rest timer (writes z to the address).
    rest: Option<Timeout>,
}

/// What the effects need of the running page besides its messages.
pub(crate) trait Edge {
    /// The effects' timers.
    fn timers(&mut self) -> &mut Timers;
    /// The page's elements (the PNG is drawn from them).
    fn dom(&self) -> &Dom;
}

/// Runs one effect for the page behind `to`.
pub(crate) fn run<A: App<Msg = Msg> + Edge>(effect: Effect, to: &Sender<A>) {
    match effect {
        Effect::Fetch { req, url } => to.spawn(async move {
            let result = download(&url, FETCH_TIMEOUT_MS).await;
            Some(Msg::Fetched { req, result })
        }),
        Effect::StartPlayback => {
            let t = to.clone();
            let timer = Interval::new(PLAY_INTERVAL_MS, move || t.send(Msg::Tick));
            to.with(|a| a.timers().playback = Some(timer));
        }
        Effect::StopPlayback => {
            to.with(|a| a.timers().playback = None);
        }
        Effect::RestartRest => {
            let t = to.clone();
            let timer = Timeout::new(REST_MS, move || t.send(Msg::Rested));
            to.with(|a| a.timers().rest = Some(timer));
        }
        Effect::ReplaceUrl(query) => replace_url(&query),
        Effect::FetchLanguage(code) => to.spawn(async move {
            let url = crate::model::lang::page_ftl_url(&code);
            let result = download(&url, FETCH_TIMEOUT_MS)
                .await
                .and_then(|b| String::from_utf8(b).map_err(|_| FetchError::NotText));
            Some(Msg::LanguageLoaded(code, result))
        }),
        Effect::Copy(text) => to.spawn(async move {
            let ok = match web_sys::window() {
                Some(w) => JsFuture::from(w.navigator().clipboard().write_text(&text))
                    .await
                    .is_ok(),
                None => false,
            };
            Some(Msg::Copied(ok))
        }),
        Effect::Tool(ToolEffect::CopyLink { query, note }) => {
            let Some(link) = share::link(&query) else {
                return;
            };
            to.spawn(async move {
                let text = share::copy_link(link, note).await;
                Some(Msg::Tool(ToolMsg::Shared(text)))
            });
        }
        Effect::Tool(ToolEffect::SavePng {
            file,
            title,
            caption,
            crop,
            link,
        }) => to.spawn({
            let to = to.clone();
            async move {
                // the QR code's module first (a failure leaves the code out, not the picture)
                if link.is_some() && !qr::loaded() {
                    let _ = load_qr().await;
                }
                let code = link.as_deref().and_then(qr::modules);
                let saved =
                    to.with(|a| share::save_png(a.dom(), &file, &title, &caption, crop, code))?;
                Some(Msg::Tool(ToolMsg::Shared(match saved {
                    // a sandboxed embed without `allow-downloads` blocks the download silently:
                    // inside a frame the page cannot tell, and says so
                    Ok(()) if share::in_frame() => t!("share-png-asked", file = file),
                    Ok(()) => t!("share-png-saved", file = file),
                    Err(e) => t!("share-png-failed", why = e),
                })))
            }
        }),
        Effect::Tool(ToolEffect::Continue) => {
            // a zero-delay timer: the browser handles input and paints before the next slice
            let t = to.clone();
            Timeout::new(0, move || t.send(Msg::Tool(ToolMsg::Continue))).forget();
        }
        // (the build with the views is already loaded)
        #[cfg(feature = "tools")]
        Effect::Tool(ToolEffect::LoadTools { .. }) => {}
        #[cfg(not(feature = "tools"))]
        Effect::Tool(ToolEffect::LoadTools { file }) => to.spawn(async move {
            // on success this wasm has been stopped, and nothing answers
            let loaded = load_tools(file).await;
            loaded
                .err()
                .map(|why| Msg::Tool(ToolMsg::ModuleFailed(why)))
        }),
        Effect::LoadQr => to.spawn(async { Some(Msg::QrLoaded(load_qr().await)) }),
        Effect::LoadTrainView => train_panel::load(to),
        Effect::LoadLesson(step) => super::lesson::load(to, step),
        Effect::FocusLesson => super::lesson::focus(),
        Effect::CloseLesson => super::lesson::close(),
    }
}

/// Calls `www/main.js`'s `__latentTools(name, bytes)` (the model opened from disk, if one is
/// shown, for the build with the views to open again) and waits for it.
///
/// # Errors
/// The loader's failure, or that the page has none.
#[cfg(not(feature = "tools"))]
async fn load_tools(file: Option<(String, std::rc::Rc<Vec<u8>>)>) -> Result<(), latent_i18n::Text> {
    let args = match &file {
        Some((name, bytes)) => vec![
            JsValue::from_str(name),
            js_sys::Uint8Array::from(bytes.as_slice()).into(),
        ],
        None => Vec::new(),
    };
    train_panel::call_loader(TOOLS_LOADER, &args, t!("train-no-loader")).await
}

/// Downloads `url`: from the offline file or the page's prefetch when they hold it, else
/// with `fetch`; aborts after `timeout_ms` without a complete body.
///
/// # Errors
/// [`FetchError::TimedOut`] after the timeout; [`FetchError::Failed`] with `HTTP 404 Not
/// Found`, `<message> (network error)` or the browser's message otherwise.
async fn download(url: &str, timeout_ms: u32) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Failed("no window".into()))?;
    if let Some(bytes) = offline_file(&window, url) {
        return bytes;
    }
    let result = match prefetched(&window, url) {
        Some(answer) => {
            let got = bytes_within(answer, timeout_ms).await;
            // an answer that was in before the app started resolves in the task that started
            // it: the app's start, the list of models and the view file's parse would be one
            // long task on a phone (~130 ms at 4× CPU); each goes in its own
            next_task(&window).await;
            got
        }
        None => fetch_bytes(url, timeout_ms).await,
    };
    result.map_err(|e| match e {
        latent_web_kit::FetchError::Failed(why) => FetchError::Failed(why),
        latent_web_kit::FetchError::TimedOut => FetchError::TimedOut,
    })
}

/// Resolves in a later task of the event loop (a `setTimeout` of 0), so that the work after it
/// is not part of the current task.
async fn next_task(window: &web_sys::Window) {
    let mut wait = |resolve: js_sys::Function, _reject: js_sys::Function| {
        let _ = window.set_timeout_with_callback(&resolve);
    };
    let _ = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::new(&mut wait)).await;
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
        Err(_) => Err(FetchError::NotInOfflineFile),
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

/// Replaces the address's query (keeping path and fragment) without a history entry.
pub(crate) fn replace_url(query: &str) {
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

/// Loads the QR code's module through the page's loader (`window.__latentQr`, in `main.js`,
/// which imports `latent-qr`'s glue and starts its wasm) and keeps its `modules` function.
///
/// # Errors
/// A sentence when the page has no loader or the module does not load (the browser's words).
async fn load_qr() -> Result<(), latent_i18n::Text> {
    let failed = |e: JsValue| t!("qr-load-failed", why = latent_web_kit::js_msg(e));
    let window = web_sys::window().ok_or_else(|| t!("qr-load-failed", why = "no window"))?;
    let loader = js_sys::Reflect::get(&window, &JsValue::from_str("__latentQr"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| t!("qr-load-failed", why = "window.__latentQr"))?;
    let promise: js_sys::Promise = loader
        .call0(&JsValue::NULL)
        .map_err(failed)?
        .dyn_into()
        .map_err(failed)?;
    let module = JsFuture::from(promise).await.map_err(failed)?;
    let f = js_sys::Reflect::get(&module, &JsValue::from_str("modules"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| t!("qr-load-failed", why = "modules"))?;
    qr::set_module(f);
    Ok(())
}
