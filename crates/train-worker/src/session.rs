//! A training session, free of any browser API (tested natively): the training subset and
//! the held-out test images, [`latent_core::train::AutoencoderTrainer`] over them, the
//! figures the page plots, the decoder snapshot the page decodes with, and the view file
//! "Download bundle" writes.

use candle_core::{DType, Device, Tensor};
use latent_core::bundle::{
    candle::ClassifierBundle, write, BundleMeta, TestImages, FORMAT_VERSION,
};
use latent_core::latent_map::{Bounds, BoundsRule, ClassMap, Meshgrid};
use latent_core::model::{AutoencoderKind, ClassifierConfig};
use latent_core::train::{pixels_to_tensor, AutoencoderTrainer, StepConfig};
use std::collections::BTreeMap;

/// Held-out test images whose codes are plotted and whose loss is reported (at most).
pub const TEST_POINTS: usize = 1_000;
/// Cells per side of the class map of a downloaded bundle.
pub const MAP_CELLS: usize = 128;
/// Neighbours that vote for a map cell's class ([`Session::class_map`]).
pub const MAP_NEIGHBOURS: usize = 10;

/// What the visitor chose in the view ([`latent_core::train_msg::Command::Init`]).
pub use latent_core::train::Settings;

/// The figures of one report ([`latent_core::train_msg::Event::Report`]).
pub use latent_core::train::Report;

/// A class map being painted row by row by the dataset's classifier
/// ([`Session::start_classifier_map`], [`Session::paint_rows`]): each cell's centre decoded
/// with the current decoder and classified, as the shipped maps are made.
pub struct ClassifierPainting {
    classifier: ClassifierBundle,
    grid: Meshgrid,
    class: Vec<u8>,
    confidence: Vec<u8>,
}

impl ClassifierPainting {
    /// Rows painted so far.
    pub fn rows_done(&self) -> usize {
        self.class.len() / self.grid.width
    }

    /// Rows in all.
    pub fn rows(&self) -> usize {
        self.grid.height
    }

    /// The finished map.
    ///
    /// # Errors
    /// When rows are missing.
    pub fn finish(self) -> Result<ClassMap, String> {
        ClassMap::new(self.grid, self.class, self.confidence).map_err(msg)
    }
}

/// A training session.
pub struct Session {
    settings: Settings,
    trainer: AutoencoderTrainer,
    class_names: Vec<String>,
    /// f32 `[T, 784]`: the held-out test images.
    test: Tensor,
    test_labels: Vec<u8>,
    /// Sum and count of the training objective since the last report.
    pending: (f64, usize),
}

fn msg(e: impl std::fmt::Display) -> String {
    e.to_string()
}

impl Session {
    /// Starts a session: parses the training subset and the test-image file (both in the
    /// test-image file format; errors name `subset_name` / `test_name`) and initialises the
    /// model from the seed.
    ///
    /// # Errors
    /// A sentence: a file that does not parse, of another dataset, or unusable settings.
    pub fn new(
        settings: Settings,
        subset: &[u8],
        subset_name: &str,
        test: &[u8],
        test_name: &str,
    ) -> Result<Self, String> {
        let train = TestImages::from_bytes(subset, subset_name).map_err(msg)?;
        let held = TestImages::from_bytes(test, test_name).map_err(msg)?;
        if train.meta.dataset != held.meta.dataset {
            return Err(format!(
                "{subset_name} is of dataset `{}` but {test_name} of `{}`",
                train.meta.dataset, held.meta.dataset
            ));
        }
        if !(settings.lr.is_finite() && settings.lr > 0.0 && settings.lr < 1.0) {
            return Err(format!("learning rate {} is not in (0, 1)", settings.lr));
        }
        if !(settings.beta.is_finite() && settings.beta >= 0.0) {
            return Err(format!("β = {} is not a number ≥ 0", settings.beta));
        }
        let n = settings.limit.unwrap_or(train.len()).clamp(1, train.len());
        let px = latent_core::IMAGE_PIXELS;
        let dev = Device::Cpu;
        let data = pixels_to_tensor(&train.pixels[..n * px], &dev).map_err(msg)?;
        let t = held.len().min(TEST_POINTS);
        let test = pixels_to_tensor(&held.pixels[..t * px], &dev).map_err(msg)?;
        let trainer = AutoencoderTrainer::new(
            StepConfig {
                model: settings.model(),
                batch_size: settings.batch_size,
                lr: settings.lr,
                seed: settings.seed,
            },
            data,
        )
        .map_err(msg)?;
        Ok(Self {
            class_names: train.meta.class_names,
            test_labels: held.labels[..t].to_vec(),
            settings,
            trainer,
            test,
            pending: (0.0, 0),
        })
    }

    /// The settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The class names, indexed by label.
    pub fn class_names(&self) -> &[String] {
        &self.class_names
    }

    /// Labels of the held-out test images, in the order of [`Report::codes`].
    pub fn test_labels(&self) -> &[u8] {
        &self.test_labels
    }

