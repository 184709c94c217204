//! The command line of `latent-trainer` (clap): the subcommands and their flags, as `--help`
//! shows them, and the checks of flag values that could only fail later. The binary parses
//! [`Cli`] and hands it to [`crate::commands::run`].

use crate::data::Dataset;
use crate::train::TrainConfig;
use anyhow::Result;
use clap::{Parser, Subcommand};
use latent_core::bundle::files;
use latent_core::model::AutoencoderKind;
use std::path::PathBuf;

/// The command line of `latent-trainer`: one subcommand ([`Cmd`]).
#[derive(Parser)]
#[command(
    version,
    about = "Train 2-D latent autoencoders and a classifier; write bundles for the explorer."
)]
pub struct Cli {
    /// The subcommand and its flags.
    #[command(subcommand)]
    pub cmd: Cmd,
}

/// Where the dataset and the weights are: the flags every dataset-reading subcommand takes.
#[derive(clap::Args, Clone)]
pub struct Paths {
    /// Dataset: `mnist`, `fashion`, or an id of your own (lowercase letters, digits, `_`) with
    /// --data pointing at its IDX files or its folder of labelled images `<class>/<file>.png`.
    #[arg(long, default_value = "mnist")]
    pub dataset: String,
    /// Folder with the dataset's files; default `data/<dataset>` for mnist and fashion.
    #[arg(long)]
    pub data: Option<PathBuf>,
    /// Dataset name shown in the app (default: MNIST digits, Fashion-MNIST, or the id).
    #[arg(long)]
    pub dataset_label: Option<String>,
    /// For a folder of images without train/ and test/: share of each class held out as the
    /// test set.
    #[arg(long, default_value_t = 0.2)]
    pub test_share: f32,
    /// Weights folder: bundles go to <out>/<dataset>/, the manifest to <out>/manifest.json.
    #[arg(long, default_value = "weights")]
    pub out: PathBuf,
}

/// The flags of every training subcommand: [`Paths`] and the training schedule.
#[derive(clap::Args, Clone)]
pub struct Common {
    #[command(flatten)]
    pub paths: Paths,
    /// Epochs.
    #[arg(long)]
    pub epochs: usize,
    /// Batch size.
    #[arg(long, default_value_t = 128)]
    pub batch_size: usize,
    /// Initial Adam learning rate (cosine decay to lr/20).
    #[arg(long, default_value_t = 1e-3)]
    pub lr: f64,
    /// Random seed (weights, batch order, noise).
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Use only the first N training images.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Continue an interrupted run from its checkpoint (`<out>/.staging/<model>/`); give the
    /// same options as the interrupted run. Without a checkpoint the run starts afresh.
    #[arg(long)]
    pub resume: bool,
}

