//! `latent-trainer`: trains the classifier and the autoencoders, builds class maps, writes
//! bundles into `weights/`. Run `latent-trainer --help`.

use anyhow::Result;
use clap::{Parser, Subcommand};
use latent_core::bundle::files;
use latent_core::latent_map::BoundsRule;
use latent_core::model::{AutoencoderConfig, AutoencoderKind, ClassifierConfig};
use latent_trainer::data::Dataset;
use latent_trainer::stage::Control;
use latent_trainer::train::{Interrupted, TrainConfig};
use latent_trainer::*;
use std::path::PathBuf;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    version,
    about = "Train 2-D latent autoencoders and a classifier; write bundles for the explorer."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(clap::Args, Clone)]
struct Paths {
    /// Dataset: `mnist`, `fashion`, or an id of your own (lowercase letters, digits, `_`) with
    /// --data pointing at its IDX files or its folder of labelled images `<class>/<file>.png`.
    #[arg(long, default_value = "mnist")]
    dataset: String,
    /// Folder with the dataset's files; default `data/<dataset>` for mnist and fashion.
    #[arg(long)]
    data: Option<PathBuf>,
    /// Dataset name shown in the app (default: MNIST digits, Fashion-MNIST, or the id).
    #[arg(long)]
    dataset_label: Option<String>,
    /// For a folder of images without train/ and test/: share of each class held out as the
    /// test set.
    #[arg(long, default_value_t = 0.2)]
    test_share: f32,
    /// Weights folder: bundles go to <out>/<dataset>/, the manifest to <out>/manifest.json.
    #[arg(long, default_value = "weights")]
    out: PathBuf,
}

#[derive(clap::Args, Clone)]
struct Common {
    #[command(flatten)]
    paths: Paths,
    /// Epochs.
    #[arg(long)]
    epochs: usize,
    /// Batch size.
    #[arg(long, default_value_t = 128)]
    batch_size: usize,
    /// Initial Adam learning rate (cosine decay to lr/20).
    #[arg(long, default_value_t = 1e-3)]
    lr: f64,
    /// Random seed (weights, batch order, noise).
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Use only the first N training images.
    #[arg(long)]
    limit: Option<usize>,
    /// Continue an interrupted run from its checkpoint (`<out>/.staging/<model>/`); give the
    /// same options as the interrupted run. Without a checkpoint the run starts afresh.
    #[arg(long)]
    resume: bool,
}

#[derive(Subcommand)]
enum Cmd {
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
    fn default_classifier(&self) -> PathBuf {
        self.out.join(&self.dataset).join(files::CLASSIFIER_FILE)
    }

    fn resolve(&self) -> Result<Dataset> {
        Dataset::resolve(
            &self.dataset,
            self.data.as_deref(),
            self.dataset_label.as_deref(),
            self.test_share,
        )
    }
}

/// The command line recorded in bundles, without `--resume` (a resumed run ends where the
/// uninterrupted one would).
fn command_line() -> String {
    let mut args: Vec<String> = std::env::args().filter(|a| a != "--resume").collect();
    args[0] = "latent-trainer".into();
    args.join(" ")
}

/// SIGINT and SIGTERM ask the run to stop at the next batch boundary (after writing its
/// checkpoint); a second one ends the process at once (the published files are safe
/// either way: a run writes only into its staging folder until it publishes).
fn control(resume: bool) -> Control {
    let c = Control {
        resume,
        ..Control::default()
    };
    let stop = c.stop.clone();
    let installed = ctrlc::set_handler(move || {
        if stop.swap(true, std::sync::atomic::Ordering::SeqCst) {
            eprintln!("\nstopped at once: no checkpoint of the last batches");
            std::process::exit(130);
        }
        eprintln!(
            "\nstopping at the next batch boundary (writing a checkpoint); press Ctrl-C \
             again to quit at once"
        );
    });
    if let Err(e) = installed {
        eprintln!(
            "warning: cannot catch Ctrl-C ({e}): an interrupted run is resumed from its last epoch"
        );
    }
    c
}

/// Refuses option values that could only fail later, after files were written.
fn check(c: &Common, grid: Option<usize>) -> Result<()> {
    if c.epochs == 0 {
        anyhow::bail!("--epochs 0: train for at least one epoch");
    }
    if c.batch_size == 0 {
        anyhow::bail!("--batch-size 0: a batch needs at least one image");
    }
    if !(c.lr.is_finite() && c.lr > 0.0) {
        anyhow::bail!("--lr {}: the learning rate must be a positive number", c.lr);
    }
    if c.limit == Some(0) {
        anyhow::bail!("--limit 0: train on at least one image");
    }
    if let Some(g) = grid {
        if g < 2 {
            anyhow::bail!("--grid {g}: the class map needs at least 2 cells per side");
        }
    }
    Ok(())
}

fn train_cfg(c: &Common) -> TrainConfig {
    TrainConfig {
        epochs: c.epochs,
        batch_size: c.batch_size,
        lr: c.lr,
        seed: c.seed,
        progress: true,
    }
}

