//! "Train it yourself", the page side: a student presses Train and watches a 2-D autoencoder
//! learn on real images, in a Web Worker, with the model and loss code of `latent-core`.
//!
//! This crate is its own wasm module, separate from the page's (`latent-web`): the page
//! loads it when the "Train it yourself" panel first opens (`www/main.js`,
//! `window.__latentTrainView`) and calls [`mount`], so the first view carries none of its
//! code. It is built in the page's style (the Elm architecture): [`state`] is the pure model
//! (the view's state, its messages, the run's history and the pure `update`; no browser
//! types, tested natively); [`render`] alone writes the panel's content (`#train-body`);
//! [`app`] listens to the panel's controls, runs the effects and draws in animation frames,
//! with [`worker`] for the Web Worker (the messages to and from it are latent-core's
//! `train_msg`, shared with the worker) and the download. Opening a view file from
//! disk is the page's ("Open a bundle file", `latent-web`). Every sentence it shows is a
//! message of `www/locales/<code>/train.ftl` ([`l10n`]), in the page's language.

pub mod app;
pub mod l10n;
pub mod render;
pub mod state;
pub mod worker;

use wasm_bindgen::prelude::*;

/// Shows `msg` (a sentence in the view's language) in the view's error line
/// (`#train-error`), and in the console.
pub(crate) fn show_error(msg: &str) {
    web_sys::console::error_1(&msg.into());
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(render::ids::ERROR));
    if let Some(el) = el {
        el.set_text_content(Some(msg));
        let _ = el.remove_attribute("hidden");
    }
}

/// Mounts the training view on the page's `#train-body` (a second call does nothing).
/// `worker_url`: the training worker's script, relative to the page (`www/main.js` passes
/// the content-hashed name `build-site.sh` gives it).
///
/// # Errors
/// A sentence (also shown in `#train-error`) when the page lacks the panel's elements.
#[wasm_bindgen]
pub fn mount(worker_url: String) -> Result<(), JsValue> {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        show_error(&app::say(&latent_i18n::t!(
            "train-error-internal",
            detail = detail
        )));
    }));
    app::mount(worker_url).map_err(|e| JsValue::from_str(&e))
}
