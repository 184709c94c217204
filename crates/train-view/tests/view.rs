//! Native tests of the "Train it yourself" view's state (`latent_train_view::state`): the
//! commands it sends the worker, what a real report of the worker (`latent-train-worker`'s
//! session on the committed MNIST subset) does to the plot, the curves and the hover decode,
//! what screen readers hear, and the address's limits.
#![cfg(not(target_arch = "wasm32"))]

use latent_core::model::AutoencoderKind;
use latent_i18n::{t, Text};
use latent_train_view::state::{
    set_limits, update, Command, Event, Field, FromWorker, History, Job, MapBy, Phase, Snapshot,
    ToWorker, TrainEffect, TrainMsg, TrainState, MAX_DECODERS, MAX_SNAPSHOTS,
};
use latent_train_worker::session::{Session, Settings as WorkerSettings};

const SUBSET: &[u8] = include_bytes!("../../../weights/mnist/train-subset.safetensors");
const TEST: &[u8] = include_bytes!("../../../weights/mnist/test-images.safetensors");

/// `text` in English, as the view writes it.
fn en(text: &Text) -> String {
    latent_train_view::l10n::english().text(text)
}

/// The notice line in English (empty without one).
fn notice(s: &S) -> String {
    s.train.notice.as_ref().map(en).unwrap_or_default()
}

/// The last announcement in English, with its number.
fn announced(s: &S) -> (u64, String) {
    let (n, text) = &s.train.announce;
    (*n, text.as_ref().map(en).unwrap_or_default())
}

/// The view's state, named as in the page (`s.train`).
#[derive(Default)]
struct S {
    train: TrainState,
}

fn send(s: &mut S, m: TrainMsg) -> Vec<TrainEffect> {
    update(&mut s.train, m)
}

fn posts(fx: &[TrainEffect]) -> Vec<Command> {
    fx.iter()
        .filter_map(|e| match e {
            TrainEffect::Post(m) => Some(m.command.clone()),
            _ => None,
        })
        .collect()
}

/// A report of a real session as the worker posts it: the figures and the decoder bytes.
fn worker_report(s: &mut Session, steps: usize, running: bool) -> Event {
    for _ in 0..steps {
        s.step().unwrap();
    }
    Event::Report {
        report: s.report().unwrap(),
        decoder: s.decoder_bytes().unwrap(),
        running,
    }
}

/// A message of the worker of session `session`.
fn from(session: u64, event: Event) -> TrainMsg {
    TrainMsg::Worker(FromWorker { session, event })
}

/// Applies a message of the current session's worker.
fn send_event(s: &mut S, event: Event) -> Vec<TrainEffect> {
    let session = s.train.session;
    send(s, from(session, event))
}

#[test]
fn train_starts_the_worker_with_the_forms_settings() {
    let mut s = S::default();
    send(&mut s, TrainMsg::Set(Field::Design, "plain".into()));
    send(&mut s, TrainMsg::Set(Field::Dataset, "fashion".into()));
    send(&mut s, TrainMsg::Set(Field::Batch, "64".into()));
    send(&mut s, TrainMsg::Set(Field::Lr, "not a number".into()));
    send(&mut s, TrainMsg::Set(Field::Dataset, "../etc".into()));
    let p = posts(&send(&mut s, TrainMsg::Train));
    assert_eq!(s.train.phase, Phase::Loading);
    let Command::Init {
        settings: w,
        subset,
        test,
    } = &p[0]
    else {
        panic!("{p:?}")
    };
    assert_eq!(subset, "weights/fashion/train-subset.safetensors");
    assert_eq!(test, "weights/fashion/test-images.safetensors");
    assert_eq!(
        (w.kind, w.batch_size, w.lr, w.seed),
        (AutoencoderKind::Plain, 64, 1e-3, 1)
    );
    assert_eq!(p[1], Command::Train { until: None });
    // a second Train while loading sends nothing
    assert!(posts(&send(&mut s, TrainMsg::Train)).is_empty());
}

