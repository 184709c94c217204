//! The view's messages: English's `train.ftl` (`www/locales/en/train.ftl`), compiled in, and
//! the [`L10n`] of another locale over it ([`MESSAGES`], a [`MessageFile`]). Pure: the edge
//! ([`crate::app`]) fetches a locale's file and keeps the active `L10n`; the renderer formats
//! the state's [`latent_i18n::Text`]s with it; native tests use English.

use latent_i18n::{L10n, LoadError};
use latent_web_kit::MessageFile;

/// English's messages of the view (the fallback of every other locale; `www/locales/en/train.ftl`
/// compiled in without its comments by `build.rs`).
pub const ENGLISH_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/train.ftl"));

/// The view's message file.
pub const MESSAGES: MessageFile = MessageFile {
    name: "train",
    english: ENGLISH_FTL,
    who: "the training view",
};

/// English alone.
pub fn english() -> L10n {
    MESSAGES.english()
}

/// The locale `code` from the text of its `train.ftl` (`ftl`; ignored for English and
/// `en-XA`), over English.
///
/// # Errors
/// [`LoadError`] for a code the page does not speak, or naming `<code>/train.ftl` and the line
/// of a syntax error or a duplicate id.
pub fn load(code: &str, ftl: &str) -> Result<L10n, LoadError> {
    MESSAGES.load(code, ftl)
}
