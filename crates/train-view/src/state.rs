//! "Train it yourself": the state of the training view, its messages ([`TrainMsg`]), the
//! effects it asks for ([`TrainEffect`]) and its pure [`update`], tested natively
//! (`tests/view.rs`).
//!
//! Training runs in a Web Worker (`www/train-worker.js` over the `latent-train-worker` wasm
//! module, started on the first Train or Step); the worker fetches the dataset's training
//! subset and test images, and every ~0.7 s reports the training and test objective
//! (nats/image), the codes μ of the held-out test images and a snapshot of the decoder.
//! The view plots the codes and the loss curves and decodes under the pointer with the
//! latest snapshot. "Download bundle" asks the worker for an ordinary view file (the page
//! opens such a file on its map: `latent-web`'s "Open a bundle file").

use latent_core::latent_map::{Bounds, BoundsRule, ClassMap, Meshgrid};
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

/// What the visitor chose (sent to the worker as JSON): one definition with the worker's.
pub use latent_core::train::Settings;

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

/// One report of the worker, as posted (JSON): one definition with the worker's.
pub use latent_core::train::Report;

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

/// Most snapshots kept for the replay: when full, every other one is dropped, so the kept ones
/// are evenly spaced over the whole run (and the latest is always kept).
pub const MAX_SNAPSHOTS: usize = 240;

/// Most snapshots that keep their decoder (≈ 0.7 MB of f32 weights each), evenly spaced in the
/// same way; the others are decoded, when replayed, with the nearest earlier snapshot that has
/// one.
pub const MAX_DECODERS: usize = 24;

/// One report of the run, kept for the replay.
#[derive(Debug, Clone)]
pub struct Snapshot {
    /// The report's number in the run (0, 1, 2, …; set by [`History::push`]).
    pub n: usize,
    /// Optimiser steps.
    pub steps: usize,
    /// Passes over the training subset.
    pub epochs: f64,
    /// Test objective, nats/image.
    pub test_loss: f64,
    /// Codes μ of the held-out test images, latent units.
    pub codes: Vec<[f32; 2]>,
    /// The plot's bounds for these codes ([`plot_bounds`]).
    pub bounds: Option<Bounds>,
    /// The decoder at this step (kept for at most [`MAX_DECODERS`] snapshots).
    pub decoder: Option<Rc<latent_kernels::Mlp>>,
}

/// The run's snapshots for the replay: the reports whose number is a multiple of a stride
/// that doubles whenever more than [`MAX_SNAPSHOTS`] would be kept (likewise, with its own
/// stride, for the decoders), plus the latest report.
#[derive(Debug, Clone, Default)]
pub struct History {
    snaps: Vec<Snapshot>,
    reports: usize,
    stride: usize,
    decoder_stride: usize,
}

impl History {
    /// The kept snapshots, oldest first.
    pub fn snaps(&self) -> &[Snapshot] {
        &self.snaps
    }

    /// Forgets the run.
    pub fn clear(&mut self) {
        *self = History::default();
    }

    /// Adds a report (its `n` is set here); one at the same step as the latest (a report
    /// after a pause) replaces it.
    pub fn push(&mut self, mut s: Snapshot) {
        let (mut stride, mut dstride) = (self.stride.max(1), self.decoder_stride.max(1));
        if let Some(last) = self.snaps.last_mut() {
            if last.steps == s.steps {
                s.n = last.n;
                *last = s;
                return;
            }
            // the latest was kept for being the latest only
            if last.n % dstride != 0 {
                last.decoder = None;
            }
            if last.n % stride != 0 {
                self.snaps.pop();
            }
        }
        s.n = self.reports;
        self.reports += 1;
        self.snaps.push(s);
        let last = self.reports - 1;
        while self.snaps.len() > MAX_SNAPSHOTS {
            stride *= 2;
            self.snaps.retain(|x| x.n % stride == 0 || x.n == last);
        }
        while self.snaps.iter().filter(|x| x.decoder.is_some()).count() > MAX_DECODERS {
            dstride *= 2;
            for x in &mut self.snaps {
                if x.n % dstride != 0 && x.n != last {
                    x.decoder = None;
                }
            }
        }
        (self.stride, self.decoder_stride) = (stride, dstride);
    }

