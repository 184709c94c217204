//! The messages between the browser's training view (`latent-train-view`, the page) and its
//! Web Worker (`latent-train-worker`): one definition for both sides, sent as JavaScript
//! objects (serde-wasm-bindgen at both ends; the worker's script only passes them on).
//!
//! The page sends [`ToWorker`]: a [`Command`] stamped with the page's id of the session it
//! belongs to (bumped by every start and every Reset). The worker answers [`FromWorker`]: an
//! [`Event`] stamped with the session it belongs to; the page drops what an earlier session
//! still sends, and the worker drops the queued commands of a session once it has one of a
//! newer session. Byte fields (`serde_bytes`) travel as `Uint8Array`s, whose buffers the
//! worker's script transfers rather than copies.
//!
//! Needs no `candle` feature: plain data, the training's settings and figures included.

use crate::model::{AutoencoderConfig, AutoencoderKind};
use serde::{Deserialize, Serialize};

/// A command of the page for the training worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ToWorker {
    /// The page's id of the session the command belongs to.
    pub session: u64,
    /// What to do.
    pub command: Command,
}

/// What the page asks the training worker to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Command {
    /// Start a session: the worker downloads the training subset and the test images (the
    /// URLs, relative to the page), builds the model from the settings and answers
    /// [`Event::Ready`].
    Init {
        /// The settings.
        settings: Settings,
        /// URL of the training subset (a test-image file).
        subset: String,
        /// URL of the held-out test images.
        test: String,
    },
    /// Train (until `until` optimiser steps, or on and on), reporting as it goes.
    Train {
        /// Stop at this many steps.
        until: Option<usize>,
    },
    /// Stop after the current slice, with a report of the final weights.
    Pause,
    /// One optimiser step, then a report.
    Step,
    /// Write a view file of the current model ([`Event::Bundle`]).
    Bundle,
    /// Paint the class map of the current weights, `cells` per side: by the classifier file
    /// at that URL (decoding each cell's centre), or by the nearest encoded test images.
    Map {
        /// Cells per side.
        cells: usize,
        /// URL of the dataset's classifier file.
        classifier: Option<String>,
    },
    /// Reset: stop and forget the model; answered at once with [`Event::Stopped`].
    Reset,
}

impl Command {
    /// The files (URLs) the worker downloads before it runs the command.
    pub fn files(&self) -> Vec<&str> {
        match self {
            Command::Init { subset, test, .. } => vec![subset, test],
            Command::Map {
                classifier: Some(url),
                ..
            } => vec![url],
            _ => Vec::new(),
        }
    }
}

/// A message of the training worker for the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FromWorker {
    /// The session it belongs to ([`ToWorker::session`]).
    pub session: u64,
    /// What happened.
    pub event: Event,
}

/// A job of the worker whose failure keeps the model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Job {
    /// The class map.
    Map,
    /// The view file.
    Bundle,
}

/// What the training worker tells the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Event {
    /// The data is in and the model built.
    Ready {
        /// Labels of the held-out test images, in the order of the reports' codes.
        #[serde(with = "serde_bytes")]
        labels: Vec<u8>,
        /// Class names, indexed by label.
        class_names: Vec<String>,
        /// Images in the training subset used.
        train_images: usize,
        /// Bytes of the two files.
        bytes: usize,
    },
    /// The figures now, with a snapshot of the decoder.
    Report {
        /// The figures.
        report: Report,
        /// The decoder (`decoder.*`) as safetensors bytes, f32.
        #[serde(with = "serde_bytes")]
        decoder: Vec<u8>,
        /// Whether the worker trains on (`false` once it stopped).
        running: bool,
    },
    /// The view file of [`Command::Bundle`].
    Bundle {
        /// Its bytes.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Where painting the class map is (the view says it in the page's language).
    MapProgress {
        /// The stage.
        stage: MapStage,
    },
    /// The class map of [`Command::Map`].
    Map {
        /// Optimiser steps of the weights it was painted with.
        steps: usize,
        /// Cells per side.
        cells: usize,
        /// Classes, u8 `[cells, cells]` row-major (row 0 = largest z₂).
        #[serde(with = "serde_bytes")]
        classes: Vec<u8>,
        /// Confidences (share of the votes or the classifier's probability, `round(p · 255)`).
        #[serde(with = "serde_bytes")]
        confidence: Vec<u8>,
        /// Bounds `[min z₁, min z₂, max z₁, max z₂]`, latent units.
        bounds: [f32; 4],
        /// Milliseconds it took.
        ms: f64,
    },
    /// The session failed (its data, a step): a sentence.
    Error {
        /// The sentence.
        text: String,
    },
    /// A class map or a view file failed; the model is kept.
    JobError {
        /// Which.
        job: Job,
        /// The sentence.
        text: String,
    },
    /// The answer to [`Command::Reset`]: nothing of an earlier session runs or is sent after it.
    Stopped,
}

