//! The lesson's picture over the map (`#lesson-layer`), per step: the guess and μ, the training
//! codes with the quantile lines and the box, the meshgrid, the decode sweep's tiles, the blocks
//! in the stored map's colours; drawn in latent units through the map's window as the page
//! shows it.

use super::ids;
use crate::state::{block_cells, cell, Lesson, Step, CELLS, SIDE};
use latent_core::latent_map::{Bounds, Meshgrid};
use latent_core::palette;
use latent_web_kit::{self as kit, attr, ctx2d, diamond, fit_canvas, halo_stroke, Lookup};
use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Document, HtmlCanvasElement, ImageData};

/// The plane's colour where the map is not made yet.
const PLANE: &str = "#f4f4ef";

/// The map's window as the page shows it (`#map-box[data-window]`: `min z₁,min z₂,max z₁,max z₂`).
fn window(doc: &Document) -> Option<Bounds> {
    let w = doc.el(ids::MAP_BOX)?.get_attribute("data-window")?;
    let v: Vec<f32> = w.split(',').filter_map(|s| s.trim().parse().ok()).collect();
    (v.len() == 4 && v[2] > v[0] && v[3] > v[1]).then(|| Bounds {
        min: [v[0], v[1]],
        max: [v[2], v[3]],
    })
}

/// The picture's canvas, created in the map box above the class map on first use.
fn layer(doc: &Document) -> Result<HtmlCanvasElement, String> {
    if let Some(c) = kit::canvas(doc, ids::LAYER) {
        return Ok(c);
    }
    let bx = doc.el(ids::MAP_BOX).ok_or("The page has no #map-box.")?;
    let c: HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(kit::js_msg)?
        .unchecked_into();
    c.set_id(ids::LAYER);
    c.set_class_name("lesson-layer");
    let _ = c.set_attribute("aria-hidden", "true");
    let after_map = doc.el(ids::MAP).and_then(|m| m.next_sibling());
    bx.insert_before(&c, after_map.as_ref())
        .map_err(kit::js_msg)?;
    Ok(c)
}

/// The picture over the map for the shown step.
pub(super) fn picture(
    doc: &Document,
    l: &Lesson,
    drawn: &mut Option<(u64, [f32; 4], u32, u32)>,
) -> Result<(), String> {
    let Some(step) = l.step else {
        if let Some(c) = kit::canvas(doc, ids::LAYER) {
            c.remove();
        }
        *drawn = None;
        return Ok(());
    };
    let c = layer(doc)?;
    let (w, h, _) = fit_canvas(&c);
    let Some(win) = window(doc) else {
        return Ok(());
    };
    let key = (
        l.version,
        [win.min[0], win.min[1], win.max[0], win.max[1]],
        w,
        h,
    );
    if *drawn == Some(key) {
        return Ok(());
    }
    *drawn = Some(key);
    let ctx = ctx2d(&c)?;
    let (wf, hf) = (w as f64, h as f64);
    ctx.clear_rect(0.0, 0.0, wf, hf);
    attr(&c, "data-step", Some(step.id()));
    let Some(g) = l.grid() else { return Ok(()) };
    let view = Meshgrid { bounds: win, ..g };
    let xy = |z: [f32; 2]| {
        let [u, v] = view.uv_of(z);
        (u as f64 * wf, v as f64 * hf)
    };
    let d = kit::dpr();
    match step {
        s if s.question() => {}
        Step::Encode => encode_picture(&ctx, l, &xy, d),
        Step::Bounds => {
            plane(&ctx, wf, hf);
            bounds_picture(&ctx, l, &g, &xy, d);
        }
        Step::Meshgrid => {
            plane(&ctx, wf, hf);
            grid_lines(&ctx, &g, &xy, d);
            for k in 0..CELLS {
                let (x, y) = xy(cell(&g, k).z);
                dot(&ctx, x, y, 3.0 * d, "#111");
            }
        }
        Step::Decode => {
            plane(&ctx, wf, hf);
            for (k, px) in l.tiles.iter().enumerate() {
                tile(&ctx, &g, k, px, &xy)?;
            }
            grid_lines(&ctx, &g, &xy, d);
            current(&ctx, l, &g, &xy, d);
        }
        Step::Classify => {
            plane(&ctx, wf, hf);
            if let Some(v) = &l.files.view {
                for k in 0..l.done {
                    colour_block(&ctx, v, k, &xy)?;
                }
            }
            if l.done < CELLS {
                grid_lines(&ctx, &g, &xy, d);
                current(&ctx, l, &g, &xy, d);
            }
        }
        _ => {}
    }
    Ok(())
}

