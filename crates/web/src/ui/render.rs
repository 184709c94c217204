//! The renderer: the only code that writes to the page. [`Renderer::render`] draws a
//! [`State`]; it remembers what it drew last, so a frame after a pointer move decodes once
//! and touches only the readouts and the marker, while a new map (model, epoch) repaints the
//! map, axes, labels and legend. The page around the map is [`super::chrome`] and
//! [`super::evolution`]'s; the hands-on views draw themselves ([`ToolsRenderer`]).

use super::chrome::{self, Chrome};
use super::dom::Dom;
use super::{evolution, ids, language, paint};
use crate::model::evolution::Decoder;
use crate::model::state::State;
use crate::model::text::{class_label, percent, z_readout};
use crate::model::zoom::Zoom;
use crate::tools::render::ToolsRenderer;
use latent_core::bundle::ViewFile;
use latent_core::palette;
use latent_i18n::{num, t, L10n};
use latent_web_kit::{attr, text};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Draws states onto the page; see the module docs.
pub struct Renderer {
    dom: Dom,
    /// `State::map_version` of the map on screen.
    map_version: Option<u64>,
    /// The page around the map: switchers and figures.
    chrome: Chrome,
    /// The decoder and z of the image on screen.
    decoded_of: Option<(*const ViewFile, [f32; 2])>,
    /// What the points layer shows: map version, on/off.
    points_of: Option<(u64, bool)>,
    /// The announcement last written.
    announced: u64,
    /// `State::chrome` of the page around the map as last drawn.
    chrome_of: Option<u64>,
    legend_items: Vec<web_sys::Element>,
    legend_current: Option<u8>,
    rgba: Vec<u8>,
    /// Moving average of the decode time, milliseconds, and the number of decodes.
    decode_ms: f64,
    decodes: u64,
    /// The hands-on views' part.
    tools: ToolsRenderer,
    /// The map version and zoom the map's transform, axes and zoom bar show.
    zoom_of: Option<(u64, Zoom)>,
    /// The language the page is written in (`None` before the first frame).
    lang_of: Option<*const L10n>,
    /// `State::lang_loading` when `<html lang dir>` were last considered.
    lang_loading_of: Option<Option<&'static str>>,
    /// The address the QR code on screen holds.
    qr_of: Option<String>,
    /// The view file named on the lesson's section.
    lesson_model: Option<String>,
    /// The compared model's panel.
    compare: super::compare::CompareRenderer,
}

impl Renderer {
    /// A renderer for the page's elements.
    pub fn new(dom: Dom) -> Self {
        Renderer {
            dom,
            map_version: None,
            chrome: Chrome::default(),
            decoded_of: None,
            points_of: None,
            announced: 0,
            chrome_of: None,
            legend_items: Vec::new(),
            legend_current: None,
            rgba: vec![0; latent_core::IMAGE_PIXELS * 4],
            decode_ms: 0.0,
            decodes: 0,
            tools: ToolsRenderer::default(),
            zoom_of: None,
            lang_of: None,
            lang_loading_of: None,
            qr_of: None,
            lesson_model: None,
            compare: Default::default(),
        }
    }

    /// Forgets what was drawn: the next frame writes every text again (a new language).
    fn forget(&mut self) {
        self.map_version = None;
        self.chrome = Chrome::default();
        self.decoded_of = None;
        self.points_of = None;
        self.chrome_of = None;
        self.legend_items.clear();
        self.legend_current = None;
        self.tools = ToolsRenderer::default();
        self.compare = Default::default();
        self.zoom_of = None;
    }

    /// The elements (for the input side to attach listeners and read pointer positions).
    pub fn dom(&self) -> &Dom {
        &self.dom
    }

