//! Drawing for the hands-on views: the pad, 28 × 28 images and strips, probability bars,
//! the tiles layer and the overlay (μ, σ ellipses, the interpolation segment). Called only
//! by [`crate::render_views::ViewsRenderer`].

use crate::dom::{ctx2d, id, Dom};
use crate::paint::fit_canvas;
use latent_core::draw::{Stroke, PEN_RADIUS};
use latent_core::latent_map::Meshgrid;
use latent_core::palette;
use latent_core::{IMAGE_PIXELS, IMAGE_SIDE};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, HtmlElement};

pub use latent_web_kit::{attr, hidden, image, message, text};
use latent_web_kit::{canvas, js_msg, put};

/// Whether the pad's device-pixel size changed (it is then refitted and must be redrawn).
pub fn pad_resized(dom: &Dom) -> bool {
    canvas(dom, id::DRAW_PAD).is_some_and(|c| fit_canvas(&c).2)
}

/// The strokes on the pad, with the pen's width ([`PEN_RADIUS`]) as the preprocessing uses.
pub fn pad(dom: &Dom, strokes: &[Stroke]) {
    let Some(c) = canvas(dom, id::DRAW_PAD) else {
        return;
    };
    let (w, h, _) = fit_canvas(&c);
    let Ok(ctx) = ctx2d(&c) else { return };
    ctx.set_fill_style_str("#000");
    ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
    ctx.set_stroke_style_str("#fff");
    ctx.set_fill_style_str("#fff");
    ctx.set_line_cap("round");
    ctx.set_line_join("round");
    ctx.set_line_width(2.0 * PEN_RADIUS as f64 * w as f64);
    for s in strokes {
        let Some(first) = s.first() else { continue };
        ctx.begin_path();
        ctx.move_to(first[0] as f64 * w as f64, first[1] as f64 * h as f64);
        if s.len() == 1 {
            let _ = ctx.arc(
                first[0] as f64 * w as f64,
                first[1] as f64 * h as f64,
                PEN_RADIUS as f64 * w as f64,
                0.0,
                std::f64::consts::TAU,
            );
            ctx.fill();
            continue;
        }
        for p in &s[1..] {
            ctx.line_to(p[0] as f64 * w as f64, p[1] as f64 * h as f64);
        }
        ctx.stroke();
    }
}

/// `n` images side by side (`n · 784` pixels) on canvas `i`.
pub fn strip(dom: &Dom, i: &str, px: Option<&[f32]>) -> Result<(), String> {
    let Some(c) = canvas(dom, i) else {
        return Ok(());
    };
    let Some(px) = px else {
        return put(&c, &[0, 0, 0, 255], 1, 1);
    };
    let n = px.len() / IMAGE_PIXELS;
    let (w, s) = (n * IMAGE_SIDE, IMAGE_SIDE);
    let mut rgba = vec![0u8; w * s * 4];
    for k in 0..n {
        for r in 0..s {
            for col in 0..s {
                let v = px[k * IMAGE_PIXELS + r * s + col].clamp(0.0, 1.0);
                let g = (v * 255.0).round() as u8;
                let o = (r * w + k * s + col) * 4;
                rgba[o..o + 4].copy_from_slice(&[g, g, g, 255]);
            }
        }
    }
    put(&c, &rgba, w as u32, s as u32)
}

/// The strip's classes: one item per step, class changes marked.
pub fn strip_classes(dom: &Dom, classes: &[(String, bool, f32)]) -> Result<(), String> {
    let Some(ol) = dom.el(id::INTERP_CLASSES) else {
        return Ok(());
    };
    ol.set_text_content(None);
    for (k, (name, change, p)) in classes.iter().enumerate() {
        let li = dom.doc.create_element("li").map_err(js_msg)?;
        li.set_text_content(Some(name));
        let _ = li.set_attribute(
            "title",
            &format!("Step {}: {name}, {:.0} %", k + 1, p * 100.0),
        );
        if *change {
            li.set_class_name("change");
            let mark = dom.doc.create_element("span").map_err(js_msg)?;
            mark.set_class_name("visually-hidden");
            mark.set_text_content(Some(" (class changes here)"));
            li.append_child(&mark).map_err(js_msg)?;
        }
        ol.append_child(&li).map_err(js_msg)?;
    }
    Ok(())
}

