//! One runtime for a page module built in the Elm architecture: inputs become messages, a
//! pure `update` applies them and returns effects, the effects run here at the edge, and one
//! animation frame draws the state, however many messages arrived since the last frame.
//!
//! A module implements [`App`] (its state, renderer and edge handles in one value) and starts
//! a [`Runtime`] with it. Its listeners, timers and tasks hold a [`Sender`], a weak handle:
//! they send messages while the runtime lives and do nothing after it is dropped. The
//! listeners made with [`Sender::on`] are handed to the runtime ([`Runtime::keep`]) and
//! removed from the page when it is dropped; the pending frame is cancelled then too.
//! Nothing is leaked with `Closure::forget`.
//!
//! ```ignore
//! struct Page { state: State, renderer: Renderer, timer: Option<gloo_timers::callback::Interval> }
//! impl App for Page {
//!     type Msg = Msg;
//!     type Effect = Effect;
//!     fn update(&mut self, msg: Msg) -> Vec<Effect> { update(&mut self.state, msg) }
//!     fn run(effect: Effect, to: &Sender<Self>) {
//!         match effect {
//!             Effect::Fetch(url) => to.spawn(async move {
//!                 Some(Msg::Fetched(latent_web_kit::fetch_bytes(&url, 20_000).await))
//!             }),
//!             Effect::Tick(on) => {
//!                 let t = to.clone();
//!                 to.with(|p| p.timer = on.then(|| Interval::new(350, move || t.send(Msg::Tick))));
//!             }
//!         }
//!     }
//!     fn render(&mut self) { self.renderer.render(&self.state) }
//! }
//! let rt = Runtime::new(Page { .. });
//! let to = rt.sender();
//! rt.keep([to.on(&button, "click", |_| Some(Msg::Play))]);
//! rt.dispatch(Msg::Start);
//! // keep `rt` alive as long as the page (a thread-local): dropping it removes the listeners
//! ```

use gloo_events::{EventListener, EventListenerOptions};
use gloo_render::{request_animation_frame, AnimationFrame};
use std::cell::RefCell;
use std::future::Future;
use std::rc::{Rc, Weak};
use web_sys::{Event, EventTarget};

/// A page module run by a [`Runtime`]: everything it owns (state, renderer, timers, workers).
pub trait App: Sized + 'static {
    /// Every input of the module.
    type Msg: 'static;
    /// What `update` asks the edge to do.
    type Effect;

    /// Applies `msg` (pure in the page's modules) and returns the effects to run, in order.
    fn update(&mut self, msg: Self::Msg) -> Vec<Self::Effect>;

    /// Runs one effect, after `update` returned and with the app not borrowed: `to` sends the
    /// answers (at once or later) and lends the app with [`Sender::with`] to keep handles
    /// (timers, workers) in it.
    fn run(effect: Self::Effect, to: &Sender<Self>);

    /// Draws the state; called once per animation frame after one or more messages. Errors
    /// are the app's to show.
    fn render(&mut self);
}

struct Inner<A: App> {
    app: RefCell<A>,
    frame: RefCell<Option<AnimationFrame>>,
    listeners: RefCell<Vec<EventListener>>,
}

/// The running app: the only strong handle to it. Dropping it drops the app, removes the
/// listeners it keeps and cancels the pending frame.
pub struct Runtime<A: App> {
    inner: Rc<Inner<A>>,
}

impl<A: App> Runtime<A> {
    /// Starts `app` (nothing is drawn until the first message or [`Runtime::request_render`]).
    pub fn new(app: A) -> Self {
        Runtime {
            inner: Rc::new(Inner {
                app: RefCell::new(app),
                frame: RefCell::new(None),
                listeners: RefCell::new(Vec::new()),
            }),
        }
    }

    /// A handle for listeners, timers and tasks.
    pub fn sender(&self) -> Sender<A> {
        Sender(Rc::downgrade(&self.inner))
    }

    /// Keeps `listeners` until the runtime is dropped.
    pub fn keep(&self, listeners: impl IntoIterator<Item = EventListener>) {
        self.inner.listeners.borrow_mut().extend(listeners);
    }

