//! Drawing on the page's canvases and the map's surroundings (axes, labels, legend): the
//! renderer's hands, called only by [`super::render::Renderer`].

use super::dom::Dom;
use super::{ids, layout};
use crate::model::text::{class_name, zoom_arg};
use crate::model::zoom::Zoom;
use latent_core::bundle::evolution::Frame;
use latent_core::latent_map::{Bounds, ClassMap, Meshgrid};
use latent_core::palette;
use latent_i18n::{num, t, L10n};
use latent_web_kit::{dpr, fit_canvas, grey_rgba, js_msg};
use wasm_bindgen::{Clamped, JsCast};
use web_sys::{CanvasRenderingContext2d, Element, HtmlCanvasElement, HtmlElement, ImageData};

/// The class map, one canvas pixel per cell (CSS scales it with crisp pixels). Sizing and
/// drawing happen in one task, so no blank frame is shown.
pub fn map(
    dom: &Dom,
    l: &L10n,
    m: &ClassMap,
    names: &[String],
    epoch: Option<usize>,
) -> Result<(), String> {
    let (w, h) = (m.grid.width as u32, m.grid.height as u32);
    let rgba = layout::map_rgba(m);
    let img = ImageData::new_with_u8_clamped_array_and_sh(Clamped(&rgba), w, h).map_err(js_msg)?;
    if dom.map.width() != w {
        dom.map.set_width(w);
    }
    if dom.map.height() != h {
        dom.map.set_height(h);
    }
    latent_web_kit::ctx2d(&dom.map)?
        .put_image_data(&img, 0.0, 0.0)
        .map_err(js_msg)?;
    // the build's picture of the default map gives way to the canvas, in the same frame
    if let Some(picture) = dom.el(ids::MAP_PICTURE) {
        picture.remove();
    }
    if let Some(frame) = dom.el(ids::MAP_FRAME) {
        let _ = frame
            .unchecked_into::<HtmlElement>()
            .style()
            .set_property("--map-aspect", &format!("{}", w as f32 / h as f32));
    }
    let classes = names.join(", ");
    let label = match epoch {
        Some(e) => t!(
            "map-label-epoch",
            epoch = e,
            width = w,
            height = h,
            classes = classes
        ),
        None => t!("map-label", width = w, height = h, classes = classes),
    };
    let _ = dom.map.set_attribute("aria-label", &l.text(&label));
    Ok(())
}

/// Tick labels in latent units along both axes of the part of the plane on screen.
pub fn axes(dom: &Dom, l: &L10n, b: &Bounds) -> Result<(), String> {
    for (i, prop, axis_ticks) in layout::axes_ticks(b) {
        let Some(axis) = dom.el(i) else { continue };
        let ticks = axis
            .query_selector(".ticks")
            .map_err(js_msg)?
            .unwrap_or(axis);
        // (the build's first paint of the default map, if any, goes with the rest)
        ticks.set_text_content(None);
        for t in axis_ticks {
            let el = span(dom, "tick", &t.label.replace('.', l.locale().decimal))?;
            let _ = el.style().set_property(prop, &layout::tick_offset(&t));
            ticks.append_child(&el).map_err(js_msg)?;
        }
    }
    Ok(())
}

fn span(dom: &Dom, class: &str, text: &str) -> Result<HtmlElement, String> {
    let el: HtmlElement = dom
        .doc
        .create_element("span")
        .map_err(js_msg)?
        .unchecked_into();
    el.set_class_name(class);
    el.set_text_content(Some(text));
    Ok(el)
}

