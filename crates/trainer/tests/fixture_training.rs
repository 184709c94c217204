//! Short training runs on the committed fixture of 1,000 real MNIST test digits.

mod common;
use candle_core::{DType, Tensor};
use candle_nn::{VarBuilder, VarMap};
use common::fixture;
use latent_core::latent_map::{Bounds, BoundsRule, Meshgrid};
use latent_core::model::{
    Autoencoder, AutoencoderConfig, AutoencoderKind, Classifier, ClassifierConfig,
};
use latent_trainer::data::TensorSet;
use latent_trainer::train::{self, TrainConfig};

fn cfg(epochs: usize) -> TrainConfig {
    TrainConfig {
        epochs,
        batch_size: 50,
        lr: 2e-3,
        seed: 7,
        progress: false,
    }
}

fn small_vae(kind: AutoencoderKind) -> AutoencoderConfig {
    AutoencoderConfig {
        kind,
        encoder_hidden: vec![128],
        decoder_hidden: vec![128],
        ..AutoencoderConfig::mnist_vae()
    }
}

#[test]
fn vae_loss_falls_and_map_is_built() {
    let set = fixture();
    let vm = VarMap::new();
    let ae = Autoencoder::new(
        &small_vae(AutoencoderKind::Vae),
        VarBuilder::from_varmap(&vm, DType::F32, &train::device()),
    )
    .unwrap();
    train::seeded_init(&vm, 7).unwrap();
    let before = train::evaluate_autoencoder(&ae, &set, 7).unwrap();
    // an untrained decoder predicts ~0.5 everywhere: ≈ 784·ln 2 ≈ 543 nats
    assert!(before.reconstruction > 450.0, "{}", before.reconstruction);
    let losses = train::train_autoencoder(&ae, &vm, &set, &cfg(4), None).unwrap();
    assert_eq!(losses.len(), 4);
    assert!(losses[3] < losses[0], "{losses:?}");
    let after = train::evaluate_autoencoder(&ae, &set, 7).unwrap();
    let (b, a) = (before.neg_elbo().unwrap(), after.neg_elbo().unwrap());
    assert!(a < 0.6 * b, "−ELBO {b:.1} → {a:.1} nats/image");
    assert!(
        after.kl.unwrap() > 0.5,
        "posterior collapsed: KL {:?}",
        after.kl
    );
    assert_eq!(after.mu.len(), 1000);

    // class map over the encoded fixture with a classifier trained for a moment
    let cvm = VarMap::new();
    let clf = Classifier::new(
        &ClassifierConfig::default(),
        VarBuilder::from_varmap(&cvm, DType::F32, &train::device()).pp("classifier"),
    )
    .unwrap();
    train::seeded_init(&cvm, 7).unwrap();
    train::train_classifier(&clf, &ClassifierConfig::default(), &cvm, &set, &cfg(1)).unwrap();
    let grid = Meshgrid::new(
        Bounds::from_points(&after.mu, BoundsRule::default()).unwrap(),
        16,
        12,
    )
    .unwrap();
    let map = latent_trainer::build_class_map(&ae, &clf, grid).unwrap();
    assert_eq!(map.class.len(), 16 * 12);
    // cell (r, c) holds the classifier's verdict on the decode of that cell's centre
    let z = grid.cell_centre(5, 9);
    let img = ae
        .decoder
        .forward(&Tensor::new(&[z], &train::device()).unwrap())
        .unwrap();
    let (c, p) = train::classify(&clf, &img).unwrap()[0];
    assert_eq!(map.class[5 * 16 + 9], c);
    assert_eq!(map.confidence[5 * 16 + 9], (p * 255.0).round() as u8);
}