    /// The trainer (model, optimiser, data).
    pub fn trainer(&self) -> &AutoencoderTrainer {
        &self.trainer
    }

    /// One optimiser step; returns its batch objective (nats/image).
    ///
    /// # Errors
    /// Candle errors, as a sentence.
    pub fn step(&mut self) -> Result<f32, String> {
        let loss = self.trainer.step().map_err(msg)?;
        self.pending.0 += loss as f64;
        self.pending.1 += 1;
        Ok(loss)
    }

    /// Optimiser steps taken.
    pub fn steps(&self) -> usize {
        self.trainer.steps()
    }

    /// The figures now: resets the running training loss.
    ///
    /// # Errors
    /// Candle errors, as a sentence.
    pub fn report(&mut self) -> Result<Report, String> {
        let train_loss = (self.pending.1 > 0).then(|| self.pending.0 / self.pending.1 as f64);
        self.pending = (0.0, 0);
        Ok(Report {
            steps: self.trainer.steps(),
            images: self.trainer.images_seen(),
            epochs: self.trainer.images_seen() as f64 / self.trainer.train_len() as f64,
            train_loss,
            test_loss: self.test_loss()?,
            codes: self.codes()?,
            images_per_second: None,
        })
    }

    /// Objective on the held-out test images (noise from the seed's stream 4), nats/image.
    ///
    /// # Errors
    /// Candle errors, as a sentence.
    pub fn test_loss(&self) -> Result<f64, String> {
        self.trainer
            .mean_objective(&self.test, self.settings.seed)
            .map_err(msg)
    }

    /// Posterior means μ of the held-out test images.
    ///
    /// # Errors
    /// Candle errors, as a sentence.
    pub fn codes(&self) -> Result<Vec<[f32; 2]>, String> {
        self.trainer.encode(&self.test).map_err(msg)
    }

    /// The current decoder as safetensors bytes (`decoder.*`, f32): what the page decodes
    /// with while training.
    ///
    /// # Errors
    /// Serialisation errors, as a sentence.
    pub fn decoder_bytes(&self) -> Result<Vec<u8>, String> {
        let dec: Vec<(String, Tensor)> = self
            .trainer
            .named_weights()
            .into_iter()
            .filter(|(k, _)| k.starts_with("decoder."))
            .collect();
        safetensors::serialize(dec.iter().map(|(k, t)| (k.as_str(), t)), None).map_err(msg)
    }

    /// The class map over the test codes' bounds ([`BoundsRule::default`], `cells` × `cells`):
    /// each cell takes the majority label of the [`MAP_NEIGHBOURS`] encoded test images
    /// nearest its centre (confidence = that label's share of the votes). No classifier is
    /// run: the map shows where the encoder puts each class.
    ///
    /// # Errors
    /// When the codes have no extent (e.g. all equal) or are not finite.
    pub fn class_map(&self, codes: &[[f32; 2]], cells: usize) -> Result<ClassMap, String> {
        let bounds = Bounds::from_points(codes, BoundsRule::default()).map_err(msg)?;
        let grid = Meshgrid::new(bounds, cells, cells).map_err(msg)?;
        let k = MAP_NEIGHBOURS.min(codes.len());
        let classes = self.class_names.len();
        let (mut class, mut conf) = (Vec::new(), Vec::new());
        let mut d: Vec<(f32, u8)> = Vec::with_capacity(codes.len());
        for r in 0..grid.height {
            for c in 0..grid.width {
                let z = grid.cell_centre(r, c);
                d.clear();
                d.extend(codes.iter().zip(&self.test_labels).map(|(p, &l)| {
                    let (a, b) = (p[0] - z[0], p[1] - z[1]);
                    (a * a + b * b, l)
                }));
                d.select_nth_unstable_by(k - 1, |x, y| x.0.total_cmp(&y.0));
                let mut votes = vec![0usize; classes.max(1)];
                for &(_, l) in &d[..k] {
                    votes[l as usize] += 1;
                }
                // the majority; a tie goes to the nearest of the tied labels
                let top = *votes.iter().max().unwrap_or(&0);
                let nearest = d[..k]
                    .iter()
                    .filter(|(_, l)| votes[*l as usize] == top)
                    .min_by(|x, y| x.0.total_cmp(&y.0))
                    .map_or(0, |x| x.1);
                class.push(nearest);
                conf.push(((top as f32 / k as f32) * 255.0).round() as u8);
            }
        }
        ClassMap::new(grid, class, conf).map_err(msg)
    }

