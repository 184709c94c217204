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
use latent_core::bundle::write::atomic_write;
use latent_core::bundle::Manifest;
use latent_core::evolution::Evolution;
use latent_core::latent_map::ClassMap;
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

/// DejaVu Sans regular and bold, parsed once.
fn faces() -> Result<&'static (FontRef<'static>, FontRef<'static>)> {
    static FACES: OnceLock<Option<(FontRef<'static>, FontRef<'static>)>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            let regular = FontRef::try_from_slice(dejavu::sans::regular()).ok()?;
            let bold = FontRef::try_from_slice(dejavu::sans::bold()).ok()?;
            // plotters draws no text of ours (its glyph placement drops the side bearings), but
            // its mesh lays out (empty) tick labels: give it the same faces
            plotters::style::register_font(FONT, FontStyle::Normal, dejavu::sans::regular())
                .ok()?;
            plotters::style::register_font(FONT, FontStyle::Bold, dejavu::sans::bold()).ok()?;
            Some((regular, bold))
        })
        .as_ref()
        .context("the embedded DejaVu Sans does not parse")
}

/// How a piece of text looks: pixel height (ascent to descent), weight, colour.
#[derive(Debug, Clone, Copy)]
struct TextStyle {
    size: f32,
    bold: bool,
    colour: [u8; 3],
}

const TITLE: TextStyle = TextStyle {
    size: 22.0,
    bold: true,
    colour: INK,
};
const BODY: TextStyle = TextStyle {
    size: 17.0,
    bold: false,
    colour: INK,
};
const NOTE: TextStyle = TextStyle {
    size: 17.0,
    bold: false,
    colour: MUTED,
};
const SMALL: TextStyle = TextStyle {
    size: 15.0,
    bold: false,
    colour: MUTED,
};
const TICK: TextStyle = TextStyle {
    size: 15.0,
    bold: false,
    colour: MUTED,
};
const AXIS: TextStyle = TextStyle {
    size: 19.0,
    bold: false,
    colour: INK,
};

/// Lays out one line of text: `(glyph id, caret x)` for each char, the advance width, the
/// ascent and the descent (negative), all in pixels.
#[allow(clippy::type_complexity)]
fn layout(text: &str, st: TextStyle) -> Result<(Vec<(GlyphId, f32)>, f32, f32, f32)> {
    let (regular, bold) = faces()?;
    let font = if st.bold { bold } else { regular }.as_scaled(PxScale::from(st.size));
    let mut caret = 0.0;
    let mut prev: Option<GlyphId> = None;
    let mut glyphs = Vec::with_capacity(text.len());
    for ch in text.chars() {
        let id = font.glyph_id(ch);
        if let Some(p) = prev {
            caret += font.kern(p, id);
        }
        glyphs.push((id, caret));
        caret += font.h_advance(id);
        prev = Some(id);
    }
    Ok((glyphs, caret, font.ascent(), font.descent()))
}

/// Width of `text` in pixels.
fn text_width(text: &str, st: TextStyle) -> Result<f32> {
    Ok(layout(text, st)?.1)
}

/// Draws one line of `text` with its anchor `pos` at backend pixel `at` (kerned, side bearings
/// kept, anti-aliased by coverage), and returns its box: advance width × ascent−descent.
fn text(area: &Area<'_>, text: &str, at: (i32, i32), st: TextStyle, pos: Pos) -> Result<PixelRect> {
    let (glyphs, width, ascent, descent) = layout(text, st)?;
    let (regular, bold) = faces()?;
    let font = if st.bold { bold } else { regular }.as_scaled(PxScale::from(st.size));
    let x0 = at.0 as f32
        - match pos.h_pos {
            HPos::Left => 0.0,
            HPos::Center => width / 2.0,
            HPos::Right => width,
        };
    let top = at.1 as f32
        - match pos.v_pos {
            VPos::Top => 0.0,
            VPos::Center => (ascent - descent) / 2.0,
            VPos::Bottom => ascent - descent,
        };
    let (x0, top) = (x0.round(), top.round());
    let baseline = top + ascent.round();
    let (bx, by) = area.get_base_pixel();
    let colour = rgb(st.colour);
    for (id, caret) in glyphs {
        let g = id.with_scale_and_position(font.scale(), point(x0 + caret, baseline));
        if let Some(o) = font.outline_glyph(g) {
            let b = o.px_bounds();
            let mut res = Ok(());
            o.draw(|gx, gy, cov| {
                if cov > 0.0 && res.is_ok() {
                    let p = (
                        b.min.x as i32 + gx as i32 - bx,
                        b.min.y as i32 + gy as i32 - by,
                    );
                    res = area.draw_pixel(p, &colour.mix(cov.min(1.0) as f64));
                }
            });
            res.map_err(pe)?;
        }
    }
    Ok(PixelRect {
        x: x0.max(0.0) as u32,
        y: top.max(0.0) as u32,
        width: width.ceil() as u32,
        height: (ascent - descent).ceil() as u32,
    })
}

fn at(h: HPos, v: VPos) -> Pos {
    Pos::new(h, v)
}

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

/// What one latent-map frame shows.
#[derive(Debug, Clone, Copy)]
pub struct FrameContent<'a> {
    /// The class map, painted over its own bounds (the axes are in its latent units).
    pub map: &'a ClassMap,
    /// Encoded points (latent units) and their labels, drawn as dots coloured by label with a
    /// dark outline; points off the map are skipped.
    pub points: Option<(&'a [[f32; 2]], &'a [u8])>,
    /// Class names, by class id (the legend).
    pub class_names: &'a [String],
    /// Title line, e.g. `MNIST digits · VAE (β = 1)`.
    pub title: &'a str,
    /// Epoch, drawn large.
    pub epoch: usize,
    /// `(loss name, value in nats/image)`, drawn as `test −ELBO 142.4 nats/image`.
    pub loss: Option<(&'a str, f64)>,
}

/// A rendered frame and where its parts are.
#[derive(Debug, Clone)]
pub struct FrameImage {
    /// The picture, [`FRAME_SIZE`].
    pub image: RgbImage,
    /// The pixels the class map covers (its `W × H` cells stretched over them).
    pub map_area: PixelRect,
    /// The box of the large `epoch N` label.
    pub epoch_area: PixelRect,
}

/// How map cells are coloured.
#[derive(Debug, Clone, Copy)]
enum Shading {
    /// [`palette::shaded`] at the stored confidence, as in the app.
    Exact,
    /// Confidence rounded to this many levels first (the GIF's fixed palette).
    Levels(u8),
}

fn quantise_confidence(conf: u8, levels: u8) -> u8 {
    let top = (levels.max(2) - 1) as f32;
    let q = (conf as f32 * top / 255.0).round();
    (q * 255.0 / top).round() as u8
}

impl Shading {
    fn colour(self, class: u8, conf: u8) -> [u8; 3] {
        match self {
            Shading::Exact => palette::shaded(class, conf),
            Shading::Levels(l) => palette::shaded(class, quantise_confidence(conf, l)),
        }
    }
}

