//! "How the map is made", the page's lesson: five steps on the model the page shows (encode
//! a held-out test image, predict then reveal; the bounds from the training codes; the
//! meshgrid; the decode sweep; classify and colour), each a short text beside the map and a
//! live picture on the map itself, computed with the page's own kernels.
//!
//! This crate is its own wasm module, separate from the page's (`latent-web`): the page loads
//! it when the lesson first opens (`www/main.js`, `window.__latentLesson`) and calls
//! [`mount`], so the first view carries none of its code. It is built in the page's style:
//! [`state`] is the pure model (tested natively); [`render`] alone writes the lesson's card
//! (`#lesson-body`) and its picture over the map (`#lesson-layer`); [`app`] runs the effects,
//! the listeners and the talk with the page. Every sentence is a message of
//! `www/locales/<code>/lesson.ftl` ([`l10n`]), in the page's language.

pub mod app;
pub mod figures;
pub mod l10n;
pub mod questions;
pub mod render;
pub mod state;

use latent_web_kit::Lookup;
use wasm_bindgen::prelude::*;

/// Shows `msg` (a sentence in the lesson's language) in the lesson's error line, and in the
/// console.
pub(crate) fn show_error(msg: &str) {
    web_sys::console::error_1(&msg.into());
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| app::error_line(&d).or_else(|| d.el(render::ids::BODY)));
    if let Some(el) = el {
        el.set_text_content(Some(msg));
        let _ = el.remove_attribute("hidden");
    }
}

/// Mounts the lesson on the page's `#lesson-body` at step `step` (`encode`, `bounds`,
/// `meshgrid`, `decode`, `classify`; anything else: the first), or, when it is mounted, shows
/// that step in its start state.
///
/// # Errors
/// A sentence (also shown in the lesson) when the page lacks the lesson's elements.
#[wasm_bindgen]
pub fn mount(step: String) -> Result<(), JsValue> {
    std::panic::set_hook(Box::new(|info| {
        let detail = info.to_string();
        show_error(&app::say(&latent_i18n::t!(
            "lesson-error-internal",
            detail = detail
        )));
    }));
    app::mount(&step).map_err(|e| JsValue::from_str(&e))
}
