//! Native tests of the page's state machine (`latent_web::update`): every message,
//! with downloads answered from the committed `weights/` folder (or failed on purpose), so
//! the rules of the page — which model an address shows, what a stale or failed response
//! does, where keys move the cursor, what is announced and what the address becomes — are
//! checked without a browser.
#![cfg(not(target_arch = "wasm32"))]

use latent_web::address as url;
use latent_web::{update, Effect, FetchError, Key, Msg, State};

/// A sentence of the state in English.
fn en(t: &latent_i18n::Text) -> String {
    latent_web::english().text(t)
}
use std::path::PathBuf;

fn site() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The page's relative URL read from the repository (`weights/…` lives at the root).
fn read(url: &str) -> Result<Vec<u8>, FetchError> {
    let path = site().join(url.trim_start_matches('/'));
    std::fs::read(&path).map_err(|_| FetchError::Failed("HTTP 404 Not Found".into()))
}

struct Page {
    s: State,
    /// Fetches asked for and not yet answered.
    open: Vec<(u64, String)>,
    /// Every effect other than fetches, in order.
    log: Vec<Effect>,
    /// Slices of long work answered ([`Page::run_slices`]).
    slices: usize,
}

impl Page {
    fn new() -> Self {
        Page {
            s: State::default(),
            open: Vec::new(),
            log: Vec::new(),
            slices: 0,
        }
    }

    /// Slices of long work asked for so far (`ToolEffect::Continue`).
    fn slices_asked(&self) -> usize {
        self.log
            .iter()
            .filter(|e| matches!(e, Effect::Tool(latent_web::ToolEffect::Continue)))
            .count()
    }

    /// Answers every asked slice, as the page's zero-delay timer does; returns how many.
    fn run_slices(&mut self) -> usize {
        let from = self.slices;
        while self.slices < self.slices_asked() {
            self.slices += 1;
            self.send(Msg::Tool(ToolMsg::Continue));
        }
        self.slices - from
    }

    fn send(&mut self, msg: Msg) {
        for e in update(&mut self.s, msg) {
            match e {
                Effect::Fetch { req, url } => self.open.push((req, url)),
                e => self.log.push(e),
            }
        }
    }

    /// Opens the page at `query` and answers every download from the repository.
    fn open_at(query: &str) -> Self {
        let mut p = Page::new();
        p.send(Msg::Start(query.into()));
        p.serve_all();
        p
    }

    /// Answers the open fetch for `url` with `result`.
    fn answer(&mut self, url: &str, result: Result<Vec<u8>, FetchError>) {
        let i = self
            .open
            .iter()
            .position(|(_, u)| u == url)
            .unwrap_or_else(|| panic!("no open fetch of {url}; open: {:?}", self.open));
        let (req, _) = self.open.remove(i);
        self.send(Msg::Fetched { req, result });
    }

    /// Answers every open fetch (and those they lead to) from the repository.
    fn serve_all(&mut self) {
        while let Some((req, url)) = self.open.first().cloned() {
            self.open.remove(0);
            let result = read(&url);
            self.send(Msg::Fetched { req, result });
        }
    }

    fn urls(&self) -> Vec<String> {
        self.open.iter().map(|(_, u)| u.clone()).collect()
    }

    fn last_url(&self) -> Option<&str> {
        self.log.iter().rev().find_map(|e| match e {
            Effect::ReplaceUrl(q) => Some(q.as_str()),
            _ => None,
        })
    }

    fn model(&self) -> &str {
        &self.s.entry_ref().expect("no model shown").id
    }
}

#[test]
fn first_view_fetches_the_manifest_then_the_default_bundle() {
    let mut p = Page::new();
    p.send(Msg::Start(String::new()));
    assert_eq!(p.urls(), ["weights/manifest.json"]);
    assert_eq!(p.s.page_state(), "loading");
    let m = read("weights/manifest.json");
    p.answer("weights/manifest.json", m);
    assert_eq!(p.urls(), ["weights/mnist/vae.safetensors"]);
    let wanted = p.s.wanted.clone().expect("a model is being loaded");
    assert!(en(&wanted.what).contains("MNIST"), "{}", en(&wanted.what));
    assert!(en(&wanted.what).ends_with("kB"), "{}", en(&wanted.what));
    p.serve_all();
    assert_eq!(p.s.page_state(), "ready");
    assert_eq!(p.model(), "mnist-vae");
    assert!(p.s.notices.is_empty(), "{:?}", p.s.notices);
    assert_eq!(p.last_url(), Some("model=mnist-vae&z=0,0"));
    assert!(p.s.error.is_none() && p.s.switch_error.is_none());
}

#[test]
fn names_in_the_address_match_case_insensitively() {
    assert_eq!(Page::open_at("?model=MNIST-Beta4").model(), "mnist-beta4");
    let p = Page::open_at("?dataset=FASHION");
    assert_eq!(p.model(), "fashion-vae");
    assert!(p.s.notices.is_empty(), "{:?}", p.s.notices);
    assert_eq!(p.last_url(), Some("model=fashion-vae&z=0,0"));
}

#[test]
fn unknown_names_fall_back_to_the_default_with_a_notice() {
    let p = Page::open_at("?model=nope");
    assert_eq!(p.s.page_state(), "ready");
    assert_eq!(p.model(), "mnist-vae");
    assert_eq!(p.s.notices.len(), 1);
    let n = &en(&p.s.notices[0]);
    assert!(n.contains("“nope”") && n.contains("fashion-beta4"), "{n}");

    let p = Page::open_at("?dataset=cifar");
    assert_eq!(p.model(), "mnist-vae");
    assert!(
        en(&p.s.notices[0]).contains("“cifar”") && en(&p.s.notices[0]).contains("mnist, fashion")
    );

    let long = "m".repeat(20_000);
    let p = Page::open_at(&format!("?model={long}"));
    assert_eq!(p.model(), "mnist-vae");
    let n = &en(&p.s.notices[0]);
    assert!(
        n.len() < 400,
        "the notice echoes the whole value: {} bytes",
        n.len()
    );
    assert!(
        n.contains(&format!("{}…", "m".repeat(latent_web_kit::QUOTE_MAX - 1))),
        "{n}"
    );
}

#[test]
fn z_from_the_address_is_clamped_to_the_map_with_a_notice() {
    let p = Page::open_at("?z=1.5,-0.25");
    assert_eq!(p.s.z(), [1.5, -0.25]);
    assert!(p.s.notices.is_empty());
    assert_eq!(p.last_url(), Some("model=mnist-vae&z=1.5,-0.25"));

    let p = Page::open_at("?z=1000,-1000");
    let g = p.s.grid().unwrap();
    assert_eq!(p.s.z(), [g.bounds.max[0], g.bounds.min[1]]);
    assert_eq!(p.s.cursor.chosen, p.s.z());
    assert!(
        en(&p.s.notices[0]).contains("lies off this map"),
        "{:?}",
        p.s.notices
    );

    let p = Page::open_at("?z=NaN,1");
    assert_eq!(p.s.z(), [0.0, 0.0]);
    assert!(
        en(&p.s.notices[0]).contains("z=“NaN,1”"),
        "{:?}",
        p.s.notices
    );
}

#[test]
fn pointer_moves_set_z_and_write_it_back_once_resting() {
    let mut p = Page::open_at("");
    let g = p.s.grid().unwrap();
    p.log.clear();
    p.send(Msg::Pointer(0.25, 0.75));
    let z = g.z_at(0.25, 0.75);
    assert_eq!(p.s.z(), z);
    assert_eq!(
        p.log,
        [Effect::RestartRest],
        "a move writes nothing to the address"
    );
    p.send(Msg::Pointer(0.3, 0.7));
    p.send(Msg::Rested);
    let want = format!(
        "model=mnist-vae&z={},{}",
        url::z_number(g.z_at(0.3, 0.7)[0]),
        url::z_number(g.z_at(0.3, 0.7)[1])
    );
    assert_eq!(p.last_url(), Some(want.as_str()));
    // what was written reads back to the same state
    let again = Page::open_at(&want);
    assert_eq!(again.s.url_state(), p.s.url_state());
}

