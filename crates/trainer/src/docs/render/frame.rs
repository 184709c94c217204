//! Latent-map frames and the training-evolution GIF with its fixed palette.

use super::*;

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
pub(super) enum Shading {
    /// [`palette::shaded`] at the stored confidence, as in the app.
    Exact,
    /// Confidence rounded to this many levels first (the GIF's fixed palette).
    Levels(u8),
}

pub(super) fn quantise_confidence(conf: u8, levels: u8) -> u8 {
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
pub(super) fn tick(v: f64) -> String {
    let s = format!("{v:.4}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    match s {
        "-0" | "" => "0".into(),
        s => s.replacen('-', "\u{2212}", 1),
    }
}

/// A value for a bar label: 4 significant digits (at most 6 decimals), no trailing zeros, a
/// real minus sign.
pub(super) fn figure(v: f64) -> String {
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

pub(super) type Area<'a> = DrawingArea<BitMapBackend<'a>, Shift>;

/// Encoded points (latent units) and, if known, their labels.
pub(super) type Points<'a> = Option<(&'a [[f32; 2]], Option<&'a [u8]>)>;

/// Draws one class map with its axes inside `area`, its plotting area square and as large as
/// fits, and returns where the map landed (backend pixels).
pub(super) fn draw_map_chart(
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
pub(super) fn draw_swatch(area: &Area<'_>, c: u8, (x, y): (i32, i32)) -> Result<()> {
    let (bx, by) = area.get_base_pixel();
    let r = [(x - bx, y - by), (x - bx + 16, y - by + 16)];
    area.draw(&Rectangle::new(r, rgb(palette::class_colour(c)).filled()))
        .map_err(pe)?;
    area.draw(&Rectangle::new(r, rgb(INK).stroke_width(1)))
        .map_err(pe)?;
    Ok(())
}

pub(super) fn draw_frame(c: &FrameContent<'_>, shading: Shading) -> Result<FrameImage> {
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
pub(super) struct GifPalette {
    pub(super) colours: Vec<[u8; 3]>,
    pub(super) index: HashMap<[u8; 3], u8>,
}

impl GifPalette {
    /// Greys from ink to white, the shade ladder of each class (up to ten distinct class
    /// colours), and each class colour blended a third and two thirds towards ink.
    pub(super) fn new(classes: usize) -> Self {
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
    pub(super) fn index_of(&mut self, c: [u8; 3]) -> u8 {
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
        .map(|d| d.join(files::MANIFEST_FILE))
        .and_then(|p| std::fs::read(p).ok())
        .and_then(|b| Manifest::parse(&b, files::MANIFEST_FILE).ok());
    let model = manifest
        .and_then(|m| {
            m.bundles
                .into_iter()
                .find(|e| e.id == index.meta.model)
                .map(|e| e.label)
        })
        .unwrap_or_else(|| {
            let id = &index.meta.model;
            let name = id
                .strip_prefix(&format!("{}-", index.meta.dataset))
                .unwrap_or(id);
            match name.parse::<AutoencoderKind>() {
                Ok(AutoencoderKind::Vae) => "VAE".into(),
                Ok(kind) => crate::default_label(kind, 1.0),
                Err(_) => name.to_string(),
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
