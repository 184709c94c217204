//! Training an autoencoder design: the run, its training-evolution snapshots, its test
//! figures, its class map and its bundle.

use crate::bundles::{
    bundle_path, by_prefix, named_tensors, write_autoencoder_bundle, write_view_file, Listing,
};
use crate::classifier::load_classifier;
use crate::data::{load_sets, Dataset};
use crate::map::{build_class_map, map_metrics};
use crate::train::{self, TrainConfig};
use anyhow::Result;
use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::{files, write, BundleMeta, EvolutionEntry, FORMAT_VERSION};
use latent_core::evolution::{self, Evolution, EvolutionMeta, Frame};
use latent_core::latent_map::{Bounds, BoundsRule, Meshgrid};
use latent_core::metrics;
use latent_core::model::{Autoencoder, AutoencoderConfig, AutoencoderKind};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

/// The sentence shown beside a design's metrics in the app: what the design does to the
/// latent space.
pub fn design_summary(kind: AutoencoderKind, beta: f32) -> String {
    match kind {
        AutoencoderKind::Plain => "Nothing constrains z: the encoder may put codes anywhere, so \
            classes stretch along long arms from the origin with empty gaps between them, and \
            points decoded from the gaps look like no training image."
            .into(),
        AutoencoderKind::Bounded => "tanh keeps z inside the square (−1, 1)², and a \
            standard-normal prior on the code before tanh stops it saturating: the classes \
            tile the whole square, edge to edge, with no outliers to chase."
            .into(),
        AutoencoderKind::Vae if beta <= 1.0 => "The KL term pulls every posterior q(z|x) \
            towards the standard normal prior: codes fill a round region around the origin \
            without gaps, and every point in it decodes to a plausible image."
            .into(),
        AutoencoderKind::Vae => format!(
            "A KL term weighted β = {beta} pulls codes harder towards the prior: the map is \
             smoother and rounder, but similar classes overlap more and decodes are blurrier."
        ),
    }
}

/// The label of a design in the app when none is given: `VAE (β = 1)`, `β-VAE (β = 4)`,
/// `Plain autoencoder`, `Bounded (tanh) autoencoder`.
pub fn default_label(kind: AutoencoderKind, beta: f32) -> String {
    match kind {
        AutoencoderKind::Vae if beta == 1.0 => "VAE (β = 1)".to_string(),
        AutoencoderKind::Vae => format!("β-VAE (β = {beta})"),
        AutoencoderKind::Plain => "Plain autoencoder".into(),
        AutoencoderKind::Bounded => "Bounded (tanh) autoencoder".into(),
    }
}

/// The bundle name of a design when none is given: the kind's name ([`AutoencoderKind`]'s
/// `Display`), or `beta<β>` (`.` as `_`) for a VAE with β ≠ 1, e.g. `beta4`, `beta0_5`.
pub fn default_name(kind: AutoencoderKind, beta: f32) -> String {
    if kind == AutoencoderKind::Vae && beta != 1.0 {
        format!("beta{beta}").replace('.', "_")
    } else {
        kind.to_string()
    }
}

/// Options of an autoencoder run.
#[derive(Debug, Clone)]
pub struct AutoencoderRun {
    /// Dataset (and where its files are).
    pub dataset: Dataset,
    /// Weights folder.
    pub out: PathBuf,
    /// Model id suffix: files are `<out>/<dataset>/<name>.safetensors` and
    /// `<name>.encoder.safetensors`, manifest id `<dataset>-<name>`.
    pub name: String,
    /// Human-readable label for the manifest.
    pub label: String,
    /// Architecture.
    pub config: AutoencoderConfig,
    /// Training settings.
    pub train: TrainConfig,
    /// The classifier bundle that paints the map.
    pub classifier: PathBuf,
    /// Map resolution (cells per side).
    pub grid: usize,
    /// Outlier rule for the bounds.
    pub bounds_rule: BoundsRule,
    /// Use only the first `n` training images (tests); `None` = all.
    pub limit: Option<usize>,
    /// The command line recorded in the bundle.
    pub command: String,
    /// Sentence on what the design does, for the manifest ([`design_summary`]).
    pub summary: String,
    /// Training evolution to record, if any.
    pub snapshots: Option<SnapshotPlan>,
}

/// Which snapshots a run records (see [`latent_core::evolution`]).
#[derive(Debug, Clone)]
pub struct SnapshotPlan {
    /// Epochs to snapshot (0 = before training), e.g. [`evolution::default_schedule`].
    pub epochs: Vec<usize>,
    /// Map cells per side of each frame.
    pub grid: usize,
    /// Number of test images (the first N of the test set) whose codes each frame stores.
    pub points: usize,
}