#[test]
fn keys_step_one_cell_ten_with_shift_and_stop_at_the_edges() {
    let mut p = Page::open_at("?z=0,0");
    let g = p.s.grid().unwrap();
    let cell = [
        g.bounds.size()[0] / g.width as f32,
        g.bounds.size()[1] / g.height as f32,
    ];
    let n0 = p.s.announce.0;
    p.send(Msg::Key(Key::Right, false));
    assert!((p.s.z()[0] - cell[0]).abs() < 1e-6 && p.s.z()[1] == 0.0);
    assert_eq!(p.s.announce.0, n0 + 1, "each key is announced once");
    assert!(
        en(&p.s.announce.1).starts_with("Class "),
        "{}",
        en(&p.s.announce.1)
    );
    p.send(Msg::Key(Key::Up, true));
    assert!((p.s.z()[1] - 10.0 * cell[1]).abs() < 1e-5);
    p.send(Msg::Key(Key::Home, false));
    assert_eq!(p.s.z(), [0.0, 0.0]);
    for _ in 0..40 {
        p.send(Msg::Key(Key::Left, true));
    }
    assert_eq!(p.s.z()[0], g.bounds.min[0], "stops at the left edge");
    p.send(Msg::Key(Key::Down, false));
    assert!(p.s.z()[0] == g.bounds.min[0] && p.s.z()[1] < 0.0);
}

#[test]
fn pointer_moves_are_announced_only_when_the_class_changes() {
    let mut p = Page::open_at("");
    let m = p.s.map().unwrap().clone();
    // two positions in one class, then one in another
    let mut same = None;
    let mut other = None;
    'find: for i in 0..64 {
        for j in 0..64 {
            let (u, v) = ((i as f32 + 0.5) / 64.0, (j as f32 + 0.5) / 64.0);
            let c = m.at(m.grid.z_at(u, v)).map(|c| c.0);
            let c0 = m.at(m.grid.z_at(0.5, 0.5)).map(|c| c.0);
            if c == c0 && same.is_none() && (u, v) != (0.5, 0.5) {
                same = Some((u, v));
            }
            if c != c0 && other.is_none() {
                other = Some((u, v));
            }
            if same.is_some() && other.is_some() {
                break 'find;
            }
        }
    }
    let (same, other) = (same.unwrap(), other.unwrap());
    p.send(Msg::Pointer(0.5, 0.5));
    let n = p.s.announce.0;
    p.send(Msg::Pointer(same.0, same.1));
    assert_eq!(p.s.announce.0, n, "a move within a class is not announced");
    p.send(Msg::Pointer(other.0, other.1));
    assert_eq!(
        p.s.announce.0,
        n + 1,
        "entering another class is announced once"
    );
    p.send(Msg::Pointer(other.0, other.1));
    assert_eq!(p.s.announce.0, n + 1);
}

#[test]
fn switching_keeps_the_old_model_until_the_new_one_arrives() {
    let mut p = Page::open_at("?z=1,1");
    p.send(Msg::PickModel("mnist-plain".into()));
    assert_eq!(p.urls(), ["weights/mnist/plain.safetensors"]);
    assert_eq!(p.model(), "mnist-vae", "the old model stays on screen");
    assert_eq!(p.s.shown_entry(), Some(1), "the switcher shows the pick");
    assert_eq!(p.s.page_state(), "ready");
    let v = p.s.map_version;
    p.serve_all();
    assert_eq!(p.model(), "mnist-plain");
    assert!(p.s.map_version > v);
    let label = &p.s.entry_ref().unwrap().label;
    assert_eq!(
        en(&p.s.announce.1),
        format!("Showing MNIST digits · {label}.")
    );
    assert_eq!(p.s.z(), [1.0, 1.0], "z is kept across models");
    assert_eq!(p.last_url(), Some("model=mnist-plain&z=1,1"));
    // the same dataset switch picks the same design on the other dataset
    p.send(Msg::PickDataset("fashion".into()));
    p.serve_all();
    assert_eq!(p.model(), "fashion-plain");
    // back to a cached model: no download
    p.send(Msg::PickModel("fashion-vae".into()));
    p.serve_all();
    p.send(Msg::PickDataset("mnist".into()));
    assert!(
        p.open.is_empty(),
        "a cached model is fetched again: {:?}",
        p.open
    );
    assert_eq!(p.model(), "mnist-vae");
}

#[test]
fn a_stale_response_never_replaces_a_later_pick() {
    let mut p = Page::open_at("");
    p.send(Msg::PickModel("mnist-plain".into()));
    p.send(Msg::PickModel("mnist-beta4".into()));
    assert_eq!(p.urls().len(), 2);
    let b = read("weights/mnist/beta4.safetensors");
    p.answer("weights/mnist/beta4.safetensors", b);
    assert_eq!(p.model(), "mnist-beta4");
    let a = read("weights/mnist/plain.safetensors");
    p.answer("weights/mnist/plain.safetensors", a);
    assert_eq!(
        p.model(),
        "mnist-beta4",
        "the earlier pick arrived late and won"
    );
    // a late failure of a superseded pick says nothing either
    p.send(Msg::PickModel("mnist-bounded".into()));
    p.send(Msg::PickModel("mnist-beta4".into()));
    assert!(
        p.s.wanted.is_none(),
        "picking the shown model drops the pending switch"
    );
    p.answer(
        "weights/mnist/bounded.safetensors",
        Err(FetchError::Failed("HTTP 500".into())),
    );
    assert!(p.s.switch_error.is_none());
    assert_eq!(p.model(), "mnist-beta4");
}

#[test]
fn a_failed_switch_says_why_and_keeps_the_old_model() {
    let mut p = Page::open_at("");
    p.send(Msg::PickModel("fashion-vae".into()));
    p.answer("weights/fashion/vae.safetensors", Err(FetchError::TimedOut));
    assert_eq!(p.model(), "mnist-vae");
    assert_eq!(p.s.page_state(), "ready");
    let e = p.s.switch_error.clone().unwrap();
    assert!(e.retry);
    assert!(en(&e.text).contains("stalled") && en(&e.text).contains("fashion/vae.safetensors"));
    assert!(
        en(&e.text).ends_with("Still showing VAE (β = 1).")
            || en(&e.text).contains("Still showing")
    );
    assert_eq!(
        p.s.shown_entry(),
        p.s.entry,
        "the switcher returns to the shown model"
    );
    p.send(Msg::Retry);
    assert_eq!(p.urls(), ["weights/fashion/vae.safetensors"]);
    p.serve_all();
    assert_eq!(p.model(), "fashion-vae");
    assert!(p.s.switch_error.is_none());
}

#[test]
fn a_failed_first_load_shows_an_error_with_retry_and_the_switchers() {
    let mut p = Page::new();
    p.send(Msg::Start(String::new()));
    p.serve_all_but("weights/mnist/vae.safetensors");
    p.answer("weights/mnist/vae.safetensors", Err(FetchError::TimedOut));
    assert_eq!(p.s.page_state(), "error");
    let e = p.s.error.clone().unwrap();
    assert!(e.retry && en(&e.text).contains("stalled"), "{e:?}");
    assert!(p.s.manifest.is_some(), "the switchers stay available");
    // the visitor can pick another model from the switchers …
    p.send(Msg::PickModel("mnist-plain".into()));
    p.serve_all();
    assert_eq!(p.s.page_state(), "ready");
    assert_eq!(p.model(), "mnist-plain");
    assert!(p.s.error.is_none());
    // … or retry
    let mut p = Page::new();
    p.send(Msg::Start(String::new()));
    p.answer(
        "weights/manifest.json",
        Err(FetchError::Failed("HTTP 503".into())),
    );
    assert_eq!(p.s.page_state(), "error");
    assert!(en(&p.s.error.as_ref().unwrap().text).contains("weights/manifest.json"));
    p.send(Msg::Retry);
    p.serve_all();
    assert_eq!(p.s.page_state(), "ready");
    assert_eq!(p.model(), "mnist-vae");
}

#[test]
fn bundle_paths_load_directly_and_off_origin_ones_are_refused() {
    let p = Page::open_at("?bundle=weights/fashion/plain.safetensors");
    assert_eq!(
        p.model(),
        "fashion-plain",
        "the file is recognised as a manifest entry"
    );
    assert_eq!(
        p.last_url(),
        Some("z=0,0&bundle=weights/fashion/plain.safetensors")
    );

    for bad in [
        "https://other.example/x.safetensors",
        "//other.example/x.safetensors",
    ] {
        let mut p = Page::new();
        p.send(Msg::Start(format!("?bundle={bad}")));
        assert_eq!(p.urls(), ["weights/manifest.json"], "{bad} was fetched");
        p.serve_all();
        assert_eq!(p.model(), "mnist-vae");
        assert!(en(&p.s.notices[0]).contains("only files on this site"));
    }

    // a very long path is quoted short in the error
    let long = format!("{}x.safetensors", "a/".repeat(3000));
    let mut p = Page::new();
    p.send(Msg::Start(format!("?bundle={long}")));
    p.serve_all();
    assert_eq!(p.s.page_state(), "error");
    let e = &en(&p.s.error.as_ref().unwrap().text);
    assert!(
        e.len() < 400,
        "the error quotes the whole path: {} bytes",
        e.len()
    );

    // a broken bundle: an error, but the manifest's switchers are there to recover with
    let mut p = Page::new();
    p.send(Msg::Start("?bundle=/__e2e__/garbage.safetensors".into()));
    p.answer("/__e2e__/garbage.safetensors", Ok(vec![7; 4096]));
    p.serve_all();
    assert_eq!(p.s.page_state(), "error");
    assert!(en(&p.s.error.as_ref().unwrap().text).contains("garbage.safetensors"));
    assert!(p.s.manifest.is_some());
    p.send(Msg::PickModel("mnist-vae".into()));
    p.serve_all();
    assert_eq!(p.s.page_state(), "ready");
    assert_eq!(
        p.last_url(),
        Some("model=mnist-vae&z=0,0"),
        "the pick replaces ?bundle="
    );
}

