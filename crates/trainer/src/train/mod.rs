//! Seeded training loops and test-set evaluation.

use crate::data::TensorSet;
use anyhow::Result;
use candle_core::{DType, Device, Tensor};
use candle_nn::VarMap;
use indicatif::{MultiProgress, ProgressBar, ProgressStyle};
use latent_core::model::{Autoencoder, Classifier, ClassifierConfig};
use rand::seq::SliceRandom;
use rand::Rng;
use rand_chacha::ChaCha8Rng;

mod eval;

pub use eval::{accuracy, classify, encode_means, evaluate_autoencoder, AutoencoderEval};

/// Training hyper-parameters shared by both models.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    /// Passes over the training set.
    pub epochs: usize,
    /// Images per optimiser step.
    pub batch_size: usize,
    /// Adam learning rate at the start; decays by cosine to `lr/20` over the run.
    pub lr: f64,
    /// Seed of every random choice: initial weights, batch order, reparameterisation noise.
    pub seed: u64,
    /// Draw progress bars (off in tests).
    pub progress: bool,
}

pub use latent_core::train::{rng, seeded_init, Adam, AdamState};

/// Rounds every variable to f16 and back, so that evaluation and the class map use exactly
/// the weights stored in the bundle (f16 storage).
pub fn round_to_f16(vm: &VarMap) -> Result<()> {
    for var in vm.all_vars() {
        var.set(&var.as_tensor().to_dtype(DType::F16)?.to_dtype(DType::F32)?)?;
    }
    Ok(())
}

fn cosine_lr(cfg: &TrainConfig, step: usize, total: usize) -> f64 {
    latent_core::train::cosine_lr(cfg.lr, step, total)
}

fn bars(
    cfg: &TrainConfig,
    what: &str,
    batches: usize,
) -> (MultiProgress, ProgressBar, ProgressBar) {
    let mp = MultiProgress::new();
    if !cfg.progress {
        mp.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let epoch = mp.add(ProgressBar::new(cfg.epochs as u64));
    epoch.set_style(
        ProgressStyle::with_template(&format!(
            "{what} epoch {{pos}}/{{len}} {{bar:30}} {{elapsed}} {{msg}}"
        ))
        .unwrap(),
    );
    let batch = mp.add(ProgressBar::new(batches as u64));
    batch.set_style(
        ProgressStyle::with_template("  batch {pos}/{len} {bar:30} {per_sec} eta {eta} {msg}")
            .unwrap(),
    );
    (mp, epoch, batch)
}

/// Progress bars are hidden when stderr is not a terminal; then print one line per epoch.
fn log_epoch(cfg: &TrainConfig, what: &str, epoch: usize, loss: f64, bar: &ProgressBar) {
    use std::io::IsTerminal;
    if cfg.progress && !std::io::stderr().is_terminal() {
        eprintln!(
            "{what} epoch {epoch}/{}: train loss {loss:.4} ({:.0} s)",
            cfg.epochs,
            bar.elapsed().as_secs_f64()
        );
    }
}

/// Mean loss of each epoch, as recorded during training (training-set figures).
pub type EpochLosses = Vec<f64>;

/// Calls `f(epoch, model)` after each epoch (epoch 1-based); used for snapshots and logging.
pub type EpochHook<'a, M> = &'a mut dyn FnMut(usize, &M) -> Result<()>;

/// Everything the training loop needs to continue exactly where it stopped: weights, Adam
/// moments and step count, the batch order, the position of every random stream and the
/// losses so far.
#[derive(Debug, Clone)]
pub struct LoopState {
    /// Epochs completed.
    pub epoch: usize,
    /// Batches completed of epoch `epoch + 1` (0 at an epoch boundary; then the next epoch
    /// starts by shuffling `order`).
    pub batch: usize,
    /// Sum of the batch losses of epoch `epoch + 1` so far, weighted by batch size.
    pub loss_sum: f64,
    /// Mean loss of each completed epoch.
    pub losses: EpochLosses,
    /// The batch order (a permutation of the training rows; each epoch reshuffles it).
    pub order: Vec<u32>,
    /// Word position of the batch-order stream.
    pub order_rng: u128,
    /// Word position of the model's stream (reparameterisation noise or dropout masks).
    pub model_rng: u128,
    /// Optimiser and weights.
    pub adam: AdamState,
}

/// Why training returned early: a stop was requested (SIGINT, SIGTERM, or a test's step
/// limit). The checkpoint was written first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interrupted {
    /// Epochs completed.
    pub epoch: usize,
    /// Batches completed of the next epoch.
    pub batch: usize,
}

