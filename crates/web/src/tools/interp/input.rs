//! The interpolation view's listeners: a click on the map sets the next end; the buttons set
//! an end to the cursor or to the encoded image.

use super::state::InterpMsg;
use crate::model::msg::Msg;
use crate::tools::state::ToolMsg;
use crate::ui::dom::{map_uv, Dom};
use crate::ui::ids;
use gloo_events::EventListener;
use latent_web_kit::{App, Sender};

type InterpFn = fn() -> InterpMsg;

/// The map click and the interpolation panel's buttons.
pub(crate) fn listen<A: App<Msg = Msg>>(to: &Sender<A>, dom: &Dom) -> Vec<EventListener> {
    let mut ls = Vec::new();
    // the map's content box on screen (see `map_uv`)
    let area: web_sys::Element = dom.overlay.clone().into();
    ls.push(to.on(&dom.map, "click", move |e| {
        let (u, v) = map_uv(e, &area)?;
        Some(Msg::Tool(ToolMsg::Interp(InterpMsg::MapClick(u, v))))
    }));
    let clicks: [(&str, InterpFn); 4] = [
        (ids::INTERP_SET_A, || InterpMsg::SetEnd(false)),
        (ids::INTERP_SET_B, || InterpMsg::SetEnd(true)),
        (ids::INTERP_ENC_A, || InterpMsg::EndFromEncoded(false)),
        (ids::INTERP_ENC_B, || InterpMsg::EndFromEncoded(true)),
    ];
    for (i, m) in clicks {
        if let Some(b) = dom.el(i) {
            ls.push(to.on(&b, "click", move |_| Some(Msg::Tool(ToolMsg::Interp(m())))));
        }
    }
    ls
}