/// The zoom: the map canvas and the class labels are magnified by the style from three
/// properties of the map box (`--zk` the factor, `--zu`/`--zv` the window's top-left corner
/// in fractions of the map); the zoom bar shows the factor, and what the magnified map is.
pub fn zoom(dom: &Dom, l: &L10n, g: &Meshgrid, z: &Zoom, evolution: bool) {
    let ([u0, v0], _) = z.window_uv(g);
    let k = z.factor();
    if let Some(b) = dom.el(ids::MAP_BOX) {
        let st = b.unchecked_ref::<HtmlElement>().style();
        let _ = st.set_property("--zk", &format!("{k}"));
        let _ = st.set_property("--zu", &format!("{u0:.6}"));
        let _ = st.set_property("--zv", &format!("{v0:.6}"));
        // the latent window on screen, for tests and tools: `min z₁,min z₂,max z₁,max z₂`
        let w = z.window(g).bounds;
        let _ = b.set_attribute(
            "data-window",
            &format!("{},{},{},{}", w.min[0], w.min[1], w.max[0], w.max[1]),
        );
    }
    // one mark for the style (clipping, the embed's zoom bar) and the wheel's rule
    if z.is_zoomed() {
        let _ = dom.body.set_attribute("data-zoomed", "");
    } else {
        let _ = dom.body.remove_attribute("data-zoomed");
    }
    if let Some(bar) = dom.el(ids::ZOOM_BAR) {
        let _ = bar.toggle_attribute_with_force("hidden", evolution);
    }
    if let Some(e) = dom.el(ids::ZOOM_LEVEL) {
        e.set_text_content(Some(&l.text(&t!("zoom-level", zoom = zoom_arg(k)))));
    }
    for (i, off) in [
        (ids::ZOOM_OUT, !z.is_zoomed()),
        (ids::ZOOM_RESET, !z.is_zoomed()),
        (ids::ZOOM_IN, k >= crate::model::zoom::MAX_ZOOM),
    ] {
        if let Some(b) = dom.el(i) {
            let _ = b.toggle_attribute_with_force("disabled", off);
        }
    }
    if let Some(e) = dom.el(ids::ZOOM_NOTE) {
        let cells = (g.width as f32 / k).round();
        e.set_text_content(Some(&l.text(&if z.is_zoomed() {
            t!(
                "zoom-note-zoomed",
                zoom = zoom_arg(k),
                width = g.width,
                height = g.height,
                cells = num(cells, 0)
            )
        } else {
            t!("zoom-note")
        })));
    }
}

/// Each class's name written inside its visible region (of the zoomed window), so colour is
/// never the only cue. A name longer than its region is shortened with an ellipsis by the
/// style (its room, `--lr`, sets the largest width: [`view::window_label_places`]); the full
/// name is in the label's title, the legend and the readouts. Each label is then kept inside
/// the map box (a small region near the edge can be narrower than the shortest label).
pub fn map_labels(
    dom: &Dom,
    m: &ClassMap,
    names: &[String],
    window: ([f32; 2], f32),
) -> Result<(), String> {
    let Some(box_) = dom.el(ids::MAP_LABELS) else {
        return Ok(());
    };
    let ([u0, v0], side) = window;
    let whole = (u0, v0, side) == (0.0, 0.0, 1.0);
    if whole {
        if let Some(placed) = first_paint_labels(&box_, names) {
            return keep_inside(&box_, placed, u0, v0, side);
        }
    }
    box_.set_text_content(None);
    let mut placed = Vec::new();
    for (c, x, y, room) in layout::window_label_places(m, u0, v0, side) {
        let name = class_name(names, c);
        let el = span(dom, "map-label", name)?;
        let _ = el.set_attribute("title", name);
        let st = el.style();
        // fractions of the whole map; the style places them in the zoomed window
        for (prop, value) in layout::label_vars(c, x, y, room) {
            let _ = st.set_property(prop, &value);
        }
        box_.append_child(&el).map_err(js_msg)?;
        placed.push((el.into(), x, y));
    }
    keep_inside(&box_, placed, u0, v0, side)
}