#[test]
fn reports_grow_the_curves_move_the_codes_and_decode_under_the_pointer() {
    let mut s = S::default();
    send(&mut s, TrainMsg::Train);
    let settings = WorkerSettings {
        dataset: "mnist".into(),
        kind: AutoencoderKind::Vae,
        beta: 1.0,
        lr: 1e-3,
        batch_size: 128,
        seed: 1,
        limit: Some(1_000),
    };
    let mut w = Session::new(settings, SUBSET, "subset", TEST, "test").unwrap();
    send_event(
        &mut s,
        Event::Ready {
            labels: w.test_labels().to_vec(),
            class_names: w.class_names().to_vec(),
            train_images: 1_000,
            bytes: SUBSET.len() + TEST.len(),
        },
    );
    send_event(&mut s, worker_report(&mut w, 1, true));
    assert_eq!(s.train.phase, Phase::Running);
    let first = s.train.codes.clone();
    let b0 = s.train.bounds.unwrap();
    send(&mut s, TrainMsg::Hover(Some((0.5, 0.5))));
    let (z, px) = s.train.hover.clone().expect("a decode under the pointer");
    let mid = [(b0.min[0] + b0.max[0]) / 2.0, (b0.min[1] + b0.max[1]) / 2.0];
    assert!((z[0] - mid[0]).abs() < 1e-6 && (z[1] - mid[1]).abs() < 1e-6);
    assert_eq!(px.len(), 784);
    send_event(&mut s, worker_report(&mut w, 20, true));
    assert_eq!(s.train.losses.len(), 2);
    assert!(s.train.losses[1].test < s.train.losses[0].test - 50.0);
    assert_ne!(s.train.codes, first, "the codes moved");
    let (_, px2) = s.train.hover.clone().unwrap();
    assert_ne!(px, px2, "the hover decode follows the new weights");
    // the class map on request, painted by the worker
    assert_eq!(
        posts(&send(&mut s, TrainMsg::MapRequest)),
        vec![Command::Map {
            cells: 128,
            classifier: None
        }]
    );
    assert!(s.train.map_pending.is_some());
    assert!(
        posts(&send(&mut s, TrainMsg::MapRequest)).is_empty(),
        "one at a time"
    );
    let codes = w.codes().unwrap();
    let m = w.class_map(&codes, 128).unwrap();
    let b = m.grid.bounds;
    send_event(
        &mut s,
        Event::Map {
            steps: 21,
            cells: 128,
            classes: m.class.clone(),
            confidence: m.confidence.clone(),
            bounds: [b.min[0], b.min[1], b.max[0], b.max[1]],
            ms: 12.0,
        },
    );
    assert!(s.train.map_pending.is_none());
    let got = s.train.map.as_ref().unwrap();
    assert_eq!((&got.map, got.steps, got.by), (&m, 21, MapBy::Nearest));
    // by the classifier: the worker is told which file
    send(&mut s, TrainMsg::Set(Field::MapBy, "classifier".into()));
    assert_eq!(
        posts(&send(&mut s, TrainMsg::MapRequest)),
        vec![Command::Map {
            cells: 64,
            classifier: Some("weights/mnist/classifier.safetensors".into())
        }]
    );
    // a broken map (wrong plane size) is an error, not a panic
    send_event(
        &mut s,
        Event::Map {
            steps: 21,
            cells: 128,
            classes: vec![0; 5],
            confidence: vec![0; 5],
            bounds: [-1.0, -1.0, 1.0, 1.0],
            ms: 1.0,
        },
    );
    assert!(matches!(&s.train.phase, Phase::Failed(e) if en(e).contains("class map")));
    s.train.phase = Phase::Running;
    // a pause: the report still in flight does not restart the run
    let p = posts(&send(&mut s, TrainMsg::Pause));
    assert_eq!(p, vec![Command::Pause]);
    send_event(&mut s, worker_report(&mut w, 1, true));
    assert_eq!(s.train.phase, Phase::Paused);
    // download: the worker writes the file, the page saves it under a telling name
    assert_eq!(
        posts(&send(&mut s, TrainMsg::Download)),
        vec![Command::Bundle]
    );
    let fx = send_event(
        &mut s,
        Event::Bundle {
            bytes: w.view_file().unwrap(),
        },
    );
    match &fx[..] {
        [TrainEffect::Save { name, bytes }] => {
            assert_eq!(name, "mnist-vae-seed1-22steps.safetensors");
            assert!(bytes.len() > 300_000);
        }
        other => panic!("{other:?}"),
    }
    // reset: a report of the old session is ignored
    send(&mut s, TrainMsg::Reset);
    send_event(&mut s, worker_report(&mut w, 1, true));
    assert!(s.train.losses.is_empty() && s.train.decoder.is_none());
}