#[test]
fn the_evolution_opens_at_the_addressed_epoch_and_keeps_z_on_its_map() {
    let mut p = Page::open_at("?model=mnist-vae&epoch=4&z=2.5,-1.5");
    let e = p.s.evo.open.as_ref().expect("the evolution view is open");
    assert_eq!(e.epoch(), 4);
    assert!(p.s.notices.is_empty(), "{:?}", p.s.notices);
    assert_eq!(p.last_url(), Some("model=mnist-vae&epoch=4&z=2.5,-1.5"));
    // the epoch's decoder was fetched (paused view), and now decodes
    assert!(matches!(
        p.s.decoder(),
        Some(latent_web::Decoder::Ready(_, _, ref tag)) if tag == "4"
    ));
    // at epoch 0 the map is tiny: the shown z stays on it, the chosen z is kept
    p.send(Msg::Slide(0));
    p.serve_all();
    let g = p.s.grid().unwrap();
    assert!(
        g.bounds.contains(p.s.z()),
        "z {:?} is off epoch 0's map {:?}",
        p.s.z(),
        g.bounds
    );
    assert!(p.s.class_at_cursor().is_some());
    assert_eq!(p.s.cursor.chosen, [2.5, -1.5]);
    p.send(Msg::ToggleEvolution);
    assert!(p.s.evo.open.is_none());
    assert_eq!(p.s.z(), [2.5, -1.5], "closing brings the chosen point back");
    assert_eq!(p.last_url(), Some("model=mnist-vae&z=2.5,-1.5"));
    assert_eq!(
        en(&p.s.announce.1),
        "Training evolution closed: the final model again."
    );

    // a z from the address that lies off the addressed epoch's map is shown on it, with a notice
    let p = Page::open_at("?model=mnist-plain&z=30,30&epoch=0");
    assert!(p.s.grid().unwrap().bounds.contains(p.s.z()));
    assert!(
        p.s.notices.iter().any(|n| en(n).contains("epoch 0")),
        "{:?}",
        p.s.notices
    );

    // an epoch without a snapshot snaps to the one before it, with a notice
    let p = Page::open_at("?model=mnist-vae&epoch=5");
    assert_eq!(p.s.evo.open.as_ref().unwrap().epoch(), 4);
    assert!(en(&p.s.notices[0]).contains("epoch 5"), "{:?}", p.s.notices);
    // a model without an evolution ignores the epoch, with a notice
    let p = Page::open_at("?model=mnist-beta4&epoch=3");
    assert!(p.s.evo.open.is_none());
    assert!(en(&p.s.notices[0]).contains("no training evolution"));
}

/// The chart under the scrubber: its figures come from the model's lesson file, fetched once
/// with the index, and are those of the index itself (`EpochFigures::of`, as the docs compute
/// them); without the file the view works and shows no chart.
#[test]
fn the_evolution_reads_its_per_epoch_figures_from_the_lesson_file() {
    use latent_core::bundle::lesson::EpochFigures;
    let mut p = Page::open_at("?model=mnist-vae");
    p.send(Msg::ToggleEvolution);
    let mut urls = p.urls();
    urls.sort();
    assert_eq!(
        urls,
        [
            "weights/mnist/vae.evolution.safetensors",
            "weights/mnist/vae.lesson.safetensors"
        ]
    );
    p.serve_all();
    let e = p.s.evo.open.as_ref().expect("the view is open");
    let want = EpochFigures::of(&e.data);
    let got = p.s.evo_figures().expect("the figures are read");
    assert_eq!(got.len(), want.len());
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g.epoch, w.epoch);
        assert!(
            (g.map_accuracy - w.map_accuracy).abs() < 1e-9,
            "{g:?} vs {w:?}"
        );
        assert!((g.knn10 - w.knn10).abs() < 1e-9, "{g:?} vs {w:?}");
        assert!((g.test_loss - w.test_loss).abs() < 1e-6, "{g:?} vs {w:?}");
    }
    // closed and opened again: nothing fetched twice
    p.send(Msg::ToggleEvolution);
    p.send(Msg::ToggleEvolution);
    assert!(p.urls().is_empty(), "{:?}", p.urls());
    assert!(p.s.evo_figures().is_some());

    // a lesson file that cannot be read: the view opens, without a chart or an error
    let mut p = Page::open_at("?model=mnist-plain");
    p.send(Msg::ToggleEvolution);
    p.answer(
        "weights/mnist/plain.lesson.safetensors",
        Err(FetchError::Failed("HTTP 404 Not Found".into())),
    );
    p.serve_all();
    assert!(p.s.evo.open.is_some());
    assert!(p.s.evo_figures().is_none());
    assert!(p.s.evo.error.is_none());
}

#[test]
fn playback_steps_to_the_end_on_the_index_alone_then_stops() {
    let mut p = Page::open_at("?model=mnist-plain&epoch=0");
    p.log.clear();
    p.send(Msg::PlayPause);
    assert_eq!(p.log, [Effect::StartPlayback]);
    let n = p.s.evo.open.as_ref().unwrap().data.frames.len();
    for _ in 1..n - 1 {
        p.send(Msg::Tick);
        assert!(
            p.open.is_empty(),
            "playback fetched a decoder: {:?}",
            p.open
        );
    }
    p.send(Msg::Tick);
    let e = p.s.evo.open.as_ref().unwrap();
    assert_eq!(e.frame, n - 1);
    assert!(!e.playing);
    assert!(p.log.contains(&Effect::StopPlayback));
    assert!(
        en(&p.s.announce.1).starts_with("Paused. Epoch 20 of 20"),
        "{}",
        en(&p.s.announce.1)
    );
    // paused at the end: that epoch's decoder is fetched now
    assert_eq!(p.urls().len(), 1);
    assert!(
        p.urls()[0].ends_with("epoch-0020.safetensors"),
        "{:?}",
        p.urls()
    );
    // hiding the tab pauses playback; showing it again does not resume it
    p.send(Msg::PlayPause);
    assert!(p.s.evo.open.as_ref().unwrap().playing);
    p.log.clear();
    p.send(Msg::Hidden(true));
    assert!(!p.s.evo.open.as_ref().unwrap().playing);
    assert!(p.log.contains(&Effect::StopPlayback));
    p.send(Msg::Hidden(false));
    assert!(!p.s.evo.open.as_ref().unwrap().playing);
    p.send(Msg::Slide(n - 1));
    // play again from the start; a step pauses
    p.log.clear();
    p.send(Msg::PlayPause);
    assert_eq!(p.s.evo.open.as_ref().unwrap().frame, 0);
    p.send(Msg::Step(1));
    assert!(p.log.contains(&Effect::StopPlayback));
    assert_eq!(p.s.evo.open.as_ref().unwrap().frame, 1);
    assert!(!p.s.evo.open.as_ref().unwrap().playing);
}

#[test]
fn a_broken_evolution_index_is_reported_and_the_model_stays() {
    let mut p = Page::open_at("?model=mnist-vae");
    p.send(Msg::ToggleEvolution);
    assert_eq!(
        p.urls(),
        [
            "weights/mnist/vae.lesson.safetensors",
            "weights/mnist/vae.evolution.safetensors"
        ]
    );
    p.answer("weights/mnist/vae.evolution.safetensors", Ok(vec![7; 4096]));
    assert!(p.s.evo.open.is_none());
    let e = en(&p.s.evo.error.clone().unwrap());
    assert!(e.contains("vae.evolution.safetensors"), "{e}");
    assert_eq!(p.s.page_state(), "ready");
    // switching away while the index loads: it is cached, not opened
    p.send(Msg::ToggleEvolution);
    p.send(Msg::PickModel("mnist-plain".into()));
    p.serve_all();
    assert!(p.s.evo.open.is_none());
    assert_eq!(p.model(), "mnist-plain");
}