/// Covers the map: the plane before its picture is made.
fn plane(ctx: &CanvasRenderingContext2d, w: f64, h: f64) {
    ctx.set_fill_style_str(PLANE);
    ctx.fill_rect(0.0, 0.0, w, h);
}

fn dot(ctx: &CanvasRenderingContext2d, x: f64, y: f64, r: f64, fill: &str) {
    ctx.begin_path();
    let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
    ctx.set_fill_style_str(fill);
    ctx.fill();
}

/// The guess, μ, σ's ellipses (VAEs) and the line between the guess and μ.
fn encode_picture(
    ctx: &CanvasRenderingContext2d,
    l: &Lesson,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
    d: f64,
) {
    let (Some(r), Some(p)) = (l.reveal, l.encoded) else {
        return;
    };
    let (gx, gy) = xy(r.guess);
    let (mx, my) = xy(p.mu);
    let twice = |f: &dyn Fn()| halo_stroke(ctx, d, f);
    twice(&|| {
        ctx.begin_path();
        let _ = ctx.set_line_dash(&js_sys::Array::of2(&(6.0 * d).into(), &(4.0 * d).into()));
        ctx.move_to(gx, gy);
        ctx.line_to(mx, my);
        ctx.stroke();
        let _ = ctx.set_line_dash(&js_sys::Array::new());
    });
    if let Some(s) = p.sigma() {
        for k in [1.0f32, 2.0] {
            let (ex, _) = xy([p.mu[0] + k * s[0], p.mu[1]]);
            let (_, ey) = xy([p.mu[0], p.mu[1] + k * s[1]]);
            twice(&|| {
                ctx.begin_path();
                let _ = ctx.ellipse(
                    mx,
                    my,
                    (ex - mx).abs().max(0.5),
                    (my - ey).abs().max(0.5),
                    0.0,
                    0.0,
                    std::f64::consts::TAU,
                );
                ctx.stroke();
            });
        }
    }
    // the guess: a cross; μ: a diamond
    let r0 = 7.0 * d;
    twice(&|| {
        ctx.begin_path();
        ctx.move_to(gx - r0, gy - r0);
        ctx.line_to(gx + r0, gy + r0);
        ctx.move_to(gx - r0, gy + r0);
        ctx.line_to(gx + r0, gy - r0);
        ctx.stroke();
    });
    diamond(ctx, d, (mx, my), r0);
}

/// Training codes, the quantile lines, the margins and the box.
fn bounds_picture(
    ctx: &CanvasRenderingContext2d,
    l: &Lesson,
    g: &Meshgrid,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
    d: f64,
) {
    let Some(f) = &l.files.lesson else { return };
    let b = g.bounds;
    let q = f.meta.quantiles;
    let (x0, y0) = xy([b.min[0], b.max[1]]);
    let (x1, y1) = xy([b.max[0], b.min[1]]);
    let (qx0, qy0) = xy([q[0][0], q[1][1]]);
    let (qx1, qy1) = xy([q[0][1], q[1][0]]);
    // the margins: between the quantile lines and the box
    ctx.set_fill_style_str("rgba(0,0,0,0.07)");
    ctx.fill_rect(x0, y0, qx0 - x0, y1 - y0);
    ctx.fill_rect(qx1, y0, x1 - qx1, y1 - y0);
    ctx.fill_rect(qx0, y0, qx1 - qx0, qy0 - y0);
    ctx.fill_rect(qx0, qy1, qx1 - qx0, y1 - qy1);
    for (z, c) in f.codes.iter().zip(&f.labels) {
        let (x, y) = xy(*z);
        dot(ctx, x, y, 2.2 * d, &palette::class_hex(*c));
    }
    ctx.set_stroke_style_str("#111");
    ctx.set_line_width(1.5 * d);
    let _ = ctx.set_line_dash(&js_sys::Array::of2(&(7.0 * d).into(), &(5.0 * d).into()));
    ctx.begin_path();
    for x in [qx0, qx1] {
        ctx.move_to(x, y0);
        ctx.line_to(x, y1);
    }
    for y in [qy0, qy1] {
        ctx.move_to(x0, y);
        ctx.line_to(x1, y);
    }
    ctx.stroke();
    let _ = ctx.set_line_dash(&js_sys::Array::new());
    // the box (its line inside the bounds, so it shows at the map's edges)
    let lw = 3.0 * d;
    ctx.set_line_width(lw);
    ctx.stroke_rect(x0 + lw / 2.0, y0 + lw / 2.0, x1 - x0 - lw, y1 - y0 - lw);
}

