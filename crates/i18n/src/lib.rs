//! The page's languages, with [Project Fluent](https://projectfluent.org): every sentence a
//! learner reads is a message in a `.ftl` file (`locales/<code>/*.ftl` at the repository's
//! root, one folder per locale, its glossary beside it), formatted by `fluent-bundle` with the
//! locale's plural rules.
//!
//! - [`Text`] (built with [`t!`]): a message id and its arguments, the form in which the pure
//!   model keeps a sentence; the renderer turns it into the active language with [`L10n::text`],
//!   so a change of language redraws every sentence, also those kept in the state.
//! - [`L10n`]: the active locale's messages over English's (a message missing in a locale
//!   falls back to English's), numbers with the locale's separators ([`Locale`]), and the
//!   DOM's messages with their attributes ([`L10n::message`]).
//! - [`LOCALES`], [`negotiate`]: the locales offered, and the one the browser's preferred
//!   languages pick (`fluent-langneg`, English as the fallback); [`PSEUDO`] for tests.
//!
//! Pure Rust, no browser types: the page's pure model, its renderer, the training view and
//! native tests share it.

#[cfg(feature = "check")]
pub mod check;
mod format;
mod locale;
mod text;

pub use format::{format_number, DomMessage, L10n, LoadError};
pub use locale::{find, negotiate, Dir, Locale, LOCALES, PSEUDO};
pub use text::{num, Arg, Text};