/// `v` for a tick label: at most 4 decimals, no trailing zeros, a real minus sign.
fn tick(v: f64) -> String {
    let s = format!("{v:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    match s {
        "-0" | "" => "0".into(),
        s => s.replacen('-', "\u{2212}", 1),
    }
}

/// A value for a bar label: 4 significant digits (at most 6 decimals), no trailing zeros, a
/// real minus sign.
fn figure(v: f64) -> String {
    if !v.is_finite() {
        return v.to_string();
    }
    let digits = if v == 0.0 {
        0
    } else {
        (3 - v.abs().log10().floor() as i32).clamp(0, 6) as usize
    };
    let s = format!("{v:.digits$}");
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    match s {
        "-0" => "0".into(),
        s => s.replacen('-', "\u{2212}", 1),
    }
}

type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;

/// Encoded points (latent units) and, if known, their labels.
type Points<'a> = Option<(&'a [[f32; 2]], Option<&'a [u8]>)>;

/// Draws one class map with its axes inside `area`, its plotting area square and as large as
/// fits, and returns where the map landed (backend pixels).
fn draw_map_chart(
    area: &Area<'_>,
    map: &ClassMap,
    points: Points<'_>,
    shading: Shading,
) -> Result<PixelRect> {
    const M: u32 = 8;
    const XL: u32 = 50;
    const YL: u32 = 64;
    let (aw, ah) = area.dim_in_pixel();
    ensure!(
        aw > YL + 2 * M + 16 && ah > XL + 2 * M + 16,
        "{aw}×{ah} px is too small for a map"
    );
    let side = (aw - YL - 2 * M).min(ah - XL - 2 * M);
    let b = map.grid.bounds;
    let (x0, x1) = (b.min[0] as f64, b.max[0] as f64);
    let (y0, y1) = (b.min[1] as f64, b.max[1] as f64);
    let mut chart = ChartBuilder::on(area)
        .margin_top(M)
        .margin_left(M)
        .margin_right(aw - YL - M - side)
        .margin_bottom(ah - XL - M - side)
        .x_label_area_size(XL)
        .y_label_area_size(YL)
        .build_cartesian_2d(x0..x1, y0..y1)
        .map_err(pe)?;
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    let rect = PixelRect {
        x: xr.start as u32,
        y: yr.start as u32,
        width: (xr.end - xr.start) as u32,
        height: (yr.end - yr.start) as u32,
    };
    // the map, nearest cell per pixel: pixel column j shows u = (j + ½) / width
    let (bx, by) = area.get_base_pixel();
    let (gw, gh) = (map.grid.width, map.grid.height);
    for py in 0..rect.height {
        let row = ((py as f32 + 0.5) / rect.height as f32 * gh as f32) as usize;
        let row = row.min(gh - 1);
        for px in 0..rect.width {
            let col = ((px as f32 + 0.5) / rect.width as f32 * gw as f32) as usize;
            let i = row * gw + col.min(gw - 1);
            let c = shading.colour(map.class[i], map.confidence[i]);
            area.draw_pixel(
                ((rect.x + px) as i32 - bx, (rect.y + py) as i32 - by),
                &rgb(c),
            )
            .map_err(pe)?;
        }
    }
    // axes and tick marks from plotters (a blank label keeps the mark); the labels are ours
    chart
        .configure_mesh()
        .disable_mesh()
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|_| " ".into())
        .y_label_formatter(&|_| " ".into())
        .axis_style(rgb(MUTED))
        .bold_line_style(rgb(MUTED))
        .draw()
        .map_err(pe)?;
    area.draw(&Rectangle::new(
        [
            (rect.x as i32 - 1 - bx, rect.y as i32 - 1 - by),
            (
                (rect.x + rect.width) as i32 - bx,
                (rect.y + rect.height) as i32 - by,
            ),
        ],
        rgb(MUTED).stroke_width(1),
    ))
    .map_err(pe)?;
    let bottom = (rect.y + rect.height) as i32;
    for v in chart.as_coord_spec().x_spec().key_points(BoldPoints(6)) {
        let (px, _) = chart.backend_coord(&(v, y0));
        text(
            area,
            &tick(v),
            (px, bottom + 8),
            TICK,
            at(HPos::Center, VPos::Top),
        )?;
    }
    for v in chart.as_coord_spec().y_spec().key_points(BoldPoints(6)) {
        let (_, py) = chart.backend_coord(&(x0, v));
        text(
            area,
            &tick(v),
            (rect.x as i32 - 8, py),
            TICK,
            at(HPos::Right, VPos::Center),
        )?;
    }
    let mid = |a: u32, len: u32| (a + len / 2) as i32;
    text(
        area,
        "z₁",
        (mid(rect.x, rect.width), bottom + 27),
        AXIS,
        at(HPos::Center, VPos::Top),
    )?;
    text(
        area,
        "z₂",
        (rect.x as i32 - YL as i32 + 2, mid(rect.y, rect.height)),
        AXIS,
        at(HPos::Left, VPos::Center),
    )?;
    if let Some((pts, labels)) = points {
        if let Some(l) = labels {
            ensure!(
                l.len() == pts.len(),
                "{} points but {} labels",
                pts.len(),
                l.len()
            );
        }
        let dots = pts.iter().enumerate().filter_map(|(i, p)| {
            if !b.contains(*p) {
                return None;
            }
            let fill = labels.map_or(INK, |l| palette::class_colour(l[i]));
            Some(
                EmptyElement::at((p[0] as f64, p[1] as f64))
                    + Circle::new((0, 0), 3, rgb(INK).filled())
                    + Circle::new((0, 0), 2, rgb(fill).filled()),
            )
        });
        chart.draw_series(dots).map_err(pe)?;
    }
    Ok(rect)
}

/// A 16 × 16 swatch of class `c` with an ink border, top-left at backend pixel `(x, y)`.
fn draw_swatch(area: &Area<'_>, c: u8, (x, y): (i32, i32)) -> Result<()> {
    let (bx, by) = area.get_base_pixel();
    let r = [(x - bx, y - by), (x - bx + 16, y - by + 16)];
    area.draw(&Rectangle::new(r, rgb(palette::class_colour(c)).filled()))
        .map_err(pe)?;
    area.draw(&Rectangle::new(r, rgb(INK).stroke_width(1)))
        .map_err(pe)?;
    Ok(())
}