/// The sweep's blocks.
fn grid_lines(
    ctx: &CanvasRenderingContext2d,
    g: &Meshgrid,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
    d: f64,
) {
    let b = g.bounds;
    let (x0, y0) = xy([b.min[0], b.max[1]]);
    let (x1, y1) = xy([b.max[0], b.min[1]]);
    ctx.set_stroke_style_str("rgba(17,17,17,0.55)");
    ctx.set_line_width(1.0 * d);
    ctx.begin_path();
    for i in 0..=SIDE {
        let f = i as f64 / SIDE as f64;
        let x = x0 + f * (x1 - x0);
        let y = y0 + f * (y1 - y0);
        ctx.move_to(x, y0);
        ctx.line_to(x, y1);
        ctx.move_to(x0, y);
        ctx.line_to(x1, y);
    }
    ctx.stroke();
}

/// The on-screen rectangle of sweep block `k`: x, y, width, height.
fn block_rect(g: &Meshgrid, k: usize, xy: &dyn Fn([f32; 2]) -> (f64, f64)) -> [f64; 4] {
    let (rows, cols) = block_cells(g, cell(g, k).block);
    let cw = g.bounds.size()[0] / g.width as f32;
    let ch = g.bounds.size()[1] / g.height as f32;
    let z0 = [
        g.bounds.min[0] + cols[0] as f32 * cw,
        g.bounds.max[1] - rows[0] as f32 * ch,
    ];
    let z1 = [
        g.bounds.min[0] + cols[1] as f32 * cw,
        g.bounds.max[1] - rows[1] as f32 * ch,
    ];
    let (x0, y0) = xy(z0);
    let (x1, y1) = xy(z1);
    [x0, y0, x1 - x0, y1 - y0]
}

/// The decoded image of block `k`, laid on its block.
fn tile(
    ctx: &CanvasRenderingContext2d,
    g: &Meshgrid,
    k: usize,
    px: &[f32],
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
) -> Result<(), String> {
    let mut rgba = vec![0u8; px.len() * 4];
    kit::grey_rgba(px, &mut rgba);
    let side = latent_core::IMAGE_SIDE as u32;
    draw_scaled(ctx, &rgba, side, side, block_rect(g, k, xy))
}

/// Block `k` coloured as the stored class map colours its cells (class colour, paler where the
/// classifier was less sure: [`palette::shaded`], as the page paints the map).
fn colour_block(
    ctx: &CanvasRenderingContext2d,
    v: &latent_core::bundle::ViewFile,
    k: usize,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
) -> Result<(), String> {
    let g = v.map.grid;
    let (rows, cols) = block_cells(&g, cell(&g, k).block);
    let (bw, bh) = (cols[1] - cols[0], rows[1] - rows[0]);
    let mut rgba = Vec::with_capacity(bw * bh * 4);
    for r in rows[0]..rows[1] {
        for c in cols[0]..cols[1] {
            let i = r * g.width + c;
            let [cr, cg, cb] = palette::shaded(v.map.class[i], v.map.confidence[i]);
            rgba.extend_from_slice(&[cr, cg, cb, 255]);
        }
    }
    draw_scaled(ctx, &rgba, bw as u32, bh as u32, block_rect(&g, k, xy))
}

/// An RGBA image of `w × h` pixels drawn into `rect` (nearest neighbour).
pub(crate) fn draw_scaled(
    ctx: &CanvasRenderingContext2d,
    rgba: &[u8],
    w: u32,
    h: u32,
    rect: [f64; 4],
) -> Result<(), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let tmp: HtmlCanvasElement = doc
        .create_element("canvas")
        .map_err(kit::js_msg)?
        .unchecked_into();
    tmp.set_width(w);
    tmp.set_height(h);
    let tctx = ctx2d(&tmp)?;
    let img = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), w, h)
        .map_err(|e: JsValue| kit::js_msg(e))?;
    tctx.put_image_data(&img, 0.0, 0.0).map_err(kit::js_msg)?;
    ctx.set_image_smoothing_enabled(false);
    ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&tmp, rect[0], rect[1], rect[2], rect[3])
        .map_err(kit::js_msg)
}

/// An outline around the block under the sweep.
fn current(
    ctx: &CanvasRenderingContext2d,
    l: &Lesson,
    g: &Meshgrid,
    xy: &dyn Fn([f32; 2]) -> (f64, f64),
    d: f64,
) {
    let Some(k) = l.done.checked_sub(1) else {
        return;
    };
    let r = block_rect(g, k, xy);
    ctx.set_stroke_style_str("#fff");
    ctx.set_line_width(5.0 * d);
    ctx.stroke_rect(r[0], r[1], r[2], r[3]);
    ctx.set_stroke_style_str("#c0392b");
    ctx.set_line_width(2.5 * d);
    ctx.stroke_rect(r[0], r[1], r[2], r[3]);
}
