//! The training view's pure `update`: the buttons (a session's start, pause, step and
//! Reset), the worker's messages, the replay, the class map on request and the page's
//! language.

use super::{
    form, plot_bounds, Command, Event, LossPoint, MapBy, PaintedMap, Phase, Settings, Snapshot,
    ToWorker, TrainEffect, TrainMsg, TrainState,
};
use latent_core::latent_map::{Bounds, ClassMap, Meshgrid};
use latent_core::train_msg::{Job, MapStage, Report};
use latent_i18n::{num, t};
use std::rc::Rc;

/// Applies a training-view message; returns what the edge must do.
pub fn update(t: &mut TrainState, msg: TrainMsg) -> Vec<TrainEffect> {
    t.version += 1;
    let mut fx = Vec::new();
    let before = t.phase.clone();
    update_view(t, msg, &mut fx);
    // the status line changes with every report; screen readers hear the phase changes only
    if t.phase != before {
        let said = match &t.phase {
            Phase::Idle => Some(t!("train-say-reset")),
            Phase::Loading => Some(t!("train-say-loading")),
            Phase::Running => Some(t!("train-say-running")),
            Phase::Paused => t.last.as_ref().map(|r| {
                t!(
                    "train-say-paused",
                    steps = r.steps,
                    test = num(r.test_loss, 1)
                )
            }),
            Phase::Failed(_) => None, // #train-error is an alert
        };
        if let Some(text) = said {
            t.announce = (t.announce.0 + 1, Some(text));
        }
    }
    fx
}

/// A command of the current session for the worker.
fn post(t: &TrainState, command: Command) -> TrainEffect {
    TrainEffect::Post(ToWorker {
        session: t.session,
        command,
    })
}

/// Starts a session with the form's settings (a fresh model): its start command, then `then`.
fn start(t: &mut TrainState, then: Command, fx: &mut Vec<TrainEffect>) {
    t.phase = Phase::Loading;
    t.started = Some(t.settings.clone());
    t.clear_run(fx);
    t.session += 1;
    let s: &Settings = &t.settings;
    let init = Command::Init {
        settings: s.clone(),
        subset: s.subset_url(),
        test: s.test_url(),
    };
    fx.push(post(t, init));
    fx.push(post(t, then));
}

