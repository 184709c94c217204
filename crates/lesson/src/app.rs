//! The edge of the lesson: the lesson as a [`latent_web_kit::App`] (each input becomes a
//! [`LessonMsg`], applied by the pure [`update`]; the effects run here; one animation frame
//! draws the state), its listeners (the card's buttons, clicks on the map, the page's events)
//! and its talk with the page:
//!
//! - the page names the shown model's files on its `#lesson` section (`data-model`,
//!   `data-view`, `data-encoder`, `data-classifier`, `data-tests`, `data-lesson`) and fires
//!   `latent-lesson-model` on the document when they change;
//! - the lesson fires `latent-lesson-step` on the document with the step's id (`""`: closed),
//!   so the page's address says `lesson=<id>`;
//! - the page fires `latent-lesson-close` when the training evolution opens (its maps are not
//!   the model's final map the lesson draws on);
//! - the language follows `<html lang>` and the page's `latent-language` event, as the
//!   training view does.

use crate::l10n::MESSAGES;
use crate::render::{ids, LessonRenderer};
use crate::state::{update, Lesson, LessonEffect, LessonMsg, Speed, Step, Urls};
use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use latent_i18n::{t, L10n, Text};
use latent_web_kit::{js_msg, localize, rect_uv, App, FetchError, Lookup, Runtime, Sender};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CustomEvent, CustomEventInit, Document, Element, Event, MouseEvent};

/// The lesson's markup, written into `#lesson-body` at [`mount`].
pub const BODY_HTML: &str = include_str!("body.html");
/// The lesson's styles, added to the page's head at [`mount`].
pub const LESSON_CSS: &str = include_str!("lesson.css");
/// The page's event: `<html lang>` changed.
pub const LANGUAGE_EVENT: &str = "latent-language";
/// The page's event: the shown model changed (its files are on `#lesson`).
pub const MODEL_EVENT: &str = "latent-lesson-model";
/// The page's event: close the lesson (the training evolution opened on another map).
pub const CLOSE_EVENT: &str = "latent-lesson-close";
/// The lesson's event to the page: the step shown (`detail`: its id, `""` when closed).
pub const STEP_EVENT: &str = "latent-lesson-step";
/// The page's "Start the lesson" button (the keyboard's focus returns to it on close).
const START_BUTTON: &str = "lesson-start";
/// The id of the lesson's `<style>`.
const STYLE_ID: &str = "lesson-style";
/// Milliseconds a file may take to download.
const FETCH_TIMEOUT_MS: u32 = 30_000;

/// The mounted lesson.
pub struct LessonApp {
    state: Lesson,
    renderer: LessonRenderer,
    l10n: Rc<L10n>,
    /// The language asked for last (a file of an older choice is dropped).
    language: String,
    doc: Document,
    /// The sweep's timer (cancelled on drop).
    timer: Option<Interval>,
}

/// The lesson's messages, and the language's file arriving.
#[derive(Debug)]
pub enum Msg {
    /// A lesson message.
    Lesson(LessonMsg),
    /// The page's language is `code`.
    Language(String),
    /// The messages of `code` arrived (`None`: stay in English).
    Messages(String, Option<String>),
}

/// The lesson's effects, and loading a language.
pub enum Effect {
    /// A lesson effect.
    Lesson(LessonEffect),
    /// Load the messages of `code`.
    LoadLanguage(String),
}

impl App for LessonApp {
    type Msg = Msg;
    type Effect = Effect;

    fn update(&mut self, msg: Msg) -> Vec<Effect> {
        match msg {
            Msg::Lesson(m) => update(&mut self.state, m)
                .into_iter()
                .map(Effect::Lesson)
                .collect(),
            Msg::Language(code) => {
                self.language = code.clone();
                vec![Effect::LoadLanguage(code)]
            }
            Msg::Messages(code, ftl) => {
                if code == self.language {
                    self.set_messages(&code, ftl.as_deref());
                }
                Vec::new()
            }
        }
    }