    /// Draws `s`.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call (shown in `#error` by the caller).
    pub fn render(&mut self, s: &State) -> Result<(), String> {
        // the page around the map changes only with messages other than cursor moves: a
        // frame after a pointer move skips it (the hot path decodes and draws the marker)
        let lang = Rc::as_ptr(&s.lang.0);
        if self.lang_of != Some(lang) {
            // a new language: the static markup, `<html lang dir>` and the menu now, and
            // every sentence the renderer writes in this frame
            let first = self.lang_of.is_none();
            self.forget();
            self.lang_of = Some(lang);
            crate::model::text::LAST_LANG.with(|l| *l.borrow_mut() = Some(s.lang.0.clone()));
            language::language(&self.dom, s, first);
        }
        if self.lang_loading_of != Some(s.lang_loading) {
            // a language's messages requested, arrived or failed: `<html lang dir>` of the
            // language in force once nothing loads (English's after a failure), and the first
            // messages in it if the page wrote them in another
            self.lang_loading_of = Some(s.lang_loading);
            language::html_lang(&self.dom, s);
            language::settle_early(&self.dom, s);
        }
        let chrome_changed = self.chrome_of != Some(s.chrome);
        if chrome_changed {
            self.chrome_of = Some(s.chrome);
            chrome::page(&self.dom, s);
            self.chrome.controls(&self.dom, s)?;
            chrome::train_panel(&self.dom, s);
            chrome::lesson(&self.dom, s, &mut self.lesson_model);
        }
        if self.announced != s.announce.0 {
            self.announced = s.announce.0;
            // every new sentence is written, even one equal to the last (a key pressed at the
            // map's edge): screen readers speak a live region's changes, not its content
            if let Some(e) = self.dom.el(ids::ANNOUNCE) {
                e.set_text_content(Some(&s.tr(&s.announce.1)));
            }
        }
        chrome::embed_panel(&self.dom, s); // its snippet names the cursor
        super::qr::render(&self.dom, s, &mut self.qr_of);
        self.compare.render(&self.dom, s, chrome_changed)?;
        let Some(model) = s.model.clone() else {
            return Ok(());
        };
        if self.map_version != Some(s.map_version) {
            self.map_version = Some(s.map_version);
            if let Some(m) = s.map() {
                let names = class_labels(s);
                let epoch = s.evo.open.as_ref().map(|e| e.epoch());
                paint::map(&self.dom, &s.lang, m, &names, epoch)?;
                self.legend_items = paint::legend(&self.dom, &s.lang, m, &names)?;
                self.legend_current = None;
            }
        }
        let zoom = s.zoom_shown();
        if self.zoom_of != Some((s.map_version, zoom)) {
            self.zoom_of = Some((s.map_version, zoom));
            if let (Some(m), Some(w)) = (s.map(), s.window()) {
                paint::axes(&self.dom, &s.lang, &w.bounds)?;
                paint::zoom(&self.dom, &s.lang, &m.grid, &zoom, s.evo.open.is_some());
                paint::map_labels(&self.dom, m, &class_labels(s), zoom.window_uv(&m.grid))?;
            }
        }
        // the cursor's marker reads its canvas's size: here, right after the labels' own size
        // reads, before the writes below, so that a frame that changed the page lays it out
        // once in this function, not twice (the first frame: ~25 ms less at a phone's speed)
        let uv = s.window().map_or([0.5; 2], |g| g.uv_of(s.z()));
        let resized = paint::marker(&self.dom, uv, if s.mode.present { 2.0 } else { 1.0 });
        self.chrome.metrics(&self.dom, s, &model);
        if chrome_changed {
            evolution::evolution(&self.dom, s);
        }
        self.decode(s)?;
        self.readouts(s);
        let points = s.evo.open.as_ref().is_some_and(|e| e.points);
        // a decoded image overlaid in the map's top-right corner (small embeds) moves aside
        self.dom
            .body_data("cursorCorner", (uv[0] > 0.55 && uv[1] < 0.45).then_some(""));
        if resized || self.points_of != Some((s.map_version, points)) {
            self.points_of = Some((s.map_version, points));
            let shown = s.evo.open.as_ref().filter(|e| e.points).map(|e| {
                (
                    &e.data.frames[e.frame],
                    e.data.labels.as_slice(),
                    e.data.meta.class_names.len(),
                )
            });
            paint::points(&self.dom, shown);
        }
        self.tools.render(&self.dom, s)?;
        Ok(())
    }

