//! The committed weights, checked with the current code: they load, the classifier is
//! accurate on the fixture, the decoder reproduces the stored reference decodes, and the
//! manifest lists files that exist. (burn's mnist-inference-web broke when its embedded
//! weights drifted from the model code; this test is the guard against that.)

mod common;
use candle_core::Device;
use common::fixture;
use latent_core::bundle::{self, candle::ViewBundle, Manifest};
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
        assert!(!e.summary.is_empty(), "{}: no summary", e.id);
        assert!(!e.dataset_label.is_empty(), "{}: no dataset label", e.id);
        for key in [
            "test_reconstruction_nats",
            "test_mse_per_pixel",
            "test_map_accuracy",
            "test_knn10_agreement",
            "classifier_test_accuracy",
        ] {
            assert!(v.meta.metrics.contains_key(key), "{}: no {key}", e.id);
        }
        if v.meta.autoencoder.as_ref().unwrap().kind == latent_core::model::AutoencoderKind::Vae {
            assert!(
                v.meta.metrics.contains_key("test_neg_elbo_nats"),
                "{}",
                e.id
            );
        }
    }
    // the app offers two datasets and, on each, the four designs
    for ds in ["mnist", "fashion"] {
        let mut names: Vec<&str> = m
            .bundles
            .iter()
            .filter(|e| e.dataset == ds)
            .map(|e| e.id.split_once('-').unwrap().1)
            .collect();
        names.sort();
        assert_eq!(names, ["beta4", "bounded", "plain", "vae"], "{ds}");
    }
}

/// Every committed training evolution: the index and each frame file load with the current
/// code, frames agree with the index, and the last frame is the bundle's final model.
#[test]
fn every_committed_tensor_is_8_byte_aligned() {
    let mut files = Vec::new();
    let mut stack = vec![root().join("weights")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "safetensors") {
                files.push(p);
            }
        }
    }
    assert!(files.len() > 20, "found only {} bundle files", files.len());
    for f in files {
        let bytes = std::fs::read(&f).unwrap();
        let bad = latent_core::bundle::layout::misaligned(&bytes).unwrap();
        assert!(
            bad.is_empty(),
            "{}: tensors at unaligned offsets: {bad:?}",
            f.display()
        );
    }
}

#[test]
fn committed_evolutions_load() {
    use latent_core::bundle::evolution::Evolution;
    let m = manifest();
    let mut seen = vec![];
    for e in &m.bundles {
        let Some(ev) = &e.evolution else { continue };
        seen.push(e.id.clone());
        let bytes = std::fs::read(root().join("weights").join(&ev.index)).unwrap();
        assert_eq!(bytes.len() as u64, ev.index_bytes, "{}", ev.index);
        let idx = Evolution::from_bytes(&bytes, &ev.index).unwrap();
        assert_eq!(idx.meta.epochs, ev.epochs);
        assert_eq!(idx.meta.model, e.id);
        assert_eq!(idx.meta.epochs[0], 0);
        assert!(
            idx.frames.len() >= 6,
            "{}: {} frames",
            e.id,
            idx.frames.len()
        );
        let loss: Vec<f64> = idx.frames.iter().map(|f| f.test_loss).collect();
        assert!(
            loss[loss.len() - 1] < 0.5 * loss[0],
            "{}: test loss {loss:?}",
            e.id
        );
        let view = ViewBundle::from_bytes(
            &std::fs::read(root().join("weights").join(&e.view)).unwrap(),
            &e.view,
            &Device::Cpu,
        )
        .unwrap();
        assert_eq!(*idx.meta.epochs.last().unwrap(), view.meta.epochs);
        for (i, rel) in idx.meta.frames.iter().enumerate() {
            let fb = std::fs::read(root().join("weights").join(rel)).unwrap();
            let f = ViewBundle::from_bytes(&fb, rel, &Device::Cpu).unwrap();
            assert_eq!(f.meta.epochs, idx.meta.epochs[i], "{rel}");
            assert_eq!(f.map, idx.frames[i].map, "{rel}");
            if i + 1 == idx.frames.len() {
                let z = view.map.grid.z_at(0.3, 0.6);
                assert_eq!(f.decode(z).unwrap(), view.decode(z).unwrap(), "{rel}");
            }
        }
    }
    seen.sort();
    for want in ["fashion-plain", "fashion-vae", "mnist-plain", "mnist-vae"] {
        assert!(
            seen.iter().any(|s| s == want),
            "no evolution for {want}: {seen:?}"
        );
    }
}

#[test]
fn fashion_classifier_is_accurate() {
    let (clf, meta) =
        latent_trainer::load_classifier(&root().join("weights/fashion/classifier.safetensors"))
            .unwrap();
    assert_eq!(meta.class_names[1], "Trouser");
    assert!(
        meta.metrics["classifier_test_accuracy"] >= 0.91,
        "{:?}",
        meta.metrics
    );
    let dir = root().join("crates/core/tests/fixtures");
    let l = latent_core::idx::Labelled::read(
        &dir.join("fashion-t1000-images-idx3-ubyte.gz"),
        &dir.join("fashion-t1000-labels-idx1-ubyte.gz"),
        10,
    )
    .unwrap();
    let set = latent_trainer::data::TensorSet::new(&l, &Device::Cpu).unwrap();
    let acc = train::accuracy(&clf, &set).unwrap();
    assert!(acc >= 0.88, "Fashion classifier on the fixture: {acc}");
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
    let tensors = bundle::candle::read_tensors(&enc_bytes, "encoder").unwrap();
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
        // the fixture was written by candle's decoder; `decode` runs the hand-written kernels
        // (another summation order), held to the browser's bar
        assert!(max <= 1e-5, "z = {z:?}: max pixel difference {max}");
        // and the decode is a digit, not a blank: some ink, mostly background
        let ink = got.iter().filter(|&&p| p > 0.5).count();
        assert!((20..400).contains(&ink), "z = {z:?}: {ink} inked pixels");
    }
}

#[test]
fn training_subsets_load_and_cover_every_class() {
    use latent_core::bundle::{files, TestImages};
    for (ds, n) in [("mnist", 10_000), ("fashion", 4_500)] {
        let rel = format!("weights/{ds}/{}", files::TRAIN_SUBSET_FILE);
        let t = TestImages::from_bytes(&std::fs::read(root().join(&rel)).unwrap(), &rel).unwrap();
        assert_eq!((t.meta.dataset.as_str(), t.len()), (ds, n), "{rel}");
        assert!(
            t.meta.source.contains("latent-trainer train-subset"),
            "{rel}: {}",
            t.meta.source
        );
        let mut per_class = [0usize; 10];
        for &l in &t.labels {
            per_class[l as usize] += 1;
        }
        // a seeded random choice: every class within ±30 % of an even share
        for (c, &k) in per_class.iter().enumerate() {
            assert!(
                k * 10 > n * 7 / 10 && k * 10 < n * 13 / 10,
                "{rel}: class {c} has {k}"
            );
        }
    }
}