fn draw_frame(c: &FrameContent<'_>, shading: Shading) -> Result<FrameImage> {
    faces()?;
    let (w, h) = FRAME_SIZE;
    let mut image = RgbImage::new(w, h);
    let epoch_area;
    let map_area;
    {
        let root = BitMapBackend::with_buffer(&mut image.data, (w, h)).into_drawing_area();
        let top_left = at(HPos::Left, VPos::Top);
        text(&root, c.title, (16, 10), TITLE, top_left)?;
        if let Some((name, v)) = c.loss {
            let line = format!("test {name} {v:.1} nats/image");
            text(&root, &line, (16, 40), NOTE, top_left)?;
        }
        let big = TextStyle {
            size: 38.0,
            ..TITLE
        };
        let epoch = format!("epoch {}", c.epoch);
        epoch_area = text(
            &root,
            &epoch,
            (w as i32 - 16, 6),
            big,
            at(HPos::Right, VPos::Top),
        )?;
        let chart = root.clone().shrink((0, 64), (440, h - 64));
        map_area = draw_map_chart(&chart, c.map, c.points.map(|(p, l)| (p, Some(l))), shading)?;
        let (lx, mut y) = (454, 80);
        text(
            &root,
            "class",
            (lx, y),
            TextStyle { bold: true, ..BODY },
            top_left,
        )?;
        y += 28;
        let rows = ((h as i32 - 60 - y) / 24).max(1) as usize;
        for (k, name) in c.class_names.iter().enumerate().take(rows) {
            draw_swatch(&root, k as u8, (lx, y))?;
            text(
                &root,
                name,
                (lx + 24, y + 8),
                BODY,
                at(HPos::Left, VPos::Center),
            )?;
            y += 24;
        }
        let mut notes = vec!["paler: classifier less sure"];
        if c.points.is_some() {
            notes.extend(["dots: test images,", "coloured by true class"]);
        }
        for (i, n) in notes.iter().enumerate() {
            text(&root, n, (lx, y + 8 + 18 * i as i32), SMALL, top_left)?;
        }
        root.present().map_err(pe)?;
    }
    Ok(FrameImage {
        image,
        map_area,
        epoch_area,
    })
}

/// Draws one latent-map frame ([`FRAME_SIZE`]): the title line, the test loss, `epoch N` large,
/// the class map over its own bounds shaded by confidence exactly as the app shades it
/// ([`palette::shaded`]), axes `z₁`, `z₂` with ticks in latent units, the encoded points if
/// given, and the class legend.
pub fn render_frame(content: &FrameContent<'_>) -> Result<FrameImage> {
    draw_frame(content, Shading::Exact)
}

/// The GIF's fixed palette and the map from RGB to its entries.
struct GifPalette {
    colours: Vec<[u8; 3]>,
    index: HashMap<[u8; 3], u8>,
}

impl GifPalette {
    /// Greys from ink to white, the shade ladder of each class (up to ten distinct class
    /// colours), and each class colour blended a third and two thirds towards ink.
    fn new(classes: usize) -> Self {
        let mut colours: Vec<[u8; 3]> = Vec::with_capacity(256);
        const GREYS: usize = 32;
        for i in 0..GREYS {
            let t = i as f32 / (GREYS - 1) as f32;
            colours.push(INK.map(|v| (v as f32 + (255.0 - v as f32) * t).round() as u8));
        }
        colours.push(MUTED);
        let k = classes.clamp(1, palette::CLASS_COLOURS.len());
        for c in 0..k as u8 {
            for q in 0..GIF_SHADE_LEVELS {
                let conf = (q as f32 * 255.0 / (GIF_SHADE_LEVELS - 1) as f32).round() as u8;
                colours.push(palette::shaded(c, conf));
            }
            let cc = palette::class_colour(c);
            for t in [1.0 / 3.0, 2.0 / 3.0] {
                colours.push(std::array::from_fn(|j| {
                    (cc[j] as f32 + (INK[j] as f32 - cc[j] as f32) * t).round() as u8
                }));
            }
        }
        debug_assert!(colours.len() <= 256);
        let mut index = HashMap::new();
        for (i, c) in colours.iter().enumerate() {
            index.entry(*c).or_insert(i as u8);
        }
        Self { colours, index }
    }

    fn flat(&self) -> Vec<u8> {
        self.colours.iter().flatten().copied().collect()
    }

    /// The entry of `c`: itself when it is in the palette, else the nearest (remembered).
    fn index_of(&mut self, c: [u8; 3]) -> u8 {
        if let Some(&i) = self.index.get(&c) {
            return i;
        }
        let d = |p: &[u8; 3]| -> i32 {
            (0..3)
                .map(|j| (p[j] as i32 - c[j] as i32).pow(2))
                .sum::<i32>()
        };
        let (i, _) = self
            .colours
            .iter()
            .enumerate()
            .min_by_key(|(_, p)| d(p))
            .expect("palette is never empty");
        self.index.insert(c, i as u8);
        i as u8
    }
}

/// What [`evolution_gif`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GifReport {
    /// Frames (one per snapshot).
    pub frames: usize,
    /// Width, pixels.
    pub width: u32,
    /// Height, pixels.
    pub height: u32,
    /// File size, bytes.
    pub bytes: usize,
}

/// Writes the training evolution as an animated GIF ([`FRAME_SIZE`], looping): one frame per
/// snapshot, each shown `frame_delay_ms` (GIF delays are in hundredths of a second) and the
/// last held four times as long (at least 2 s). Frames are drawn by [`render_frame`] with the
/// confidences rounded to [`GIF_SHADE_LEVELS`] levels and indexed into one fixed palette, so
/// class colours are exact and identical in every frame (see the module docs). `show_points`
/// draws the index's encoded test points. The file is written atomically.
pub fn evolution_gif(
    index: &Evolution,
    title: &str,
    out: &Path,
    frame_delay_ms: u16,
    show_points: bool,
) -> Result<GifReport> {
    ensure!(
        !index.frames.is_empty(),
        "the evolution index has no frames"
    );
    let (w, h) = FRAME_SIZE;
    let mut pal = GifPalette::new(index.meta.class_names.len());
    let delay = (frame_delay_ms / 10).max(1);
    let hold = delay.saturating_mul(4).max(200);
    let mut bytes = Vec::new();
    {
        let mut enc =
            gif::Encoder::new(&mut bytes, w as u16, h as u16, &pal.flat()).context("GIF header")?;
        enc.set_repeat(gif::Repeat::Infinite).context("GIF loop")?;
        let last = index.frames.len() - 1;
        for (i, f) in index.frames.iter().enumerate() {
            let img = draw_frame(
                &FrameContent {
                    map: &f.map,
                    points: show_points.then_some((&f.points[..], &index.labels[..])),
                    class_names: &index.meta.class_names,
                    title,
                    epoch: f.epoch,
                    loss: Some((&index.meta.loss_name, f.test_loss)),
                },
                Shading::Levels(GIF_SHADE_LEVELS),
            )
            .with_context(|| format!("frame of epoch {}", f.epoch))?;
            let px: Vec<u8> = img
                .image
                .data
                .chunks_exact(3)
                .map(|p| pal.index_of([p[0], p[1], p[2]]))
                .collect();
            let mut frame = gif::Frame::from_indexed_pixels(w as u16, h as u16, px, None);
            frame.delay = if i == last { hold } else { delay };
            enc.write_frame(&frame).context("GIF frame")?;
        }
        enc.into_inner().context("GIF end")?;
    }
    atomic_write(out, &bytes)?;
    Ok(GifReport {
        frames: index.frames.len(),
        width: w,
        height: h,
        bytes: bytes.len(),
    })
}