    /// The index of the last kept snapshot at or before `steps`.
    pub fn at_or_before(&self, steps: usize) -> Option<usize> {
        self.snaps.iter().rposition(|x| x.steps <= steps)
    }
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
    /// The worker reported an error (the sentence).
    Failed(String),
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
    pub notice: Option<String>,
    /// The last sentence for screen readers and its number (each new one is spoken).
    pub announce: (u64, String),
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
    /// The worker's progress line while it paints the class map.
    pub map_pending: Option<String>,
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

/// A command for the worker.
#[derive(Debug, Clone, PartialEq)]
pub enum WorkerCmd {
    /// Start a session: its id, settings as JSON, the subset's and the test images' URLs.
    Init {
        /// [`TrainState::session`]: the worker stamps it on everything it sends.
        session: u64,
        /// [`Settings`] as JSON.
        settings: String,
        /// Training subset URL.
        subset: String,
        /// Test images URL.
        test: String,
    },
    /// Train (until that many steps, if given).
    Train(Option<usize>),
    /// Stop after the current slice.
    Pause,
    /// One step.
    Step,
    /// Write a view file of the current model.
    Bundle,
    /// Paint the class map, `cells` per side, by the classifier at that URL (or by the
    /// nearest encoded test images).
    Map {
        /// Cells per side.
        cells: usize,
        /// The classifier file's URL.
        classifier: Option<String>,
    },
    /// Reset: stop, and drop every command of an earlier session still queued (the worker
    /// answers [`TrainMsg::Stopped`]).
    Reset,
}

/// What the training view asks the page's edge to do.
#[derive(Debug, Clone, PartialEq)]
pub enum TrainEffect {
    /// Send a command to the worker (starting it first if needed), stamped with the session
    /// it belongs to ([`TrainState::session`]): the worker drops the commands of a session
    /// once it has one of a newer session.
    Post(u64, WorkerCmd),
    /// Start (`true`) or stop the replay timer ([`TrainMsg::ReplayTick`] every
    /// [`REPLAY_TICK_MS`]).
    ReplayTimer(bool),
    /// Save bytes as a file download.
    Save {
        /// Suggested file name.
        name: String,
        /// The bytes.
        bytes: Vec<u8>,
    },
}

/// The training view's inputs.
#[derive(Debug)]
pub enum TrainMsg {
    /// A form control changed to this value.
    Set(Field, String),
    /// Train.
    Train,
    /// Pause.
    Pause,
    /// One step.
    Step,
    /// Reset: a fresh model with the form's settings.
    Reset,
    /// The worker has the data: test labels, class names, training images, bytes fetched.
    Ready {
        /// Labels of the test images.
        labels: Vec<u8>,
        /// Class names.
        class_names: Vec<String>,
        /// Training images.
        train_images: usize,
        /// Bytes downloaded.
        bytes: usize,
    },
    /// A report (JSON) with the decoder snapshot (safetensors bytes); `running` says whether
    /// the worker goes on.
    Report {
        /// [`Report`] as JSON.
        json: String,
        /// `decoder.*` as safetensors (f32).
        decoder: Vec<u8>,
        /// Whether the worker keeps training.
        running: bool,
    },
    /// The worker failed: the session is over (its data, the worker's files or a step).
    WorkerError(String),
    /// A class map or a download failed in the worker; the model is kept.
    JobError(String),
    /// The worker's answer to [`WorkerCmd::Reset`]: nothing of an earlier session runs any more.
    Stopped,
    /// A message from the worker of session `id` ([`TrainState::session`]); one from an
    /// earlier, reset session is dropped.
    Worker(u64, Box<TrainMsg>),
    /// The pointer is at `(u, v)` of the plot (0..1 from the left and top); `None`: it left.
    Hover(Option<(f32, f32)>),
    /// The keyboard moves the cursor on the plot by `(du, dv)` (shares of its width and
    /// height; from the centre when there is none).
    Nudge(f32, f32),
    /// "Download bundle".
    Download,
    /// "Class map": paint the class map of the current weights.
    MapRequest,
    /// The worker's progress line while painting.
    MapProgress(String),
    /// The painted class map: step, cells per side, classes and confidences (u8
    /// `[cells, cells]`), bounds `[min z₁, min z₂, max z₁, max z₂]`, milliseconds taken.
    Map {
        /// Optimiser steps when painted.
        steps: usize,
        /// Cells per side.
        cells: usize,
        /// Classes, row-major, row 0 = largest z₂.
        class: Vec<u8>,
        /// Confidences, `round(p · 255)`.
        confidence: Vec<u8>,
        /// Bounds.
        bounds: Vec<f32>,
        /// Milliseconds the worker took.
        ms: f64,
    },
    /// The worker wrote the view file.
    Bundle(Vec<u8>),
    /// The replay slider: show snapshot `i` of the history (the last one: live again).
    Replay(usize),
    /// "Live": back to the current model.
    Live,
    /// "Play the run" / "Stop".
    PlayReplay,
    /// The replay timer: the next snapshot.
    ReplayTick,
}

/// Stops training where the address says: `train_steps=<n>` (train until `n` steps) and
/// `train_limit=<n>` (train on the subset's first `n` images), for tests and demos; other
/// keys and unreadable values are ignored. `query` is the address's query, with or without
/// its `?`.
pub fn set_limits(t: &mut TrainState, query: &str) {
    for pair in query.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let n = v.parse::<usize>().ok().filter(|&n| n > 0);
        match k {
            "train_steps" => t.until = n,
            "train_limit" => t.settings.limit = n,
            _ => {}
        }
    }
}

