//! The renderer: the only code that writes to the page. [`Renderer::render`] draws a
//! [`State`]; it remembers what it drew last, so a frame after a pointer move decodes once
//! and touches only the readouts and the marker, while a new map (model, epoch) repaints the
//! map, axes, labels and legend.

use crate::dom::{id, Dom};
use crate::evo::Decoder;
use crate::paint_views as pv;
use crate::state::{class_name, human_bytes, State};
use crate::{paint, view, Explorer};
use latent_core::palette;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// Draws states onto the page; see the module docs.
pub struct Renderer {
    dom: Dom,
    /// `State::map_version` of the map on screen.
    map_version: Option<u64>,
    /// The model and entry whose figures are shown.
    metrics_of: Option<(*const Explorer, Option<usize>)>,
    /// The manifest and entry the switchers were filled for.
    controls_of: Option<(*const latent_core::bundle::Manifest, Option<usize>)>,
    /// The decoder and z of the image on screen.
    decoded_of: Option<(*const Explorer, [f32; 2])>,
    /// What the points layer shows: map version, on/off.
    points_of: Option<(u64, bool)>,
    /// The announcement last written.
    announced: u64,
    /// `State::chrome` of the page around the map as last drawn.
    chrome_of: Option<u64>,
    legend_items: Vec<Element>,
    legend_current: Option<u8>,
    rgba: Vec<u8>,
    /// Moving average of the decode time, milliseconds, and the number of decodes.
    decode_ms: f64,
    decodes: u64,
    /// The hands-on views' part.
    views: crate::render_views::ViewsRenderer,
    /// The map version and zoom the map's transform, axes and zoom bar show.
    zoom_of: Option<(u64, crate::zoom::Zoom)>,
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

impl Renderer {
    /// A renderer for the page's elements.
    pub fn new(dom: Dom) -> Self {
        Renderer {
            dom,
            map_version: None,
            metrics_of: None,
            controls_of: None,
            decoded_of: None,
            points_of: None,
            announced: 0,
            chrome_of: None,
            legend_items: Vec::new(),
            legend_current: None,
            rgba: vec![0; latent_core::IMAGE_PIXELS * 4],
            decode_ms: 0.0,
            decodes: 0,
            views: Default::default(),
            zoom_of: None,
        }
    }

    /// The elements (for the input side to attach listeners and read pointer positions).
    pub fn dom(&self) -> &Dom {
        &self.dom
    }

    fn text(&self, i: &str, t: &str) {
        if let Some(e) = self.dom.el(i) {
            if e.text_content().as_deref() != Some(t) {
                e.set_text_content(Some(t));
            }
        }
    }

    fn hidden(&self, i: &str, hide: bool) {
        if let Some(e) = self.dom.el(i) {
            set_hidden(&e, hide);
        }
    }

    /// Shows `t` in element `i`, or hides it for `None`.
    fn message(&self, i: &str, t: Option<&str>) {
        self.text(i, t.unwrap_or(""));
        self.hidden(i, t.is_none());
    }

    fn body_data(&self, key: &str, v: Option<&str>) {
        let ds = self.dom.body.dataset();
        match v {
            Some(v) if ds.get(key).as_deref() != Some(v) => {
                let _ = ds.set(key, v);
            }
            None if ds.get(key).is_some() => ds.delete(key),
            _ => {}
        }
    }

