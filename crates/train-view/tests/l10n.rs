//! The training view's languages (`www/locales/en/train.ftl`): every message the source builds
//! exists in English and formats without a missing-message marker through a real session (the
//! `latent-train-worker` session on the committed MNIST subset); the markup (`body.html`) holds
//! each text with its message id and the same English; numbers follow the locale (a German
//! test file writes decimal commas; English falls in for what it lacks).
#![cfg(not(target_arch = "wasm32"))]

use latent_core::model::AutoencoderKind;
use latent_i18n::check::Module;
use latent_i18n::{t, Arg, L10n, Text};
use latent_train_view::app::BODY_HTML;
use latent_train_view::l10n::{english, load, ENGLISH_FTL};
use latent_train_view::render::texts;
use latent_train_view::state::{
    set_limits, update, Event, Field, FromWorker, Job, Phase, TrainMsg, TrainState,
};
use latent_train_worker::session::{Session, Settings as WorkerSettings};
use std::collections::BTreeSet;

const SUBSET: &[u8] = include_bytes!("../../../weights/mnist/train-subset.safetensors");
const TEST: &[u8] = include_bytes!("../../../weights/mnist/test-images.safetensors");

const VIEW: Module = Module {
    name: "train",
    english: ENGLISH_FTL,
    crate_dir: env!("CARGO_MANIFEST_DIR"),
    tables: &["src/render/texts.rs", "src/render/mod.rs"],
    body_html: BODY_HTML,
    attrs: &latent_web_kit::L10N_ATTRS,
};

#[test]
fn english_messages_are_the_views_own_and_each_is_used() {
    VIEW.check_messages(&english(), (80, 50));
}

/// The markup's texts and attributes are those of their English messages.
#[test]
fn the_markup_says_its_english_messages() {
    let checked = VIEW.check_markup(&english());
    assert!(checked >= 35, "{checked} elements with messages");
}

/// Checks that `text` (and every message among its arguments) is in English's messages and
/// formats without a missing message or variable; records its id.
fn check(en: &L10n, text: &Text, seen: &mut BTreeSet<&'static str>) -> String {
    assert!(en.has(text.id), "{} is not in en/train.ftl", text.id);
    seen.insert(text.id);
    for (_, a) in &text.args {
        if let Arg::Text(inner) = a {
            check(en, inner, seen);
        }
    }
    let s = en.text(text);
    assert!(
        !s.contains("[train-") && !s.contains("{$") && !s.contains("{\""),
        "{}: {s:?}",
        text.id
    );
    s
}

/// Every sentence the view writes for state `t`.
fn sentences(t: &TrainState) -> Vec<Text> {
    let mut v = vec![
        texts::status(t),
        texts::z_caption(t),
        texts::origin_caption(t),
        texts::play_label(t),
        texts::replay_note(t),
    ];
    v.extend(texts::map_note(t));
    v.extend(texts::axes(t));
    v.extend(t.notice.clone());
    v.extend(t.announce.1.clone());
    v.extend(t.map_pending.clone());
    if let Phase::Failed(e) = &t.phase {
        v.push(e.clone());
    }
    for i in 0..t.history.snaps().len() {
        v.extend(texts::replay_valuetext(t, i));
    }
    if let Some(l) = t.losses.last() {
        v.push(texts::loss_epochs(l.epochs));
    }
    v
}

/// The view's state driven by messages, each state's sentences checked in English.
struct Drive {
    t: TrainState,
    en: L10n,
    seen: BTreeSet<&'static str>,
}

impl Drive {
    fn send(&mut self, m: TrainMsg) {
        update(&mut self.t, m);
        for s in sentences(&self.t) {
            check(&self.en, &s, &mut self.seen);
        }
    }

    fn event(&mut self, event: Event) {
        let session = self.t.session;
        self.send(TrainMsg::Worker(FromWorker { session, event }));
    }