fn start_cmd(s: &Settings, session: u64) -> WorkerCmd {
    WorkerCmd::Init {
        session,
        settings: serde_json::to_string(s).unwrap_or_default(),
        subset: s.subset_url(),
        test: s.test_url(),
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

/// Applies a training-view message; returns what the edge must do.
pub fn update(t: &mut TrainState, msg: TrainMsg) -> Vec<TrainEffect> {
    t.version += 1;
    let mut fx = Vec::new();
    let before = t.phase.clone();
    update_view(t, msg, &mut fx);
    // the status line changes with every report; screen readers hear the phase changes only
    if t.phase != before {
        let said = match &t.phase {
            Phase::Idle => Some("Training reset.".to_string()),
            Phase::Loading => Some("Starting the training worker and downloading the data.".into()),
            Phase::Running => Some("Training.".into()),
            Phase::Paused => t.last.as_ref().map(|r| {
                format!(
                    "Paused after {} steps; test loss {:.1} nats per image.",
                    r.steps, r.test_loss
                )
            }),
            Phase::Failed(_) => None, // #train-error is an alert
        };
        if let Some(text) = said {
            t.announce = (t.announce.0 + 1, text);
        }
    }
    fx
}

fn update_view(t: &mut TrainState, msg: TrainMsg, fx: &mut Vec<TrainEffect>) {
    match msg {
        TrainMsg::Set(field, v) => {
            let s = &mut t.settings;
            let v = v.trim();
            match field {
                Field::Dataset => {
                    // the built-in datasets, each with a training subset
                    if let Some(d) = latent_core::dataset::known(v) {
                        s.dataset = d.id.to_string();
                    }
                }
                Field::Design => {
                    if let Ok(k) = v.parse() {
                        s.kind = k;
                    }
                }
                // a value the worker would not use is said, with the one kept (the form
                // alone would keep showing what was typed)
                Field::Beta => {
                    t.notice = match v.parse::<f32>() {
                        Ok(b) if b.is_finite() && (0.0..=100.0).contains(&b) => {
                            s.beta = b;
                            None
                        }
                        Ok(b) if b.is_finite() => {
                            s.beta = b.clamp(0.0, 100.0);
                            Some(format!(
                                "β = {b} is outside 0 to 100: training uses β = {}.",
                                s.beta
                            ))
                        }
                        _ => Some(format!(
                            "β = “{}” is not a number: training uses β = {}.",
                            latent_web_kit::quote(v),
                            s.beta
                        )),
                    };
                }
                Field::Lr => {
                    t.notice = match v.parse::<f64>() {
                        Ok(lr) if lr > 0.0 && lr <= 0.1 => {
                            s.lr = lr;
                            None
                        }
                        Ok(lr) if lr > 0.1 && lr < 1.0 => {
                            s.lr = lr;
                            Some(format!("A learning rate of {lr} is large: the loss may diverge (0.001 is the shipped models')."))
                        }
                        _ => Some(format!(
                            "Learning rate “{}” ignored: it must be a number above 0 and below 1; training uses {}.",
                            latent_web_kit::quote(v),
                            s.lr
                        )),
                    };
                }
                Field::Batch => {
                    t.notice = match v.parse::<usize>() {
                        Ok(b) if (1..=1024).contains(&b) => {
                            s.batch_size = b;
                            None
                        }
                        Ok(b) => {
                            s.batch_size = b.clamp(1, 1024);
                            Some(format!("A batch of {b} images is outside 1 to 1,024: training uses {}.", s.batch_size))
                        }
                        Err(_) => Some(format!(
                            "Batch size “{}” ignored: a whole number of images from 1 to 1,024; training uses {}.",
                            latent_web_kit::quote(v),
                            s.batch_size
                        )),
                    };
                }
                Field::Seed => {
                    t.notice = match v.parse() {
                        Ok(x) => {
                            s.seed = x;
                            None
                        }
                        Err(_) => Some(format!(
                            "Seed “{}” ignored: a whole number from 0; training uses seed {}.",
                            latent_web_kit::quote(v),
                            s.seed
                        )),
                    };
                }
                Field::MapBy => {
                    t.map_by = match v {
                        "classifier" => MapBy::Classifier,
                        _ => MapBy::Nearest,
                    }
                }
            }
            // a value not used as typed is written back into the form, so the form shows
            // what training uses (the notice says why)
            let st = &t.settings;
            let kept = match field {
                Field::Beta => {
                    (v.parse::<f32>().ok() != Some(st.beta)).then(|| st.beta.to_string())
                }
                Field::Lr => (v.parse::<f64>().ok() != Some(st.lr)).then(|| st.lr.to_string()),
                Field::Batch => (v.parse::<usize>().ok() != Some(st.batch_size))
                    .then(|| st.batch_size.to_string()),
                Field::Seed => {
                    (v.parse::<u64>().ok() != Some(st.seed)).then(|| st.seed.to_string())
                }
                _ => None,
            };
            if let Some(k) = kept {
                t.form_echo = (t.form_echo.0 + 1, Some((field, k)));
            }
        }
        TrainMsg::Train => {
            t.want_running = true;
            match t.phase {
                Phase::Idle | Phase::Failed(_) => {
                    t.phase = Phase::Loading;
                    t.started = Some(t.settings.clone());
                    t.clear_run(fx);
                    t.session += 1;
                    fx.push(TrainEffect::Post(
                        t.session,
                        start_cmd(&t.settings, t.session),
                    ));
                    fx.push(TrainEffect::Post(t.session, WorkerCmd::Train(t.until)));
                }
                Phase::Paused => {
                    t.phase = Phase::Running;
                    fx.push(TrainEffect::Post(t.session, WorkerCmd::Train(t.until)));
                }
                Phase::Loading | Phase::Running => {}
            }
        }
        TrainMsg::Pause => {
            let loading_to_train = t.phase == Phase::Loading && t.want_running;
            t.want_running = false;
            if t.phase == Phase::Running {
                t.phase = Phase::Paused;
                fx.push(TrainEffect::Post(t.session, WorkerCmd::Pause));
            } else if loading_to_train {
                // the worker is still downloading: it pauses after the training it was asked
                // for starts (its messages are handled in order); the report says Paused
                fx.push(TrainEffect::Post(t.session, WorkerCmd::Pause));
            }
        }
        TrainMsg::Step => {
            t.want_running = false;
            match t.phase {
                Phase::Paused | Phase::Running => {
                    t.phase = Phase::Paused;
                    fx.push(TrainEffect::Post(t.session, WorkerCmd::Step));
                }
                Phase::Idle | Phase::Failed(_) => {
                    t.phase = Phase::Loading;
                    t.started = Some(t.settings.clone());
                    t.clear_run(fx);
                    t.session += 1;
                    fx.push(TrainEffect::Post(
                        t.session,
                        start_cmd(&t.settings, t.session),
                    ));
                    fx.push(TrainEffect::Post(t.session, WorkerCmd::Step));
                }
                Phase::Loading => {}
            }
        }
        TrainMsg::Reset => {
            t.want_running = false;
            // whatever the old session still sends is dropped, and the worker drops what it
            // still has queued of it
            t.session += 1;
            if t.phase != Phase::Idle {
                fx.push(TrainEffect::Post(t.session, WorkerCmd::Reset));
            }
            t.phase = Phase::Idle;
            t.started = None;
            t.clear_run(fx);
            t.hover_uv = None;
        }
        TrainMsg::Ready {
            labels,
            class_names,
            train_images,
            bytes,
        } => {
            t.labels = labels;
            t.class_names = class_names;
            t.train_images = train_images;
            t.data_bytes = bytes;
        }
        TrainMsg::Report {
            json,
            decoder,
            running,
        } => {
            let r: Report = match serde_json::from_str(&json) {
                Ok(r) => r,
                Err(e) => {
                    t.phase = Phase::Failed(format!("unreadable report from the worker: {e}"));
                    return;
                }
            };
            let Some(cfg) = t.started.as_ref().map(|s| s.model()) else {
                return; // a report of a session that was reset
            };
            let snapshot =
                latent_core::train::decoder_from_bytes(&cfg, &decoder, "decoder snapshot")
                    .and_then(|d| Ok(d.to_kernel()?));
            match snapshot {
                Ok(d) => t.decoder = Some(Rc::new(d)),
                Err(e) => {
                    t.phase = Phase::Failed(e.to_string());
                    return;
                }
            }
            if t.losses.last().is_none_or(|l| l.epochs < r.epochs) {
                t.losses.push(LossPoint {
                    epochs: r.epochs,
                    train: r.train_loss,
                    test: r.test_loss,
                });
            }
            t.bounds = plot_bounds(&r.codes).or(t.bounds);
            t.codes = r.codes.clone();
            let snap = Snapshot {
                n: 0,
                steps: r.steps,
                epochs: r.epochs,
                test_loss: r.test_loss,
                codes: r.codes.clone(),
                bounds: t.bounds,
                decoder: t.decoder.clone(),
            };
            // the replayed snapshot stays on screen (or the nearest kept one before it)
            let replayed = t
                .replay
                .and_then(|i| t.history.snaps().get(i))
                .map(|x| x.steps);
            t.history.push(snap);
            t.replay = replayed.and_then(|st| t.history.at_or_before(st));
            // a report without training since the last one (a pause, a step) keeps the speed
            let mut r = r;
            if r.images_per_second.is_none() {
                r.images_per_second = t.last.as_ref().and_then(|l| l.images_per_second);
            }
            t.last = Some(r);
            // a report that says the worker stopped (its step limit) ends the run; one
            // still in flight after a pause does not restart it
            if !running {
                t.want_running = false;
            }
            t.worker_running = running;
            t.phase = if t.want_running {
                Phase::Running
            } else {
                Phase::Paused
            };
            // the origin and the hover image follow the new weights (when live)
            t.refresh_shown();
        }
        TrainMsg::WorkerError(e) => {
            t.map_pending = None;
            t.phase = Phase::Failed(e)
        }
        TrainMsg::Stopped => t.worker_running = false,
        TrainMsg::JobError(e) => {
            t.map_pending = None;
            t.notice = Some(format!("{e}. The model is kept: train on, or try again."));
        }
        TrainMsg::Worker(id, m) => {
            if id == t.session {
                update_view(t, *m, fx);
            }
        }
        TrainMsg::Hover(at) => {
            t.hover_uv = at;
            t.refresh_hover();
        }
        TrainMsg::Nudge(du, dv) => {
            let (u, v) = t.hover_uv.unwrap_or((0.5, 0.5));
            t.hover_uv = Some(((u + du).clamp(0.0, 1.0), (v + dv).clamp(0.0, 1.0)));
            t.refresh_hover();
        }
        TrainMsg::Replay(i) => {
            // a hand on the slider stops the playback
            if t.playing {
                t.playing = false;
                fx.push(TrainEffect::ReplayTimer(false));
            }
            let last = t.history.snaps().len().saturating_sub(1);
            t.replay = (i < last).then_some(i);
            t.refresh_shown();
        }
        TrainMsg::Live => {
            t.replay = None;
            if t.playing {
                t.playing = false;
                fx.push(TrainEffect::ReplayTimer(false));
            }
            t.refresh_shown();
        }
        TrainMsg::PlayReplay => {
            if t.playing {
                t.playing = false;
                fx.push(TrainEffect::ReplayTimer(false));
            } else if t.history.snaps().len() >= 2 {
                t.playing = true;
                // from the start, unless paused half-way through
                t.replay = Some(t.replay.unwrap_or(0));
                fx.push(TrainEffect::ReplayTimer(true));
            }
            t.refresh_shown();
        }
        TrainMsg::ReplayTick => {
            if t.playing {
                let next = t.replay.map_or(0, |i| i + 1);
                if next + 1 >= t.history.snaps().len() {
                    // the end of the run: live again
                    t.replay = None;
                    t.playing = false;
                    fx.push(TrainEffect::ReplayTimer(false));
                } else {
                    t.replay = Some(next);
                }
                t.refresh_shown();
            }
        }
        TrainMsg::Download => {
            if t.decoder.is_some() {
                fx.push(TrainEffect::Post(t.session, WorkerCmd::Bundle));
            }
        }
        TrainMsg::MapRequest => {
            if let (Some(s), true, None) = (&t.started, t.decoder.is_some(), &t.map_pending) {
                t.map_pending = Some("asking the worker for the class map…".into());
                let classifier = (t.map_by == MapBy::Classifier).then(|| {
                    format!(
                        "weights/{}/{}",
                        s.dataset,
                        latent_core::bundle::files::CLASSIFIER_FILE
                    )
                });
                fx.push(TrainEffect::Post(
                    t.session,
                    WorkerCmd::Map {
                        cells: t.map_by.cells(),
                        classifier,
                    },
                ));
                t.painting = t.map_by;
            }
        }
        TrainMsg::MapProgress(text) => {
            if t.map_pending.is_some() {
                t.map_pending = Some(text);
            }
        }
        TrainMsg::Map {
            steps,
            cells,
            class,
            confidence,
            bounds,
            ms,
        } => {
            t.map_pending = None;
            let map = match bounds[..] {
                [a, b, c, d] => Meshgrid::new(
                    Bounds {
                        min: [a, b],
                        max: [c, d],
                    },
                    cells,
                    cells,
                )
                .and_then(|g| ClassMap::new(g, class, confidence))
                .map_err(|e| e.to_string()),
                _ => Err(format!("{} bounds", bounds.len())),
            };
            match map {
                Ok(map) => {
                    t.map = Some(PaintedMap {
                        map,
                        steps,
                        ms,
                        by: t.painting,
                    })
                }
                Err(e) => t.phase = Phase::Failed(format!("the worker's class map is broken: {e}")),
            }
        }
        TrainMsg::Bundle(bytes) => {
            let s = t.started.clone().unwrap_or_default();
            let steps = t.last.as_ref().map_or(0, |r| r.steps);
            let name = format!(
                "{}-{}-seed{}-{steps}steps.safetensors",
                s.dataset, s.kind, s.seed
            );
            t.notice = Some(format!(
                "Downloaded {name} ({} bytes): open it here (Open a bundle file) or keep it.",
                bytes.len()
            ));
            fx.push(TrainEffect::Save { name, bytes });
        }
    }
}
