//! The **lesson file** of a model (`<dataset>/<name>.lesson.safetensors`,
//! [`super::files::lesson_file`]): what the page's lesson "How the map is made" shows beyond
//! the view file, written by `latent-trainer lesson` from the committed bundles and fetched only
//! when the lesson opens.
//!
//! Tensors: `train_codes` (f32 `[N, 2]`, latent units: μ of a sample of training images, by the
//! model's encoder), `train_labels` (u8 `[N]`, their true classes) and `test_codes` (f32
//! `[M, 2]`: μ of every image of the dataset's test-image file, in its order; their labels are
//! that file's). Metadata
//! ([`LessonMeta`]) under [`LESSON_KEY`] of the safetensors `__metadata__`: the model, the map's
//! stored bounds and the rule that made them, the per-axis quantiles of the whole training set
//! behind them, and where the sample came from.

use super::{bundle_err, read_header_json};
use crate::latent_map::{Bounds, BoundsRule};
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// Key of the JSON metadata of a lesson file.
pub const LESSON_KEY: &str = "latent_explorer_lesson";

/// Metadata of a lesson file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LessonMeta {
    /// Bundle format version ([`super::FORMAT_VERSION`]).
    pub format_version: u32,
    /// The model id, e.g. `mnist-vae`.
    pub model: String,
    /// Dataset id, e.g. `mnist`.
    pub dataset: String,
    /// The map's bounds as its view file stores them, latent units.
    pub bounds: Bounds,
    /// The rule the trainer made them with (tail share cut on each side, margin share).
    pub rule: BoundsRule,
    /// Per axis, the `rule.tail` and `1 − rule.tail` quantiles of the whole training set's
    /// codes, latent units: `[[lo₁, hi₁], [lo₂, hi₂]]` ([`quantiles_of`]).
    pub quantiles: [[f32; 2]; 2],
    /// Where the sample of training codes comes from, and the command that wrote the file.
    pub source: String,
    /// The model's test figures, copied from its view file's metadata (`test_knn10_agreement`,
    /// `test_occupied_share_32`, …: the numbers `docs/measurements.md` shows).
    #[serde(default)]
    pub metrics: std::collections::BTreeMap<String, f64>,
    /// Per snapshot of its training evolution (empty without one): the figures of
    /// `docs/measurements.md`'s "Training evolution" tables, computed as they are there.
    #[serde(default)]
    pub evolution: Vec<EpochFigures>,
}

/// A snapshot's figures: test loss, and the map accuracy and 10-NN agreement of the snapshot's
/// points (`ClassMap::accuracy`, [`crate::stats::knn_agreement`] with k = 10) on that epoch's
/// own map.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct EpochFigures {
    /// The epoch (0: before training).
    pub epoch: usize,
    /// Test loss, nats/image.
    pub test_loss: f64,
    /// Share of the snapshot's test codes whose map class is their label, in `[0, 1]`.
    pub map_accuracy: f64,
    /// Share of a test code's 10 nearest codes with its label, in `[0, 1]`.
    pub knn10: f64,
}

impl EpochFigures {
    /// The figures of an evolution index's frames.
    pub fn of(index: &super::evolution::Evolution) -> Vec<EpochFigures> {
        index
            .frames
            .iter()
            .map(|fr| EpochFigures {
                epoch: fr.epoch,
                test_loss: fr.test_loss,
                map_accuracy: fr.map.accuracy(&fr.points, &index.labels) as f64,
                knn10: crate::stats::knn_agreement(&fr.points, &index.labels, 10),
            })
            .collect()
    }
}

/// "Coherent": a snapshot whose 10-NN agreement is within this share (2 percentage points) of
/// the last snapshot's. The lesson's epochs question and the evolution view's plot both use it.
pub const COHERENT_WITHIN: f64 = 0.02;

/// The first snapshot whose 10-NN agreement is within [`COHERENT_WITHIN`] of the last one's
/// (`figs` in epoch order); `None` when `figs` is empty.
pub fn coherent(figs: &[EpochFigures]) -> Option<&EpochFigures> {
    let last = figs.last()?.knn10;
    figs.iter().find(|f| f.knn10 >= last - COHERENT_WITHIN)
}

