//! Training that loses nothing, on the committed fixture: a run stopped part-way and resumed
//! from its checkpoint ends with the same weights, to the bit, as an uninterrupted run; an
//! interrupted run leaves the published files byte-identical and loadable; a completed run
//! removes the replaced run's frame files.

mod common;
use candle_core::DType;
use candle_nn::{VarBuilder, VarMap};
use common::fixture;
use latent_core::bundle::evolution::Evolution;
use latent_core::bundle::{self, candle::ViewBundle, Manifest};
use latent_core::latent_map::BoundsRule;
use latent_core::model::{Autoencoder, AutoencoderConfig, Classifier, ClassifierConfig};
use latent_trainer::checkpoint;
use latent_trainer::data::{Dataset, DatasetId, TensorSet};
use latent_trainer::stage::Control;
use latent_trainer::train::{self, Interrupted, LoopState, Session, TrainConfig};
use latent_trainer::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn cfg(epochs: usize, seed: u64) -> TrainConfig {
    TrainConfig {
        epochs,
        batch_size: 50,
        lr: 2e-3,
        seed,
        progress: false,
    }
}

fn small_set(n: usize) -> TensorSet {
    let set = fixture();
    TensorSet {
        x: set.x.narrow(0, 0, n).unwrap(),
        y: set.y.narrow(0, 0, n).unwrap(),
        labels: set.labels[..n].to_vec(),
    }
}

/// Every variable's f32 bytes, by name.
fn weight_bytes(vm: &VarMap) -> BTreeMap<String, Vec<u8>> {
    let data = vm.data().lock().unwrap();
    data.iter()
        .map(|(k, v)| {
            let f: Vec<f32> = v.as_tensor().flatten_all().unwrap().to_vec1().unwrap();
            (k.clone(), f.iter().flat_map(|x| x.to_le_bytes()).collect())
        })
        .collect()
}

/// A training's result, final weights and last checkpoint.
type Trained = (
    anyhow::Result<Vec<f64>>,
    BTreeMap<String, Vec<u8>>,
    Option<Vec<u8>>,
);

/// Trains either model for `cfg`, resuming from `resume` (checkpoint bytes), stopping at
/// the optimiser steps in `stop_at`; returns the result, the weights and the last
/// checkpoint's bytes.
fn train_with(
    classifier: bool,
    cfg: &TrainConfig,
    set: &TensorSet,
    resume: Option<&[u8]>,
    stop_at: Option<usize>,
) -> Trained {
    let vm = VarMap::new();
    let vb = VarBuilder::from_varmap(&vm, DType::F32, &train::device());
    let mut last = None;
    let mut save = |s: &LoopState| -> anyhow::Result<()> {
        // through the file format, as a real resume goes
        last = Some(checkpoint::to_bytes("fp", s, serde_json::json!({}), &[])?);
        Ok(())
    };
    let stop = |steps: usize| stop_at.is_some_and(|s| steps >= s);
    let session = Session {
        resume: resume.map(|b| checkpoint::from_bytes(b, "ckpt").unwrap().state),
        stop: &stop,
        checkpoint: Some(&mut save),
    };
    let r = if classifier {
        let cc = ClassifierConfig {
            channels: [4, 8],
            hidden: 16,
            ..ClassifierConfig::default()
        };
        let clf = Classifier::new(&cc, vb.pp("classifier")).unwrap();
        train::seeded_init(&vm, cfg.seed).unwrap();
        train::train_classifier_session(&clf, &cc, &vm, set, cfg, session)
    } else {
        let ac = AutoencoderConfig {
            encoder_hidden: vec![64],
            decoder_hidden: vec![64],
            ..AutoencoderConfig::mnist_vae()
        };
        let ae = Autoencoder::new(&ac, vb).unwrap();
        train::seeded_init(&vm, cfg.seed).unwrap();
        train::train_autoencoder_session(&ae, &vm, set, cfg, None, session)
    };
    (r, weight_bytes(&vm), last)
}