/// The subcommands, each with its own flags; [`crate::commands::run`] runs one.
#[derive(Subcommand)]
pub enum Cmd {
    /// Train the CNN classifier that paints the class maps.
    Classifier {
        #[command(flatten)]
        common: Common,
    },
    /// Train an autoencoder with a 2-D latent, build its class map, write its bundle.
    Autoencoder {
        #[command(flatten)]
        common: Common,
        /// Design.
        #[arg(long, default_value = "vae", value_parser = kind_parser())]
        kind: AutoencoderKind,
        /// Weight of the KL term (VAE only).
        #[arg(long, default_value_t = 1.0)]
        beta: f32,
        /// Encoder hidden widths, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "512,256")]
        encoder_hidden: Vec<usize>,
        /// Decoder hidden widths, comma-separated.
        #[arg(long, value_delimiter = ',', default_value = "512,128")]
        decoder_hidden: Vec<usize>,
        /// Classifier bundle used to paint the map (default: <out>/<dataset>/classifier.safetensors).
        #[arg(long)]
        classifier: Option<PathBuf>,
        /// Map cells per side.
        #[arg(long, default_value_t = 256)]
        grid: usize,
        /// Share of encoded training points cut off on each side of each axis for the bounds.
        #[arg(long, default_value_t = 0.001)]
        tail: f32,
        /// Bundle name (default: the kind).
        #[arg(long)]
        name: Option<String>,
        /// Label shown in the app.
        #[arg(long)]
        label: Option<String>,
        /// Sentence on what the design does, shown beside its metrics (default: per design).
        #[arg(long)]
        summary: Option<String>,
        /// Record the training evolution at the default epochs (0, 1, 2, 3, 4, 6, 8, 12, 16,
        /// 24, 32, … and the last).
        #[arg(long)]
        snapshots: bool,
        /// Record the training evolution at these epochs instead (comma-separated; implies
        /// --snapshots).
        #[arg(long, value_delimiter = ',')]
        snapshot_epochs: Option<Vec<usize>>,
        /// Map cells per side of each snapshot.
        #[arg(long, default_value_t = 128)]
        snapshot_grid: usize,
        /// Test images (the first N) whose codes each snapshot stores.
        #[arg(long, default_value_t = 2000)]
        snapshot_points: usize,
    },
    /// Your own data, end to end: trains the classifier and one autoencoder design on a dataset
    /// given as IDX files or as a folder of labelled images (`<class name>/<file>.png`, any
    /// size or colour), builds the class map and lists the model in the manifest.
    OwnData {
        #[command(flatten)]
        common: Common,
        /// Classifier epochs.
        #[arg(long, default_value_t = 8)]
        classifier_epochs: usize,
        /// Design.
        #[arg(long, default_value = "vae", value_parser = kind_parser())]
        kind: AutoencoderKind,
        /// Weight of the KL term (VAE only).
        #[arg(long, default_value_t = 1.0)]
        beta: f32,
        /// Map cells per side.
        #[arg(long, default_value_t = 256)]
        grid: usize,
        /// Record the training evolution at the default epochs.
        #[arg(long)]
        snapshots: bool,
    },
    /// Re-paint an existing bundle's class map with a (re)trained classifier.
    Remap {
        #[command(flatten)]
        paths: Paths,
        /// Bundle name.
        #[arg(long, default_value = "vae")]
        name: String,
        /// Classifier bundle (default: <out>/<dataset>/classifier.safetensors).
        #[arg(long)]
        classifier: Option<PathBuf>,
    },
    /// Measure the docs' questions: test reconstruction for several latent sizes, and what the
    /// KL weight β does to a 2-D latent. Writes JSON results (plots: `latent-trainer docs`).
    Study {
        #[command(flatten)]
        common: Common,
        /// Latent sizes of the dimension sweep.
        #[arg(long, value_delimiter = ',', default_value = "2,3,5,10,20")]
        latent_dims: Vec<usize>,
        /// Designs of the dimension sweep.
        #[arg(long, value_delimiter = ',', default_value = "plain,vae", value_parser = kind_parser())]
        dim_kinds: Vec<AutoencoderKind>,
        /// KL weights of the β sweep (VAE with a 2-D latent; the plain autoencoder is added as
        /// the β = 0 end).
        #[arg(long, value_delimiter = ',', default_value = "0.5,1,2,4,8")]
        betas: Vec<f32>,
        /// Map cells per side for 2-D runs.
        #[arg(long, default_value_t = 128)]
        grid: usize,
        /// Classifier bundle (default: <out>/<dataset>/classifier.safetensors).
        #[arg(long)]
        classifier: Option<PathBuf>,
        /// Results file.
        #[arg(long, default_value = "docs/study/mnist.json")]
        results: PathBuf,
        /// Also write the page lesson's study file here (e.g.
        /// `weights/mnist/study.lesson.safetensors`): the first --lesson-images images of
        /// `<out>/<dataset>/test-images.safetensors` reconstructed by each model of the
        /// latent-size sweep (decoded at μ), with its test figures.
        #[arg(long)]
        lesson_out: Option<PathBuf>,
        /// Test images in the study file (with --lesson-out).
        #[arg(long, default_value_t = 8)]
        lesson_images: usize,
    },
    /// Render a training-evolution index as an animated GIF, one frame per snapshot.
    Gif {
        /// Evolution index (`<weights>/<dataset>/<model>.evolution.safetensors`).
        #[arg(long, default_value = "weights/mnist/vae.evolution.safetensors")]
        index: PathBuf,
        /// Output GIF.
        #[arg(long, default_value = "docs/img/mnist-vae-evolution.gif")]
        out: PathBuf,
        /// Title line (default: the dataset and the model's label from the manifest).
        #[arg(long)]
        title: Option<String>,
        /// How long each frame shows, milliseconds (the last is held 4× as long, ≥ 2 s).
        #[arg(long, default_value_t = 700)]
        delay_ms: u16,
        /// Draw the encoded test points (dots coloured by true class).
        #[arg(long)]
        points: bool,
    },
    /// Build the docs' figures and tables (docs/img/*.png, *.gif, docs/measurements.md) from
    /// the committed bundles and the study results.
    Docs {
        /// Weights folder (with manifest.json).
        #[arg(long, default_value = "weights")]
        weights: PathBuf,
        /// Study results (`latent-trainer study`).
        #[arg(long, default_value = "docs/study/mnist.json")]
        study: PathBuf,
        /// Folder with the test fixtures.
        #[arg(long, default_value = "crates/core/tests/fixtures")]
        fixtures: PathBuf,
        /// Docs folder.
        #[arg(long, default_value = "docs")]
        docs: PathBuf,
        /// Only rewrite the HTML twins of the Markdown pages (after editing a `.md` page); no
        /// figures or tables.
        #[arg(long)]
        pages_only: bool,
    },
    /// Write the browser test's reference decodes of fixed z from a view file.
    Reference {
        /// View file.
        #[arg(long, default_value = "weights/mnist/vae.safetensors")]
        bundle: PathBuf,
        /// Output JSON.
        #[arg(
            long,
            default_value = "crates/web/tests/fixtures/mnist-vae-decodes.json"
        )]
        out: PathBuf,
    },
    /// Rewrite bundle files with every tensor 8-byte aligned (the current writer's layout);
    /// tensor names, dtypes, shapes, bytes and the metadata stay the same (checked before the
    /// file is replaced).
    Realign {
        /// Bundle files (view, encoder, classifier).
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Write the training subsets of the page's "Train it yourself" view
    /// (`<weights>/<dataset>/train-subset.safetensors`: u8 images [N, 28, 28] and labels,
    /// the test-image file format) from the datasets' training splits.
    TrainSubset {
        /// Weights folder.
        #[arg(long, default_value = "weights")]
        weights: PathBuf,
        /// Datasets to write (`mnist`, `fashion`; their IDX files in `data/<dataset>`).
        #[arg(long, value_delimiter = ',', default_value = "mnist,fashion")]
        datasets: Vec<String>,
        /// Images per subset.
        #[arg(long, default_value_t = 10_000)]
        count: usize,
        /// Seed of the choice.
        #[arg(long, default_value_t = 1)]
        seed: u64,
    },
    /// Write the page lesson's files (`<dataset>/<name>.lesson.safetensors`) from the committed
    /// bundles: a sample of training codes by each model's encoder, and the quantiles behind
    /// its map's bounds.
    Lesson {
        /// Weights folder (with manifest.json).
        #[arg(long, default_value = "weights")]
        weights: PathBuf,
        /// Model ids (default: every model of the manifest).
        #[arg(long, value_delimiter = ',')]
        models: Vec<String>,
        /// Training images per file (the first of the dataset's training subset).
        #[arg(long, default_value_t = 1_000)]
        sample: usize,
    },
    /// Write the training worker's wasm test reference: two training steps of the shipped
    /// MNIST VAE taken natively on the first 256 test images.
    StepReference {
        /// The test-image file whose images are the reference's training data.
        #[arg(long, default_value = "weights/mnist/test-images.safetensors")]
        test_images: PathBuf,
        /// Output JSON.
        #[arg(
            long,
            default_value = "crates/train-worker/tests/fixtures/step-reference.json"
        )]
        out: PathBuf,
    },
    /// Write the page's test-image files (`<weights>/<dataset>/test-images.safetensors`) from
    /// the committed fixtures, and the browser tests' hands-on reference (encoder,
    /// classifier, drawn strokes) for `--reference-model`.
    TestImages {
        /// Weights folder.
        #[arg(long, default_value = "weights")]
        weights: PathBuf,
        /// Folder with the fixtures `<dataset>-t1000-{images-idx3,labels-idx1}-ubyte.gz`.
        #[arg(long, default_value = "crates/core/tests/fixtures")]
        fixtures: PathBuf,
        /// Datasets to write.
        #[arg(long, value_delimiter = ',', default_value = "mnist,fashion")]
        datasets: Vec<String>,
        /// Bundle (within the first dataset) whose encoder and classifier the reference uses.
        #[arg(long, default_value = "vae")]
        reference_model: String,
        /// Output JSON of the reference.
        #[arg(
            long,
            default_value = "crates/web/tests/fixtures/mnist-vae-hands-on.json"
        )]
        reference: PathBuf,
        /// Bundle (within the first dataset) compared with `--reference-model` in the
        /// compare reference (nearest test codes by both encoders).
        #[arg(long, default_value = "plain")]
        compare_model: String,
        /// Output JSON of the compare reference.
        #[arg(long, default_value = "crates/web/tests/fixtures/mnist-compare.json")]
        compare_reference: PathBuf,
    },
}

