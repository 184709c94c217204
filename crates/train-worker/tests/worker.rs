//! The worker's side of the view's messages, natively: a start answers Ready, training turns
//! report, and a command of a newer session (Reset) stops the older one's training and
//! painting and drops its queued commands before they run.
#![cfg(not(target_arch = "wasm32"))]

use latent_core::train_msg::{Command, Event, FromWorker, Job, Settings, ToWorker};
use latent_train_worker::worker::Worker;
use std::sync::OnceLock;
use std::time::Instant;

const SUBSET: &[u8] = include_bytes!("../../../weights/mnist/train-subset.safetensors");
const TEST: &[u8] = include_bytes!("../../../weights/mnist/test-images.safetensors");

fn now() -> f64 {
    static T0: OnceLock<Instant> = OnceLock::new();
    T0.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
}

fn to(session: u64, command: Command) -> ToWorker {
    ToWorker { session, command }
}

fn init(session: u64) -> ToWorker {
    let settings = Settings {
        limit: Some(1_000),
        ..Settings::default()
    };
    let (subset, test) = (settings.subset_url(), settings.test_url());
    to(
        session,
        Command::Init {
            settings,
            subset,
            test,
        },
    )
}

/// Runs `m` as the script does: arrival, its files, then the command.
fn send(w: &mut Worker, m: &ToWorker) -> Vec<FromWorker> {
    let mut out = w.arrive(m);
    out.extend(w.begin(m));
    let files: Vec<Vec<u8>> = w
        .files(m)
        .iter()
        .map(|u| match u.as_str() {
            "weights/mnist/train-subset.safetensors" => SUBSET.to_vec(),
            "weights/mnist/test-images.safetensors" => TEST.to_vec(),
            other => panic!("no file {other}"),
        })
        .collect();
    out.extend(w.handle(m, &files));
    out
}

#[test]
fn a_session_starts_trains_and_reports() {
    let mut w = Worker::new(now, 1.0, 0.0);
    let out = send(&mut w, &init(1));
    match &out[..] {
        [FromWorker {
            session: 1,
            event:
                Event::Ready {
                    labels,
                    class_names,
                    train_images,
                    bytes,
                },
        }] => {
            assert_eq!(labels.len(), 1_000);
            assert_eq!(class_names.len(), 10);
            assert_eq!(*train_images, 1_000);
            assert_eq!(*bytes, SUBSET.len() + TEST.len());
        }
        other => panic!("{other:?}"),
    }
    assert!(send(&mut w, &to(1, Command::Train { until: Some(3) })).is_empty());
    assert!(w.training());
    let mut steps = Vec::new();
    while w.training() {
        for m in w.train() {
            let Event::Report {
                report, running, ..
            } = m.event
            else {
                panic!("{m:?}")
            };
            steps.push((report.steps, running));
        }
    }
    assert_eq!(steps.last(), Some(&(3, false)), "{steps:?}");
    // a step, then a pause: each reports
    let out = send(&mut w, &to(1, Command::Step));
    assert!(
        matches!(&out[..], [FromWorker { event: Event::Report { report, running: false, .. }, .. }] if report.steps == 4)
    );
    // the class map by the nearest codes
    let out = send(
        &mut w,
        &to(
            1,
            Command::Map {
                cells: 16,
                classifier: None,
            },
        ),
    );
    assert!(matches!(&out[0].event, Event::MapProgress { .. }));
    match &out[1].event {
        Event::Map {
            steps,
            cells,
            classes,
            confidence,
            ..
        } => {
            assert_eq!((*steps, *cells), (4, 16));
            assert_eq!((classes.len(), confidence.len()), (256, 256));
        }
        other => panic!("{other:?}"),
    }
    // a classifier file that is not one: the model is kept
    let m = to(
        1,
        Command::Map {
            cells: 16,
            classifier: Some("weights/mnist/classifier.safetensors".into()),
        },
    );
    assert_eq!(w.files(&m), ["weights/mnist/classifier.safetensors"]);
    let out = w.handle(&m, &[b"not a classifier".to_vec()]);
    assert!(
        matches!(
            &out[..],
            [FromWorker {
                session: 1,
                event: Event::JobError { job: Job::Map, .. }
            }]
        ),
        "{out:?}"
    );
    // a download that failed: the session's error
    let out = w.failed(&init(2), "could not download: HTTP 503".into());
    assert!(
        matches!(&out[..], [FromWorker { session: 2, event: Event::Error { text } }] if text.contains("503"))
    );
}

#[test]
fn a_newer_session_drops_the_older_ones_work() {
    let mut w = Worker::new(now, 1.0, 1e9);
    send(&mut w, &init(1));
    send(&mut w, &to(1, Command::Train { until: None }));
    assert!(w.training());
    // commands of session 3 still queued when Reset (session 4) arrives
    let (start, train) = (init(3), to(3, Command::Train { until: None }));
    w.arrive(&start);
    assert!(!w.training(), "session 1 stops at its next turn");
    w.arrive(&train);
    let reset = to(4, Command::Reset);
    assert_eq!(
        w.arrive(&reset),
        [FromWorker {
            session: 4,
            event: Event::Stopped
        }]
    );
    // then they run: dropped, downloading nothing
    assert!(w.files(&start).is_empty());
    assert!(w.handle(&start, &[]).is_empty());
    assert!(w.handle(&train, &[]).is_empty());
    assert!(w.handle(&reset, &[]).is_empty());
    assert!(!w.training() && w.train().is_empty());
    // a command of the old session arriving late does nothing
    assert!(send(&mut w, &to(1, Command::Step)).is_empty());
    // the next session trains
    send(&mut w, &init(5));
    send(&mut w, &to(5, Command::Train { until: None }));
    assert!(w.training());
    // painting by the classifier stops when the page leaves the session
    {
        let clf = include_bytes!("../../../weights/mnist/classifier.safetensors").to_vec();
        let m = to(
            5,
            Command::Map {
                cells: 64,
                classifier: Some("weights/mnist/classifier.safetensors".into()),
            },
        );
        let out = w.handle(&m, &[clf]);
        assert!(
            matches!(&out[0].event, Event::MapProgress { .. }),
            "{out:?}"
        );
        assert!(w.painting());
        assert!(w.train().is_empty(), "training waits for the map");
        assert!(matches!(&w.paint()[0].event, Event::MapProgress { .. }));
        w.arrive(&to(6, Command::Reset));
        assert!(!w.painting());
        assert!(w.paint().is_empty());
    }
}