impl Page {
    /// Answers every open fetch except those of `url`.
    fn serve_all_but(&mut self, url: &str) {
        while let Some(i) = self.open.iter().position(|(_, u)| u != url) {
            let (req, u) = self.open.remove(i);
            let result = read(&u);
            self.send(Msg::Fetched { req, result });
        }
    }
}

// ---- the hands-on views (issue 10) ----

use latent_web::{EncodeMsg, Input, InterpMsg, Tool, ToolMsg};

fn reference() -> serde_json::Value {
    serde_json::from_str(include_str!("fixtures/mnist-vae-hands-on.json")).unwrap()
}

fn f32s(v: &serde_json::Value) -> Vec<f32> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_f64().unwrap() as f32)
        .collect()
}

fn close(a: &[f32], b: &[f32], tol: f32) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() <= tol)
}

#[test]
fn the_first_view_fetches_no_encoder_classifier_or_test_images() {
    let mut p = Page::new();
    p.send(Msg::Start(String::new()));
    let mut seen = Vec::new();
    while let Some((req, url)) = p.open.first().cloned() {
        p.open.remove(0);
        seen.push(url.clone());
        p.send(Msg::Fetched {
            req,
            result: read(&url),
        });
    }
    assert_eq!(
        seen,
        ["weights/manifest.json", "weights/mnist/vae.safetensors"]
    );
    // opening the encode view fetches the encoder, and only it
    p.send(Msg::Tool(ToolMsg::Toggle(Tool::Encode)));
    assert_eq!(p.urls(), ["weights/mnist/vae.encoder.safetensors"]);
    assert_eq!(
        p.s.tools
            .loading_line(&p.s.place())
            .map(|t| en(&t))
            .as_deref(),
        Some("Loading the encoder…")
    );
    p.serve_all();
    assert!(p.s.tools.files.encoder(&p.s.place()).is_some());
    assert_eq!(p.last_url(), Some("model=mnist-vae&z=0,0&view=encode"));
}

#[test]
fn a_test_image_is_encoded_as_natively() {
    let r = reference();
    let want = &r["encodes"][0];
    let p = Page::open_at("?view=encode&img=0");
    let e = &p.s.tools.encode;
    let (input, px) = e.input.clone().expect("the address's test image");
    assert_eq!(
        input,
        Input::Test {
            index: 0,
            label: want["label"].as_u64().unwrap() as u8
        }
    );
    assert_eq!(px.len(), 784);
    let res = e.result.as_ref().expect("encoded");
    assert!(
        close(&res.posterior.mu, &f32s(&want["mu"]), 1e-5),
        "{res:?}"
    );
    assert!(close(
        &res.posterior.log_var.unwrap(),
        &f32s(&want["log_var"]),
        1e-5
    ));
    assert!(close(&res.recon, &f32s(&want["recon"]), 1e-5));
    assert_eq!(p.s.z(), res.posterior.mu, "the cursor moved to μ");
    assert!(
        en(&p.s.announce.1).contains("encoded to z = ("),
        "{}",
        en(&p.s.announce.1)
    );
    let q = p.last_url().unwrap();
    assert!(q.contains("view=encode") && q.ends_with("&img=0"), "{q}");
    // a random pick takes the page's number modulo the file's size
    let mut p = p;
    p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::PickTest(1003))));
    assert!(matches!(
        p.s.tools.encode.input,
        Some((Input::Test { index: 3, .. }, _))
    ));
    assert!(p.last_url().unwrap().ends_with("&img=3"));
}

#[test]
fn a_drawing_is_preprocessed_and_encoded_as_natively() {
    let r = reference();
    let mut p = Page::open_at("?view=encode");
    let strokes = r["stroke"]["strokes"].as_array().unwrap();
    for s in strokes {
        let pts: Vec<Vec<f32>> = s.as_array().unwrap().iter().map(f32s).collect();
        p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::PenDown(
            pts[0][0], pts[0][1],
        ))));
        for q in &pts[1..] {
            p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::PenMove(q[0], q[1]))));
        }
        p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::PenUp)));
    }
    let e = &p.s.tools.encode;
    let (input, px) = e.input.clone().unwrap();
    assert_eq!(input, Input::Drawing);
    assert!(close(&px, &f32s(&r["stroke"]["input"]), 0.0));
    let mu = e.result.as_ref().unwrap().posterior.mu;
    assert!(close(&mu, &f32s(&r["stroke"]["mu"]), 1e-5), "{mu:?}");
    // undo removes the last stroke and re-encodes; clear empties the pad
    p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::Undo)));
    assert_eq!(p.s.tools.encode.strokes.len(), strokes.len() - 1);
    assert!(p.s.tools.encode.result.is_some());
    p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::Clear)));
    assert!(p.s.tools.encode.input.is_none() && p.s.tools.encode.result.is_none());
}

#[test]
fn a_model_switch_re_encodes_with_the_new_encoder() {
    let mut p = Page::open_at("?view=encode&img=1");
    let mu_vae = p.s.tools.encode.result.as_ref().unwrap().posterior.mu;
    p.send(Msg::PickModel("mnist-plain".into()));
    p.serve_all();
    assert_eq!(p.model(), "mnist-plain");
    let res = p.s.tools.encode.result.as_ref().unwrap();
    assert!(res.encoder.ends_with("plain.encoder.safetensors"));
    assert_ne!(res.posterior.mu, mu_vae);
    assert!(res.posterior.log_var.is_none(), "the plain design has no σ");
    // a missing file is reported with a retry, and retried on request
    let mut p = Page::open_at("");
    p.send(Msg::Tool(ToolMsg::Toggle(Tool::Classify)));
    p.answer(
        "weights/mnist/classifier.safetensors",
        Err(FetchError::Failed("HTTP 503".into())),
    );
    let f = p.s.tools.failure(&p.s.place()).expect("a failure");
    assert!(
        en(&f.text).contains("classifier.safetensors") && f.retry,
        "{f:?}"
    );
    p.send(Msg::Retry); // the page-level retry is not this one
    assert!(p.open.is_empty());
    p.send(Msg::Tool(ToolMsg::Retry));
    assert_eq!(p.urls(), ["weights/mnist/classifier.safetensors"]);
    p.serve_all();
    assert!(p.s.tools.files.classifier(&p.s.place()).is_some());
    assert!(p.s.tools.failure(&p.s.place()).is_none());
}

#[test]
fn classifier_probabilities_match_the_native_reference() {
    let r = reference();
    let p = Page::open_at("?view=classify");
    let model = p.s.model.clone().unwrap();
    let cls =
        p.s.tools
            .files
            .classifier(&p.s.place())
            .expect("fetched on opening the view");
    for c in r["classify"].as_array().unwrap() {
        let z = f32s(&c["z"]);
        let got = latent_web::probabilities_at(&model, &cls, [z[0], z[1]]).unwrap();
        assert!(close(&got, &f32s(&c["probs"]), 1e-5), "z = {z:?}");
        let sum: f32 = got.iter().sum();
        assert!((sum - 1.0).abs() < 1e-5, "{sum}");
    }
}