#[test]
fn every_design_learns() {
    let set = fixture();
    for kind in [AutoencoderKind::Plain, AutoencoderKind::Bounded] {
        let vm = VarMap::new();
        let ae = Autoencoder::new(
            &small_vae(kind),
            VarBuilder::from_varmap(&vm, DType::F32, &train::device()),
        )
        .unwrap();
        train::seeded_init(&vm, 3).unwrap();
        let before = train::evaluate_autoencoder(&ae, &set, 3)
            .unwrap()
            .reconstruction;
        train::train_autoencoder(&ae, &vm, &set, &cfg(3), None).unwrap();
        let after = train::evaluate_autoencoder(&ae, &set, 3).unwrap();
        assert!(after.kl.is_none());
        assert!(
            after.reconstruction < 0.6 * before,
            "{kind:?}: {before:.1} → {:.1}",
            after.reconstruction
        );
        if kind == AutoencoderKind::Bounded {
            assert!(
                after
                    .mu
                    .iter()
                    .all(|p| p[0].abs() <= 1.0 && p[1].abs() <= 1.0),
                "tanh keeps the latent in [−1, 1]"
            );
        }
    }
}

#[test]
fn classifier_loss_falls() {
    let set = fixture();
    let vm = VarMap::new();
    let clf = Classifier::new(
        &ClassifierConfig::default(),
        VarBuilder::from_varmap(&vm, DType::F32, &train::device()).pp("classifier"),
    )
    .unwrap();
    train::seeded_init(&vm, 5).unwrap();
    let losses =
        train::train_classifier(&clf, &ClassifierConfig::default(), &vm, &set, &cfg(3)).unwrap();
    // starts near ln 10 ≈ 2.30 nats
    assert!(losses[0] > 1.0 && losses[2] < 0.6 * losses[0], "{losses:?}");
    assert!(train::accuracy(&clf, &set).unwrap() > 0.8);
}

#[test]
fn training_is_reproducible() {
    let set = fixture();
    let small = TensorSet {
        x: set.x.narrow(0, 0, 200).unwrap(),
        y: set.y.narrow(0, 0, 200).unwrap(),
        labels: set.labels[..200].to_vec(),
    };
    let run = || {
        let vm = VarMap::new();
        let ae = Autoencoder::new(
            &small_vae(AutoencoderKind::Vae),
            VarBuilder::from_varmap(&vm, DType::F32, &train::device()),
        )
        .unwrap();
        train::seeded_init(&vm, 11).unwrap();
        let l = train::train_autoencoder(&ae, &vm, &small, &cfg(2), None).unwrap();
        (l, train::evaluate_autoencoder(&ae, &small, 11).unwrap().mu)
    };
    let (a, b) = (run(), run());
    assert_eq!(a.0, b.0);
    assert_eq!(a.1, b.1);
}

#[test]
fn beta_vae_learns_and_pays_more_kl_weight() {
    let set = fixture();
    let mut kl = vec![];
    for beta in [1.0f32, 4.0] {
        let cfg_ae = AutoencoderConfig {
            beta,
            ..small_vae(AutoencoderKind::Vae)
        };
        let vm = VarMap::new();
        let ae = Autoencoder::new(
            &cfg_ae,
            VarBuilder::from_varmap(&vm, DType::F32, &train::device()),
        )
        .unwrap();
        train::seeded_init(&vm, 5).unwrap();
        let losses = train::train_autoencoder(&ae, &vm, &set, &cfg(3), None).unwrap();
        assert!(losses[2] < 0.7 * losses[0], "β = {beta}: {losses:?}");
        kl.push(
            train::evaluate_autoencoder(&ae, &set, 5)
                .unwrap()
                .kl
                .unwrap(),
        );
    }
    // a heavier KL weight buys a posterior closer to the prior
    assert!(kl[1] < kl[0], "KL at β = 1 and 4: {kl:?}");
}

