//! The measurements behind `docs/latent-space.md`: how reconstruction depends on the latent
//! size, and how the KL weight β shapes a 2-D latent. Every figure is measured on the test
//! set; the runs share one seed, optimiser and epoch budget. On request the latent-size
//! sweep's models also reconstruct a few test images for the page lesson's study file
//! ([`latent_core::bundle::lesson::StudyFile`]).

use crate::classifier::load_classifier;
use crate::data::{load_sets, Dataset, TensorSet};
use crate::map::{build_class_map, latent_metrics};
use crate::train::{self, TrainConfig};
use anyhow::Result;
use candle_core::{DType, Tensor};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::lesson::{StudyFile, StudyMeta, StudyModel};
use latent_core::bundle::{self, TestImages};
use latent_core::latent_map::{Bounds, BoundsRule, Meshgrid};
use latent_core::metrics;
use latent_core::model::{Autoencoder, AutoencoderConfig, AutoencoderKind};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

/// Options of a study.
#[derive(Debug, Clone)]
pub struct StudyRun {
    /// Dataset (and where its files are).
    pub dataset: Dataset,
    /// Classifier bundle that paints the maps of 2-D runs.
    pub classifier: PathBuf,
    /// Training settings shared by every run.
    pub train: TrainConfig,
    /// Latent sizes of the dimension sweep.
    pub latent_dims: Vec<usize>,
    /// Designs of the dimension sweep.
    pub dim_kinds: Vec<AutoencoderKind>,
    /// KL weights of the β sweep (VAE, 2-D latent).
    pub betas: Vec<f32>,
    /// Map cells per side for 2-D runs.
    pub grid: usize,
    /// Use only the first `n` training images (tests).
    pub limit: Option<usize>,
    /// The command line, recorded in the results (and in the study file).
    pub command: String,
    /// Test images that every model of the latent-size sweep reconstructs for the page
    /// lesson's study file; `None`: no study file.
    pub lesson: Option<LessonImages>,
}

/// The test images of the page lesson's study file: the first `n` of the dataset's
/// test-image file (`<weights>/<dataset>/test-images.safetensors`, the first images of the
/// test set).
#[derive(Debug, Clone)]
pub struct LessonImages {
    /// Their indices in the test-image file (and in the test set): `0..n`.
    pub indices: Vec<usize>,
    /// Their pixels as the file stores them: `n · 784` bytes, 0 = background.
    pub pixels: Vec<u8>,
    /// Their labels.
    pub labels: Vec<u8>,
}

impl LessonImages {
    /// The first `n` images of the test-image file `path`.
    ///
    /// # Errors
    /// Names the file when it cannot be read or parsed, or when it holds fewer than `n`
    /// images; refuses `n = 0`.
    pub fn first(path: &std::path::Path, n: usize) -> Result<Self> {
        let name = path.display().to_string();
        anyhow::ensure!(
            n > 0,
            "--lesson-images 0: the study file needs at least one image"
        );
        let t = TestImages::from_bytes(&bundle::read_file(path)?, &name)?;
        anyhow::ensure!(
            n <= t.len(),
            "{name} holds {} test images, fewer than the {n} asked for (--lesson-images)",
            t.len()
        );
        Ok(Self {
            indices: (0..n).collect(),
            pixels: t.pixels[..n * latent_core::IMAGE_PIXELS].to_vec(),
            labels: t.labels[..n].to_vec(),
        })
    }

    /// Number of images.
    pub fn len(&self) -> usize {
        self.indices.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.indices.is_empty()
    }

    /// Checks that these are the first images of `test` (the study's test set): the same
    /// labels and the same pixels (bytes / 255).
    ///
    /// # Errors
    /// Names the first image that differs.
    fn check_against(&self, test: &TensorSet) -> Result<()> {
        let n = self.len();
        anyhow::ensure!(
            n <= test.len(),
            "the test set has {} images, fewer than the study file's {n}",
            test.len()
        );
        let x = test.x.narrow(0, 0, n)?.to_vec2::<f32>()?;
        for (i, row) in x.iter().enumerate() {
            let px =
                &self.pixels[i * latent_core::IMAGE_PIXELS..(i + 1) * latent_core::IMAGE_PIXELS];
            let same = row
                .iter()
                .zip(px)
                .all(|(&a, &b)| (a - f32::from(b) / 255.0).abs() < 1e-6);
            anyhow::ensure!(
                same && self.labels[i] == test.labels[i],
                "test image {i} of the test-image file is not test image {i} of the dataset"
            );
        }
        Ok(())
    }
}