/// The GIF title when none is given: `<dataset label> · <model label>`, the model label taken
/// from the manifest beside the weights folder (`<index>/../../manifest.json`, the entry whose
/// id is the index's model) and falling back to the design named in the model id.
pub fn default_title(index: &Evolution, index_path: &Path) -> String {
    let dataset = crate::data::DatasetId::from_id(&index.meta.dataset)
        .map_or(index.meta.dataset.clone(), |d| d.label().to_string());
    let manifest = index_path
        .parent()
        .and_then(Path::parent)
        .map(|d| d.join("manifest.json"))
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok());
    let model = manifest
        .and_then(|m| {
            m.bundles
                .into_iter()
                .find(|e| e.id == index.meta.model)
                .map(|e| e.label)
        })
        .unwrap_or_else(|| {
            let id = &index.meta.model;
            match id
                .strip_prefix(&format!("{}-", index.meta.dataset))
                .unwrap_or(id)
            {
                "vae" => "VAE".into(),
                "plain" => "Plain autoencoder".into(),
                "bounded" => "Bounded (tanh) autoencoder".into(),
                other => other.to_string(),
            }
        });
    format!("{dataset} · {model}")
}

/// Reads an evolution index and writes its GIF: what `latent-trainer gif` runs. `title`
/// defaults to [`default_title`].
pub fn gif_from_index(
    index_path: &Path,
    out: &Path,
    title: Option<&str>,
    frame_delay_ms: u16,
    show_points: bool,
) -> Result<GifReport> {
    let name = index_path.display().to_string();
    let bytes = std::fs::read(index_path).with_context(|| format!("{name}: cannot read"))?;
    let index = Evolution::from_bytes(&bytes, &name)?;
    let title = title.map_or_else(|| default_title(&index, index_path), str::to_string);
    evolution_gif(&index, &title, out, frame_delay_ms, show_points)
}

/// Plot area of a chart built with [`chart_builder`], in backend pixels.
fn plot_rect<X: Ranged, Y: Ranged>(
    chart: &ChartContext<'_, BitMapBackend<'_>, Cartesian2d<X, Y>>,
) -> PixelRect {
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    PixelRect {
        x: xr.start as u32,
        y: yr.start as u32,
        width: (xr.end - xr.start) as u32,
        height: (yr.end - yr.start) as u32,
    }
}

/// The frame every chart shares: title centred on top, room for the y label above the axis.
fn chart_builder<'a, 'b>(
    root: &'a Area<'b>,
    title: &str,
) -> Result<ChartBuilder<'a, 'b, BitMapBackend<'b>>> {
    let (w, _) = root.dim_in_pixel();
    text(
        root,
        title,
        (w as i32 / 2, 12),
        TITLE,
        at(HPos::Center, VPos::Top),
    )?;
    let mut b = ChartBuilder::on(root);
    b.margin_top(64)
        .margin_left(16)
        .margin_right(28)
        .margin_bottom(12)
        .x_label_area_size(56)
        .y_label_area_size(72);
    Ok(b)
}

/// Writes the y label above the y axis and the x label (if any) under the x tick labels.
fn axis_labels(root: &Area<'_>, r: PixelRect, x_label: &str, y_label: &str) -> Result<()> {
    text(
        root,
        y_label,
        (r.x as i32 - 8, r.y as i32 - 12),
        AXIS,
        at(HPos::Left, VPos::Bottom),
    )?;
    if !x_label.is_empty() {
        let bottom = (r.y + r.height) as i32;
        text(
            root,
            x_label,
            ((r.x + r.width / 2) as i32, bottom + 30),
            AXIS,
            at(HPos::Center, VPos::Top),
        )?;
    }
    Ok(())
}

fn grey_mesh<X, Y>(chart: &mut ChartContext<'_, BitMapBackend<'_>, Cartesian2d<X, Y>>) -> Result<()>
where
    X: Ranged + ValueFormatter<X::ValueType>,
    Y: Ranged + ValueFormatter<Y::ValueType>,
{
    chart
        .configure_mesh()
        .x_labels(8)
        .y_labels(8)
        .max_light_lines(2)
        .x_label_formatter(&|_| String::new())
        .y_label_formatter(&|_| String::new())
        .axis_style(rgb(MUTED))
        .bold_line_style(RGBColor(0xE2, 0xE2, 0xE2))
        .light_line_style(RGBColor(0xF3, 0xF3, 0xF3))
        .draw()
        .map_err(pe)
}

fn draw_line_chart<X>(
    root: &Area<'_>,
    title: &str,
    (x_label, y_label): (&str, &str),
    series: &[(String, Vec<(f64, f64)>)],
    x: X,
    y: Range<f64>,
) -> Result<()>
where
    X: AsRangedCoord<Value = f64>,
    X::CoordDescType: ValueFormatter<f64>,
{
    let mut chart = chart_builder(root, title)?
        .build_cartesian_2d(x, y)
        .map_err(pe)?;
    grey_mesh(&mut chart)?;
    let r = plot_rect(&chart);
    let bottom = (r.y + r.height) as i32;
    let (x_lo, y_lo) = (chart.x_range().start, chart.y_range().start);
    for v in chart.as_coord_spec().x_spec().key_points(BoldPoints(8)) {
        let (px, _) = chart.backend_coord(&(v, y_lo));
        text(
            root,
            &tick(v),
            (px, bottom + 8),
            TICK,
            at(HPos::Center, VPos::Top),
        )?;
    }
    for v in chart.as_coord_spec().y_spec().key_points(BoldPoints(8)) {
        let (_, py) = chart.backend_coord(&(x_lo, v));
        text(
            root,
            &tick(v),
            (r.x as i32 - 8, py),
            TICK,
            at(HPos::Right, VPos::Center),
        )?;
    }
    axis_labels(root, r, x_label, y_label)?;
    for (i, (_, pts)) in series.iter().enumerate() {
        let c = rgb(palette::CLASS_COLOURS[SERIES[i % SERIES.len()]]);
        chart
            .draw_series(LineSeries::new(pts.iter().copied(), c.stroke_width(2)))
            .map_err(pe)?;
        chart
            .draw_series(pts.iter().map(|p| Circle::new(*p, 3, c.filled())))
            .map_err(pe)?;
    }
    // legend: in the corner of the plot that the lines cross least
    let named: Vec<(usize, &String)> = series
        .iter()
        .enumerate()
        .filter(|(_, (n, _))| !n.is_empty())
        .map(|(i, (n, _))| (i, n))
        .collect();
    if !named.is_empty() {
        let mut tw = 0f32;
        for (_, n) in &named {
            tw = tw.max(text_width(n, BODY)?);
        }
        let bw = 12 + 28 + 8 + tw.ceil() as i32 + 12;
        let bh = 10 + 24 * named.len() as i32;
        let mut trace: Vec<(i32, i32)> = vec![];
        for (_, pts) in series {
            let px: Vec<(i32, i32)> = pts.iter().map(|p| chart.backend_coord(p)).collect();
            for w in px.windows(2) {
                trace.extend((0..16).map(|k| {
                    let t = k as f32 / 16.0;
                    let lerp = |a: i32, b: i32| a + ((b - a) as f32 * t).round() as i32;
                    (lerp(w[0].0, w[1].0), lerp(w[0].1, w[1].1))
                }));
            }
            trace.extend(px.last());
        }
        let (left, right) = (r.x as i32 + 10, (r.x + r.width) as i32 - 10 - bw);
        let (top, low) = (r.y as i32 + 10, (r.y + r.height) as i32 - 10 - bh);
        let (x0, y0) = [(right, top), (left, top), (right, low), (left, low)]
            .into_iter()
            .min_by_key(|&(x, y)| {
                trace
                    .iter()
                    .filter(|p| {
                        p.0 >= x - 4 && p.0 <= x + bw + 4 && p.1 >= y - 4 && p.1 <= y + bh + 4
                    })
                    .count()
            })
            .expect("four corners");
        let x1 = x0 + bw;
        root.draw(&Rectangle::new(
            [(x0, y0), (x1, y0 + bh)],
            RGBColor(255, 255, 255).mix(0.9).filled(),
        ))
        .map_err(pe)?;
        root.draw(&Rectangle::new(
            [(x0, y0), (x1, y0 + bh)],
            rgb(MUTED).stroke_width(1),
        ))
        .map_err(pe)?;
        for (row, (i, n)) in named.iter().enumerate() {
            let c = rgb(palette::CLASS_COLOURS[SERIES[i % SERIES.len()]]);
            let yc = y0 + 17 + 24 * row as i32;
            root.draw(&PathElement::new(
                vec![(x0 + 12, yc), (x0 + 40, yc)],
                c.stroke_width(2),
            ))
            .map_err(pe)?;
            root.draw(&Circle::new((x0 + 26, yc), 3, c.filled()))
                .map_err(pe)?;
            text(root, n, (x0 + 48, yc), BODY, at(HPos::Left, VPos::Center))?;
        }
    }
    Ok(())
}

