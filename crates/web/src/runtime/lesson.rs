//! The edge of the lesson "How the map is made": its entry button, the lesson module's step
//! events, and loading the module (`latent-lesson`, its own wasm, fetched when the lesson first
//! opens: `www/main.js` defines `window.__latentLesson(step)`, which imports it, instantiates it
//! and mounts it on `#lesson-body` at that step, or shows that step when it is mounted).

use crate::model::msg::Msg;
use crate::ui::dom::Dom;
use crate::ui::ids;
use gloo_events::EventListener;
use latent_i18n::t;
use latent_web_kit::{App, Sender};
use wasm_bindgen::JsCast;

/// The global function of `www/main.js` that loads the lesson and shows a step.
pub(crate) const LOADER: &str = "__latentLesson";
/// The lesson module's event: the step it shows (`detail`: its id, `""` when it closed).
pub(crate) const STEP_EVENT: &str = "latent-lesson-step";

/// The page's event to the lesson module: close (the training evolution opened).
pub(crate) const CLOSE_EVENT: &str = "latent-lesson-close";

/// Scrolls the lesson's card into view and focuses it (its `tabindex="-1"` section).
pub(crate) fn focus() {
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(ids::LESSON))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    el.scroll_into_view();
    let _ = el.focus();
}

/// Asks the lesson's module to close.
pub(crate) fn close() {
    if let (Some(doc), Ok(e)) = (
        web_sys::window().and_then(|w| w.document()),
        web_sys::Event::new(CLOSE_EVENT),
    ) {
        let _ = doc.dispatch_event(&e);
    }
}

/// The lesson's listeners: "Start the lesson" and the module's step events.
pub(crate) fn listen<A: App<Msg = Msg>>(to: &Sender<A>, dom: &Dom) -> Vec<EventListener> {
    let mut ls = Vec::new();
    if let Some(b) = dom.el(ids::LESSON_START) {
        ls.push(to.on(&b, "click", |_| Some(Msg::LessonStart)));
    }
    ls.push(to.on(&dom.doc, STEP_EVENT, |e| {
        let detail = e.dyn_ref::<web_sys::CustomEvent>()?.detail().as_string()?;
        Some(Msg::LessonStep(detail))
    }));
    ls
}

/// Loads the lesson's module (once; `main.js` keeps it) and shows `step`; answers
/// [`Msg::LessonLoaded`].
pub(crate) fn load<A: App<Msg = Msg>>(to: &Sender<A>, step: String) {
    to.spawn(async move {
        let result =
            super::train_panel::call_loader(LOADER, &[step.into()], t!("lesson-no-loader")).await;
        Some(Msg::LessonLoaded(result))
    });
}
