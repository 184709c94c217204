//! Your own data, end to end (`latent-trainer own-data`): the classifier, the page's test-image
//! file and one autoencoder design trained on a dataset of your own (IDX files or a folder of
//! labelled images, [`crate::folder`]), its class map painted and the model listed in the
//! manifest.
//!
//! Publishing order: the classifier and the test-image file stay staged until the autoencoder
//! is published with them, so an interrupted run leaves no classifier without a model in the
//! manifest.

use crate::autoencoder::{
    default_label, default_name, design_summary, run_autoencoder, AutoencoderRun, SnapshotPlan,
};
use crate::classifier::{stage_classifier, ClassifierRun};
use crate::data::{Dataset, Split};
use crate::stage::Control;
use crate::train::TrainConfig;
use anyhow::Result;
use latent_core::bundle::{evolution, files, write, TestImages};
use latent_core::latent_map::BoundsRule;
use latent_core::model::{AutoencoderConfig, AutoencoderKind, ClassifierConfig};
use std::path::PathBuf;

/// Test images (the first N held-out ones) in the page's test-image file.
const TEST_IMAGES: usize = 1000;
/// Map cells per side of each snapshot.
const SNAPSHOT_GRID: usize = 128;
/// Test images whose codes each snapshot stores.
const SNAPSHOT_POINTS: usize = 2000;

/// One own-data run.
#[derive(Debug, Clone)]
pub struct OwnDataRun {
    /// The dataset (its class names from its folders or `classes.txt`).
    pub dataset: Dataset,
    /// Weights folder: bundles go to `<out>/<dataset>/`, the manifest to
    /// `<out>/manifest.json`.
    pub out: PathBuf,
    /// The autoencoder's training schedule; the classifier's is the same with
    /// `classifier_epochs` epochs.
    pub train: TrainConfig,
    /// Classifier epochs.
    pub classifier_epochs: usize,
    /// The autoencoder design.
    pub kind: AutoencoderKind,
    /// Weight β of the KL term (VAE only).
    pub beta: f32,
    /// Map cells per side.
    pub grid: usize,
    /// Record the training evolution at the default epochs
    /// ([`evolution::default_schedule`]).
    pub snapshots: bool,
    /// Use only the first N training images.
    pub limit: Option<usize>,
    /// The command line recorded in the bundles.
    pub command: String,
    /// Resuming and stopping.
    pub control: Control,
}

/// Runs own-data: reports the dataset's classes on stderr, trains and stages the classifier,
/// writes the test-image file (the first 1,000 held-out images) beside it, then trains the
/// autoencoder and publishes the three together ([`run_autoencoder`]'s `also_publish`).
///
/// # Errors
/// The dataset's, the training runs' and the writers' errors, each naming its file; an
/// interruption ([`crate::train::Interrupted`]) leaves a checkpoint to resume from.
pub fn run_own_data(run: &OwnDataRun) -> Result<()> {
    let dataset = &run.dataset;
    eprintln!(
        "{}: {} classes ({}), from {}",
        dataset.id(),
        dataset.class_names().len(),
        dataset.class_names().join(", "),
        dataset.dir().display()
    );
    let mut clf_train = run.train.clone();
    clf_train.epochs = run.classifier_epochs;
    let classifier_config = ClassifierConfig {
        num_classes: dataset.class_names().len(),
        ..ClassifierConfig::default()
    };
    // the classifier stays staged until the autoencoder is published with it: an
    // interrupted run leaves no classifier without a model in the manifest
    let clf = stage_classifier(&ClassifierRun {
        dataset: dataset.clone(),
        out: run.out.clone(),
        config: classifier_config,
        train: clf_train,
        limit: run.limit,
        command: run.command.clone(),
        control: run.control.clone(),
    })?;
    // the page's test-image file (hands-on views: "pick a test image"), from the first
    // 1,000 held-out images, staged and published with the classifier
    let test_images = clf.staging.file(files::TEST_IMAGES_FILE);
    let test = dataset.load(Split::Test)?;
    let n = test.labels.len().min(TEST_IMAGES);
    let t = TestImages::new(
        dataset.id(),
        dataset.class_names(),
        &format!(
            "the first {n} held-out test images of {}",
            dataset.dir().display()
        ),
        test.images.pixels[..n * latent_core::IMAGE_PIXELS].to_vec(),
        test.labels[..n].to_vec(),
    )?;
    write::atomic_write(&test_images, &t.to_bytes()?)?;
    let test_dest = clf.dest.with_file_name(files::TEST_IMAGES_FILE);
    let (kind, beta) = (run.kind, run.beta);
    run_autoencoder(&AutoencoderRun {
        classifier: clf.file.clone(),
        control: run.control.clone(),
        also_publish: vec![
            (clf.file.clone(), clf.dest.clone()),
            (test_images, test_dest),
        ],
        dataset: dataset.clone(),
        out: run.out.clone(),
        label: default_label(kind, beta),
        name: default_name(kind, beta),
        config: AutoencoderConfig {
            kind,
            beta,
            ..AutoencoderConfig::mnist_vae()
        },
        train: run.train.clone(),
        grid: run.grid,
        bounds_rule: BoundsRule::default(),
        limit: run.limit,
        command: run.command.clone(),
        summary: design_summary(kind, beta),
        snapshots: run.snapshots.then(|| SnapshotPlan {
            epochs: evolution::default_schedule(run.train.epochs),
            grid: SNAPSHOT_GRID,
            points: SNAPSHOT_POINTS,
        }),
    })?;
    clf.staging.remove()?;
    Ok(())
}