    /// Draws `s`.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call (shown in `#error` by the caller).
    pub fn render(&mut self, s: &State) -> Result<(), String> {
        // the page around the map changes only with messages other than cursor moves: a
        // frame after a pointer move skips it (the hot path decodes and draws the marker)
        let chrome_changed = self.chrome_of != Some(s.chrome);
        if chrome_changed {
            self.chrome_of = Some(s.chrome);
            self.page(s);
            self.controls(s)?;
            train_panel(&self.dom, s);
        }
        if self.announced != s.announce.0 {
            self.announced = s.announce.0;
            // every new sentence is written, even one equal to the last (a key pressed at the
            // map's edge): screen readers speak a live region's changes, not its content
            if let Some(e) = self.dom.el(id::ANNOUNCE) {
                e.set_text_content(Some(&s.announce.1));
            }
        }
        self.embed_panel(s); // its snippet names the cursor
        let Some(model) = s.model.clone() else {
            return Ok(());
        };
        if self.map_version != Some(s.map_version) {
            self.map_version = Some(s.map_version);
            if let Some(m) = s.map() {
                let names = s.class_names();
                paint::map(&self.dom, m, names, s.evo.as_ref().map(|e| e.epoch()))?;
                self.legend_items = paint::legend(&self.dom, m, names)?;
                self.legend_current = None;
            }
        }
        let zoom = s.zoom_shown();
        if self.zoom_of != Some((s.map_version, zoom)) {
            self.zoom_of = Some((s.map_version, zoom));
            if let (Some(m), Some(w)) = (s.map(), s.window()) {
                paint::axes(&self.dom, &w.bounds)?;
                paint::zoom(&self.dom, &m.grid, &zoom, s.evo.is_some());
                paint::map_labels(&self.dom, m, s.class_names(), zoom.window_uv(&m.grid))?;
            }
        }
        self.metrics(s, &model);
        if chrome_changed {
            self.evolution(s);
        }
        self.decode(s)?;
        self.readouts(s);
        let points = s.evo.as_ref().is_some_and(|e| e.points);
        let uv = s.window().map_or([0.5; 2], |g| g.uv_of(s.z()));
        // a decoded image overlaid in the map's top-right corner (small embeds) moves aside
        self.body_data("cursorCorner", (uv[0] > 0.55 && uv[1] < 0.45).then_some(""));
        let resized = paint::marker(&self.dom, uv, if s.present { 2.0 } else { 1.0 });
        if resized || self.points_of != Some((s.map_version, points)) {
            self.points_of = Some((s.map_version, points));
            let shown = s.evo.as_ref().filter(|e| e.points).map(|e| {
                (
                    &e.data.frames[e.frame],
                    e.data.labels.as_slice(),
                    e.data.meta.class_names.len(),
                )
            });
            paint::points(&self.dom, shown);
        }
        self.views.render(&self.dom, s)?;
        Ok(())
    }

    /// Page state, loading line, errors, notices, announcements.
    fn page(&mut self, s: &State) {
        let state = s.page_state();
        self.body_data("state", Some(state));
        self.body_data("embed", s.embed.then_some(""));
        self.body_data("present", s.present.then_some(""));
        if let Some(html) = self.dom.doc.document_element() {
            attr(&html, "data-present", s.present.then_some(""));
        }
        for (k, v) in s.parts.keyed() {
            self.body_data(k, v.map(|on| if on { "1" } else { "0" }));
        }
        let status = match (&s.model, &s.error, &s.wanted) {
            (None, None, Some(w)) => Some(format!("Loading {}…", w.what)),
            (None, None, None) => Some("Loading the list of models…".to_string()),
            _ => None,
        };
        self.message(id::STATUS, status.as_deref());
        self.message(id::ERROR, s.error.as_ref().map(|f| f.text.as_str()));
        self.hidden(
            id::ERROR_ACTIONS,
            !s.error.as_ref().is_some_and(|f| f.retry),
        );
        let mut notices = s.notices.clone();
        if let Some(e) = &s.manifest_error {
            notices.push(format!("{e} The model switchers are not available."));
        }
        self.message(
            id::NOTICE,
            (!notices.is_empty()).then(|| notices.join(" ")).as_deref(),
        );
        // a switch in progress: the old map stays, dimmed, with a loading line
        let busy = s
            .wanted
            .as_ref()
            .filter(|_| s.model.is_some())
            .map(|w| format!("Loading {}…", w.what));
        self.text(id::SWITCH_STATUS, busy.as_deref().unwrap_or(""));
        self.body_data("busy", busy.as_ref().map(|_| "switch"));
        if let Some(b) = self.dom.el(id::MAP_BOX) {
            let on = busy.is_some();
            if b.class_list().contains("busy") != on {
                let _ = b.class_list().toggle_with_force("busy", on);
            }
        }
        if let Some(p) = self.dom.el(id::MAP_FRAME) {
            attr(&p, "aria-busy", busy.as_ref().map(|_| "true"));
        }
        self.message(
            id::SWITCH_ERROR,
            s.switch_error.as_ref().map(|f| f.text.as_str()),
        );
        self.hidden(
            id::SWITCH_RETRY,
            !s.switch_error.as_ref().is_some_and(|f| f.retry),
        );
        let meta = s.model.as_ref().map(|m| &m.bundle().meta);
        let model_id = s
            .entry_ref()
            .map(|e| e.id.as_str())
            .or(meta.map(|m| m.model.as_str()));
        self.body_data("model", model_id);
        self.body_data("dataset", meta.map(|m| m.dataset.as_str()));
    }