/// The labels the site build wrote for the first paint (`crates/site`, the same places as
/// [`layout::window_label_places`] over the whole map), when they are still in `box_` and name
/// the classes as `names` do: the page takes them as its own (their first-paint mark goes)
/// instead of placing them again, which is the first frame's longest piece of work on a slow
/// phone. `None` when they are gone, another map's (no `data-first-paint` on `<html>`) or in
/// other words.
fn first_paint_labels(box_: &Element, names: &[String]) -> Option<Vec<(Element, f32, f32)>> {
    // (the head script marks an address that shows the build's map whole; elsewhere they are
    // another map's labels, kept unseen)
    let doc = box_.owner_document()?;
    if !doc.document_element()?.has_attribute("data-first-paint") {
        return None;
    }
    let first = box_.first_element_child()?;
    if !first.class_list().contains(ids::FIRST_PAINT_CLASS) {
        return None;
    }
    let mut placed = Vec::new();
    let mut next = Some(first);
    while let Some(el) = next {
        next = el.next_element_sibling();
        let c: u8 = el.get_attribute("data-class")?.parse().ok()?;
        if el.get_attribute("title")? != class_name(names, c) {
            return None;
        }
        let st = el.dyn_ref::<HtmlElement>()?.style();
        let var = |p: &str| st.get_property_value(p).ok()?.trim().parse::<f32>().ok();
        placed.push((el, var("--lx")?, var("--ly")?));
    }
    for (el, ..) in &placed {
        let _ = el.class_list().remove_1(ids::FIRST_PAINT_CLASS);
        let _ = el.remove_attribute("data-class");
    }
    Some(placed)
}

/// Keeps every label inside the box: its centre at least half its size from each edge.
fn keep_inside(
    box_: &Element,
    placed: Vec<(Element, f32, f32)>,
    u0: f32,
    v0: f32,
    side: f32,
) -> Result<(), String> {
    let (bw, bh) = (box_.client_width() as f64, box_.client_height() as f64);
    if bw <= 0.0 || bh <= 0.0 || side <= 0.0 {
        return Ok(());
    }
    let k = 1.0 / side as f64;
    for (el, x, y) in placed {
        let Some(el) = el.dyn_ref::<HtmlElement>() else {
            continue;
        };
        let (hw, hh) = (
            el.offset_width() as f64 / 2.0,
            el.offset_height() as f64 / 2.0,
        );
        let keep = |at: f32, origin: f32, half: f64, size: f64| -> Option<f64> {
            let px = (at as f64 - origin as f64) * k * size;
            let lo = half.min(size / 2.0);
            let fit = px.clamp(lo, (size - half).max(lo));
            ((fit - px).abs() > 0.01).then(|| origin as f64 + fit / (k * size))
        };
        let st = el.style();
        if let Some(x) = keep(x, u0, hw, bw) {
            let _ = st.set_property("--lx", &format!("{x:.5}"));
        }
        if let Some(y) = keep(y, v0, hh, bh) {
            let _ = st.set_property("--ly", &format!("{y:.5}"));
        }
    }
    Ok(())
}

/// The legend: swatch, name and share of the map per class; returns the items (for marking
/// the current class).
pub fn legend(dom: &Dom, l: &L10n, m: &ClassMap, names: &[String]) -> Result<Vec<Element>, String> {
    let ul = dom
        .el(ids::LEGEND)
        .ok_or("The page is missing its #legend element.")?;
    ul.set_text_content(None);
    let mut share = vec![0usize; names.len()];
    for &c in &m.class {
        if let Some(s) = share.get_mut(c as usize) {
            *s += 1;
        }
    }
    let cells = m.class.len().max(1) as f32;
    let mut items = Vec::with_capacity(names.len());
    for (i, name) in names.iter().enumerate() {
        let li = dom.doc.create_element("li").map_err(js_msg)?;
        let _ = li.set_attribute("data-class", &i.to_string());
        let sw = span(dom, "swatch", "")?;
        let _ = sw
            .style()
            .set_property("background-color", &palette::class_hex(i as u8));
        let _ = sw.set_attribute("aria-hidden", "true");
        let nm = span(dom, "name", name)?;
        let pc = span(dom, "share", "")?;
        let pct = share[i] as f32 / cells * 100.0;
        pc.set_text_content(Some(&l.text(&t!("percent", pct = num(pct, 0)))));
        let hidden = span(dom, "visually-hidden", &l.text(&t!("legend-of-map")))?;
        pc.append_with_str_1(" ").map_err(js_msg)?;
        pc.append_child(&hidden).map_err(js_msg)?;
        let _ = pc.set_attribute(
            "title",
            &l.text(&t!("legend-share-title", pct = num(pct, 1))),
        );
        li.append_child(&sw).map_err(js_msg)?;
        li.append_child(&nm).map_err(js_msg)?;
        li.append_with_str_1(" ").map_err(js_msg)?;
        li.append_child(&pc).map_err(js_msg)?;
        ul.append_child(&li).map_err(js_msg)?;
        items.push(li);
    }
    Ok(items)
}