impl std::fmt::Display for Interrupted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "stopped after {} epoch{} and {} batch{}",
            self.epoch,
            if self.epoch == 1 { "" } else { "s" },
            self.batch,
            if self.batch == 1 { "" } else { "es" }
        )
    }
}

impl std::error::Error for Interrupted {}

/// Writes a checkpoint of the given state.
pub type CheckpointFn<'a> = &'a mut dyn FnMut(&LoopState) -> Result<()>;

/// How a training run is resumed, stopped and checkpointed.
pub struct Session<'a> {
    /// The state to continue from; `None` starts from the initialised weights.
    pub resume: Option<LoopState>,
    /// Asked at every batch boundary with the optimiser steps done: `true` stops the run
    /// (after writing a checkpoint).
    pub stop: &'a dyn Fn(usize) -> bool,
    /// Writes a checkpoint: called after every epoch and when stopping.
    pub checkpoint: Option<CheckpointFn<'a>>,
}

impl Session<'_> {
    /// A run from the start that is never stopped or checkpointed.
    pub fn plain() -> Session<'static> {
        Session {
            resume: None,
            stop: &|_| false,
            checkpoint: None,
        }
    }
}

/// Leaves the cores to rayon's pool alone. Candle runs its element-wise ops on large tensors
/// (in training: the gradient sums of its backward pass) on a pool of its own, `candle-bp-*`
/// threads (as many as rayon's, less one) that spin for a while after each op; on a 2-core
/// machine they took a core from rayon's threads, and a two-thread training step was slower
/// than a one-thread one. With `CANDLE_NUM_THREADS=1`, set here unless already set, that pool
/// has no threads and those ops run on the calling thread; the matrix products and the fused
/// ops (`latent_core`'s dense, loss and Adam) use rayon's pool.
///
/// Call first thing in `main`, before any other thread exists: it sets an environment variable.
pub fn one_pool() {
    if std::env::var_os("CANDLE_NUM_THREADS").is_none() {
        std::env::set_var("CANDLE_NUM_THREADS", "1");
    }
}

/// Runs `f` on a thread of rayon's pool when it has more than one: the work an op splits then
/// runs on this thread and the pool's others, instead of on the pool's threads while the calling
/// thread waits (one thread more than cores on a 2-core machine, and a wake-up per op).
fn on_pool<R: Send>(f: impl FnOnce() -> R + Send) -> R {
    if rayon::current_num_threads() > 1 {
        rayon::scope(|_| f())
    } else {
        f()
    }
}