    /// Starts painting a `cells` × `cells` class map over the test codes' bounds with the
    /// dataset's classifier (`classifier`: the bytes of its classifier file, `name` for
    /// errors).
    ///
    /// # Errors
    /// A sentence when the file is not a classifier of this session's dataset, or the codes
    /// have no extent.
    pub fn start_classifier_map(
        &self,
        classifier: &[u8],
        name: &str,
        cells: usize,
    ) -> Result<ClassifierPainting, String> {
        let clf = ClassifierBundle::from_bytes(classifier, name, &Device::Cpu).map_err(msg)?;
        if clf.meta.dataset != self.settings.dataset {
            return Err(format!(
                "{name} is the classifier of `{}`, not of `{}`",
                clf.meta.dataset, self.settings.dataset
            ));
        }
        let codes = self.codes()?;
        let bounds = Bounds::from_points(&codes, BoundsRule::default()).map_err(msg)?;
        let grid = Meshgrid::new(bounds, cells, cells).map_err(msg)?;
        Ok(ClassifierPainting {
            classifier: clf,
            grid,
            class: Vec::with_capacity(cells * cells),
            confidence: Vec::with_capacity(cells * cells),
        })
    }

    /// Paints up to `rows` more rows of `p` with the current decoder; returns the rows done.
    ///
    /// # Errors
    /// Candle errors, as a sentence.
    pub fn paint_rows(&self, p: &mut ClassifierPainting, rows: usize) -> Result<usize, String> {
        let w = p.grid.width;
        let end = (p.rows_done() + rows).min(p.grid.height);
        for r in p.rows_done()..end {
            let z: Vec<f32> = (0..w).flat_map(|c| p.grid.cell_centre(r, c)).collect();
            let zt = Tensor::from_vec(z, (w, 2), &Device::Cpu).map_err(msg)?;
            let px = self
                .trainer
                .model()
                .decoder
                .forward(&zt)
                .and_then(|t| t.flatten_all())
                .and_then(|t| t.to_vec1::<f32>())
                .map_err(msg)?;
            for probs in p.classifier.probabilities(&px).map_err(msg)? {
                let (c, pr) =
                    probs
                        .iter()
                        .enumerate()
                        .fold((0, f32::MIN), |m, (i, &v)| if v > m.1 { (i, v) } else { m });
                p.class.push(c as u8);
                p.confidence.push((pr * 255.0).round() as u8);
            }
        }
        Ok(p.rows_done())
    }

    /// An ordinary view file of the current model (f16 decoder, the class map of
    /// [`Session::class_map`] at [`MAP_CELLS`] cells, metadata with the design, β, seed,
    /// steps and test figures): the page's loader opens it like a shipped model.
    ///
    /// # Errors
    /// Candle, map or serialisation errors, as a sentence (e.g. weights beyond f16's range).
    pub fn view_file(&self) -> Result<Vec<u8>, String> {
        let codes = self.codes()?;
        let map = self.class_map(&codes, MAP_CELLS)?;
        let mut metrics = BTreeMap::new();
        let cfg = self.trainer.config();
        let objective = self.test_loss()?;
        metrics.insert("test_objective_nats".to_string(), objective);
        if cfg.model.kind == AutoencoderKind::Vae && cfg.model.beta == 1.0 {
            metrics.insert(
                latent_core::metrics::TEST_NEG_ELBO.key.to_string(),
                objective,
            );
        }
        metrics.insert(
            latent_core::metrics::TRAIN_IMAGES.key.to_string(),
            self.trainer.train_len() as f64,
        );
        metrics.insert(
            latent_core::metrics::EPOCHS.key.to_string(),
            self.trainer.images_seen() as f64 / self.trainer.train_len() as f64,
        );
        metrics.insert("train_steps".to_string(), self.trainer.steps() as f64);
        metrics.insert(
            latent_core::metrics::TEST_MAP_ACCURACY.key.to_string(),
            map.accuracy(&codes, &self.test_labels) as f64,
        );
        let s = &self.settings;
        let meta = BundleMeta {
            format_version: FORMAT_VERSION,
            model: format!("{}-browser-{}", s.dataset, cfg.model.kind),
            dataset: s.dataset.clone(),
            class_names: self.class_names.clone(),
            autoencoder: Some(cfg.model.clone()),
            classifier: ClassifierConfig::default(),
            weights_dtype: "f16".into(),
            grid: Some(map.grid),
            bounds_rule: Some(BoundsRule::default()),
            seed: s.seed,
            epochs: self.trainer.epochs(),
            command: format!(
                "trained in the browser (\"Train it yourself\"): design {}, β = {}, learning \
                 rate {}, batch {}, seed {}, {} steps on {} training images; class map by \
                 the labels of the {MAP_NEIGHBOURS} nearest of {} encoded test images (no \
                 classifier)",
                cfg.model.kind,
                cfg.model.beta,
                s.lr,
                s.batch_size,
                s.seed,
                self.trainer.steps(),
                self.trainer.train_len(),
                codes.len()
            ),
            metrics,
        };
        let dec: Vec<(String, Tensor)> = self
            .trainer
            .named_weights()
            .into_iter()
            .filter(|(k, _)| k.starts_with("decoder."))
            .collect();
        let mut tensors = write::with_dtype(dec, DType::F16).map_err(msg)?;
        tensors.extend(write::map_tensors(&map).map_err(msg)?);
        write::to_safetensors(&tensors, &meta).map_err(msg)
    }
}