    fn run(effect: Effect, to: &Sender<Self>) {
        match effect {
            Effect::Lesson(LessonEffect::Fetch { req, url }) => to.spawn(async move {
                let result = latent_web_kit::fetch_bytes(&url, FETCH_TIMEOUT_MS)
                    .await
                    .map_err(|e| match e {
                        FetchError::Failed(why) => t!("lesson-verbatim", text = why),
                        FetchError::TimedOut => {
                            t!("lesson-timed-out", seconds = FETCH_TIMEOUT_MS / 1000)
                        }
                    });
                Some(Msg::Lesson(LessonMsg::Fetched { req, result }))
            }),
            Effect::Lesson(LessonEffect::Timer(t)) => {
                let s = to.clone();
                let timer = t.map(|(ms, generation)| {
                    Interval::new(ms, move || s.send(Msg::Lesson(LessonMsg::Tick(generation))))
                });
                to.with(|a| a.timer = timer);
            }
            Effect::Lesson(LessonEffect::Address(step)) => {
                let detail = step.map_or("", Step::id);
                to.with(|a| fire(&a.doc, STEP_EVENT, detail));
            }
            Effect::LoadLanguage(code) => load_messages(to, code),
        }
    }

    fn render(&mut self) {
        if let Err(e) = self.renderer.render(&self.doc, &self.state, &self.l10n) {
            crate::show_error(&self.l10n.text(&t!("lesson-error-render", detail = e)));
        }
    }
}

impl LessonApp {
    /// Makes the messages of `code` the lesson's (English when `ftl` is `None` or unusable,
    /// with a console warning), localizes the markup again and redraws every sentence.
    fn set_messages(&mut self, code: &str, ftl: Option<&str>) {
        self.l10n = MESSAGES.use_language(code, ftl);
        if let Some(root) = self.doc.el(ids::BODY) {
            localize(&root, &self.l10n);
        }
        self.renderer.relocalize();
        self.render();
    }
}

/// Fires `name` on the document with `detail` (a string).
fn fire(doc: &Document, name: &str, detail: &str) {
    let init = CustomEventInit::new();
    init.set_detail(&JsValue::from_str(detail));
    if let Ok(e) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = doc.dispatch_event(&e);
    }
}

/// Loads the messages of `code` (at once for English and `en-XA`).
fn load_messages(to: &Sender<LessonApp>, code: String) {
    to.spawn(async move {
        let ftl = MESSAGES.fetch(&code, FETCH_TIMEOUT_MS).await;
        Some(Msg::Messages(code, ftl))
    });
}

/// `text` in the lesson's language (English before it has its messages). Safe in the panic
/// hook: it never borrows the lesson.
pub(crate) fn say(text: &Text) -> String {
    MESSAGES.say(text)
}

thread_local! {
    /// The mounted lesson, alive for the page's lifetime.
    static LESSON: RefCell<Option<Runtime<LessonApp>>> = const { RefCell::new(None) };
}

/// The model's files as the page names them on `#lesson`.
fn urls(doc: &Document) -> Option<Urls> {
    let s = doc.el(ids::SECTION)?;
    let a = |n: &str| s.get_attribute(n).unwrap_or_default();
    let u = Urls {
        model: a("data-model"),
        view: a("data-view"),
        encoder: a("data-encoder"),
        classifier: a("data-classifier"),
        tests: a("data-tests"),
        lesson: a("data-lesson"),
        manifest: a("data-manifest"),
        study: a("data-study"),
    };
    (!u.view.is_empty()).then_some(u)
}

/// Mounts the lesson on the page's `#lesson-body` (or shows it again at `step` when it is
/// mounted): the page calls this when the lesson opens. `step`: a step id (`lesson=`); an
/// unknown or empty one is the first step.
///
/// # Errors
/// A sentence when the page lacks the lesson's elements.
pub fn mount(step: &str) -> Result<(), String> {
    let step = Step::from_id(step).unwrap_or(Step::Encode);
    let shown = LESSON.with(|l| {
        l.borrow().as_ref().map(|rt| {
            rt.dispatch(Msg::Lesson(LessonMsg::Go(step)));
        })
    });
    if shown.is_some() {
        return Ok(());
    }
    mount_lesson(step).map_err(|e| say(&e))
}