    /// Applies `msg`, runs its effects and asks for a frame.
    pub fn dispatch(&self, msg: A::Msg) {
        dispatch(&self.inner, msg);
    }

    /// Asks for a frame without a message (e.g. the first drawing).
    pub fn request_render(&self) {
        schedule(&self.inner);
    }
}

fn dispatch<A: App>(inner: &Rc<Inner<A>>, msg: A::Msg) {
    let effects = inner.app.borrow_mut().update(msg);
    if !effects.is_empty() {
        let to = Sender(Rc::downgrade(inner));
        for e in effects {
            A::run(e, &to);
        }
    }
    schedule(inner);
}

/// One render per animation frame: a burst of messages between two frames draws once.
fn schedule<A: App>(inner: &Rc<Inner<A>>) {
    if inner.frame.borrow().is_some() {
        return;
    }
    let weak = Rc::downgrade(inner);
    let frame = request_animation_frame(move |_| {
        let Some(inner) = weak.upgrade() else { return };
        // this frame's handle, dropped when the drawing is done
        let _done = inner.frame.borrow_mut().take();
        inner.app.borrow_mut().render();
    });
    *inner.frame.borrow_mut() = Some(frame);
}

/// A weak handle to a [`Runtime`]: sends messages while it lives, does nothing after.
pub struct Sender<A: App>(Weak<Inner<A>>);

impl<A: App> Clone for Sender<A> {
    fn clone(&self) -> Self {
        Sender(self.0.clone())
    }
}

impl<A: App> Sender<A> {
    /// Applies `msg` (see [`Runtime::dispatch`]). Must not be called inside [`Sender::with`].
    pub fn send(&self, msg: A::Msg) {
        if let Some(inner) = self.0.upgrade() {
            dispatch(&inner, msg);
        }
    }

    /// Lends the app to `f` (to keep a timer, read an element); `None` once the runtime is
    /// gone. Must not be called while the app is borrowed (inside `update`, `render` or
    /// another `with`).
    pub fn with<R>(&self, f: impl FnOnce(&mut A) -> R) -> Option<R> {
        let inner = self.0.upgrade()?;
        let mut app = inner.app.borrow_mut();
        Some(f(&mut app))
    }

    /// Asks for a frame without a message.
    pub fn request_render(&self) {
        if let Some(inner) = self.0.upgrade() {
            schedule(&inner);
        }
    }

    /// Runs `task` on the browser's event loop and sends the message it ends with, if any.
    pub fn spawn(&self, task: impl Future<Output = Option<A::Msg>> + 'static) {
        let to = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(msg) = task.await {
                to.send(msg);
            }
        });
    }

    /// A listener on `target` that turns its `event`s into messages (`None`: no message).
    /// Passive: `f` cannot cancel the event (use [`Sender::on_cancelable`]).
    pub fn on(
        &self,
        target: &EventTarget,
        event: &'static str,
        f: impl Fn(&Event) -> Option<A::Msg> + 'static,
    ) -> EventListener {
        self.listener(target, event, EventListenerOptions::default(), f)
    }

    /// As [`Sender::on`], but `f` may call `event.prevent_default()` (a wheel that must not
    /// scroll the page, a key the map takes).
    pub fn on_cancelable(
        &self,
        target: &EventTarget,
        event: &'static str,
        f: impl Fn(&Event) -> Option<A::Msg> + 'static,
    ) -> EventListener {
        self.listener(
            target,
            event,
            EventListenerOptions::enable_prevent_default(),
            f,
        )
    }

    fn listener(
        &self,
        target: &EventTarget,
        event: &'static str,
        opts: EventListenerOptions,
        f: impl Fn(&Event) -> Option<A::Msg> + 'static,
    ) -> EventListener {
        let to = self.clone();
        EventListener::new_with_options(target, event, opts, move |e| {
            if let Some(msg) = f(e) {
                to.send(msg);
            }
        })
    }
}