    /// The "Embed" button and its panel with the `<iframe>` snippet of the current state.
    fn embed_panel(&self, s: &State) {
        if let Some(b) = self.dom.el(id::EMBED_OPEN) {
            attr(
                &b,
                "aria-expanded",
                Some(if s.embed_open { "true" } else { "false" }),
            );
        }
        self.hidden(id::EMBED_PANEL, !s.embed_open);
        if !s.embed_open {
            return;
        }
        if let Some(t) = self.dom.el(id::EMBED_CODE) {
            let code = s.embed_snippet();
            let t: &web_sys::HtmlTextAreaElement = t.unchecked_ref();
            if t.value() != code {
                t.set_value(&code);
            }
        }
        self.text(
            id::EMBED_STATUS,
            match s.copied {
                Some(true) => "Copied.",
                Some(false) => "Copying was not allowed: select the code and copy it.",
                None => "",
            },
        );
    }

    /// The dataset and model switchers, filled for the entry they show.
    fn controls(&mut self, s: &State) -> Result<(), String> {
        let Some(manifest) = &s.manifest else {
            self.hidden(id::TOOLBAR, true);
            return Ok(());
        };
        // nothing shown yet (a failed first load): the switchers offer the default entry
        let cur = s.shown_entry().unwrap_or(0);
        let key = (Rc::as_ptr(manifest), s.shown_entry());
        if self.controls_of == Some(key) {
            return Ok(());
        }
        self.controls_of = Some(key);
        let cur_ds = manifest.bundles[cur].dataset.clone();
        let datasets = view::datasets(manifest);
        let models: Vec<(String, String)> = manifest
            .bundles
            .iter()
            .filter(|b| b.dataset == cur_ds)
            .map(|b| (b.id.clone(), b.label.clone()))
            .collect();
        let doc = &self.dom.doc;
        let fill = |select: &Option<web_sys::HtmlSelectElement>,
                    options: &[(String, String)],
                    value: &str|
         -> Result<bool, String> {
            let Some(select) = select else {
                return Ok(false);
            };
            let same = select.length() as usize == options.len()
                && options.iter().enumerate().all(|(i, (v, _))| {
                    select
                        .item(i as u32)
                        .and_then(|o| o.get_attribute("value"))
                        .as_deref()
                        == Some(v.as_str())
                });
            if !same {
                select.set_text_content(None);
                for (v, label) in options {
                    let opt = doc.create_element("option").map_err(|_| "no <option>")?;
                    let _ = opt.set_attribute("value", v);
                    opt.set_text_content(Some(label));
                    let _ = select.append_child(&opt);
                }
            }
            select.set_value(value);
            Ok(true)
        };
        let has_ds = fill(&self.dom.dataset_select, &datasets, &cur_ds)?;
        let has_model = fill(&self.dom.model_select, &models, &manifest.bundles[cur].id)?;
        if s.shown_entry().is_none() {
            // nothing loaded (a failed first load): no model is selected, so picking the
            // default one is a change too
            if let Some(m) = &self.dom.model_select {
                m.set_selected_index(-1);
            }
        }
        self.hidden(id::DATASET_PICKER, !has_ds || datasets.len() < 2);
        self.hidden(id::MODEL_PICKER, !has_model || manifest.bundles.len() < 2);
        self.hidden(id::TOOLBAR, manifest.bundles.len() < 2);
        Ok(())
    }

    /// The shown model, its dataset, the manifest's summary and the bundle's figures.
    fn metrics(&mut self, s: &State, model: &Rc<Explorer>) {
        let key = (Rc::as_ptr(model), s.entry);
        if self.metrics_of == Some(key) {
            return;
        }
        self.metrics_of = Some(key);
        let Some(section) = self.dom.el(id::METRICS) else {
            return;
        };
        let meta = &model.bundle().meta;
        let entry = s.entry_ref();
        let label = entry.map_or(meta.model.clone(), |e| e.label.clone());
        let dataset = match entry {
            Some(e) if !e.dataset_label.trim().is_empty() => e.dataset_label.clone(),
            _ => view::dataset_name(&meta.dataset),
        };
        let epochs = match meta.epochs {
            0 => String::new(),
            1 => ", 1 epoch".into(),
            n => format!(", {n} epochs"),
        };
        self.text(id::METRICS_TITLE, &format!("{label} on {dataset}{epochs}"));
        let summary = entry.map(|e| e.summary.trim()).unwrap_or("");
        self.message(id::MODEL_SUMMARY, (!summary.is_empty()).then_some(summary));
        let (test, other) = latent_core::metrics::display_groups(&meta.metrics);
        if let Some(dl) = self.dom.el(id::METRICS_TEST) {
            dl.set_text_content(None);
            for row in &test {
                let (k, v) = (&row.label, &row.value);
                let doc = &self.dom.doc;
                let (Ok(div), Ok(dt), Ok(dd)) = (
                    doc.create_element("div"),
                    doc.create_element("dt"),
                    doc.create_element("dd"),
                ) else {
                    continue;
                };
                div.set_class_name("metric");
                dt.set_text_content(Some(k));
                dd.set_text_content(Some(v));
                let _ = div.append_child(&dt);
                let _ = div.append_child(&dd);
                let _ = dl.append_child(&div);
            }
        }
        let train: Vec<String> = other
            .iter()
            .map(|r| format!("{} {}", r.label, r.value))
            .collect();
        self.message(
            id::METRICS_TRAIN,
            (!train.is_empty())
                .then(|| format!("Training: {}.", train.join(" · ")))
                .as_deref(),
        );
        set_hidden(&section, false);
    }