fn update_view(t: &mut TrainState, msg: TrainMsg, fx: &mut Vec<TrainEffect>) {
    match msg {
        TrainMsg::Set(field, v) => form::set_field(t, field, &v),
        TrainMsg::Train => {
            t.want_running = true;
            let train = Command::Train { until: t.until };
            match t.phase {
                Phase::Idle | Phase::Failed(_) => start(t, train, fx),
                Phase::Paused => {
                    t.phase = Phase::Running;
                    fx.push(post(t, train));
                }
                Phase::Loading | Phase::Running => {}
            }
        }
        TrainMsg::Pause => {
            let loading_to_train = t.phase == Phase::Loading && t.want_running;
            t.want_running = false;
            if t.phase == Phase::Running {
                t.phase = Phase::Paused;
                fx.push(post(t, Command::Pause));
            } else if loading_to_train {
                // the worker is still downloading: it pauses after the training it was asked
                // for starts (its messages are handled in order); the report says Paused
                fx.push(post(t, Command::Pause));
            }
        }
        TrainMsg::Step => {
            t.want_running = false;
            match t.phase {
                Phase::Paused | Phase::Running => {
                    t.phase = Phase::Paused;
                    fx.push(post(t, Command::Step));
                }
                Phase::Idle | Phase::Failed(_) => start(t, Command::Step, fx),
                Phase::Loading => {}
            }
        }
        TrainMsg::Reset => {
            t.want_running = false;
            // whatever the old session still sends is dropped, and the worker drops what it
            // still has queued of it
            t.session += 1;
            if t.phase != Phase::Idle {
                fx.push(post(t, Command::Reset));
            }
            t.phase = Phase::Idle;
            t.started = None;
            t.clear_run(fx);
            t.hover_uv = None;
        }
        TrainMsg::Worker(m) => {
            if m.session == t.session {
                on_worker(t, m.event, fx);
            }
        }
        TrainMsg::WorkerError(e) => {
            t.map_pending = None;
            t.phase = Phase::Failed(e)
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
        TrainMsg::Replay(_) | TrainMsg::Live | TrainMsg::PlayReplay | TrainMsg::ReplayTick => {
            replay(t, msg, fx)
        }
        TrainMsg::Language(code) => {
            // a code the page does not speak reads as English
            let code = latent_i18n::find(&code).map_or("en", |l| l.code);
            if t.language != code {
                t.language = code.to_string();
                fx.push(TrainEffect::LoadLanguage(code.to_string()));
            }
        }
        // the edge took the messages (they redraw every sentence); a locale that could not
        // be fetched leaves the view in English, and asking for it again fetches again
        TrainMsg::Messages { code, ftl } => {
            if ftl.is_none() && code == t.language {
                t.language = "en".into();
            }
        }
        TrainMsg::Download => {
            if t.decoder.is_some() {
                fx.push(post(t, Command::Bundle));
            }
        }
        TrainMsg::MapRequest => {
            if let (Some(s), true, None) = (&t.started, t.decoder.is_some(), &t.map_pending) {
                let classifier = (t.map_by == MapBy::Classifier).then(|| {
                    format!(
                        "weights/{}/{}",
                        s.dataset,
                        latent_core::bundle::files::CLASSIFIER_FILE
                    )
                });
                t.map_pending = Some(t!("train-map-asking"));
                let cells = t.map_by.cells();
                fx.push(post(t, Command::Map { cells, classifier }));
                t.painting = t.map_by;
            }
        }
    }
}

/// The replay's slider, its buttons and its timer.
fn replay(t: &mut TrainState, msg: TrainMsg, fx: &mut Vec<TrainEffect>) {
    match msg {
        TrainMsg::Replay(i) => {
            // a hand on the slider stops the playback
            if t.playing {
                t.playing = false;
                fx.push(TrainEffect::ReplayTimer(false));
            }
            let last = t.history.snaps().len().saturating_sub(1);
            t.replay = (i < last).then_some(i);
        }
        TrainMsg::Live => {
            t.replay = None;
            if t.playing {
                t.playing = false;
                fx.push(TrainEffect::ReplayTimer(false));
            }
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
        }
        TrainMsg::ReplayTick => {
            if !t.playing {
                return;
            }
            let next = t.replay.map_or(0, |i| i + 1);
            if next + 1 >= t.history.snaps().len() {
                // the end of the run: live again
                t.replay = None;
                t.playing = false;
                fx.push(TrainEffect::ReplayTimer(false));
            } else {
                t.replay = Some(next);
            }
        }
        _ => return,
    }
    t.refresh_shown();
}

/// A message of the current session's worker.
fn on_worker(t: &mut TrainState, event: Event, fx: &mut Vec<TrainEffect>) {
    match event {
        Event::Ready {
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
        Event::Report {
            report,
            decoder,
            running,
        } => on_report(t, report, &decoder, running),
        Event::Error { text } => {
            t.map_pending = None;
            t.phase = Phase::Failed(t!("train-error-worker", detail = text))
        }
        Event::JobError { job, text } => {
            t.map_pending = None;
            t.notice = Some(match job {
                Job::Map => t!("train-notice-map-failed", detail = text),
                Job::Bundle => t!("train-notice-bundle-failed", detail = text),
            });
        }
        Event::Stopped => t.worker_running = false,
        Event::MapProgress { stage } => {
            if t.map_pending.is_some() {
                t.map_pending = Some(match stage {
                    MapStage::DownloadingClassifier => t!("train-map-downloading-classifier"),
                    MapStage::Painting { cells } => t!("train-map-painting", cells = cells),
                    MapStage::Classifying => t!("train-map-classifying"),
                    MapStage::Classified { done, rows } => {
                        t!("train-map-classified", done = done, rows = rows)
                    }
                });
            }
        }
        Event::Map {
            steps,
            cells,
            classes,
            confidence,
            bounds: [a, b, c, d],
            ms,
        } => {
            t.map_pending = None;
            let bounds = Bounds {
                min: [a, b],
                max: [c, d],
            };
            let map = Meshgrid::new(bounds, cells, cells)
                .and_then(|g| ClassMap::new(g, classes, confidence));
            match map {
                Ok(map) => {
                    t.map = Some(PaintedMap {
                        map,
                        steps,
                        ms,
                        by: t.painting,
                    })
                }
                Err(e) => {
                    t.phase = Phase::Failed(t!("train-error-map-broken", detail = e.to_string()))
                }
            }
        }
        Event::Bundle { bytes } => {
            let s = t.started.clone().unwrap_or_default();
            let steps = t.last.as_ref().map_or(0, |r| r.steps);
            let name = format!(
                "{}-{}-seed{}-{steps}steps.safetensors",
                s.dataset, s.kind, s.seed
            );
            t.notice = Some(t!(
                "train-notice-downloaded",
                name = &name,
                bytes = bytes.len()
            ));
            fx.push(TrainEffect::Save { name, bytes });
        }
    }
}

/// A report with the decoder snapshot (safetensors bytes); `running`: whether the worker goes
/// on.
fn on_report(t: &mut TrainState, mut r: Report, decoder: &[u8], running: bool) {
    let Some(cfg) = t.started.as_ref().map(|s| s.model()) else {
        return; // a report of a session that was reset
    };
    let snapshot = latent_core::train::decoder_from_bytes(&cfg, decoder, "decoder snapshot")
        .and_then(|d| Ok(d.to_kernel()?));
    match snapshot {
        Ok(d) => t.decoder = Some(Rc::new(d)),
        Err(e) => {
            t.phase = Phase::Failed(t!("train-error-snapshot", detail = e.to_string()));
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
    if r.images_per_second.is_none() {
        r.images_per_second = t.last.as_ref().and_then(|l| l.images_per_second);
    }
    t.last = Some(r);
    // a report that says the worker stopped (its step limit) ends the run; one still in
    // flight after a pause does not restart it
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
