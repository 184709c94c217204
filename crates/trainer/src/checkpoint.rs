//! Checkpoints: everything a stopped run needs to continue to the same weights, bit for bit.
//!
//! A checkpoint is one safetensors file, written atomically after every epoch and when a run
//! is stopped (`<out>/.staging/<model>/checkpoint.safetensors`, see [`crate::stage`]):
//!
//! * tensors `weight.<var>`, `adam.m.<var>`, `adam.v.<var>` (f32: the weights and Adam's
//!   moments, exactly as in memory), `order` (u32: the batch order, which each epoch
//!   reshuffles), and the run's own tensors under `extra.` (e.g. the snapshot records);
//! * JSON under the key [`CHECKPOINT_KEY`]: the run's fingerprint (a checkpoint resumes only
//!   the run it was written by), the epoch and batch reached, Adam's step count, the word
//!   positions of the random streams (ChaCha8: batch order, and noise or dropout), the losses
//!   so far (f64 bit patterns, so they survive JSON exactly), and the run's own JSON.

use crate::train::{AdamState, LoopState};
use anyhow::{bail, Context, Result};
use candle_core::{DType, Tensor};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::Path;

/// Key of the checkpoint's JSON in the safetensors `__metadata__`.
pub const CHECKPOINT_KEY: &str = "latent_trainer_checkpoint";
/// Version of the checkpoint layout; another version is refused.
pub const CHECKPOINT_VERSION: u32 = 1;

/// A decoded checkpoint.
#[derive(Debug, Clone)]
pub struct Checkpoint {
    /// What the run was (model, data, options); see [`Checkpoint::check`].
    pub fingerprint: String,
    /// The training loop's state (weights and Adam moments included).
    pub state: LoopState,
    /// The run's own JSON (e.g. the snapshot records and the seconds spent so far).
    pub extra: serde_json::Value,
    /// The run's own tensors, by name (without the `extra.` prefix).
    pub tensors: HashMap<String, Tensor>,
}

#[derive(Serialize, Deserialize)]
struct Header {
    version: u32,
    fingerprint: String,
    epoch: usize,
    batch: usize,
    loss_sum: u64,
    losses: Vec<u64>,
    order_rng: String,
    model_rng: String,
    step: usize,
    vars: Vec<String>,
    extra: serde_json::Value,
}

/// Serialises a checkpoint.
///
/// # Errors
/// Candle or safetensors errors.
pub fn to_bytes(
    fingerprint: &str,
    state: &LoopState,
    extra: serde_json::Value,
    tensors: &[(String, Tensor)],
) -> Result<Vec<u8>> {
    let header = Header {
        version: CHECKPOINT_VERSION,
        fingerprint: fingerprint.into(),
        epoch: state.epoch,
        batch: state.batch,
        loss_sum: state.loss_sum.to_bits(),
        losses: state.losses.iter().map(|l| l.to_bits()).collect(),
        order_rng: state.order_rng.to_string(),
        model_rng: state.model_rng.to_string(),
        step: state.adam.step,
        vars: state.adam.vars.iter().map(|v| v.0.clone()).collect(),
        extra,
    };
    let mut all: Vec<(String, Tensor)> = Vec::new();
    for (name, w, m, v) in &state.adam.vars {
        all.push((format!("weight.{name}"), w.clone()));
        all.push((format!("adam.m.{name}"), m.clone()));
        all.push((format!("adam.v.{name}"), v.clone()));
    }
    let n = state.order.len();
    all.push((
        "order".into(),
        Tensor::from_slice(&state.order, n, &candle_core::Device::Cpu)?,
    ));
    for (k, t) in tensors {
        all.push((format!("extra.{k}"), t.clone()));
    }
    let info = HashMap::from([(CHECKPOINT_KEY.to_string(), serde_json::to_string(&header)?)]);
    let data: Vec<(&str, &Tensor)> = all.iter().map(|(k, t)| (k.as_str(), t)).collect();
    Ok(safetensors::serialize(data, Some(info))?)
}

