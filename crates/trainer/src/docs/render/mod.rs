//! Pictures for the docs: latent-map frames, the training-evolution GIF, and PNG charts.
//!
//! Everything is drawn with plotters into an RGB buffer ([`RgbImage`]); text uses DejaVu Sans,
//! embedded in the binary (the `dejavu` crate) and rasterised by ab_glyph, so rendering needs
//! no system fonts. PNGs are encoded by the `png` crate, GIFs by the `gif` crate, and every
//! file is written atomically ([`atomic_write`]).
//!
//! **GIF colours are exact and stable.** The GIF has one fixed global palette, built before the
//! first frame from the class colours ([`palette::class_colour`]), a fixed ladder of their
//! confidence shades ([`palette::shaded`] at [`GIF_SHADE_LEVELS`] confidence levels), a grey
//! ramp for text and axes, and blends of each class colour with the ink (dot outlines). The map
//! is painted with exactly those shades, so every map, legend and dot pixel is a palette entry
//! and maps to itself; only anti-aliased edges take their nearest entry. No per-frame quantiser
//! runs, so a class has the same RGB in every frame (the earlier project's GIF, quantised frame
//! by frame, shifted its class colours between frames).

use ab_glyph::{point, Font, FontRef, GlyphId, PxScale, ScaleFont};
use anyhow::{anyhow, bail, ensure, Context, Result};
use latent_core::bundle::evolution::Evolution;
use latent_core::bundle::write::atomic_write;
use latent_core::bundle::{files, Manifest};
use latent_core::latent_map::ClassMap;
use latent_core::model::AutoencoderKind;
use latent_core::palette;
use plotters::coord::ranged1d::{AsRangedCoord, BoldPoints, Ranged, ValueFormatter};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::FontStyle;
use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

/// Size of one latent-map frame ([`render_frame`], the GIF), pixels `(width, height)`.
pub const FRAME_SIZE: (u32, u32) = (640, 480);
/// Size of a [`line_plot`] or [`bar_plot`] PNG, pixels.
pub const PLOT_SIZE: (u32, u32) = (800, 500);
/// Size of one panel of a [`maps_panel`] PNG (the legend band below comes on top), pixels.
pub const PANEL_SIZE: (u32, u32) = (400, 420);
/// Confidence levels per class in the GIF palette: the map's `round(p · 255)` confidences are
/// rounded to this many evenly spaced levels (0 and 255 included) before shading.
pub const GIF_SHADE_LEVELS: u8 = 20;

/// Background.
const BG: [u8; 3] = [0xFF, 0xFF, 0xFF];
/// Text, dot outlines, legend swatch borders.
const INK: [u8; 3] = [0x22, 0x22, 0x22];
/// Secondary text and axes.
const MUTED: [u8; 3] = [0x5A, 0x5A, 0x5A];
/// Font family name the embedded fonts are registered under with plotters.
const FONT: &str = "sans-serif";
/// Series colours of the charts: Paul Tol's muted colours in an order that keeps neighbours
/// apart (the pale grey is left out: too light for a line).
const SERIES: [usize; 9] = [0, 6, 2, 4, 8, 7, 3, 1, 5];

fn rgb(c: [u8; 3]) -> RGBColor {
    RGBColor(c[0], c[1], c[2])
}

/// plotters' errors borrow the backend's error type; flatten them to text.
fn pe<E: std::fmt::Display>(e: E) -> anyhow::Error {
    anyhow!("drawing failed: {e}")
}

mod chart;
mod frame;
mod panel;
#[cfg(test)]
mod tests;
mod text;

pub use chart::{bar_plot, line_plot};
pub use frame::{
    default_title, evolution_gif, gif_from_index, render_frame, FrameContent, FrameImage, GifReport,
};
pub use panel::{maps_panel, MapPanel};
// helpers shared between the files of this module (`TextStyle` named: plotters has one too)
use frame::*;
use text::TextStyle;
use text::*;

/// An 8-bit RGB image, rows top to bottom, `3 · width · height` bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RgbImage {
    /// Width, pixels.
    pub width: u32,
    /// Height, pixels.
    pub height: u32,
    /// Pixels, `[r, g, b]` row-major.
    pub data: Vec<u8>,
}

impl RgbImage {
    /// A `width × height` image filled with the background (white).
    pub fn new(width: u32, height: u32) -> Self {
        Self {
            width,
            height,
            data: BG.repeat(width as usize * height as usize),
        }
    }

    /// The pixel at column `x`, row `y` (panics outside the image).
    pub fn pixel(&self, x: u32, y: u32) -> [u8; 3] {
        assert!(
            x < self.width && y < self.height,
            "pixel ({x}, {y}) outside"
        );
        let i = 3 * (y as usize * self.width as usize + x as usize);
        [self.data[i], self.data[i + 1], self.data[i + 2]]
    }

    /// Encodes the image as an 8-bit RGB PNG.
    pub fn to_png(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        let mut enc = png::Encoder::new(&mut out, self.width, self.height);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        let mut w = enc.write_header().context("PNG header")?;
        w.write_image_data(&self.data).context("PNG data")?;
        w.finish().context("PNG end")?;
        Ok(out)
    }
}

/// A rectangle of pixels: left column, top row, width, height.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PixelRect {
    /// Left column.
    pub x: u32,
    /// Top row.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
}

impl PixelRect {
    /// Whether pixel `(x, y)` lies inside.
    pub fn contains(&self, x: u32, y: u32) -> bool {
        x >= self.x && y >= self.y && x < self.x + self.width && y < self.y + self.height
    }

    /// The pixel `(x, y)` at normalised position `(u, v)` (0 = left / top edge, 1 = right /
    /// bottom edge), clamped inside: the pixel that shows map position `(u, v)`.
    pub fn at(&self, u: f32, v: f32) -> (u32, u32) {
        let x = (u * self.width as f32)
            .floor()
            .clamp(0.0, (self.width - 1) as f32);
        let y = (v * self.height as f32)
            .floor()
            .clamp(0.0, (self.height - 1) as f32);
        (self.x + x as u32, self.y + y as u32)
    }
}
