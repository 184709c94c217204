//! The page: loading, switching datasets and models, painting the class map, pointer and
//! keyboard input, readouts, and the training-evolution view.
//!
//! One [`App`] value holds the state (manifest, shown model, cursor `z`, the evolution view)
//! and the elements it writes to. Input handlers only update the state and ask for an
//! animation frame; the frame decodes the cursor once and renders, so a burst of pointer moves
//! costs one decode per frame. Handlers are created once at start-up.
//!
//! Everything larger than the first view is fetched on demand and cached: another model's view
//! file when the visitor picks it (the old map stays on screen, with a loading badge, until the
//! new bundle is parsed), the evolution index when the visitor opens the evolution view, and an
//! epoch's view file (its decoder) only when the visitor decodes at that epoch.

use crate::{view, Explorer};
use latent_core::bundle::{Manifest, ManifestEntry, FORMAT_VERSION};
use latent_core::evolution::Evolution;
use latent_core::latent_map::{ClassMap, Meshgrid};
use latent_core::palette;
use std::cell::RefCell;
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{
    CanvasRenderingContext2d, Document, Element, HtmlCanvasElement, HtmlElement, HtmlInputElement,
    HtmlSelectElement, ImageData, KeyboardEvent, PointerEvent, Response, UrlSearchParams, Window,
};

/// Where the page looks for the list of bundles, relative to itself.
pub const MANIFEST_URL: &str = "weights/manifest.json";

/// Playback speed of the evolution view: one epoch every this many milliseconds (~3 frames/s).
const PLAY_INTERVAL_MS: i32 = 350;

#[wasm_bindgen]
extern "C" {
    /// A pointer event read with fractional coordinates (web-sys rounds them to integers).
    type PrecisePointer;
    #[wasm_bindgen(method, getter, js_name = clientX)]
    fn client_x_f64(this: &PrecisePointer) -> f64;
    #[wasm_bindgen(method, getter, js_name = clientY)]
    fn client_y_f64(this: &PrecisePointer) -> f64;
}

fn window() -> Window {
    web_sys::window().expect("no window")
}

fn document() -> Document {
    window().document().expect("no document")
}

fn by_id<T: JsCast>(id: &str) -> Result<T, String> {
    document()
        .get_element_by_id(id)
        .ok_or_else(|| format!("The page is missing its #{id} element."))?
        .dyn_into::<T>()
        .map_err(|_| format!("The page's #{id} element has the wrong type."))
}

/// An optional element of the page (absent in pages that embed less of the app).
fn el(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

fn js_msg(e: JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        String::from(err.message())
    } else {
        e.as_string().unwrap_or_else(|| format!("{e:?}"))
    }
}

fn set_state(state: &str) {
    if let Some(body) = document().body() {
        let _ = body.dataset().set("state", state);
    }
}

fn body_data(key: &str, value: Option<&str>) {
    if let Some(body) = document().body() {
        match value {
            Some(v) => {
                let _ = body.dataset().set(key, v);
            }
            None => body.dataset().delete(key),
        }
    }
}

fn set_hidden(e: &Element, hidden: bool) {
    let _ = if hidden {
        e.set_attribute("hidden", "")
    } else {
        e.remove_attribute("hidden")
    };
}

fn set_text(id: &str, text: &str) {
    if let Some(e) = el(id) {
        e.set_text_content(Some(text));
    }
}

/// Shows `text` in element `id` (made visible), or hides it for `None`.
fn show_message(id: &str, text: Option<&str>) {
    if let Some(e) = el(id) {
        e.set_text_content(text);
        set_hidden(&e, text.is_none());
    }
}

fn set_status(text: Option<&str>) {
    show_message("status", text);
}

/// Shows `msg` in `#error` (made visible) and sets `<body data-state="error">`.
pub fn show_error(msg: &str) {
    show_message("error", Some(msg));
    set_status(None);
    set_state("error");
}

/// Shows Rust panics in `#error` too (they would otherwise reach only the console).
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = format!("Internal error: {info}");
        web_sys::console::error_1(&msg.as_str().into());
        show_error(&msg);
    }));
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let resp = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|e| format!("{} (network error)", js_msg(e)))?;
    let resp: Response = resp.dyn_into().map_err(js_msg)?;
    if !resp.ok() {
        let text = resp.status_text();
        return Err(if text.is_empty() {
            format!("HTTP {}", resp.status())
        } else {
            format!("HTTP {} {text}", resp.status())
        });
    }
    let buf = JsFuture::from(resp.array_buffer().map_err(js_msg)?)
        .await
        .map_err(js_msg)?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

fn file_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

/// Fetches and parses a view file; errors read `Could not load <url>: <why>`.
async fn load_view(url: &str) -> Result<Explorer, String> {
    let bytes = fetch_bytes(url)
        .await
        .map_err(|e| format!("Could not load {url}: {e}"))?;
    Explorer::load(&bytes, file_name(url)).map_err(|e| format!("Could not load {url}: {e}"))
}

fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else {
        format!("{} kB", n.div_ceil(1000))
    }
}

/// Loads the manifest and the first bundle and mounts the app (see the crate docs for the
/// query parameters).
pub async fn run() -> Result<(), String> {
    set_state("loading");
    let search = window().location().search().unwrap_or_default();
    let params = UrlSearchParams::new_with_str(&search).map_err(js_msg)?;
    if params.get("embed").is_some_and(|v| v != "0") {
        body_data("embed", Some(""));
    }
    // an empty `?bundle=` would fetch the page itself: treat it as absent
    let (url, manifest, entry) = match params.get("bundle").filter(|u| !u.trim().is_empty()) {
        Some(url) => {
            set_status(Some(&format!("Loading {url}…")));
            (url, None, None)
        }
        None => {
            set_status(Some("Loading the list of models…"));
            let manifest = load_manifest().await?;
            let idx = initial_entry(&manifest, &params)?;
            let entry = &manifest.bundles[idx];
            set_status(Some(&format!(
                "Loading {} ({})…",
                entry.label,
                human_bytes(entry.view_bytes)
            )));
            (
                view::join_url(MANIFEST_URL, &entry.view),
                Some(Rc::new(manifest)),
                Some(idx),
            )
        }
    };
    let explorer = load_view(&url).await?;
    // `?z=z1,z2`: two finite numbers, else ignored (the cursor starts at the origin)
    let z0 = params.get("z").and_then(|s| {
        let (a, b) = s.split_once(',')?;
        let z: [f32; 2] = [a.trim().parse().ok()?, b.trim().parse().ok()?];
        z.iter().all(|v| v.is_finite()).then_some(z)
    });
    let app = App::mount(Rc::new(explorer), url, manifest, entry, z0)?;
    set_status(None);
    set_state("ready");
    // `?epoch=N`: open the training evolution at epoch N (fetches its index)
    if let Some(epoch) = params
        .get("epoch")
        .and_then(|s| s.trim().parse::<usize>().ok())
    {
        spawn_local(App::open_evolution(app, Some(epoch)));
    }
    Ok(())
}

