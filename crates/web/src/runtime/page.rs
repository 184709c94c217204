//! The page as the runtime runs it: the model's state, the renderer (which owns the page's
//! elements) and the timers of the effects.

use super::effects::{self, Edge, Timers};
use crate::model::msg::{Effect, Msg};
use crate::model::state::State;
use crate::model::update::update;
use crate::ui::dom::Dom;
use crate::ui::render::{show_fatal, Renderer};
use latent_web_kit::{App, Sender};

/// The running page.
pub(crate) struct Page {
    state: State,
    renderer: Renderer,
    timers: Timers,
}

impl Page {
    /// The page before its first message, drawn on `dom`.
    pub(crate) fn new(dom: Dom) -> Self {
        Page {
            state: State::default(),
            renderer: Renderer::new(dom),
            timers: Timers::default(),
        }
    }
}

impl Page {
    /// The address of what is shown now (the cursor and zoom included, which are written
    /// only once they rest).
    pub(crate) fn address(&self) -> String {
        crate::model::address::serialise(&self.state.url_state())
    }
}

impl App for Page {
    type Msg = Msg;
    type Effect = Effect;

    fn update(&mut self, msg: Msg) -> Vec<Effect> {
        update(&mut self.state, msg)
    }

    fn run(effect: Effect, to: &Sender<Self>) {
        effects::run(effect, to);
    }

    fn render(&mut self) {
        if let Err(e) = self.renderer.render(&self.state) {
            show_fatal(&e);
        }
    }
}

impl Edge for Page {
    fn timers(&mut self) -> &mut Timers {
        &mut self.timers
    }

    fn dom(&self) -> &Dom {
        self.renderer.dom()
    }
}