/// A whole `run_autoencoder` with snapshots on the fixture (used as both training and test
/// set): the evolution index and the frame files load with the current code, and the last
/// frame decodes exactly like the final bundle.
#[test]
fn snapshots_are_written_and_load() {
    use latent_core::bundle::evolution::Evolution;
    use latent_core::bundle::{candle::ViewBundle, Manifest};
    use latent_trainer::data::{Dataset, DatasetId};
    use latent_trainer::*;
    let dir = std::env::temp_dir().join(format!("latent-snapshots-{}", std::process::id()));
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let fx = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures");
    for split in ["train", "t10k"] {
        for (kind, idx) in [("images", "idx3"), ("labels", "idx1")] {
            std::fs::copy(
                fx.join(format!("mnist-t1000-{kind}-{idx}-ubyte.gz")),
                data.join(format!("{split}-{kind}-{idx}-ubyte.gz")),
            )
            .unwrap();
        }
    }
    let out = dir.join("weights");
    let clf_cfg = ClassifierConfig {
        channels: [8, 16],
        hidden: 32,
        ..ClassifierConfig::default()
    };
    let dataset = Dataset::known(DatasetId::Mnist, Some(&data));
    run_classifier(&ClassifierRun {
        dataset: dataset.clone(),
        out: out.clone(),
        config: clf_cfg,
        train: cfg(1),
        limit: None,
        command: "latent-trainer classifier (test)".into(),
        control: Default::default(),
    })
    .unwrap();
    let report = run_autoencoder(&AutoencoderRun {
        dataset,
        out: out.clone(),
        name: "vae".into(),
        label: "VAE".into(),
        config: small_vae(AutoencoderKind::Vae),
        train: cfg(3),
        classifier: out.join("mnist/classifier.safetensors"),
        grid: 16,
        bounds_rule: BoundsRule::default(),
        limit: None,
        command: "latent-trainer autoencoder (test)".into(),
        summary: "test summary".into(),
        snapshots: Some(SnapshotPlan {
            epochs: vec![0, 1, 3],
            grid: 8,
            points: 50,
        }),
        control: Default::default(),
        also_publish: Vec::new(),
    })
    .unwrap();
    let index_path = report.evolution.unwrap();
    let bytes = std::fs::read(&index_path).unwrap();
    let evo = Evolution::from_bytes(&bytes, "index").unwrap();
    assert_eq!(evo.meta.epochs, vec![0, 1, 3]);
    assert_eq!(evo.meta.loss_name, "−ELBO");
    assert_eq!(evo.frames.len(), 3);
    assert_eq!(evo.labels, fixture().labels[..50].to_vec());
    let loss: Vec<f64> = evo.frames.iter().map(|f| f.test_loss).collect();
    // untrained ≈ 784 ln 2 ≈ 543 nats; training brings it down
    assert!(loss[0] > 450.0 && loss[2] < 0.8 * loss[0], "{loss:?}");
    assert!(evo
        .frames
        .iter()
        .all(|f| f.points.len() == 50 && f.map.grid.width == 8 && f.map.class.len() == 64));
    // the final bundle agrees with the last frame
    let last = &evo.frames[2];
    assert!((report.metrics["test_neg_elbo_nats"] - last.test_loss).abs() < 1e-6);
    let view_bytes = std::fs::read(&report.view).unwrap();
    let view = ViewBundle::from_bytes(&view_bytes, "view", &train::device()).unwrap();
    assert_eq!(view.map.grid.bounds, last.map.grid.bounds);
    for (i, rel) in evo.meta.frames.iter().enumerate() {
        let fb = std::fs::read(out.join(rel)).unwrap();
        let frame = ViewBundle::from_bytes(&fb, rel, &train::device()).unwrap();
        assert_eq!(frame.meta.epochs, evo.meta.epochs[i]);
        assert_eq!(frame.map, evo.frames[i].map);
        if i == 2 {
            let z = [0.3, -0.7];
            assert_eq!(frame.decode(z).unwrap(), view.decode(z).unwrap());
        }
    }
    let manifest: Manifest =
        serde_json::from_slice(&std::fs::read(out.join("manifest.json")).unwrap()).unwrap();
    let e = manifest.bundles[0].evolution.as_ref().unwrap();
    assert_eq!(e.index, "mnist/vae.evolution.safetensors");
    assert_eq!(e.index_bytes, bytes.len() as u64);
    assert_eq!(manifest.bundles[0].summary, "test summary");
    std::fs::remove_dir_all(dir).unwrap();
}
