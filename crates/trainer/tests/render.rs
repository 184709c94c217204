//! The evolution GIF at a realistic size: 10 snapshots of 128 × 128 maps with 2,000 encoded
//! test points each (what `latent-trainer autoencoder --snapshots` records by default), from a
//! synthetic index written to and read back from disk. Ignored by default (it takes a few
//! seconds in a debug build); run with
//! `cargo test --release -p latent-trainer --test render -- --ignored --nocapture`.
//! Set `RENDER_KEEP=<folder>` to keep the GIF and a frame PNG there.

use latent_core::bundle::evolution::{Evolution, EvolutionMeta, Frame, BOUNDS_POLICY};
use latent_core::latent_map::{Bounds, ClassMap, Meshgrid};
use latent_trainer::render::{self, FrameContent};
use rand::{Rng, SeedableRng};
use rand_distr::{Distribution, Normal};
use std::time::Instant;

/// Ten classes as Gaussian clusters on a ring whose radius grows with the epoch; the map paints
/// each cell with the class of the nearest cluster centre, confidence falling towards the
/// borders; the bounds follow the points.
fn synthetic(frames: usize, grid: usize, n: usize) -> Evolution {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
    let labels: Vec<u8> = (0..n).map(|_| rng.random_range(0..10u8)).collect();
    let noise = Normal::new(0.0f32, 1.0).unwrap();
    let eps: Vec<[f32; 2]> = (0..n)
        .map(|_| [noise.sample(&mut rng), noise.sample(&mut rng)])
        .collect();
    let epochs: Vec<usize> = vec![0, 1, 2, 3, 4, 6, 8, 12, 16, 20][..frames].to_vec();
    let mut out = vec![];
    for (f, &epoch) in epochs.iter().enumerate() {
        let t = f as f32 / (frames - 1).max(1) as f32;
        let radius = 0.2 + 2.8 * t;
        let spread = 0.9 - 0.4 * t;
        let centre = |c: u8| {
            let a = c as f32 * std::f32::consts::TAU / 10.0 + 0.3 * t;
            [radius * a.cos(), radius * a.sin()]
        };
        let points: Vec<[f32; 2]> = labels
            .iter()
            .zip(&eps)
            .map(|(&l, e)| {
                let c = centre(l);
                [c[0] + spread * e[0], c[1] + spread * e[1]]
            })
            .collect();
        let bounds = Bounds::from_points(&points, Default::default()).unwrap();
        let g = Meshgrid::new(bounds, grid, grid).unwrap();
        let mut class = Vec::with_capacity(grid * grid);
        let mut conf = Vec::with_capacity(grid * grid);
        for r in 0..grid {
            for c in 0..grid {
                let z = g.cell_centre(r, c);
                let mut d: Vec<(f32, u8)> = (0..10u8)
                    .map(|k| {
                        let m = centre(k);
                        ((z[0] - m[0]).powi(2) + (z[1] - m[1]).powi(2), k)
                    })
                    .collect();
                d.sort_by(|a, b| a.0.total_cmp(&b.0));
                class.push(d[0].1);
                let margin = (d[1].0.sqrt() - d[0].0.sqrt()) / spread;
                conf.push((255.0 * (0.35 + 0.65 * margin.min(1.0))).round() as u8);
            }
        }
        out.push(Frame {
            epoch,
            test_loss: 200.0 - 55.0 * t as f64,
            map: ClassMap::new(g, class, conf).unwrap(),
            points,
        });
    }
    Evolution {
        meta: EvolutionMeta {
            format_version: latent_core::bundle::FORMAT_VERSION,
            model: "mnist-vae".into(),
            dataset: "mnist".into(),
            class_names: (0..10).map(|d| d.to_string()).collect(),
            epochs: epochs.clone(),
            test_loss_nats: out.iter().map(|f| f.test_loss).collect(),
            loss_name: "−ELBO".into(),
            grid: [grid, grid],
            bounds_policy: BOUNDS_POLICY.into(),
            points: n,
            frames: epochs
                .iter()
                .map(|e| format!("mnist/vae.evolution/epoch-{e:04}.safetensors"))
                .collect(),
            command: "synthetic".into(),
        },
        frames: out,
        labels,
    }
}