#[test]
fn the_interpolation_strip_ends_at_the_decodes_of_its_ends() {
    let mut p = Page::open_at("?view=interp&a=-1,1&b=1.5,-0.5");
    let model = p.s.model.clone().unwrap();
    let st = p.s.tools.interp.strip.clone().expect("a strip");
    assert_eq!(st.z.len(), latent_web::STRIP_N);
    assert_eq!(st.z[0], [-1.0, 1.0]);
    assert_eq!(st.z[9], [1.5, -0.5]);
    let first = model.decode([-1.0, 1.0]);
    let last = model.decode([1.5, -0.5]);
    assert!(close(&st.images[..784], &first, 1e-5));
    assert!(close(&st.images[9 * 784..], &last, 1e-5));
    // the pixel blend starts and ends at the end images
    assert!(close(&st.blend[..784], &first, 1e-6));
    assert!(close(&st.blend[9 * 784..], &last, 1e-6));
    let classes = st.classes.clone().expect("classified");
    assert_eq!(classes.len(), 10);
    let cls = p.s.tools.files.classifier(&p.s.place()).unwrap();
    let want = cls.probabilities(&first).unwrap();
    let single = latent_web::argmax(&want[0]).unwrap();
    assert_eq!(classes[0].0, single.0, "batched = single");
    assert!((classes[0].1 - single.1).abs() < 1e-5);
    for k in st.changes() {
        assert_ne!(classes[k].0, classes[k - 1].0);
    }
    assert!(en(&p.s.announce.1).starts_with("Interpolated from"));
    assert_eq!(
        p.last_url(),
        Some("model=mnist-vae&z=0,0&view=interp&a=-1,1&b=1.5,-0.5")
    );
    // clicks on the map set A, then B
    let g = p.s.grid().unwrap();
    p.send(Msg::Tool(ToolMsg::Interp(InterpMsg::MapClick(0.5, 0.5))));
    let a = g.z_at(0.5, 0.5);
    assert_eq!(
        p.s.tools.interp.a,
        Some([url::round_z(a[0]), url::round_z(a[1])])
    );
    p.send(Msg::Tool(ToolMsg::Interp(InterpMsg::MapClick(0.1, 0.1))));
    let b = g.z_at(0.1, 0.1);
    assert_eq!(
        p.s.tools.interp.b,
        Some([url::round_z(b[0]), url::round_z(b[1])])
    );
    assert_eq!(
        p.s.tools.interp.strip.as_ref().unwrap().z[0],
        p.s.tools.interp.a.unwrap()
    );
    // the keyboard path: the cursor's point
    p.send(Msg::Key(Key::Home, false));
    p.send(Msg::Tool(ToolMsg::Interp(InterpMsg::SetEnd(false))));
    assert_eq!(p.s.tools.interp.a, Some([0.0, 0.0]));
}

#[test]
fn tiles_are_one_batched_decode_equal_to_single_decodes() {
    let p = Page::open_at("?view=tiles");
    let model = p.s.model.clone().unwrap();
    let g = p.s.grid().unwrap();
    let (centres, px) = latent_web::decode_tiles(&model, &g, latent_web::TILES);
    assert_eq!(centres.len(), 225);
    assert_eq!(px.len(), 225 * 784);
    for k in [0, 7, 112, 224] {
        let one = model.decode(centres[k]);
        assert!(close(&px[k * 784..(k + 1) * 784], &one, 1e-5), "tile {k}");
    }
    assert!(centres[0][0] < centres[1][0] && centres[0][1] > centres[15][1]);
    assert!(g.bounds.contains(centres[0]) && g.bounds.contains(centres[224]));
}

#[test]
fn the_views_survive_the_address_round_trip_and_bad_values() {
    let p = Page::open_at("?view=INTERP&a=1,1&b=2,2&img=x&view=tiles");
    assert_eq!(p.s.tools.open, Some(Tool::Interp));
    assert_eq!(p.s.notices.len(), 1, "{:?}", p.s.notices);
    assert!(en(&p.s.notices[0]).contains("img=“x”"));
    let p = Page::open_at("?view=nope");
    assert_eq!(p.s.tools.open, None);
    assert!(en(&p.s.notices[0]).contains("view=“nope”"));
    let mut p = Page::open_at("?view=encode&img=5");
    p.send(Msg::Rested);
    let q = p.last_url().unwrap().to_string();
    let again = Page::open_at(&q);
    assert_eq!(again.s.url_state(), p.s.url_state());
    assert_eq!(
        again.s.tools.encode.result.as_ref().unwrap().posterior,
        p.s.tools.encode.result.as_ref().unwrap().posterior
    );
    // opening the training evolution closes the view
    let mut p = Page::open_at("?view=tiles");
    p.send(Msg::ToggleEvolution);
    p.serve_all();
    assert!(p.s.evo.open.is_some());
    assert_eq!(p.s.tools.open, None);
}

#[test]
fn a_test_image_past_the_file_is_the_last_one_with_a_notice() {
    let p = Page::open_at("?view=encode&img=99999");
    let Some((Input::Test { index, .. }, _)) = p.s.tools.encode.input.clone() else {
        panic!("no test image");
    };
    let n = p.s.tools.files.test_images(&p.s.place()).unwrap().len();
    assert_eq!(index, n - 1);
    assert_eq!(p.s.notices.len(), 1, "{:?}", p.s.notices);
    let want = format!("img=99999 is past the last test image: this file has {n}");
    assert!(
        en(&p.s.notices[0]).starts_with(&want),
        "{}",
        en(&p.s.notices[0])
    );
    assert!(p.last_url().unwrap().ends_with(&format!("&img={}", n - 1)));
}

mod zoom {
    use super::*;
    use latent_web::ZoomMsg;

    fn near(a: [f32; 2], b: [f32; 2], tol: f32) -> bool {
        (a[0] - b[0]).abs() <= tol && (a[1] - b[1]).abs() <= tol
    }

    #[test]
    fn the_pointer_reads_the_zoomed_window() {
        let mut p = Page::open_at("?z=0,0");
        let g = p.s.grid().unwrap();
        // the whole map: the box's centre is the map's centre
        p.send(Msg::Pointer(0.5, 0.5));
        assert!(near(p.s.z(), g.z_at(0.5, 0.5), 1e-6));
        // zoom 4× with the wheel at the box's top-left quarter point: that point stays put
        let under = g.z_at(0.25, 0.25);
        p.send(Msg::Zoom(ZoomMsg::By(4.0, Some((0.25, 0.25)))));
        assert_eq!(p.s.zoom.factor(), 4.0);
        let w = p.s.window().unwrap();
        assert!(near(w.z_at(0.25, 0.25), under, 1e-5));
        let size = g.bounds.size();
        assert!(near(w.bounds.size(), [size[0] / 4.0, size[1] / 4.0], 1e-5));
        // the pointer at the box's corner is the window's corner, not the map's
        p.send(Msg::Pointer(1.0, 1.0));
        assert!(
            near(p.s.z(), [w.bounds.max[0], w.bounds.min[1]], 1e-5),
            "{:?}",
            p.s.z()
        );
        // the wheel alone is not announced; the address is written when it rests
        assert!(matches!(p.log.last(), Some(Effect::RestartRest)));
        p.send(Msg::Rested);
        let q = p.last_url().unwrap().to_string();
        assert!(q.contains("&zoom=4&centre="), "{q}");
        // the written address reopens the same window and cursor
        let again = Page::open_at(&q);
        let w2 = again.s.window().unwrap();
        assert!(
            near(w2.bounds.min, w.bounds.min, 2e-3),
            "{:?} {:?}",
            w2.bounds,
            w.bounds
        );
        assert!(near(w2.bounds.max, w.bounds.max, 2e-3));
        assert!(near(again.s.z(), p.s.z(), 1e-3));
    }

    #[test]
    fn buttons_and_keys_zoom_around_the_cursor_and_are_announced() {
        let mut p = Page::open_at("?z=1,-1");
        let z = p.s.z();
        let n0 = p.s.announce.0;
        p.send(Msg::Zoom(ZoomMsg::By(2.0, None)));
        p.send(Msg::Zoom(ZoomMsg::By(2.0, None)));
        assert_eq!(p.s.zoom.factor(), 4.0);
        assert_eq!(p.s.z(), z, "zooming never moves the cursor");
        let w = p.s.window().unwrap();
        assert!(w.bounds.contains(z));
        assert_eq!(p.s.announce.0, n0 + 2);
        assert!(
            en(&p.s.announce.1).starts_with("Zoomed to 4×: z₁ from "),
            "{}",
            en(&p.s.announce.1)
        );
        // the arrow keys move the cursor; the window follows it when it would leave
        for _ in 0..30 {
            p.send(Msg::Key(Key::Right, true));
        }
        let w = p.s.window().unwrap();
        assert!(w.bounds.contains(p.s.z()), "{:?} {:?}", p.s.z(), w.bounds);
        assert_eq!(p.s.zoom.factor(), 4.0);
        // reset shows the whole map again
        p.send(Msg::Zoom(ZoomMsg::Reset));
        assert_eq!(p.s.window(), p.s.grid());
        assert_eq!(en(&p.s.announce.1), "Showing the whole map.");
        p.send(Msg::Rested);
        assert!(
            !p.last_url().unwrap().contains("zoom"),
            "{:?}",
            p.last_url()
        );
    }