    fn say(&self, text: &Text) -> String {
        self.en.text(text)
    }
}

/// A report of a real session as the worker posts it.
fn report(w: &mut Session, steps: usize, running: bool, speed: Option<f64>) -> Event {
    for _ in 0..steps {
        w.step().unwrap();
    }
    let mut report = w.report().unwrap();
    report.images_per_second = speed;
    Event::Report {
        report,
        decoder: w.decoder_bytes().unwrap(),
        running,
    }
}

#[test]
fn every_sentence_of_a_real_session_is_an_english_message_with_real_numbers() {
    let mut d = Drive {
        t: TrainState::default(),
        en: english(),
        seen: BTreeSet::new(),
    };
    assert_eq!(
        d.say(&texts::status(&d.t)),
        "Choose the settings and press Train."
    );
    // settings the worker would not use as typed
    for (field, typed) in [
        (Field::Beta, "500"),
        (Field::Beta, "x"),
        (Field::Lr, "0.5"),
        (Field::Lr, "-1"),
        (Field::Batch, "0"),
        (Field::Batch, "many"),
        (Field::Seed, "-3"),
    ] {
        d.send(TrainMsg::Set(field, typed.into()));
        assert!(d.t.notice.is_some(), "{typed}");
    }
    assert_eq!(
        d.say(d.t.notice.as_ref().unwrap()),
        "Seed “-3” ignored: a whole number from 0; training uses seed 1."
    );
    d.send(TrainMsg::Set(Field::Batch, "0".into()));
    assert_eq!(
        d.say(d.t.notice.as_ref().unwrap()),
        "A batch of 0 images is outside 1 to 1,024: training uses 1."
    );
    d.send(TrainMsg::Set(Field::Beta, "1.5".into()));
    d.send(TrainMsg::Set(Field::Lr, "0.001".into()));
    d.send(TrainMsg::Set(Field::Batch, "128".into()));
    assert!(d.t.notice.is_none());
    set_limits(&mut d.t, "?train_steps=30");
    d.send(TrainMsg::Train);
    assert_eq!(
        d.say(&texts::status(&d.t)),
        "Starting the worker and downloading the training data…"
    );
    let settings = WorkerSettings {
        dataset: "mnist".into(),
        kind: AutoencoderKind::Vae,
        beta: 1.5,
        lr: 1e-3,
        batch_size: 128,
        seed: 1,
        limit: Some(1_000),
    };
    let mut w = Session::new(settings, SUBSET, "subset", TEST, "test").unwrap();
    let bytes = SUBSET.len() + TEST.len();
    d.event(Event::Ready {
        labels: w.test_labels().to_vec(),
        class_names: w.class_names().to_vec(),
        train_images: 1_000,
        bytes,
    });
    // the first report: one step (its training loss measured), no speed yet
    d.event(report(&mut w, 1, true, None));
    let r = d.t.last.clone().unwrap();
    let data = if bytes >= 1 << 20 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} kB", bytes.div_ceil(1000))
    };
    let train = r.train_loss.expect("a step was measured");
    assert_eq!(
        d.say(&texts::status(&d.t)),
        format!(
            "Training: 1 step, {:.2} epochs of 1,000 images; test loss {:.1} nats/image, \
             training loss {train:.1} nats/image (training data: {data} downloaded). \
             Training stops at step 30 (train_steps=30 in the address).",
            r.epochs, r.test_loss
        )
    );
    assert_eq!(d.say(d.t.announce.1.as_ref().unwrap()), "Training.");
    d.event(report(&mut w, 15, true, Some(2345.6)));
    let r = d.t.last.clone().unwrap();
    let status = d.say(&texts::status(&d.t));
    assert!(
        status.starts_with(&format!(
            "Training: 16 steps, {:.2} epochs of 1,000 images; test loss {:.1} nats/image, \
             training loss ",
            r.epochs, r.test_loss
        )),
        "{status}"
    );
    assert!(
        status.contains(" nats/image, 2,346 images/s (training data: "),
        "{status}"
    );
    // the pointer on the plot, the axes
    d.send(TrainMsg::Hover(Some((0.25, 0.75))));
    let (z, _) = d.t.hover.clone().unwrap();
    assert_eq!(
        d.say(&texts::z_caption(&d.t)),
        format!("z = ({:.3}, {:.3})", z[0], z[1])
    );
    let b = d.t.bounds.unwrap();
    assert_eq!(
        d.say(&texts::axes(&d.t).unwrap()),
        format!(
            "z₁ from {:.2} to {:.2}, z₂ from {:.2} to {:.2} (the 0.1 %–99.9 % range of the codes plus 5 %)",
            b.min[0], b.max[0], b.min[1], b.max[1]
        )
    );
    // the class map: asked, the worker's progress, painted
    d.send(TrainMsg::MapRequest);
    assert_eq!(
        d.say(&texts::map_note(&d.t).unwrap()),
        "Class map: asking the worker for the class map…"
    );
    d.event(Event::MapProgress {
        stage: latent_core::train_msg::MapStage::Painting { cells: 16 },
    });
    assert_eq!(
        d.say(&texts::map_note(&d.t).unwrap()),
        "Class map: painting a 16 × 16 class map…"
    );
    let codes = w.codes().unwrap();
    let m = w.class_map(&codes, 16).unwrap();
    let bd = m.grid.bounds;
    d.event(Event::Map {
        steps: 16,
        cells: 16,
        classes: m.class.clone(),
        confidence: m.confidence.clone(),
        bounds: [bd.min[0], bd.min[1], bd.max[0], bd.max[1]],
        ms: 12.4,
    });
    assert!(d
        .say(&texts::map_note(&d.t).unwrap())
        .starts_with("Background: the class map at step 16 (16 × 16 cells, 12 ms), each cell"));
    d.event(report(&mut w, 4, true, None));
    // the replay: its line, its slider, its captions
    d.send(TrainMsg::Replay(0));
    let first = d.t.history.snaps()[0].clone();
    assert_eq!(
        d.say(&texts::replay_note(&d.t)),
        format!(
            "Replay: step 1 ({:.2} epochs, test loss {:.1} nats/image), 3 snapshots kept.",
            first.epochs, first.test_loss
        )
    );
    assert_eq!(
        d.say(&texts::replay_valuetext(&d.t, 0).unwrap()),
        "step 1 of 20"
    );
    assert_eq!(
        d.say(&texts::origin_caption(&d.t)),
        "The decode at z = (0, 0) with the weights of step 1."
    );
    assert_eq!(
        d.say(&texts::map_note(&d.t).unwrap()),
        "The class map (of step 16) is not drawn while a snapshot is replayed."
    );
    assert!(d
        .say(&texts::z_caption(&d.t))
        .ends_with("), decoded with the weights of step 1"));
    d.send(TrainMsg::Hover(None));
    assert_eq!(
        d.say(&texts::z_caption(&d.t)),
        "Point at the plot to decode with the weights of step 1."
    );
    d.send(TrainMsg::PlayReplay);
    assert_eq!(d.say(&texts::play_label(&d.t)), "Stop");
    d.send(TrainMsg::Live);
    assert_eq!(d.say(&texts::play_label(&d.t)), "Play the run");
    assert_eq!(
        d.say(&texts::replay_note(&d.t)),
        "Live. The run so far: 3 snapshots kept (one per report, every ~0.7 s; evenly thinned \
         to at most 240 over the whole run)."
    );
    // pause: the announcement with the figures
    d.send(TrainMsg::Pause);
    let r = d.t.last.clone().unwrap();
    assert_eq!(
        d.say(d.t.announce.1.as_ref().unwrap()),
        format!(
            "Paused after 20 steps; test loss {:.1} nats per image.",
            r.test_loss
        )
    );
    // the step limit reached
    d.event(report(&mut w, 10, false, None));
    assert!(d.say(&texts::status(&d.t)).ends_with(
        " This page's address stops training at step 30 (train_steps=30): Train does nothing \
         more; remove it from the address to train on."
    ));
    assert!(d
        .say(&texts::status(&d.t))
        .starts_with("Paused: 30 steps, "));
    // failed jobs keep the model; the bundle is offered
    for job in [Job::Map, Job::Bundle] {
        d.event(Event::JobError {
            job,
            text: "HTTP 503".into(),
        });
    }
    assert_eq!(
        d.say(d.t.notice.as_ref().unwrap()),
        "Could not write the bundle: HTTP 503. The model is kept: train on, or try again."
    );
    d.event(Event::Bundle {
        bytes: vec![0; 1234],
    });
    assert_eq!(
        d.say(d.t.notice.as_ref().unwrap()),
        "Downloaded mnist-vae-seed1-30steps.safetensors (1,234 bytes): open it here (Open a \
         bundle file) or keep it."
    );
    // the errors that end a session
    d.event(Event::Map {
        steps: 30,
        cells: 16,
        classes: vec![0; 3],
        confidence: vec![0; 3],
        bounds: [-1.0, -1.0, 1.0, 1.0],
        ms: 1.0,
    });
    assert!(d
        .say(&texts::status(&d.t))
        .starts_with("Stopped: 30 steps, "));
    d.event(Event::Error {
        text: "out of memory".into(),
    });
    assert_eq!(
        d.say(match &d.t.phase {
            Phase::Failed(e) => e,
            p => panic!("{p:?}"),
        }),
        "The training worker stopped: out of memory"
    );
    d.send(TrainMsg::WorkerError(t!(
        "train-error-files",
        url = "./train-worker-abc.js"
    )));
    d.send(TrainMsg::Reset);
    assert_eq!(d.say(d.t.announce.1.as_ref().unwrap()), "Training reset.");
    // a broken decoder snapshot
    d.send(TrainMsg::Step);
    d.event(Event::Report {
        report: w.report().unwrap(),
        decoder: vec![1, 2, 3],
        running: false,
    });
    assert!(matches!(d.t.phase, Phase::Failed(_)));
    assert!(
        d.seen.len() >= 40,
        "{} messages seen: {:?}",
        d.seen.len(),
        d.seen
    );
}