/// Range of `v` padded by `pad` of its span on each side (a unit span round a single value).
fn padded(v: impl Iterator<Item = f64>, pad: f64) -> Option<Range<f64>> {
    let (lo, hi) = v.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
        (lo.min(x), hi.max(x))
    });
    if !lo.is_finite() {
        return None;
    }
    let span = if hi > lo { hi - lo } else { lo.abs().max(1.0) };
    Some(lo - pad * span..hi + pad * span)
}

fn render_line_plot(
    title: &str,
    x_label: &str,
    y_label: &str,
    series: &[(String, Vec<(f64, f64)>)],
    log_x: bool,
) -> Result<RgbImage> {
    faces()?;
    let usable = |&(x, y): &(f64, f64)| x.is_finite() && y.is_finite() && (!log_x || x > 0.0);
    let series: Vec<(String, Vec<(f64, f64)>)> = series
        .iter()
        .map(|(n, v)| (n.clone(), v.iter().copied().filter(usable).collect()))
        .collect();
    let pts = || series.iter().flat_map(|(_, v)| v.iter());
    let Some(y) = padded(pts().map(|p| p.1), 0.06) else {
        bail!("line plot `{title}`: no finite points to draw");
    };
    let (w, h) = PLOT_SIZE;
    let mut image = RgbImage::new(w, h);
    {
        let root = BitMapBackend::with_buffer(&mut image.data, (w, h)).into_drawing_area();
        let labels = (x_label, y_label);
        if log_x {
            let (lo, hi) = pts().fold((f64::INFINITY, 0.0f64), |(lo, hi), p| {
                (lo.min(p.0), hi.max(p.0))
            });
            let (lo, hi) = if hi > lo {
                (lo, hi)
            } else {
                (lo / 2.0, hi * 2.0)
            };
            let x = (lo / 1.15..hi * 1.15).log_scale();
            draw_line_chart(&root, title, labels, &series, x, y)?;
        } else {
            let x = padded(pts().map(|p| p.0), 0.02).expect("points exist");
            draw_line_chart(&root, title, labels, &series, x, y)?;
        }
        root.present().map_err(pe)?;
    }
    Ok(image)
}

/// Writes a line chart as a PNG ([`PLOT_SIZE`]): one line (with a dot per point) per series
/// `(name, [(x, y)])`, a legend of the series names (unnamed series are left out of it),
/// `log_x` for a logarithmic x axis (points with x ≤ 0 are then left out). Non-finite points
/// are left out. The y label is written above the y axis.
///
/// # Errors
/// When no point is left to draw, or the file cannot be written.
pub fn line_plot(
    out: &Path,
    title: &str,
    x_label: &str,
    y_label: &str,
    series: &[(String, Vec<(f64, f64)>)],
    log_x: bool,
) -> Result<()> {
    let img = render_line_plot(title, x_label, y_label, series, log_x)?;
    atomic_write(out, &img.to_png()?)?;
    Ok(())
}

fn render_bar_plot(title: &str, y_label: &str, bars: &[(String, f64)]) -> Result<RgbImage> {
    faces()?;
    ensure!(!bars.is_empty(), "bar plot `{title}`: no bars");
    if let Some((n, v)) = bars.iter().find(|(_, v)| !v.is_finite()) {
        bail!("bar plot `{title}`: bar `{n}` is {v}");
    }
    let lo = bars.iter().map(|b| b.1).fold(0.0f64, f64::min);
    let hi = bars.iter().map(|b| b.1).fold(0.0f64, f64::max);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let y = if lo < 0.0 { lo - 0.12 * span } else { 0.0 }..hi + 0.12 * span;
    let (w, h) = PLOT_SIZE;
    let mut image = RgbImage::new(w, h);
    {
        let root = BitMapBackend::with_buffer(&mut image.data, (w, h)).into_drawing_area();
        let n = bars.len();
        // bar i spans [i + 0.15, i + 0.85] of the x axis [0, n]
        let mut chart = chart_builder(&root, title)?
            .build_cartesian_2d(0.0..n as f64, y.clone())
            .map_err(pe)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(8)
            .max_light_lines(2)
            .y_label_formatter(&|_| String::new())
            .axis_style(rgb(MUTED))
            .bold_line_style(RGBColor(0xE2, 0xE2, 0xE2))
            .light_line_style(RGBColor(0xF3, 0xF3, 0xF3))
            .draw()
            .map_err(pe)?;
        let r = plot_rect(&chart);
        let bottom = (r.y + r.height) as i32;
        for v in chart.as_coord_spec().y_spec().key_points(BoldPoints(8)) {
            let (_, py) = chart.backend_coord(&(0.0, v));
            text(
                &root,
                &tick(v),
                (r.x as i32 - 8, py),
                TICK,
                at(HPos::Right, VPos::Center),
            )?;
        }
        axis_labels(&root, r, "", y_label)?;
        for (i, (name, v)) in bars.iter().enumerate() {
            let c = rgb(palette::CLASS_COLOURS[SERIES[i % SERIES.len()]]);
            let x = i as f64;
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.15, 0.0), (x + 0.85, *v)],
                    c.filled(),
                )))
                .map_err(pe)?;
            let (px, py) = chart.backend_coord(&(x + 0.5, *v));
            let (dy, vpos) = if *v < 0.0 {
                (6, VPos::Top)
            } else {
                (-6, VPos::Bottom)
            };
            text(
                &root,
                &figure(*v),
                (px, py + dy),
                BODY,
                at(HPos::Center, vpos),
            )?;
            text(
                &root,
                name,
                (px, bottom + 10),
                BODY,
                at(HPos::Center, VPos::Top),
            )?;
        }
        root.present().map_err(pe)?;
    }
    Ok(image)
}

