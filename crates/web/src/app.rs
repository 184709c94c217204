//! The page: loading, painting the class map, pointer and keyboard input, readouts.
//!
//! One [`App`] value holds the state (bundle, cursor `z`) and the elements it writes to.
//! Input handlers only update the cursor and ask for an animation frame; the frame decodes
//! the cursor once and renders, so a burst of pointer moves costs one decode per frame.
//! Handlers are created once at start-up; per frame nothing is allocated but candle's
//! temporaries and a few short strings, all freed before the next frame.

use crate::{view, Explorer};
use latent_core::bundle::{Manifest, FORMAT_VERSION};
use latent_core::palette;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{Clamped, JsCast};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    CanvasRenderingContext2d, Document, Element, HtmlCanvasElement, HtmlElement, HtmlSelectElement,
    ImageData, KeyboardEvent, PointerEvent, Response, UrlSearchParams, Window,
};

/// Where the page looks for the list of bundles, relative to itself.
pub const MANIFEST_URL: &str = "weights/manifest.json";

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

fn set_status(text: Option<&str>) {
    if let Some(el) = document().get_element_by_id("status") {
        el.set_text_content(text);
        let _ = if text.is_some() {
            el.remove_attribute("hidden")
        } else {
            el.set_attribute("hidden", "")
        };
    }
}

/// Shows `msg` in `#error` (made visible) and sets `<body data-state="error">`.
pub fn show_error(msg: &str) {
    let doc = document();
    if let Some(el) = doc.get_element_by_id("error") {
        el.set_text_content(Some(msg));
        let _ = el.remove_attribute("hidden");
    }
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

fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else {
        format!("{} kB", n.div_ceil(1000))
    }
}

/// Loads the bundle and mounts the app (see the crate docs for the query parameters).
pub async fn run() -> Result<(), String> {
    set_state("loading");
    let search = window().location().search().unwrap_or_default();
    let params = UrlSearchParams::new_with_str(&search).map_err(js_msg)?;
    if params.get("embed").is_some_and(|v| v != "0") {
        if let Some(body) = document().body() {
            let _ = body.dataset().set("embed", "");
        }
    }
    // an empty `?bundle=` would fetch the page itself: treat it as absent
    let (url, label) = match params.get("bundle").filter(|u| !u.trim().is_empty()) {
        Some(url) => (url, None),
        None => {
            set_status(Some("Loading the list of models…"));
            let manifest = load_manifest().await?;
            let entry = match params.get("model") {
                Some(id) => manifest
                    .bundles
                    .iter()
                    .find(|b| b.id == id)
                    .ok_or_else(|| {
                        let ids: Vec<&str> =
                            manifest.bundles.iter().map(|b| b.id.as_str()).collect();
                        format!(
                            "There is no model “{id}” in {MANIFEST_URL}; it lists: {}.",
                            ids.join(", ")
                        )
                    })?,
                None => &manifest.bundles[0],
            };
            model_select(&manifest, &entry.id)?;
            set_status(Some(&format!(
                "Loading {} ({})…",
                entry.label,
                human_bytes(entry.view_bytes)
            )));
            (
                view::join_url(MANIFEST_URL, &entry.view),
                Some(entry.label.clone()),
            )
        }
    };
    if label.is_none() {
        set_status(Some(&format!("Loading {url}…")));
    }
    let bytes = fetch_bytes(&url)
        .await
        .map_err(|e| format!("Could not load {url}: {e}"))?;
    let name = url.rsplit('/').next().unwrap_or(&url);
    let explorer =
        Explorer::load(&bytes, name).map_err(|e| format!("Could not load {url}: {e}"))?;
    drop(bytes);
    // `?z=z1,z2`: two finite numbers, else ignored (the cursor starts at the origin)
    let z0 = params.get("z").and_then(|s| {
        let (a, b) = s.split_once(',')?;
        let z: [f32; 2] = [a.trim().parse().ok()?, b.trim().parse().ok()?];
        z.iter().all(|v| v.is_finite()).then_some(z)
    });
    App::mount(explorer, label, z0)?;
    set_status(None);
    set_state("ready");
    Ok(())
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

/// Fills `#model-select` when the manifest lists more than one model; choosing one reloads
/// the page with `?model=<id>`.
fn model_select(manifest: &Manifest, current: &str) -> Result<(), String> {
    if manifest.bundles.len() < 2 {
        return Ok(());
    }
    let Some(select) = document().get_element_by_id("model-select") else {
        return Ok(());
    };
    let select: HtmlSelectElement = select.dyn_into().map_err(js_msg_el)?;
    let doc = document();
    for b in &manifest.bundles {
        let opt = doc.create_element("option").map_err(js_msg)?;
        opt.set_attribute("value", &b.id).map_err(js_msg)?;
        opt.set_text_content(Some(&format!(
            "{} · {}",
            view::dataset_name(&b.dataset),
            b.label
        )));
        select.append_child(&opt).map_err(js_msg)?;
    }
    select.set_value(current);
    let on_change = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Some(s) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
        {
            let id = String::from(js_sys::encode_uri_component(&s.value()));
            let _ = window().location().set_search(&format!("?model={id}"));
        }
    });
    select
        .add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref())
        .map_err(js_msg)?;
    on_change.forget(); // one listener for the page's lifetime
    if let Some(wrap) = doc.get_element_by_id("model-picker") {
        let _ = wrap.remove_attribute("hidden");
    }
    Ok(())
}

