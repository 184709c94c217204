//! Training evolution: snapshots of a model's latent space taken during training.
//!
//! A run with snapshots writes, beside its bundle `<dataset>/<model>.safetensors`:
//!
//! * the **evolution index** `<dataset>/<model>.evolution.safetensors`, fetched when the
//!   evolution view opens, holding every snapshot's class map, bounds and encoded test points
//!   (enough to play the whole animation without a decoder):
//!   `evolution.class` u8 `[F, H, W]`, `evolution.confidence` u8 `[F, H, W]`
//!   (`round(p · 255)`), `evolution.bounds` f32 `[F, 2, 2]` (`[[min z₁, min z₂], [max z₁,
//!   max z₂]]`, latent units), `evolution.points` f32 `[F, N, 2]` (posterior means μ of a fixed
//!   subset of N test images, latent units), `evolution.labels` u8 `[N]`, and
//!   [`EvolutionMeta`] as JSON under the key [`EVOLUTION_META_KEY`];
//! * one **frame view file** per snapshot, `<dataset>/<model>.evolution/epoch-NNNN.safetensors`:
//!   an ordinary view file ([`crate::bundle::candle::ViewBundle`]) with that epoch's decoder and map,
//!   fetched on demand when the visitor decodes at that epoch.
//!
//! Bounds are **per epoch**: each snapshot's meshgrid covers that epoch's encoded training set
//! under the run's bounds rule, so the axes are redrawn from frame to frame (an unbounded
//! latent grows by an order of magnitude during training; fixed final bounds would show the
//! early epochs as a dot). Class colours come from [`crate::palette`] by class id, so a class
//! has the same colour in every frame.

use crate::latent_map::{Bounds, ClassMap, Meshgrid};
use crate::{Error, Result};
#[cfg(feature = "candle")]
use candle_core::{Device, Tensor};
use serde::{Deserialize, Serialize};
#[cfg(feature = "candle")]
use std::collections::HashMap;

/// Key of the [`EvolutionMeta`] JSON inside the index file's safetensors `__metadata__`.
pub const EVOLUTION_META_KEY: &str = "latent_explorer_evolution";

/// How bounds behave across snapshots, as stated in the index and shown in the app.
pub const BOUNDS_POLICY: &str = "per-epoch";

/// The default snapshot schedule for a run of `epochs` epochs: epochs 0 (before training),
/// 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, … (every epoch early on, then roughly ×1.5
/// apart), and always the last epoch.
pub fn default_schedule(epochs: usize) -> Vec<usize> {
    let mut s = vec![0, 1, 2, 3, 4];
    let mut a = 6;
    let mut b = 8;
    loop {
        if a >= epochs {
            break;
        }
        s.push(a);
        if b >= epochs {
            break;
        }
        s.push(b);
        a *= 2;
        b *= 2;
    }
    s.retain(|&e| e <= epochs);
    if s.last() != Some(&epochs) {
        s.push(epochs);
    }
    s
}

/// Metadata of an evolution index.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvolutionMeta {
    /// Bundle format version ([`crate::bundle::FORMAT_VERSION`]).
    pub format_version: u32,
    /// Model id, e.g. `mnist-vae`.
    pub model: String,
    /// Dataset id.
    pub dataset: String,
    /// Class names, indexed by class id.
    pub class_names: Vec<String>,
    /// Epoch of each frame, ascending; 0 is the untrained model.
    pub epochs: Vec<usize>,
    /// Test-set loss of each frame, nats/image: −ELBO for a VAE, the reconstruction
    /// cross-entropy otherwise (see `loss_name`).
    pub test_loss_nats: Vec<f64>,
    /// What `test_loss_nats` measures, e.g. `−ELBO` or `reconstruction (BCE)`.
    pub loss_name: String,
    /// Map cells per side (width, height) of every frame.
    pub grid: [usize; 2],
    /// [`BOUNDS_POLICY`].
    pub bounds_policy: String,
    /// Number of test images whose encodings are stored (the first N of the test set).
    pub points: usize,
    /// Frame view files, relative to the manifest, one per epoch.
    pub frames: Vec<String>,
    /// The exact command line of the training run.
    pub command: String,
}