/// A study's results and, when [`StudyRun::lesson`] asked for it, the page lesson's study file.
#[derive(Debug, Clone)]
pub struct StudyOutput {
    /// The figures (`docs/study/<dataset>.json`).
    pub results: StudyResults,
    /// The latent-size sweep's reconstructions of [`StudyRun::lesson`]'s images with each
    /// model's test figures.
    pub lesson: Option<StudyFile>,
}

/// Reconstructions of `pixels` (`n · 784` bytes) by `ae` the way the page shows them:
/// the encoder's μ, decoded; pixels in `[0, 1]` × 255, rounded. Returns `n · 784` bytes.
///
/// # Errors
/// Candle errors.
pub fn reconstruct(ae: &Autoencoder, pixels: &[u8]) -> Result<Vec<u8>> {
    let n = pixels.len() / latent_core::IMAGE_PIXELS;
    let x: Vec<f32> = pixels.iter().map(|&p| f32::from(p) / 255.0).collect();
    let dev = train::device();
    let x = Tensor::from_vec(x, (n, latent_core::IMAGE_PIXELS), &dev)?;
    let (mu, _) = ae.encoder.forward(&x)?;
    let recon = ae.decoder.forward(&mu)?.flatten_all()?.to_vec1::<f32>()?;
    Ok(recon
        .iter()
        .map(|&p| (p.clamp(0.0, 1.0) * 255.0).round() as u8)
        .collect())
}

/// Test-set figures of one study run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyPoint {
    /// Design, stored as `plain`, `bounded` or `vae`.
    pub kind: AutoencoderKind,
    /// Latent size.
    pub latent_dim: usize,
    /// KL weight (VAE), 0 for deterministic designs.
    pub beta: f32,
    /// Figures: `test_reconstruction_nats`, `test_mse_per_pixel`, `test_kl_nats`,
    /// `test_neg_elbo_nats` (VAE), and for 2-D runs `test_map_accuracy`,
    /// `test_knn10_agreement`, `test_occupied_share_32`, ranges; `train_seconds`.
    pub metrics: BTreeMap<String, f64>,
}

/// All results of a study, as written to `docs/study/<dataset>.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyResults {
    /// Dataset id.
    pub dataset: String,
    /// Epochs of every run.
    pub epochs: usize,
    /// Seed of every run.
    pub seed: u64,
    /// Training images per run.
    pub train_images: usize,
    /// The command that produced this file.
    pub command: String,
    /// The latent-size sweep.
    pub latent_dims: Vec<StudyPoint>,
    /// The β sweep (plus the plain autoencoder as β = 0 reference).
    pub betas: Vec<StudyPoint>,
}