#[test]
fn the_language_is_asked_for_once_and_a_failed_download_leaves_english() {
    use latent_train_view::state::TrainEffect;
    let mut t = TrainState::default();
    let fx = update(&mut t, TrainMsg::Language("pt-br".into()));
    assert_eq!(fx, vec![TrainEffect::LoadLanguage("pt-BR".into())]);
    assert!(update(&mut t, TrainMsg::Language("pt-BR".into())).is_empty());
    // a language the page does not speak is English
    let fx = update(&mut t, TrainMsg::Language("sv".into()));
    assert_eq!(fx, vec![TrainEffect::LoadLanguage("en".into())]);
    let fx = update(&mut t, TrainMsg::Language("de".into()));
    assert_eq!(fx, vec![TrainEffect::LoadLanguage("de".into())]);
    // de could not be fetched: English, and asking for de again fetches again
    update(
        &mut t,
        TrainMsg::Messages {
            code: "de".into(),
            ftl: None,
        },
    );
    assert_eq!(t.language, "en");
    let fx = update(&mut t, TrainMsg::Language("de".into()));
    assert_eq!(fx, vec![TrainEffect::LoadLanguage("de".into())]);
}

/// A German `train.ftl` for the test: the status line and the byte sizes only.
const DE: &str = r#"
train-status-report =
    { $phase ->
        [running] Training läuft
        [paused] Pausiert
       *[stopped] Angehalten
    }: { $steps ->
        [one] { $steps } Schritt
       *[other] { $steps } Schritte
    }, { $epochs } Epochen über { $images } Bilder; Testverlust { $test } nats/Bild{ $has_train ->
        [yes] , Trainingsverlust { $train } nats/Bild
       *[no] {""}
    }{ $has_speed ->
        [yes] , { $speed } Bilder/s
       *[no] {""}
    }{ $has_data ->
        [yes] {" "}(Trainingsdaten: { $data } geladen)
       *[no] {""}
    }.
