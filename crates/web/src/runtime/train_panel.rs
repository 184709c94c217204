//! The edge of the "Train it yourself" panel: its button, loading the training view's own
//! module on the first opening, and "Open a bundle file" (file picker, drop zone, and a guard
//! that keeps a file dropped elsewhere from replacing the page).
//!
//! The training view is a separate wasm module (`latent-train-view`, fetched only when the
//! panel first opens, so the first view carries none of its code): `www/main.js` defines
//! `window.__latentTrainView()`, which imports it, instantiates it and mounts it on the
//! panel's content; it draws everything inside `#train-body` and runs the training worker.

use crate::model::msg::Msg;
use crate::ui::dom::Dom;
use crate::ui::ids;
use gloo_events::{EventListener, EventListenerOptions};
use js_sys::{Function, Promise, Reflect, Uint8Array};
use latent_i18n::{t, Text};
use latent_web_kit::{js_msg, App, Sender};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Event, File, HtmlInputElement};

/// The global function of `www/main.js` that loads and mounts the training view.
pub(crate) const LOADER: &str = "__latentTrainView";

/// The panel's listeners.
pub(crate) fn listen<A: App<Msg = Msg>>(to: &Sender<A>, dom: &Dom) -> Vec<EventListener> {
    let mut ls = Vec::new();
    if let Some(b) = dom.el(ids::TRAIN_OPEN) {
        ls.push(to.on(&b, "click", |_| Some(Msg::TrainToggle)));
    }
    if let Some(input) = dom.el(ids::FILE_INPUT) {
        let w = to.clone();
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
    // a training session): the page takes no drops outside the zone
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
    if let Some(zone) = dom.el(ids::FILE_DROP) {
        let opts = EventListenerOptions::enable_prevent_default();
        ls.push(EventListener::new_with_options(
            &zone,
            "dragover",
            opts,
            |e: &Event| e.prevent_default(),
        ));
        let w = to.clone();
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

/// Reads a chosen or dropped file and answers with [`Msg::OpenFile`]: its first bytes and
/// header are checked before its body is read ([`read_checked`]).
fn read_file<A: App<Msg = Msg>>(to: &Sender<A>, f: File) {
    let name = f.name();
    to.spawn(async move {
        let bytes = read_checked(&f, &name).await;
        Some(Msg::OpenFile(name, bytes))
    });
}

/// The bytes `start .. end` of `f`, read by the browser (`Blob.slice`): only these enter the
/// module's memory.
async fn read_slice(f: &web_sys::Blob, start: f64, end: f64) -> Result<Vec<u8>, Text> {
    let part = f
        .slice_with_f64_and_f64(start, end)
        .map_err(|e| t!("file-read-failed", why = js_msg(e)))?;
    JsFuture::from(part.array_buffer())
        .await
        .map(|buf| Uint8Array::new(&buf).to_vec())
        .map_err(|e| t!("file-read-failed", why = js_msg(e)))
}

/// A file's bytes, read only once its first bytes and its header show a bundle of a
/// reasonable size ([`latent_core::bundle::prefix`]): a refused file never enters the wasm
/// memory, which cannot shrink once grown. The error is the sentence after "Could not open
/// <file>: ".
async fn read_checked(f: &File, name: &str) -> Result<Vec<u8>, Text> {
    use latent_core::bundle::prefix;
    // the file check's own sentence (it names the file's bytes and sizes)
    let what = |e: latent_core::Error| match e {
        latent_core::Error::Bundle { what, .. } => t!("verbatim", text = what),
        e => t!("verbatim", text = e.to_string()),
    };
    let size = f.size();
    let first = read_slice(f, 0.0, size.min(prefix::SNIFF_BYTES as f64)).await?;
    let n = prefix::header_len(&first, size as u64, name).map_err(what)?;
    let header = read_slice(f, 8.0, 8.0 + n as f64).await?;
    prefix::check_header(&header, size as u64, name).map_err(what)?;
    read_slice(f, 0.0, size).await
}

/// Loads and mounts the training view through [`LOADER`]; answers [`Msg::TrainLoaded`].
pub(crate) fn load<A: App<Msg = Msg>>(to: &Sender<A>) {
    to.spawn(async move {
        let result = call_loader(LOADER, &[], t!("train-no-loader")).await;
        Some(Msg::TrainLoaded(result))
    });
}

/// Calls `main.js`'s global function `loader` with `args` and waits for the promise it returns
/// (a module's import and mount).
///
/// # Errors
/// `missing` when the page has no such function or it returns no promise; the browser's
/// message when the call or the promise fails.
pub(crate) async fn call_loader(loader: &str, args: &[JsValue], missing: Text) -> Result<(), Text> {
    let browser = |e: JsValue| t!("verbatim", text = js_msg(e));
    let f = web_sys::window()
        .and_then(|w| Reflect::get(&w, &JsValue::from_str(loader)).ok())
        .and_then(|f| f.dyn_into::<Function>().ok())
        .ok_or(missing.clone())?;
    let args: js_sys::Array = args.iter().collect();
    let promise: Promise = f
        .apply(&JsValue::NULL, &args)
        .map_err(browser)?
        .dyn_into()
        .map_err(|_| missing)?;
    JsFuture::from(promise).await.map_err(browser)?;
    Ok(())
}