/// Puts 784 pixels in `[0, 1]` on the 28 × 28 canvas (`rgba` is the reused buffer).
pub fn decoded(dom: &Dom, pixels: &[f32], rgba: &mut [u8]) -> Result<(), String> {
    grey_rgba(pixels, rgba);
    let side = latent_core::IMAGE_SIDE as u32;
    let img =
        ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), side, side).map_err(js_msg)?;
    dom.decoded_ctx
        .put_image_data(&img, 0.0, 0.0)
        .map_err(js_msg)
}

/// The encoded test points of an evolution frame, coloured by label with the class palette
/// and ringed (white, then dark) so they stand out over any region; `None` hides them.
pub fn points(dom: &Dom, shown: Option<(&Frame, &[u8], usize)>) {
    let Some((c, ctx)) = &dom.points else { return };
    c.set_hidden(shown.is_none());
    let Some((frame, labels, classes)) = shown else {
        return;
    };
    let (pw, ph, _) = fit_canvas(c);
    ctx.clear_rect(0.0, 0.0, pw as f64, ph as f64);
    let g = frame.map.grid;
    let d = dpr();
    let r = 2.6 * d;
    for class in 0..classes.max(1) as u8 {
        ctx.begin_path();
        let mut any = false;
        for (p, &l) in frame.points.iter().zip(labels) {
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
        ctx.set_line_width(4.6 * d);
        ctx.set_stroke_style_str("rgba(255,255,255,0.95)");
        ctx.stroke();
        ctx.set_line_width(2.4 * d);
        ctx.set_stroke_style_str("#111");
        ctx.stroke();
        ctx.set_fill_style_str(&palette::class_hex(class));
        ctx.fill();
    }
}

/// A ring with four ticks at normalised position `(u, v)`, on the overlay canvas at device
/// resolution, `scale` times the normal size and line width (2 in presentation mode).
/// Returns whether the overlay was resized (the points layer then needs a repaint too).
pub fn marker(dom: &Dom, uv: [f32; 2], scale: f64) -> bool {
    marker_on(&dom.overlay, &dom.overlay_ctx, uv, scale)
}

/// [`marker`] on any overlay canvas (the compared map's).
pub fn marker_on(
    canvas: &HtmlCanvasElement,
    ctx: &CanvasRenderingContext2d,
    uv: [f32; 2],
    scale: f64,
) -> bool {
    let (pw, ph, resized) = fit_canvas(canvas);
    let d = dpr() * scale;
    ctx.clear_rect(0.0, 0.0, pw as f64, ph as f64);
    let (x, y) = (uv[0] as f64 * pw as f64, uv[1] as f64 * ph as f64);
    let r = 7.0 * d;
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
    ctx.set_line_width(4.0 * d);
    path(ctx);
    ctx.set_stroke_style_str("#111");
    ctx.set_line_width(1.75 * d);
    path(ctx);
    resized
}

/// Canvas `i` laid over the map (created in `#map-box` on first use; `below` puts it under
/// the cursor marker).
///
/// # Errors
/// A sentence when the page has no map box or refuses the element.
#[cfg(feature = "tools")]
pub fn layer(dom: &Dom, i: &str, below: bool) -> Result<HtmlCanvasElement, String> {
    if let Some(c) = latent_web_kit::canvas(dom, i) {
        return Ok(c);
    }
    let bx = dom.el(ids::MAP_BOX).ok_or("The page has no #map-box.")?;
    let c: HtmlCanvasElement = dom
        .doc
        .create_element("canvas")
        .map_err(js_msg)?
        .unchecked_into();
    c.set_id(i);
    c.set_class_name("tools-layer");
    let _ = c.set_attribute("aria-hidden", "true");
    let before = if below { dom.el(ids::OVERLAY) } else { None };
    bx.insert_before(&c, before.as_ref().map(|e| e.unchecked_ref()))
        .map_err(js_msg)?;
    Ok(c)
}
