//! The page's inputs ([`Msg`]) and the effects [`update`](super::update::update) asks for
//! ([`Effect`]): the vocabulary between the pure model and the page's edge (`runtime/`), with
//! the timings the edge keeps.

use super::fetch::FetchError;
use crate::tools::ctx::ToolEffect;
use crate::tools::state::ToolMsg;
use latent_i18n::Text;
/// Playback speed of the evolution view: one epoch every this many milliseconds (~3/s).
pub const PLAY_INTERVAL_MS: u32 = 350;
/// The cursor's position is written to the address once the pointer has rested this long
/// (milliseconds), not on every move.
pub const REST_MS: u32 = 400;

/// How the cursor last moved: keyboard moves are always announced, pointer moves only when
/// the class under the cursor changes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Source {
    /// Mouse, touch or pen.
    #[default]
    Pointer,
    /// Arrow keys and Home.
    Keyboard,
}

/// A key the map understands.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    /// One cell towards smaller z₁.
    Left,
    /// One cell towards larger z₁.
    Right,
    /// One cell towards larger z₂.
    Up,
    /// One cell towards smaller z₂.
    Down,
    /// Back to the origin.
    Home,
}

impl Key {
    /// The map's key for a `KeyboardEvent.key` value.
    pub fn from_dom(key: &str) -> Option<Key> {
        Some(match key {
            "ArrowLeft" => Key::Left,
            "ArrowRight" => Key::Right,
            "ArrowUp" => Key::Up,
            "ArrowDown" => Key::Down,
            "Home" => Key::Home,
            _ => return None,
        })
    }
}

/// Every input of the page.
#[derive(Debug)]
pub enum Msg {
    /// The page opened at this address (`location.href`, or just its query string).
    Start(String),
    /// The browser's preferred languages (`navigator.languages`), sent before
    /// [`Msg::Start`]: without `lang=` in the address, they pick the page's language.
    BrowserLanguages(Vec<String>),
    /// The "Compare with" menu picked this model id (`""`: none).
    PickCompare(String),
    /// The pointer is at `(u, v)` of the compared map (its whole meshgrid, 0..1 from the left
    /// and top edges).
    ComparePointer(f32, f32),
    /// The QR code's module loaded (or why not).
    QrLoaded(Result<(), Text>),
    /// The QR code's "Hide" button.
    HideQr,
    /// The language menu picked this locale code.
    ChooseLanguage(String),
    /// A locale's `page.ftl` arrived (its code and text), or why not.
    LanguageLoaded(String, Result<String, FetchError>),
    /// Request `req` finished: the body, or why not (already worded for the page).
    Fetched {
        /// The id the [`Effect::Fetch`] carried.
        req: u64,
        /// The body's bytes, or the reason it did not arrive.
        result: Result<Vec<u8>, FetchError>,
    },
    /// The pointer is at `(u, v)` of the map (0..1 from the left and top edges).
    Pointer(f32, f32),
    /// A key on the focused map; `shift` steps 10 cells.
    Key(Key, bool),
    /// The dataset switcher picked this dataset id.
    PickDataset(String),
    /// The model switcher picked this manifest id.
    PickModel(String),
    /// The "Training evolution" / "Back to the final model" button.
    ToggleEvolution,
    /// Play or pause the evolution.
    PlayPause,
    /// The previous (−1) or next (+1) snapshot button.
    Step(i32),
    /// The epoch slider moved to snapshot `i`.
    Slide(usize),
    /// The "show encoded test images" box.
    ShowPoints(bool),
    /// The playback timer fired.
    Tick,
    /// The pointer has rested for [`REST_MS`](REST_MS).
    Rested,
    /// The retry button of a failed download.
    Retry,
    /// The window was resized (the renderer refits its canvases).
    Resized,
    /// The tab was hidden (`true`) or shown again: playback pauses while hidden.
    Hidden(bool),
    /// The "Embed" button: opens or closes the snippet panel.
    ToggleEmbed,
    /// The snippet panel's "Copy" button.
    CopyEmbed,
    /// The clipboard took the text (`true`) or refused it.
    Copied(bool),
    /// An input of the hands-on views (`tools/`).
    Tool(ToolMsg),
    /// Zoom or pan the map ([`super::zoom`]).
    Zoom(ZoomMsg),
    /// The "Train it yourself" button: opens or closes the panel; the first opening loads the
    /// training view's own module ([`Effect::LoadTrainView`]).
    TrainToggle,
    /// The training view's module has mounted, or why it could not be loaded.
    TrainLoaded(Result<(), Text>),
    /// "Start the lesson": open the lesson at its first step.
    LessonStart,
    /// The lesson shows this step (its module's `latent-lesson-step` event; `""`: it closed).
    LessonStep(String),
    /// The lesson's module has loaded and shows the step, or why it could not be loaded.
    LessonLoaded(Result<(), Text>),
    /// A view file from the picker or a drop (in the training panel): its name and bytes, or
    /// why the browser could not read it. Shown on the map like a shipped model.
    OpenFile(String, Result<Vec<u8>, Text>),
}