fn js_msg_el(_: Element) -> String {
    "#model-select is not a <select>".into()
}

fn ctx2d(c: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, String> {
    c.get_context("2d")
        .map_err(js_msg)?
        .ok_or("This browser gives no 2-D canvas context.")?
        .dyn_into()
        .map_err(|_| "Unexpected canvas context type.".into())
}

/// How the cursor last moved: announcements are made for keyboard moves, and for pointer
/// moves only when the class changes.
#[derive(Clone, Copy, PartialEq)]
enum Source {
    Pointer,
    Keyboard,
}

struct App {
    explorer: Explorer,
    /// Cursor, latent units (always inside the map's bounds).
    z: [f32; 2],
    /// Latent size of one map cell along z₁ and z₂ (the keyboard step).
    cell: [f32; 2],
    source: Source,
    shown_class: Option<u8>,
    frame_pending: bool,
    need_decode: bool,
    /// RGBA of the decoded image, reused every frame.
    rgba: Vec<u8>,
    /// Moving average of the decode time, milliseconds.
    decode_ms: f64,
    decodes: u64,
    map: HtmlCanvasElement,
    overlay: HtmlCanvasElement,
    overlay_ctx: CanvasRenderingContext2d,
    decoded: HtmlCanvasElement,
    decoded_ctx: CanvasRenderingContext2d,
    z_readout: HtmlElement,
    map_class: Element,
    map_confidence: Element,
    decode_time: Option<Element>,
    announce: Option<Element>,
    legend_items: Vec<Element>,
    raf: Option<js_sys::Function>,
}

impl App {
    fn mount(
        explorer: Explorer,
        label: Option<String>,
        z0: Option<[f32; 2]>,
    ) -> Result<(), String> {
        let map: HtmlCanvasElement = by_id("map")?;
        let overlay: HtmlCanvasElement = by_id("map-overlay")?;
        let decoded: HtmlCanvasElement = by_id("decoded")?;
        let grid = explorer.bundle().map.grid;
        let b = grid.bounds;
        let s = b.size();
        let mut app = App {
            z: clamp_z(z0.unwrap_or([0.0, 0.0]), &grid),
            cell: [s[0] / grid.width as f32, s[1] / grid.height as f32],
            source: Source::Pointer,
            shown_class: None,
            frame_pending: false,
            need_decode: true,
            rgba: vec![0; latent_core::IMAGE_PIXELS * 4],
            decode_ms: 0.0,
            decodes: 0,
            overlay_ctx: ctx2d(&overlay)?,
            decoded_ctx: ctx2d(&decoded)?,
            z_readout: by_id("z-readout")?,
            map_class: by_id("map-class")?,
            map_confidence: by_id("map-confidence")?,
            decode_time: document().get_element_by_id("decode-time"),
            announce: document().get_element_by_id("announce"),
            legend_items: Vec::new(),
            raf: None,
            map,
            overlay,
            decoded,
            explorer,
        };
        app.paint_map()?;
        app.axes()?;
        app.map_labels()?;
        app.legend()?;
        app.metrics(label.as_deref())?;
        let app = Rc::new(RefCell::new(app));
        App::listen(&app)?;
        app.borrow_mut().request_frame();
        Ok(())
    }

    /// The class map, one canvas pixel per cell (CSS scales it with crisp pixels).
    fn paint_map(&mut self) -> Result<(), String> {
        let m = &self.explorer.bundle().map;
        let (w, h) = (m.grid.width as u32, m.grid.height as u32);
        self.map.set_width(w);
        self.map.set_height(h);
        let rgba = view::map_rgba(m);
        let img =
            ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), w, h).map_err(js_msg)?;
        ctx2d(&self.map)?
            .put_image_data(&img, 0.0, 0.0)
            .map_err(js_msg)?;
        if let Some(frame) = document().get_element_by_id("map-frame") {
            let frame: HtmlElement = frame.unchecked_into();
            let _ = frame
                .style()
                .set_property("--map-aspect", &format!("{}", w as f32 / h as f32));
        }
        let names = &self.explorer.bundle().meta.class_names;
        let _ = self.map.set_attribute(
            "aria-label",
            &format!(
                "Latent space map, {} by {} cells, coloured by the class the classifier sees \
                 in each decoded point ({}). Use the arrow keys to move the cursor.",
                w,
                h,
                names.join(", ")
            ),
        );
        Ok(())
    }

    /// Tick labels in latent units along both axes.
    fn axes(&self) -> Result<(), String> {
        let b = self.explorer.bundle().map.grid.bounds;
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
        let Some(box_) = document().get_element_by_id("map-labels") else {
            return Ok(());
        };
        box_.set_text_content(None);
        let bundle = self.explorer.bundle();
        let g = bundle.map.grid;
        let doc = document();
        for (c, r, col) in view::label_cells(&bundle.map) {
            let el: HtmlElement = doc.create_element("span").map_err(js_msg)?.unchecked_into();
            el.set_class_name("map-label");
            el.set_text_content(Some(class_name(&bundle.meta.class_names, c)));
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
        let doc = document();
        let bundle = self.explorer.bundle();
        let mut share = vec![0usize; bundle.meta.class_names.len()];
        for &c in &bundle.map.class {
            if let Some(s) = share.get_mut(c as usize) {
                *s += 1;
            }
        }
        let cells = bundle.map.class.len().max(1) as f32;
        for (i, name) in bundle.meta.class_names.iter().enumerate() {
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
            self.legend_items.push(li);
        }
        Ok(())
    }

    /// The model, dataset and the bundle's held-out test figures.
    fn metrics(&self, label: Option<&str>) -> Result<(), String> {
        let Some(el) = document().get_element_by_id("metrics") else {
            return Ok(());
        };
        let meta = &self.explorer.bundle().meta;
        let doc = document();
        el.set_text_content(None);
        let head = doc.create_element("span").map_err(js_msg)?;
        head.set_class_name("model");
        let epochs = if meta.epochs > 0 {
            format!(", {} epochs", meta.epochs)
        } else {
            String::new()
        };
        head.set_text_content(Some(&format!(
            "{} on {}{epochs}",
            label.unwrap_or(&meta.model),
            view::dataset_name(&meta.dataset)
        )));
        el.append_child(&head).map_err(js_msg)?;
        el.append_with_str_1(" ").map_err(js_msg)?;
        for (k, v) in view::metrics(meta) {
            let m = doc.create_element("span").map_err(js_msg)?;
            m.set_class_name("metric");
            let kk = doc.create_element("span").map_err(js_msg)?;
            kk.set_class_name("k");
            kk.set_text_content(Some(&k));
            let vv = doc.create_element("strong").map_err(js_msg)?;
            vv.set_text_content(Some(&v));
            m.append_child(&kk).map_err(js_msg)?;
            m.append_with_str_1(" ").map_err(js_msg)?;
            m.append_child(&vv).map_err(js_msg)?;
            el.append_child(&m).map_err(js_msg)?;
            el.append_with_str_1(" ").map_err(js_msg)?;
        }
        Ok(())
    }

    /// Registers the handlers, once: pointer and keyboard on the map, window resize, and the
    /// animation-frame callback (reused for every frame).
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
            let z = a.explorer.bundle().map.grid.z_at(u, v);
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
            let z = if d[0].is_nan() {
                [0.0, 0.0]
            } else {
                let k = if e.shift_key() { 10.0 } else { 1.0 };
                [a.z[0] + d[0] * k * a.cell[0], a.z[1] + d[1] * k * a.cell[1]]
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
        Ok(())
    }

    fn move_to(&mut self, z: [f32; 2], source: Source) {
        let z = clamp_z(z, &self.explorer.bundle().map.grid);
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
            self.need_decode = false;
            let perf = window().performance();
            let t0 = perf.as_ref().map_or(0.0, |p| p.now());
            let pixels = self
                .explorer
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
            if let Some(el) = &self.decode_time {
                el.set_text_content(Some(&format!("{:.2} ms", self.decode_ms)));
            }
            self.readouts();
        }
        self.draw_marker();
        Ok(())
    }

    fn readouts(&mut self) {
        let z = self.z;
        self.z_readout.set_text_content(Some(&view::z_text(z)));
        let ds = self.z_readout.dataset();
        let _ = ds.set("z1", &z[0].to_string());
        let _ = ds.set("z2", &z[1].to_string());
        let bundle = self.explorer.bundle();
        let at = bundle.map.at(z);
        let (class, conf) = match at {
            Some((c, p)) => (
                class_name(&bundle.meta.class_names, c).to_string(),
                view::percent(p),
            ),
            None => ("off the map".into(), "–".into()),
        };
        self.map_class.set_text_content(Some(&class));
        self.map_confidence.set_text_content(Some(&conf));
        let c = at.map(|(c, _)| c);
        if c != self.shown_class {
            if let Some(old) = self
                .shown_class
                .and_then(|c| self.legend_items.get(c as usize))
            {
                let _ = old.class_list().remove_1("current");
            }
            if let Some(new) = c.and_then(|c| self.legend_items.get(c as usize)) {
                let _ = new.class_list().add_1("current");
            }
            if let Some(c) = c {
                let _ = self
                    .map_class
                    .unchecked_ref::<HtmlElement>()
                    .style()
                    .set_property("--class-colour", &palette::class_hex(c));
            }
            self.shown_class = c;
            if self.source == Source::Pointer && self.decodes > 1 {
                self.announce();
            }
        }
    }

    /// Tells screen readers (`aria-live="polite"`) the class under the cursor.
    fn announce(&self) {
        let Some(el) = &self.announce else { return };
        let bundle = self.explorer.bundle();
        let text = match bundle.map.at(self.z) {
            Some((c, p)) => format!(
                "Class {}, {} confidence, at {}",
                class_name(&bundle.meta.class_names, c),
                view::percent(p),
                view::z_text(self.z)
            ),
            None => "Off the map".into(),
        };
        el.set_text_content(Some(&text));
    }

    /// A ring with four ticks at the cursor, on the overlay canvas at device resolution.
    fn draw_marker(&self) {
        let dpr = window().device_pixel_ratio().max(1.0);
        let cw = self.overlay.client_width() as f64;
        let ch = self.overlay.client_height() as f64;
        let (pw, ph) = ((cw * dpr).round() as u32, (ch * dpr).round() as u32);
        if self.overlay.width() != pw {
            self.overlay.set_width(pw);
        }
        if self.overlay.height() != ph {
            self.overlay.set_height(ph);
        }
        let ctx = &self.overlay_ctx;
        ctx.clear_rect(0.0, 0.0, pw as f64, ph as f64);
        let [u, v] = self.explorer.bundle().map.grid.uv_of(self.z);
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

fn class_name(names: &[String], c: u8) -> &str {
    names.get(c as usize).map_or("?", |s| s.as_str())
}

fn clamp_z(z: [f32; 2], grid: &latent_core::latent_map::Meshgrid) -> [f32; 2] {
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