/// The probability bars, one per class: name, bar, value. Returns the items.
pub fn bars(dom: &Dom, names: &[String]) -> Result<Vec<Element>, String> {
    let Some(ul) = dom.el(id::CLASS_BARS) else {
        return Ok(Vec::new());
    };
    ul.set_text_content(None);
    let mut out = Vec::new();
    for (i, n) in names.iter().enumerate() {
        let li = dom.doc.create_element("li").map_err(js_msg)?;
        let _ = li.set_attribute("data-class", &i.to_string());
        li.set_inner_html(
            "<span class=\"bar-name\"></span><span class=\"bar-track\" aria-hidden=\"true\">\
             <span class=\"bar-fill\"></span></span><span class=\"bar-value\"></span>",
        );
        if let Ok(Some(e)) = li.query_selector(".bar-name") {
            e.set_text_content(Some(n));
        }
        if let Ok(Some(e)) = li.query_selector(".bar-fill") {
            let _ = e
                .unchecked_ref::<HtmlElement>()
                .style()
                .set_property("background-color", &palette::class_hex(i as u8));
        }
        ul.append_child(&li).map_err(js_msg)?;
        out.push(li);
    }
    Ok(out)
}

/// Sets each bar to its probability.
pub fn set_bars(items: &[Element], p: &[f32]) {
    for (li, &q) in items.iter().zip(p) {
        if let Ok(Some(e)) = li.query_selector(".bar-fill") {
            let _ = e
                .unchecked_ref::<HtmlElement>()
                .style()
                .set_property("width", &format!("{:.2}%", q * 100.0));
        }
        if let Ok(Some(e)) = li.query_selector(".bar-value") {
            e.set_text_content(Some(&format!("{:.1} %", q * 100.0)));
        }
        attr(li, "data-p", Some(&format!("{q:.6}")));
    }
}

/// Canvas `i` laid over the map (created in `#map-box` on first use; `below` puts it under
/// the cursor marker).
///
/// # Errors
/// A sentence when the page has no map box or refuses the element.
pub fn layer(dom: &Dom, i: &str, below: bool) -> Result<HtmlCanvasElement, String> {
    if let Some(c) = canvas(dom, i) {
        return Ok(c);
    }
    let bx = dom.el(id::MAP_BOX).ok_or("The page has no #map-box.")?;
    let c: HtmlCanvasElement = dom
        .doc
        .create_element("canvas")
        .map_err(js_msg)?
        .unchecked_into();
    c.set_id(i);
    c.set_class_name("tools-layer");
    let _ = c.set_attribute("aria-hidden", "true");
    let before = if below { dom.el(id::OVERLAY) } else { None };
    bx.insert_before(&c, before.as_ref().map(|e| e.unchecked_ref()))
        .map_err(js_msg)?;
    Ok(c)
}

/// Fits a layer to its box's device pixels; whether it changed.
pub fn fit(c: &HtmlCanvasElement) -> bool {
    fit_canvas(c).2
}

/// `n × n` tiles (`n² · 784` pixels) on the tiles layer.
pub fn tiles(c: &HtmlCanvasElement, px: &[f32], n: usize) -> Result<(), String> {
    let side = n * IMAGE_SIDE;
    let mut rgba = vec![0u8; side * side * 4];
    for t in 0..n * n {
        let (tr, tc) = (t / n, t % n);
        for r in 0..IMAGE_SIDE {
            for col in 0..IMAGE_SIDE {
                let v = px[t * IMAGE_PIXELS + r * IMAGE_SIDE + col].clamp(0.0, 1.0);
                let g = (v * 255.0).round() as u8;
                let o = ((tr * IMAGE_SIDE + r) * side + tc * IMAGE_SIDE + col) * 4;
                rgba[o..o + 4].copy_from_slice(&[g, g, g, 255]);
            }
        }
    }
    put(c, &rgba, side as u32, side as u32)
}