/// The loop shared by both models: Adam (no weight decay) with cosine learning-rate decay over
/// seeded mini-batches (shuffled by stream `streams.0` of `cfg.seed`). `loss_of(ids, rng)`
/// gets the batch's row indices (u32 `[b]`) and the model's random stream (stream
/// `streams.1`) and returns the batch's mean loss (a scalar); after each epoch
/// `after_epoch(epoch)` runs (1-based), then the checkpoint is written. Returns the mean loss
/// of each epoch, or [`Interrupted`] when `session.stop` asked to stop.
#[allow(clippy::too_many_arguments)]
fn train_loop(
    vm: &VarMap,
    n: usize,
    device: &Device,
    cfg: &TrainConfig,
    what: &str,
    streams: (u64, u64),
    mut session: Session<'_>,
    mut loss_of: impl FnMut(&Tensor, &mut ChaCha8Rng) -> Result<Tensor> + Send,
    mut after_epoch: impl FnMut(usize) -> Result<()>,
) -> Result<EpochLosses> {
    let batches = n.div_ceil(cfg.batch_size);
    let mut opt = Adam::new(vm, latent_core::train::adam_params(cfg.lr))?;
    let mut order_rng = rng(cfg.seed, streams.0);
    let mut model_rng = rng(cfg.seed, streams.1);
    let mut idx: Vec<u32> = (0..n as u32).collect();
    let mut losses = Vec::new();
    let (mut start, mut skip, mut resumed_sum) = (0, 0, 0.0);
    if let Some(s) = session.resume.take() {
        if s.order.len() != n || s.epoch > cfg.epochs || s.batch >= batches.max(1) {
            anyhow::bail!(
                "the checkpoint is of another run: {} training images, epoch {} batch {}, \
                 but this run has {n} images, {} epochs of {batches} batches",
                s.order.len(),
                s.epoch,
                s.batch,
                cfg.epochs
            );
        }
        opt.restore(&s.adam)?;
        order_rng.set_word_pos(s.order_rng);
        model_rng.set_word_pos(s.model_rng);
        (idx, losses) = (s.order, s.losses);
        (start, skip, resumed_sum) = (s.epoch, s.batch, s.loss_sum);
    }
    // the state now, as a checkpoint holds it
    macro_rules! capture {
        ($epoch:expr, $batch:expr, $sum:expr) => {
            LoopState {
                epoch: $epoch,
                batch: $batch,
                loss_sum: $sum,
                losses: losses.clone(),
                order: idx.clone(),
                order_rng: order_rng.get_word_pos(),
                model_rng: model_rng.get_word_pos(),
                adam: opt.state()?,
            }
        };
    }
    if skip == 0 && start < cfg.epochs && (session.stop)(opt.steps()) {
        if let Some(save) = session.checkpoint.as_mut() {
            save(&capture!(start, 0, 0.0))?;
        }
        return Err(Interrupted {
            epoch: start,
            batch: 0,
        }
        .into());
    }
    let (_mp, ebar, bbar) = bars(cfg, what, batches);
    ebar.set_position(start as u64);
    for epoch in start..cfg.epochs {
        let first = if epoch == start { skip } else { 0 };
        let mut sum = 0.0;
        if first == 0 {
            idx.shuffle(&mut order_rng);
        } else {
            sum = resumed_sum;
        }
        bbar.reset();
        bbar.set_position(first as u64);
        for (b, chunk) in idx.chunks(cfg.batch_size).enumerate().skip(first) {
            opt.set_learning_rate(cosine_lr(cfg, epoch * batches + b, cfg.epochs * batches));
            let ids = Tensor::from_slice(chunk, chunk.len(), device)?;
            let loss = on_pool(|| -> Result<Tensor> {
                let loss = loss_of(&ids, &mut model_rng)?;
                opt.backward_step(&loss)?;
                Ok(loss)
            })?;
            sum += loss.to_scalar::<f32>()? as f64 * chunk.len() as f64;
            bbar.inc(1);
            if b % 20 == 0 {
                let seen = (b * cfg.batch_size + chunk.len()) as f64;
                bbar.set_message(format!("loss {:.4} nats/image", sum / seen));
            }
            // a stop at the last batch waits for the epoch's end (snapshot, checkpoint)
            if b + 1 < batches && (session.stop)(opt.steps()) {
                if let Some(save) = session.checkpoint.as_mut() {
                    save(&capture!(epoch, b + 1, sum))?;
                }
                return Err(Interrupted {
                    epoch,
                    batch: b + 1,
                }
                .into());
            }
        }
        let mean = sum / n as f64;
        losses.push(mean);
        ebar.inc(1);
        ebar.set_message(format!("train loss {mean:.4} nats/image"));
        log_epoch(cfg, what, epoch + 1, mean, &ebar);
        after_epoch(epoch + 1)?;
        if let Some(save) = session.checkpoint.as_mut() {
            save(&capture!(epoch + 1, 0, 0.0))?;
        }
        if epoch + 1 < cfg.epochs && (session.stop)(opt.steps()) {
            return Err(Interrupted {
                epoch: epoch + 1,
                batch: 0,
            }
            .into());
        }
    }
    ebar.finish();
    bbar.finish_and_clear();
    Ok(losses)
}