/// Parses `--kind` with [`AutoencoderKind`]'s `FromStr`, listing its names in `--help`.
fn kind_parser() -> impl clap::builder::TypedValueParser<Value = AutoencoderKind> {
    use clap::builder::TypedValueParser;
    clap::builder::PossibleValuesParser::new(AutoencoderKind::NAMES)
        .try_map(|s| s.parse::<AutoencoderKind>())
}

impl Paths {
    /// `<out>/<dataset>/classifier.safetensors`, where `classifier` writes it.
    pub fn default_classifier(&self) -> PathBuf {
        self.out.join(&self.dataset).join(files::CLASSIFIER_FILE)
    }

    /// The dataset the flags name ([`Dataset::resolve`]).
    ///
    /// # Errors
    /// As [`Dataset::resolve`]: a bad id, a missing folder, the folder loader's errors.
    pub fn resolve(&self) -> Result<Dataset> {
        Dataset::resolve(
            &self.dataset,
            self.data.as_deref(),
            self.dataset_label.as_deref(),
            self.test_share,
        )
    }
}

impl Common {
    /// Refuses option values that could only fail later, after files were written; `grid` is
    /// the subcommand's `--grid` where it has one.
    ///
    /// # Errors
    /// A message naming the flag and its value: 0 epochs, batch size or limit, a learning rate
    /// that is not a positive number, a grid of fewer than 2 cells per side.
    pub fn check(&self, grid: Option<usize>) -> Result<()> {
        if self.epochs == 0 {
            anyhow::bail!("--epochs 0: train for at least one epoch");
        }
        if self.batch_size == 0 {
            anyhow::bail!("--batch-size 0: a batch needs at least one image");
        }
        if !(self.lr.is_finite() && self.lr > 0.0) {
            anyhow::bail!(
                "--lr {}: the learning rate must be a positive number",
                self.lr
            );
        }
        if self.limit == Some(0) {
            anyhow::bail!("--limit 0: train on at least one image");
        }
        if let Some(g) = grid {
            if g < 2 {
                anyhow::bail!("--grid {g}: the class map needs at least 2 cells per side");
            }
        }
        Ok(())
    }

    /// The training schedule of the flags, with a progress bar.
    pub fn train_config(&self) -> TrainConfig {
        TrainConfig {
            epochs: self.epochs,
            batch_size: self.batch_size,
            lr: self.lr,
            seed: self.seed,
            progress: true,
        }
    }
}