    #[test]
    fn a_pinch_pans_and_zooms_and_the_evolution_view_shows_the_whole_map() {
        let mut p = Page::open_at("?z=0,0&zoom=2");
        let g = p.s.grid().unwrap();
        let w0 = p.s.window().unwrap();
        assert!(near(
            w0.bounds.size(),
            [g.bounds.size()[0] / 2.0, g.bounds.size()[1] / 2.0],
            1e-5
        ));
        // fingers move right by a tenth of the box without spreading: the map follows them
        p.send(Msg::Zoom(ZoomMsg::Pinch {
            factor: 1.0,
            at: (0.5, 0.5),
            pan: (0.1, 0.0),
        }));
        let w1 = p.s.window().unwrap();
        let dz = w0.bounds.size()[0] * 0.1;
        assert!(
            (w0.bounds.min[0] - w1.bounds.min[0] - dz).abs() < 1e-4,
            "{:?} {:?}",
            w0.bounds,
            w1.bounds
        );
        // spreading them doubles the zoom around their midpoint
        let mid = w1.z_at(0.3, 0.6);
        p.send(Msg::Zoom(ZoomMsg::Pinch {
            factor: 2.0,
            at: (0.3, 0.6),
            pan: (0.0, 0.0),
        }));
        assert_eq!(p.s.zoom.factor(), 4.0);
        assert!(near(p.s.window().unwrap().z_at(0.3, 0.6), mid, 1e-5));
        // the evolution view shows whole maps (their bounds change each epoch)
        p.send(Msg::ToggleEvolution);
        p.serve_all();
        assert!(p.s.evo.open.is_some());
        assert_eq!(p.s.window(), p.s.grid());
        p.send(Msg::Zoom(ZoomMsg::By(2.0, None)));
        assert_eq!(
            p.s.zoom.factor(),
            4.0,
            "ignored while the evolution is shown"
        );
        // bad values in the address are dropped with a notice
        let p = Page::open_at("?zoom=500&centre=x");
        assert_eq!(p.s.zoom.factor(), 32.0, "clamped to the largest zoom");
        assert_eq!(p.s.notices.len(), 2, "{:?}", p.s.notices);
        assert!(en(&p.s.notices[0]).contains("zoom=“500” is outside 1 to 32: showing zoom=32"));
        assert!(en(&p.s.notices[1]).contains("centre=“x”"));
        // a centre off the map: the window is kept inside it, the address says where
        let mut p = Page::open_at("?zoom=32&centre=-99,99");
        let g = p.s.grid().unwrap();
        let w = p.s.window().unwrap();
        assert!(near(
            [w.bounds.min[0], w.bounds.max[1]],
            [g.bounds.min[0], g.bounds.max[1]],
            1e-4
        ));
        assert_eq!(p.s.notices.len(), 1, "{:?}", p.s.notices);
        assert!(en(&p.s.notices[0]).starts_with("centre=-99,99 would show a window reaching past"));
        p.send(Msg::Rested);
        let q = p.last_url().unwrap();
        assert!(
            q.contains("zoom=32&centre=") && !q.contains("centre=-99,99"),
            "{q}"
        );
    }

    #[test]
    fn clicks_and_encodings_use_the_zoomed_window() {
        // an interpolation end lands where the click is in the zoomed window
        let mut p = Page::open_at("?view=interp&z=0,0&zoom=4");
        let w = p.s.window().unwrap();
        p.send(Msg::Tool(ToolMsg::Interp(InterpMsg::MapClick(0.25, 0.25))));
        let a = p.s.tools.interp.a.unwrap();
        assert!(
            near(a, w.z_at(0.25, 0.25), 1e-3),
            "{a:?} vs {:?}",
            w.z_at(0.25, 0.25)
        );
        // ends in the address off the map are moved onto it, with a notice
        let p = Page::open_at("?view=interp&a=100,100&b=0,0");
        let g = p.s.grid().unwrap();
        let a = p.s.tools.interp.a.unwrap();
        assert!(g.bounds.contains(a), "{a:?}");
        assert_eq!(p.s.tools.interp.b, Some([0.0, 0.0]));
        assert_eq!(p.s.notices.len(), 1, "{:?}", p.s.notices);
        assert!(en(&p.s.notices[0]).starts_with("a=100,100 lies off this map"));
        // an encoded image's μ brings the window along (the cursor goes to μ)
        let p = Page::open_at("?view=encode&img=5&zoom=32&centre=-4.5,4.2");
        let mu = p.s.tools.encode.result.as_ref().unwrap().posterior.mu;
        let w = p.s.window().unwrap();
        assert!(
            w.bounds.contains(p.s.z()),
            "{:?} outside {:?}",
            p.s.z(),
            w.bounds
        );
        assert!(near(p.s.z(), mu, 1e-6));
    }

    #[test]
    fn zoomed_tiles_are_decoded_for_the_window() {
        let mut p = Page::open_at("?view=tiles&z=0,0");
        p.send(Msg::Zoom(ZoomMsg::By(8.0, Some((0.5, 0.5)))));
        let model = p.s.model.clone().unwrap();
        let w = p.s.window().unwrap();
        let (centres, px) = latent_web::decode_tiles(&model, &w, latent_web::TILES);
        assert!(centres.iter().all(|c| w.bounds.contains(*c)));
        // the first tile's centre is half a tile from the window's top-left corner
        let t = [w.bounds.size()[0] / 15.0, w.bounds.size()[1] / 15.0];
        assert!(near(
            centres[0],
            [w.bounds.min[0] + t[0] / 2.0, w.bounds.max[1] - t[1] / 2.0],
            1e-5
        ));
        for k in [0, 112, 224] {
            let one = model.decode(centres[k]);
            assert!(close(&px[k * 784..(k + 1) * 784], &one, 1e-5), "tile {k}");
        }
    }
}

#[test]
fn opened_files_show_on_the_map_or_say_why_not() {
    let mut s = State::default();
    update(
        &mut s,
        Msg::OpenFile("x.safetensors".into(), Ok(b"hello".to_vec())),
    );
    let e = en(&s.file.error.clone().unwrap());
    assert!(
        e.starts_with("Could not open “x.safetensors”") || e.contains("x.safetensors"),
        "{e}"
    );
    assert!(s.model.is_none());
    update(
        &mut s,
        Msg::OpenFile(
            "y.safetensors".into(),
            Err(latent_i18n::t!("verbatim", text = "unreadable")),
        ),
    );
    assert!(en(&s.file.error.clone().unwrap()).contains("unreadable"));
    update(
        &mut s,
        Msg::OpenFile(
            "vae.safetensors".into(),
            Ok(std::fs::read(site().join("weights/mnist/vae.safetensors")).unwrap()),
        ),
    );
    assert!(s.file.error.is_none());
    let m = s.model.clone().expect("the file is on the map");
    assert_eq!(m.meta.model, "mnist-vae");
    assert!(en(&s.file.notice.clone().unwrap()).contains("vae.safetensors"));
}

#[test]
fn the_training_panel_loads_its_module_once_and_again_after_a_failure() {
    use latent_web::TrainModule;
    let mut s = State::default();
    let fx = update(&mut s, Msg::TrainToggle);
    assert!(s.train.open);
    assert_eq!(s.train.module, TrainModule::Loading);
    assert!(
        matches!(&fx[..], [Effect::LoadTrainView, Effect::ReplaceUrl(q)] if q == "train=1"),
        "{fx:?}"
    );
    // closing and opening while it loads asks nothing more
    update(&mut s, Msg::TrainToggle);
    let fx = update(&mut s, Msg::TrainToggle);
    assert!(!fx.iter().any(|e| matches!(e, Effect::LoadTrainView)));
    update(
        &mut s,
        Msg::TrainLoaded(Err(latent_i18n::t!(
            "verbatim",
            text = "HTTP 404 Not Found"
        ))),
    );
    assert_eq!(
        s.train.module,
        TrainModule::Failed(latent_i18n::t!("verbatim", text = "HTTP 404 Not Found"))
    );
    assert!(en(&s.announce.1).contains("could not be loaded: HTTP 404"));
    // the next opening tries again
    let fx = update(&mut s, Msg::TrainToggle);
    assert!(
        matches!(&fx[..], [Effect::ReplaceUrl(q)] if q.is_empty()),
        "closed: {fx:?}"
    );
    let fx = update(&mut s, Msg::TrainToggle);
    assert!(matches!(fx[0], Effect::LoadTrainView), "{fx:?}");
    update(&mut s, Msg::TrainLoaded(Ok(())));
    assert_eq!(s.train.module, TrainModule::Ready);
    update(&mut s, Msg::TrainToggle);
    let fx = update(&mut s, Msg::TrainToggle);
    assert!(
        s.train.open && !fx.iter().any(|e| matches!(e, Effect::LoadTrainView)),
        "mounted once: {fx:?}"
    );
}