/// The manifest entry named by `?model=<id>`, else the first of `?dataset=<id>`, else the
/// first entry.
fn initial_entry(manifest: &Manifest, params: &UrlSearchParams) -> Result<usize, String> {
    if let Some(id) = params.get("model").filter(|s| !s.is_empty()) {
        return manifest
            .bundles
            .iter()
            .position(|b| b.id == id)
            .ok_or_else(|| {
                let ids: Vec<&str> = manifest.bundles.iter().map(|b| b.id.as_str()).collect();
                format!(
                    "There is no model “{id}” in {MANIFEST_URL}; it lists: {}.",
                    ids.join(", ")
                )
            });
    }
    if let Some(ds) = params.get("dataset").filter(|s| !s.is_empty()) {
        return manifest
            .bundles
            .iter()
            .position(|b| b.dataset == ds)
            .ok_or_else(|| {
                let ids: Vec<String> = view::datasets(manifest).into_iter().map(|d| d.0).collect();
                format!(
                    "There is no dataset “{ds}” in {MANIFEST_URL}; it lists: {}.",
                    ids.join(", ")
                )
            });
    }
    Ok(0)
}

async fn load_manifest() -> Result<Manifest, String> {
    let bytes = fetch_bytes(MANIFEST_URL)
        .await
        .map_err(|e| format!("Could not load {MANIFEST_URL}: {e}"))?;
    let manifest: Manifest = serde_json::from_slice(&bytes)
        .map_err(|e| format!("Could not load {MANIFEST_URL}: not a valid manifest ({e})"))?;
    if manifest.format_version != FORMAT_VERSION {
        return Err(format!(
            "Could not load {MANIFEST_URL}: format version {} but this app reads version \
             {FORMAT_VERSION}",
            manifest.format_version
        ));
    }
    if manifest.bundles.is_empty() {
        return Err(format!("Could not load {MANIFEST_URL}: it lists no models"));
    }
    Ok(manifest)
}

fn ctx2d(c: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, String> {
    c.get_context("2d")
        .map_err(js_msg)?
        .ok_or("This browser gives no 2-D canvas context.")?
        .dyn_into()
        .map_err(|_| "Unexpected canvas context type.".into())
}

/// Sizes a canvas laid over the map to the device pixels of its box; returns its size and
/// whether it changed (which clears it).
fn fit_canvas(c: &HtmlCanvasElement) -> (u32, u32, bool) {
    let dpr = window().device_pixel_ratio().max(1.0);
    let (cw, ch) = (c.client_width() as f64, c.client_height() as f64);
    let (pw, ph) = ((cw * dpr).round() as u32, (ch * dpr).round() as u32);
    let changed = c.width() != pw || c.height() != ph;
    if c.width() != pw {
        c.set_width(pw);
    }
    if c.height() != ph {
        c.set_height(ph);
    }
    (pw, ph, changed)
}

/// Parsed files by URL: a handful at most, so a list (smaller in wasm than a hash map).
struct Cache<V>(Vec<(String, V)>);

impl<V> Cache<V> {
    fn get(&self, url: &str) -> Option<&V> {
        self.0.iter().find(|(u, _)| u == url).map(|(_, v)| v)
    }

    fn contains_key(&self, url: &str) -> bool {
        self.get(url).is_some()
    }

    fn insert(&mut self, url: String, v: V) {
        match self.0.iter_mut().find(|(u, _)| *u == url) {
            Some(slot) => slot.1 = v,
            None => self.0.push((url, v)),
        }
    }
}

/// How the cursor last moved: announcements are made for keyboard moves, and for pointer
/// moves only when the class changes.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    Pointer,
    Keyboard,
}

/// The open training-evolution view of one manifest entry.
struct EvoView {
    data: Rc<Evolution>,
    /// Selected snapshot.
    frame: usize,
    playing: bool,
    /// Draw the encoded test points over the map.
    points: bool,
    /// The snapshot whose view file (decoder) is being fetched.
    loading: Option<usize>,
    /// Snapshots whose view file failed to load, with the message.
    failed: Vec<(usize, String)>,
}

impl EvoView {
    fn epoch(&self) -> usize {
        self.data.frames[self.frame].epoch
    }

    fn frame_url(&self, i: usize) -> String {
        view::join_url(MANIFEST_URL, &self.data.meta.frames[i])
    }
}

/// Which decoder draws the decoded image now.
enum Decoder {
    /// Ready: the decoder, the note under the image, the `data-epoch` tag.
    Ready(Rc<Explorer>, String, String),
    /// Not available yet: the note saying why.
    Wait(String),
    /// Fetch this snapshot's view file first.
    Fetch(usize),
}

struct App {
    me: Weak<RefCell<App>>,
    manifest: Option<Rc<Manifest>>,
    /// The manifest entry shown (`None` with `?bundle=`).
    entry: Option<usize>,
    /// The entry the switchers show: the one being loaded, else `entry`.
    shown_entry: Option<usize>,
    /// The shown model (its final weights).
    explorer: Rc<Explorer>,
    /// Parsed view files by URL (models and evolution snapshots), so going back is instant.
    views: Cache<Rc<Explorer>>,
    /// Parsed evolution indexes by URL.
    indexes: Cache<Rc<Evolution>>,
    /// Counts model switches; a switch whose bundle arrives after a later one is dropped.
    switch_gen: u64,
    switching: bool,
    evo: Option<EvoView>,
    evo_loading: bool,
    /// Cursor, latent units.
    z: [f32; 2],
    source: Source,
    shown_class: Option<u8>,
    /// The next readout follows a repaint, not a cursor move: no announcement.
    quiet_readout: bool,
    frame_pending: bool,
    need_decode: bool,
    points_dirty: bool,
    /// RGBA of the decoded image, reused every frame.
    rgba: Vec<u8>,
    /// Moving average of the decode time, milliseconds.
    decode_ms: f64,
    decodes: u64,
    map: HtmlCanvasElement,
    overlay: HtmlCanvasElement,
    overlay_ctx: CanvasRenderingContext2d,
    points_canvas: Option<(HtmlCanvasElement, CanvasRenderingContext2d)>,
    decoded: HtmlCanvasElement,
    decoded_ctx: CanvasRenderingContext2d,
    z_readout: HtmlElement,
    map_class: Element,
    map_confidence: Element,
    decode_time: Option<Element>,
    announce: Option<Element>,
    legend_items: Vec<Element>,
    raf: Option<js_sys::Function>,
    tick: Option<js_sys::Function>,
    timer: Option<i32>,
}

