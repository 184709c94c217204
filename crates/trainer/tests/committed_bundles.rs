//! The committed weights, checked with the current code: they load, the classifier is
//! accurate on the fixture, the decoder reproduces the stored reference decodes, and the
//! manifest lists files that exist. (burn's mnist-inference-web broke when its embedded
//! weights drifted from the model code; this test is the guard against that.)

mod common;
use candle_core::Device;
use common::fixture;
use latent_core::bundle::{self, Manifest, ViewBundle};
use latent_trainer::train;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn manifest() -> Manifest {
    serde_json::from_slice(&std::fs::read(root().join("weights/manifest.json")).unwrap()).unwrap()
}

#[test]
fn manifest_lists_loadable_bundles() {
    let m = manifest();
    assert_eq!(m.format_version, bundle::FORMAT_VERSION);
    assert!(!m.bundles.is_empty());
    assert_eq!(
        m.bundles[0].id, "mnist-vae",
        "the first entry is the default view"
    );
    for e in &m.bundles {
        let path = root().join("weights").join(&e.view);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(
            bytes.len() as u64,
            e.view_bytes,
            "{}: size differs from the manifest",
            e.view
        );
        let v = ViewBundle::from_bytes(&bytes, &e.view, &Device::Cpu).unwrap();
        assert_eq!(v.meta.model, e.id);
        assert_eq!(v.meta.dataset, e.dataset);
        assert!(v.map.grid.width >= 256 && v.map.grid.height >= 256);
        assert!(
            v.meta.command.starts_with("latent-trainer "),
            "{}",
            v.meta.command
        );
        if let Some(enc) = &e.encoder {
            let eb = std::fs::read(root().join("weights").join(enc)).unwrap();
            assert_eq!(bundle::read_meta(&eb, enc).unwrap(), v.meta);
        }
    }
}

#[test]
fn classifier_is_accurate_on_the_fixture() {
    let (clf, meta) =
        latent_trainer::load_classifier(&root().join("weights/mnist/classifier.safetensors"))
            .unwrap();
    let acc = train::accuracy(&clf, &fixture()).unwrap();
    assert!(acc >= 0.98, "classifier accuracy on the fixture {acc}");
    assert!(meta.metrics["classifier_test_accuracy"] >= 0.99);
}

#[test]
fn vae_meets_its_bars_and_encodes_into_its_map() {
    let m = manifest();
    let e = &m.bundles[0];
    let bytes = std::fs::read(root().join("weights").join(&e.view)).unwrap();
    let v = ViewBundle::from_bytes(&bytes, &e.view, &Device::Cpu).unwrap();
    assert!(
        v.meta.metrics["test_neg_elbo_nats"] <= 150.0,
        "{:?}",
        v.meta.metrics
    );
    // the encoder file, with the same code, puts most fixture digits in a cell of their class
    let enc_bytes =
        std::fs::read(root().join("weights").join(e.encoder.as_ref().unwrap())).unwrap();
    let tensors = bundle::read_tensors(&enc_bytes, "encoder").unwrap();
    let vb = candle_nn::VarBuilder::from_tensors(tensors, candle_core::DType::F32, &Device::Cpu);
    let enc =
        latent_core::model::Encoder::new(v.meta.autoencoder.as_ref().unwrap(), vb.pp("encoder"))
            .unwrap();
    let set = fixture();
    let (mu, lv) = enc.forward(&set.x).unwrap();
    assert!(lv.is_some());
    let pts: Vec<[f32; 2]> = mu
        .to_vec2::<f32>()
        .unwrap()
        .into_iter()
        .map(|p| [p[0], p[1]])
        .collect();
    let acc = v.map.accuracy(&pts, &set.labels);
    assert!(acc > 0.6, "map accuracy on the fixture {acc}");
}

#[test]
fn decoder_reproduces_the_reference_decodes() {
    let refs: serde_json::Value = serde_json::from_slice(
        &std::fs::read(root().join("crates/web/tests/fixtures/mnist-vae-decodes.json")).unwrap(),
    )
    .unwrap();
    let bytes = std::fs::read(root().join("weights/mnist/vae.safetensors")).unwrap();
    let v = ViewBundle::from_bytes(&bytes, "vae", &Device::Cpu).unwrap();
    let points = refs["points"].as_array().unwrap();
    assert!(points.len() >= 3, "too few reference points");
    for p in points {
        let z: Vec<f32> = serde_json::from_value(p["z"].clone()).unwrap();
        let want: Vec<f32> = serde_json::from_value(p["pixels"].clone()).unwrap();
        let got = v.decode([z[0], z[1]]).unwrap();
        assert_eq!(got.len(), 784);
        let max = got
            .iter()
            .zip(&want)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0f32, f32::max);
        assert!(max <= 1e-6, "z = {z:?}: max pixel difference {max}");
        // and the decode is a digit, not a blank: some ink, mostly background
        let ink = got.iter().filter(|&&p| p > 0.5).count();
        assert!((20..400).contains(&ink), "z = {z:?}: {ink} inked pixels");
    }
}