#[test]
fn train_in_the_address_opens_the_panel_and_keeps_the_views_limits() {
    use latent_web::TrainModule;
    let mut s = State::default();
    let fx = update(
        &mut s,
        Msg::Start("http://h/?train=1&train_limit=500&train_steps=40".into()),
    );
    assert!(s.train.open && s.train.module == TrainModule::Loading);
    assert!(fx.iter().any(|e| matches!(e, Effect::LoadTrainView)));
    assert_eq!(
        url::serialise(&s.url_state()),
        "train=1&train_steps=40&train_limit=500"
    );
    let mut s = State::default();
    let fx = update(&mut s, Msg::Start("http://h/?train=1&embed=1".into()));
    assert!(
        !s.train.open && !fx.iter().any(|e| matches!(e, Effect::LoadTrainView)),
        "an embed has no training panel"
    );
    let mut s = State::default();
    update(&mut s, Msg::Start("http://h/?train_limit=x".into()));
    assert!(!s.train.open);
    assert!(
        s.notices.iter().any(|n| en(n).contains("train_limit=“x”")),
        "{:?}",
        s.notices
    );
}

#[test]
fn a_model_opened_from_a_file_finds_its_datasets_classifier_and_says_it_has_no_encoder() {
    let mut p = Page::open_at("");
    p.send(Msg::OpenFile(
        "plain.safetensors".into(),
        Ok(std::fs::read(site().join("weights/mnist/plain.safetensors")).unwrap()),
    ));
    assert_eq!(p.s.model.clone().unwrap().meta.model, "mnist-plain");
    // the classifier of its dataset, beside the manifest's MNIST models
    p.send(Msg::Tool(ToolMsg::Toggle(Tool::Classify)));
    assert_eq!(
        latent_web::classifier_url(&p.s.place()).as_deref(),
        Some("weights/mnist/classifier.safetensors")
    );
    p.serve_all();
    assert!(p.s.tools.files.classifier(&p.s.place()).is_some());
    assert!(p.s.tools.unavailable(&p.s.place()).is_none());
    // no encoder beside a file from disk: said, nothing fetched
    p.send(Msg::Tool(ToolMsg::Toggle(Tool::Encode)));
    assert!(latent_web::encoder_url(&p.s.place()).is_none());
    assert!(p.open.is_empty(), "{:?}", p.open);
    let line =
        p.s.tools
            .unavailable(&p.s.place())
            .expect("a line saying why");
    let line = en(&line);
    assert!(
        line.starts_with("Encoding needs the encoder") && line.contains("opened from a file"),
        "{line}"
    );
}

/// `compare=`: a second model of the same dataset, fetched beside the first; the one chosen z
/// is what both decode (each clamped to its own map); a model of another dataset or an
/// unknown id is a notice; the menu's "none" ends it; the address keeps it.
#[test]
fn compare_shows_a_second_model_of_the_same_dataset() {
    let mut p = Page::open_at("?model=mnist-vae&compare=MNIST-plain");
    let (entry, m) = p.s.compare.shown().expect("the compared model is loaded");
    let mf = p.s.manifest.clone().unwrap();
    assert_eq!(mf.bundles[entry].id, "mnist-plain");
    assert_eq!(m.meta.dataset, "mnist");
    assert!(p.s.notices.is_empty(), "{:?}", p.s.notices);
    assert_eq!(
        url::serialise(&p.s.url_state()),
        "model=mnist-vae&compare=mnist-plain&z=0,0"
    );
    // the pointer on the compared map: its z is the chosen one, kept even off the first map
    let g = m.map.grid;
    p.send(Msg::ComparePointer(0.0, 0.0));
    let z = g.z_at(0.0, 0.0);
    assert_eq!(p.s.cursor.chosen, z);
    let shown = p.s.z();
    assert_eq!(
        shown,
        p.s.grid().unwrap().clamp(z),
        "the first map shows it clamped"
    );
    // the menu's "none"
    p.send(Msg::PickCompare(String::new()));
    assert!(p.s.compare.shown().is_none());
    let q = url::serialise(&p.s.url_state());
    assert!(
        q.starts_with("model=mnist-vae&z=") && !q.contains("compare"),
        "{q}"
    );

    for (q, bad) in [
        ("?model=mnist-vae&compare=fashion-plain", "fashion-plain"),
        ("?model=mnist-vae&compare=nope", "nope"),
        ("?model=mnist-vae&compare=mnist-vae", "mnist-vae"),
    ] {
        let p = Page::open_at(q);
        assert!(p.s.compare.shown().is_none(), "{q}");
        assert_eq!(p.s.notices.len(), 1, "{q}: {:?}", p.s.notices);
        let n = en(&p.s.notices[0]);
        assert!(
            n.contains(&format!("compare=“{bad}”")) && n.contains("mnist-plain"),
            "{n}"
        );
    }
}

/// Compare with an encoded image: the compared model's encoder encodes it too, both encoders
/// encode the test images a slice at a time (pointer moves in between encode nothing), and
/// each map gets the image's 10 nearest test codes: μ within 1e-5 of candle's and the same
/// neighbours as `latent-trainer test-images` found natively
/// (`fixtures/mnist-compare.json`), said for both models.
#[test]
fn compare_rings_the_nearest_test_codes_of_both_encoders_as_natively() {
    let r: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/mnist-compare.json")).unwrap();
    assert_eq!(
        (r["first"].as_str(), r["second"].as_str()),
        (Some("vae"), Some("plain"))
    );
    let k = r["k"].as_u64().unwrap() as usize;
    let indices = |v: &serde_json::Value| -> Vec<usize> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_u64().unwrap() as usize)
            .collect()
    };
    let cases = r["cases"].as_array().unwrap();
    assert!(cases.len() >= 2, "test images and the drawing");
    for case in cases {
        let input = &case["input"];
        let mut p = match input["index"].as_u64() {
            Some(i) => Page::open_at(&format!(
                "?model=mnist-vae&compare=mnist-plain&view=encode&img={i}"
            )),
            None => {
                let mut p = Page::open_at("?model=mnist-vae&compare=mnist-plain&view=encode");
                for st in input["strokes"].as_array().unwrap() {
                    let pts: Vec<Vec<f32>> = st.as_array().unwrap().iter().map(f32s).collect();
                    p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::PenDown(
                        pts[0][0], pts[0][1],
                    ))));
                    for q in &pts[1..] {
                        p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::PenMove(q[0], q[1]))));
                    }
                    p.send(Msg::Tool(ToolMsg::Encode(EncodeMsg::PenUp)));
                }
                // a drawing asks for the compared encoder and the test images
                let mut urls = p.urls();
                urls.sort();
                assert_eq!(
                    urls,
                    [
                        "weights/mnist/plain.encoder.safetensors",
                        "weights/mnist/test-images.safetensors"
                    ]
                );
                p.serve_all();
                p
            }
        };
        let what = input.to_string();
        // a pointer move while a slice is pending encodes nothing
        let progress = |p: &Page| {
            p.s.tools
                .encode
                .codes
                .iter()
                .map(|c| c.mu.len())
                .sum::<usize>()
        };
        let before = progress(&p);
        assert!(
            before < 2000,
            "{what}: the codes are computed in slices ({before} at once)"
        );
        p.send(Msg::Pointer(0.3, 0.6));
        assert_eq!(progress(&p), before, "{what}");
        let n = p.run_slices();
        assert!(n >= 8, "{what}: {n} slices for 2 × 1,000 test images");
        assert_eq!(progress(&p), 2000, "{what}");
        let e = &p.s.tools.encode;
        let res = e.result.as_ref().expect("encoded by the first model");
        let other = e.other.as_ref().expect("encoded by the compared model");
        assert!(other.encoder.ends_with("plain.encoder.safetensors"));
        for (got, want) in [
            (res.posterior.mu, &case["first"]),
            (other.posterior.mu, &case["second"]),
        ] {
            assert!(
                close(&got, &f32s(&want["mu"]), 1e-5),
                "{what}: μ {got:?} vs {}",
                want["mu"]
            );
        }
        let (n1, n2) = (res.near.as_ref().unwrap(), other.near.as_ref().unwrap());
        assert_eq!(n1.indices, indices(&case["first"]["near"]), "{what}");
        assert_eq!(n2.indices, indices(&case["second"]["near"]), "{what}");
        assert_eq!(n1.indices.len(), k);
        let class = case["class"].as_u64().unwrap() as u8;
        assert_eq!((n1.class, n2.class), (class, class), "{what}");
        assert_eq!(
            n1.same as u64,
            case["first"]["same"].as_u64().unwrap(),
            "{what}"
        );
        assert_eq!(
            n2.same as u64,
            case["second"]["same"].as_u64().unwrap(),
            "{what}"
        );
        // the rings sit at the codes of those test images, in their true classes' colours
        let t = p.s.tools.files.test_images(&p.s.place()).unwrap();
        for (i, (_, c)) in n1.indices.iter().zip(&n1.rings) {
            assert_eq!(*c, t.labels[*i]);
        }
        if let Some(i) = input["index"].as_u64() {
            assert!(
                !n1.indices.contains(&(i as usize)),
                "{what}: the image itself is left out"
            );
        }
        let said = en(&p.s.announce.1);
        let want = format!(
            "VAE (β = 1): {} of its 10 nearest test codes are {}. Plain autoencoder: {} of 10.",
            n1.same, class, n2.same
        );
        assert_eq!(said.replace(['\u{2068}', '\u{2069}'], ""), want, "{what}");
    }
}