impl App {
    fn mount(
        explorer: Rc<Explorer>,
        url: String,
        manifest: Option<Rc<Manifest>>,
        entry: Option<usize>,
        z0: Option<[f32; 2]>,
    ) -> Result<Rc<RefCell<App>>, String> {
        let map: HtmlCanvasElement = by_id("map")?;
        let overlay: HtmlCanvasElement = by_id("map-overlay")?;
        let decoded: HtmlCanvasElement = by_id("decoded")?;
        let points_canvas = match el("map-points") {
            Some(c) => {
                let c: HtmlCanvasElement = c
                    .dyn_into()
                    .map_err(|_| "The page's #map-points element has the wrong type.")?;
                let ctx = ctx2d(&c)?;
                Some((c, ctx))
            }
            None => None,
        };
        let grid = explorer.bundle().map.grid;
        let app = App {
            me: Weak::new(),
            manifest,
            entry,
            shown_entry: entry,
            views: Cache(vec![(url, explorer.clone())]),
            indexes: Cache(Vec::new()),
            switch_gen: 0,
            switching: false,
            evo: None,
            evo_loading: false,
            z: clamp_z(z0.unwrap_or([0.0, 0.0]), &grid),
            source: Source::Pointer,
            shown_class: None,
            quiet_readout: true,
            frame_pending: false,
            need_decode: true,
            points_dirty: false,
            rgba: vec![0; latent_core::IMAGE_PIXELS * 4],
            decode_ms: 0.0,
            decodes: 0,
            overlay_ctx: ctx2d(&overlay)?,
            decoded_ctx: ctx2d(&decoded)?,
            z_readout: by_id("z-readout")?,
            map_class: by_id("map-class")?,
            map_confidence: by_id("map-confidence")?,
            decode_time: el("decode-time"),
            announce: el("announce"),
            legend_items: Vec::new(),
            raf: None,
            tick: None,
            timer: None,
            map,
            overlay,
            points_canvas,
            decoded,
            explorer,
        };
        let app = Rc::new(RefCell::new(app));
        app.borrow_mut().me = Rc::downgrade(&app);
        {
            let mut a = app.borrow_mut();
            a.paint_all()?;
            a.metrics()?;
            a.controls()?;
            a.evo_controls();
            a.mark_model();
        }
        App::listen(&app)?;
        app.borrow_mut().request_frame();
        Ok(app)
    }

    fn entry_ref(&self) -> Option<&ManifestEntry> {
        Some(&self.manifest.as_ref()?.bundles[self.entry?])
    }

    /// The class map on screen: the selected epoch's in the evolution view, else the model's.
    fn current_map(&self) -> &ClassMap {
        match &self.evo {
            Some(e) => &e.data.frames[e.frame].map,
            None => &self.explorer.bundle().map,
        }
    }

    fn class_names(&self) -> &[String] {
        match &self.evo {
            Some(e) => &e.data.meta.class_names,
            None => &self.explorer.bundle().meta.class_names,
        }
    }

    /// Paints everything that depends on the map on screen.
    fn paint_all(&mut self) -> Result<(), String> {
        self.paint_map()?;
        self.axes()?;
        self.map_labels()?;
        self.legend()?;
        self.shown_class = None; // the legend was rebuilt: mark the class again …
        self.quiet_readout = true; // … without announcing it
        self.points_dirty = true;
        Ok(())
    }

