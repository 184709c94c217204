//! Native generators for the browser tests' fixtures; ignored by default, run on demand:
//!
//! (The browser test's reference decodes, `tests/fixtures/mnist-vae-decodes.json`, are
//! written by `latent-trainer reference`.)
//! * `cargo test -p latent-web --test native_fixtures -- --ignored write_dev_bundle`
//!   writes a random-weight view bundle and manifest to `$DEV_BUNDLE_DIR` (default
//!   `/tmp/devbundle`), for trying the page before a trained bundle exists.
#![cfg(not(target_arch = "wasm32"))]

use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::{
    candle::ViewBundle, write, BundleMeta, Manifest, ManifestEntry, FORMAT_VERSION,
};
use latent_core::latent_map::{Bounds, BoundsRule, ClassMap, Meshgrid};
use latent_core::model::{Autoencoder, AutoencoderConfig, ClassifierConfig};
use std::collections::BTreeMap;
use std::path::PathBuf;

#[test]
#[ignore = "writes a random-weight dev bundle to $DEV_BUNDLE_DIR (default /tmp/devbundle)"]
fn write_dev_bundle() {
    let dir = PathBuf::from(std::env::var("DEV_BUNDLE_DIR").unwrap_or("/tmp/devbundle".into()));
    let dev = Device::Cpu;
    let cfg = AutoencoderConfig::mnist_vae();
    let vm = VarMap::new();
    let _ae = Autoencoder::new(&cfg, VarBuilder::from_varmap(&vm, DType::F32, &dev)).unwrap();
    let bounds = Bounds {
        min: [-3.6, -3.2],
        max: [3.4, 3.9],
    };
    let (w, h) = (160, 160);
    let grid = Meshgrid::new(bounds, w, h).unwrap();
    // Voronoi regions around ten centres on a ring; confidence from the distance margin
    let centres: Vec<[f32; 2]> = (0..10)
        .map(|k| {
            let a = k as f32 * 0.6283 + 0.3;
            let r = 1.2 + 0.9 * ((k * 7) % 3) as f32;
            [r * a.cos(), r * a.sin()]
        })
        .collect();
    let mut class = Vec::with_capacity(w * h);
    let mut conf = Vec::with_capacity(w * h);
    for r in 0..h {
        for c in 0..w {
            let z = grid.cell_centre(r, c);
            let mut d: Vec<(f32, u8)> = centres
                .iter()
                .enumerate()
                .map(|(k, p)| ((z[0] - p[0]).hypot(z[1] - p[1]), k as u8))
                .collect();
            d.sort_by(|a, b| a.0.total_cmp(&b.0));
            class.push(d[0].1);
            let margin = (d[1].0 - d[0].0).min(1.0);
            conf.push((255.0 * (0.35 + 0.65 * margin)).round() as u8);
        }
    }
    let map = ClassMap::new(grid, class, conf).unwrap();
    let meta = BundleMeta {
        format_version: FORMAT_VERSION,
        model: "dev-vae".into(),
        dataset: "mnist".into(),
        class_names: (0..10).map(|i| i.to_string()).collect(),
        autoencoder: Some(cfg),
        classifier: ClassifierConfig::default(),
        weights_dtype: "f16".into(),
        grid: Some(grid),
        bounds_rule: Some(BoundsRule::default()),
        seed: 1,
        epochs: 0,
        command: "cargo test -p latent-web --test native_fixtures -- --ignored write_dev_bundle"
            .into(),
        metrics: BTreeMap::from([
            ("test_neg_elbo_nats".into(), 543.21),
            ("test_reconstruction_nats".into(), 540.0),
            ("test_kl_nats".into(), 3.21),
            ("classifier_test_accuracy".into(), 0.9912),
        ]),
    };
    let mut tensors: Vec<(String, Tensor)> = vm
        .data()
        .lock()
        .unwrap()
        .iter()
        .filter(|(k, _)| k.starts_with("decoder."))
        .map(|(k, v)| (k.clone(), v.as_tensor().clone()))
        .collect();
    tensors.sort_by(|a, b| a.0.cmp(&b.0));
    let mut tensors = write::with_dtype(tensors, DType::F16).unwrap();
    tensors.extend(write::map_tensors(&map).unwrap());
    let bytes = write::to_safetensors(&tensors, &meta).unwrap();
    ViewBundle::from_bytes(&bytes, "dev", &dev).unwrap();
    write::atomic_write(&dir.join("mnist/vae.safetensors"), &bytes).unwrap();
    let manifest = Manifest {
        format_version: FORMAT_VERSION,
        bundles: vec![ManifestEntry {
            id: "mnist-vae".into(),
            dataset: "mnist".into(),
            label: "VAE (β = 1), random weights".into(),
            view: "mnist/vae.safetensors".into(),
            view_bytes: bytes.len() as u64,
            encoder: None,
            dataset_label: "MNIST digits".into(),
            summary: "Random weights, for trying the page without training.".into(),
            evolution: None,
        }],
    };
    write::atomic_write(
        &dir.join("manifest.json"),
        serde_json::to_string_pretty(&manifest).unwrap().as_bytes(),
    )
    .unwrap();
    // a truncated copy, for trying the error display
    write::atomic_write(
        &dir.join("truncated.safetensors"),
        &bytes[..bytes.len() / 2],
    )
    .unwrap();
    eprintln!("wrote {}", dir.display());
}

