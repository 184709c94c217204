//! The view's canvases: the plot (the codes of the held-out test images over the class map,
//! the cursor) and the loss curves.

use super::{ids, texts, TrainRenderer};
use crate::state::{MapBy, TrainState};
use latent_core::palette;
use latent_i18n::L10n;
use latent_web_kit::{self as pv, canvas, ctx2d, fit_canvas};
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlCanvasElement};

impl TrainRenderer {
    /// Keeps an image of the class map (one pixel per cell, shaded by confidence) for the
    /// plot's background.
    pub(super) fn map_image(&mut self, dom: &Document, t: &TrainState) -> Result<(), String> {
        let Some(p) = &t.map else {
            self.map_image = None;
            return Ok(());
        };
        let m = &p.map;
        let key = (p.steps, m.grid.width, p.by == MapBy::Classifier);
        if self.map_image.as_ref().is_some_and(|(_, k)| *k == key) {
            return Ok(());
        }
        let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
        let c: HtmlCanvasElement = dom.create_element("canvas").map_err(err)?.unchecked_into();
        let (w, h) = (m.grid.width as u32, m.grid.height as u32);
        c.set_width(w);
        c.set_height(h);
        let mut rgba = Vec::with_capacity((w * h * 4) as usize);
        for (&cl, &p) in m.class.iter().zip(&m.confidence) {
            let [r, g, b] = palette::shaded(cl, p);
            rgba.extend_from_slice(&[r, g, b, 255]);
        }
        let img = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
            wasm_bindgen::Clamped(&rgba),
            w,
            h,
        )
        .map_err(err)?;
        ctx2d(&c)?.put_image_data(&img, 0.0, 0.0).map_err(err)?;
        self.map_image = Some((c, key));
        Ok(())
    }

    pub(super) fn plot(&self, dom: &Document, t: &TrainState, l10n: &L10n) -> Result<(), String> {
        let Some(c) = canvas(dom, ids::PLOT) else {
            return Ok(());
        };
        let (w, h, _) = fit_canvas(&c);
        let ctx = ctx2d(&c)?;
        ctx.clear_rect(0.0, 0.0, w as f64, h as f64);
        ctx.set_fill_style_str("#fafafa");
        ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
        let sh = t.shown();
        let Some(b) = sh.bounds else {
            pv::text(dom, ids::AXES, "");
            return Ok(());
        };
        let (sx, sy) = (
            w as f64 / (b.max[0] - b.min[0]) as f64,
            h as f64 / (b.max[1] - b.min[1]) as f64,
        );
        let r = (w.min(h) as f64 / 160.0).max(1.5);
        // the class map is of the live model: not under a replayed snapshot
        let map = t.map.as_ref().filter(|_| sh.replay.is_none());
        if let (Some((img, _)), Some(p)) = (&self.map_image, map) {
            // the map over its own bounds (those of the codes when it was painted)
            let mb = p.map.grid.bounds;
            let x0 = (mb.min[0] - b.min[0]) as f64 * sx;
            let y0 = (b.max[1] - mb.max[1]) as f64 * sy;
            let (mw, mh) = (
                (mb.max[0] - mb.min[0]) as f64 * sx,
                (mb.max[1] - mb.min[1]) as f64 * sy,
            );
            ctx.set_image_smoothing_enabled(false);
            ctx.draw_image_with_html_canvas_element_and_dw_and_dh(img, x0, y0, mw, mh)
                .map_err(|e| format!("{e:?}"))?;
            ctx.set_image_smoothing_enabled(true);
        }
        // the axes through the origin, when on the plot
        ctx.set_stroke_style_str("#bbb");
        ctx.begin_path();
        if b.min[0] < 0.0 && b.max[0] > 0.0 {
            let x = -b.min[0] as f64 * sx;
            ctx.move_to(x, 0.0);
            ctx.line_to(x, h as f64);
        }
        if b.min[1] < 0.0 && b.max[1] > 0.0 {
            let y = b.max[1] as f64 * sy;
            ctx.move_to(0.0, y);
            ctx.line_to(w as f64, y);
        }
        ctx.stroke();
        for class in 0..t.class_names.len().max(1) as u8 {
            ctx.set_fill_style_str(&palette::class_hex(class));
            ctx.begin_path();
            for (p, &l) in sh.codes.iter().zip(&t.labels) {
                if l != class {
                    continue;
                }
                let x = (p[0] - b.min[0]) as f64 * sx;
                let y = (b.max[1] - p[1]) as f64 * sy;
                ctx.move_to(x + r, y);
                let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            }
            ctx.fill();
            if map.is_some() {
                // ringed, so a point stands out on a region of its own colour
                ctx.set_stroke_style_str("#222");
                ctx.set_line_width(0.8);
                ctx.stroke();
                ctx.set_line_width(1.0);
            }
        }
        if let Some((z, _)) = &t.hover {
            let x = (z[0] - b.min[0]) as f64 * sx;
            let y = (b.max[1] - z[1]) as f64 * sy;
            ctx.set_stroke_style_str("#111");
            ctx.set_line_width(2.0);
            ctx.stroke_rect(x - 6.0, y - 6.0, 12.0, 12.0);
            ctx.set_line_width(1.0);
        }
        let axes = texts::axes(t).map(|a| l10n.text(&a));
        pv::text(dom, ids::AXES, axes.as_deref().unwrap_or(""));
        Ok(())
    }

    pub(super) fn losses(
        &mut self,
        dom: &Document,
        t: &TrainState,
        l10n: &L10n,
    ) -> Result<(), String> {
        let Some(c) = canvas(dom, ids::LOSS) else {
            return Ok(());
        };
        let (w, h, resized) = fit_canvas(&c);
        let marked = t
            .replay
            .and_then(|i| t.history.snaps().get(i))
            .map(|s| s.epochs);
        let key = (
            t.losses.len(),
            t.losses.last().map_or(0.0, |l| l.epochs),
            marked.map(f64::to_bits),
        );
        if !resized && self.losses_of == Some(key) {
            return Ok(());
        }
        self.losses_of = Some(key);
        let (w, h) = (w as f64, h as f64);
        let ctx = ctx2d(&c)?;
        ctx.clear_rect(0.0, 0.0, w, h);
        ctx.set_fill_style_str("#fafafa");
        ctx.fill_rect(0.0, 0.0, w, h);
        if t.losses.is_empty() {
            return Ok(());
        }
        let values = t
            .losses
            .iter()
            .flat_map(|l| [Some(l.test), l.train])
            .flatten()
            .filter(|v| v.is_finite());
        let (lo, hi) = values.fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(v), b.max(v)));
        let (lo, hi) = if hi > lo {
            (lo, hi)
        } else {
            (lo - 1.0, hi + 1.0)
        };
        let last = t.losses.last().map_or(1.0, |l| l.epochs).max(1e-9);
        let (pad_l, pad_b, pad_t) = (48.0, 18.0, 8.0);
        let x = |e: f64| pad_l + e / last * (w - pad_l - 8.0);
        let y = |v: f64| pad_t + (hi - v) / (hi - lo) * (h - pad_t - pad_b);
        let font = format!(
            "{}px system-ui, sans-serif",
            (h / 14.0).clamp(10.0, 14.0).round()
        );
        ctx.set_font(&font);
        ctx.set_fill_style_str("#333");
        let _ = ctx.fill_text(&l10n.number(hi, Some(0)), 2.0, pad_t + 10.0);
        let _ = ctx.fill_text(&l10n.number(lo, Some(0)), 2.0, h - pad_b);
        // right-aligned at the right edge: a longer word in another language stays on it
        ctx.set_text_align("right");
        let _ = ctx.fill_text(&l10n.text(&texts::loss_epochs(last)), w - 4.0, h - 4.0);
        ctx.set_text_align("start");
        for (colour, dashed, pick) in [
            ("#33228b", false, 0usize), // test: Tol's indigo, solid
            ("#cc6677", true, 1),       // training: rose, dashed
        ] {
            ctx.set_stroke_style_str(colour);
            ctx.set_line_width(2.0);
            let dash = js_sys::Array::new();
            if dashed {
                dash.push(&6.0.into());
                dash.push(&4.0.into());
            }
            let _ = ctx.set_line_dash(&dash);
            ctx.begin_path();
            let mut first = true;
            for l in &t.losses {
                let v = if pick == 0 { Some(l.test) } else { l.train };
                let Some(v) = v.filter(|v| v.is_finite()) else {
                    continue;
                };
                if first {
                    ctx.move_to(x(l.epochs), y(v));
                    first = false;
                } else {
                    ctx.line_to(x(l.epochs), y(v));
                }
            }
            ctx.stroke();
        }
        let _ = ctx.set_line_dash(&js_sys::Array::new());
        // the replayed snapshot's place on the curves
        if let Some(e) = marked {
            ctx.set_stroke_style_str("#111");
            ctx.set_line_width(1.5);
            ctx.begin_path();
            ctx.move_to(x(e), pad_t);
            ctx.line_to(x(e), h - pad_b);
            ctx.stroke();
        }
        ctx.set_line_width(1.0);
        Ok(())
    }
}
