//! Resuming an interrupted autoencoder run: the fingerprint that decides whether a checkpoint
//! belongs to the run, and the training-evolution snapshots as a checkpoint holds them.

use super::AutoencoderRun;
use anyhow::Result;
use candle_core::{Device, Tensor};
use latent_core::bundle::evolution::Frame;
use latent_core::bundle::files;
use latent_core::latent_map::{Bounds, Meshgrid};

/// What decides a run's result: a checkpoint resumes only a run with the same fingerprint.
pub(super) fn fingerprint(run: &AutoencoderRun) -> String {
    serde_json::json!({
        "run": "autoencoder",
        "model": files::model_id(run.dataset.id(), &run.name),
        "data": run.dataset.dir().display().to_string(),
        "config": run.config,
        "epochs": run.train.epochs,
        "batch_size": run.train.batch_size,
        "lr": run.train.lr,
        "seed": run.train.seed,
        "limit": run.limit,
        "classifier": run.classifier.display().to_string(),
        "snapshots": run.snapshots.as_ref().map(|p| (&p.epochs, p.grid, p.points)),
    })
    .to_string()
}

/// The snapshot records of a checkpoint: JSON (epoch, loss bits, grid) and tensors.
pub(super) fn frames_to_checkpoint(
    frames: &[Frame],
) -> Result<(serde_json::Value, Vec<(String, Tensor)>)> {
    let dev = Device::Cpu;
    let mut json = Vec::new();
    let mut t = Vec::new();
    for (i, f) in frames.iter().enumerate() {
        let g = f.map.grid;
        json.push(serde_json::json!({
            "epoch": f.epoch,
            "test_loss": f.test_loss.to_bits(),
            "width": g.width,
            "height": g.height,
        }));
        let b = g.bounds;
        t.push((
            format!("frame.{i}.bounds"),
            Tensor::new(&[b.min[0], b.min[1], b.max[0], b.max[1]], &dev)?,
        ));
        t.push((
            format!("frame.{i}.class"),
            Tensor::from_slice(&f.map.class, f.map.class.len(), &dev)?,
        ));
        t.push((
            format!("frame.{i}.confidence"),
            Tensor::from_slice(&f.map.confidence, f.map.confidence.len(), &dev)?,
        ));
        let p: Vec<f32> = f.points.iter().flatten().copied().collect();
        t.push((
            format!("frame.{i}.points"),
            Tensor::from_vec(p, (f.points.len(), 2), &dev)?,
        ));
    }
    Ok((serde_json::Value::Array(json), t))
}

/// The snapshot records written by [`frames_to_checkpoint`].
pub(super) fn frames_from_checkpoint(c: &crate::checkpoint::Checkpoint) -> Result<Vec<Frame>> {
    use anyhow::Context;
    let list = c.extra["frames"].as_array().cloned().unwrap_or_default();
    let mut frames = Vec::new();
    for (i, f) in list.iter().enumerate() {
        let get = |k: &str| {
            c.tensors
                .get(&format!("frame.{i}.{k}"))
                .with_context(|| format!("checkpoint: snapshot {i} has no `{k}`"))
        };
        let num = |k: &str| {
            f[k].as_u64()
                .with_context(|| format!("checkpoint: snapshot {i} has no `{k}`"))
        };
        let b = get("bounds")?.to_vec1::<f32>()?;
        let grid = Meshgrid::new(
            Bounds {
                min: [b[0], b[1]],
                max: [b[2], b[3]],
            },
            num("width")? as usize,
            num("height")? as usize,
        )?;
        let map = latent_core::latent_map::ClassMap::new(
            grid,
            get("class")?.to_vec1::<u8>()?,
            get("confidence")?.to_vec1::<u8>()?,
        )?;
        frames.push(Frame {
            epoch: num("epoch")? as usize,
            test_loss: f64::from_bits(num("test_loss")?),
            map,
            points: get("points")?
                .to_vec2::<f32>()?
                .into_iter()
                .map(|p| [p[0], p[1]])
                .collect(),
        });
    }
    Ok(frames)
}