fn main() -> Result<()> {
    latent_trainer::train::one_pool();
    match run(Cli::parse()) {
        Err(e) if e.is::<Interrupted>() => {
            eprintln!("{e:#}");
            std::process::exit(130);
        }
        r => r,
    }
}

fn run(cli: Cli) -> Result<()> {
    match cli.cmd {
        Cmd::Classifier { common } => {
            check(&common, None)?;
            let dataset = common.paths.resolve()?;
            run_classifier(&ClassifierRun {
                config: ClassifierConfig {
                    num_classes: dataset.class_names().len(),
                    ..ClassifierConfig::default()
                },
                dataset,
                out: common.paths.out.clone(),
                train: train_cfg(&common),
                limit: common.limit,
                command: command_line(),
                control: control(common.resume),
            })?;
        }
        Cmd::Autoencoder {
            common,
            kind,
            beta,
            encoder_hidden,
            decoder_hidden,
            classifier,
            grid,
            tail,
            name,
            label,
            summary,
            snapshots,
            snapshot_epochs,
            snapshot_grid,
            snapshot_points,
        } => {
            check(&common, Some(grid))?;
            let config = AutoencoderConfig {
                kind,
                beta,
                encoder_hidden,
                decoder_hidden,
                ..AutoencoderConfig::mnist_vae()
            };
            let name = name.unwrap_or_else(|| kind.to_string());
            let label = label.unwrap_or_else(|| default_label(kind, beta));
            let classifier = classifier.unwrap_or_else(|| common.paths.default_classifier());
            run_autoencoder(&AutoencoderRun {
                dataset: common.paths.resolve()?,
                out: common.paths.out.clone(),
                name,
                label,
                config,
                train: train_cfg(&common),
                classifier,
                grid,
                bounds_rule: BoundsRule {
                    tail,
                    ..BoundsRule::default()
                },
                limit: common.limit,
                command: command_line(),
                summary: summary.unwrap_or_else(|| design_summary(kind, beta)),
                snapshots: match (snapshots, snapshot_epochs) {
                    (_, Some(mut epochs)) => {
                        epochs.sort_unstable();
                        epochs.dedup();
                        if let Some(e) = epochs.iter().find(|&&e| e > common.epochs) {
                            anyhow::bail!(
                                "--snapshot-epochs: epoch {e} is after the last epoch ({})",
                                common.epochs
                            );
                        }
                        Some(epochs)
                    }
                    (true, None) => Some(latent_core::bundle::evolution::default_schedule(
                        common.epochs,
                    )),
                    (false, None) => None,
                }
                .map(|epochs| SnapshotPlan {
                    epochs,
                    grid: snapshot_grid,
                    points: snapshot_points,
                }),
                control: control(common.resume),
                also_publish: Vec::new(),
            })?;
        }
        Cmd::OwnData {
            common,
            classifier_epochs,
            kind,
            beta,
            grid,
            snapshots,
        } => {
            check(&common, Some(grid))?;
            if !(beta.is_finite() && beta > 0.0) {
                anyhow::bail!("--beta {beta}: the KL weight must be a positive number");
            }
            let dataset = common.paths.resolve()?;
            eprintln!(
                "{}: {} classes ({}), from {}",
                dataset.id(),
                dataset.class_names().len(),
                dataset.class_names().join(", "),
                dataset.dir().display()
            );
            let command = command_line();
            let mut clf_train = train_cfg(&common);
            clf_train.epochs = classifier_epochs;
            let classifier_config = ClassifierConfig {
                num_classes: dataset.class_names().len(),
                ..ClassifierConfig::default()
            };
            // the classifier stays staged until the autoencoder is published with it: an
            // interrupted run leaves no classifier without a model in the manifest
            let control = control(common.resume);
            let clf = stage_classifier(&ClassifierRun {
                dataset: dataset.clone(),
                out: common.paths.out.clone(),
                config: classifier_config,
                train: clf_train,
                limit: common.limit,
                command: command.clone(),
                control: control.clone(),
            })?;
            // the page's test-image file (hands-on views: "pick a test image"), from the first
            // 1,000 held-out images, staged and published with the classifier
            let test_images = clf
                .staging
                .file(latent_core::bundle::files::TEST_IMAGES_FILE);
            let test = dataset.load(latent_trainer::data::Split::Test)?;
            let n = test.labels.len().min(1000);
            let t = latent_core::bundle::TestImages::new(
                dataset.id(),
                dataset.class_names(),
                &format!(
                    "the first {n} held-out test images of {}",
                    dataset.dir().display()
                ),
                test.images.pixels[..n * latent_core::IMAGE_PIXELS].to_vec(),
                test.labels[..n].to_vec(),
            )?;
            latent_core::bundle::write::atomic_write(&test_images, &t.to_bytes()?)?;
            let test_dest = clf
                .dest
                .with_file_name(latent_core::bundle::files::TEST_IMAGES_FILE);
            let name = default_name(kind, beta);
            run_autoencoder(&AutoencoderRun {
                classifier: clf.file.clone(),
                control,
                also_publish: vec![
                    (clf.file.clone(), clf.dest.clone()),
                    (test_images, test_dest),
                ],
                dataset,
                out: common.paths.out.clone(),
                label: default_label(kind, beta),
                name,
                config: AutoencoderConfig {
                    kind,
                    beta,
                    ..AutoencoderConfig::mnist_vae()
                },
                train: train_cfg(&common),
                grid,
                bounds_rule: BoundsRule::default(),
                limit: common.limit,
                command,
                summary: design_summary(kind, beta),
                snapshots: snapshots.then(|| SnapshotPlan {
                    epochs: latent_core::bundle::evolution::default_schedule(common.epochs),
                    grid: 128,
                    points: 2000,
                }),
            })?;
            clf.staging.remove()?;
        }
        Cmd::Remap {
            paths,
            name,
            classifier,
        } => {
            let (dataset, out) = (paths.resolve()?, paths.out.clone());
            let classifier = classifier.unwrap_or_else(|| paths.default_classifier());
            for (k, v) in remap(&out, &dataset, &name, &classifier)? {
                eprintln!("  {k:28} {v:.4}");
            }
        }
        Cmd::Study {
            common,
            latent_dims,
            dim_kinds,
            betas,
            grid,
            classifier,
            results,
        } => {
            let classifier = classifier.unwrap_or_else(|| common.paths.default_classifier());
            let r = latent_trainer::study::run_study(&latent_trainer::study::StudyRun {
                dataset: common.paths.resolve()?,
                classifier,
                train: train_cfg(&common),
                latent_dims,
                dim_kinds,
                betas,
                grid,
                limit: common.limit,
                command: command_line(),
            })?;
            let mut json = serde_json::to_string_pretty(&r)?;
            json.push('\n');
            latent_core::bundle::write::atomic_write(&results, json.as_bytes())?;
            eprintln!("wrote {}", results.display());
        }
        Cmd::Gif {
            index,
            out,
            title,
            delay_ms,
            points,
        } => {
            let rep = render::gif_from_index(&index, &out, title.as_deref(), delay_ms, points)?;
            eprintln!(
                "wrote {} ({} frames, {}×{} px, {} bytes)",
                out.display(),
                rep.frames,
                rep.width,
                rep.height,
                rep.bytes
            );
        }
        Cmd::Docs {
            weights,
            study,
            fixtures,
            docs,
        } => {
            for f in latent_trainer::docs::build_docs(&latent_trainer::docs::DocsRun {
                weights,
                study,
                fixtures,
                docs,
            })? {
                eprintln!("wrote {}", f.display());
            }
        }
        Cmd::Reference { bundle, out } => {
            write_reference(&bundle, &out)?;
            eprintln!("wrote {}", out.display());
        }
        Cmd::Realign { files } => {
            for f in files {
                match latent_trainer::bundles::realign(&f)? {
                    0 => eprintln!("{}: already aligned", f.display()),
                    n => eprintln!("{}: {n} tensor(s) moved to 8-byte offsets", f.display()),
                }
            }
        }
        Cmd::TrainSubset {
            weights,
            datasets,
            count,
            seed,
        } => {
            let command = command_line();
            for ds in &datasets {
                let id = latent_trainer::data::DatasetId::from_id(ds).ok_or_else(|| {
                    anyhow::anyhow!("unknown dataset `{ds}`: expected mnist or fashion")
                })?;
                let dataset = Dataset::known(id, None);
                let out = weights.join(ds).join(files::TRAIN_SUBSET_FILE);
                let n = latent_trainer::reference::write_train_subset(
                    &dataset, count, seed, &command, &out,
                )?;
                eprintln!("wrote {} ({n} bytes)", out.display());
            }
        }
        Cmd::StepReference { test_images, out } => {
            latent_trainer::reference::write_step_reference(&test_images, &out)?;
            eprintln!("wrote {}", out.display());
        }
        Cmd::TestImages {
            weights,
            fixtures,
            datasets,
            reference_model,
            reference,
        } => {
            for ds in &datasets {
                let dir = weights.join(ds);
                let out = dir.join(files::TEST_IMAGES_FILE);
                let name = match ds.as_str() {
                    "mnist" => "MNIST",
                    "fashion" => "Fashion-MNIST",
                    other => other,
                };
                let n = latent_trainer::reference::write_test_images(
                    ds,
                    &fixtures.join(format!("{ds}-t1000-images-idx3-ubyte.gz")),
                    &fixtures.join(format!("{ds}-t1000-labels-idx1-ubyte.gz")),
                    &dir.join(files::CLASSIFIER_FILE),
                    &format!("the first 1,000 images of the {name} test set"),
                    &out,
                )?;
                eprintln!("wrote {} ({n} bytes)", out.display());
            }
            if let Some(ds) = datasets.first() {
                let dir = weights.join(ds);
                latent_trainer::reference::write_hands_on_reference(
                    &dir.join(files::view_file(&reference_model)),
                    &dir.join(files::encoder_file(&reference_model)),
                    &dir.join(files::CLASSIFIER_FILE),
                    &dir.join(files::TEST_IMAGES_FILE),
                    &reference,
                )?;
                eprintln!("wrote {}", reference.display());
            }
        }
    }
    Ok(())
}