/// Trains `ae` on `train` with Adam (no weight decay), minimising reconstruction + β·KL per
/// image. Returns the mean training objective of each epoch, nats/image.
pub fn train_autoencoder(
    ae: &Autoencoder,
    vm: &VarMap,
    train: &TensorSet,
    cfg: &TrainConfig,
    hook: Option<EpochHook<'_, Autoencoder>>,
) -> Result<EpochLosses> {
    train_autoencoder_session(ae, vm, train, cfg, hook, Session::plain())
}

/// [`train_autoencoder`] that can be resumed, stopped and checkpointed ([`Session`]).
pub fn train_autoencoder_session(
    ae: &Autoencoder,
    vm: &VarMap,
    train: &TensorSet,
    cfg: &TrainConfig,
    mut hook: Option<EpochHook<'_, Autoencoder>>,
    session: Session<'_>,
) -> Result<EpochLosses> {
    let dev = train.x.device();
    // the step's objective is latent-core's, shared with the browser's training worker
    let loss_of = |ids: &Tensor, noise_rng: &mut ChaCha8Rng| -> Result<Tensor> {
        let x = train.x.index_select(ids, 0)?;
        Ok(latent_core::train::autoencoder_objective(
            ae, &x, noise_rng,
        )?)
    };
    let after_epoch = |epoch: usize| match hook.as_mut() {
        Some(h) => h(epoch, ae),
        None => Ok(()),
    };
    train_loop(
        vm,
        train.len(),
        dev,
        cfg,
        "autoencoder",
        (
            latent_core::train::ORDER_STREAM,
            latent_core::train::NOISE_STREAM,
        ),
        session,
        loss_of,
        after_epoch,
    )
}

/// Trains the classifier with softmax cross-entropy and Adam. Returns the mean training loss
/// of each epoch, nats/image.
pub fn train_classifier(
    clf: &Classifier,
    clf_cfg: &ClassifierConfig,
    vm: &VarMap,
    train: &TensorSet,
    cfg: &TrainConfig,
) -> Result<EpochLosses> {
    train_classifier_session(clf, clf_cfg, vm, train, cfg, Session::plain())
}

/// [`train_classifier`] that can be resumed, stopped and checkpointed ([`Session`]).
pub fn train_classifier_session(
    clf: &Classifier,
    clf_cfg: &ClassifierConfig,
    vm: &VarMap,
    train: &TensorSet,
    cfg: &TrainConfig,
    session: Session<'_>,
) -> Result<EpochLosses> {
    let [p_conv, p_fc] = clf_cfg.dropout;
    let dev = train.x.device();
    let loss_of = |ids: &Tensor, drop_rng: &mut ChaCha8Rng| -> Result<Tensor> {
        let x = train.x.index_select(ids, 0)?;
        let y = train.y.index_select(ids, 0)?;
        let (conv, fc) = Classifier::dropout_sizes(clf_cfg, ids.dim(0)?);
        let m1 = dropout_mask(drop_rng, p_conv, conv, dev)?;
        let m2 = dropout_mask(drop_rng, p_fc, fc, dev)?;
        Ok(candle_nn::loss::cross_entropy(
            &clf.forward_t(&x, Some((&m1, &m2)))?,
            &y,
        )?)
    };
    train_loop(
        vm,
        train.len(),
        dev,
        cfg,
        "classifier",
        (5, 6),
        session,
        loss_of,
        |_| Ok(()),
    )
}

/// An inverted-dropout mask: each entry `1/(1−p)` with probability `1−p`, else 0.
fn dropout_mask(r: &mut ChaCha8Rng, p: f32, shape: (usize, usize), dev: &Device) -> Result<Tensor> {
    let keep = 1.0 / (1.0 - p);
    let v: Vec<f32> = (0..shape.0 * shape.1)
        .map(|_| if r.random::<f32>() < p { 0.0 } else { keep })
        .collect();
    Ok(Tensor::from_vec(v, shape, dev)?)
}

/// The CPU device (the trainer runs on the CPU).
pub fn device() -> Device {
    Device::Cpu
}
