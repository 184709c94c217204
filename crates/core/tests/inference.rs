//! The page's candle-free models (`bundle::inference`: the encoder, classifier and decoder on
//! `latent-kernels`) against candle's: every committed encoder, classifier and view file on
//! held-out test images, and randomly initialised models whose widths are not multiples of the
//! kernels' blocks, for each design; and the loaders' errors.

use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::{
    candle::{ClassifierBundle, EncoderBundle, ViewBundle},
    write, BundleMeta, ClassifierFile, EncoderFile, Manifest, TestImages, ViewFile, FORMAT_VERSION,
};
use latent_core::model::{
    Autoencoder, AutoencoderConfig, AutoencoderKind, Classifier, ClassifierConfig,
};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn weights() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../weights")
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(weights().join(rel)).unwrap_or_else(|e| panic!("weights/{rel}: {e}"))
}

fn manifest() -> Manifest {
    Manifest::parse(&read("manifest.json"), "manifest.json").unwrap()
}

/// The first `n` test images of `dataset`, 784 pixels each in `[0, 1]`.
fn test_images(dataset: &str, n: usize) -> Vec<f32> {
    let name = format!("{dataset}/test-images.safetensors");
    let t = TestImages::from_bytes(&read(&name), &name).unwrap();
    (0..n).flat_map(|i| t.image(i).unwrap()).collect()
}

fn max_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f32::max)
}

/// The largest `|a − b| / (1 + |b|)`: codes of the unbounded designs reach tens of latent
/// units, where f32 rounding alone is a few 1e-6.
fn max_rel_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs() / (1.0 + y.abs()))
        .fold(0.0, f32::max)
}

/// μ and log σ² of `pixels` by both encoders; their largest relative differences
/// ([`max_rel_diff`]).
fn encoder_diffs(fast: &EncoderFile, reference: &EncoderBundle, pixels: &[f32]) -> (f32, f32) {
    let a = fast.encode_posterior(pixels).unwrap();
    let b = reference.encode_posterior(pixels).unwrap();
    assert_eq!(a.len(), pixels.len() / 784);
    assert_eq!(a.len(), b.len());
    let mu = |p: &[latent_core::bundle::Posterior]| -> Vec<f32> {
        p.iter().flat_map(|p| p.mu).collect()
    };
    let lv = |p: &[latent_core::bundle::Posterior]| -> Vec<f32> {
        p.iter()
            .flat_map(|p| p.log_var.unwrap_or([0.0; 2]))
            .collect()
    };
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.log_var.is_some(), y.log_var.is_some());
    }
    (
        max_rel_diff(&mu(&a), &mu(&b)),
        max_rel_diff(&lv(&a), &lv(&b)),
    )
}

/// Class probabilities by both classifiers; the largest difference and whether every image
/// gets the same most likely class.
fn classifier_diff(fast: &ClassifierFile, reference: &ClassifierBundle, pixels: &[f32]) -> f32 {
    let a = fast.probabilities(pixels).unwrap();
    let b = reference.probabilities(pixels).unwrap();
    assert_eq!(a.len(), pixels.len() / 784);
    let argmax = |r: &[f32]| {
        r.iter()
            .enumerate()
            .fold((0, f32::MIN), |m, (i, &v)| if v > m.1 { (i, v) } else { m })
            .0
    };
    for (x, y) in a.iter().zip(&b) {
        assert!((x.iter().sum::<f32>() - 1.0).abs() < 1e-5);
        assert_eq!(argmax(x), argmax(y));
    }
    max_diff(&a.concat(), &b.concat())
}

#[test]
fn every_committed_encoder_encodes_as_candle_does() {
    let m = manifest();
    let mut seen = 0;
    for e in &m.bundles {
        let Some(enc) = &e.encoder else { continue };
        let bytes = read(enc);
        let fast = EncoderFile::from_bytes(&bytes, enc).unwrap();
        let reference = EncoderBundle::from_bytes(&bytes, enc, &Device::Cpu).unwrap();
        let px = test_images(&e.dataset, 200);
        let (mu, lv) = encoder_diffs(&fast, &reference, &px);
        assert!(mu < 1e-5 && lv < 1e-5, "{}: μ {mu:e}, log σ² {lv:e}", e.id);
        eprintln!("{}: kernels − candle: μ {mu:e}, log σ² {lv:e}", e.id);
        seen += 1;
    }
    assert!(seen >= 8, "{seen} encoders");
}

