//! The sentences the renderer writes, as [`Text`]s (message ids of `train.ftl` with their
//! arguments) built from the state: the status line, the class map's line, the replay's
//! line and labels, the captions and the axes line. Pure (no browser types), so native tests
//! format them with English's and other locales' messages; [`super::TrainRenderer`] writes
//! them in the view's language.

use crate::state::{MapBy, Phase, TrainState, MAX_SNAPSHOTS};
use latent_i18n::{num, t, Text};

/// The name of class `c` in the view's language: a Fashion-MNIST class by its message
/// (`train-class-fashion-0` … `-9`, matched by its English name), any other (a digit) as it
/// is; `?` past the list.
pub fn class_label(names: &[String], c: usize) -> Text {
    const IDS: [&str; 10] = [
        "train-class-fashion-0",
        "train-class-fashion-1",
        "train-class-fashion-2",
        "train-class-fashion-3",
        "train-class-fashion-4",
        "train-class-fashion-5",
        "train-class-fashion-6",
        "train-class-fashion-7",
        "train-class-fashion-8",
        "train-class-fashion-9",
    ];
    let name = names.get(c).map_or("?", String::as_str);
    match latent_core::dataset::fashion_class(name) {
        Some(i) => Text::id(IDS[i]),
        None => t!("train-verbatim", text = name),
    }
}

/// `"yes"` or `"no"`, for a message's selector on an optional part.
fn yes(b: bool) -> &'static str {
    if b {
        "yes"
    } else {
        "no"
    }
}

/// A size of downloaded data: kilobytes (1000 bytes, rounded up) under 1 MiB, megabytes with
/// one decimal above (as [`latent_web_kit::human_bytes`], in the view's language).
pub fn bytes(n: u64) -> Text {
    if n >= 1 << 20 {
        t!("train-bytes-mb", mb = num(n as f64 / 1e6, 1))
    } else {
        t!("train-bytes-kb", kb = n.div_ceil(1000))
    }
}

/// The status line: where the session is and, once the worker reported, the run's figures
/// (steps, epochs, test and training loss in nats/image, speed, data downloaded) and the
/// address's step limit.
pub fn status(t: &TrainState) -> Text {
    let phase = match &t.phase {
        Phase::Idle => return t!("train-status-idle"),
        Phase::Loading => return t!("train-status-loading"),
        Phase::Running => "running",
        Phase::Paused => "paused",
        Phase::Failed(_) => "stopped",
    };
    let Some(r) = &t.last else {
        return t!("train-status-phase", phase = phase);
    };
    let mut report = t!(
        "train-status-report",
        phase = phase,
        steps = r.steps,
        epochs = num(r.epochs, 2),
        images = t.train_images,
        test = num(r.test_loss, 1),
        has_train = yes(r.train_loss.is_some()),
        has_speed = yes(r.images_per_second.is_some()),
        has_data = yes(t.data_bytes > 0),
    );
    if let Some(l) = r.train_loss {
        report = report.arg("train", num(l, 1));
    }
    if let Some(v) = r.images_per_second {
        report = report.arg("speed", num(v, 0));
    }
    if t.data_bytes > 0 {
        report = report.arg("data", bytes(t.data_bytes as u64));
    }
    let Some(u) = t.until else {
        return report;
    };
    let key = format!("train_steps={u}");
    let limit = if r.steps >= u {
        t!("train-status-limit-reached", until = u, key = key)
    } else {
        t!("train-status-limit", until = u, key = key)
    };
    t!("train-two-sentences", first = report, second = limit)
}

/// The class map's line: the worker's progress, why the map is not drawn under a replayed
/// snapshot, or how the map behind the plot was painted; `None` without a map.
pub fn map_note(t: &TrainState) -> Option<Text> {
    match (&t.map_pending, &t.map) {
        (Some(p), _) => Some(p.clone()),
        (None, Some(p)) if t.replay.is_some() => Some(t!("train-map-replaying", step = p.steps)),
        (None, Some(p)) => {
            let (w, h, ms) = (p.map.grid.width, p.map.grid.height, num(p.ms, 0));
            Some(match p.by {
                MapBy::Nearest => {
                    t!(
                        "train-map-nearest",
                        step = p.steps,
                        width = w,
                        height = h,
                        ms = ms
                    )
                }
                MapBy::Classifier => {
                    t!(
                        "train-map-classifier",
                        step = p.steps,
                        width = w,
                        height = h,
                        ms = ms
                    )
                }
            })
        }
        (None, None) => None,
    }
}

/// The caption of the decode under the pointer: its z (3 decimals), and the step whose
/// weights decode it while a snapshot is replayed.
pub fn z_caption(t: &TrainState) -> Text {
    match (&t.hover, t.shown().replay) {
        (Some((z, _)), None) => t!("train-z", z1 = num(z[0], 3), z2 = num(z[1], 3)),
        (Some((z, _)), Some((_, d))) => t!(
            "train-z-replay",
            z1 = num(z[0], 3),
            z2 = num(z[1], 3),
            step = d
        ),
        (None, None) => t!("train-z-none"),
        (None, Some((_, d))) => t!("train-z-none-replay", step = d),
    }
}

/// The caption of the decode at the origin.
pub fn origin_caption(t: &TrainState) -> Text {
    match t.shown().replay {
        Some((_, d)) => t!("train-origin-caption-replay", step = d),
        None => t!("train-origin-caption"),
    }
}

/// The line under the plot: the bounds of z₁ and z₂ (2 decimals); `None` before the first
/// codes.
pub fn axes(t: &TrainState) -> Option<Text> {
    let b = t.shown().bounds?;
    Some(t!(
        "train-axes",
        x0 = num(b.min[0], 2),
        x1 = num(b.max[0], 2),
        y0 = num(b.min[1], 2),
        y1 = num(b.max[1], 2)
    ))
}

/// The replay's play button: "Play the run", or "Stop" while it plays.
pub fn play_label(t: &TrainState) -> Text {
    if t.playing {
        t!("train-replay-stop")
    } else {
        t!("train-replay-play")
    }
}

/// What the replay's slider says at position `at` (`step … of …`); `None` with fewer than
/// two snapshots (the row is hidden).
pub fn replay_valuetext(t: &TrainState, at: usize) -> Option<Text> {
    let h = t.history.snaps();
    let (s, last) = (h.get(at)?, h.last()?);
    (h.len() >= 2).then(|| t!("train-replay-valuetext", step = s.steps, last = last.steps))
}

/// The replay's line: the replayed snapshot's figures, or what the live run keeps.
pub fn replay_note(t: &TrainState) -> Text {
    let h = t.history.snaps();
    match t.replay.and_then(|i| h.get(i)) {
        Some(s) => t!(
            "train-replay-note",
            step = s.steps,
            epochs = num(s.epochs, 2),
            test = num(s.test_loss, 1),
            kept = h.len()
        ),
        None => t!(
            "train-replay-note-live",
            kept = h.len(),
            max = MAX_SNAPSHOTS
        ),
    }
}

/// The label at the right end of the loss curves' horizontal axis: the epochs trained.
pub fn loss_epochs(epochs: f64) -> Text {
    t!("train-loss-epochs", epochs = num(epochs, 2))
}
