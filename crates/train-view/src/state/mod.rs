//! "Train it yourself", the pure model of the view: its state ([`TrainState`]), its messages
//! and effects ([`msg`]), the run's history for the replay ([`history`]), the form's values
//! ([`form`]) and the pure [`update`] ([`mod@update`]), tested natively (`tests/view.rs`). No
//! browser types: the renderer ([`crate::render`]) draws the state, the edge ([`crate::app`],
//! [`crate::worker`]) runs the effects. Its sentences (notices, errors, announcements) are
//! [`latent_i18n::Text`]s, a message id with its arguments: the renderer writes them in the
//! page's language, so a change of language redraws them too.
//!
//! Training runs in a Web Worker (`www/train-worker.js` over the `latent-train-worker` wasm
//! module, started on the first Train or Step); the worker fetches the dataset's training
//! subset and test images, and every ~0.7 s reports the training and test objective
//! (nats/image), the codes μ of the held-out test images and a snapshot of the decoder.
//! The view plots the codes and the loss curves and decodes under the pointer with the
//! latest snapshot. "Download bundle" asks the worker for an ordinary view file (the page
//! opens such a file on its map: `latent-web`'s "Open a bundle file").

mod form;
mod history;
mod msg;
mod update;

pub use form::set_limits;
pub use history::{History, Snapshot, MAX_DECODERS, MAX_SNAPSHOTS};
pub use latent_core::train_msg::{Command, Event, FromWorker, Job, ToWorker};
pub use msg::{TrainEffect, TrainMsg};
pub use update::update;

use latent_core::latent_map::{Bounds, BoundsRule, ClassMap};
use latent_i18n::Text;
use std::rc::Rc;

/// How the class map is painted on request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MapBy {
    /// Each cell takes the majority label of the 10 encoded test images nearest to it
    /// (128 × 128 cells, well under a second).
    #[default]
    Nearest,
    /// Each cell's centre is decoded and classified by the dataset's classifier, as the
    /// shipped maps are (64 × 64 cells, a few seconds, with progress).
    Classifier,
}

impl MapBy {
    /// Cells per side.
    pub fn cells(self) -> usize {
        match self {
            MapBy::Nearest => 128,
            MapBy::Classifier => 64,
        }
    }
}

/// A class map painted on request.
#[derive(Debug, Clone, PartialEq)]
pub struct PaintedMap {
    /// The map (over the codes' bounds when it was painted).
    pub map: ClassMap,
    /// Optimiser steps when painted.
    pub steps: usize,
    /// Milliseconds the worker took.
    pub ms: f64,
    /// How it was painted.
    pub by: MapBy,
}

/// What the visitor chose (sent to the worker): one definition with the worker's.
pub use latent_core::train_msg::Settings;

/// A control of the view's form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// The dataset select.
    Dataset,
    /// The design select.
    Design,
    /// β.
    Beta,
    /// The learning rate.
    Lr,
    /// The batch size.
    Batch,
    /// The seed.
    Seed,
    /// How the class map is painted (`nearest` or `classifier`).
    MapBy,
}

/// One report of the worker: one definition with the worker's.
pub use latent_core::train_msg::Report;

/// One point of the loss curves.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LossPoint {
    /// Passes over the training subset when measured.
    pub epochs: f64,
    /// Training objective (mean since the previous point), nats/image.
    pub train: Option<f64>,
    /// Test objective, nats/image.
    pub test: f64,
}

/// Where the session is.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Phase {
    /// Nothing started.
    #[default]
    Idle,
    /// The worker is starting or downloading the data.
    Loading,
    /// Weights exist; not training.
    Paused,
    /// Training.
    Running,
    /// The worker reported an error, or the edge could not reach it (the sentence, shown in
    /// the error line).
    Failed(Text),
}

/// The training view's state.
#[derive(Default)]
pub struct TrainState {
    /// The settings of the form (applied by Train after Reset, or at the first Train).
    pub settings: Settings,
    /// The settings the current session was started with.
    pub started: Option<Settings>,
    /// Where the session is.
    pub phase: Phase,
    /// The loss curves.
    pub losses: Vec<LossPoint>,
    /// The latest codes of the held-out test images and the previous ones.
    pub codes: Vec<[f32; 2]>,
    /// Labels of the held-out test images.
    pub labels: Vec<u8>,
    /// Class names of the dataset.
    pub class_names: Vec<String>,
    /// Images in the training subset used.
    pub train_images: usize,
    /// Bytes of training data the worker downloaded.
    pub data_bytes: usize,
    /// The latest report's figures.
    pub last: Option<Report>,
    /// The decoder with the latest snapshot's weights.
    pub decoder: Option<Rc<latent_kernels::Mlp>>,
    /// The latest decoder's image at z = (0, 0) (decoded once per snapshot).
    pub origin: Option<Vec<f32>>,
    /// The plot's bounds (follow the codes, as in the evolution view).
    pub bounds: Option<Bounds>,
    /// The latent point under the pointer on the plot, and its decode (784 pixels).
    pub hover: Option<([f32; 2], Vec<f32>)>,
    /// Where the pointer is on the plot (`(u, v)`, 0..1 from the left and top), kept so the
    /// hover decode follows new weights and replayed snapshots.
    pub hover_uv: Option<(f32, f32)>,
    /// A line about a setting the worker would not use, the last download or a failed job.
    pub notice: Option<Text>,
    /// The last sentence for screen readers and its number (each new one is spoken; none
    /// before the first).
    pub announce: (u64, Option<Text>),
    /// A form value to write back (the value training uses instead of the one typed), and
    /// its number (each is written once).
    pub form_echo: (u64, Option<(Field, String)>),
    /// Stop training at this many steps (`?train_steps=`, for tests and demos; see
    /// [`set_limits`]).
    pub until: Option<usize>,
    /// Whether the visitor asked for training (Train) rather than a pause or a step.
    pub want_running: bool,
    /// Whether the worker's last report said it goes on training.
    pub worker_running: bool,
    /// How the next class map is painted.
    pub map_by: MapBy,
    /// The class map painted on request.
    pub map: Option<PaintedMap>,
    /// The class map's line while the worker paints it (its progress).
    pub map_pending: Option<Text>,
    /// How the map being painted is made.
    pub painting: MapBy,
    /// Bumped whenever the view must be redrawn.
    pub version: u64,
    /// The current session's id, bumped by every start and reset.
    pub session: u64,
    /// The run's reports, for the replay (at most [`MAX_SNAPSHOTS`]).
    pub history: History,
    /// The replayed snapshot (an index into [`TrainState::history`]); `None`: live.
    pub replay: Option<usize>,
    /// The replay plays (one snapshot per [`REPLAY_TICK_MS`]).
    pub playing: bool,
    /// The locale the view shows or is loading (a code of [`latent_i18n::LOCALES`] or
    /// `en-XA`; empty: the compiled-in English of the start). The edge keeps the messages
    /// ([`TrainMsg::Language`], [`TrainMsg::Messages`]).
    pub language: String,
}