#[test]
fn every_committed_classifier_classifies_as_candle_does() {
    for dataset in ["mnist", "fashion"] {
        let name = format!("{dataset}/classifier.safetensors");
        let bytes = read(&name);
        let fast = ClassifierFile::from_bytes(&bytes, &name).unwrap();
        let reference = ClassifierBundle::from_bytes(&bytes, &name, &Device::Cpu).unwrap();
        let px = test_images(dataset, 200);
        let d = classifier_diff(&fast, &reference, &px);
        assert!(d < 1e-5, "{dataset}: {d:e}");
        eprintln!("{dataset} classifier: kernels − candle: probabilities {d:e}");
        // and it classifies: most of the held-out images as labelled
        let t = TestImages::from_bytes(&read(&format!("{dataset}/test-images.safetensors")), "t")
            .unwrap();
        let right = fast
            .probabilities(&px)
            .unwrap()
            .iter()
            .zip(&t.labels)
            .filter(|(p, &l)| p.iter().all(|&q| q <= p[l as usize]))
            .count();
        assert!(right >= 170, "{dataset}: {right} of 200 right");
    }
}

#[test]
fn every_committed_view_file_reads_as_the_candle_bundle() {
    for e in &manifest().bundles {
        let bytes = read(&e.view);
        let fast = ViewFile::from_bytes(&bytes, &e.view).unwrap();
        let reference = ViewBundle::from_bytes(&bytes, &e.view, &Device::Cpu).unwrap();
        assert_eq!(fast.meta, reference.meta);
        assert_eq!(fast.map, reference.map);
        let z = [[0.3f32, -0.7], [1.5, 2.0]];
        assert_eq!(fast.decode_many(&z), reference.decode_many(&z).unwrap());
        assert_eq!(fast.decode(z[0]), reference.decode(z[0]).unwrap());
    }
}

/// A bundle file of `prefix.*` weights of a fresh model (stored as `dtype`).
fn file_of(vm: &VarMap, prefix: &str, meta: &BundleMeta, dtype: DType) -> Vec<u8> {
    let tensors: Vec<(String, Tensor)> = vm
        .data()
        .lock()
        .unwrap()
        .iter()
        .filter(|(k, _)| k.starts_with(prefix))
        .map(|(k, v)| (k.clone(), v.as_tensor().clone()))
        .collect();
    let tensors = write::with_dtype(tensors, dtype).unwrap();
    write::to_safetensors(&tensors, meta).unwrap()
}

fn meta(
    autoencoder: Option<AutoencoderConfig>,
    classifier: ClassifierConfig,
    dtype: &str,
) -> BundleMeta {
    BundleMeta {
        format_version: FORMAT_VERSION,
        model: "t".into(),
        dataset: "mnist".into(),
        class_names: (0..10).map(|i| i.to_string()).collect(),
        autoencoder,
        classifier,
        weights_dtype: dtype.into(),
        grid: None,
        bounds_rule: None,
        seed: 1,
        epochs: 0,
        command: "test".into(),
        metrics: BTreeMap::new(),
    }
}

/// Deterministic pixels in `[0, 1]`.
fn pixels(n: usize) -> Vec<f32> {
    (0..n * 784)
        .map(|i| ((i as u64 * 2_654_435_761) % 1000) as f32 / 999.0)
        .collect()
}

#[test]
fn odd_widths_and_every_design_encode_as_candle_does() {
    for kind in AutoencoderKind::ALL {
        let cfg = AutoencoderConfig {
            kind,
            encoder_hidden: vec![37, 13],
            ..AutoencoderConfig::mnist_vae()
        };
        let vm = VarMap::new();
        Autoencoder::new(&cfg, VarBuilder::from_varmap(&vm, DType::F32, &Device::Cpu)).unwrap();
        let m = meta(Some(cfg), ClassifierConfig::default(), "f32");
        let bytes = file_of(&vm, "encoder.", &m, DType::F32);
        let fast = EncoderFile::from_bytes(&bytes, "e").unwrap();
        let reference = EncoderBundle::from_bytes(&bytes, "e", &Device::Cpu).unwrap();
        // more images than one chunk of the kernels (64), and not a multiple of 4
        let (mu, lv) = encoder_diffs(&fast, &reference, &pixels(70));
        assert!(mu < 1e-5 && lv < 1e-5, "{kind:?}: μ {mu:e}, log σ² {lv:e}");
        let p = fast.encode_posterior(&pixels(1)).unwrap()[0];
        assert_eq!(
            p.log_var.is_some(),
            kind == AutoencoderKind::Vae,
            "{kind:?}"
        );
        if kind == AutoencoderKind::Bounded {
            assert!(p.mu.iter().all(|v| v.abs() < 1.0));
        }
    }
}

