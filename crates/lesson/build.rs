//! Compiles in the lesson's English messages without their translators' comments.
include!("../i18n/build-support/embed_ftl.rs");

fn main() {
    embed_ftl("../../www/locales/en/lesson.ftl", "lesson.ftl");
}
