//! Unit tests of the renderer: pixel-exact checks of frames, GIF palette and charts.

use super::*;
use latent_core::bundle::evolution::{EvolutionMeta, Frame, BOUNDS_POLICY};
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
    let cell = |row: usize, col: usize| r.at((col as f32 + 0.5) / 16.0, (row as f32 + 0.5) / 16.0);
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
    let cell = |row: usize, col: usize| r.at((col as f32 + 0.5) / 16.0, (row as f32 + 0.5) / 16.0);
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