/// Decodes a checkpoint; `name` is used in errors.
///
/// # Errors
/// Names the file when it is not a checkpoint of this version or is incomplete.
pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Checkpoint> {
    let (_, meta) = safetensors::SafeTensors::read_metadata(bytes)
        .with_context(|| format!("{name}: not a valid checkpoint file"))?;
    let json = meta
        .metadata()
        .as_ref()
        .and_then(|m| m.get(CHECKPOINT_KEY))
        .with_context(|| format!("{name}: no `{CHECKPOINT_KEY}` metadata: not a checkpoint"))?;
    let h: Header =
        serde_json::from_str(json).with_context(|| format!("{name}: checkpoint metadata"))?;
    if h.version != CHECKPOINT_VERSION {
        bail!(
            "{name}: checkpoint version {} but this trainer reads version {CHECKPOINT_VERSION}",
            h.version
        );
    }
    let mut t = latent_core::bundle::candle::read_tensors(bytes, name)?;
    let mut take = |key: String| {
        t.remove(&key)
            .with_context(|| format!("{name}: tensor `{key}` is missing"))
    };
    let mut vars = Vec::new();
    for v in &h.vars {
        vars.push((
            v.clone(),
            take(format!("weight.{v}"))?,
            take(format!("adam.m.{v}"))?,
            take(format!("adam.v.{v}"))?,
        ));
    }
    let order = take("order".into())?;
    if order.dtype() != DType::U32 {
        bail!("{name}: `order` is {:?}, expected u32", order.dtype());
    }
    let pos = |s: &str| -> Result<u128> {
        s.parse()
            .with_context(|| format!("{name}: random stream position `{s}`"))
    };
    let state = LoopState {
        epoch: h.epoch,
        batch: h.batch,
        loss_sum: f64::from_bits(h.loss_sum),
        losses: h.losses.iter().map(|&b| f64::from_bits(b)).collect(),
        order: order.to_vec1::<u32>()?,
        order_rng: pos(&h.order_rng)?,
        model_rng: pos(&h.model_rng)?,
        adam: AdamState { step: h.step, vars },
    };
    let tensors = t
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix("extra.").map(|k| (k.to_string(), v)))
        .collect();
    Ok(Checkpoint {
        fingerprint: h.fingerprint,
        state,
        extra: h.extra,
        tensors,
    })
}

/// Writes a checkpoint to `path` atomically; returns its size in bytes.
///
/// # Errors
/// As [`to_bytes`], or an I/O error naming the file.
pub fn write(
    path: &Path,
    fingerprint: &str,
    state: &LoopState,
    extra: serde_json::Value,
    tensors: &[(String, Tensor)],
) -> Result<u64> {
    let bytes = to_bytes(fingerprint, state, extra, tensors)?;
    latent_core::bundle::write::atomic_write(path, &bytes)?;
    Ok(bytes.len() as u64)
}

/// Reads the checkpoint at `path`.
///
/// # Errors
/// An I/O error or [`from_bytes`]'s, naming the file.
pub fn read(path: &Path) -> Result<Checkpoint> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).with_context(|| format!("{name}: cannot read"))?;
    from_bytes(&bytes, &name)
}

impl Checkpoint {
    /// Refuses a checkpoint written by another run: the fingerprints (model, data, options)
    /// must be equal, or the resumed run could not end where the uninterrupted one would.
    ///
    /// # Errors
    /// Names both fingerprints.
    pub fn check(&self, fingerprint: &str, path: &Path) -> Result<()> {
        if self.fingerprint != fingerprint {
            bail!(
                "{}: this checkpoint is of another run and cannot be resumed with these \
                 options;\n  checkpoint: {}\n  this run:   {fingerprint}\nrerun with the \
                 checkpoint's options, or delete {} to start over",
                path.display(),
                self.fingerprint,
                path.parent().unwrap_or(path).display()
            );
        }
        Ok(())
    }
}