/// Zoom and pan inputs: the wheel, a pinch, the zoom buttons and keys.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ZoomMsg {
    /// Multiply the zoom by this factor around screen position `(u, v)` of the map box (the
    /// wheel), or around the cursor for `None` (buttons and `+`/`-` keys; announced).
    By(f32, Option<(f32, f32)>),
    /// Move the window by `(du, dv)` of its size (the map follows the fingers).
    Pan(f32, f32),
    /// A two-finger gesture step: pan by `pan`, then zoom by `factor` around `at`.
    Pinch {
        /// Ratio of the fingers' distance to the previous one.
        factor: f32,
        /// The fingers' midpoint, fractions of the map box.
        at: (f32, f32),
        /// The midpoint's move, fractions of the map box.
        pan: (f32, f32),
    },
    /// Back to the whole map (button and `0` key; announced).
    Reset,
}

/// What the page must do for a state change; run by `runtime/effects.rs`.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Download `url` (same origin), with [`FETCH_TIMEOUT_MS`](super::fetch::FETCH_TIMEOUT_MS), and answer with
    /// [`Msg::Fetched`] carrying `req`.
    Fetch {
        /// Request id.
        req: u64,
        /// Relative URL.
        url: String,
    },
    /// Start the playback timer ([`Msg::Tick`] every [`PLAY_INTERVAL_MS`](PLAY_INTERVAL_MS)).
    StartPlayback,
    /// Stop the playback timer.
    StopPlayback,
    /// (Re)start the rest timer: [`Msg::Rested`] after [`REST_MS`](REST_MS) without another restart.
    RestartRest,
    /// Replace the address's query with this one (`history.replaceState`, no new entry).
    ReplaceUrl(String),
    /// Put this text on the clipboard, then answer [`Msg::Copied`].
    Copy(String),
    /// An effect of the hands-on views (clipboard, PNG download).
    Tool(ToolEffect),
    /// Load the QR code's wasm module (`window.__latentQr`), then answer [`Msg::QrLoaded`].
    LoadQr,
    /// Fetch `locales/<code>/page.ftl` ([`FETCH_TIMEOUT_MS`](super::fetch::FETCH_TIMEOUT_MS))
    /// and answer [`Msg::LanguageLoaded`].
    FetchLanguage(String),
    /// Load the lesson's module (`latent-lesson`, its own wasm) and show this step (mounting it
    /// on the first call), then answer [`Msg::LessonLoaded`].
    LoadLesson(String),
    /// Scroll the lesson's card into view and give it the keyboard's focus ("Start the
    /// lesson" pressed: on a phone the card is under the map).
    FocusLesson,
    /// Ask the lesson's module to close (`latent-lesson-close` on the document): the training
    /// evolution opened, and the lesson draws on the final model's map.
    CloseLesson,
    /// Load and mount the training view's module (`latent-train-view`, its own wasm: the
    /// first view carries none of its code), then answer [`Msg::TrainLoaded`].
    LoadTrainView,
}