#[test]
fn a_reset_session_is_not_spoken_for_and_a_failed_map_keeps_the_model() {
    let mut s = S::default();
    send(&mut s, TrainMsg::Train);
    let old = s.train.session;
    let settings = WorkerSettings {
        limit: Some(1_000),
        ..WorkerSettings::default()
    };
    let mut w = Session::new(settings, SUBSET, "subset", TEST, "test").unwrap();
    send(&mut s, from(old, worker_report(&mut w, 3, true)));
    assert_eq!(s.train.phase, Phase::Running);
    assert_eq!(s.train.last.as_ref().unwrap().steps, 3);
    // a failed class map (here: the classifier could not be downloaded) keeps the model
    send(&mut s, TrainMsg::Pause);
    send(
        &mut s,
        from(
            old,
            Event::JobError {
                job: Job::Map,
                text: "HTTP 503".into(),
            },
        ),
    );
    assert_eq!(s.train.phase, Phase::Paused, "not failed");
    assert!(s.train.decoder.is_some());
    assert!(notice(&s).contains("The model is kept"));
    // Reset, then Train: what the old session still sends is dropped
    send(&mut s, TrainMsg::Reset);
    let p = posts(&send(&mut s, TrainMsg::Train));
    assert!(matches!(p[0], Command::Init { .. }));
    assert!(s.train.session > old);
    send(&mut s, from(old, worker_report(&mut w, 10, false)));
    assert!(s.train.last.is_none(), "the old session's report was taken");
    assert_eq!(s.train.phase, Phase::Loading);
    assert!(s.train.losses.is_empty());
    // the new session's own report is taken
    let now = s.train.session;
    send(&mut s, from(now, worker_report(&mut w, 11, true)));
    assert_eq!(s.train.phase, Phase::Running);
}

#[test]
fn odd_settings_are_said_with_the_value_kept() {
    let mut s = S::default();
    for (field, typed, kept_lr, says) in [
        (Field::Lr, "0", 1e-3, "Learning rate “0” ignored"),
        (Field::Lr, "-0.01", 1e-3, "Learning rate “-0.01” ignored"),
        (Field::Lr, "0.5", 0.5, "is large"),
    ] {
        send(&mut s, TrainMsg::Set(field, typed.into()));
        assert_eq!(s.train.settings.lr, kept_lr);
        let n = notice(&s);
        assert!(n.contains(says), "{typed}: {n}");
    }
    send(&mut s, TrainMsg::Set(Field::Lr, "0.002".into()));
    assert_eq!((s.train.settings.lr, s.train.notice.clone()), (0.002, None));
    send(&mut s, TrainMsg::Set(Field::Batch, "100000".into()));
    assert_eq!(s.train.settings.batch_size, 1024);
    // the kept size in the locale's digits (English groups them)
    assert!(notice(&s).contains("training uses 1,024"), "{}", notice(&s));
    send(&mut s, TrainMsg::Set(Field::Seed, "abc".into()));
    assert_eq!(s.train.settings.seed, 1);
    assert!(notice(&s).contains("Seed “abc” ignored"));
    send(&mut s, TrainMsg::Set(Field::Beta, "-3".into()));
    assert_eq!(s.train.settings.beta, 0.0);
    assert!(notice(&s).contains("β = -3 is outside 0 to 100"));
}

#[test]
fn screen_readers_hear_the_phase_changes_not_every_report() {
    let mut s = S::default();
    send(&mut s, TrainMsg::Train);
    assert_eq!(
        announced(&s),
        (
            1,
            "Starting the training worker and downloading the data.".to_string()
        )
    );
    let settings = WorkerSettings {
        limit: Some(1_000),
        ..WorkerSettings::default()
    };
    let mut w = Session::new(settings, SUBSET, "subset", TEST, "test").unwrap();
    send_event(&mut s, worker_report(&mut w, 1, true));
    assert_eq!(announced(&s), (2, "Training.".to_string()));
    send_event(&mut s, worker_report(&mut w, 1, true));
    assert_eq!(
        s.train.announce.0, 2,
        "a report in the same phase is not spoken"
    );
    // paused at once, with the last report's figures; the report still in flight is not
    // spoken again
    send(&mut s, TrainMsg::Pause);
    let (n, text) = announced(&s);
    assert_eq!(n, 3);
    assert!(
        text.starts_with("Paused after 2 steps; test loss "),
        "{text}"
    );
    send_event(&mut s, worker_report(&mut w, 1, false));
    assert_eq!(s.train.announce.0, 3);
}