/// Builds a training-evolution index from view bundles of the same design trained for
/// increasing epochs, for trying the evolution view before a trainer run with snapshots exists:
///
/// ```sh
/// DEV_EVOLUTION_FRAMES=/tmp/frames/mnist/e1.safetensors,/tmp/frames/mnist/e2.safetensors \
/// DEV_EVOLUTION_OUT=/tmp/devweights DEV_EVOLUTION_MODEL=mnist-vae \
///   cargo test -p latent-web --test native_fixtures -- --ignored write_dev_evolution
/// ```
///
/// Each frame is a view file with its encoder beside it (`<name>.encoder.safetensors`); the
/// stored points are the encodings of the 1,000-digit test fixture. Writes
/// `<out>/<dataset>/<model>.evolution.safetensors` and `<model>.evolution/epoch-NNNN.safetensors`
/// (copies of the frames) and adds the `evolution` entry to `<out>/manifest.json`.
#[test]
#[ignore = "builds a dev evolution index from $DEV_EVOLUTION_FRAMES"]
fn write_dev_evolution() {
    use latent_core::bundle::evolution::{Evolution, EvolutionMeta, Frame, BOUNDS_POLICY};
    use latent_core::model::Encoder;
    let frames: Vec<PathBuf> = std::env::var("DEV_EVOLUTION_FRAMES")
        .expect("set DEV_EVOLUTION_FRAMES to a comma-separated list of view files")
        .split(',')
        .map(PathBuf::from)
        .collect();
    let out = PathBuf::from(std::env::var("DEV_EVOLUTION_OUT").expect("set DEV_EVOLUTION_OUT"));
    let id = std::env::var("DEV_EVOLUTION_MODEL").unwrap_or("mnist-vae".into());
    let dev = Device::Cpu;
    let fx = concat!(env!("CARGO_MANIFEST_DIR"), "/../core/tests/fixtures/");
    let images =
        latent_core::idx::read_images(&PathBuf::from(fx).join("mnist-t1000-images-idx3-ubyte.gz"))
            .unwrap();
    let labels =
        latent_core::idx::read_labels(&PathBuf::from(fx).join("mnist-t1000-labels-idx1-ubyte.gz"))
            .unwrap();
    let n = images.count;
    let x = Tensor::from_vec(images.to_f32(0..n), (n, 784), &dev).unwrap();
    let mut manifest: Manifest =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let entry = manifest
        .bundles
        .iter_mut()
        .find(|b| b.id == id)
        .expect("no such model in the manifest");
    let stem = entry.view.trim_end_matches(".safetensors").to_string();
    let mut evo_frames = Vec::new();
    let mut files = Vec::new();
    let mut meta0 = None;
    for path in &frames {
        let bytes = std::fs::read(path).unwrap();
        let vb = ViewBundle::from_bytes(&bytes, "frame", &dev).unwrap();
        let enc_path = path.with_file_name(
            path.file_name()
                .unwrap()
                .to_string_lossy()
                .replace(".safetensors", ".encoder.safetensors"),
        );
        let enc =
            latent_core::bundle::candle::read_tensors(&std::fs::read(enc_path).unwrap(), "enc")
                .unwrap();
        let cfg = vb.meta.autoencoder.clone().unwrap();
        let encoder = Encoder::new(
            &cfg,
            VarBuilder::from_tensors(enc, DType::F32, &dev).pp("encoder"),
        )
        .unwrap();
        let mu = encoder.forward(&x).unwrap().0.to_vec2::<f32>().unwrap();
        let m = &vb.meta.metrics;
        let loss = m
            .get("test_neg_elbo_nats")
            .or(m.get("test_reconstruction_nats"))
            .copied()
            .unwrap();
        let epoch = vb.meta.epochs;
        let file = format!("{stem}.evolution/epoch-{epoch:04}.safetensors");
        write::atomic_write(&out.join(&file), &bytes).unwrap();
        files.push(file);
        evo_frames.push(Frame {
            epoch,
            test_loss: loss,
            map: vb.map.clone(),
            points: mu.iter().map(|p| [p[0], p[1]]).collect(),
        });
        meta0.get_or_insert(vb.meta);
    }
    let meta0 = meta0.unwrap();
    let g = evo_frames[0].map.grid;
    let evo = Evolution {
        meta: EvolutionMeta {
            format_version: FORMAT_VERSION,
            model: id.clone(),
            dataset: meta0.dataset.clone(),
            class_names: meta0.class_names.clone(),
            epochs: evo_frames.iter().map(|f| f.epoch).collect(),
            test_loss_nats: evo_frames.iter().map(|f| f.test_loss).collect(),
            loss_name: if meta0.metrics.contains_key("test_neg_elbo_nats") {
                "−ELBO".into()
            } else {
                "reconstruction (BCE)".into()
            },
            grid: [g.width, g.height],
            bounds_policy: BOUNDS_POLICY.into(),
            points: n,
            frames: files,
            command:
                "cargo test -p latent-web --test native_fixtures -- --ignored write_dev_evolution"
                    .into(),
        },
        frames: evo_frames,
        labels: labels[..n].to_vec(),
    };
    let bytes = evo.to_bytes().unwrap();
    Evolution::from_bytes(&bytes, "dev").unwrap();
    let index = format!("{stem}.evolution.safetensors");
    write::atomic_write(&out.join(&index), &bytes).unwrap();
    entry.evolution = Some(latent_core::bundle::EvolutionEntry {
        index,
        index_bytes: bytes.len() as u64,
        epochs: evo.meta.epochs.clone(),
    });
    write::atomic_write(
        &out.join("manifest.json"),
        serde_json::to_string_pretty(&manifest).unwrap().as_bytes(),
    )
    .unwrap();
    eprintln!(
        "wrote {} frames of {id} to {}",
        evo.frames.len(),
        out.display()
    );
}
