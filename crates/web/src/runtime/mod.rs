//! The runtime that ties the pieces together: input listeners turn events into [`Msg`]s,
//! [`dispatch`] applies them with [`update`], runs the returned effects
//! ([`crate::effects`]) and asks for one animation frame, in which the [`Renderer`] draws the
//! state. A burst of pointer moves between two frames therefore costs one decode.
//!
//! Listeners are `gloo-events` handles kept in the [`Runtime`] (removed when it is dropped);
//! timers and the pending frame are `gloo` handles too, cancelled on drop. Nothing is leaked
//! with `Closure::forget`.

use crate::dom::id;
use crate::render::{show_fatal, Renderer};
use crate::state::{update, Key, Msg, State};
use gloo_events::{EventListener, EventListenerOptions};
use gloo_render::{request_animation_frame, AnimationFrame};
use gloo_timers::callback::{Interval, Timeout};
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget, HtmlInputElement, HtmlSelectElement, KeyboardEvent};

/// The running app: its state, its renderer and the handles of everything it listens to.
pub struct Runtime {
    state: State,
    renderer: Renderer,
    frame: Option<AnimationFrame>,
    /// The evolution playback timer.
    pub(crate) playback: Option<Interval>,
    /// The pointer-rest timer (writes z to the address).
    pub(crate) rest: Option<Timeout>,
    listeners: Vec<EventListener>,
}

impl Runtime {
    /// The page's elements.
    pub(crate) fn dom(&self) -> &crate::dom::Dom {
        self.renderer.dom()
    }
}

thread_local! {
    /// The page's app, alive for the page's lifetime.
    static APP: RefCell<Option<Rc<RefCell<Runtime>>>> = const { RefCell::new(None) };
}

/// Applies `msg`, runs its effects and schedules a render.
pub fn dispatch(rt: &Rc<RefCell<Runtime>>, msg: Msg) {
    let effects = update(&mut rt.borrow_mut().state, msg);
    for e in effects {
        crate::effects::run(rt, e);
    }
    schedule_render(rt);
}

fn schedule_render(rt: &Rc<RefCell<Runtime>>) {
    if rt.borrow().frame.is_some() {
        return;
    }
    let weak = Rc::downgrade(rt);
    let frame = request_animation_frame(move |_| {
        let Some(rt) = weak.upgrade() else { return };
        let mut r = rt.borrow_mut();
        r.frame = None;
        let Runtime {
            state, renderer, ..
        } = &mut *r;
        if let Err(e) = renderer.render(state) {
            show_fatal(&e);
        }
    });
    rt.borrow_mut().frame = Some(frame);
}

/// Mounts the app on the page and starts it with the address's query.
///
/// # Errors
/// A sentence when the page lacks an element the app needs.
pub fn mount() -> Result<(), String> {
    let dom = crate::dom::Dom::find()?;
    let rt = Rc::new(RefCell::new(Runtime {
        state: State::default(),
        renderer: Renderer::new(dom),
        frame: None,
        playback: None,
        rest: None,
        listeners: Vec::new(),
    }));
    let listeners = listen(&rt);
    rt.borrow_mut().listeners = listeners;
    APP.with(|a| *a.borrow_mut() = Some(rt.clone()));
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    dispatch(&rt, Msg::Start(href));
    Ok(())
}

/// A listener on `target` that turns its events into messages (`None`: no message).
pub(crate) fn on(
    rt: &Weak<RefCell<Runtime>>,
    target: &EventTarget,
    event: &'static str,
    prevent_default: bool,
    f: impl Fn(&Event) -> Option<Msg> + 'static,
) -> EventListener {
    let rt = rt.clone();
    let opts = if prevent_default {
        EventListenerOptions::enable_prevent_default()
    } else {
        EventListenerOptions::default()
    };
    EventListener::new_with_options(target, event, opts, move |e| {
        if let (Some(msg), Some(rt)) = (f(e), rt.upgrade()) {
            dispatch(&rt, msg);
        }
    })
}

/// Makes the message of a button.
type MsgFn = fn() -> Msg;

fn listen(rt: &Rc<RefCell<Runtime>>) -> Vec<EventListener> {
    let weak = Rc::downgrade(rt);
    let r = rt.borrow();
    let dom = r.renderer.dom();
    let mut ls = Vec::new();

    let map = dom.map.clone();
    ls.extend(crate::gestures::listen(&weak, dom));
    let m = map.clone();
    ls.push(on(&weak, &map, "keydown", true, move |e| {
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
        if let Some(z) = crate::gestures::zoom_key(&e.key()) {
            e.prevent_default();
            return Some(Msg::Zoom(z));
        }
        let key = Key::from_dom(&e.key())?;
        e.prevent_default();
        Some(Msg::Key(key, e.shift_key()))
    }));
    if let Some(w) = web_sys::window() {
        ls.push(on(&weak, &w, "resize", false, |_| Some(Msg::Resized)));
    }
    let doc = dom.doc.clone();
    ls.push(on(&weak, &dom.doc, "visibilitychange", false, move |_| {
        Some(Msg::Hidden(doc.hidden()))
    }));

    let value_of =
        |e: &Event| -> Option<String> { Some(e.target()?.dyn_ref::<HtmlSelectElement>()?.value()) };
    if let Some(s) = &dom.dataset_select {
        ls.push(on(&weak, s, "change", false, move |e| {
            value_of(e).map(Msg::PickDataset)
        }));
    }
    if let Some(s) = &dom.model_select {
        ls.push(on(&weak, s, "change", false, move |e| {
            value_of(e).map(Msg::PickModel)
        }));
    }
    if let Some(s) = &dom.evo_slider {
        ls.push(on(&weak, s, "input", false, |e| {
            let i = e
                .target()?
                .dyn_ref::<HtmlInputElement>()?
                .value()
                .parse()
                .ok()?;
            Some(Msg::Slide(i))
        }));
    }
    if let Some(c) = &dom.evo_points {
        ls.push(on(&weak, c, "change", false, |e| {
            let c = e.target()?.dyn_ref::<HtmlInputElement>()?.checked();
            Some(Msg::ShowPoints(c))
        }));
    }
    let clicks: [(&str, MsgFn); 8] = [
        (id::EMBED_OPEN, || Msg::ToggleEmbed),
        (id::EMBED_COPY, || Msg::CopyEmbed),
        (id::EVO_TOGGLE, || Msg::ToggleEvolution),
        (id::EVO_PLAY, || Msg::PlayPause),
        (id::EVO_BACK, || Msg::Step(-1)),
        (id::EVO_FWD, || Msg::Step(1)),
        (id::RETRY, || Msg::Retry),
        (id::SWITCH_RETRY, || Msg::Retry),
    ];
    for (i, msg) in clicks {
        if let Some(b) = dom.el(i) {
            ls.push(on(&weak, &b, "click", false, move |_| Some(msg())));
        }
    }
    ls.extend(crate::views_app::listen(&weak, dom));
    ls.extend(crate::train_panel::listen(&weak, dom));
    ls
}