/// A stage of painting the class map, for the view's progress line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum MapStage {
    /// Downloading the dataset's classifier.
    DownloadingClassifier,
    /// Decoding and voting a `cells` × `cells` meshgrid.
    Painting {
        /// Cells per side.
        cells: usize,
    },
    /// Classifying the decoded cells with the classifier.
    Classifying,
    /// `done` of `rows` rows classified.
    Classified {
        /// Rows done.
        done: usize,
        /// Rows in all.
        rows: usize,
    },
}

/// What a visitor chose in the browser's training view: the page sends it to the training
/// worker in [`Command::Init`], and the worker trains with it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Settings {
    /// Dataset id (`mnist`, `fashion`): recorded in the bundle.
    pub dataset: String,
    /// The design.
    pub kind: AutoencoderKind,
    /// Weight of the KL term (VAE only; 1 = ELBO).
    pub beta: f32,
    /// Adam's learning rate (constant).
    pub lr: f64,
    /// Images per step.
    pub batch_size: usize,
    /// Seed of the initial weights, the batch order and the noise.
    pub seed: u64,
    /// Train on the first `limit` images of the subset only (`?train_limit=`, for tests);
    /// `None` = all.
    #[serde(default)]
    pub limit: Option<usize>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            dataset: "mnist".into(),
            kind: AutoencoderKind::Vae,
            beta: 1.0,
            lr: 1e-3,
            batch_size: 128,
            seed: 1,
            limit: None,
        }
    }
}

impl Settings {
    /// The architecture: the shipped 784-512-256 → 2 encoder and 2-512-128-784 decoder,
    /// with the chosen design and β (β = 1 for the deterministic designs).
    pub fn model(&self) -> AutoencoderConfig {
        AutoencoderConfig {
            kind: self.kind,
            beta: if self.kind == AutoencoderKind::Vae {
                self.beta
            } else {
                1.0
            },
            ..AutoencoderConfig::mnist_vae()
        }
    }

    /// URL of the dataset's training subset (relative to the page).
    pub fn subset_url(&self) -> String {
        format!(
            "weights/{}/{}",
            self.dataset,
            crate::bundle::files::TRAIN_SUBSET_FILE
        )
    }

    /// URL of the dataset's test images (relative to the page).
    pub fn test_url(&self) -> String {
        format!(
            "weights/{}/{}",
            self.dataset,
            crate::bundle::files::TEST_IMAGES_FILE
        )
    }
}

/// One report of the browser's training worker ([`Event::Report`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Report {
    /// Optimiser steps taken.
    pub steps: usize,
    /// Training images seen, counting repeats.
    pub images: usize,
    /// Passes over the training subset (fractional).
    pub epochs: f64,
    /// Mean training objective of the steps since the last report, nats/image (`None`
    /// before the first step).
    pub train_loss: Option<f64>,
    /// Objective on the held-out test images with the current weights, nats/image.
    pub test_loss: f64,
    /// Posterior means μ of the held-out test images, latent units.
    pub codes: Vec<[f32; 2]>,
    /// Training images per second since the last report (`None` when nothing was trained).
    #[serde(default)]
    pub images_per_second: Option<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_events_round_trip_through_json() {
        let to = ToWorker {
            session: 7,
            command: Command::Init {
                settings: Settings::default(),
                subset: Settings::default().subset_url(),
                test: Settings::default().test_url(),
            },
        };
        let back: ToWorker = serde_json::from_str(&serde_json::to_string(&to).unwrap()).unwrap();
        assert_eq!(back, to);
        assert_eq!(
            to.command.files(),
            [
                "weights/mnist/train-subset.safetensors",
                "weights/mnist/test-images.safetensors"
            ]
        );
        let map = Command::Map {
            cells: 64,
            classifier: None,
        };
        assert!(map.files().is_empty());
        let from = FromWorker {
            session: 7,
            event: Event::JobError {
                job: Job::Bundle,
                text: "no".into(),
            },
        };
        let json = serde_json::to_string(&from).unwrap();
        assert_eq!(
            json,
            r#"{"session":7,"event":{"job-error":{"job":"bundle","text":"no"}}}"#
        );
        assert_eq!(serde_json::from_str::<FromWorker>(&json).unwrap(), from);
        let stopped = serde_json::to_string(&Event::Stopped).unwrap();
        assert_eq!(stopped, r#""stopped""#);
    }
}
