//! The hands-on views' listeners (`gloo-events` handles kept by the runtime, removed when it
//! is dropped): the views' buttons, retry and share here; each view's own in its folder.

use super::state::ToolMsg;
use super::Tool;
use crate::model::msg::Msg;
use crate::ui::dom::Dom;
use crate::ui::ids;
use gloo_events::EventListener;
use latent_web_kit::{App, Sender};

type ToolFn = fn() -> ToolMsg;

/// The views' listeners.
pub(crate) fn listen<A: App<Msg = Msg>>(to: &Sender<A>, dom: &Dom) -> Vec<EventListener> {
    #[cfg(feature = "tools")]
    let mut ls = {
        let mut ls = super::encode::input::listen(to, dom);
        ls.extend(super::interp::input::listen(to, dom));
        ls
    };
    #[cfg(not(feature = "tools"))]
    let mut ls = Vec::new();
    let clicks: [(&str, ToolFn); 7] = [
        (ids::TOOL_ENCODE, || ToolMsg::Toggle(Tool::Encode)),
        (ids::TOOL_INTERP, || ToolMsg::Toggle(Tool::Interp)),
        (ids::TOOL_CLASSIFY, || ToolMsg::Toggle(Tool::Classify)),
        (ids::TOOL_TILES, || ToolMsg::Toggle(Tool::Tiles)),
        (ids::TOOLS_RETRY, || ToolMsg::Retry),
        (ids::COPY_LINK, || ToolMsg::CopyLink),
        (ids::SAVE_PNG, || ToolMsg::SavePng),
    ];
    for (i, msg) in clicks {
        if let Some(b) = dom.el(i) {
            ls.push(to.on(&b, "click", move |_| Some(Msg::Tool(msg()))));
        }
    }
    ls
}