/// One snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Epoch (0 = before training).
    pub epoch: usize,
    /// Test loss, nats/image (see [`EvolutionMeta::loss_name`]).
    pub test_loss: f64,
    /// The class map over that epoch's meshgrid.
    pub map: ClassMap,
    /// Encoded test points μ, latent units, one per stored test image.
    pub points: Vec<[f32; 2]>,
}

/// A decoded evolution index.
#[derive(Debug, Clone, PartialEq)]
pub struct Evolution {
    /// Metadata.
    pub meta: EvolutionMeta,
    /// Frames in epoch order.
    pub frames: Vec<Frame>,
    /// Labels of the stored test images, `N`.
    pub labels: Vec<u8>,
}

fn err(name: &str, what: impl std::fmt::Display) -> Error {
    Error::Bundle {
        name: name.into(),
        what: what.to_string(),
    }
}

impl Evolution {
    /// Serialises to safetensors bytes (the index file).
    ///
    /// # Errors
    /// [`Error::Invalid`] if frames disagree in grid size or point count, or a test loss is
    /// not finite; [`Error::Bundle`] naming the tensor if a bound or point is not finite.
    #[cfg(feature = "candle")]
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        let dev = Device::Cpu;
        let f = self.frames.len();
        let [w, h] = self.meta.grid;
        let n = self.labels.len();
        let mut class = Vec::with_capacity(f * w * h);
        let mut conf = Vec::with_capacity(f * w * h);
        let mut bounds = Vec::with_capacity(f * 4);
        let mut points: Vec<f32> = Vec::with_capacity(f * n * 2);
        for fr in &self.frames {
            if fr.map.grid.width != w || fr.map.grid.height != h || fr.points.len() != n {
                return Err(Error::Invalid(format!(
                    "evolution frame of epoch {} has a {}×{} map and {} points, expected {w}×{h} and {n}",
                    fr.epoch,
                    fr.map.grid.width,
                    fr.map.grid.height,
                    fr.points.len()
                )));
            }
            class.extend_from_slice(&fr.map.class);
            conf.extend_from_slice(&fr.map.confidence);
            let b = fr.map.grid.bounds;
            bounds.extend_from_slice(&[b.min[0], b.min[1], b.max[0], b.max[1]]);
            points.extend(fr.points.iter().flatten());
        }
        let tensors = [
            ("evolution.class", Tensor::from_vec(class, (f, h, w), &dev)?),
            (
                "evolution.confidence",
                Tensor::from_vec(conf, (f, h, w), &dev)?,
            ),
            (
                "evolution.bounds",
                Tensor::from_vec(bounds, (f, 2, 2), &dev)?,
            ),
            (
                "evolution.points",
                Tensor::from_vec(points, (f, n, 2), &dev)?,
            ),
            (
                "evolution.labels",
                Tensor::from_slice(&self.labels, n, &dev)?,
            ),
        ];
        if let Some((i, l)) = self
            .meta
            .test_loss_nats
            .iter()
            .enumerate()
            .find(|(_, l)| !l.is_finite())
        {
            return Err(Error::Invalid(format!(
                "evolution of {}: the test loss of frame {i} is {l}, not a finite number",
                self.meta.model
            )));
        }
        for (k, t) in &tensors {
            crate::bundle::candle::check_finite(t, k, &self.meta.model)?;
        }
        let json = serde_json::to_string(&self.meta).map_err(|e| Error::Invalid(e.to_string()))?;
        let info = HashMap::from([(EVOLUTION_META_KEY.to_string(), json)]);
        crate::bundle::layout::serialize(
            tensors.iter().map(|(k, t)| (k.to_string(), t)).collect(),
            Some(info),
        )
    }

    /// Parses an index file from memory.
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is truncated or corrupt, has no evolution
    /// metadata or another format version, lacks a tensor, or a shape disagrees with the
    /// metadata.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Self> {
        let meta: EvolutionMeta =
            crate::bundle::read_header_json(bytes, name, EVOLUTION_META_KEY, "an evolution index")?;
        let t = crate::bundle::inference::Arrays::read(bytes, name)?;
        let f = meta.epochs.len();
        let [w, h] = meta.grid;
        let n = meta.points;
        if meta.test_loss_nats.len() != f || meta.frames.len() != f || f == 0 {
            return Err(err(
                name,
                format!(
                    "{} epochs, {} losses and {} frame files: expected the same non-zero count",
                    f,
                    meta.test_loss_nats.len(),
                    meta.frames.len()
                ),
            ));
        }
        let class = t.u8s("evolution.class", &[f, h, w])?;
        let conf = t.u8s("evolution.confidence", &[f, h, w])?;
        let bounds = t.f32s("evolution.bounds", &[f, 2, 2])?;
        let points = t.f32s("evolution.points", &[f, n, 2])?;
        let labels = t.u8s("evolution.labels", &[n])?;
        let k = meta.class_names.len();
        if let Some(c) = class.iter().chain(&labels).find(|&&c| c as usize >= k) {
            return Err(err(name, format!("holds class {c} but only {k} names")));
        }
        let cells = w * h;
        let mut frames = Vec::with_capacity(f);
        for i in 0..f {
            let b = &bounds[i * 4..i * 4 + 4];
            let grid = Meshgrid::new(
                Bounds {
                    min: [b[0], b[1]],
                    max: [b[2], b[3]],
                },
                w,
                h,
            )
            .map_err(|e| err(name, format!("frame {i} (epoch {}): {e}", meta.epochs[i])))?;
            let map = ClassMap::new(
                grid,
                class[i * cells..(i + 1) * cells].to_vec(),
                conf[i * cells..(i + 1) * cells].to_vec(),
            )?;
            frames.push(Frame {
                epoch: meta.epochs[i],
                test_loss: meta.test_loss_nats[i],
                map,
                points: points[i * n * 2..(i + 1) * n * 2]
                    .chunks_exact(2)
                    .map(|p| [p[0], p[1]])
                    .collect(),
            });
        }
        Ok(Self {
            meta,
            frames,
            labels,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_is_dense_early_then_spaced() {
        assert_eq!(default_schedule(20), vec![0, 1, 2, 3, 4, 6, 8, 12, 16, 20]);
        assert_eq!(
            default_schedule(64),
            vec![0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64]
        );
        assert_eq!(default_schedule(3), vec![0, 1, 2, 3]);
        assert_eq!(default_schedule(7), vec![0, 1, 2, 3, 4, 6, 7]);
    }

    fn sample() -> Evolution {
        let frames = (0..3)
            .map(|i| {
                let g = Meshgrid::new(
                    Bounds {
                        min: [-1.0 - i as f32, -2.0],
                        max: [1.0, 2.0 + i as f32],
                    },
                    3,
                    2,
                )
                .unwrap();
                Frame {
                    epoch: [0, 1, 4][i],
                    test_loss: 500.0 - 100.0 * i as f64,
                    map: ClassMap::new(g, vec![i as u8; 6], vec![200; 6]).unwrap(),
                    points: vec![[i as f32, 0.5], [-1.0, 2.0 * i as f32]],
                }
            })
            .collect::<Vec<_>>();
        Evolution {
            meta: EvolutionMeta {
                format_version: crate::bundle::FORMAT_VERSION,
                model: "t-vae".into(),
                dataset: "t".into(),
                class_names: vec!["a".into(), "b".into(), "c".into()],
                epochs: vec![0, 1, 4],
                test_loss_nats: frames.iter().map(|f| f.test_loss).collect(),
                loss_name: "−ELBO".into(),
                grid: [3, 2],
                bounds_policy: BOUNDS_POLICY.into(),
                points: 2,
                frames: vec!["a".into(), "b".into(), "c".into()],
                command: "x".into(),
            },
            frames,
            labels: vec![2, 0],
        }
    }

    #[test]
    fn round_trip_and_errors() {
        let e = sample();
        let bytes = e.to_bytes().unwrap();
        let back = Evolution::from_bytes(&bytes, "evo").unwrap();
        assert_eq!(back, e);
        assert_eq!(back.frames[2].map.grid.bounds.min, [-3.0, -2.0]);
        assert_eq!(back.frames[1].points[1], [-1.0, 2.0]);
        let msg = Evolution::from_bytes(&bytes[..bytes.len() - 3], "cut.evo")
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("cut.evo") && msg.contains("not a valid safetensors"),
            "{msg}"
        );
        let mut bad = sample();
        bad.meta.class_names.truncate(2);
        let msg = Evolution::from_bytes(&bad.to_bytes().unwrap(), "k2")
            .unwrap_err()
            .to_string();
        assert!(msg.contains("holds class 2 but only 2 names"), "{msg}");
        let mut bad = sample();
        bad.meta.points = 3;
        let msg = Evolution::from_bytes(
            &{
                let mut b2 = sample();
                b2.meta.points = 2;
                let bytes = b2.to_bytes().unwrap();
                // rewrite the metadata only: same tensors, N claimed 3
                let t: Vec<(String, Tensor)> = crate::bundle::candle::read_tensors(&bytes, "x")
                    .unwrap()
                    .into_iter()
                    .collect();
                let json = serde_json::to_string(&bad.meta).unwrap();
                safetensors::serialize(
                    t.iter().map(|(k, v)| (k.as_str(), v)),
                    Some(HashMap::from([(EVOLUTION_META_KEY.to_string(), json)])),
                )
                .unwrap()
            },
            "n3",
        )
        .unwrap_err()
        .to_string();
        assert!(
            msg.contains("n3") && msg.contains("evolution.points"),
            "{msg}"
        );
        // non-finite numbers: refused when written, and when read (naming the tensor)
        let mut nan = sample();
        nan.frames[1].points[0][1] = f32::NAN;
        let msg = nan.to_bytes().unwrap_err().to_string();
        assert!(msg.contains("evolution.points"), "{msg}");
        let mut inf = sample();
        inf.meta.test_loss_nats[2] = f64::INFINITY;
        let msg = inf.to_bytes().unwrap_err().to_string();
        assert!(msg.contains("test loss of frame 2 is inf"), "{msg}");
        let t: Vec<(String, Tensor)> = crate::bundle::candle::read_tensors(&bytes, "x")
            .unwrap()
            .into_iter()
            .map(|(k, v)| {
                if k == "evolution.points" {
                    let v = (v.clone() / 0.0).unwrap();
                    (k, v)
                } else {
                    (k, v)
                }
            })
            .collect();
        let json = serde_json::to_string(&e.meta).unwrap();
        let nan_bytes = crate::bundle::layout::serialize(
            t,
            Some(HashMap::from([(EVOLUTION_META_KEY.to_string(), json)])),
        )
        .unwrap();
        let msg = Evolution::from_bytes(&nan_bytes, "nan.evo")
            .unwrap_err()
            .to_string();
        assert!(
            msg.contains("nan.evo") && msg.contains("tensor `evolution.points` holds"),
            "{msg}"
        );
        assert_eq!(crate::bundle::layout::misaligned(&bytes).unwrap(), vec![]);
        let view = crate::bundle::candle::ViewBundle::from_bytes(&bytes, "idx", &Device::Cpu)
            .unwrap_err()
            .to_string();
        assert!(view.contains("not a latent-explorer bundle"), "{view}");
    }
}