fn mount_failed(e: JsValue) -> Text {
    t!("lesson-error-mount", detail = js_msg(e))
}

fn mount_lesson(step: Step) -> Result<(), Text> {
    let no = |what: &str| t!("lesson-error-mount", detail = what);
    let window = web_sys::window().ok_or_else(|| no("no window"))?;
    let doc = window.document().ok_or_else(|| no("no document"))?;
    let body = doc.el(ids::BODY).ok_or_else(|| no("no #lesson-body"))?;
    if doc.el(STYLE_ID).is_none() {
        let style = doc.create_element("style").map_err(mount_failed)?;
        style.set_id(STYLE_ID);
        style.set_text_content(Some(LESSON_CSS));
        doc.head()
            .ok_or_else(|| no("the page has no <head>"))?
            .append_child(&style)
            .map_err(mount_failed)?;
    }
    body.set_inner_html(BODY_HTML);
    let reduced = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten();
    let rt = Runtime::new(LessonApp {
        state: Lesson::default(),
        renderer: LessonRenderer::default(),
        l10n: Rc::new(crate::l10n::english()),
        language: "en".into(),
        doc: doc.clone(),
        timer: None,
    });
    let mut ls = listen(&rt.sender(), &doc);
    if let Some(mq) = &reduced {
        rt.dispatch(Msg::Lesson(LessonMsg::ReducedMotion(mq.matches())));
        ls.push(rt.sender().on(mq, "change", |e| {
            let mq = e.target()?.dyn_into::<web_sys::MediaQueryList>().ok()?;
            Some(Msg::Lesson(LessonMsg::ReducedMotion(mq.matches())))
        }));
    }
    rt.keep(ls);
    rt.dispatch(Msg::Language(MESSAGES.page_language(&doc)));
    if let Some(u) = urls(&doc) {
        rt.dispatch(Msg::Lesson(LessonMsg::Model(u)));
    }
    rt.dispatch(Msg::Lesson(LessonMsg::Go(step)));
    rt.request_render();
    LESSON.with(|l| *l.borrow_mut() = Some(rt));
    Ok(())
}

type LessonFn = fn() -> LessonMsg;

/// The point of the map under a click: the pointer against the map's on-screen rectangle (the
/// page's one mapping, [`rect_uv`]) through the window the page shows.
fn click_z(doc: &Document, e: &MouseEvent, over: &Element) -> Option<[f32; 2]> {
    let r = over.get_bounding_client_rect();
    let (u, v) = rect_uv(
        e.client_x() as f64,
        e.client_y() as f64,
        [r.left(), r.top(), r.width(), r.height()],
    )?;
    let w = doc.el(ids::MAP_BOX)?.get_attribute("data-window")?;
    let b: Vec<f32> = w.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    (b.len() == 4).then(|| [b[0] + u * (b[2] - b[0]), b[3] - v * (b[3] - b[1])])
}

/// The page's cursor (`#z-readout[data-z1][data-z2]`).
fn cursor_z(doc: &Document) -> Option<[f32; 2]> {
    let e = doc.el(ids::Z_READOUT)?;
    let f = |n: &str| e.get_attribute(n)?.parse::<f32>().ok();
    Some([f("data-z1")?, f("data-z2")?])
}