#[test]
#[ignore = "realistic size: run with --release --ignored --nocapture"]
fn realistic_evolution_gif() {
    let keep = std::env::var_os("RENDER_KEEP").map(std::path::PathBuf::from);
    let dir = keep.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("render-helper-real-{}", std::process::id()))
    });
    let idx = dir.join("weights/mnist/vae.evolution.safetensors");
    let e = synthetic(10, 128, 2000);
    latent_core::bundle::write::atomic_write(&idx, &e.to_bytes().unwrap()).unwrap();
    let out = dir.join("mnist-vae-evolution.gif");
    let t0 = Instant::now();
    let rep = render::gif_from_index(&idx, &out, None, 700, true).unwrap();
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "GIF: {} frames, {}×{}, {} bytes, {secs:.2} s (index {} bytes)",
        rep.frames,
        rep.width,
        rep.height,
        rep.bytes,
        std::fs::metadata(&idx).unwrap().len()
    );
    assert_eq!(rep.frames, 10);
    let t0 = Instant::now();
    let rep2 = render::gif_from_index(&idx, &out, None, 700, false).unwrap();
    println!(
        "GIF without points: {} bytes, {:.2} s",
        rep2.bytes,
        t0.elapsed().as_secs_f64()
    );
    let f = render::render_frame(&FrameContent {
        map: &e.frames[9].map,
        points: Some((&e.frames[9].points, &e.labels)),
        class_names: &e.meta.class_names,
        title: "MNIST digits · VAE (β = 1)",
        epoch: 20,
        loss: Some(("−ELBO", e.frames[9].test_loss)),
    })
    .unwrap();
    latent_core::bundle::write::atomic_write(&dir.join("frame.png"), &f.image.to_png().unwrap())
        .unwrap();
    // the docs charts, from the same synthetic run
    let losses: Vec<(f64, f64)> = e
        .frames
        .iter()
        .map(|f| (f.epoch as f64, f.test_loss))
        .collect();
    let shifted: Vec<(f64, f64)> = losses.iter().map(|&(x, y)| (x, y - 20.0)).collect();
    let series = vec![
        ("VAE (β = 1)".to_string(), losses),
        ("plain".to_string(), shifted),
    ];
    render::line_plot(
        &dir.join("loss.png"),
        "Test loss during training",
        "epoch",
        "nats/image",
        &series,
        false,
    )
    .unwrap();
    let sizes: Vec<(f64, f64)> = [100.0, 1000.0, 10000.0, 60000.0]
        .iter()
        .map(|&n| (n, 0.5 + 0.1 * f64::log10(n)))
        .collect();
    render::line_plot(
        &dir.join("log.png"),
        "Map accuracy by training-set size",
        "training images",
        "map accuracy",
        &[("VAE".into(), sizes)],
        true,
    )
    .unwrap();
    let bars = vec![
        ("VAE (β = 1)".to_string(), 0.793),
        ("plain".to_string(), 0.712),
        ("bounded (tanh)".to_string(), 0.655),
        ("β-VAE (β = 4)".to_string(), 0.601),
    ];
    render::bar_plot(
        &dir.join("bars.png"),
        "Map accuracy",
        "share of test images",
        &bars,
    )
    .unwrap();
    let panels: Vec<render::MapPanel> = [2usize, 5, 9]
        .iter()
        .map(|&i| {
            (
                format!("epoch {}", e.frames[i].epoch),
                e.frames[i].map.clone(),
                Some(e.frames[i].points[..500].to_vec()),
                Some(e.labels[..500].to_vec()),
            )
        })
        .collect();
    render::maps_panel(&dir.join("panel.png"), &panels, &e.meta.class_names).unwrap();
    let fashion = latent_trainer::data::DatasetId::Fashion.class_names();
    render::maps_panel(&dir.join("panel-fashion.png"), &panels[..2], &fashion).unwrap();
    if keep.is_none() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// The GIF of a real index: `RENDER_INDEX=weights/mnist/vae.evolution.safetensors cargo test
/// --release -p latent-trainer --test render -- --ignored --nocapture real_index` (does
/// nothing without `RENDER_INDEX`; writes beside `RENDER_KEEP` if set, else to a temp folder).
#[test]
#[ignore = "needs RENDER_INDEX=<index file>"]
fn real_index_gif() {
    let Some(idx) = std::env::var_os("RENDER_INDEX").map(std::path::PathBuf::from) else {
        return;
    };
    // cargo runs the test in the crate folder; a relative path is meant from the repo root
    let idx = if idx.is_relative() && !idx.exists() {
        std::path::Path::new("../..").join(idx)
    } else {
        idx
    };
    let dir = std::env::var_os("RENDER_KEEP")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("render-helper-index"));
    for points in [true, false] {
        let out = dir.join(format!("evolution-points-{points}.gif"));
        let t0 = Instant::now();
        let rep = render::gif_from_index(&idx, &out, None, 700, points).unwrap();
        println!(
            "{}: points {points}: {} frames, {}×{}, {} bytes, {:.2} s",
            out.display(),
            rep.frames,
            rep.width,
            rep.height,
            rep.bytes,
            t0.elapsed().as_secs_f64()
        );
    }
}

/// The real `latent-trainer gif` command on a small synthetic index: writes a GIF with one
/// frame per snapshot, and a missing index is an error naming the file.
#[test]
fn gif_command_writes_the_animation() {
    let dir = std::env::temp_dir().join(format!("render-gif-cli-{}", std::process::id()));
    let idx = dir.join("weights/mnist/vae.evolution.safetensors");
    let e = synthetic(3, 16, 50);
    latent_core::bundle::write::atomic_write(&idx, &e.to_bytes().unwrap()).unwrap();
    let out = dir.join("docs/img/x.gif");
    let run = |extra: &[&str]| {
        let mut args = vec![
            "gif",
            "--index",
            idx.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--delay-ms",
            "500",
        ];
        args.extend_from_slice(extra);
        std::process::Command::new(env!("CARGO_BIN_EXE_latent-trainer"))
            .args(&args)
            .output()
            .unwrap()
    };
    let o = run(&["--points", "--title", "Custom"]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("(3 frames, 640×480 px"), "{err}");
    let bytes = std::fs::read(&out).unwrap();
    let mut opts = gif::DecodeOptions::new();
    opts.set_color_output(gif::ColorOutput::RGBA);
    let mut dec = opts.read_info(bytes.as_slice()).unwrap();
    assert_eq!((dec.width(), dec.height()), (640, 480));
    let mut frames = 0;
    while dec.read_next_frame().unwrap().is_some() {
        frames += 1;
    }
    assert_eq!(frames, 3);
    std::fs::remove_file(&idx).unwrap();
    let o = run(&[]);
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        !o.status.success() && err.contains("vae.evolution.safetensors"),
        "{err}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
