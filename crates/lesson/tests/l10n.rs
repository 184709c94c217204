//! The lesson's languages (`www/locales/en/lesson.ftl`): every message the source builds exists
//! in English, every English message is used, and the markup (`body.html`) holds each text with
//! its message id and the same English (the checks of [`latent_i18n::check`]).
#![cfg(not(target_arch = "wasm32"))]

use latent_i18n::check::Module;
use latent_lesson::app::BODY_HTML;
use latent_lesson::l10n::{english, ENGLISH_FTL};

const LESSON: Module = Module {
    name: "lesson",
    english: ENGLISH_FTL,
    crate_dir: env!("CARGO_MANIFEST_DIR"),
    tables: &[
        "src/render/mod.rs",
        "src/render/picture.rs",
        "src/state/mod.rs",
        "src/state/files.rs",
    ],
    body_html: BODY_HTML,
    attrs: &latent_web_kit::L10N_ATTRS,
};

#[test]
fn english_messages_are_the_lessons_own_and_each_is_used() {
    LESSON.check_messages(&english(), (40, 15));
}

/// The markup's texts and attributes are those of their English messages.
#[test]
fn the_markup_says_its_english_messages() {
    let checked = LESSON.check_markup(&english());
    assert!(checked >= 20, "{checked} elements with messages");
}
