//! The page's edge: inputs become messages ([`input`], [`gestures`], [`train_panel`] and each
//! hands-on view's `input.rs`), effects run in the browser ([`effects`]), and the runtime of
//! `latent-web-kit` ties them to the model and the renderer ([`page::Page`]): it applies each
//! message with `update`, runs the effects, and draws once per animation frame, so a burst of
//! pointer moves between two frames costs one decode.
//!
//! Listeners are `gloo-events` handles kept by the runtime (removed when it is dropped);
//! timers and the pending frame are `gloo` handles too, cancelled on drop. Nothing is leaked
//! with `Closure::forget`. The listeners are written for any app whose messages are the
//! page's ([`latent_web_kit::Sender`]), so no listener module imports the runtime.

pub(crate) mod effects;
pub(crate) mod gestures;
pub(crate) mod input;
pub(crate) mod lesson;
pub(crate) mod page;
pub(crate) mod train_panel;

use crate::model::msg::Msg;
use crate::ui::dom::Dom;
use effects::Edge;
use latent_web_kit::Runtime;
use page::Page;
use std::cell::RefCell;

thread_local! {
    /// The page's runtime, alive for the page's lifetime.
    static PAGE: RefCell<Option<Runtime<Page>>> = const { RefCell::new(None) };
}

/// Mounts the app on the page and starts it with the address's query.
///
/// # Errors
/// A sentence when the page lacks an element the app needs.
pub(crate) fn mount() -> Result<(), String> {
    let dom = Dom::find()?;
    let rt = Runtime::new(Page::new(dom));
    let to = rt.sender();
    let listeners = to.with(|p| input::listen(&to, p.dom())).unwrap_or_default();
    rt.keep(listeners);
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let languages = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect()
        })
        .unwrap_or_default();
    rt.dispatch(Msg::BrowserLanguages(languages));
    rt.dispatch(Msg::Start(href));
    PAGE.with(|p| *p.borrow_mut() = Some(rt));
    Ok(())
}

/// Hands `msg` to the running page, if any.
pub(crate) fn dispatch(msg: Msg) {
    PAGE.with(|p| {
        if let Some(rt) = p.borrow().as_ref() {
            rt.dispatch(msg);
        }
    });
}

/// Drops the page's runtime (see [`crate::stop`]); nothing when none runs.
pub(crate) fn unmount() {
    // taken out first, so that nothing it drops finds the cell borrowed
    let rt = PAGE.with(|p| p.borrow_mut().take());
    // the address of what is shown now, for the app that takes over from it
    if let Some(query) = rt.as_ref().and_then(|rt| rt.sender().with(|p| p.address())) {
        effects::replace_url(&query);
    }
    drop(rt);
}
