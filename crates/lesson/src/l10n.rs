//! The view's messages: English's `lesson.ftl` (`www/locales/en/lesson.ftl`), compiled in, and
//! the [`L10n`] of another locale over it. Pure: the edge ([`crate::app`]) fetches a locale's
//! file and keeps the active `L10n`; the renderer formats the state's [`latent_i18n::Text`]s
//! with it; native tests use English.

use latent_i18n::{L10n, LoadError};

/// English's messages of the view (the fallback of every other locale; `www/locales/en/lesson.ftl`
/// compiled in without its comments by `build.rs`).
pub const ENGLISH_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/lesson.ftl"));

/// The name English's file goes by in error messages.
pub const ENGLISH_FILE: &str = "en/lesson.ftl";

/// The locale file of `code`, relative to the page: `locales/de/lesson.ftl`.
pub fn locale_url(code: &str) -> String {
    format!("locales/{code}/lesson.ftl")
}

/// Whether `code` needs no file beyond English's: English itself and the pseudo-locale
/// `en-XA` (English transformed).
pub fn built_in(code: &str) -> bool {
    code == "en" || code == latent_i18n::PSEUDO.code
}

/// English alone.
///
/// # Panics
/// Never in a build whose tests passed: `tests/l10n.rs` loads the same compiled-in file.
pub fn english() -> L10n {
    L10n::english(&[(ENGLISH_FILE, ENGLISH_FTL)]).expect("en/lesson.ftl is valid Fluent")
}

/// The locale `code` from the text of its `lesson.ftl` (`ftl`; ignored for English and
/// `en-XA`), over English.
///
/// # Errors
/// [`LoadError`] for a code the page does not speak, or naming `<code>/lesson.ftl` and the line
/// of a syntax error or a duplicate id.
pub fn load(code: &str, ftl: &str) -> Result<L10n, LoadError> {
    let file = format!("{code}/lesson.ftl");
    let files: &[(&str, &str)] = if built_in(code) {
        &[]
    } else {
        &[(file.as_str(), ftl)]
    };
    L10n::new(code, files, &[(ENGLISH_FILE, ENGLISH_FTL)])
}
