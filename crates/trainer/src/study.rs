//! The measurements behind `docs/latent-space.md`: how reconstruction depends on the latent
//! size, and how the KL weight β shapes a 2-D latent. Every figure is measured on the test
//! set; the runs share one seed, optimiser and epoch budget.

use crate::classifier::load_classifier;
use crate::data::{load_sets, Dataset};
use crate::map::{build_class_map, latent_metrics};
use crate::train::{self, TrainConfig};
use anyhow::Result;
use candle_core::DType;
use candle_nn::{VarBuilder, VarMap};
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
    /// The command line, recorded in the results.
    pub command: String,
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

/// Runs the study. Prints one line per run.
pub fn run_study(run: &StudyRun) -> Result<StudyResults> {
    let dev = train::device();
    let (clf, _) = load_classifier(&run.classifier)?;
    let (train_t, test_t) = load_sets(&run.dataset, run.limit, &dev)?;
    let one = |kind: AutoencoderKind, latent_dim: usize, beta: f32| -> Result<StudyPoint> {
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
            dims.push(one(kind, d, 1.0)?);
        }
    }
    let mut betas = Vec::new();
    // the plain autoencoder is the β → 0 end; reuse its 2-D run when the sweep had one
    match dims
        .iter()
        .find(|p| p.kind == AutoencoderKind::Plain && p.latent_dim == 2)
    {
        Some(p) => betas.push(p.clone()),
        None => betas.push(one(AutoencoderKind::Plain, 2, 0.0)?),
    }
    for &b in &run.betas {
        match dims
            .iter()
            .find(|p| p.kind == AutoencoderKind::Vae && p.latent_dim == 2 && p.beta == b)
        {
            Some(p) => betas.push(p.clone()),
            None => betas.push(one(AutoencoderKind::Vae, 2, b)?),
        }
    }
    Ok(StudyResults {
        dataset: run.dataset.id().into(),
        epochs: run.train.epochs,
        seed: run.train.seed,
        train_images: train_t.len(),
        command: run.command.clone(),
        latent_dims: dims,
        betas,
    })
}
