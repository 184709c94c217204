//! Training an autoencoder design: the run, its training-evolution snapshots, its test
//! figures, its class map and its bundle.

use crate::bundles::{
    bundle_path, by_prefix, named_tensors, publish_bundle, stage_autoencoder_bundle,
    write_view_file, Listing,
};
use crate::classifier::load_classifier;
use crate::data::{load_sets, Dataset};
use crate::map::{build_class_map, map_metrics};
use crate::train::{self, TrainConfig};
use anyhow::Result;
use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::evolution::{self, Evolution, EvolutionMeta, Frame};
use latent_core::bundle::{files, write, BundleMeta, EvolutionEntry, FORMAT_VERSION};
use latent_core::latent_map::{Bounds, BoundsRule, Meshgrid};
use latent_core::metrics;
use latent_core::model::{Autoencoder, AutoencoderConfig, AutoencoderKind};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

mod resume;

use resume::{fingerprint, frames_from_checkpoint, frames_to_checkpoint};

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
    /// Resuming and stopping.
    pub control: crate::stage::Control,
    /// Staged files of an earlier step to publish with this run, before its own
    /// (`(staged, published)`; `own-data` publishes its classifier so).
    pub also_publish: Vec<(PathBuf, PathBuf)>,
}

/// Which snapshots a run records (see [`latent_core::bundle::evolution`]).
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

/// The staged frame file of `epoch`, in the staging folder.
fn staged_frame(epoch: usize) -> String {
    format!("frames/epoch-{epoch:04}.safetensors")
}