/// What the overlay shows.
#[derive(Debug, Default, PartialEq)]
pub struct Shapes {
    /// μ and σ of an encoded image.
    pub mu: Option<([f32; 2], Option<[f32; 2]>)>,
    /// Interpolation start.
    pub a: Option<[f32; 2]>,
    /// Interpolation end.
    pub b: Option<[f32; 2]>,
    /// The strip's points, `true` where the class changes.
    pub steps: Vec<([f32; 2], bool)>,
}

/// Draws `shapes` on the overlay `c` for the map over `g`.
pub fn draw_shapes(c: &HtmlCanvasElement, g: &Meshgrid, shapes: &Shapes) {
    let Ok(ctx) = ctx2d(c) else { return };
    let (w, h) = (c.width() as f64, c.height() as f64);
    ctx.clear_rect(0.0, 0.0, w, h);
    let d = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio().max(1.0));
    let xy = |z: [f32; 2]| {
        let [u, v] = g.uv_of(z);
        (u as f64 * w, v as f64 * h)
    };
    let size = g.bounds.size();
    let twice = |f: &dyn Fn()| {
        ctx.set_stroke_style_str("rgba(255,255,255,0.95)");
        ctx.set_line_width(4.5 * d);
        f();
        ctx.set_stroke_style_str("#111");
        ctx.set_line_width(2.0 * d);
        f();
    };
    if let Some((mu, sigma)) = shapes.mu {
        let (x, y) = xy(mu);
        if let Some(sg) = sigma {
            for k in [1.0, 2.0] {
                let rx = k * sg[0] as f64 / size[0] as f64 * w;
                let ry = k * sg[1] as f64 / size[1] as f64 * h;
                twice(&|| {
                    ctx.begin_path();
                    let _ = ctx.ellipse(
                        x,
                        y,
                        rx.max(0.5),
                        ry.max(0.5),
                        0.0,
                        0.0,
                        std::f64::consts::TAU,
                    );
                    if k == 2.0 {
                        ctx.set_line_dash(&js_sys::Array::of2(
                            &(6.0 * d).into(),
                            &(4.0 * d).into(),
                        ))
                        .ok();
                    }
                    ctx.stroke();
                    let _ = ctx.set_line_dash(&js_sys::Array::new());
                });
            }
        }
        // μ: a diamond
        let r = 8.0 * d;
        twice(&|| {
            ctx.begin_path();
            ctx.move_to(x, y - r);
            ctx.line_to(x + r, y);
            ctx.line_to(x, y + r);
            ctx.line_to(x - r, y);
            ctx.close_path();
            ctx.stroke();
        });
    }
    if let (Some(a), Some(b)) = (shapes.a, shapes.b) {
        let (pa, pb) = (xy(a), xy(b));
        twice(&|| {
            ctx.begin_path();
            ctx.move_to(pa.0, pa.1);
            ctx.line_to(pb.0, pb.1);
            ctx.stroke();
        });
        for (z, change) in &shapes.steps {
            let (x, y) = xy(*z);
            ctx.begin_path();
            let r = if *change { 6.0 } else { 3.5 } * d;
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            ctx.set_fill_style_str(if *change { "#fff" } else { "#111" });
            ctx.fill();
            ctx.set_stroke_style_str("#111");
            ctx.set_line_width(2.0 * d);
            ctx.stroke();
        }
    }
    ctx.set_font(&format!(
        "700 {}px system-ui, sans-serif",
        (14.0 * d).round()
    ));
    for (z, name) in [(shapes.a, "A"), (shapes.b, "B")] {
        let Some(z) = z else { continue };
        let (x, y) = xy(z);
        ctx.set_fill_style_str("#fff");
        ctx.fill_rect(x + 6.0 * d, y - 20.0 * d, 16.0 * d, 18.0 * d);
        ctx.set_fill_style_str("#111");
        let _ = ctx.fill_text(name, x + 9.0 * d, y - 6.0 * d);
    }
}