/// What [`run_autoencoder`] measured.
#[derive(Debug, Clone)]
pub struct AutoencoderReport {
    /// Mean training objective per epoch (training set), nats/image.
    pub train_losses: Vec<f64>,
    /// Test-set metrics written into the bundle.
    pub metrics: BTreeMap<String, f64>,
    /// Path of the view file written.
    pub view: PathBuf,
    /// Path of the evolution index written, if snapshots were recorded.
    pub evolution: Option<PathBuf>,
}

/// A copy of the model with every weight rounded to f16 (as stored in bundles), so snapshots
/// measure and paint exactly what the browser will decode with.
fn rounded_copy(
    vm: &VarMap,
    config: &AutoencoderConfig,
) -> Result<(Autoencoder, Vec<(String, Tensor)>)> {
    let tensors = write::with_dtype(named_tensors(vm, ""), DType::F16)?;
    let f32s: std::collections::HashMap<String, Tensor> = tensors
        .iter()
        .map(|(k, t)| Ok((k.clone(), t.to_dtype(DType::F32)?)))
        .collect::<Result<_>>()?;
    let ae = Autoencoder::new(
        config,
        VarBuilder::from_tensors(f32s, DType::F32, &Device::Cpu),
    )?;
    Ok((ae, tensors))
}

/// The metadata of a view file written by `run` after `epochs` epochs (f16 weights).
fn view_meta(
    run: &AutoencoderRun,
    clf_meta: &BundleMeta,
    grid: Meshgrid,
    epochs: usize,
    metrics: BTreeMap<String, f64>,
) -> BundleMeta {
    BundleMeta {
        format_version: FORMAT_VERSION,
        model: files::model_id(run.dataset.id(), &run.name),
        dataset: run.dataset.id().into(),
        class_names: run.dataset.class_names(),
        autoencoder: Some(run.config.clone()),
        classifier: clf_meta.classifier.clone(),
        weights_dtype: "f16".into(),
        grid: Some(grid),
        bounds_rule: Some(run.bounds_rule),
        seed: run.train.seed,
        epochs,
        command: run.command.clone(),
        metrics,
    }
}