    /// The evolution control and the open view: slider, epoch, loss, play button.
    fn evolution(&mut self, s: &State) {
        let entry_evo = s.entry_ref().and_then(|e| e.evolution.as_ref());
        self.hidden(id::EVOLUTION, entry_evo.is_none());
        self.message(id::EVO_ERROR, s.evo_error.as_deref());
        let open = s.evo.as_ref();
        if let Some(b) = self.dom.el(id::EVO_TOGGLE) {
            attr(
                &b,
                "aria-expanded",
                Some(if open.is_some() { "true" } else { "false" }),
            );
            attr(&b, "aria-busy", s.evo_loading.map(|_| "true"));
        }
        self.text(
            id::EVO_TOGGLE,
            if open.is_some() {
                "Back to the final model"
            } else {
                "Training evolution"
            },
        );
        self.hidden(id::EVO_PANEL, open.is_none());
        if let Some(b) = self.dom.el(id::MAP_BOX) {
            if b.class_list().contains("evolving") != open.is_some() {
                let _ = b.class_list().toggle_with_force("evolving", open.is_some());
            }
        }
        let Some(e) = open else {
            let hint = match (s.evo_loading, entry_evo) {
                (Some(_), Some(ev)) => format!(
                    "Loading the training evolution ({})…",
                    human_bytes(ev.index_bytes)
                ),
                (None, Some(ev)) => format!(
                    "Watch this latent space form: {} snapshots from epoch {} to {}.",
                    ev.epochs.len(),
                    ev.epochs.first().copied().unwrap_or(0),
                    ev.epochs.last().copied().unwrap_or(0)
                ),
                _ => String::new(),
            };
            self.text(id::EVO_HINT, &hint);
            return;
        };
        let n = e.data.frames.len();
        let last = e.last_epoch();
        self.text(
            id::EVO_HINT,
            &format!(
                "Snapshot {} of {n}, epoch {} of {last}.",
                e.frame + 1,
                e.epoch()
            ),
        );
        if let Some(sl) = &self.dom.evo_slider {
            attr(sl, "max", Some(&(n - 1).to_string()));
            if sl.value() != e.frame.to_string() {
                sl.set_value(&e.frame.to_string());
            }
            attr(
                sl,
                "aria-valuetext",
                Some(&format!("Epoch {} of {last}", e.epoch())),
            );
        }
        if let Some(c) = &self.dom.evo_points {
            if c.checked() != e.points {
                c.set_checked(e.points);
            }
        }
        self.text(id::EVO_EPOCH, &format!("{} of {last}", e.epoch()));
        self.text(
            id::EVO_LOSS,
            &view::loss_text(&e.data.meta.loss_name, e.data.frames[e.frame].test_loss),
        );
        if let Some(b) = self.dom.el(id::EVO_PLAY) {
            // the label says what a press does; `data-playing` is for styles and tests
            attr(
                &b,
                "data-playing",
                Some(if e.playing { "true" } else { "false" }),
            );
        }
        self.text(id::EVO_PLAY, if e.playing { "Pause" } else { "Play" });
        // aria-disabled, not disabled: a button that keeps focus at either end
        for (i, off) in [
            (id::EVO_BACK, e.frame == 0),
            (id::EVO_FWD, e.frame + 1 >= n),
        ] {
            if let Some(b) = self.dom.el(i) {
                attr(
                    &b,
                    "aria-disabled",
                    Some(if off { "true" } else { "false" }),
                );
            }
        }
        self.text(
            id::EVO_POINTS_COUNT,
            &format!(
                "({})",
                latent_core::metrics::thousands(e.data.labels.len() as i64)
            ),
        );
        if let Some(p) = self.dom.el(id::EVO_PANEL) {
            attr(&p, "data-epoch", Some(&e.epoch().to_string()));
            attr(&p, "data-frame", Some(&e.frame.to_string()));
        }
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
                    let t0 = now_ms();
                    let pixels = ex
                        .decode_z(z)
                        .map_err(|e| format!("Decoding z = {z:?} failed: {e}"))?;
                    let dt = now_ms() - t0;
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
                    self.text(id::DECODE_TIME, &format!("{:.2} ms", self.decode_ms));
                }
                if dec.class_list().contains("stale") {
                    let _ = dec.class_list().remove_1("stale");
                }
                self.text(id::DECODER_NOTE, &note);
            }
            Some(Decoder::Wait(note)) => {
                if !dec.class_list().contains("stale") {
                    let _ = dec.class_list().add_1("stale");
                }
                self.text(id::DECODER_NOTE, &note);
            }
            None => {}
        }
        Ok(())
    }

    /// z, class and confidence under the cursor; the legend marks the class.
    fn readouts(&mut self, s: &State) {
        let z = s.z();
        let text = view::z_text(z);
        if let Some(r) = self.dom.el(id::Z_READOUT) {
            if r.text_content().as_deref() != Some(text.as_str()) {
                r.set_text_content(Some(&text));
                attr(&r, "data-z1", Some(&z[0].to_string()));
                attr(&r, "data-z2", Some(&z[1].to_string()));
            }
        }
        let at = s.class_at_cursor();
        let (class, conf) = match at {
            Some((c, p)) => (class_name(s.class_names(), c).to_string(), view::percent(p)),
            None => ("off the map".into(), "–".into()),
        };
        self.text(id::MAP_CLASS, &class);
        self.text(id::MAP_CONFIDENCE, &conf);
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
        if let Some(mc) = self.dom.el(id::MAP_CLASS) {
            let colour = c.map_or("transparent".into(), palette::class_hex);
            let _ = mc
                .unchecked_ref::<HtmlElement>()
                .style()
                .set_property("--class-colour", &colour);
        }
    }
}

