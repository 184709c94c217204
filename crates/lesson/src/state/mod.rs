//! The lesson's pure model: its state, messages and `update` (no browser types; tested
//! natively in `tests/state.rs`). "How the map is made" walks through five steps on the model
//! the page shows; each step's picture is computed here from the model's own files with the
//! page's kernels (`latent_core::bundle::inference`), a cell per tick of the sweep, so the
//! pointer is never blocked.

use latent_core::bundle::Posterior;
use latent_core::latent_map::Meshgrid;
use latent_i18n::{t, Text};
mod files;
mod sweep;
pub use files::{Design, Files, Kind, Urls};
use sweep::{advance, pause, play, say_cell};
pub use sweep::{argmax, block_cells, cell, Cell, Speed, Verdict, CELLS, SIDE};

/// A step of "How the map is made".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// A held-out test image goes in, two numbers come out (predict, then reveal).
    Encode,
    /// The training codes, the quantile lines, the margins and the box: the map's bounds.
    Bounds,
    /// The grid over the bounds.
    Meshgrid,
    /// The grid's cells decoded, tile by tile.
    Decode,
    /// The classifier's verdict for each cell, coloured.
    Classify,
    /// Question 1: how few dimensions keep the information?
    Dims,
    /// Question 2: how sparse does an unbounded latent get?
    Sparse,
    /// Question 3: how does the KL term bring similar inputs together?
    Similar,
    /// Question 4: how many epochs until the space is coherent?
    Epochs,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 9] = [
        Step::Encode,
        Step::Bounds,
        Step::Meshgrid,
        Step::Decode,
        Step::Classify,
        Step::Dims,
        Step::Sparse,
        Step::Similar,
        Step::Epochs,
    ];

    /// Its id in the address (`lesson=<id>`) and in message ids.
    pub fn id(self) -> &'static str {
        match self {
            Step::Encode => "encode",
            Step::Bounds => "bounds",
            Step::Meshgrid => "meshgrid",
            Step::Decode => "decode",
            Step::Classify => "classify",
            Step::Dims => "dims",
            Step::Sparse => "sparse",
            Step::Similar => "similar",
            Step::Epochs => "epochs",
        }
    }

    /// The step of an id (ASCII case ignored).
    pub fn from_id(id: &str) -> Option<Step> {
        Step::ALL
            .into_iter()
            .find(|s| s.id().eq_ignore_ascii_case(id.trim()))
    }

    /// Its position, 0-based.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|&s| s == self).unwrap_or(0)
    }

    /// Its title's message id (`lesson-<id>-title`).
    pub fn title(self) -> Text {
        Text::id(match self {
            Step::Encode => "lesson-encode-title",
            Step::Bounds => "lesson-bounds-title",
            Step::Meshgrid => "lesson-meshgrid-title",
            Step::Decode => "lesson-decode-title",
            Step::Classify => "lesson-classify-title",
            Step::Dims => "lesson-dims-title",
            Step::Sparse => "lesson-sparse-title",
            Step::Similar => "lesson-similar-title",
            Step::Epochs => "lesson-epochs-title",
        })
    }

    /// Whether it sweeps the grid cell by cell (play, pause, step, speed).
    pub fn sweeps(self) -> bool {
        matches!(self, Step::Decode | Step::Classify)
    }

    /// Whether it is one of the four questions (predict, then the evidence).
    pub fn question(self) -> bool {
        matches!(
            self,
            Step::Dims | Step::Sparse | Step::Similar | Step::Epochs
        )
    }

    /// Whether it shows a held-out test image (another can be picked).
    pub fn shows_image(self) -> bool {
        matches!(self, Step::Encode | Step::Similar)
    }
}

/// The encode step's reveal: the image's μ and the guess's distance from it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reveal {
    /// The student's guess, latent units.
    pub guess: [f32; 2],
    /// Euclidean distance from the guess to μ, latent units.
    pub distance: f32,
}

/// The lesson's state.
#[derive(Debug, Default)]
pub struct Lesson {
    /// The model's files' addresses.
    pub urls: Option<Urls>,
    /// Its files, as they arrive.
    pub files: Files,
    /// Downloads in flight: request id, what, URL.
    pub pending: Vec<(u64, Kind, String)>,
    /// The last request id.
    pub last_req: u64,
    /// Why the lesson cannot go on (a failed download), in words.
    pub error: Option<Text>,
    /// The step shown.
    pub step: Option<Step>,
    /// The test image of the encode step (index in the test-image file).
    pub image: usize,
    /// Its encoding by the model's encoder, once the files are there.
    pub encoded: Option<Posterior>,
    /// The student's guess and its distance, once made.
    pub reveal: Option<Reveal>,
    /// Cells swept so far (decode and classify steps).
    pub done: usize,
    /// Whether the sweep plays.
    pub playing: bool,
    /// Its speed.
    pub speed: Speed,
    /// The decode step's tiles: 784 pixels in `[0, 1]` per swept cell.
    pub tiles: Vec<Vec<f32>>,
    /// The classify step's verdicts, per swept cell.
    pub verdicts: Vec<Verdict>,
    /// Bumped by every model switch and step change: ticks of an older sweep are dropped.
    pub generation: u64,
    /// Whether the visitor asked for reduced motion (the sweep then jumps to its end).
    pub reduced_motion: bool,
    /// The answer picked for the shown question (an option's index), before the evidence.
    pub answer: Option<usize>,
    /// The latest sentence for screen readers, numbered so that a repeat is spoken again.
    pub say: (u64, Text),
    /// Bumped at every change the renderer must draw.
    pub version: u64,
}

