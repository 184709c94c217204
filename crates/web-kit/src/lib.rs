//! What the page (`latent-web`) and the training view (`latent-train-view`, a separate wasm
//! module loaded when its panel opens) share in the browser:
//!
//! - the runtime ([`Runtime`], [`App`], [`Sender`]): messages → a pure `update` → effects,
//!   one render per animation frame, listeners removed when the runtime is dropped;
//! - downloads with a timeout and abort ([`fetch_bytes`], [`bytes_within`]) and files offered
//!   to the visitor ([`save_bytes`], [`download_href`]);
//! - DOM helpers that touch the page only on a change (each module has its own renderer, and
//!   both write the page through them): [`attr`], [`text`], [`message`], [`hidden`], canvases
//!   sized in device pixels ([`fit_canvas`]), 28 × 28 images ([`image`]), pointer positions
//!   ([`uv`]);
//! - text for messages ([`quote`], [`human_bytes`]);
//! - a line chart of shares against epochs ([`lines`]);
//! - the messages of an on-demand module ([`MessageFile`]: English compiled in, a locale's
//!   file fetched, the messages in use for the panic hook);
//! - the static markup in the active language ([`localize`]: `data-l10n-id`, with
//!   `latent-i18n`'s messages).
//!
//! Images are 28 × 28 pixels in `[0, 1]` (white ink on black, as in MNIST); canvases are sized
//! in device pixels. The modules are private: every item has the one name listed here.

mod address;
mod dom;
mod download;
mod fetch;
mod l10n;
mod marks;
mod messages;
mod plot;
mod runtime;
mod text;

pub use address::{train_limit_value, train_limits, LESSON_STEPS, TRAIN_KEYS};
pub use dom::{
    attr, canvas, ctx2d, dpr, fit_canvas, grey_rgba, hidden, image, input_index, js_msg, message,
    now_ms, put, rect_uv, text, uv, Lookup, PrecisePointer, IMAGE_SIDE,
};
pub use download::{download_href, revoke_object_url, save_bytes};
pub use fetch::{bytes_within, fetch_bytes, FetchError};
pub use l10n::{localize, localize_matching, localize_one, L10N_ATTRS, L10N_EARLY};
pub use marks::{diamond, halo_stroke};
pub use messages::{built_in, MessageFile};
pub use plot::{lines, Mark, Series, ACCURACY_COLOUR, COHERENT_COLOUR, KNN_COLOUR};
pub use runtime::{App, Runtime, Sender};
pub use text::{human_bytes, quote, QUOTE_MAX};
