//! The classifier that paints the class maps: training run and loading.

use crate::bundles::{bundle_path, named_tensors};
use crate::data::{load_sets, Dataset};
use crate::train::{self, TrainConfig};
use anyhow::Result;
use candle_core::{DType, Device};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::{candle::ClassifierBundle, files, write, BundleMeta, FORMAT_VERSION};
use latent_core::metrics;
use latent_core::model::{Classifier, ClassifierConfig};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Options of a classifier run.
#[derive(Debug, Clone)]
pub struct ClassifierRun {
    /// Dataset (and where its files are).
    pub dataset: Dataset,
    /// Weights folder (bundles go to `<out>/<dataset>/`).
    pub out: PathBuf,
    /// Architecture.
    pub config: ClassifierConfig,
    /// Training settings.
    pub train: TrainConfig,
    /// Use only the first `n` training images (tests); `None` = all.
    pub limit: Option<usize>,
    /// The command line recorded in the bundle.
    pub command: String,
    /// Resuming and stopping.
    pub control: crate::stage::Control,
}

/// Trains the classifier, reports its test accuracy and writes
/// `<out>/<dataset>/classifier.safetensors` (f16 weights): staged, checkpointed after every
/// epoch and published at the end, as [`crate::run_autoencoder`]. Returns the test accuracy.
///
/// # Errors
/// Data that cannot be read, candle errors, a diverged training (nothing is written then),
/// a file that cannot be written, or [`Interrupted`](crate::train::Interrupted).
pub fn run_classifier(run: &ClassifierRun) -> Result<f64> {
    let staged = stage_classifier(run)?;
    crate::stage::publish_file(&staged.file, &staged.dest)?;
    eprintln!("wrote {}", staged.dest.display());
    staged.staging.remove()?;
    Ok(staged.accuracy)
}

/// A classifier trained and written into its staging folder, not yet published.
#[derive(Debug, Clone)]
pub struct StagedClassifier {
    /// Test accuracy in `[0, 1]`.
    pub accuracy: f64,
    /// The staged classifier file (a complete bundle: an autoencoder run can paint with it).
    pub file: PathBuf,
    /// Where it is published: `<out>/<dataset>/classifier.safetensors`.
    pub dest: PathBuf,
    /// Its staging folder (`<out>/.staging/<dataset>-classifier/`), removed after publishing.
    pub staging: crate::stage::Staging,
}

fn fingerprint(run: &ClassifierRun) -> String {
    serde_json::json!({
        "run": "classifier",
        "model": files::model_id(run.dataset.id(), "classifier"),
        "data": run.dataset.dir().display().to_string(),
        "config": run.config,
        "epochs": run.train.epochs,
        "batch_size": run.train.batch_size,
        "lr": run.train.lr,
        "seed": run.train.seed,
        "limit": run.limit,
    })
    .to_string()
}

/// [`run_classifier`] up to publishing: trains (or resumes), evaluates and writes the
/// classifier into its staging folder; the checkpoint stays there until the folder is
/// removed, so `own-data --resume` finds the classifier done.
///
/// # Errors
/// As [`run_classifier`].
pub fn stage_classifier(run: &ClassifierRun) -> Result<StagedClassifier> {
    let dev = train::device();
    let staging = crate::stage::Staging::open(
        &run.out,
        &files::model_id(run.dataset.id(), "classifier"),
        run.control.resume,
    )?;
    let fp = fingerprint(run);
    let resumed = if run.control.resume {
        staging.resume_from(&fp)?
    } else {
        None
    };
    let (train_t, test_t) = load_sets(&run.dataset, run.limit, &dev)?;
    let vm = VarMap::new();
    let clf = Classifier::new(
        &run.config,
        VarBuilder::from_varmap(&vm, DType::F32, &dev).pp("classifier"),
    )?;
    train::seeded_init(&vm, run.train.seed)?;
    let secs_before = resumed
        .as_ref()
        .and_then(|c| c.extra["train_secs"].as_f64())
        .unwrap_or(0.0);
    let t0 = Instant::now();
    let ckpt = staging.checkpoint_path();
    let mut save = |s: &train::LoopState| -> Result<()> {
        let extra = serde_json::json!({ "train_secs": secs_before + t0.elapsed().as_secs_f64() });
        crate::checkpoint::write(&ckpt, &fp, s, extra, &[])?;
        Ok(())
    };
    let stop = |steps: usize| run.control.should_stop(steps);
    let losses = train::train_classifier_session(
        &clf,
        &run.config,
        &vm,
        &train_t,
        &run.train,
        train::Session {
            resume: resumed.map(|c| c.state),
            stop: &stop,
            checkpoint: Some(&mut save),
        },
    )
    .map_err(|e| {
        if e.is::<train::Interrupted>() {
            e.context(format!(
                "classifier: interrupted; the published files are unchanged and the \
                 checkpoint is {}: rerun the same command with --resume to continue",
                ckpt.display()
            ))
        } else {
            e
        }
    })?;
    let secs = secs_before + t0.elapsed().as_secs_f64();
    train::round_to_f16(&vm)?;
    let acc = train::accuracy(&clf, &test_t)?;
    eprintln!(
        "classifier: test accuracy {:.2} % on {} test images ({secs:.0} s)",
        acc * 100.0,
        test_t.len()
    );
    let mut m = BTreeMap::new();
    metrics::CLASSIFIER_TEST_ACCURACY.insert(&mut m, acc);
    metrics::FINAL_TRAIN_LOSS.insert(&mut m, *losses.last().unwrap_or(&f64::NAN));
    metrics::TRAIN_SECONDS.insert(&mut m, secs);
    metrics::TRAIN_IMAGES.insert(&mut m, train_t.len() as f64);
    let meta = BundleMeta {
        format_version: FORMAT_VERSION,
        model: files::model_id(run.dataset.id(), "classifier"),
        dataset: run.dataset.id().into(),
        class_names: run.dataset.class_names(),
        autoencoder: None,
        classifier: run.config.clone(),
        weights_dtype: "f16".into(),
        grid: None,
        bounds_rule: None,
        seed: run.train.seed,
        epochs: run.train.epochs,
        command: run.command.clone(),
        metrics: m,
    };
    if !acc.is_finite() || losses.iter().any(|l| !l.is_finite()) {
        anyhow::bail!("classifier training diverged (loss {losses:?}); nothing written");
    }
    let tensors = write::with_dtype(named_tensors(&vm, "classifier."), DType::F16)?;
    let file = staging.file(files::CLASSIFIER_FILE);
    write::atomic_write(&file, &write::to_safetensors(&tensors, &meta)?)?;
    Ok(StagedClassifier {
        accuracy: acc,
        file,
        dest: bundle_path(&run.out, &run.dataset, files::CLASSIFIER_FILE),
        staging,
    })
}

/// Loads a classifier bundle written by [`run_classifier`], weights as f32 on the CPU.
///
/// # Errors
/// Names the file when it is missing, not a bundle, or not a classifier.
pub fn load_classifier(path: &Path) -> Result<(Classifier, BundleMeta)> {
    let b = ClassifierBundle::read(path, &Device::Cpu)?;
    Ok((b.classifier, b.meta))
}