/// The lesson's inputs.
#[derive(Debug, Clone, PartialEq)]
pub enum LessonMsg {
    /// The page shows this model (at mount, and after every switch).
    Model(Urls),
    /// A file arrived (or why not).
    Fetched {
        /// Request id.
        req: u64,
        /// Its bytes, or why not (a sentence).
        result: Result<Vec<u8>, Text>,
    },
    /// Show this step, in its start state.
    Go(Step),
    /// The next step.
    Next,
    /// The step before.
    Back,
    /// The student guessed that the image lands at `z` (a click on the map, or the cursor).
    Guess([f32; 2]),
    /// Another test image for the encode step.
    Another,
    /// Play (or restart from the beginning when the sweep is done).
    Play,
    /// Pause.
    Pause,
    /// One cell forward.
    Forward,
    /// One cell back.
    Backward,
    /// The sweep's speed.
    Speed(Speed),
    /// The sweep's timer fired (for the sweep of this generation).
    Tick(u64),
    /// The visitor's `prefers-reduced-motion` setting.
    ReducedMotion(bool),
    /// Close the lesson.
    Close,
    /// The student's prediction for the shown question: option `i`.
    Answer(usize),
}

/// What the lesson asks the page to do.
#[derive(Debug, Clone, PartialEq)]
pub enum LessonEffect {
    /// Download `url`, then answer [`LessonMsg::Fetched`] with `req`.
    Fetch {
        /// Request id.
        req: u64,
        /// Relative URL.
        url: String,
    },
    /// (Re)start the sweep's timer: [`LessonMsg::Tick`] with `generation` every `ms`
    /// milliseconds; `None` stops it.
    Timer(Option<(u32, u64)>),
    /// Tell the page the step shown (its address's `lesson=`); `None`: the lesson closed.
    Address(Option<Step>),
}

impl Lesson {
    /// Tells screen readers `text`.
    pub fn tell(&mut self, text: Text) {
        self.say = (self.say.0 + 1, text);
    }

    /// The meshgrid of the model's map.
    pub fn grid(&self) -> Option<Meshgrid> {
        self.files.view.as_ref().map(|v| v.map.grid)
    }

    /// The class names of the model's dataset.
    pub fn class_names(&self) -> &[String] {
        self.files
            .view
            .as_ref()
            .map_or(&[][..], |v| v.meta.class_names.as_slice())
    }

    /// The stored map's class at swept cell `k`, and whether the live verdict agrees with it.
    pub fn stored_class(&self, k: usize) -> Option<u8> {
        let v = self.files.view.as_ref()?;
        let c = cell(&v.map.grid, k);
        Some(v.map.class[c.grid.0 * v.map.grid.width + c.grid.1])
    }
}

/// Applies `msg` and returns what the page must do.
pub fn update(l: &mut Lesson, msg: LessonMsg) -> Vec<LessonEffect> {
    let mut fx = Vec::new();
    l.version += 1;
    match msg {
        LessonMsg::Model(urls) => {
            if l.urls.as_ref() != Some(&urls) {
                l.files = Files::default();
                l.pending.clear();
                l.error = None;
                l.urls = Some(urls);
                restart(l, &mut fx);
            }
        }
        LessonMsg::Fetched { req, result } => files::arrived(l, req, result),
        LessonMsg::Go(step) => go(l, step, &mut fx),
        // (nothing past either end: the buttons there keep their focus, aria-disabled)
        LessonMsg::Next => {
            let i = l.step.map_or(0, |s| s.index() + 1);
            if let Some(&step) = Step::ALL.get(i) {
                go(l, step, &mut fx);
            }
        }
        LessonMsg::Back => {
            if let Some(i) = l.step.and_then(|s| s.index().checked_sub(1)) {
                go(l, Step::ALL[i], &mut fx);
            }
        }
        LessonMsg::Guess(z) => guess(l, z),
        LessonMsg::Another => {
            if let Some(n) = l.files.tests.as_ref().map(|t| t.len()).filter(|&n| n > 0) {
                l.image = (l.image + 1) % n;
            }
            l.encoded = None;
            l.reveal = None;
            l.answer = None;
        }
        LessonMsg::Answer(i) => {
            if l.step.is_some_and(Step::question) && l.ready() && l.answer.is_none() {
                l.answer = Some(i);
                if let Some(t) = crate::questions::revealed(l) {
                    l.tell(t);
                }
            }
        }
        LessonMsg::Play => play(l, &mut fx),
        LessonMsg::Pause => pause(l, &mut fx),
        LessonMsg::Forward => {
            pause(l, &mut fx);
            advance(l);
            say_cell(l);
        }
        LessonMsg::Backward => {
            pause(l, &mut fx);
            if l.done > 0 {
                l.done -= 1;
                l.tiles.truncate(l.done);
                l.verdicts.truncate(l.done);
            }
            say_cell(l);
        }
        LessonMsg::Speed(s) => {
            l.speed = s;
            if l.playing {
                fx.push(LessonEffect::Timer(Some((s.interval_ms(), l.generation))));
            }
        }
        LessonMsg::Tick(g) => {
            if g == l.generation && l.playing {
                advance(l);
                if l.done >= CELLS {
                    l.playing = false;
                    fx.push(LessonEffect::Timer(None));
                    say_cell(l);
                }
            }
        }
        LessonMsg::ReducedMotion(on) => {
            l.reduced_motion = on;
            // turned on while a sweep plays: it stops moving and shows its end state
            if on && l.playing {
                l.playing = false;
                fx.push(LessonEffect::Timer(None));
                play(l, &mut fx);
            }
        }
        LessonMsg::Close => {
            l.step = None;
            l.generation += 1;
            l.playing = false;
            fx.push(LessonEffect::Timer(None));
            fx.push(LessonEffect::Address(None));
        }
    }
    files::fetch_needed(l, &mut fx);
    encode(l);
    fx
}

