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
use latent_core::bundle::{write, BundleMeta, Manifest, ManifestEntry, ViewBundle, FORMAT_VERSION};
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