#[test]
fn a_resumed_run_ends_with_the_same_weights_to_the_bit() {
    // 300 images in batches of 50: 6 steps per epoch, 4 epochs
    let set = small_set(300);
    let c = cfg(4, 13);
    for classifier in [false, true] {
        let (full, w_full, _) = train_with(classifier, &c, &set, None, None);
        let full = full.unwrap();
        // stopped mid-epoch (step 8 = epoch 2, batch 2), then at an epoch's end (step 18),
        // resumed each time through a checkpoint file's bytes
        let (r, _, ck) = train_with(classifier, &c, &set, None, Some(8));
        let e = r.unwrap_err();
        assert_eq!(
            e.downcast_ref::<Interrupted>(),
            Some(&Interrupted { epoch: 1, batch: 2 })
        );
        let (r, _, ck) = train_with(classifier, &c, &set, ck.as_deref(), Some(18));
        assert_eq!(
            r.unwrap_err().downcast_ref::<Interrupted>(),
            Some(&Interrupted { epoch: 3, batch: 0 })
        );
        let (r, w_resumed, _) = train_with(classifier, &c, &set, ck.as_deref(), None);
        let losses = r.unwrap();
        let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        assert_eq!(bits(&losses), bits(&full), "classifier {classifier}");
        assert_eq!(w_resumed.len(), w_full.len());
        for (k, v) in &w_full {
            assert!(
                &w_resumed[k] == v,
                "classifier {classifier}: `{k}` differs after resuming"
            );
        }
        // and the weights moved at all (the comparison is not vacuous)
        let (_, w_init, _) = train_with(classifier, &c, &set, None, Some(0));
        assert!(w_init.iter().any(|(k, v)| &w_full[k] != v));
    }
}

/// Every file under `dir` except the staging folder, with its bytes.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            let rel = p
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            if rel.starts_with(".staging") {
                continue;
            }
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The published weights folder loads: manifest, every view and encoder file, every
/// evolution index and all the frames it lists.
fn assert_loadable(out: &Path) {
    let m = Manifest::parse(&std::fs::read(out.join("manifest.json")).unwrap(), "m").unwrap();
    for e in &m.bundles {
        let b = std::fs::read(out.join(&e.view)).unwrap();
        ViewBundle::from_bytes(&b, &e.view, &train::device()).unwrap();
        let enc = std::fs::read(out.join(e.encoder.as_ref().unwrap())).unwrap();
        bundle::read_meta(&enc, "encoder").unwrap();
        if let Some(ev) = &e.evolution {
            let b = std::fs::read(out.join(&ev.index)).unwrap();
            let evo = Evolution::from_bytes(&b, &ev.index).unwrap();
            assert_eq!(evo.meta.epochs, ev.epochs);
            for f in &evo.meta.frames {
                let fb = std::fs::read(out.join(f)).unwrap();
                let fr = ViewBundle::from_bytes(&fb, f, &train::device()).unwrap();
                assert_eq!(fr.meta.model, e.id);
            }
        }
    }
}

struct Setup {
    dir: PathBuf,
    data: PathBuf,
}