/// Trains an autoencoder, evaluates it on the test set, builds its class map and writes its
/// bundle (view + encoder files) and manifest entry.
pub fn run_autoencoder(run: &AutoencoderRun) -> Result<AutoencoderReport> {
    let dev = train::device();
    let (clf, clf_meta) = load_classifier(&run.classifier)?;
    let (train_t, test_t) = load_sets(&run.dataset, run.limit, &dev)?;
    let vm = VarMap::new();
    let ae = Autoencoder::new(&run.config, VarBuilder::from_varmap(&vm, DType::F32, &dev))?;
    train::seeded_init(&vm, run.train.seed)?;
    let model_id = files::model_id(run.dataset.id(), &run.name);
    let frame_file = |epoch: usize| files::evolution_frame_file(&run.name, epoch);
    let mut frames: Vec<Frame> = Vec::new();
    let snapshot_secs = std::cell::Cell::new(0.0);
    let mut snapshot = |epoch: usize| -> Result<()> {
        let Some(plan) = &run.snapshots else {
            return Ok(());
        };
        if !plan.epochs.contains(&epoch) {
            return Ok(());
        }
        let t = Instant::now();
        let (ae_s, tensors) = rounded_copy(&vm, &run.config)?;
        let eval = train::evaluate_autoencoder(&ae_s, &test_t, run.train.seed)?;
        let train_mu = train::encode_means(&ae_s, &train_t.x)?;
        let grid = Meshgrid::new(
            Bounds::from_points(&train_mu, run.bounds_rule)?,
            plan.grid,
            plan.grid,
        )?;
        let map = build_class_map(&ae_s, &clf, grid)?;
        let loss = eval.neg_elbo().unwrap_or(eval.reconstruction);
        let mut m = BTreeMap::new();
        metrics::TEST_RECONSTRUCTION.insert(&mut m, eval.reconstruction);
        metrics::TEST_MSE.insert(&mut m, eval.mse);
        metrics::TEST_MAP_ACCURACY
            .insert(&mut m, f64::from(map.accuracy(&eval.mu, &test_t.labels)));
        if let Some(kl) = eval.kl {
            metrics::TEST_KL.insert(&mut m, kl);
            metrics::TEST_NEG_ELBO.insert(&mut m, loss);
        }
        let meta = view_meta(run, &clf_meta, grid, epoch, m);
        write_view_file(
            &bundle_path(&run.out, &run.dataset, &frame_file(epoch)),
            &meta,
            by_prefix(tensors.into_iter(), "decoder."),
            &map,
        )?;
        let n = plan.points.min(eval.mu.len());
        frames.push(Frame {
            epoch,
            test_loss: loss,
            map,
            points: eval.mu[..n].to_vec(),
        });
        snapshot_secs.set(snapshot_secs.get() + t.elapsed().as_secs_f64());
        eprintln!(
            "snapshot epoch {epoch}: test loss {loss:.2} nats/image ({:.0} s)",
            t.elapsed().as_secs_f64()
        );
        Ok(())
    };
    snapshot(0)?;
    let before = snapshot_secs.get();
    let t0 = Instant::now();
    let mut hook = |epoch: usize, _: &Autoencoder| snapshot(epoch);
    let losses = train::train_autoencoder(&ae, &vm, &train_t, &run.train, Some(&mut hook))?;
    let secs = t0.elapsed().as_secs_f64() - (snapshot_secs.get() - before);
    train::round_to_f16(&vm)?;

    let eval = train::evaluate_autoencoder(&ae, &test_t, run.train.seed)?;
    let train_mu = train::encode_means(&ae, &train_t.x)?;
    let bounds = Bounds::from_points(&train_mu, run.bounds_rule)?;
    let grid = Meshgrid::new(bounds, run.grid, run.grid)?;
    let t1 = Instant::now();
    let map = build_class_map(&ae, &clf, grid)?;
    let map_secs = t1.elapsed().as_secs_f64();

    let mut metrics = BTreeMap::new();
    metrics::TEST_RECONSTRUCTION.insert(&mut metrics, eval.reconstruction);
    if let (Some(kl), Some(neg_elbo)) = (eval.kl, eval.neg_elbo()) {
        metrics::TEST_KL.insert(&mut metrics, kl);
        metrics::TEST_NEG_ELBO.insert(&mut metrics, neg_elbo);
    }
    metrics::TEST_MSE.insert(&mut metrics, eval.mse);
    map_metrics(
        &mut metrics,
        &map,
        &train_mu,
        &eval.mu,
        &test_t.labels,
        &clf_meta,
    );
    metrics::FINAL_TRAIN_LOSS.insert(&mut metrics, *losses.last().unwrap_or(&f64::NAN));
    metrics::TRAIN_SECONDS.insert(&mut metrics, secs);
    metrics::MAP_SECONDS.insert(&mut metrics, map_secs);
    if run.snapshots.is_some() {
        metrics::SNAPSHOT_SECONDS.insert(&mut metrics, snapshot_secs.get());
    }
    metrics::TRAIN_IMAGES.insert(&mut metrics, train_t.len() as f64);
    // A figure that cannot be measured is left out where it is measured (`latent_metrics`); a
    // NaN or ±Inf here (a diverged run) stops the write with the metric's name.
    for (k, v) in &metrics {
        eprintln!("  {k:28} {v:.4}");
    }

    let meta = view_meta(run, &clf_meta, grid, run.train.epochs, metrics.clone());
    let decoder = write::with_dtype(named_tensors(&vm, "decoder."), DType::F16)?;
    let encoder = write::with_dtype(named_tensors(&vm, "encoder."), DType::F16)?;
    let mut evolution_entry = None;
    let mut evolution_path = None;
    if let Some(plan) = &run.snapshots {
        let n = frames.first().map_or(0, |f| f.points.len());
        let index = Evolution {
            meta: EvolutionMeta {
                format_version: FORMAT_VERSION,
                model: model_id.clone(),
                dataset: run.dataset.id().into(),
                class_names: run.dataset.class_names(),
                epochs: frames.iter().map(|f| f.epoch).collect(),
                test_loss_nats: frames.iter().map(|f| f.test_loss).collect(),
                loss_name: if run.config.kind == AutoencoderKind::Vae {
                    "−ELBO".into()
                } else {
                    "reconstruction (BCE)".into()
                },
                grid: [plan.grid, plan.grid],
                bounds_policy: evolution::BOUNDS_POLICY.into(),
                points: n,
                frames: frames
                    .iter()
                    .map(|f| files::in_dataset(run.dataset.id(), &frame_file(f.epoch)))
                    .collect(),
                command: run.command.clone(),
            },
            frames,
            labels: test_t.labels[..n].to_vec(),
        };
        let file = files::evolution_index_file(&run.name);
        let path = bundle_path(&run.out, &run.dataset, &file);
        let bytes = index.to_bytes()?;
        write::atomic_write(&path, &bytes)?;
        eprintln!(
            "wrote {} ({} bytes, {} frames)",
            path.display(),
            bytes.len(),
            index.frames.len()
        );
        evolution_entry = Some(EvolutionEntry {
            index: files::in_dataset(run.dataset.id(), &file),
            index_bytes: bytes.len() as u64,
            epochs: index.meta.epochs.clone(),
        });
        evolution_path = Some(path);
    }
    let (view_path, view_bytes) = write_autoencoder_bundle(
        &run.out,
        &run.dataset,
        &run.name,
        &meta,
        (decoder, encoder),
        &map,
        Listing {
            label: run.label.clone(),
            summary: run.summary.clone(),
            evolution: evolution_entry,
        },
    )?;
    eprintln!("wrote {} ({view_bytes} bytes)", view_path.display());
    Ok(AutoencoderReport {
        train_losses: losses,
        metrics,
        view: view_path,
        evolution: evolution_path,
    })
}