#[test]
fn the_address_can_limit_steps_and_images() {
    let mut t = TrainState::default();
    set_limits(&mut t, "?dataset=mnist&train_steps=40&train_limit=500");
    assert_eq!((t.until, t.settings.limit), (Some(40), Some(500)));
    let mut t = TrainState::default();
    set_limits(&mut t, "train_steps=abc&train_limit=0&x");
    assert_eq!((t.until, t.settings.limit), (None, None));
    // the step limit reaches the worker with Train
    t.until = Some(7);
    let p = posts(&update(&mut t, TrainMsg::Train));
    assert_eq!(p[1], Command::Train { until: Some(7) });
}

#[test]
fn the_markup_comes_with_the_module_and_holds_every_element_once() {
    use latent_train_view::app::{BODY_HTML, VIEW_CSS};
    use latent_train_view::render::ids;
    for i in ids::IN_BODY {
        // (a space before it: not a data-l10n-id of the same name)
        let attr = format!(" id=\"{i}\"");
        assert_eq!(BODY_HTML.matches(&attr).count(), 1, "{i}");
    }
    let body_ids = BODY_HTML.matches(" id=\"").count();
    assert_eq!(
        body_ids,
        ids::IN_BODY.len(),
        "an element render.rs does not know"
    );
    // the first view's page holds only the empty container
    let index = include_str!("../../../www/index.html");
    assert!(index.contains(&format!("<div id=\"{}\" hidden></div>", ids::BODY)));
    for i in ids::IN_BODY {
        assert!(!index.contains(&format!("id=\"{i}\"")), "{i} in index.html");
    }
    assert!(
        VIEW_CSS.contains(".train-plot")
            && !include_str!("../../../www/style.css").contains(".train-plot")
    );
}

#[test]
fn the_replay_shows_each_kept_snapshot_with_its_weights_and_plays_to_live() {
    let mut s = S::default();
    send(&mut s, TrainMsg::Train);
    let settings = WorkerSettings {
        limit: Some(1_000),
        ..WorkerSettings::default()
    };
    let mut w = Session::new(settings, SUBSET, "subset", TEST, "test").unwrap();
    send_event(&mut s, worker_report(&mut w, 1, true));
    let first_codes = s.train.codes.clone();
    let first_decoder = s.train.decoder.clone().unwrap();
    send_event(&mut s, worker_report(&mut w, 15, true));
    send_event(&mut s, worker_report(&mut w, 15, true));
    assert_eq!(
        s.train
            .history
            .snaps()
            .iter()
            .map(|h| h.steps)
            .collect::<Vec<_>>(),
        vec![1, 16, 31]
    );
    // the first snapshot: its codes, its bounds, its weights under the pointer
    send(&mut s, TrainMsg::Hover(Some((0.25, 0.75))));
    send(&mut s, TrainMsg::Replay(0));
    let sh = s.train.shown();
    assert_eq!(sh.codes, &first_codes[..]);
    assert_eq!(sh.replay, Some((1, 1)));
    let b = s.train.history.snaps()[0].bounds.unwrap();
    let z = latent_train_view::state::z_at(&b, 0.25, 0.75);
    let (hz, px) = s.train.hover.clone().unwrap();
    assert_eq!(hz, z);
    assert_eq!(
        px,
        first_decoder.forward(&z),
        "decoded with step 1's weights"
    );
    assert_eq!(
        s.train.origin.clone().unwrap(),
        first_decoder.forward(&[0.0, 0.0])
    );
    // training goes on meanwhile: the replayed snapshot stays on screen
    send_event(&mut s, worker_report(&mut w, 5, true));
    assert_eq!(s.train.shown().replay, Some((1, 1)));
    assert_eq!(s.train.history.snaps().len(), 4);
    // the slider's last position is live
    send(&mut s, TrainMsg::Replay(3));
    assert!(s.train.replay.is_none());
    assert_eq!(s.train.shown().codes, &s.train.codes[..]);
    // play: from the start, one snapshot per tick, live at the end, the timer stopped
    let fx = send(&mut s, TrainMsg::PlayReplay);
    assert!(matches!(fx[..], [TrainEffect::ReplayTimer(true)]), "{fx:?}");
    assert_eq!(s.train.replay, Some(0));
    send(&mut s, TrainMsg::ReplayTick);
    send(&mut s, TrainMsg::ReplayTick);
    assert_eq!(s.train.replay, Some(2));
    let fx = send(&mut s, TrainMsg::ReplayTick);
    assert!(
        matches!(fx[..], [TrainEffect::ReplayTimer(false)]),
        "{fx:?}"
    );
    assert!(s.train.replay.is_none() && !s.train.playing);
    // Reset forgets the run
    send(&mut s, TrainMsg::PlayReplay);
    let fx = send(&mut s, TrainMsg::Reset);
    assert!(fx.contains(&TrainEffect::ReplayTimer(false)));
    assert!(s.train.history.snaps().is_empty() && s.train.replay.is_none());
}