/// Runs the study. Prints one line per run. With [`StudyRun::lesson`], each model of the
/// latent-size sweep also reconstructs those test images ([`reconstruct`]) into the returned
/// study file, with its test figures as the results give them.
///
/// # Errors
/// Names the classifier or data file that cannot be read; refuses lesson images that are not
/// the first images of the dataset's test set; candle errors.
pub fn run_study(run: &StudyRun) -> Result<StudyOutput> {
    let dev = train::device();
    let (clf, _) = load_classifier(&run.classifier)?;
    let (train_t, test_t) = load_sets(&run.dataset, run.limit, &dev)?;
    if let Some(l) = &run.lesson {
        l.check_against(&test_t)?;
    }
    // the latent-size sweep's reconstructions of the lesson images, model after model
    let mut recon = Vec::new();
    let mut one = |kind: AutoencoderKind,
                   latent_dim: usize,
                   beta: f32,
                   lesson: Option<&LessonImages>|
     -> Result<StudyPoint> {
        let config = AutoencoderConfig {
            kind,
            beta,
            latent_dim,
            ..AutoencoderConfig::mnist_vae()
        };
        let vm = VarMap::new();
        let ae = Autoencoder::new(&config, VarBuilder::from_varmap(&vm, DType::F32, &dev))?;
        train::seeded_init(&vm, run.train.seed)?;
        let t0 = Instant::now();
        train::train_autoencoder(&ae, &vm, &train_t, &run.train, None)?;
        let secs = t0.elapsed().as_secs_f64();
        train::round_to_f16(&vm)?;
        let eval = train::evaluate_autoencoder(&ae, &test_t, run.train.seed)?;
        if let Some(l) = lesson {
            recon.extend(reconstruct(&ae, &l.pixels)?);
        }
        let mut m = BTreeMap::new();
        metrics::TEST_RECONSTRUCTION.insert(&mut m, eval.reconstruction);
        metrics::TEST_MSE.insert(&mut m, eval.mse);
        if let (Some(kl), Some(neg_elbo)) = (eval.kl, eval.neg_elbo()) {
            metrics::TEST_KL.insert(&mut m, kl);
            metrics::TEST_NEG_ELBO.insert(&mut m, neg_elbo);
        }
        metrics::TRAIN_SECONDS.insert(&mut m, secs);
        if latent_dim == 2 {
            let train_mu = train::encode_means(&ae, &train_t.x)?;
            let bounds = Bounds::from_points(&train_mu, BoundsRule::default())?;
            let map = build_class_map(&ae, &clf, Meshgrid::new(bounds, run.grid, run.grid)?)?;
            metrics::TEST_MAP_ACCURACY
                .insert(&mut m, f64::from(map.accuracy(&eval.mu, &test_t.labels)));
            metrics::TEST_SHARE_INSIDE_BOUNDS
                .insert(&mut m, f64::from(bounds.share_inside(&eval.mu)));
            latent_metrics(&mut m, &bounds, &eval.mu, &test_t.labels);
        }
        m.retain(|_, v: &mut f64| v.is_finite());
        eprintln!(
            "study {kind} d={latent_dim} β={beta}: reconstruction {:.2} nats/image, MSE {:.4} ({secs:.0} s)",
            eval.reconstruction,
            eval.mse
        );
        Ok(StudyPoint {
            kind,
            latent_dim,
            beta: if kind == AutoencoderKind::Vae {
                beta
            } else {
                0.0
            },
            metrics: m,
        })
    };
    let mut dims = Vec::new();
    for &kind in &run.dim_kinds {
        for &d in &run.latent_dims {
            dims.push(one(kind, d, 1.0, run.lesson.as_ref())?);
        }
    }
    let mut betas = Vec::new();
    // the plain autoencoder is the β → 0 end; reuse its 2-D run when the sweep had one
    match dims
        .iter()
        .find(|p| p.kind == AutoencoderKind::Plain && p.latent_dim == 2)
    {
        Some(p) => betas.push(p.clone()),
        None => betas.push(one(AutoencoderKind::Plain, 2, 0.0, None)?),
    }
    for &b in &run.betas {
        match dims
            .iter()
            .find(|p| p.kind == AutoencoderKind::Vae && p.latent_dim == 2 && p.beta == b)
        {
            Some(p) => betas.push(p.clone()),
            None => betas.push(one(AutoencoderKind::Vae, 2, b, None)?),
        }
    }
    let lesson = match &run.lesson {
        Some(l) => Some(StudyFile {
            meta: StudyMeta {
                format_version: bundle::FORMAT_VERSION,
                dataset: run.dataset.id().into(),
                models: dims.iter().map(study_model).collect::<Result<_>>()?,
                images: l.indices.clone(),
                command: run.command.clone(),
            },
            recon,
        }),
        None => None,
    };
    Ok(StudyOutput {
        results: StudyResults {
            dataset: run.dataset.id().into(),
            epochs: run.train.epochs,
            seed: run.train.seed,
            train_images: train_t.len(),
            command: run.command.clone(),
            latent_dims: dims,
            betas,
        },
        lesson,
    })
}

/// A latent-size run as the study file lists it: design, latent size and the test figures
/// of the results.
///
/// # Errors
/// When the run has no finite reconstruction or MSE figure (a diverged run).
fn study_model(p: &StudyPoint) -> Result<StudyModel> {
    let get = |m: metrics::Metric| {
        m.get(&p.metrics).ok_or_else(|| {
            anyhow::anyhow!(
                "study {} d={}: no finite {} for the study file",
                p.kind,
                p.latent_dim,
                m.key
            )
        })
    };
    Ok(StudyModel {
        kind: p.kind.to_string(),
        latent_dim: p.latent_dim,
        reconstruction_nats: get(metrics::TEST_RECONSTRUCTION)?,
        mse_per_pixel: get(metrics::TEST_MSE)?,
    })
}