/// The tensor of a lesson file that repeats [`LessonMeta::evolution`] for the page's
/// evolution view (f64 `[F, 4]`: epoch, test loss in nats/image, map accuracy, 10-NN agreement;
/// written only when there are snapshots).
pub const EVOLUTION_FIGURES: &str = "evolution_figures";

/// A model's lesson file.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonFile {
    /// The metadata.
    pub meta: LessonMeta,
    /// μ of the sampled training images, latent units.
    pub codes: Vec<[f32; 2]>,
    /// Their true classes.
    pub labels: Vec<u8>,
    /// μ of the test-image file's images, in its order, latent units.
    pub test_codes: Vec<[f32; 2]>,
}

/// The quantiles behind bounds made by `rule` ([`Bounds::from_points`]: per axis the quantile
/// range `hi − lo`, widened by `rule.margin` of it on each side), recovered exactly from the
/// bounds: `R = (max − min) / (1 + 2·margin)`, `lo = min + margin·R`, `hi = max − margin·R`.
/// Returns `[[lo₁, hi₁], [lo₂, hi₂]]`, latent units.
pub fn quantiles_of(bounds: &Bounds, rule: BoundsRule) -> [[f32; 2]; 2] {
    let q = |a: usize| {
        let r = (bounds.max[a] - bounds.min[a]) / (1.0 + 2.0 * rule.margin);
        [
            bounds.min[a] + rule.margin * r,
            bounds.max[a] - rule.margin * r,
        ]
    };
    [q(0), q(1)]
}

impl LessonFile {
    /// A lesson file; checks that there is one label per code.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `codes` and `labels` differ in length or a code is not finite.
    pub fn new(
        meta: LessonMeta,
        codes: Vec<[f32; 2]>,
        labels: Vec<u8>,
        test_codes: Vec<[f32; 2]>,
    ) -> Result<Self> {
        if codes.len() != labels.len() {
            return Err(Error::Invalid(format!(
                "{} training codes but {} labels",
                codes.len(),
                labels.len()
            )));
        }
        if let Some(c) = codes
            .iter()
            .chain(&test_codes)
            .find(|c| !c[0].is_finite() || !c[1].is_finite())
        {
            return Err(Error::Invalid(format!("non-finite code {c:?}")));
        }
        Ok(Self {
            meta,
            codes,
            labels,
            test_codes,
        })
    }

    /// Reads only the per-snapshot figures of a lesson file, from its tensor
    /// [`EVOLUTION_FIGURES`] (the copy of [`LessonMeta::evolution`] that [`Self::to_bytes`]
    /// writes): the page's evolution view needs them alone, and reading a tensor adds far less
    /// code to the page than another metadata struct would. Empty when the file has none (a
    /// model without a training evolution).
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is not a safetensors file or the tensor is
    /// not f64 `[F, 4]`.
    pub fn read_evolution(bytes: &[u8], name: &str) -> Result<Vec<EpochFigures>> {
        let st = safetensors::SafeTensors::deserialize(bytes)
            .map_err(|e| bundle_err(name, format!("not a valid safetensors file ({e})")))?;
        let Ok(t) = st.tensor(EVOLUTION_FIGURES) else {
            return Ok(Vec::new());
        };
        if t.dtype() != safetensors::Dtype::F64 || t.shape().get(1) != Some(&4) {
            return Err(bundle_err(
                name,
                format!("`{EVOLUTION_FIGURES}` is not f64 [snapshots, 4]"),
            ));
        }
        Ok(t.data()
            .chunks_exact(32)
            .map(|r| {
                let v = |k: usize| {
                    f64::from_le_bytes(r[k * 8..k * 8 + 8].try_into().unwrap_or_default())
                };
                EpochFigures {
                    epoch: v(0) as usize,
                    test_loss: v(1),
                    map_accuracy: v(2),
                    knn10: v(3),
                }
            })
            .collect())
    }