#[test]
fn thinning_keeps_the_whole_run_evenly_within_the_limits() {
    let dense = latent_kernels::Dense::new(&[1.0, 0.0], &[0.0], 2, 1).unwrap();
    let d = std::rc::Rc::new(latent_kernels::Mlp::new(vec![dense]).unwrap());
    let mut h = History::default();
    for step in 1..=3_000 {
        h.push(Snapshot {
            n: 0,
            steps: step,
            epochs: step as f64,
            test_loss: 0.0,
            codes: vec![],
            bounds: None,
            decoder: Some(d.clone()),
        });
        let s = h.snaps();
        assert!(s.len() <= MAX_SNAPSHOTS);
        assert!(s.iter().filter(|x| x.decoder.is_some()).count() <= MAX_DECODERS);
        assert_eq!(s[0].steps, 1, "the run's start is kept");
        assert_eq!(s.last().unwrap().steps, step, "and its latest report");
        assert!(
            s.last().unwrap().decoder.is_some(),
            "the latest keeps its weights"
        );
    }
    let s = h.snaps();
    assert!(s.len() > MAX_SNAPSHOTS / 2, "{}", s.len());
    // evenly spaced (the latest may be closer to the one before it)
    let gaps: Vec<usize> = s.windows(2).map(|w| w[1].steps - w[0].steps).collect();
    let body = &gaps[..gaps.len() - 1];
    assert!(body.iter().all(|&g| g == body[0]), "{gaps:?}");
    let with: Vec<usize> = s
        .iter()
        .filter(|x| x.decoder.is_some())
        .map(|x| x.steps)
        .collect();
    assert!(with.len() > MAX_DECODERS / 2, "{with:?}");
    let dg: Vec<usize> = with.windows(2).map(|w| w[1] - w[0]).collect();
    assert!(dg[..dg.len() - 1].iter().all(|&g| g == dg[0]), "{dg:?}");
    // the replay keeps its place: the last kept snapshot at or before a step
    let i = h.at_or_before(1_000).unwrap();
    assert!(s[i].steps <= 1_000 && s[i + 1].steps > 1_000);
    // a report at the same step (after a pause) replaces the latest
    let n = s.len();
    h.push(Snapshot {
        n: 0,
        steps: 3_000,
        epochs: 0.0,
        test_loss: 1.0,
        codes: vec![],
        bounds: None,
        decoder: None,
    });
    assert_eq!(h.snaps().len(), n);
    assert_eq!(h.snaps().last().unwrap().test_loss, 1.0);
}

