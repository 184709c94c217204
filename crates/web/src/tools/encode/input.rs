//! The encode view's listeners: the drawing pad (one pointer draws), undo, clear and "a
//! random test image".

use super::state::EncodeMsg;
use crate::model::msg::Msg;
use crate::tools::state::ToolMsg;
use crate::ui::dom::Dom;
use crate::ui::ids;
use gloo_events::EventListener;
use latent_web_kit::{uv, App, Sender};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::PointerEvent;

fn msg(m: EncodeMsg) -> Option<Msg> {
    Some(Msg::Tool(ToolMsg::Encode(m)))
}

type EncodeFn = fn() -> EncodeMsg;

/// The pad's and the encode panel's listeners.
pub(crate) fn listen<A: App<Msg = Msg>>(to: &Sender<A>, dom: &Dom) -> Vec<EventListener> {
    let mut ls = Vec::new();
    if let Some(pad) = dom.el(ids::DRAW_PAD) {
        // one pointer draws: a second finger or a resting palm is ignored until it lifts
        let pen: Rc<Cell<Option<i32>>> = Rc::new(Cell::new(None));
        for ev in ["pointerdown", "pointermove", "pointerup", "pointercancel"] {
            let (p, pen) = (pad.clone(), pen.clone());
            ls.push(to.on_cancelable(&pad, ev, move |e| {
                let e = e.dyn_ref::<PointerEvent>()?;
                e.prevent_default();
                let id = e.pointer_id();
                match e.type_().as_str() {
                    "pointerdown" => {
                        if pen.get().is_some() {
                            return None;
                        }
                        pen.set(Some(id));
                        let _ = p.set_pointer_capture(id);
                        let (u, v) = uv(e, &p)?;
                        msg(EncodeMsg::PenDown(u, v))
                    }
                    "pointermove" => {
                        if e.buttons() == 0 || pen.get() != Some(id) {
                            return None;
                        }
                        let (u, v) = uv(e, &p)?;
                        msg(EncodeMsg::PenMove(u, v))
                    }
                    _ => {
                        if pen.get() != Some(id) {
                            return None;
                        }
                        pen.set(None);
                        msg(EncodeMsg::PenUp)
                    }
                }
            }));
        }
    }
    let clicks: [(&str, EncodeFn); 3] = [
        (ids::PAD_UNDO, || EncodeMsg::Undo),
        (ids::PAD_CLEAR, || EncodeMsg::Clear),
        (ids::PICK_TEST, || {
            EncodeMsg::PickTest((js_sys::Math::random() * 4_294_967_295.0) as u32)
        }),
    ];
    for (i, m) in clicks {
        if let Some(b) = dom.el(i) {
            ls.push(to.on(&b, "click", move |_| msg(m())));
        }
    }
    ls
}