fn setup(name: &str) -> Setup {
    let dir = std::env::temp_dir().join(format!("latent-resume-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let data = dir.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let fx = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures");
    for split in ["train", "t10k"] {
        for (kind, idx) in [("images", "idx3"), ("labels", "idx1")] {
            std::fs::copy(
                fx.join(format!("mnist-t1000-{kind}-{idx}-ubyte.gz")),
                data.join(format!("{split}-{kind}-{idx}-ubyte.gz")),
            )
            .unwrap();
        }
    }
    Setup { dir, data }
}

impl Setup {
    fn dataset(&self) -> Dataset {
        Dataset::known(DatasetId::Mnist, Some(&self.data))
    }

    fn classifier(&self, out: &Path) {
        run_classifier(&ClassifierRun {
            dataset: self.dataset(),
            out: out.to_path_buf(),
            config: ClassifierConfig {
                channels: [8, 16],
                hidden: 32,
                ..ClassifierConfig::default()
            },
            train: cfg(1, 7),
            limit: Some(300),
            command: "latent-trainer classifier (test)".into(),
            control: Control::default(),
        })
        .unwrap();
    }

    fn run(
        &self,
        out: &Path,
        seed: u64,
        epochs: usize,
        control: Control,
    ) -> anyhow::Result<AutoencoderReport> {
        run_autoencoder(&AutoencoderRun {
            dataset: self.dataset(),
            out: out.to_path_buf(),
            name: "vae".into(),
            label: "VAE".into(),
            config: AutoencoderConfig {
                encoder_hidden: vec![64],
                decoder_hidden: vec![64],
                ..AutoencoderConfig::mnist_vae()
            },
            train: cfg(epochs, seed),
            classifier: out.join("mnist/classifier.safetensors"),
            grid: 8,
            bounds_rule: BoundsRule::default(),
            limit: Some(300),
            command: format!("latent-trainer autoencoder --seed {seed} (test)"),
            summary: "test".into(),
            snapshots: Some(SnapshotPlan {
                epochs: latent_core::bundle::evolution::default_schedule(epochs),
                grid: 8,
                points: 20,
            }),
            control,
            also_publish: Vec::new(),
        })
    }
}

/// The tensors of a safetensors file, by name, as raw bytes.
fn tensors(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let b = std::fs::read(path).unwrap();
    let st = safetensors::SafeTensors::deserialize(&b).unwrap();
    st.tensors()
        .into_iter()
        .map(|(k, v)| (k, v.data().to_vec()))
        .collect()
}

#[test]
fn an_interrupted_run_changes_nothing_and_resumes_to_the_same_bundle() {
    let s = setup("run");
    let out = s.dir.join("weights");
    s.classifier(&out);
    // the published run that the new one replaces
    s.run(&out, 1, 2, Control::default()).unwrap();
    let before = tree(&out);
    let old_frames: Vec<String> = before
        .keys()
        .filter(|k| k.starts_with("mnist/vae.evolution-"))
        .cloned()
        .collect();
    assert_eq!(old_frames.len(), 3, "{old_frames:?}"); // epochs 0, 1, 2

    // interrupted in epoch 2 of 3 (6 steps per epoch): nothing published changes
    let stop = Control {
        stop_at_step: Some(8),
        ..Control::default()
    };
    let e = s.run(&out, 2, 3, stop).unwrap_err();
    assert_eq!(
        e.downcast_ref::<Interrupted>(),
        Some(&Interrupted { epoch: 1, batch: 2 })
    );
    let msg = format!("{e:#}");
    assert!(
        msg.contains("--resume") && msg.contains("checkpoint"),
        "{msg}"
    );
    assert!(
        tree(&out) == before,
        "an interrupted run changed published files"
    );
    assert_loadable(&out);
    let ckpt = out.join(".staging/mnist-vae/checkpoint.safetensors");
    assert!(ckpt.exists());
    eprintln!(
        "checkpoint of a 784-64-2 VAE on 300 images: {} bytes",
        std::fs::metadata(&ckpt).unwrap().len()
    );
    // the same command without --resume refuses to discard the checkpoint
    let e = s
        .run(&out, 2, 3, Control::default())
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("interrupted run") && e.contains("--resume"),
        "{e}"
    );
    // resuming with other options is refused too
    let resume = Control {
        resume: true,
        ..Control::default()
    };
    let e = s.run(&out, 3, 3, resume.clone()).unwrap_err().to_string();
    assert!(e.contains("another run"), "{e}");
    // a frame folder left by a publish cut short (kill -9) is tidied up by the next publish
    let stray = out.join("mnist/vae.evolution-00000000deadbeef");
    std::fs::create_dir_all(&stray).unwrap();
    std::fs::write(stray.join("epoch-0000.safetensors"), b"x").unwrap();

    let resumed = s.run(&out, 2, 3, resume).unwrap();
    assert_loadable(&out);
    assert!(
        !out.join(".staging").exists(),
        "the staging folder is removed"
    );
    let after = tree(&out);
    for f in &old_frames {
        assert!(
            !after.contains_key(f),
            "{f}: the replaced run's frame is left"
        );
    }
    assert!(!stray.exists());
    let new_frames: Vec<&String> = after
        .keys()
        .filter(|k| k.starts_with("mnist/vae.evolution-"))
        .collect();
    assert_eq!(new_frames.len(), 4, "{new_frames:?}"); // epochs 0, 1, 2, 3

    // the same run uninterrupted, in another folder (same classifier bytes)
    let out2 = s.dir.join("weights2");
    std::fs::create_dir_all(out2.join("mnist")).unwrap();
    std::fs::copy(
        out.join("mnist/classifier.safetensors"),
        out2.join("mnist/classifier.safetensors"),
    )
    .unwrap();
    let straight = s.run(&out2, 2, 3, Control::default()).unwrap();
    let bits = |v: &[f64]| v.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
    assert_eq!(bits(&resumed.train_losses), bits(&straight.train_losses));
    for f in ["mnist/vae.safetensors", "mnist/vae.encoder.safetensors"] {
        assert!(
            tensors(&out.join(f)) == tensors(&out2.join(f)),
            "{f}: weights or map differ"
        );
    }
    // the evolution: same frames (bit for bit, so the same folder name), same index tensors
    let tree2 = tree(&out2);
    for f in &new_frames {
        assert!(after[*f] == tree2[*f], "{f} differs");
    }
    assert!(
        tensors(&out.join("mnist/vae.evolution.safetensors"))
            == tensors(&out2.join("mnist/vae.evolution.safetensors"))
    );
    std::fs::remove_dir_all(&s.dir).unwrap();
}