#[test]
fn review_mends_slider_stops_play_new_session_forgets_the_map_form_echo_and_keys() {
    let mut s = S::default();
    send(&mut s, TrainMsg::Train);
    let settings = WorkerSettings {
        limit: Some(1_000),
        ..WorkerSettings::default()
    };
    let mut w = Session::new(settings, SUBSET, "subset", TEST, "test").unwrap();
    for _ in 0..3 {
        send_event(&mut s, worker_report(&mut w, 2, true));
    }
    // the slider moved to its end during a playback: live, and the playback stops
    send(&mut s, TrainMsg::PlayReplay);
    send(&mut s, TrainMsg::ReplayTick);
    let fx = send(&mut s, TrainMsg::Replay(2));
    assert!(fx.contains(&TrainEffect::ReplayTimer(false)), "{fx:?}");
    assert!(!s.train.playing && s.train.replay.is_none());
    send(&mut s, TrainMsg::ReplayTick);
    assert!(s.train.replay.is_none(), "no tick restarts it");
    // the keyboard's cursor: from the centre, one step of 1/32 of the plot
    send(&mut s, TrainMsg::Nudge(1.0 / 32.0, 0.0));
    assert_eq!(s.train.hover_uv, Some((0.5 + 1.0 / 32.0, 0.5)));
    let b = s.train.bounds.unwrap();
    let (z, px) = s.train.hover.clone().unwrap();
    assert_eq!(z, latent_train_view::state::z_at(&b, 0.5 + 1.0 / 32.0, 0.5));
    assert_eq!(px.len(), 784);
    send(&mut s, TrainMsg::Nudge(-5.0, 5.0));
    assert_eq!(s.train.hover_uv, Some((0.0, 1.0)), "kept on the plot");
    // a class map, then the worker fails: a new session starts without the old model's map
    let codes = w.codes().unwrap();
    let m = w.class_map(&codes, 16).unwrap();
    let bd = m.grid.bounds;
    send(&mut s, TrainMsg::MapRequest);
    send_event(
        &mut s,
        Event::Map {
            steps: 6,
            cells: 16,
            classes: m.class.clone(),
            confidence: m.confidence.clone(),
            bounds: [bd.min[0], bd.min[1], bd.max[0], bd.max[1]],
            ms: 1.0,
        },
    );
    assert!(s.train.map.is_some());
    send(
        &mut s,
        TrainMsg::WorkerError(t!("train-error-worker", detail = "the worker crashed")),
    );
    send(&mut s, TrainMsg::Train);
    assert_eq!(s.train.phase, Phase::Loading);
    assert!(s.train.map.is_none() && s.train.decoder.is_none() && s.train.codes.is_empty());
    assert!(s.train.history.snaps().is_empty() && s.train.losses.is_empty());
    // a value not used as typed is written back into the form
    let mut s = S::default();
    send(&mut s, TrainMsg::Set(Field::Beta, "500".into()));
    assert_eq!(s.train.form_echo, (1, Some((Field::Beta, "100".into()))));
    send(&mut s, TrainMsg::Set(Field::Lr, "0.5".into()));
    assert_eq!(s.train.form_echo.0, 1, "a large rate is used as typed");
    send(&mut s, TrainMsg::Set(Field::Seed, "-3".into()));
    assert_eq!(s.train.form_echo, (2, Some((Field::Seed, "1".into()))));
    send(&mut s, TrainMsg::Set(Field::Batch, "64".into()));
    assert_eq!(s.train.form_echo.0, 2);
}

#[test]
fn reset_cancels_the_session_in_the_worker_and_every_command_carries_its_session() {
    let mut s = S::default();
    let fx = send(&mut s, TrainMsg::Train);
    let first = s.train.session;
    assert_eq!(fx.len(), 2);
    assert!(fx
        .iter()
        .all(|e| matches!(e, TrainEffect::Post(m) if m.session == first)));
    // Reset while loading: the worker is told, stamped with the new session, so it drops the
    // old session's start and train still queued
    let fx = send(&mut s, TrainMsg::Reset);
    let reset = ToWorker {
        session: first + 1,
        command: Command::Reset,
    };
    assert_eq!(fx, vec![TrainEffect::Post(reset)]);
    assert_eq!(s.train.phase, Phase::Idle);
    // the worker's answer: it stopped (a report of the old session had said it trains on)
    s.train.worker_running = true;
    send(&mut s, from(first + 1, Event::Stopped));
    assert!(!s.train.worker_running);
    // a second Reset has nothing to cancel
    assert!(send(&mut s, TrainMsg::Reset).is_empty());
    // the next session's commands carry its own id
    let fx = send(&mut s, TrainMsg::Step);
    let now = s.train.session;
    assert!(now > first + 1);
    assert!(fx
        .iter()
        .all(|e| matches!(e, TrainEffect::Post(m) if m.session == now)));
    assert_eq!(posts(&fx)[1], Command::Step);
}