    /// Decodes the cursor with the current decoder, when either changed since the last
    /// frame: at most one decode per frame.
    fn decode(&mut self, s: &State) -> Result<(), String> {
        let z = s.z();
        let dec = &self.dom.decoded;
        match s.decoder() {
            Some(Decoder::Ready(ex, note, tag)) => {
                let key = (Rc::as_ptr(&ex), z);
                if self.decoded_of != Some(key) {
                    self.decoded_of = Some(key);
                    let t0 = latent_web_kit::now_ms();
                    let pixels = ex.decode(z);
                    let dt = latent_web_kit::now_ms() - t0;
                    self.decodes += 1;
                    self.decode_ms = if self.decodes == 1 {
                        dt
                    } else {
                        0.75 * self.decode_ms + 0.25 * dt
                    };
                    paint::decoded(&self.dom, &pixels, &mut self.rgba)?;
                    let ds = dec.dataset();
                    let _ = ds.set("decodes", &self.decodes.to_string());
                    let _ = ds.set("decodeMs", &format!("{dt:.3}"));
                    let _ = ds.set("z", &format!("{},{}", z[0], z[1]));
                    let _ = ds.set("epoch", &tag);
                    text(
                        &self.dom,
                        ids::DECODE_TIME,
                        &s.tr(&t!("decode-ms", ms = num(self.decode_ms, 2))),
                    );
                }
                if dec.class_list().contains("stale") {
                    let _ = dec.class_list().remove_1("stale");
                }
                text(&self.dom, ids::DECODER_NOTE, &s.tr(&note));
            }
            Some(Decoder::Wait(note)) => {
                if !dec.class_list().contains("stale") {
                    let _ = dec.class_list().add_1("stale");
                }
                text(&self.dom, ids::DECODER_NOTE, &s.tr(&note));
            }
            None => {}
        }
        Ok(())
    }

    /// z, class and confidence under the cursor; the legend marks the class.
    fn readouts(&mut self, s: &State) {
        let z = s.z();
        let text = s.tr(&z_readout(z));
        if let Some(r) = self.dom.el(ids::Z_READOUT) {
            if r.text_content().as_deref() != Some(text.as_str()) {
                r.set_text_content(Some(&text));
                attr(&r, "data-z1", Some(&z[0].to_string()));
                attr(&r, "data-z2", Some(&z[1].to_string()));
            }
        }
        let at = s.class_at_cursor();
        let (class, conf) = match at {
            Some((c, p)) => (s.tr(&class_label(s.class_names(), c)), s.tr(&percent(p))),
            None => (s.tr(&t!("readout-off-map")), s.tr(&t!("dash"))),
        };
        latent_web_kit::text(&self.dom, ids::MAP_CLASS, &class);
        latent_web_kit::text(&self.dom, ids::MAP_CONFIDENCE, &conf);
        let c = at.map(|(c, _)| c);
        if c != self.legend_current {
            if let Some(old) = self
                .legend_current
                .and_then(|c| self.legend_items.get(c as usize))
            {
                let _ = old.class_list().remove_1("current");
            }
            if let Some(new) = c.and_then(|c| self.legend_items.get(c as usize)) {
                let _ = new.class_list().add_1("current");
            }
            self.legend_current = c;
        }
        if let Some(mc) = self.dom.el(ids::MAP_CLASS) {
            let colour = c.map_or("transparent".into(), palette::class_hex);
            let _ = mc
                .unchecked_ref::<HtmlElement>()
                .style()
                .set_property("--class-colour", &colour);
        }
    }
}

/// Shows a fatal message (a panic, or a failure of the app itself) in `#error` and sets
/// `<body data-state="error">`; the one place outside [`Renderer`] that writes to the page,
/// for when no renderer can be trusted.
pub fn show_fatal(msg: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(e) = doc.get_element_by_id(ids::ERROR) {
        e.set_text_content(Some(msg));
        let _ = e.remove_attribute("hidden");
    }
    if let Some(e) = doc.get_element_by_id(ids::STATUS) {
        let _ = e.set_attribute("hidden", "");
    }
    if let Some(b) = doc.body() {
        let _ = b.dataset().set("state", "error");
    }
}

/// The class names of the map on screen in the page's language.
fn class_labels(s: &State) -> Vec<String> {
    let names = s.class_names();
    (0..names.len())
        .map(|c| s.tr(&class_label(names, c as u8)))
        .collect()
}
