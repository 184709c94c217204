//! The edge of the lesson "How the map is made": its entry button, the lesson module's step
//! events, and loading the module (`latent-lesson`, its own wasm, fetched when the lesson first
//! opens: `www/main.js` defines `window.__latentLesson(step)`, which imports it, instantiates it
//! and mounts it on `#lesson-body` at that step, or shows that step when it is mounted).

use crate::model::msg::Msg;
use crate::ui::dom::Dom;
use crate::ui::ids;
use gloo_events::EventListener;
use js_sys::{Function, Promise, Reflect};
use latent_i18n::{t, Text};
use latent_web_kit::{js_msg, App, Sender};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The global function of `www/main.js` that loads the lesson and shows a step.
pub(crate) const LOADER: &str = "__latentLesson";
/// The lesson module's event: the step it shows (`detail`: its id, `""` when it closed).
pub(crate) const STEP_EVENT: &str = "latent-lesson-step";

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
        let result = async {
            let browser = |e: JsValue| t!("verbatim", text = js_msg(e));
            let f = web_sys::window()
                .and_then(|w| Reflect::get(&w, &JsValue::from_str(LOADER)).ok())
                .and_then(|f| f.dyn_into::<Function>().ok())
                .ok_or(t!("lesson-no-loader"))?;
            let promise: Promise = f
                .call1(&JsValue::NULL, &JsValue::from_str(&step))
                .map_err(browser)?
                .dyn_into()
                .map_err(|_| t!("lesson-no-loader"))?;
            JsFuture::from(promise).await.map_err(browser)?;
            Ok::<(), Text>(())
        }
        .await;
        Some(Msg::LessonLoaded(result))
    });
}