/// The lesson: `lesson=` loads its module at that step; "Start the lesson" opens it at the
/// first step and, once shown, gives its card the keyboard's focus (an address never does);
/// the module's step events write the address; `""` closes it. The lesson and the training
/// evolution are not open together: the lesson draws on the final model's map.
#[test]
fn the_lesson_opens_from_the_address_or_the_button_and_follows_its_steps() {
    let p = Page::open_at("?lesson=meshgrid");
    assert!(p.log.contains(&Effect::LoadLesson("meshgrid".into())));
    assert_eq!(p.s.lesson.step.as_deref(), Some("meshgrid"));
    assert_eq!(p.last_url(), Some("model=mnist-vae&z=0,0&lesson=meshgrid"));
    let mut q = Page::open_at("?lesson=meshgrid");
    q.send(Msg::LessonLoaded(Ok(())));
    assert!(
        !q.log.contains(&Effect::FocusLesson),
        "an address took the focus"
    );
    let mut p = Page::open_at("");
    p.send(Msg::LessonStart);
    assert!(p.log.contains(&Effect::LoadLesson("encode".into())));
    p.send(Msg::LessonLoaded(Ok(())));
    assert!(p.log.contains(&Effect::FocusLesson));
    p.send(Msg::LessonStep("decode".into()));
    assert_eq!(p.last_url(), Some("model=mnist-vae&z=0,0&lesson=decode"));
    // a second start with the lesson open shows its card again, at the same step
    let loads = |p: &Page| {
        p.log
            .iter()
            .filter(|e| matches!(e, Effect::LoadLesson(_)))
            .count()
    };
    let (before, focus) = (loads(&p), p.log.len());
    p.send(Msg::LessonStart);
    assert_eq!(loads(&p), before, "the step was reset");
    assert!(p.log[focus..].contains(&Effect::FocusLesson));
    assert_eq!(p.s.lesson.step.as_deref(), Some("decode"));
    // opening the training evolution closes the lesson
    p.send(Msg::ToggleEvolution);
    assert!(p.log.contains(&Effect::CloseLesson));
    p.send(Msg::LessonStep(String::new()));
    assert_eq!(p.s.lesson.step, None);
    assert_eq!(en(&p.s.announce.1), "The lesson is closed.");
    p.serve_all();
    assert!(p.s.evo.open.is_some());
    // and starting the lesson closes the evolution
    p.send(Msg::LessonStart);
    assert!(p.s.evo.open.is_none());
    assert_eq!(p.last_url(), Some("model=mnist-vae&z=0,0&lesson=encode"));
    // an address with both opens the lesson, not the epoch
    let p = Page::open_at("?lesson=bounds&epoch=2");
    assert!(p.s.evo.open.is_none());
    assert_eq!(p.s.lesson.step.as_deref(), Some("bounds"));
}

/// Present mode shows the QR code by default, but not over a lesson step's text (`qr=1` does).
#[test]
fn the_qr_code_keeps_off_a_lesson_unless_asked() {
    assert!(Page::open_at("?present=1").s.qr_shown());
    assert!(!Page::open_at("?present=1&lesson=bounds").s.qr_shown());
    assert!(Page::open_at("?present=1&lesson=bounds&qr=1").s.qr_shown());
}

#[test]
fn a_file_opened_while_the_first_model_loads_waits_for_it_and_stays() {
    // (the build with the hands-on views reopens a model opened from disk right after its
    // start, while the address's model is still to come)
    let mut p = Page::new();
    p.send(Msg::Start("".into()));
    assert!(!p.open.is_empty(), "the list of models is asked for");
    p.send(Msg::OpenFile(
        "plain.safetensors".into(),
        Ok(std::fs::read(site().join("weights/mnist/plain.safetensors")).unwrap()),
    ));
    assert!(p.s.model.is_none(), "it waits for the first load");
    p.serve_all();
    assert_eq!(p.s.model.clone().unwrap().meta.model, "mnist-plain");
    assert!(
        p.s.entry.is_none(),
        "shown as the file, not as the list's model"
    );
    assert!(en(&p.s.file.notice.clone().unwrap()).contains("plain.safetensors"));
}

#[test]
fn a_language_loading_holds_the_page_s_direction_until_its_messages_arrive_or_fail() {
    // Arabic named in the address: fetched; the page's <html lang dir> wait for it
    let mut p = Page::new();
    p.send(Msg::Start("?lang=ar".into()));
    assert_eq!(p.s.lang_loading, Some("ar"));
    assert!(p
        .log
        .iter()
        .any(|e| matches!(e, Effect::FetchLanguage(c) if c == "ar")));
    // it cannot be loaded: English stays in force, and nothing waits any more (the page
    // writes English's direction)
    p.send(Msg::LanguageLoaded(
        "ar".into(),
        Err(FetchError::Failed("HTTP 404 Not Found".into())),
    ));
    assert_eq!(p.s.lang_loading, None);
    assert_eq!(p.s.lang.locale().code, "en");
    assert!(p
        .s
        .notices
        .iter()
        .any(|n| en(n).contains("locales/ar/page.ftl")));
    // an offline file exported without it: the notice says how to add it
    p.send(Msg::ChooseLanguage("ar".into()));
    p.send(Msg::LanguageLoaded(
        "ar".into(),
        Err(FetchError::NotInOfflineFile),
    ));
    assert!(
        p.s.notices.iter().any(|n| en(n)
            .contains("not included in this offline file (export it with --lang ar)")),
        "{:?}",
        p.s.notices.iter().map(en).collect::<Vec<_>>()
    );
    assert_eq!(p.s.lang_loading, None);
    // chosen again in the menu, then English before the answer: the fetch is superseded
    p.send(Msg::ChooseLanguage("de".into()));
    assert_eq!(p.s.lang_loading, Some("de"));
    p.send(Msg::ChooseLanguage("en".into()));
    assert_eq!(p.s.lang_loading, None);
    // a late answer for German changes nothing
    p.send(Msg::LanguageLoaded(
        "de".into(),
        Ok("page-heading = X\n".into()),
    ));
    assert_eq!((p.s.lang.locale().code, p.s.lang_loading), ("en", None));
    // German arrives while wanted: in force
    p.send(Msg::ChooseLanguage("de".into()));
    let src = std::fs::read_to_string(site().join("www/locales/de/page.ftl")).unwrap();
    p.send(Msg::LanguageLoaded("de".into(), Ok(src)));
    assert_eq!((p.s.lang.locale().code, p.s.lang_loading), ("de", None));
}

#[test]
fn the_qr_code_hands_a_phone_the_view_without_the_projectors_or_the_slides_marks() {
    let base = "https://example.org/latent/";
    let p = Page::open_at(&format!(
        "{base}?model=mnist-plain&z=1.5,-0.25&zoom=2&view=encode&present=1&qr=1&lang=de"
    ));
    let link = p.s.link().expect("the page's address is known");
    // the page's own address keeps the projector's marks; the phone's does not
    let own = p.last_url().expect("the address was written");
    assert!(own.contains("present=1") && own.contains("qr=1"), "{own}");
    assert_eq!(
        link,
        format!(
            "{base}?{}",
            own.replace("&present=1", "").replace("&qr=1", "")
        )
    );
    for k in [
        "model=mnist-plain",
        "z=1.5,-0.25",
        "zoom=2",
        "view=encode",
        "lang=de",
    ] {
        assert!(link.contains(k), "{k} in {link}");
    }
    let p = Page::open_at(&format!(
        "{base}?embed=1&legend=1&evolution=0&model=mnist-vae&z=1,2"
    ));
    assert_eq!(
        p.s.link().as_deref(),
        Some(&*format!("{base}?model=mnist-vae&z=1,2"))
    );
    // without a known address (a page opened from its query alone) there is no link
    assert_eq!(Page::open_at("?present=1").s.link(), None);
}
