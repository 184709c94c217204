//! The classifier that paints the class maps: training run and loading.

use crate::bundles::{bundle_path, named_tensors};
use crate::data::{load_sets, Dataset};
use crate::train::{self, TrainConfig};
use anyhow::Result;
use candle_core::{DType, Device};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::{files, write, BundleMeta, ClassifierBundle, FORMAT_VERSION};
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
}

/// Trains the classifier, reports its test accuracy and writes
/// `<out>/<dataset>/classifier.safetensors` (f16 weights). Returns the test accuracy.
///
/// # Errors
/// Data that cannot be read, candle errors, a diverged training (nothing is written then),
/// or a file that cannot be written.
pub fn run_classifier(run: &ClassifierRun) -> Result<f64> {
    let dev = train::device();
    let (train_t, test_t) = load_sets(&run.dataset, run.limit, &dev)?;
    let vm = VarMap::new();
    let clf = Classifier::new(
        &run.config,
        VarBuilder::from_varmap(&vm, DType::F32, &dev).pp("classifier"),
    )?;
    train::seeded_init(&vm, run.train.seed)?;
    let t0 = Instant::now();
    let losses = train::train_classifier(&clf, &run.config, &vm, &train_t, &run.train)?;
    let secs = t0.elapsed().as_secs_f64();
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
    let path = bundle_path(&run.out, &run.dataset, files::CLASSIFIER_FILE);
    write::atomic_write(&path, &write::to_safetensors(&tensors, &meta)?)?;
    eprintln!("wrote {}", path.display());
    Ok(acc)
}

/// Loads a classifier bundle written by [`run_classifier`], weights as f32 on the CPU.
///
/// # Errors
/// Names the file when it is missing, not a bundle, or not a classifier.
pub fn load_classifier(path: &Path) -> Result<(Classifier, BundleMeta)> {
    let b = ClassifierBundle::read(path, &Device::Cpu)?;
    Ok((b.classifier, b.meta))
}