/// The lesson's listeners.
fn listen(to: &Sender<LessonApp>, doc: &Document) -> Vec<EventListener> {
    let mut ls = Vec::new();
    let clicks: [(&str, LessonFn); 8] = [
        (ids::BACK, || LessonMsg::Back),
        (ids::NEXT, || LessonMsg::Next),
        (ids::FORWARD, || LessonMsg::Forward),
        (ids::BACKWARD, || LessonMsg::Backward),
        (ids::ANOTHER, || LessonMsg::Another),
        (ids::CLOSE, || LessonMsg::Close),
        (ids::PLAY, || LessonMsg::Play),
        (ids::GUESS, || LessonMsg::Play),
    ];
    for (i, msg) in clicks {
        let Some(b) = doc.el(i) else { continue };
        match i {
            ids::PLAY => ls.push(to.on(&b, "click", |e| {
                let playing = e
                    .target()?
                    .dyn_into::<Element>()
                    .ok()?
                    .get_attribute("aria-pressed")
                    .as_deref()
                    == Some("true");
                Some(Msg::Lesson(if playing {
                    LessonMsg::Pause
                } else {
                    LessonMsg::Play
                }))
            })),
            ids::CLOSE => {
                // the keyboard's focus goes back to the page's button that opened the lesson
                let d = doc.clone();
                ls.push(to.on(&b, "click", move |_| {
                    if let Some(start) = d
                        .get_element_by_id(START_BUTTON)
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = start.focus();
                    }
                    Some(Msg::Lesson(LessonMsg::Close))
                }));
            }
            ids::GUESS => {
                let d = doc.clone();
                ls.push(to.on(&b, "click", move |_| {
                    Some(Msg::Lesson(LessonMsg::Guess(cursor_z(&d)?)))
                }));
            }
            _ => ls.push(to.on(&b, "click", move |_| Some(Msg::Lesson(msg())))),
        }
    }
    if let Some(list) = doc.el(ids::STEPS) {
        ls.push(to.on(&list, "click", |e| {
            let b = e
                .target()?
                .dyn_into::<Element>()
                .ok()?
                .closest("button[data-step]")
                .ok()??;
            let step = Step::from_id(&b.get_attribute("data-step")?)?;
            Some(Msg::Lesson(LessonMsg::Go(step)))
        }));
    }
    if let Some(o) = doc.el(ids::OPTIONS) {
        ls.push(to.on(&o, "click", |e| {
            let b = e
                .target()?
                .dyn_into::<Element>()
                .ok()?
                .closest("button[data-answer]")
                .ok()??;
            let i = b.get_attribute("data-answer")?.parse().ok()?;
            Some(Msg::Lesson(LessonMsg::Answer(i)))
        }));
    }
    if let Some(b) = doc.el(ids::Q_ANOTHER) {
        ls.push(to.on(&b, "click", |_| Some(Msg::Lesson(LessonMsg::Another))));
    }
    if let Some(s) = doc.el(ids::SPEED) {
        ls.push(to.on(&s, "change", |e| {
            let s = e.target()?.dyn_into::<web_sys::HtmlSelectElement>().ok()?;
            Some(Msg::Lesson(LessonMsg::Speed(Speed::from_id(&s.value())?)))
        }));
    }
    // a click on the map is the encode step's guess
    // (the page's map canvas takes the pointer; its overlay, the same box never transformed,
    // is what the page maps the pointer against)
    if let (Some(map), Some(over)) = (doc.el(ids::MAP), doc.el(ids::MAP_OVERLAY)) {
        let (d, o) = (doc.clone(), over.clone());
        ls.push(to.on(&map, "click", move |e: &Event| {
            let z = click_z(&d, e.dyn_ref::<MouseEvent>()?, &o)?;
            Some(Msg::Lesson(LessonMsg::Guess(z)))
        }));
    }
    let d = doc.clone();
    ls.push(to.on(doc, MODEL_EVENT, move |_| {
        Some(Msg::Lesson(LessonMsg::Model(urls(&d)?)))
    }));
    let d = doc.clone();
    ls.push(to.on(doc, LANGUAGE_EVENT, move |_| {
        Some(Msg::Language(MESSAGES.page_language(&d)))
    }));
    ls.push(to.on(doc, CLOSE_EVENT, |_| Some(Msg::Lesson(LessonMsg::Close))));
    ls
}

/// The lesson's panic hook writes here.
pub(crate) fn error_line(doc: &Document) -> Option<Element> {
    doc.el(ids::ERROR)
}
