//! Native tests of the lesson's state machine (`latent_lesson::state`), with its downloads
//! answered from the committed `weights/` folder: next, back and jump; the files each step asks
//! for; the encode step's μ against the native encoder's (the browser tests' fixture, written by
//! `latent-trainer test-images` with candle) and the guess's distance; the sweep's tiles against
//! single decodes at the cells' centres; the classify step's verdicts against the stored class
//! map; stale ticks after a model switch or a new step; reduced motion's end state.
#![cfg(not(target_arch = "wasm32"))]

use latent_lesson::state::{
    cell, update, Lesson, LessonEffect, LessonMsg, Speed, Step, Urls, CELLS, SIDE,
};
use std::path::PathBuf;

fn read(url: &str) -> Result<Vec<u8>, latent_i18n::Text> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(url);
    std::fs::read(&path).map_err(|e| latent_i18n::t!("lesson-verbatim", text = e.to_string()))
}

fn urls(model: &str) -> Urls {
    Urls {
        model: format!("mnist-{model}"),
        view: format!("weights/mnist/{model}.safetensors"),
        encoder: format!("weights/mnist/{model}.encoder.safetensors"),
        classifier: "weights/mnist/classifier.safetensors".into(),
        tests: "weights/mnist/test-images.safetensors".into(),
        lesson: format!("weights/mnist/{model}.lesson.safetensors"),
        manifest: "weights/manifest.json".into(),
        study: "weights/mnist/study.lesson.safetensors".into(),
    }
}

struct Page {
    l: Lesson,
    /// Fetches asked for and not answered.
    open: Vec<(u64, String)>,
    /// Every other effect, in order.
    log: Vec<LessonEffect>,
}

impl Page {
    fn new(model: &str) -> Page {
        let mut p = Page {
            l: Lesson::default(),
            open: Vec::new(),
            log: Vec::new(),
        };
        p.send(LessonMsg::Model(urls(model)));
        p
    }

    fn send(&mut self, m: LessonMsg) {
        for e in update(&mut self.l, m) {
            match e {
                LessonEffect::Fetch { req, url } => self.open.push((req, url)),
                e => self.log.push(e),
            }
        }
    }

    fn serve(&mut self) -> Vec<String> {
        let mut seen = Vec::new();
        while let Some((req, url)) = self.open.first().cloned() {
            self.open.remove(0);
            seen.push(url.clone());
            self.send(LessonMsg::Fetched {
                req,
                result: read(&url),
            });
        }
        seen
    }

    fn generation_timer(&self) -> Option<Option<(u32, u64)>> {
        self.log.iter().rev().find_map(|e| match e {
            LessonEffect::Timer(t) => Some(*t),
            _ => None,
        })
    }
}

#[test]
fn steps_go_forward_back_and_to_any_step_and_name_the_address() {
    let mut p = Page::new("vae");
    assert!(
        p.open.is_empty(),
        "nothing is fetched before a step is shown"
    );
    p.send(LessonMsg::Go(Step::Bounds));
    let mut want = vec![
        "weights/mnist/vae.safetensors".to_string(),
        "weights/mnist/vae.lesson.safetensors".to_string(),
    ];
    let mut got = p.serve();
    got.sort();
    want.sort();
    assert_eq!(got, want);
    assert!(p.l.ready());
    assert_eq!(
        p.log.last(),
        Some(&LessonEffect::Address(Some(Step::Bounds)))
    );
    p.send(LessonMsg::Next);
    assert_eq!(p.l.step, Some(Step::Meshgrid));
    assert!(p.open.is_empty(), "the view file is there already");
    p.send(LessonMsg::Back);
    p.send(LessonMsg::Back);
    p.send(LessonMsg::Back);
    assert_eq!(p.l.step, Some(Step::Encode), "Back stops at the first step");
    p.send(LessonMsg::Go(Step::Classify));
    p.send(LessonMsg::Next);
    assert_eq!(
        p.l.step,
        Some(Step::Dims),
        "the questions follow the map's making"
    );
    p.send(LessonMsg::Go(Step::Epochs));
    p.serve();
    p.send(LessonMsg::Answer(0));
    let addresses = p.log.len();
    p.send(LessonMsg::Next);
    assert_eq!(p.l.step, Some(Step::Epochs), "Next stops at the last step");
    assert_eq!(p.l.answer, Some(0), "Next at the last step reset it");
    assert_eq!(
        p.log.len(),
        addresses,
        "Next at the last step did something"
    );
    assert_eq!(
        Step::ALL.map(|s| Step::from_id(&s.id().to_uppercase())),
        Step::ALL.map(Some)
    );
    assert_eq!(Step::from_id("nope"), None);
    p.send(LessonMsg::Close);
    assert_eq!(p.l.step, None);
    assert_eq!(p.log.last(), Some(&LessonEffect::Address(None)));
}