#[test]
fn odd_channels_classify_as_candle_does() {
    let cfg = ClassifierConfig {
        channels: [3, 5],
        hidden: 7,
        num_classes: 10,
        dropout: [0.0, 0.0],
    };
    let vm = VarMap::new();
    Classifier::new(
        &cfg,
        VarBuilder::from_varmap(&vm, DType::F32, &Device::Cpu).pp("classifier"),
    )
    .unwrap();
    let m = meta(None, cfg, "f16");
    let bytes = file_of(&vm, "classifier.", &m, DType::F16);
    let fast = ClassifierFile::from_bytes(&bytes, "c").unwrap();
    let reference = ClassifierBundle::from_bytes(&bytes, "c", &Device::Cpu).unwrap();
    let d = classifier_diff(&fast, &reference, &pixels(5));
    assert!(d < 1e-5, "{d:e}");
}

#[test]
fn bad_files_are_named() {
    let cfg = ClassifierConfig::default();
    let vm = VarMap::new();
    Classifier::new(
        &cfg,
        VarBuilder::from_varmap(&vm, DType::F32, &Device::Cpu).pp("classifier"),
    )
    .unwrap();
    let m = meta(None, cfg.clone(), "f32");
    let edit = |f: &dyn Fn(&str, Tensor) -> Option<Tensor>, m: &BundleMeta| -> String {
        let tensors: Vec<(String, Tensor)> = vm
            .data()
            .lock()
            .unwrap()
            .iter()
            .filter_map(|(k, v)| f(k, v.as_tensor().clone()).map(|t| (k.clone(), t)))
            .collect();
        let bytes = write::to_safetensors(&tensors, m).unwrap();
        ClassifierFile::from_bytes(&bytes, "c.safetensors")
            .unwrap_err()
            .to_string()
    };
    let e = edit(
        &|k, t| {
            Some(if k == "classifier.conv1.weight" {
                t.reshape((64, 32, 9)).unwrap()
            } else {
                t
            })
        },
        &m,
    );
    assert!(
        e.contains("c.safetensors")
            && e.contains(
                "`classifier.conv1.weight` has shape [64, 32, 9], expected [64, 32, 3, 3]"
            ),
        "{e}"
    );
    let e = edit(&|k, t| (k != "classifier.out.bias").then_some(t), &m);
    assert!(e.contains("`classifier.out.bias` is missing"), "{e}");
    let e = edit(&|_, t| Some(t), &meta(None, cfg.clone(), "f16"));
    assert!(
        e.contains("is stored as F32 but the metadata says the weights are f16"),
        "{e}"
    );
    let e = edit(
        &|k, t| {
            Some(if k == "classifier.fc.bias" {
                (t * f64::NAN).unwrap()
            } else {
                t
            })
        },
        &m,
    );
    assert!(
        e.contains("`classifier.fc.bias` holds 128 of 128 values that are not finite"),
        "{e}"
    );
    // an encoder file of another latent size, and bytes that are not safetensors
    let e = EncoderFile::from_bytes(b"<!doctype html><html>", "enc.safetensors")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("enc.safetensors") && e.contains("HTML page"),
        "{e}"
    );
    let mut three = AutoencoderConfig::mnist_vae();
    three.latent_dim = 3;
    let vm = VarMap::new();
    Autoencoder::new(
        &three,
        VarBuilder::from_varmap(&vm, DType::F32, &Device::Cpu),
    )
    .unwrap();
    let bytes = file_of(&vm, "encoder.", &meta(Some(three), cfg, "f32"), DType::F32);
    let e = EncoderFile::from_bytes(&bytes, "e3")
        .unwrap_err()
        .to_string();
    assert!(e.contains("latent size 3 but the explorer shows 2"), "{e}");
}
