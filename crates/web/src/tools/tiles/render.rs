//! The tiles layer over the map: the window on screen tiled with decodes.

use super::state::{decode_tiles, TILES};
use crate::model::state::State;
use crate::tools::Tool;
use crate::ui::dom::Dom;
use crate::ui::ids;
use crate::ui::paint::layer;
use latent_core::bundle::ViewFile;
use latent_core::{IMAGE_PIXELS, IMAGE_SIDE};
use latent_i18n::{num, t};
use latent_web_kit::{attr, put, text};
use std::rc::Rc;
use web_sys::HtmlCanvasElement;

/// What the tiles layer shows.
#[derive(Default)]
pub(crate) struct TilesRenderer {
    tiles_of: Option<(*const ViewFile, [f32; 4])>,
}

impl TilesRenderer {
    /// The tiles layer over the map: decoded again (one batched call) when the model or the
    /// window on screen changed.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call.
    pub(crate) fn render(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        let on = s.tools.open == Some(Tool::Tiles);
        let layer = layer(dom, ids::TILES_LAYER, true)?;
        layer.set_hidden(!on);
        if !on {
            return Ok(());
        }
        let Some(model) = s.model.clone() else {
            return Ok(());
        };
        let Some(window) = s.window() else {
            return Ok(());
        };
        let b = window.bounds;
        let key = (Rc::as_ptr(&model), [b.min[0], b.min[1], b.max[0], b.max[1]]);
        if self.tiles_of == Some(key) {
            return Ok(());
        }
        self.tiles_of = Some(key);
        let t0 = latent_web_kit::now_ms();
        let (centres, px) = decode_tiles(&model, &window, TILES);
        let dt = latent_web_kit::now_ms() - t0;
        paint_tiles(&layer, &px, TILES)?;
        let g = model.map.grid;
        let note = if s.zoom_shown().is_zoomed() {
            t!(
                "tiles-note-window",
                n = TILES,
                z1min = num(b.min[0], 2),
                z1max = num(b.max[0], 2),
                z2min = num(b.min[1], 2),
                z2max = num(b.max[1], 2),
                ms = num(dt, 0),
                width = g.width,
                height = g.height
            )
        } else {
            t!(
                "tiles-note-whole",
                n = TILES,
                ms = num(dt, 0),
                width = g.width,
                height = g.height
            )
        };
        text(dom, ids::TILES_NOTE, &s.tr(&note));
        let cs: Vec<String> = centres
            .iter()
            .map(|z| format!("{},{}", z[0], z[1]))
            .collect();
        attr(&layer, "data-centres", Some(&cs.join(";")));
        attr(&layer, "data-ms", Some(&format!("{dt:.1}")));
        Ok(())
    }
}

/// `n × n` tiles (`n² · 784` pixels) on the tiles layer.
fn paint_tiles(c: &HtmlCanvasElement, px: &[f32], n: usize) -> Result<(), String> {
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