    /// Parses a lesson file.
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is truncated or corrupt, of another format
    /// version, lacks a tensor, or its tensors' shapes or types disagree.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Self> {
        let meta: LessonMeta = read_header_json(bytes, name, LESSON_KEY, "a lesson file")?;
        let st = safetensors::SafeTensors::deserialize(bytes)
            .map_err(|e| bundle_err(name, format!("not a valid safetensors file ({e})")))?;
        let get = |key: &str| {
            st.tensor(key)
                .map_err(|_| bundle_err(name, format!("tensor `{key}` is missing")))
        };
        let labels = get("train_labels")?;
        let n = labels.shape().first().copied().unwrap_or(0);
        if labels.dtype() != safetensors::Dtype::U8 || labels.shape().len() != 1 {
            return Err(bundle_err(name, "`train_labels` is not a u8 vector"));
        }
        let points = |key: &str, n: Option<usize>| -> Result<Vec<[f32; 2]>> {
            let t = get(key)?;
            let rows = n.unwrap_or(t.shape().first().copied().unwrap_or(0));
            if t.dtype() != safetensors::Dtype::F32 || t.shape() != [rows, 2] {
                return Err(bundle_err(
                    name,
                    format!(
                        "`{key}` is {:?} {:?}, expected F32 [{rows}, 2]",
                        t.dtype(),
                        t.shape()
                    ),
                ));
            }
            Ok(t.data()
                .chunks_exact(8)
                .map(|b| {
                    let f = |i: usize| f32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
                    [f(0), f(4)]
                })
                .collect())
        };
        let codes = points("train_codes", Some(n))?;
        let test_codes = points("test_codes", None)?;
        Self::new(meta, codes, labels.data().to_vec(), test_codes).map_err(|e| bundle_err(name, e))
    }

    /// The file's bytes.
    ///
    /// # Errors
    /// [`Error::Invalid`] if serialisation fails.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        use safetensors::tensor::TensorView;
        use safetensors::Dtype;
        let n = self.labels.len();
        let bytes = |p: &[[f32; 2]]| -> Vec<u8> {
            p.iter()
                .flat_map(|c| c.iter().flat_map(|v| v.to_le_bytes()))
                .collect()
        };
        let (codes, test) = (bytes(&self.codes), bytes(&self.test_codes));
        let figures: Vec<u8> = self
            .meta
            .evolution
            .iter()
            .flat_map(|f| [f.epoch as f64, f.test_loss, f.map_accuracy, f.knn10])
            .flat_map(f64::to_le_bytes)
            .collect();
        let err = |e: safetensors::SafeTensorError| Error::Invalid(format!("safetensors: {e}"));
        let mut views = vec![
            (
                "train_codes",
                TensorView::new(Dtype::F32, vec![n, 2], &codes).map_err(err)?,
            ),
            (
                "train_labels",
                TensorView::new(Dtype::U8, vec![n], &self.labels).map_err(err)?,
            ),
            (
                "test_codes",
                TensorView::new(Dtype::F32, vec![self.test_codes.len(), 2], &test).map_err(err)?,
            ),
        ];
        if !figures.is_empty() {
            views.push((
                EVOLUTION_FIGURES,
                TensorView::new(Dtype::F64, vec![self.meta.evolution.len(), 4], &figures)
                    .map_err(err)?,
            ));
        }
        let json = serde_json::to_string(&self.meta).map_err(|e| Error::Invalid(e.to_string()))?;
        let info = std::collections::HashMap::from([(LESSON_KEY.to_string(), json)]);
        safetensors::serialize(views, Some(info)).map_err(err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::FORMAT_VERSION;

    fn meta() -> LessonMeta {
        let rule = BoundsRule::default();
        let bounds = Bounds {
            min: [-4.0, -3.0],
            max: [3.5, 5.0],
        };
        LessonMeta {
            format_version: FORMAT_VERSION,
            model: "toy-vae".into(),
            dataset: "toy".into(),
            bounds,
            rule,
            quantiles: quantiles_of(&bounds, rule),
            source: "made up".into(),
            metrics: [("test_knn10_agreement".to_string(), 0.5)].into(),
            evolution: vec![EpochFigures {
                epoch: 3,
                test_loss: 150.0,
                map_accuracy: 0.6,
                knn10: 0.55,
            }],
        }
    }

    #[test]
    fn quantiles_are_those_the_bounds_were_made_from() {
        // bounds made from points whose quantiles are known: recovered within rounding
        let pts: Vec<[f32; 2]> = (0..=1000)
            .map(|i| [i as f32 / 100.0 - 3.0, -(i as f32) / 50.0])
            .collect();
        let rule = BoundsRule::default();
        let b = Bounds::from_points(&pts, rule).unwrap();
        let q = quantiles_of(&b, rule);
        // the 0.1 % and 99.9 % quantiles of 0..=1000 are 1 and 999 (linear interpolation)
        let want = [[0.01 - 3.0, 9.99 - 3.0], [-19.98, -0.02]];
        for a in 0..2 {
            for k in 0..2 {
                assert!((q[a][k] - want[a][k]).abs() < 1e-5, "{q:?} vs {want:?}");
            }
        }
    }

    #[test]
    fn round_trip_and_errors() {
        let f = LessonFile::new(
            meta(),
            vec![[0.5, -1.25], [3.0, 4.0]],
            vec![7, 1],
            vec![[0.25, 0.5], [1.0, 2.0], [-3.0, 0.0]],
        )
        .unwrap();
        let bytes = f.to_bytes().unwrap();
        assert_eq!(LessonFile::from_bytes(&bytes, "l").unwrap(), f);
        let e = LessonFile::from_bytes(&bytes[..bytes.len() - 2], "cut.lesson.safetensors")
            .unwrap_err()
            .to_string();
        assert!(e.contains("cut.lesson.safetensors"), "{e}");
        assert!(LessonFile::new(meta(), vec![[0.0, 0.0]], vec![], vec![]).is_err());
        assert!(LessonFile::new(meta(), vec![[f32::NAN, 0.0]], vec![1], vec![]).is_err());
        assert!(LessonFile::new(meta(), vec![], vec![], vec![[0.0, f32::INFINITY]]).is_err());
        // the evolution view reads the figures alone
        assert_eq!(
            LessonFile::read_evolution(&bytes, "l").unwrap(),
            meta().evolution
        );
        let none = LessonFile::new(
            LessonMeta {
                evolution: Vec::new(),
                ..meta()
            },
            vec![],
            vec![],
            vec![],
        )
        .unwrap();
        assert!(LessonFile::read_evolution(&none.to_bytes().unwrap(), "l")
            .unwrap()
            .is_empty());
        let e = LessonFile::read_evolution(&bytes[..20], "cut.lesson.safetensors")
            .unwrap_err()
            .to_string();
        assert!(e.contains("cut.lesson.safetensors"), "{e}");
    }

    #[test]
    fn coherent_is_the_first_snapshot_within_two_points_of_the_last() {
        let f = |epoch, knn10| EpochFigures {
            epoch,
            test_loss: 0.0,
            map_accuracy: 0.0,
            knn10,
        };
        let figs = [f(0, 0.2), f(1, 0.5), f(2, 0.675), f(4, 0.66), f(8, 0.70)];
        // 0.70 − 0.02 = 0.68: epochs 2 (0.675) and 4 (0.66) fall short, so only the last counts
        assert_eq!(coherent(&figs).map(|c| c.epoch), Some(8));
        let figs = [f(0, 0.2), f(1, 0.69), f(2, 0.66), f(3, 0.70)];
        // the first within: epoch 1 (0.69 ≥ 0.68), even though epoch 2 dips below again
        assert_eq!(coherent(&figs).map(|c| c.epoch), Some(1));
        assert!(coherent(&[]).is_none());
    }
}