/// Milliseconds between two snapshots of a playing replay.
pub const REPLAY_TICK_MS: u32 = 120;

/// What the plot shows: the live model or a replayed snapshot.
pub struct Shown<'a> {
    /// Codes μ of the held-out test images.
    pub codes: &'a [[f32; 2]],
    /// The plot's bounds.
    pub bounds: Option<Bounds>,
    /// The decoder that decodes under the pointer and at the origin.
    pub decoder: Option<&'a Rc<latent_kernels::Mlp>>,
    /// The replayed snapshot's steps and the steps of the decoder used (`None`: live).
    pub replay: Option<(usize, usize)>,
}

impl TrainState {
    /// What the plot shows now: the replayed snapshot, or the live model.
    pub fn shown(&self) -> Shown<'_> {
        let h = self.history.snaps();
        let Some((i, snap)) = self.replay.and_then(|i| h.get(i).map(|s| (i, s))) else {
            return Shown {
                codes: &self.codes,
                bounds: self.bounds,
                decoder: self.decoder.as_ref(),
                replay: None,
            };
        };
        // the nearest snapshot with a decoder, earlier first
        let with = (0..=i)
            .rev()
            .chain(i + 1..h.len())
            .find(|&j| h[j].decoder.is_some());
        Shown {
            codes: &snap.codes,
            bounds: snap.bounds,
            decoder: with.and_then(|j| h[j].decoder.as_ref()),
            replay: Some((snap.steps, with.map_or(snap.steps, |j| h[j].steps))),
        }
    }

    /// Decodes the origin and the point under the pointer again with the shown decoder.
    fn refresh_shown(&mut self) {
        self.origin = self.shown().decoder.and_then(|d| decode(d, [0.0, 0.0]));
        self.refresh_hover();
    }

    /// Decodes the point under the pointer again (the pointer moved, or the shown decoder
    /// changed). A pointer move decodes this one image only, not the origin too.
    fn refresh_hover(&mut self) {
        let sh = self.shown();
        self.hover = match (self.hover_uv, sh.decoder, sh.bounds) {
            (Some((u, v)), Some(d), Some(b)) => {
                let z = z_at(&b, u, v);
                decode(d, z).map(|px| (z, px))
            }
            _ => None,
        };
    }

    /// Forgets the model and its run (a new session or Reset): curves, snapshots, codes,
    /// weights, the class map; stops a playing replay.
    fn clear_run(&mut self, fx: &mut Vec<TrainEffect>) {
        if self.playing {
            fx.push(TrainEffect::ReplayTimer(false));
        }
        self.playing = false;
        self.replay = None;
        self.history.clear();
        self.losses.clear();
        self.codes.clear();
        self.last = None;
        self.decoder = None;
        self.origin = None;
        self.bounds = None;
        self.hover = None;
        self.map = None;
        self.map_pending = None;
    }
}
/// The plot's bounds for these codes ([`BoundsRule::default`]: the 0.1 %–99.9 % quantiles
/// plus 5 %), or a square around them when they have no extent.
pub fn plot_bounds(codes: &[[f32; 2]]) -> Option<Bounds> {
    Bounds::from_points(codes, BoundsRule::default())
        .ok()
        .or_else(|| {
            let p = codes.first()?;
            p.iter().all(|v| v.is_finite()).then(|| Bounds {
                min: [p[0] - 1.0, p[1] - 1.0],
                max: [p[0] + 1.0, p[1] + 1.0],
            })
        })
}

/// The latent point at `(u, v)` of a plot over `b` (z₂ grows upwards).
pub fn z_at(b: &Bounds, u: f32, v: f32) -> [f32; 2] {
    [
        b.min[0] + u * (b.max[0] - b.min[0]),
        b.max[1] - v * (b.max[1] - b.min[1]),
    ]
}

/// Decodes `z` with `d` (the hand-written kernels of the page's decoder): 784 pixels in
/// `[0, 1]`.
fn decode(d: &latent_kernels::Mlp, z: [f32; 2]) -> Option<Vec<f32>> {
    Some(d.forward(&z))
}