#[test]
fn the_encode_step_reveals_mu_as_natively_and_the_guess_distance() {
    let r: serde_json::Value = serde_json::from_str(include_str!(
        "../../web/tests/fixtures/mnist-vae-hands-on.json"
    ))
    .unwrap();
    let mut p = Page::new("vae");
    p.send(LessonMsg::Go(Step::Encode));
    p.serve();
    let mu = p.l.encoded.expect("encoded").mu;
    let want = &r["encodes"][0]["mu"];
    for a in 0..2 {
        let w = want[a].as_f64().unwrap() as f32;
        assert!((mu[a] - w).abs() <= 1e-5, "μ {mu:?} vs {want}");
    }
    assert!(p.l.encoded.unwrap().sigma().is_some(), "a VAE gives σ");
    let guess = [mu[0] + 3.0, mu[1] - 4.0];
    p.send(LessonMsg::Guess(guess));
    let rv = p.l.reveal.expect("revealed");
    assert!((rv.distance - 5.0).abs() < 1e-5, "{}", rv.distance);
    // once μ is shown, a click beside it does not make the guess better
    p.send(LessonMsg::Guess(mu));
    assert_eq!(
        p.l.reveal.unwrap().guess,
        guess,
        "the guess moved after the reveal"
    );
    // another image: a new μ, no reveal until the next guess
    p.send(LessonMsg::Another);
    assert_eq!(p.l.image, 1);
    assert!(p.l.reveal.is_none());
    let mu1 = p.l.encoded.unwrap().mu;
    let want = &r["encodes"][1]["mu"];
    assert!((mu1[0] - want[0].as_f64().unwrap() as f32).abs() <= 1e-5);
    // a guess outside the encode step does nothing
    p.send(LessonMsg::Go(Step::Meshgrid));
    p.send(LessonMsg::Guess([0.0, 0.0]));
    assert!(p.l.reveal.is_none());
}

#[test]
fn the_decode_sweep_lays_single_decodes_and_stale_ticks_are_dropped() {
    let mut p = Page::new("vae");
    p.send(LessonMsg::Go(Step::Decode));
    p.serve();
    p.send(LessonMsg::Play);
    let Some(Some((ms, generation))) = p.generation_timer() else {
        panic!("Play starts the timer: {:?}", p.log)
    };
    assert_eq!(ms, Speed::Normal.interval_ms());
    for _ in 0..5 {
        p.send(LessonMsg::Tick(generation));
    }
    assert_eq!(p.l.done, 5);
    // a model switch: the same step from its start state, and the old sweep's ticks dropped
    p.send(LessonMsg::Model(urls("plain")));
    assert_eq!(
        (p.l.step, p.l.done, p.l.playing),
        (Some(Step::Decode), 0, false)
    );
    assert_eq!(p.serve(), ["weights/mnist/plain.safetensors"]);
    p.send(LessonMsg::Tick(generation));
    assert_eq!(p.l.done, 0, "a tick of the sweep before the switch");
    p.send(LessonMsg::Play);
    let Some(Some((_, g2))) = p.generation_timer() else {
        panic!()
    };
    assert_ne!(g2, generation);
    for _ in 0..CELLS + 3 {
        p.send(LessonMsg::Tick(g2));
    }
    assert_eq!(p.l.done, CELLS);
    assert!(!p.l.playing);
    assert_eq!(p.generation_timer(), Some(None), "the end stops the timer");
    // every tile is the decode at its cell's centre
    let v = p.l.files.view.clone().unwrap();
    let g = v.map.grid;
    assert_eq!((g.width, g.height), (256, 256));
    for k in [0, 9, 27, CELLS - 1] {
        let c = cell(&g, k);
        assert_eq!(c.block, (k / SIDE, k % SIDE));
        assert_eq!(c.grid, ((k / SIDE) * 32 + 16, (k % SIDE) * 32 + 16));
        assert_eq!(p.l.tiles[k], v.decode(c.z), "tile {k}");
    }
    // one cell back and forward; a new step's ticks only
    p.send(LessonMsg::Backward);
    assert_eq!((p.l.done, p.l.tiles.len()), (CELLS - 1, CELLS - 1));
    p.send(LessonMsg::Forward);
    assert_eq!(p.l.done, CELLS);
    p.send(LessonMsg::Go(Step::Classify));
    p.send(LessonMsg::Tick(g2));
    assert_eq!(p.l.done, 0);
}