train-bytes-kb = { $kb } kB
train-bytes-mb = { $mb } MB
"#;

#[test]
fn german_writes_decimal_commas_and_falls_back_to_english() {
    let de = load("de", DE).unwrap();
    assert_eq!(de.locale().code, "de");
    let mut t = TrainState::default();
    update(&mut t, TrainMsg::Train);
    let settings = WorkerSettings {
        limit: Some(1_000),
        ..WorkerSettings::default()
    };
    let mut w = Session::new(settings, SUBSET, "subset", TEST, "test").unwrap();
    t.train_images = 1_000;
    t.data_bytes = 1_624_938;
    let session = t.session;
    update(
        &mut t,
        TrainMsg::Worker(FromWorker {
            session,
            event: report(&mut w, 3, true, Some(1234.4)),
        }),
    );
    update(&mut t, TrainMsg::Pause);
    let r = t.last.clone().unwrap();
    let comma = |x: f64, d: usize| format!("{x:.d$}").replace('.', ",");
    assert_eq!(
        de.text(&texts::status(&t)),
        format!(
            "Pausiert: 3 Schritte, {} Epochen über 1.000 Bilder; Testverlust {} nats/Bild, \
             Trainingsverlust {} nats/Bild, 1.234 Bilder/s (Trainingsdaten: 1,6 MB geladen).",
            comma(r.epochs, 2),
            comma(r.test_loss, 1),
            comma(r.train_loss.unwrap(), 1)
        )
    );
    // a message German lacks comes in English (English's numbers too)
    update(&mut t, TrainMsg::Hover(Some((0.5, 0.5))));
    let (z, _) = t.hover.clone().unwrap();
    assert_eq!(
        de.text(&texts::z_caption(&t)),
        format!("z = ({:.3}, {:.3})", z[0], z[1])
    );
    assert_eq!(
        de.text(&t!("train-z-none")),
        "Point at the plot to decode with the current weights."
    );
    // a file that is not Fluent is named with its line
    let e = load("de", "train-ok = gut\ntrain-broken = { $x\n").unwrap_err();
    assert!(e.to_string().starts_with("de/train.ftl, line 2"), "{e}");
}

#[test]
fn the_pseudo_locale_needs_no_file_and_marks_every_text() {
    // (the transform's letters are latent-i18n's: only its properties are checked here)
    let ascii = |s: &str| s.chars().any(|c| c.is_ascii_alphabetic());
    let xa = load("en-XA", "").unwrap();
    let idle = xa.text(&t!("train-status-idle"));
    let english = "Choose the settings and press Train.";
    assert!(!ascii(&idle) && idle.ends_with('.'), "{idle}");
    assert!(idle.chars().count() > english.chars().count(), "{idle}");
    let epochs = xa.text(&texts::loss_epochs(0.5));
    assert!(
        epochs.starts_with("0.50 ") && !ascii(&epochs),
        "English's numbers: {epochs}"
    );
    // the markup's numbers follow the locale too
    let (value, _) = xa.message("train-dataset-mnist").unwrap();
    assert!(value.unwrap().contains("(10,000 "));
    for id in ENGLISH_FTL
        .lines()
        .filter_map(latent_i18n::check::message_id)
    {
        let (value, attrs) = xa.message(id).unwrap();
        for v in value.iter().chain(attrs.iter().map(|(_, v)| v)) {
            assert!(!v.contains('['), "{id}: {v}");
        }
    }
}
