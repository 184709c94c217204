//! The training view's inputs ([`TrainMsg`]) and the effects it asks the edge for
//! ([`TrainEffect`]). The messages to and from the worker are latent-core's
//! ([`latent_core::train_msg`]), shared with the worker.

use super::Field;
use latent_core::train_msg::{FromWorker, ToWorker};
use latent_i18n::Text;

/// What the training view asks the page's edge to do.
#[derive(Debug, Clone, PartialEq)]
pub enum TrainEffect {
    /// Send a command to the worker (starting it first if needed), stamped with the session
    /// it belongs to ([`super::TrainState::session`]): the worker drops the commands of a
    /// session once it has one of a newer session.
    Post(ToWorker),
    /// Start (`true`) or stop the replay timer ([`TrainMsg::ReplayTick`] every
    /// [`super::REPLAY_TICK_MS`]).
    ReplayTimer(bool),
    /// Load the messages of the locale with this code (canonical, as in
    /// [`latent_i18n::LOCALES`]): fetched as `locales/<code>/train.ftl`, or built in for `en`
    /// and `en-XA`; answered with [`TrainMsg::Messages`].
    LoadLanguage(String),
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
    /// A message of the worker; one of an earlier, reset session is dropped.
    Worker(FromWorker),
    /// The worker could not be started, talked to or read, or a download could not be
    /// saved: the session is over.
    WorkerError(Text),
    /// The pointer is at `(u, v)` of the plot (0..1 from the left and top); `None`: it left.
    Hover(Option<(f32, f32)>),
    /// The keyboard moves the cursor on the plot by `(du, dv)` (shares of its width and
    /// height; from the centre when there is none).
    Nudge(f32, f32),
    /// "Download bundle".
    Download,
    /// "Class map": paint the class map of the current weights.
    MapRequest,
    /// The replay slider: show snapshot `i` of the history (the last one: live again).
    Replay(usize),
    /// "Live": back to the current model.
    Live,
    /// "Play the run" / "Stop".
    PlayReplay,
    /// The replay timer: the next snapshot.
    ReplayTick,
    /// The page's language is now this code (`<html lang>`, read at the start and on the
    /// page's `latent-language` event).
    Language(String),
    /// The messages of the locale `code` arrived: the text of its `train.ftl` (empty for the
    /// built-in `en` and `en-XA`), or `None` when it could not be fetched (the view stays in
    /// English). The edge makes them the view's; one for a locale no longer wanted is dropped.
    Messages {
        /// The locale's code, as in [`TrainEffect::LoadLanguage`].
        code: String,
        /// Its `train.ftl`.
        ftl: Option<String>,
    },
}
