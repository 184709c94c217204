//! The manifold view: the map tiled with images decoded at the tiles' centres (the classic
//! figure of a 2-D VAE), all tiles in one batched decoder call; re-decoded for the zoomed
//! and panned window ([`crate::model::zoom`]). No state of its own: the tiles follow the
//! window on screen.

use latent_core::bundle::ViewFile;
use latent_core::latent_map::Meshgrid;

/// Tiles per side.
pub const TILES: usize = 15;

/// The centres of an `n × n` tiling of `grid`'s bounds, row by row from the top (largest
/// z₂) and left (smallest z₁).
pub fn centres(grid: &Meshgrid, n: usize) -> Vec<[f32; 2]> {
    let mut out = Vec::with_capacity(n * n);
    for r in 0..n {
        for c in 0..n {
            let u = (c as f32 + 0.5) / n as f32;
            let v = (r as f32 + 0.5) / n as f32;
            out.push(grid.z_at(u, v));
        }
    }
    out
}

/// Decodes the centres of an `n × n` tiling of `window` (the part of the map on screen) in
/// one call: the centres and `n²` images of 784 pixels in `[0, 1]`, row by row.
pub fn decode_tiles(model: &ViewFile, window: &Meshgrid, n: usize) -> (Vec<[f32; 2]>, Vec<f32>) {
    let c = centres(window, n);
    let px = model.decode_many(&c);
    (c, px)
}