/// Writes a bar chart as a PNG ([`PLOT_SIZE`]): one bar per `(name, value)` from 0, its value
/// written at its end and its name under the axis. The y label is written above the y axis.
///
/// # Errors
/// When `bars` is empty or holds a non-finite value, or the file cannot be written.
pub fn bar_plot(out: &Path, title: &str, y_label: &str, bars: &[(String, f64)]) -> Result<()> {
    let img = render_bar_plot(title, y_label, bars)?;
    atomic_write(out, &img.to_png()?)?;
    Ok(())
}

/// One panel of [`maps_panel`]: title, class map, optional encoded points and their labels.
pub type MapPanel = (String, ClassMap, Option<Vec<[f32; 2]>>, Option<Vec<u8>>);

/// Legend items laid out in rows across `width`: `(class, x, row)`.
fn legend_flow(class_names: &[String], width: u32) -> Result<Vec<(u8, i32, i32)>> {
    let (mut x, mut row) = (16i32, 0i32);
    let mut out = Vec::with_capacity(class_names.len());
    for (c, name) in class_names.iter().enumerate() {
        let item = 24 + text_width(name, BODY)?.ceil() as i32 + 22;
        if x > 16 && x + item > width as i32 - 16 {
            x = 16;
            row += 1;
        }
        out.push((c as u8, x, row));
        x += item;
    }
    Ok(out)
}

fn render_maps_panel(panels: &[MapPanel], class_names: &[String]) -> Result<RgbImage> {
    faces()?;
    ensure!(!panels.is_empty(), "maps panel: no panels");
    let (pw, ph) = PANEL_SIZE;
    let w = pw * panels.len() as u32;
    let items = legend_flow(class_names, w)?;
    let rows = items.last().map_or(0, |i| i.2 + 1) as u32;
    let h = ph + 8 + 26 * rows + 8;
    let mut image = RgbImage::new(w, h);
    {
        let root = BitMapBackend::with_buffer(&mut image.data, (w, h)).into_drawing_area();
        for (i, (title, map, pts, labels)) in panels.iter().enumerate() {
            let x0 = (pw * i as u32) as i32;
            let head = TextStyle {
                size: 20.0,
                ..TITLE
            };
            text(
                &root,
                title,
                (x0 + pw as i32 / 2, 10),
                head,
                at(HPos::Center, VPos::Top),
            )?;
            let chart = root.clone().shrink((pw * i as u32, 36), (pw, ph - 36));
            let points = pts.as_deref().map(|p| (p, labels.as_deref()));
            draw_map_chart(&chart, map, points, Shading::Exact)
                .with_context(|| format!("panel `{title}`"))?;
        }
        for &(c, x, row) in &items {
            let y = (ph + 8) as i32 + row * 26;
            draw_swatch(&root, c, (x, y))?;
            text(
                &root,
                &class_names[c as usize],
                (x + 24, y + 8),
                BODY,
                at(HPos::Left, VPos::Center),
            )?;
        }
        root.present().map_err(pe)?;
    }
    Ok(image)
}