/// Key of the JSON metadata of a study file.
pub const STUDY_KEY: &str = "latent_explorer_study";

/// One model of the latent-size study: its latent size and its test figures (as the study's
/// results JSON and `docs/measurements.md` give them).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyModel {
    /// The design, e.g. `vae`.
    pub kind: String,
    /// Latent size (numbers in the code).
    pub latent_dim: usize,
    /// Test reconstruction cost, nats/image.
    pub reconstruction_nats: f64,
    /// Test mean squared error per pixel (pixels in `[0, 1]`).
    pub mse_per_pixel: f64,
}

/// Metadata of a study file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StudyMeta {
    /// Bundle format version ([`super::FORMAT_VERSION`]).
    pub format_version: u32,
    /// Dataset id, e.g. `mnist`.
    pub dataset: String,
    /// The models, in the order of the `recon` tensor's first axis.
    pub models: Vec<StudyModel>,
    /// The test images reconstructed: indices in the dataset's test-image file
    /// (`test-images.safetensors`).
    pub images: Vec<usize>,
    /// The command that trained the models and wrote the file.
    pub command: String,
}

/// The page lesson's evidence for "how few dimensions keep the information"
/// (`<dataset>/study.lesson.safetensors`, [`super::files::STUDY_LESSON_FILE`]): the same test
/// images reconstructed by the latent-size study's models, with their test figures. Tensor
/// `recon`: u8 `[models, images, 28, 28]` (pixels × 255, rounded).
#[derive(Debug, Clone, PartialEq)]
pub struct StudyFile {
    /// The metadata.
    pub meta: StudyMeta,
    /// `models · images · 784` pixel bytes.
    pub recon: Vec<u8>,
}