/// The shown step again from its start state (a model switch).
fn restart(l: &mut Lesson, fx: &mut Vec<LessonEffect>) {
    if let Some(s) = l.step {
        reset_step(l, s, fx);
    }
}

fn go(l: &mut Lesson, step: Step, fx: &mut Vec<LessonEffect>) {
    reset_step(l, step, fx);
    fx.push(LessonEffect::Address(Some(step)));
    l.tell(t!(
        "lesson-say-step",
        n = step.index() + 1,
        count = Step::ALL.len(),
        title = step.title()
    ));
}

/// Shows `step` in its start state: no guess, an empty sweep, paused.
fn reset_step(l: &mut Lesson, step: Step, fx: &mut Vec<LessonEffect>) {
    l.step = Some(step);
    // a file that failed for another step is asked for again when a step needs it
    l.error = None;
    l.generation += 1;
    l.reveal = None;
    l.encoded = None;
    l.answer = None;
    l.image = 0;
    l.done = 0;
    l.tiles.clear();
    l.verdicts.clear();
    if l.playing {
        fx.push(LessonEffect::Timer(None));
    }
    l.playing = false;
}

/// A class's name as the page writes it: a Fashion-MNIST class by its message, a digit as
/// itself.
pub fn class_name(names: &[String], c: u8) -> Text {
    const FASHION: [&str; 10] = [
        "lesson-class-fashion-0",
        "lesson-class-fashion-1",
        "lesson-class-fashion-2",
        "lesson-class-fashion-3",
        "lesson-class-fashion-4",
        "lesson-class-fashion-5",
        "lesson-class-fashion-6",
        "lesson-class-fashion-7",
        "lesson-class-fashion-8",
        "lesson-class-fashion-9",
    ];
    let name = names
        .get(c as usize)
        .cloned()
        .unwrap_or_else(|| c.to_string());
    match latent_core::dataset::fashion_class(&name) {
        Some(i) => Text::id(FASHION[i]),
        None => t!("lesson-verbatim", text = name),
    }
}

fn guess(l: &mut Lesson, z: [f32; 2]) {
    // one prediction per image: once μ is shown, a click no longer moves the guess
    if l.step != Some(Step::Encode) || l.reveal.is_some() {
        return;
    }
    let Some(mu) = l.encoded.map(|p| p.mu) else {
        return;
    };
    let distance = ((z[0] - mu[0]).powi(2) + (z[1] - mu[1]).powi(2)).sqrt();
    l.reveal = Some(Reveal { guess: z, distance });
    let zt = |z: [f32; 2]| {
        t!(
            "lesson-z",
            z1 = latent_i18n::num(z[0], 2),
            z2 = latent_i18n::num(z[1], 2)
        )
    };
    l.tell(t!(
        "lesson-encode-revealed",
        mu = zt(mu),
        guess = zt(z),
        distance = latent_i18n::num(distance, 2)
    ));
}

/// Encodes the encode step's test image once its files are there.
fn encode(l: &mut Lesson) {
    if l.step != Some(Step::Encode) || l.encoded.is_some() {
        return;
    }
    let (Some(enc), Some(t)) = (&l.files.encoder, &l.files.tests) else {
        return;
    };
    let Some(px) = t.image(l.image) else { return };
    l.encoded = enc
        .encode_posterior(&px)
        .ok()
        .and_then(|p| p.first().copied());
}