/// Writes class maps side by side as a PNG (each panel [`PANEL_SIZE`], the class legend in a
/// band below): per panel its title, the map over its own bounds with axes in latent units,
/// and the points, if given, as dots coloured by label (dark dots without labels). For
/// comparing designs.
///
/// # Errors
/// When `panels` is empty, a panel's points and labels differ in number, or the file cannot
/// be written.
pub fn maps_panel(out: &Path, panels: &[MapPanel], class_names: &[String]) -> Result<()> {
    let img = render_maps_panel(panels, class_names)?;
    atomic_write(out, &img.to_png()?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use latent_core::evolution::{EvolutionMeta, Frame, BOUNDS_POLICY};
    use latent_core::latent_map::{Bounds, Meshgrid};
    use std::path::PathBuf;

    /// A fresh folder under the system temp dir, removed on drop.
    struct TempDir(PathBuf);
    impl TempDir {
        fn new(name: &str) -> Self {
            let p = std::env::temp_dir().join(format!(
                "render-helper-{name}-{}-{:?}",
                std::process::id(),
                std::thread::current().id()
            ));
            let _ = std::fs::remove_dir_all(&p);
            std::fs::create_dir_all(&p).unwrap();
            Self(p)
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// 16 × 16 map: columns 0–7 class 0 at full confidence, columns 8–15 class 1 at full
    /// confidence, except the bottom four rows of the right half: class 2 at confidence 100.
    fn map(bounds: Bounds) -> ClassMap {
        let g = Meshgrid::new(bounds, 16, 16).unwrap();
        let mut class = vec![0u8; 256];
        let mut conf = vec![255u8; 256];
        for r in 0..16 {
            for c in 8..16 {
                class[r * 16 + c] = if r >= 12 { 2 } else { 1 };
                conf[r * 16 + c] = if r >= 12 { 100 } else { 255 };
            }
        }
        ClassMap::new(g, class, conf).unwrap()
    }

    /// Three frames whose bounds grow; points only in the right half's top rows.
    fn evolution() -> Evolution {
        let frames: Vec<Frame> = (0..3)
            .map(|i| {
                let s = 1.0 + 4.0 * i as f32;
                let b = Bounds {
                    min: [-s, -0.5 * s],
                    max: [s, 1.5 * s],
                };
                let g = Meshgrid::new(b, 16, 16).unwrap();
                Frame {
                    epoch: [0, 2, 5][i],
                    test_loss: 540.0 - 150.0 * i as f64,
                    map: map(b),
                    points: vec![g.z_at(0.75, 0.2), g.z_at(0.6, 0.1), [1e6, 0.0]],
                }
            })
            .collect();
        Evolution {
            meta: EvolutionMeta {
                format_version: latent_core::bundle::FORMAT_VERSION,
                model: "t-vae".into(),
                dataset: "t".into(),
                class_names: vec!["zero".into(), "one".into(), "T-shirt/top".into()],
                epochs: frames.iter().map(|f| f.epoch).collect(),
                test_loss_nats: frames.iter().map(|f| f.test_loss).collect(),
                loss_name: "−ELBO".into(),
                grid: [16, 16],
                bounds_policy: BOUNDS_POLICY.into(),
                points: 3,
                frames: vec!["a".into(), "b".into(), "c".into()],
                command: "test".into(),
            },
            frames,
            labels: vec![1, 0, 2],
        }
    }

    fn content<'a>(e: &'a Evolution, i: usize, points: bool) -> FrameContent<'a> {
        FrameContent {
            map: &e.frames[i].map,
            points: points.then_some((&e.frames[i].points[..], &e.labels[..])),
            class_names: &e.meta.class_names,
            title: "T · VAE (β = 1)",
            epoch: e.frames[i].epoch,
            loss: Some((&e.meta.loss_name, e.frames[i].test_loss)),
        }
    }

    /// Decodes a GIF to RGBA frames `(width, height, delay, pixels)`.
    /// A decoded frame: width, height, delay (cs), RGBA pixels.
    type Decoded = (u16, u16, u16, Vec<u8>);

    fn decode_gif(bytes: &[u8]) -> (u16, u16, Vec<Decoded>) {
        let mut opts = gif::DecodeOptions::new();
        opts.set_color_output(gif::ColorOutput::RGBA);
        let mut d = opts.read_info(bytes).unwrap();
        let (w, h) = (d.width(), d.height());
        let mut frames = vec![];
        while let Some(f) = d.read_next_frame().unwrap() {
            frames.push((f.width, f.height, f.delay, f.buffer.to_vec()));
        }
        (w, h, frames)
    }

    fn rgba_at(px: &[u8], width: u32, (x, y): (u32, u32)) -> [u8; 3] {
        let i = 4 * (y as usize * width as usize + x as usize);
        [px[i], px[i + 1], px[i + 2]]
    }

    fn decode_png(bytes: &[u8]) -> (u32, u32, Vec<u8>) {
        let d = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut r = d.read_info().unwrap();
        let mut buf = vec![0; r.output_buffer_size().unwrap()];
        let info = r.next_frame(&mut buf).unwrap();
        assert_eq!(info.color_type, png::ColorType::Rgb);
        buf.truncate(info.buffer_size());
        (info.width, info.height, buf)
    }

    #[test]
    fn ticks_and_figures() {
        assert_eq!(tick(-2.0), "−2");
        assert_eq!(tick(0.5), "0.5");
        assert_eq!(tick(-0.0), "0");
        assert_eq!(tick(1.0e-7), "0");
        assert_eq!(tick(12.25), "12.25");
        assert_eq!(figure(142.43), "142.4");
        assert_eq!(figure(0.99061), "0.9906");
        assert_eq!(figure(-3.0), "−3");
        assert_eq!(figure(0.793), "0.793");
        assert_eq!(figure(0.0), "0");
        assert_eq!(quantise_confidence(255, 16), 255);
        assert_eq!(quantise_confidence(0, 16), 0);
        assert_eq!(quantise_confidence(100, 16), 102);
        assert_eq!(quantise_confidence(100, GIF_SHADE_LEVELS), 94);
    }

    #[test]
    fn frame_paints_the_map_exactly_and_writes_text() {
        let e = evolution();
        let f = render_frame(&content(&e, 1, false)).unwrap();
        assert_eq!((f.image.width, f.image.height), FRAME_SIZE);
        assert_eq!(f.image.data.len(), 3 * 640 * 480);
        let r = f.map_area;
        // square, and inside the frame's left part
        assert_eq!(r.width, r.height);
        assert!(
            r.width >= 300 && r.x + r.width <= 440 && r.y + r.height <= 480,
            "{r:?}"
        );
        // the centre of cell (row 2, col 3) is class 0; (row 2, col 12) class 1; (row 14,
        // col 12) class 2 at confidence 100, painted exactly like the app
        let cell =
            |row: usize, col: usize| r.at((col as f32 + 0.5) / 16.0, (row as f32 + 0.5) / 16.0);
        let (x, y) = cell(2, 3);
        assert_eq!(f.image.pixel(x, y), palette::class_colour(0));
        let (x, y) = cell(2, 12);
        assert_eq!(f.image.pixel(x, y), palette::class_colour(1));
        let (x, y) = cell(14, 12);
        assert_eq!(f.image.pixel(x, y), palette::shaded(2, 100));
        // the epoch label is drawn in ink inside its box
        let ea = f.epoch_area;
        let inked = (ea.y..ea.y + ea.height)
            .flat_map(|y| (ea.x..ea.x + ea.width).map(move |x| (x, y)))
            .filter(|&(x, y)| f.image.pixel(x, y) == INK)
            .count();
        assert!(inked > 100, "{inked} ink pixels in the epoch label {ea:?}");
        // legend swatches: class 2's colour appears outside the map (its swatch)
        let outside = (0..480)
            .flat_map(|y| (440..640).map(move |x| (x, y)))
            .filter(|&(x, y)| f.image.pixel(x, y) == palette::class_colour(2))
            .count();
        assert!(outside >= 15 * 15, "{outside} swatch pixels");
    }

    #[test]
    fn gif_has_every_frame_and_stable_exact_colours() {
        let dir = TempDir::new("gif");
        let out = dir.0.join("sub/evo.gif");
        let e = evolution();
        let rep = evolution_gif(&e, "T · VAE (β = 1)", &out, 700, true).unwrap();
        let bytes = std::fs::read(&out).unwrap();
        assert_eq!(
            rep,
            GifReport {
                frames: 3,
                width: 640,
                height: 480,
                bytes: bytes.len()
            }
        );
        let (w, h, frames) = decode_gif(&bytes);
        assert_eq!((w, h), (640, 480));
        assert_eq!(frames.len(), 3);
        for (fw, fh, _, px) in &frames {
            assert_eq!((*fw, *fh), (640, 480));
            assert_eq!(px.len(), 640 * 480 * 4);
        }
        assert_eq!(frames[0].2, 70);
        assert_eq!(frames[1].2, 70);
        assert_eq!(
            frames[2].2, 280,
            "the last frame is held four times as long"
        );
        // the layout is the same in every frame: take it from a direct render
        let layout = render_frame(&content(&e, 0, true)).unwrap();
        let r = layout.map_area;
        let cell =
            |row: usize, col: usize| r.at((col as f32 + 0.5) / 16.0, (row as f32 + 0.5) / 16.0);
        let (first, last) = (&frames[0].3, &frames[2].3);
        for (row, col, class, want) in [
            (8, 3, 0, palette::class_colour(0)),
            (6, 10, 1, palette::class_colour(1)),
            // confidence 100 rounds to level 7 of 19 (94) in the GIF's palette
            (14, 12, 2, palette::shaded(2, 94)),
        ] {
            let p = cell(row, col);
            let a = rgba_at(first, 640, p);
            let b = rgba_at(last, 640, p);
            assert_eq!(a, b, "class {class} at cell ({row}, {col}) changed colour");
            assert_eq!(a, want, "class {class} at cell ({row}, {col})");
        }
        // the dots are drawn: the pixel under the first point (class 1 dot over a class 1
        // region) is its class colour, its outline ink just outside
        let z = e.frames[0].points[1];
        let uv = e.frames[0].map.grid.uv_of(z);
        let (x, y) = r.at(uv[0], uv[1]);
        assert_eq!(rgba_at(first, 640, (x, y)), palette::class_colour(0));
        // the epoch label is drawn (ink where the text is) and differs between frames
        let ea = layout.epoch_area;
        let ink = |px: &[u8]| {
            (ea.y..ea.y + ea.height)
                .flat_map(|y| (ea.x..ea.x + ea.width).map(move |x| (x, y)))
                .filter(|&p| rgba_at(px, 640, p) == INK)
                .count()
        };
        assert!(ink(first) > 100 && ink(last) > 100);
        let region = |px: &[u8]| -> Vec<[u8; 3]> {
            (0..60)
                .flat_map(|y| (400..640).map(move |x| (x, y)))
                .map(|p| rgba_at(px, 640, p))
                .collect()
        };
        assert_ne!(
            region(first),
            region(last),
            "epoch 0 and epoch 5 look the same"
        );
        // every pixel of every frame is a palette colour
        let pal = GifPalette::new(3);
        for (_, _, _, px) in &frames {
            for p in px.chunks_exact(4) {
                assert!(pal.index.contains_key(&[p[0], p[1], p[2]]));
            }
        }
    }

    #[test]
    fn gif_palette_is_small_and_holds_the_class_colours() {
        let p = GifPalette::new(10);
        assert!(p.colours.len() <= 256, "{}", p.colours.len());
        for c in 0..10 {
            assert!(p.index.contains_key(&palette::class_colour(c)));
        }
        assert!(p.index.contains_key(&INK) && p.index.contains_key(&BG));
        let mut p = GifPalette::new(2);
        // an anti-aliased grey maps to the nearest grey, a colour to itself
        let g = p.index_of([200, 200, 200]);
        let c = p.colours[g as usize];
        assert!(
            c[0] == c[1] && c[1] == c[2] && c[0].abs_diff(200) <= 4,
            "{c:?}"
        );
        let i = p.index_of(palette::class_colour(1));
        assert_eq!(p.colours[i as usize], palette::class_colour(1));
    }

    #[test]
    fn gif_from_an_index_file_with_the_default_title() {
        let dir = TempDir::new("idx");
        let e = evolution();
        let idx = dir.0.join("weights/t/vae.evolution.safetensors");
        atomic_write(&idx, &e.to_bytes().unwrap()).unwrap();
        assert_eq!(default_title(&e, &idx), "t · VAE");
        std::fs::write(
            dir.0.join("weights/manifest.json"),
            r#"{"format_version": 1, "bundles": [{"id": "t-vae", "dataset": "t",
               "label": "VAE (β = 1)", "view": "t/vae.safetensors", "view_bytes": 1}]}"#,
        )
        .unwrap();
        let mut mnist = e.clone();
        mnist.meta.dataset = "mnist".into();
        mnist.meta.model = "t-vae".into();
        assert_eq!(default_title(&mnist, &idx), "MNIST digits · VAE (β = 1)");
        let out = dir.0.join("x.gif");
        let rep = gif_from_index(&idx, &out, None, 500, false).unwrap();
        assert_eq!(rep.frames, 3);
        assert_eq!(std::fs::metadata(&out).unwrap().len(), rep.bytes as u64);
        let err = gif_from_index(&dir.0.join("nope"), &out, None, 500, false).unwrap_err();
        assert!(format!("{err:#}").contains("nope: cannot read"), "{err:#}");
    }

    #[test]
    fn plots_write_pngs_of_the_stated_size() {
        let dir = TempDir::new("plots");
        let series = vec![
            (
                "VAE".to_string(),
                vec![(0.0, 540.0), (1.0, 190.5), (2.0, 170.0), (30.0, 142.4)],
            ),
            (
                "plain".to_string(),
                vec![(1.0, 160.0), (4.0, 120.0), (f64::NAN, 1.0), (30.0, 100.0)],
            ),
        ];
        for log_x in [false, true] {
            let out = dir.0.join(format!("line-{log_x}.png"));
            line_plot(&out, "Test loss", "epoch", "nats/image", &series, log_x).unwrap();
            let (w, h, px) = decode_png(&std::fs::read(&out).unwrap());
            assert_eq!((w, h), PLOT_SIZE);
            // the first series' colour is drawn
            let c = palette::CLASS_COLOURS[SERIES[0]];
            assert!(px.chunks_exact(3).filter(|p| *p == c).count() > 200);
        }
        let out = dir.0.join("bars.png");
        let bars = vec![
            ("VAE (β = 1)".to_string(), 0.793),
            ("plain".to_string(), 0.71),
            ("bounded".to_string(), 0.5),
        ];
        bar_plot(&out, "Map accuracy", "share of test images", &bars).unwrap();
        let (w, h, px) = decode_png(&std::fs::read(&out).unwrap());
        assert_eq!((w, h), PLOT_SIZE);
        for (i, &k) in SERIES.iter().take(3).enumerate() {
            let c = palette::CLASS_COLOURS[k];
            assert!(
                px.chunks_exact(3).filter(|p| *p == c).count() > 1000,
                "bar {i}"
            );
        }
        assert!(line_plot(
            &out,
            "t",
            "x",
            "y",
            &[("a".into(), vec![(-1.0, 1.0)])],
            true
        )
        .unwrap_err()
        .to_string()
        .contains("no finite points"));
        assert!(bar_plot(&out, "t", "y", &[]).is_err());
        assert!(bar_plot(&out, "t", "y", &[("a".into(), f64::NAN)]).is_err());
    }

    #[test]
    fn maps_panel_puts_maps_side_by_side() {
        let dir = TempDir::new("panel");
        let e = evolution();
        let names = e.meta.class_names.clone();
        let panels: Vec<MapPanel> = vec![
            ("VAE".into(), e.frames[0].map.clone(), None, None),
            (
                "plain".into(),
                e.frames[2].map.clone(),
                Some(e.frames[2].points.clone()),
                Some(e.labels.clone()),
            ),
            (
                "bounded".into(),
                e.frames[1].map.clone(),
                Some(e.frames[1].points.clone()),
                None,
            ),
        ];
        let out = dir.0.join("panel.png");
        maps_panel(&out, &panels, &names).unwrap();
        let (w, h, px) = decode_png(&std::fs::read(&out).unwrap());
        assert_eq!(w, 3 * PANEL_SIZE.0);
        assert!(h > PANEL_SIZE.1 && h < PANEL_SIZE.1 + 80, "{h}");
        // class 0 appears in each third of the picture (each panel's map)
        for i in 0..3u32 {
            let n = (0..PANEL_SIZE.1)
                .flat_map(|y| (i * 400..(i + 1) * 400).map(move |x| (x, y)))
                .filter(|&(x, y)| {
                    let j = 3 * (y * w + x) as usize;
                    px[j..j + 3] == palette::class_colour(0)
                })
                .count();
            assert!(n > 10_000, "panel {i}: {n}");
        }
        let mut bad = panels.clone();
        bad[1].3 = Some(vec![0]);
        assert!(maps_panel(&out, &bad, &names).is_err());
        assert!(maps_panel(&out, &[], &names).is_err());
    }
}
