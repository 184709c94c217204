//! The page's listeners: keys on the map, resize and visibility, the switchers, the evolution
//! controls and the page's buttons; with them the map's gestures ([`super::gestures`]), the
//! hands-on views' (`tools/`) and the training panel's ([`super::train_panel`]). Written for
//! any app whose messages are the page's, so they do not import the runtime.

use super::{gestures, train_panel};
use crate::model::msg::{Key, Msg};
use crate::ui::dom::Dom;
use crate::ui::ids;
use gloo_events::EventListener;
use latent_web_kit::{App, Sender};
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement, KeyboardEvent};

/// Makes the message of a button.
type MsgFn = fn() -> Msg;

/// Every listener of the page.
pub(crate) fn listen<A: App<Msg = Msg>>(to: &Sender<A>, dom: &Dom) -> Vec<EventListener> {
    let mut ls = Vec::new();
    let map = dom.map.clone();
    ls.extend(gestures::listen(to, dom));
    let m = map.clone();
    ls.push(to.on_cancelable(&map, "keydown", move |e| {
        let e = e.dyn_ref::<KeyboardEvent>()?;
        if e.key() == "Escape" {
            // the map gives the keys back: to the page, and to a slide deck around an
            // embedded page (focusing the parent window is allowed across origins)
            let _ = m.blur();
            if let Some(w) = web_sys::window() {
                if let Ok(Some(parent)) = w.parent() {
                    if parent != w {
                        let _ = parent.focus();
                    }
                }
            }
            return None;
        }
        if let Some(z) = gestures::zoom_key(&e.key()) {
            e.prevent_default();
            return Some(Msg::Zoom(z));
        }
        let key = Key::from_dom(&e.key())?;
        e.prevent_default();
        Some(Msg::Key(key, e.shift_key()))
    }));
    if let Some(w) = web_sys::window() {
        ls.push(to.on(&w, "resize", |_| Some(Msg::Resized)));
    }
    let doc = dom.doc.clone();
    ls.push(to.on(&dom.doc, "visibilitychange", move |_| {
        Some(Msg::Hidden(doc.hidden()))
    }));

    let value_of =
        |e: &Event| -> Option<String> { Some(e.target()?.dyn_ref::<HtmlSelectElement>()?.value()) };
    if let Some(s) = &dom.dataset_select {
        ls.push(to.on(s, "change", move |e| value_of(e).map(Msg::PickDataset)));
    }
    if let Some(s) = &dom.model_select {
        ls.push(to.on(s, "change", move |e| value_of(e).map(Msg::PickModel)));
    }
    if let Some(s) = dom.el(ids::COMPARE_SELECT) {
        ls.push(to.on(&s, "change", move |e| value_of(e).map(Msg::PickCompare)));
    }
    if let Some(m) = dom.el(ids::COMPARE_MAP) {
        let at = m.clone();
        ls.push(to.on(&m, "pointermove", move |e| {
            let (u, v) = latent_web_kit::uv(e.dyn_ref::<web_sys::PointerEvent>()?, &at)?;
            Some(Msg::ComparePointer(u, v))
        }));
    }
    if let Some(b) = dom.el(ids::QR_HIDE) {
        ls.push(to.on(&b, "click", |_| Some(Msg::HideQr)));
    }
    if let Some(s) = &dom.lang_select {
        ls.push(to.on(s, "change", move |e| value_of(e).map(Msg::ChooseLanguage)));
    }
    if let Some(s) = &dom.evo_slider {
        ls.push(to.on(s, "input", |e| {
            latent_web_kit::input_index(e).map(Msg::Slide)
        }));
    }
    if let Some(c) = &dom.evo_points {
        ls.push(to.on(c, "change", |e| {
            let c = e.target()?.dyn_ref::<HtmlInputElement>()?.checked();
            Some(Msg::ShowPoints(c))
        }));
    }
    let clicks: [(&str, MsgFn); 8] = [
        (ids::EMBED_OPEN, || Msg::ToggleEmbed),
        (ids::EMBED_COPY, || Msg::CopyEmbed),
        (ids::EVO_TOGGLE, || Msg::ToggleEvolution),
        (ids::EVO_PLAY, || Msg::PlayPause),
        (ids::EVO_BACK, || Msg::Step(-1)),
        (ids::EVO_FWD, || Msg::Step(1)),
        (ids::RETRY, || Msg::Retry),
        (ids::SWITCH_RETRY, || Msg::Retry),
    ];
    for (i, msg) in clicks {
        if let Some(b) = dom.el(i) {
            ls.push(to.on(&b, "click", move |_| Some(msg())));
        }
    }
    ls.extend(crate::tools::input::listen(to, dom));
    ls.extend(train_panel::listen(to, dom));
    ls.extend(super::lesson::listen(to, dom));
    ls
}