impl StudyFile {
    /// Parses a study file.
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is truncated or corrupt, of another format
    /// version, or `recon`'s shape disagrees with the metadata.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Self> {
        let meta: StudyMeta = read_header_json(bytes, name, STUDY_KEY, "a study file")?;
        let st = safetensors::SafeTensors::deserialize(bytes)
            .map_err(|e| bundle_err(name, format!("not a valid safetensors file ({e})")))?;
        let t = st
            .tensor("recon")
            .map_err(|_| bundle_err(name, "tensor `recon` is missing"))?;
        let want = [
            meta.models.len(),
            meta.images.len(),
            crate::IMAGE_SIDE,
            crate::IMAGE_SIDE,
        ];
        if t.dtype() != safetensors::Dtype::U8 || t.shape() != want {
            return Err(bundle_err(
                name,
                format!(
                    "`recon` is {:?} {:?}, expected U8 {want:?}",
                    t.dtype(),
                    t.shape()
                ),
            ));
        }
        Ok(Self {
            recon: t.data().to_vec(),
            meta,
        })
    }

    /// Reconstruction of image `i` (of [`StudyMeta::images`]) by model `m`: 784 pixels in
    /// `[0, 1]` (`None` past the end).
    pub fn image(&self, m: usize, i: usize) -> Option<Vec<f32>> {
        let n = self.meta.images.len();
        if m >= self.meta.models.len() || i >= n {
            return None;
        }
        let at = (m * n + i) * crate::IMAGE_PIXELS;
        let px = self.recon.get(at..at + crate::IMAGE_PIXELS)?;
        Some(px.iter().map(|&p| p as f32 / 255.0).collect())
    }

    /// The file's bytes.
    ///
    /// # Errors
    /// [`Error::Invalid`] if `recon` does not fit the metadata or serialisation fails.
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        use safetensors::tensor::TensorView;
        let shape = vec![
            self.meta.models.len(),
            self.meta.images.len(),
            crate::IMAGE_SIDE,
            crate::IMAGE_SIDE,
        ];
        let err = |e: safetensors::SafeTensorError| Error::Invalid(format!("safetensors: {e}"));
        let view = TensorView::new(safetensors::Dtype::U8, shape, &self.recon).map_err(err)?;
        let json = serde_json::to_string(&self.meta).map_err(|e| Error::Invalid(e.to_string()))?;
        let info = std::collections::HashMap::from([(STUDY_KEY.to_string(), json)]);
        safetensors::serialize([("recon", view)], Some(info)).map_err(err)
    }
}

#[cfg(test)]
mod study_tests {
    use super::*;

    #[test]
    fn a_study_file_round_trips() {
        let f = StudyFile {
            meta: StudyMeta {
                format_version: crate::bundle::FORMAT_VERSION,
                dataset: "toy".into(),
                models: vec![
                    StudyModel {
                        kind: "vae".into(),
                        latent_dim: 2,
                        reconstruction_nats: 150.0,
                        mse_per_pixel: 0.04,
                    },
                    StudyModel {
                        kind: "vae".into(),
                        latent_dim: 10,
                        reconstruction_nats: 105.0,
                        mse_per_pixel: 0.02,
                    },
                ],
                images: vec![0, 3, 5],
                command: "made up".into(),
            },
            recon: (0..2 * 3 * 784).map(|i| (i % 251) as u8).collect(),
        };
        let bytes = f.to_bytes().unwrap();
        let back = StudyFile::from_bytes(&bytes, "s").unwrap();
        assert_eq!(back, f);
        assert_eq!(
            back.image(1, 2).unwrap()[0],
            ((5 * 784) % 251) as f32 / 255.0
        );
        assert!(back.image(2, 0).is_none());
        let e = StudyFile::from_bytes(&bytes[..40], "cut.safetensors")
            .unwrap_err()
            .to_string();
        assert!(e.contains("cut.safetensors"), "{e}");
    }
}