    /// The class map, one canvas pixel per cell (CSS scales it with crisp pixels). Setting the
    /// size and drawing happen in one task, so no blank frame is ever shown.
    fn paint_map(&mut self) -> Result<(), String> {
        let m = self.current_map();
        let (w, h) = (m.grid.width as u32, m.grid.height as u32);
        let rgba = view::map_rgba(m);
        let img =
            ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), w, h).map_err(js_msg)?;
        if self.map.width() != w {
            self.map.set_width(w);
        }
        if self.map.height() != h {
            self.map.set_height(h);
        }
        ctx2d(&self.map)?
            .put_image_data(&img, 0.0, 0.0)
            .map_err(js_msg)?;
        if let Some(frame) = el("map-frame") {
            let frame: HtmlElement = frame.unchecked_into();
            let _ = frame
                .style()
                .set_property("--map-aspect", &format!("{}", w as f32 / h as f32));
        }
        let names = self.class_names().join(", ");
        let when = match &self.evo {
            Some(e) => format!(" at training epoch {}", e.epoch()),
            None => String::new(),
        };
        let _ = self.map.set_attribute(
            "aria-label",
            &format!(
                "Latent space map{when}, {w} by {h} cells, coloured by the class the classifier \
                 sees in each decoded point ({names}). Use the arrow keys to move the cursor."
            ),
        );
        Ok(())
    }

    /// Tick labels in latent units along both axes.
    fn axes(&self) -> Result<(), String> {
        let b = self.current_map().grid.bounds;
        let doc = document();
        for (id, lo, hi, down, prop) in [
            ("axis-z1", b.min[0], b.max[0], false, "left"),
            ("axis-z2", b.min[1], b.max[1], true, "top"),
        ] {
            let Some(axis) = doc.get_element_by_id(id) else {
                continue;
            };
            let ticks_el = axis
                .query_selector(".ticks")
                .map_err(js_msg)?
                .unwrap_or(axis);
            ticks_el.set_text_content(None);
            for t in view::ticks(lo, hi, 8, down) {
                let el: HtmlElement = doc.create_element("span").map_err(js_msg)?.unchecked_into();
                el.set_class_name("tick");
                el.set_text_content(Some(&t.label));
                let _ = el
                    .style()
                    .set_property(prop, &format!("{:.4}%", t.at * 100.0));
                ticks_el.append_child(&el).map_err(js_msg)?;
            }
        }
        Ok(())
    }

    /// Each class's name written inside its region, so colour is never the only cue.
    fn map_labels(&self) -> Result<(), String> {
        let Some(box_) = el("map-labels") else {
            return Ok(());
        };
        box_.set_text_content(None);
        let map = self.current_map();
        let names = self.class_names();
        let g = map.grid;
        let doc = document();
        for (c, r, col) in view::label_cells(map) {
            let el: HtmlElement = doc.create_element("span").map_err(js_msg)?.unchecked_into();
            el.set_class_name("map-label");
            el.set_text_content(Some(class_name(names, c)));
            let st = el.style();
            let _ = st.set_property(
                "left",
                &format!("{:.4}%", (col as f32 + 0.5) / g.width as f32 * 100.0),
            );
            let _ = st.set_property(
                "top",
                &format!("{:.4}%", (r as f32 + 0.5) / g.height as f32 * 100.0),
            );
            let _ = st.set_property("--class-colour", &palette::class_hex(c));
            box_.append_child(&el).map_err(js_msg)?;
        }
        Ok(())
    }

    fn legend(&mut self) -> Result<(), String> {
        let ul: Element = by_id("legend")?;
        ul.set_text_content(None);
        self.legend_items.clear();
        let doc = document();
        let map = self.current_map();
        let names = self.class_names();
        let mut share = vec![0usize; names.len()];
        for &c in &map.class {
            if let Some(s) = share.get_mut(c as usize) {
                *s += 1;
            }
        }
        let cells = map.class.len().max(1) as f32;
        let mut items = Vec::with_capacity(names.len());
        for (i, name) in names.iter().enumerate() {
            let li = doc.create_element("li").map_err(js_msg)?;
            let _ = li.set_attribute("data-class", &i.to_string());
            let sw: HtmlElement = doc.create_element("span").map_err(js_msg)?.unchecked_into();
            sw.set_class_name("swatch");
            let _ = sw
                .style()
                .set_property("background-color", &palette::class_hex(i as u8));
            let _ = sw.set_attribute("aria-hidden", "true");
            let nm = doc.create_element("span").map_err(js_msg)?;
            nm.set_class_name("name");
            nm.set_text_content(Some(name));
            let pc = doc.create_element("span").map_err(js_msg)?;
            pc.set_class_name("share");
            let pct = share[i] as f32 / cells * 100.0;
            pc.set_inner_html(&format!(
                "{pct:.0} %<span class=\"visually-hidden\"> of the map</span>"
            ));
            let _ = pc.set_attribute("title", &format!("{pct:.1} % of the map"));
            li.append_child(&sw).map_err(js_msg)?;
            li.append_child(&nm).map_err(js_msg)?;
            li.append_with_str_1(" ").map_err(js_msg)?;
            li.append_child(&pc).map_err(js_msg)?;
            ul.append_child(&li).map_err(js_msg)?;
            items.push(li);
        }
        self.legend_items = items;
        Ok(())
    }

    /// The shown model, its dataset, the manifest's one-sentence summary, and the bundle's
    /// held-out test figures (then the training figures).
    fn metrics(&self) -> Result<(), String> {
        let Some(section) = el("metrics") else {
            return Ok(());
        };
        let meta = &self.explorer.bundle().meta;
        let entry = self.entry_ref();
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
        set_text("metrics-title", &format!("{label} on {dataset}{epochs}"));
        let summary = entry.map(|e| e.summary.trim()).unwrap_or("");
        show_message("model-summary", (!summary.is_empty()).then_some(summary));
        let (test, other) = view::metric_groups(meta);
        let doc = document();
        if let Some(dl) = el("metrics-test") {
            dl.set_text_content(None);
            for (k, v) in &test {
                let div = doc.create_element("div").map_err(js_msg)?;
                div.set_class_name("metric");
                let dt = doc.create_element("dt").map_err(js_msg)?;
                dt.set_text_content(Some(k));
                let dd = doc.create_element("dd").map_err(js_msg)?;
                dd.set_text_content(Some(v));
                div.append_child(&dt).map_err(js_msg)?;
                div.append_child(&dd).map_err(js_msg)?;
                dl.append_child(&div).map_err(js_msg)?;
            }
        }
        let train: Vec<String> = other.iter().map(|(k, v)| format!("{k} {v}")).collect();
        show_message(
            "metrics-train",
            (!train.is_empty())
                .then(|| format!("Training: {}.", train.join(" · ")))
                .as_deref(),
        );
        set_hidden(&section, false);
        Ok(())
    }

    /// Fills the dataset and model switchers for the entry they show (`shown_entry`).
    fn controls(&self) -> Result<(), String> {
        let (Some(manifest), Some(cur)) = (&self.manifest, self.shown_entry) else {
            return Ok(());
        };
        let doc = document();
        let cur_ds = manifest.bundles[cur].dataset.clone();
        let datasets = view::datasets(manifest);
        let fill = |id: &str, options: &[(String, String)], value: &str| -> Result<bool, String> {
            let Some(select) = el(id) else {
                return Ok(false);
            };
            let select: HtmlSelectElement = select
                .dyn_into()
                .map_err(|_| format!("#{id} is not a <select>"))?;
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
                    let opt = doc.create_element("option").map_err(js_msg)?;
                    opt.set_attribute("value", v).map_err(js_msg)?;
                    opt.set_text_content(Some(label));
                    select.append_child(&opt).map_err(js_msg)?;
                }
            }
            select.set_value(value);
            Ok(true)
        };
        let has_ds = fill("dataset-select", &datasets, &cur_ds)?;
        let models: Vec<(String, String)> = manifest
            .bundles
            .iter()
            .filter(|b| b.dataset == cur_ds)
            .map(|b| (b.id.clone(), b.label.clone()))
            .collect();
        let has_model = fill("model-select", &models, &manifest.bundles[cur].id)?;
        if let Some(p) = el("dataset-picker") {
            set_hidden(&p, !has_ds || datasets.len() < 2);
        }
        if let Some(p) = el("model-picker") {
            set_hidden(&p, !has_model || manifest.bundles.len() < 2);
        }
        if let Some(t) = el("toolbar") {
            set_hidden(&t, manifest.bundles.len() < 2);
        }
        Ok(())
    }

    /// `<body data-model data-dataset>`: what is shown, for styles and tests.
    fn mark_model(&self) {
        let meta = &self.explorer.bundle().meta;
        let id = self
            .entry_ref()
            .map_or(meta.model.as_str(), |e| e.id.as_str());
        body_data("model", Some(id));
        body_data("dataset", Some(&meta.dataset));
    }

    /// Mirrors the shown model and epoch in the address (`?model=<id>&epoch=<n>`), without a
    /// new history entry. Other parameters (`embed`, `z`) are kept.
    fn set_url(&self) {
        let Some(entry) = self.entry_ref() else {
            return;
        };
        let loc = window().location();
        let Ok(params) = UrlSearchParams::new_with_str(&loc.search().unwrap_or_default()) else {
            return;
        };
        params.set("model", &entry.id);
        params.delete("dataset");
        match &self.evo {
            Some(e) => params.set("epoch", &e.epoch().to_string()),
            None => params.delete("epoch"),
        }
        // `z=1.5,-2` reads better than `z=1.5%2C-2`, and parses the same
        let q = String::from(params.to_string()).replace("%2C", ",");
        let url = format!(
            "{}{}{}",
            loc.pathname().unwrap_or_default(),
            if q.is_empty() { "" } else { "?" },
            q
        );
        if let Ok(h) = window().history() {
            let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }

    fn say(&self, text: &str) {
        if let Some(e) = &self.announce {
            e.set_text_content(Some(text));
        }
    }

    // ---- switching models ------------------------------------------------------------------

    /// Shows manifest entry `idx`: fetches and parses its view file (unless cached) while the
    /// old map stays on screen with a loading badge, then swaps. A failure is shown beside the
    /// switchers and the old model stays.
    async fn switch_to(app: Rc<RefCell<App>>, idx: usize) {
        let (gen, url, what) = {
            let mut a = app.borrow_mut();
            let Some(manifest) = a.manifest.clone() else {
                return;
            };
            let Some(entry) = manifest.bundles.get(idx) else {
                return;
            };
            a.switch_gen += 1;
            a.shown_entry = Some(idx);
            let _ = a.controls();
            show_message("switch-error", None);
            let url = view::join_url(MANIFEST_URL, &entry.view);
            let ds = view::datasets(&manifest)
                .into_iter()
                .find(|d| d.0 == entry.dataset)
                .map_or(entry.dataset.clone(), |d| d.1);
            let what = format!("{ds} · {}", entry.label);
            if Some(idx) == a.entry {
                a.set_busy(None); // back to the model on screen: drop any pending switch
                return;
            }
            if !a.views.contains_key(&url) {
                a.set_busy(Some(&format!(
                    "Loading {what}, {}…",
                    human_bytes(entry.view_bytes)
                )));
            }
            (a.switch_gen, url, what)
        };
        let cached = app.borrow().views.get(&url).cloned();
        let res = match cached {
            Some(ex) => Ok(ex),
            None => load_view(&url).await.map(Rc::new),
        };
        let mut a = app.borrow_mut();
        if a.switch_gen != gen {
            return; // the visitor has picked another model meanwhile
        }
        a.set_busy(None);
        match res {
            Ok(ex) => {
                a.views.insert(url, ex.clone());
                if let Err(e) = a.swap(ex, idx) {
                    show_error(&e);
                }
                a.say(&format!("Showing {what}."));
            }
            Err(e) => {
                let still = a
                    .entry_ref()
                    .map_or(String::new(), |e| format!(" Still showing {}.", e.label));
                show_message("switch-error", Some(&format!("{e}.{still}")));
                a.shown_entry = a.entry;
                let _ = a.controls();
            }
        }
    }

    /// The loading indicator of a model switch: a status line and a badge over the old map.
    fn set_busy(&mut self, text: Option<&str>) {
        self.switching = text.is_some();
        set_text("switch-status", text.unwrap_or(""));
        body_data("busy", text.map(|_| "switch"));
        if let Some(b) = el("map-box") {
            let _ = b.class_list().toggle_with_force("busy", text.is_some());
        }
        if let Some(p) = el("map-frame") {
            let _ = if text.is_some() {
                p.set_attribute("aria-busy", "true")
            } else {
                p.remove_attribute("aria-busy")
            };
        }
    }

    /// Replaces the shown model by `ex` (entry `idx`), closing the evolution view.
    fn swap(&mut self, ex: Rc<Explorer>, idx: usize) -> Result<(), String> {
        self.stop_playing();
        self.evo = None;
        self.explorer = ex;
        self.entry = Some(idx);
        self.shown_entry = Some(idx);
        self.z = clamp_z(self.z, &self.explorer.bundle().map.grid);
        self.need_decode = true;
        self.paint_all()?;
        self.metrics()?;
        self.controls()?;
        show_message("evo-error", None);
        self.evo_controls();
        self.mark_model();
        self.set_url();
        self.request_frame();
        Ok(())
    }

    // ---- the training-evolution view ---------------------------------------------------------

    /// Opens the evolution view of the shown entry at `epoch` (default: the first snapshot),
    /// fetching and parsing its index unless cached.
    async fn open_evolution(app: Rc<RefCell<App>>, epoch: Option<usize>) {
        let (idx, url, size) = {
            let mut a = app.borrow_mut();
            if a.evo_loading || a.evo.is_some() {
                return;
            }
            let (Some(idx), Some(evo)) = (a.entry, a.entry_ref().and_then(|e| e.evolution.clone()))
            else {
                return;
            };
            a.evo_loading = true;
            show_message("evo-error", None);
            (
                idx,
                view::join_url(MANIFEST_URL, &evo.index),
                evo.index_bytes,
            )
        };
        let cached = app.borrow().indexes.get(&url).cloned();
        let res = match cached {
            Some(e) => Ok(e),
            None => {
                if let Some(b) = el("evo-toggle") {
                    let _ = b.set_attribute("aria-busy", "true");
                }
                set_text(
                    "evo-hint",
                    &format!("Loading the training evolution ({})…", human_bytes(size)),
                );
                let r = match fetch_bytes(&url).await {
                    Ok(bytes) => Evolution::from_bytes(&bytes, file_name(&url))
                        .map(Rc::new)
                        .map_err(|e| e.to_string()),
                    Err(e) => Err(e),
                };
                r.map_err(|e| format!("Could not load the training evolution {url}: {e}"))
            }
        };
        let mut a = app.borrow_mut();
        a.evo_loading = false;
        if let Some(b) = el("evo-toggle") {
            let _ = b.remove_attribute("aria-busy");
        }
        if a.entry != Some(idx) {
            a.evo_controls();
            return; // another model was picked meanwhile
        }
        let data = match res {
            Ok(d) => d,
            Err(e) => {
                show_message("evo-error", Some(&e));
                a.evo_controls();
                return;
            }
        };
        a.indexes.insert(url, data.clone());
        if data.meta.class_names.len() != a.explorer.bundle().meta.class_names.len() {
            show_message(
                "evo-error",
                Some(&format!(
                    "The training evolution lists {} classes but the model {}; not shown.",
                    data.meta.class_names.len(),
                    a.explorer.bundle().meta.class_names.len()
                )),
            );
            a.evo_controls();
            return;
        }
        let frame = epoch.map_or(0, |e| view::frame_for_epoch(&data.meta.epochs, e));
        let n = data.frames.len();
        let (first, last) = (data.meta.epochs[0], data.meta.epochs[n - 1]);
        a.evo = Some(EvoView {
            data,
            frame,
            playing: false,
            points: el("evo-points")
                .and_then(|c| c.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|c| c.checked()),
            loading: None,
            failed: Vec::new(),
        });
        if let Err(e) = a.frame_changed() {
            show_error(&e);
        }
        a.say(&format!(
            "Training evolution: {n} snapshots, epochs {first} to {last}. {}",
            a.epoch_text()
        ));
    }

    /// Returns to the final model.
    fn close_evolution(&mut self) {
        if self.evo.is_none() {
            return;
        }
        self.stop_playing();
        self.evo = None;
        self.z = clamp_z(self.z, &self.explorer.bundle().map.grid);
        self.need_decode = true;
        if let Err(e) = self.paint_all() {
            show_error(&e);
        }
        self.evo_controls();
        self.set_url();
        self.request_frame();
        self.say("Training evolution closed: the final model again.");
    }

    /// `Epoch 4 of 30: test −ELBO 160.2 nats/image`.
    fn epoch_text(&self) -> String {
        let Some(e) = &self.evo else {
            return String::new();
        };
        let last = e.data.meta.epochs.last().copied().unwrap_or(0);
        format!(
            "Epoch {} of {last}: {}",
            e.epoch(),
            view::loss_text(&e.data.meta.loss_name, e.data.frames[e.frame].test_loss)
        )
    }

    /// Selects snapshot `i` (clamped) and repaints.
    fn select_frame(&mut self, i: usize) {
        let Some(e) = &mut self.evo else { return };
        let i = i.min(e.data.frames.len() - 1);
        if i == e.frame {
            self.evo_controls();
            return;
        }
        e.frame = i;
        if let Err(err) = self.frame_changed() {
            show_error(&err);
        }
    }

    fn frame_changed(&mut self) -> Result<(), String> {
        self.need_decode = true;
        self.paint_all()?;
        self.evo_controls();
        if !self.evo.as_ref().is_some_and(|e| e.playing) {
            self.set_url();
        }
        self.request_frame();
        Ok(())
    }

    /// Shows the evolution control when the shown entry has an evolution, and the open
    /// view's state: slider, epoch, loss, play button.
    fn evo_controls(&self) {
        let has = self.entry_ref().is_some_and(|e| e.evolution.is_some());
        if let Some(s) = el("evolution") {
            set_hidden(&s, !has);
        }
        let open = self.evo.as_ref();
        if let Some(b) = el("evo-toggle") {
            let _ = b.set_attribute(
                "aria-expanded",
                if open.is_some() { "true" } else { "false" },
            );
            b.set_text_content(Some(if open.is_some() {
                "Back to the final model"
            } else {
                "Training evolution"
            }));
        }
        if let Some(p) = el("evo-panel") {
            set_hidden(&p, open.is_none());
        }
        if let Some(box_) = el("map-box") {
            let _ = box_
                .class_list()
                .toggle_with_force("evolving", open.is_some());
        }
        let Some(e) = open else {
            if !self.evo_loading {
                if let Some(entry) = self.entry_ref().and_then(|e| e.evolution.as_ref()) {
                    set_text(
                        "evo-hint",
                        &format!(
                            "Watch this latent space form: {} snapshots from epoch {} to {}.",
                            entry.epochs.len(),
                            entry.epochs.first().copied().unwrap_or(0),
                            entry.epochs.last().copied().unwrap_or(0)
                        ),
                    );
                }
            }
            return;
        };
        let n = e.data.frames.len();
        let last = e.data.meta.epochs[n - 1];
        set_text(
            "evo-hint",
            &format!(
                "Snapshot {} of {n}, epoch {} of {last}.",
                e.frame + 1,
                e.epoch()
            ),
        );
        if let Some(s) = el("evo-slider").and_then(|s| s.dyn_into::<HtmlInputElement>().ok()) {
            let _ = s.set_attribute("max", &(n - 1).to_string());
            s.set_value(&e.frame.to_string());
            let _ = s.set_attribute("aria-valuetext", &format!("Epoch {} of {last}", e.epoch()));
        }
        set_text("evo-epoch", &format!("{} of {last}", e.epoch()));
        set_text(
            "evo-loss",
            &view::loss_text(&e.data.meta.loss_name, e.data.frames[e.frame].test_loss),
        );
        if let Some(b) = el("evo-play") {
            // the label says what a press does; `data-playing` is for styles and tests
            let _ = b.set_attribute("data-playing", if e.playing { "true" } else { "false" });
            b.set_text_content(Some(if e.playing { "Pause" } else { "Play" }));
        }
        // aria-disabled, not disabled: a button that keeps focus at either end
        for (id, off) in [("evo-back", e.frame == 0), ("evo-fwd", e.frame + 1 >= n)] {
            if let Some(b) = el(id) {
                let _ = b.set_attribute("aria-disabled", if off { "true" } else { "false" });
            }
        }
        set_text(
            "evo-points-count",
            &format!("({})", view::thousands(e.data.labels.len() as i64)),
        );
        if let Some(p) = el("evo-panel") {
            let ds = p.unchecked_ref::<HtmlElement>().dataset();
            let _ = ds.set("epoch", &e.epoch().to_string());
            let _ = ds.set("frame", &e.frame.to_string());
        }
    }

    fn start_playing(&mut self) {
        let Some(e) = &mut self.evo else { return };
        if e.playing {
            return;
        }
        if e.frame + 1 >= e.data.frames.len() {
            e.frame = 0; // play again from the start
            let _ = self.frame_changed();
        }
        let Some(e) = &mut self.evo else { return };
        e.playing = true;
        if let Some(f) = &self.tick {
            self.timer = window()
                .set_interval_with_callback_and_timeout_and_arguments_0(f, PLAY_INTERVAL_MS)
                .ok();
        }
        self.evo_controls();
        self.need_decode = true;
        self.request_frame();
        self.say("Playing the training evolution.");
    }

    fn stop_playing(&mut self) {
        if let Some(t) = self.timer.take() {
            window().clear_interval_with_handle(t);
        }
        let Some(e) = &mut self.evo else { return };
        if !e.playing {
            return;
        }
        e.playing = false;
        self.evo_controls();
        self.set_url();
        self.need_decode = true;
        self.request_frame();
        self.say(&format!("Paused. {}", self.epoch_text()));
    }

    /// One playback step; stops at the last snapshot.
    fn tick(&mut self) {
        let Some(e) = &self.evo else {
            self.stop_playing();
            return;
        };
        if !e.playing {
            return;
        }
        let next = e.frame + 1;
        if next >= e.data.frames.len() {
            self.stop_playing();
        } else {
            self.select_frame(next);
            if next + 1 >= self.evo.as_ref().map_or(0, |e| e.data.frames.len()) {
                self.stop_playing();
            }
        }
    }

    /// A manual step or slider move: pauses playback, selects, announces.
    /// `announce`: for the step buttons; the slider speaks its own `aria-valuetext`.
    fn step_to(&mut self, i: usize, announce: bool) {
        if self.evo.as_ref().is_some_and(|e| e.playing) {
            if let Some(t) = self.timer.take() {
                window().clear_interval_with_handle(t);
            }
            if let Some(e) = &mut self.evo {
                e.playing = false;
            }
        }
        self.select_frame(i);
        self.evo_controls();
        self.set_url();
        self.need_decode = true;
        self.request_frame();
        if announce {
            self.say(&self.epoch_text());
        }
    }

    /// The decoder for the image: the selected epoch's in the evolution view (fetched on
    /// demand; not during playback, which needs only the index), else the model's.
    fn decoder(&self) -> Decoder {
        let Some(e) = &self.evo else {
            let epochs = self.explorer.bundle().meta.epochs;
            let note = if epochs > 0 {
                format!(
                    "Decoder: the final model ({epochs} epoch{}).",
                    if epochs == 1 { "" } else { "s" }
                )
            } else {
                "Decoder: the final model.".into()
            };
            return Decoder::Ready(self.explorer.clone(), note, "final".into());
        };
        let epoch = e.epoch();
        if let Some(ex) = self.views.get(&e.frame_url(e.frame)) {
            return Decoder::Ready(
                ex.clone(),
                format!("Decoder: epoch {epoch}."),
                epoch.to_string(),
            );
        }
        if let Some((_, msg)) = e.failed.iter().find(|(f, _)| *f == e.frame) {
            return Decoder::Wait(msg.clone());
        }
        if e.playing {
            return Decoder::Wait(format!(
                "Playing: the map is epoch {epoch}'s; pause to decode with its decoder."
            ));
        }
        if e.loading.is_some() {
            return Decoder::Wait(format!("Loading the decoder of epoch {epoch}…"));
        }
        Decoder::Fetch(e.frame)
    }

    /// Fetches snapshot `i`'s view file; when it arrives the image is decoded again.
    fn fetch_frame(&mut self, i: usize) {
        let Some(e) = &mut self.evo else { return };
        e.loading = Some(i);
        let url = e.frame_url(i);
        let data = e.data.clone();
        let Some(app) = self.me.upgrade() else { return };
        spawn_local(async move {
            let res = load_view(&url).await;
            let mut a = app.borrow_mut();
            let same = a.evo.as_ref().is_some_and(|e| Rc::ptr_eq(&e.data, &data));
            match res {
                Ok(ex) => {
                    a.views.insert(url, Rc::new(ex));
                }
                Err(msg) if same => {
                    show_message("evo-error", Some(&msg));
                    if let Some(e) = &mut a.evo {
                        e.failed
                            .push((i, format!("No decoder for this epoch: {msg}")));
                    }
                }
                Err(_) => {}
            }
            if let Some(e) = a.evo.as_mut().filter(|_| same) {
                e.loading = None;
                a.need_decode = true;
                a.request_frame();
            }
        });
    }

    // ---- input and rendering -------------------------------------------------------------

    /// Registers the handlers, once: pointer and keyboard on the map, window resize, the
    /// switchers, the evolution controls, the playback timer and the animation-frame callback.
    fn listen(app: &Rc<RefCell<App>>) -> Result<(), String> {
        let map = app.borrow().map.clone();

        let a = app.clone();
        let on_frame = Closure::<dyn FnMut(f64)>::new(move |_t: f64| {
            let mut a = a.borrow_mut();
            a.frame_pending = false;
            if let Err(e) = a.render() {
                show_error(&e);
            }
        });
        app.borrow_mut().raf = Some(
            on_frame
                .as_ref()
                .unchecked_ref::<js_sys::Function>()
                .clone(),
        );
        on_frame.forget();

        let a = app.clone();
        let on_tick = Closure::<dyn FnMut()>::new(move || a.borrow_mut().tick());
        app.borrow_mut().tick = Some(on_tick.as_ref().unchecked_ref::<js_sys::Function>().clone());
        on_tick.forget();

        let a = app.clone();
        let m = map.clone();
        let on_pointer = Closure::<dyn FnMut(PointerEvent)>::new(move |e: PointerEvent| {
            if e.type_() == "pointerdown" {
                let _ = m.set_pointer_capture(e.pointer_id());
            }
            let p = e.unchecked_ref::<PrecisePointer>();
            let r = m.get_bounding_client_rect();
            if r.width() <= 0.0 || r.height() <= 0.0 {
                return;
            }
            let u = ((p.client_x_f64() - r.left()) / r.width()).clamp(0.0, 1.0) as f32;
            let v = ((p.client_y_f64() - r.top()) / r.height()).clamp(0.0, 1.0) as f32;
            let mut a = a.borrow_mut();
            let z = a.current_map().grid.z_at(u, v);
            a.move_to(z, Source::Pointer);
        });
        for ev in ["pointerdown", "pointermove"] {
            map.add_event_listener_with_callback(ev, on_pointer.as_ref().unchecked_ref())
                .map_err(js_msg)?;
        }
        on_pointer.forget();

        let a = app.clone();
        let on_key = Closure::<dyn FnMut(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            let d: [f32; 2] = match e.key().as_str() {
                "ArrowLeft" => [-1.0, 0.0],
                "ArrowRight" => [1.0, 0.0],
                "ArrowUp" => [0.0, 1.0],
                "ArrowDown" => [0.0, -1.0],
                "Home" => [f32::NAN, f32::NAN],
                _ => return,
            };
            e.prevent_default();
            let mut a = a.borrow_mut();
            let g = a.current_map().grid;
            let s = g.bounds.size();
            let cell = [s[0] / g.width as f32, s[1] / g.height as f32];
            let z = if d[0].is_nan() {
                [0.0, 0.0]
            } else {
                let k = if e.shift_key() { 10.0 } else { 1.0 };
                let z = clamp_z(a.z, &g);
                [z[0] + d[0] * k * cell[0], z[1] + d[1] * k * cell[1]]
            };
            a.move_to(z, Source::Keyboard);
        });
        map.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref())
            .map_err(js_msg)?;
        on_key.forget();

        let a = app.clone();
        let on_resize = Closure::<dyn FnMut()>::new(move || a.borrow_mut().request_frame());
        window()
            .add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref())
            .map_err(js_msg)?;
        on_resize.forget();

        // the switchers
        let a = app.clone();
        on("dataset-select", "change", move |t| {
            let Some(s) = t.dyn_ref::<HtmlSelectElement>() else {
                return;
            };
            let ds = s.value();
            let idx = {
                let b = a.borrow();
                let (Some(m), Some(cur)) = (&b.manifest, b.shown_entry) else {
                    return;
                };
                view::entry_for_dataset(m, cur, &ds)
            };
            if let Some(idx) = idx {
                spawn_local(App::switch_to(a.clone(), idx));
            }
        })?;
        let a = app.clone();
        on("model-select", "change", move |t| {
            let Some(s) = t.dyn_ref::<HtmlSelectElement>() else {
                return;
            };
            let id = s.value();
            let idx = a
                .borrow()
                .manifest
                .as_ref()
                .and_then(|m| m.bundles.iter().position(|b| b.id == id));
            if let Some(idx) = idx {
                spawn_local(App::switch_to(a.clone(), idx));
            }
        })?;

        // the evolution view
        let a = app.clone();
        on("evo-toggle", "click", move |_| {
            let open = a.borrow().evo.is_some();
            if open {
                a.borrow_mut().close_evolution();
            } else {
                spawn_local(App::open_evolution(a.clone(), None));
            }
        })?;
        let a = app.clone();
        on("evo-play", "click", move |_| {
            let mut a = a.borrow_mut();
            if a.evo.as_ref().is_some_and(|e| e.playing) {
                a.stop_playing();
            } else {
                a.start_playing();
            }
        })?;
        for (id, delta) in [("evo-back", -1isize), ("evo-fwd", 1)] {
            let a = app.clone();
            on(id, "click", move |_| {
                let mut a = a.borrow_mut();
                let Some(f) = a.evo.as_ref().map(|e| e.frame) else {
                    return;
                };
                a.step_to(f.saturating_add_signed(delta), true);
            })?;
        }
        let a = app.clone();
        on("evo-slider", "input", move |t| {
            let Some(s) = t.dyn_ref::<HtmlInputElement>() else {
                return;
            };
            if let Ok(i) = s.value().parse::<usize>() {
                a.borrow_mut().step_to(i, false);
            }
        })?;
        let a = app.clone();
        on("evo-points", "change", move |t| {
            let Some(c) = t.dyn_ref::<HtmlInputElement>() else {
                return;
            };
            let mut a = a.borrow_mut();
            if let Some(e) = &mut a.evo {
                e.points = c.checked();
            }
            a.points_dirty = true;
            a.request_frame();
        })?;
        Ok(())
    }

    fn move_to(&mut self, z: [f32; 2], source: Source) {
        let z = clamp_z(z, &self.current_map().grid);
        if z != self.z {
            self.z = z;
            self.need_decode = true;
        }
        self.source = source;
        if source == Source::Keyboard {
            self.announce();
        }
        self.request_frame();
    }

    fn request_frame(&mut self) {
        if self.frame_pending {
            return;
        }
        if let Some(f) = &self.raf {
            if window().request_animation_frame(f).is_ok() {
                self.frame_pending = true;
            }
        }
    }

    fn render(&mut self) -> Result<(), String> {
        if self.need_decode {
            match self.decoder() {
                Decoder::Ready(ex, note, tag) => {
                    self.need_decode = false;
                    self.decode_with(&ex)?;
                    let ds = self.decoded.dataset();
                    let _ = ds.set("epoch", &tag);
                    let _ = self.decoded.class_list().remove_1("stale");
                    set_text("decoder-note", &note);
                }
                Decoder::Wait(note) => {
                    let _ = self.decoded.class_list().add_1("stale");
                    set_text("decoder-note", &note);
                }
                Decoder::Fetch(i) => {
                    let _ = self.decoded.class_list().add_1("stale");
                    let epoch = self.evo.as_ref().map_or(0, |e| e.data.frames[i].epoch);
                    set_text(
                        "decoder-note",
                        &format!("Loading the decoder of epoch {epoch}…"),
                    );
                    self.fetch_frame(i);
                }
            }
        }
        self.readouts();
        if self.points_dirty {
            self.paint_points();
        }
        self.draw_marker();
        Ok(())
    }

    fn decode_with(&mut self, ex: &Explorer) -> Result<(), String> {
        let perf = window().performance();
        let t0 = perf.as_ref().map_or(0.0, |p| p.now());
        let pixels = ex
            .decode_z(self.z)
            .map_err(|e| format!("Decoding z = {:?} failed: {e}", self.z))?;
        let dt = perf.as_ref().map_or(0.0, |p| p.now()) - t0;
        self.decodes += 1;
        self.decode_ms = if self.decodes == 1 {
            dt
        } else {
            0.75 * self.decode_ms + 0.25 * dt
        };
        view::grey_rgba(&pixels, &mut self.rgba);
        let img = ImageData::new_with_u8_clamped_array_and_sh(
            Clamped(&self.rgba),
            latent_core::IMAGE_SIDE as u32,
            latent_core::IMAGE_SIDE as u32,
        )
        .map_err(js_msg)?;
        self.decoded_ctx
            .put_image_data(&img, 0.0, 0.0)
            .map_err(js_msg)?;
        let ds = self.decoded.dataset();
        let _ = ds.set("decodes", &self.decodes.to_string());
        let _ = ds.set("decodeMs", &format!("{dt:.3}"));
        let z = self.z;
        let _ = ds.set("z", &format!("{},{}", z[0], z[1]));
        if let Some(el) = &self.decode_time {
            el.set_text_content(Some(&format!("{:.2} ms", self.decode_ms)));
        }
        Ok(())
    }

    fn readouts(&mut self) {
        let z = self.z;
        let text = view::z_text(z);
        if self.z_readout.text_content().as_deref() != Some(text.as_str()) {
            self.z_readout.set_text_content(Some(&text));
            let ds = self.z_readout.dataset();
            let _ = ds.set("z1", &z[0].to_string());
            let _ = ds.set("z2", &z[1].to_string());
        }
        let at = self.current_map().at(z);
        let (class, conf) = match at {
            Some((c, p)) => (
                class_name(self.class_names(), c).to_string(),
                view::percent(p),
            ),
            None => ("off the map".into(), "–".into()),
        };
        self.map_class.set_text_content(Some(&class));
        self.map_confidence.set_text_content(Some(&conf));
        let c = at.map(|(c, _)| c);
        let quiet = std::mem::take(&mut self.quiet_readout);
        if c != self.shown_class || quiet {
            if let Some(old) = self
                .shown_class
                .and_then(|c| self.legend_items.get(c as usize))
            {
                let _ = old.class_list().remove_1("current");
            }
            if let Some(new) = c.and_then(|c| self.legend_items.get(c as usize)) {
                let _ = new.class_list().add_1("current");
            }
            let _ = self
                .map_class
                .unchecked_ref::<HtmlElement>()
                .style()
                .set_property(
                    "--class-colour",
                    &c.map_or("transparent".into(), palette::class_hex),
                );
            self.shown_class = c;
            if self.source == Source::Pointer && self.decodes > 1 && !quiet {
                self.announce();
            }
        }
    }

    /// Tells screen readers (`aria-live="polite"`) the class under the cursor.
    fn announce(&self) {
        let text = match self.current_map().at(self.z) {
            Some((c, p)) => format!(
                "Class {}, {} confidence, at {}",
                class_name(self.class_names(), c),
                view::percent(p),
                view::z_text(self.z)
            ),
            None => "Off the map".into(),
        };
        self.say(&text);
    }

    /// The encoded test points of the selected epoch, coloured by their label with the class
    /// palette and ringed (white, then dark) so they stand out over any region.
    fn paint_points(&mut self) {
        self.points_dirty = false;
        let Some((c, ctx)) = &self.points_canvas else {
            return;
        };
        let show = self.evo.as_ref().filter(|e| e.points);
        c.set_hidden(show.is_none());
        let Some(e) = show else { return };
        let (pw, ph, _) = fit_canvas(c);
        ctx.clear_rect(0.0, 0.0, pw as f64, ph as f64);
        let frame = &e.data.frames[e.frame];
        let g = frame.map.grid;
        let dpr = window().device_pixel_ratio().max(1.0);
        let r = 2.6 * dpr;
        let classes = e.data.meta.class_names.len().max(1);
        for class in 0..classes as u8 {
            ctx.begin_path();
            let mut any = false;
            for (p, &l) in frame.points.iter().zip(&e.data.labels) {
                if l != class {
                    continue;
                }
                let [u, v] = g.uv_of(*p);
                if !(0.0..=1.0).contains(&u) || !(0.0..=1.0).contains(&v) {
                    continue;
                }
                let (x, y) = (u as f64 * pw as f64, v as f64 * ph as f64);
                ctx.move_to(x + r, y);
                let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
                any = true;
            }
            if !any {
                continue;
            }
            ctx.set_line_width(4.6 * dpr);
            ctx.set_stroke_style_str("rgba(255,255,255,0.95)");
            ctx.stroke();
            ctx.set_line_width(2.4 * dpr);
            ctx.set_stroke_style_str("#111");
            ctx.stroke();
            ctx.set_fill_style_str(&palette::class_hex(class));
            ctx.fill();
        }
    }

    /// A ring with four ticks at the cursor, on the overlay canvas at device resolution.
    fn draw_marker(&mut self) {
        let (pw, ph, resized) = fit_canvas(&self.overlay);
        if resized && self.evo.as_ref().is_some_and(|e| e.points) {
            self.paint_points();
        }
        let dpr = window().device_pixel_ratio().max(1.0);
        let ctx = &self.overlay_ctx;
        ctx.clear_rect(0.0, 0.0, pw as f64, ph as f64);
        let [u, v] = self.current_map().grid.uv_of(self.z);
        let (x, y) = (u as f64 * pw as f64, v as f64 * ph as f64);
        let r = 7.0 * dpr;
        let path = |ctx: &CanvasRenderingContext2d| {
            ctx.begin_path();
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            for (dx, dy) in [(1.0, 0.0), (-1.0, 0.0), (0.0, 1.0), (0.0, -1.0)] {
                ctx.move_to(x + dx * r, y + dy * r);
                ctx.line_to(x + dx * 2.2 * r, y + dy * 2.2 * r);
            }
            ctx.stroke();
        };
        ctx.set_stroke_style_str("rgba(255,255,255,0.9)");
        ctx.set_line_width(4.0 * dpr);
        path(ctx);
        ctx.set_stroke_style_str("#111");
        ctx.set_line_width(1.75 * dpr);
        path(ctx);
    }
}

/// Adds a listener for `event` on element `id` (if the page has it), for the page's lifetime;
/// the handler gets the event's target.
fn on(id: &str, event: &str, f: impl FnMut(web_sys::EventTarget) + 'static) -> Result<(), String> {
    on_boxed(id, event, Box::new(f)) // one instance of the listener code, not one per handler
}

fn on_boxed(
    id: &str,
    event: &str,
    mut f: Box<dyn FnMut(web_sys::EventTarget)>,
) -> Result<(), String> {
    let Some(e) = el(id) else { return Ok(()) };
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
        if let Some(t) = ev.target() {
            f(t);
        }
    });
    e.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref())
        .map_err(js_msg)?;
    cb.forget();
    Ok(())
}

fn class_name(names: &[String], c: u8) -> &str {
    names.get(c as usize).map_or("?", |s| s.as_str())
}

fn clamp_z(z: [f32; 2], grid: &Meshgrid) -> [f32; 2] {
    let b = grid.bounds;
    let f = |x: f32, lo: f32, hi: f32| {
        if x.is_finite() {
            x.clamp(lo, hi)
        } else {
            (lo + hi) / 2.0
        }
    };
    [f(z[0], b.min[0], b.max[0]), f(z[1], b.min[1], b.max[1])]
}