fn set_hidden(e: &Element, hide: bool) {
    if e.has_attribute("hidden") != hide {
        let _ = if hide {
            e.set_attribute("hidden", "")
        } else {
            e.remove_attribute("hidden")
        };
    }
}

/// Sets attribute `name` to `v` (removes it for `None`), writing only on a change.
fn attr(e: &Element, name: &str, v: Option<&str>) {
    if e.get_attribute(name).as_deref() != v {
        let _ = match v {
            Some(v) => e.set_attribute(name, v),
            None => e.remove_attribute(name),
        };
    }
}

/// Shows a fatal message (a panic, or a failure of the app itself) in `#error` and sets
/// `<body data-state="error">`; the one place outside [`Renderer`] that writes to the page,
/// for when no renderer can be trusted.
pub fn show_fatal(msg: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(e) = doc.get_element_by_id(id::ERROR) {
        e.set_text_content(Some(msg));
        let _ = e.remove_attribute("hidden");
    }
    if let Some(e) = doc.get_element_by_id(id::STATUS) {
        let _ = e.set_attribute("hidden", "");
    }
    if let Some(b) = doc.body() {
        let _ = b.dataset().set("state", "error");
    }
}

/// The "Train it yourself" panel: open or closed, the line while its module loads (or why it
/// could not), and the line about a view file opened from disk. Everything else inside the
/// panel (`#train-body`) is drawn by the training view's own module once it has mounted.
fn train_panel(dom: &Dom, s: &State) {
    use crate::state::TrainModule;
    let t = &s.train;
    if let Some(b) = dom.el(id::TRAIN_OPEN) {
        pv::attr(
            &b,
            "aria-expanded",
            Some(if t.open { "true" } else { "false" }),
        );
    }
    pv::hidden(dom, id::TRAIN_PANEL, !t.open);
    pv::hidden(dom, id::TRAIN_BODY, t.module != TrainModule::Ready);
    let line = match &t.module {
        TrainModule::Loading => Some("Loading the training view…".to_string()),
        TrainModule::Failed(e) => Some(format!(
            "The training view could not be loaded: {e}. Close and open the panel to try again."
        )),
        TrainModule::Absent | TrainModule::Ready => None,
    };
    // (not a live region: a failure is announced once, by the page's announcer)
    pv::message(dom, id::TRAIN_LOAD, line.as_deref());
    pv::message(dom, id::FILE_NOTICE, s.file.notice.as_deref());
    pv::message(dom, id::FILE_ERROR, s.file.error.as_deref());
}