/// Trains an autoencoder, evaluates it on the test set, builds its class map and writes its
/// bundle (view + encoder files), its training evolution and its manifest entry.
///
/// Everything is written into the staging folder `<out>/.staging/<model id>/` first and
/// published at the end ([`crate::stage`]); a checkpoint is written there after every epoch.
/// A stop ([`Control`](crate::stage::Control)) ends the run with
/// [`Interrupted`](crate::train::Interrupted) and the published files untouched; with
/// `control.resume` the run continues from the checkpoint and ends with the same weights as
/// an uninterrupted run.
pub fn run_autoencoder(run: &AutoencoderRun) -> Result<AutoencoderReport> {
    use crate::stage::{self, Staging};
    use anyhow::Context;
    use std::cell::{Cell, RefCell};
    let dev = train::device();
    let model_id = files::model_id(run.dataset.id(), &run.name);
    let stage = Staging::open(&run.out, &model_id, run.control.resume)?;
    let fp = fingerprint(run);
    let resumed = if run.control.resume {
        stage.resume_from(&fp)?
    } else {
        None
    };
    let (clf, clf_meta) = load_classifier(&run.classifier)?;
    let (train_t, test_t) = load_sets(&run.dataset, run.limit, &dev)?;
    let vm = VarMap::new();
    let ae = Autoencoder::new(&run.config, VarBuilder::from_varmap(&vm, DType::F32, &dev))?;
    train::seeded_init(&vm, run.train.seed)?;
    let frames: RefCell<Vec<Frame>> = RefCell::new(Vec::new());
    let snapshot_secs = Cell::new(0.0);
    let mut secs_before = 0.0;
    let mut state = None;
    if let Some(c) = &resumed {
        *frames.borrow_mut() = frames_from_checkpoint(c)?;
        snapshot_secs.set(c.extra["snapshot_secs"].as_f64().unwrap_or(0.0));
        secs_before = c.extra["train_secs"].as_f64().unwrap_or(0.0);
        state = Some(c.state.clone());
    }
    let snapshot = |epoch: usize| -> Result<()> {
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
            &stage.file(&staged_frame(epoch)),
            &meta,
            by_prefix(tensors.into_iter(), "decoder."),
            &map,
        )?;
        let n = plan.points.min(eval.mu.len());
        let mut fr = frames.borrow_mut();
        fr.retain(|f| f.epoch != epoch);
        fr.push(Frame {
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
    if state.is_none() {
        snapshot(0)?;
    }
    let before = snapshot_secs.get();
    let t0 = Instant::now();
    let train_secs = || secs_before + t0.elapsed().as_secs_f64() - (snapshot_secs.get() - before);
    let ckpt_path = stage.checkpoint_path();
    let mut save = |s: &train::LoopState| -> Result<()> {
        let (json, tensors) = frames_to_checkpoint(&frames.borrow())?;
        let extra = serde_json::json!({
            "frames": json,
            "train_secs": train_secs(),
            "snapshot_secs": snapshot_secs.get(),
        });
        crate::checkpoint::write(&ckpt_path, &fp, s, extra, &tensors)?;
        Ok(())
    };
    let mut hook = |epoch: usize, _: &Autoencoder| snapshot(epoch);
    let stop = |steps: usize| run.control.should_stop(steps);
    let interrupted = |e: anyhow::Error| {
        e.context(format!(
            "{model_id}: interrupted; the published files are unchanged and the checkpoint is \
             {}: rerun the same command with --resume to continue",
            ckpt_path.display()
        ))
    };
    let losses = train::train_autoencoder_session(
        &ae,
        &vm,
        &train_t,
        &run.train,
        Some(&mut hook),
        train::Session {
            resume: state,
            stop: &stop,
            checkpoint: Some(&mut save),
        },
    )
    .map_err(|e| {
        if e.is::<train::Interrupted>() {
            interrupted(e)
        } else {
            e
        }
    })?;
    let secs = train_secs();
    let stopped = || -> Result<()> {
        if run.control.stop_requested() {
            return Err(interrupted(
                train::Interrupted {
                    epoch: run.train.epochs,
                    batch: 0,
                }
                .into(),
            ));
        }
        Ok(())
    };
    stopped()?;
    train::round_to_f16(&vm)?;

    let eval = train::evaluate_autoencoder(&ae, &test_t, run.train.seed)?;
    let train_mu = train::encode_means(&ae, &train_t.x)?;
    let bounds = Bounds::from_points(&train_mu, run.bounds_rule)?;
    let grid = Meshgrid::new(bounds, run.grid, run.grid)?;
    let t1 = Instant::now();
    let map = build_class_map(&ae, &clf, grid)?;
    let map_secs = t1.elapsed().as_secs_f64();
    stopped()?;

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

    // ---- stage the outputs -------------------------------------------------------------
    let meta = view_meta(run, &clf_meta, grid, run.train.epochs, metrics.clone());
    let decoder = write::with_dtype(named_tensors(&vm, "decoder."), DType::F16)?;
    let encoder = write::with_dtype(named_tensors(&vm, "encoder."), DType::F16)?;
    let frames = frames.into_inner();
    let mut evolution = None;
    if let Some(plan) = &run.snapshots {
        // the frame folder is named after the frames' bytes: never the folder of the
        // published index (unless the frames are the same), the same for equal runs
        let staged: Vec<Vec<u8>> = frames
            .iter()
            .map(|f| {
                let p = stage.file(&staged_frame(f.epoch));
                std::fs::read(&p).with_context(|| format!("{}: staged frame", p.display()))
            })
            .collect::<Result<_>>()?;
        let run_id = stage::content_id(staged.iter().map(|b| b.as_slice()));
        let frame_file = |epoch| files::evolution_run_frame_file(&run.name, &run_id, epoch);
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
        let bytes = index.to_bytes()?;
        write::atomic_write(&stage.file("evolution.safetensors"), &bytes)?;
        let file = files::evolution_index_file(&run.name);
        let frame_pairs: Vec<(PathBuf, PathBuf)> = index
            .frames
            .iter()
            .map(|f| {
                (
                    stage.file(&staged_frame(f.epoch)),
                    bundle_path(&run.out, &run.dataset, &frame_file(f.epoch)),
                )
            })
            .collect();
        evolution = Some((
            EvolutionEntry {
                index: files::in_dataset(run.dataset.id(), &file),
                index_bytes: bytes.len() as u64,
                epochs: index.meta.epochs.clone(),
            },
            bundle_path(&run.out, &run.dataset, &file),
            frame_pairs,
        ));
    }
    let staged = stage_autoencoder_bundle(
        &stage,
        &run.dataset,
        &run.name,
        &meta,
        (decoder, encoder),
        &map,
        Listing {
            label: run.label.clone(),
            summary: run.summary.clone(),
            evolution: evolution.as_ref().map(|e| e.0.clone()),
        },
    )?;

    // ---- publish: extra files, frames, index, view and encoder, manifest; then tidy ----
    let old = stage::published_entry(&run.out, &model_id)
        .map(|e| stage::referenced_files(&run.out, &e))
        .unwrap_or_default();
    for (src, dst) in &run.also_publish {
        stage::publish_file(src, dst)?;
    }
    let mut evolution_path = None;
    if let Some((entry, index_path, frame_pairs)) = &evolution {
        for (src, dst) in frame_pairs {
            stage::publish_file(src, dst)?;
        }
        stage::publish_file(&stage.file("evolution.safetensors"), index_path)?;
        eprintln!(
            "wrote {} ({} bytes, {} frames)",
            index_path.display(),
            entry.index_bytes,
            frame_pairs.len()
        );
        evolution_path = Some(index_path.clone());
    }
    let (view_path, manifest) = publish_bundle(&run.out, &run.dataset, &run.name, &staged)?;
    eprintln!(
        "wrote {} ({} bytes)",
        view_path.display(),
        staged.entry.view_bytes
    );
    for f in stage::remove_replaced(&run.out, run.dataset.id(), &run.name, &old, &manifest)? {
        eprintln!("removed {f} (of the replaced run)");
    }
    stage.remove()?;
    Ok(AutoencoderReport {
        train_losses: losses,
        metrics,
        view: view_path,
        evolution: evolution_path,
    })
}