#[test]
fn classify_colours_the_stored_map_and_reduced_motion_ends_the_same() {
    let mut played = Page::new("vae");
    played.send(LessonMsg::Go(Step::Classify));
    played.serve();
    played.send(LessonMsg::Speed(Speed::Fast));
    played.send(LessonMsg::Play);
    let Some(Some((ms, g))) = played.generation_timer() else {
        panic!()
    };
    assert_eq!(ms, Speed::Fast.interval_ms());
    for _ in 0..CELLS {
        played.send(LessonMsg::Tick(g));
    }
    let mut still = Page::new("vae");
    still.send(LessonMsg::ReducedMotion(true));
    still.send(LessonMsg::Go(Step::Classify));
    still.serve();
    still.send(LessonMsg::Play);
    assert!(!still
        .log
        .iter()
        .any(|e| matches!(e, LessonEffect::Timer(Some(_)))));
    assert_eq!(still.l.done, CELLS, "reduced motion: the end state at once");
    assert_eq!(still.l.verdicts, played.l.verdicts);
    assert_eq!(still.l.tiles, played.l.tiles);
    // each swept cell's class is the stored map's class at that cell (near-ties counted)
    let mut ties = 0;
    for (k, v) in played.l.verdicts.iter().enumerate() {
        let stored = played.l.stored_class(k).unwrap();
        if v.class != stored {
            let mut p = v.probs.clone();
            p.sort_by(|a, b| b.total_cmp(a));
            assert!(
                p[0] - p[1] < 0.02,
                "cell {k}: {} vs stored {stored}, not a near-tie",
                v.class
            );
            ties += 1;
        }
        assert!((v.probs.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    }
    eprintln!("classify sweep: {ties} near-ties of {CELLS} cells");
    assert!(ties <= 2, "{ties} cells disagree with the stored map");
}

/// A failed file stops only the step that needs it: another step loads its own files. The dims
/// question on a dataset without the latent-size study (only MNIST has one) says so.
#[test]
fn a_failed_file_stops_only_its_step_and_a_missing_study_says_why() {
    let en = latent_lesson::l10n::english();
    let mut p = Page::new("vae");
    p.send(LessonMsg::Go(Step::Dims));
    while let Some((req, url)) = p.open.first().cloned() {
        p.open.remove(0);
        let result = if url.ends_with("study.lesson.safetensors") {
            Err(latent_i18n::t!(
                "lesson-verbatim",
                text = "HTTP 404 Not Found"
            ))
        } else {
            read(&url)
        };
        p.send(LessonMsg::Fetched { req, result });
    }
    let e = en.text(p.l.error.as_ref().expect("an error"));
    assert!(
        e.contains("study.lesson.safetensors")
            && e.contains("HTTP 404")
            && e.contains("MNIST digits only"),
        "{e}"
    );
    assert!(!p.l.ready());
    // the encode step loads its encoder and shows μ
    p.send(LessonMsg::Go(Step::Encode));
    assert!(p.l.error.is_none(), "the dims step's error stayed");
    p.serve();
    assert!(p.l.ready());
    assert!(p.l.encoded.is_some());
    // and back to dims: the study is asked for again
    p.send(LessonMsg::Go(Step::Dims));
    assert_eq!(
        p.open.iter().map(|(_, u)| u.as_str()).collect::<Vec<_>>(),
        ["weights/mnist/study.lesson.safetensors"]
    );
}

/// Reduced motion turned on while the sweep plays: the sweep stops moving and ends at once.
#[test]
fn reduced_motion_turned_on_mid_sweep_ends_the_sweep() {
    let mut p = Page::new("vae");
    p.send(LessonMsg::Go(Step::Decode));
    p.serve();
    p.send(LessonMsg::Play);
    let g = p.l.generation;
    p.send(LessonMsg::Tick(g));
    p.send(LessonMsg::Tick(g));
    assert_eq!(p.l.done, 2);
    p.send(LessonMsg::ReducedMotion(true));
    assert!(!p.l.playing);
    assert_eq!(p.l.done, CELLS);
    assert_eq!(p.generation_timer(), Some(None), "the timer still runs");
}

#[test]
fn the_steps_are_those_the_page_names_in_the_address() {
    assert_eq!(Step::ALL.map(Step::id), latent_web_kit::LESSON_STEPS);
}

/// The questions' evidence is the committed files' figures, the numbers of
/// `docs/measurements.md`: the occupied shares and 10-NN agreements of the designs table, and
/// the VAE's training-evolution table; a prediction reveals it, once.
#[test]
fn the_questions_show_the_measurements_after_a_prediction() {
    use latent_lesson::questions;
    let docs = std::fs::read_to_string(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/measurements.md"),
    )
    .unwrap();
    let en = latent_lesson::l10n::english();
    let mut p = Page::new("vae");
    p.send(LessonMsg::Go(Step::Sparse));
    // the list of models and the view file first, then the other designs' files
    let first = p.serve();
    assert!(
        first.contains(&"weights/manifest.json".to_string()),
        "{first:?}"
    );
    assert!(p.l.ready(), "{:?}", p.l.pending);
    assert!(p.l.answer.is_none());
    let rows: Vec<String> = questions::rows(&p.l).iter().map(|t| en.text(t)).collect();
    // the designs table: `| Plain autoencoder | … | occupied share | …` (MNIST's table first)
    let row_of = |label: &str| {
        docs.lines()
            .find(|l| l.starts_with(&format!("| {label} |")))
            .unwrap_or_else(|| panic!("no {label} row"))
            .split('|')
            .map(|c| c.trim().to_string())
            .collect::<Vec<_>>()
    };
    let header: Vec<String> = docs
        .lines()
        .find(|l| l.contains("occupied share") && l.starts_with("| design |"))
        .unwrap()
        .split('|')
        .map(|c| c.trim().to_string())
        .collect();
    let col = |name: &str| header.iter().position(|c| c.starts_with(name)).unwrap();
    for (label, row) in [("Plain autoencoder", &rows[0]), ("VAE (β = 1)", &rows[1])] {
        let share = &row_of(label)[col("occupied share")];
        assert!(
            row.contains(&format!("in {share} of the cells")),
            "{row} vs docs {share}"
        );
    }
    p.send(LessonMsg::Answer(0));
    let said = en.text(&p.l.say.1);
    assert!(
        said.starts_with(
            "You predicted: Plain autoencoder. The plain autoencoder’s test codes fill"
        ),
        "{said}"
    );
    p.send(LessonMsg::Answer(1));
    assert_eq!(p.l.answer, Some(0), "one prediction");
    let (z, px) = questions::gap(&p.l).expect("a gap");
    assert_eq!(
        px,
        p.l.files
            .sibling_view(latent_lesson::state::Design::Plain)
            .unwrap()
            .decode(z)
    );

    // similar: three designs' neighbours of test image 0, with their 10-NN agreement
    p.send(LessonMsg::Go(Step::Similar));
    p.serve();
    let rows: Vec<String> = questions::rows(&p.l).iter().map(|t| en.text(t)).collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    for (label, row) in [
        ("Plain autoencoder", &rows[0]),
        ("VAE (β = 1)", &rows[1]),
        ("β-VAE (β = 4)", &rows[2]),
    ] {
        let knn = &row_of(label)[col("10-NN")];
        assert!(
            row.ends_with(&format!("over all test codes {knn}")),
            "{row} vs docs {knn}"
        );
    }

    // epochs: the VAE's evolution table
    p.send(LessonMsg::Go(Step::Epochs));
    p.serve();
    let rows: Vec<String> = questions::rows(&p.l).iter().map(|t| en.text(t)).collect();
    let table: Vec<&str> = docs
        .split("### MNIST digits · VAE (β = 1)")
        .nth(1)
        .unwrap()
        .lines()
        .skip_while(|l| !l.starts_with("| epoch"))
        .skip(2)
        .take_while(|l| l.starts_with("| "))
        .collect();
    assert_eq!(rows.len(), table.len(), "{rows:?}");
    for (row, line) in rows.iter().zip(&table) {
        let c: Vec<&str> = line.split('|').map(|c| c.trim()).collect();
        // | epoch | loss | map accuracy | 10-NN |
        let want = format!(
            "epoch {}: map accuracy {}, 10-NN agreement {}, test loss {} nats/image",
            c[1], c[3], c[4], c[2]
        );
        assert_eq!(row, &want);
    }
}
