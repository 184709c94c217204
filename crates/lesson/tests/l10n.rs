//! The lesson's languages (`www/locales/en/lesson.ftl`): every message the source builds exists
//! in English, every English message is used, and the markup (`body.html`) holds each text with
//! its message id and the same English.
#![cfg(not(target_arch = "wasm32"))]

use latent_lesson::app::BODY_HTML;
use latent_lesson::l10n::{english, ENGLISH_FTL};
use std::collections::BTreeSet;
use std::path::Path;

/// The id of the message that starts on `line` (an id at the line's start, then ` =`).
fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once(" =")?;
    let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(id)
}

/// The ids of en/lesson.ftl's messages.
fn english_ids() -> Vec<&'static str> {
    ENGLISH_FTL.lines().filter_map(message_id).collect()
}

/// Every message id of a `t!("…")` in the crate's source.
fn source_ids() -> BTreeSet<String> {
    fn walk(dir: &Path, out: &mut BTreeSet<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let src = std::fs::read_to_string(&path).unwrap();
                for (at, _) in src.match_indices("t!(") {
                    // the macro, not `format!(` or `print!(`
                    let before = src[..at].chars().next_back();
                    if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                        continue;
                    }
                    let rest = src[at + 3..].trim_start();
                    if let Some(rest) = rest.strip_prefix('"') {
                        let id = &rest[..rest.find('"').unwrap()];
                        out.insert(id.to_string());
                    }
                }
            }
        }
    }
    let mut out = BTreeSet::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    out
}

/// Runs of white space as one space, trimmed: HTML's text as the page shows it.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn english_messages_are_the_lessons_own_and_each_is_used() {
    let ids = english_ids();
    assert!(ids.len() > 40, "{} messages", ids.len());
    let unique: BTreeSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "an id twice");
    for id in &ids {
        assert!(id.starts_with("lesson-"), "{id}: not a lesson- id");
    }
    let en = english();
    let used = source_ids();
    assert!(used.len() > 15, "{} ids in the source", used.len());
    for id in &used {
        assert!(
            en.has(id),
            "the source builds {id}, which en/lesson.ftl lacks"
        );
    }
    // every message is used: by the source (a `t!` or a table of ids, as the class names')
    // or by the markup
    let src: String = [
        "src/render/mod.rs",
        "src/render/picture.rs",
        "src/state/mod.rs",
        "src/state/files.rs",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(f)).unwrap())
    .collect();
    for id in &ids {
        let in_markup = BODY_HTML.contains(&format!("data-l10n-id=\"{id}\""));
        let in_table = src.contains(&format!("\"{id}\""));
        assert!(
            used.contains(*id) || in_markup || in_table,
            "{id} in en/lesson.ftl is used nowhere"
        );
    }
    // translators read what each variable holds: a `# Variables:` comment above each
    // message with variables
    // (the source file: the compiled-in copy has no comments)
    let src = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../www/locales/en/lesson.ftl"
    ))
    .expect("www/locales/en/lesson.ftl");
    let lines: Vec<&str> = src.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let Some(id) = message_id(line) else { continue };
        let mut body = std::iter::once(*line).chain(
            lines[i + 1..]
                .iter()
                .copied()
                .take_while(|l| l.starts_with(' ')),
        );
        if !body.any(|l| l.contains("{ $")) {
            continue;
        }
        let mut above = lines[..i]
            .iter()
            .rev()
            .take_while(|l| l.starts_with("# ") || **l == "#");
        assert!(
            above.any(|l| l.starts_with("# Variables:")),
            "{id} has variables but no `# Variables:` comment above it"
        );
    }
}

/// The markup's texts and attributes are those of their English messages.
#[test]
fn the_markup_says_its_english_messages() {
    use scraper::{Html, Selector};
    let en = english();
    let doc = Html::parse_fragment(BODY_HTML);
    let all = Selector::parse("*").unwrap();
    let attrs = latent_web_kit::L10N_ATTRS;
    let mut checked = 0;
    for el in doc.select(&all) {
        let name = el.value().name();
        // the markup of a message's own value (data-l10n-html) is checked with it
        let in_message = el.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| e.attr("data-l10n-html").is_some())
        });
        if in_message {
            continue;
        }
        let own: String = el
            .children()
            .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
            .collect();
        let own = squash(&own);
        let id = el.value().attr("data-l10n-id");
        if !own.is_empty() {
            assert!(id.is_some(), "<{name}> “{own}” has no data-l10n-id");
        }
        for a in attrs {
            if el.value().attr(a).is_some() {
                assert!(id.is_some(), "<{name} {a}> has no data-l10n-id");
            }
        }
        let Some(id) = id else { continue };
        assert!(id.starts_with("lesson-"), "{id}");
        let (value, message_attrs) = en
            .message(id)
            .unwrap_or_else(|| panic!("<{name}>'s {id} is not in en/lesson.ftl"));
        match value {
            Some(v) if el.value().attr("data-l10n-html").is_some() => {
                assert_eq!(squash(&el.inner_html()), squash(&v), "{id}");
            }
            Some(v) => {
                // localize() replaces the element's text: it must hold no element
                assert!(
                    el.children().all(|c| !c.value().is_element()),
                    "<{name} data-l10n-id={id}> holds elements: wrap its text in a <span>"
                );
                assert_eq!(squash(&el.text().collect::<String>()), squash(&v), "{id}");
            }
            None => assert!(own.is_empty(), "{id} has no value, <{name}> has text"),
        }
        for (a, v) in &message_attrs {
            assert!(
                attrs.contains(&a.as_str()),
                "{id}.{a}: not an attribute localize() sets"
            );
            assert_eq!(el.value().attr(a), Some(v.as_str()), "{id}.{a}");
        }
        for a in attrs {
            if el.value().attr(a).is_some() {
                assert!(
                    message_attrs.iter().any(|(n, _)| n == a),
                    "<{name}>'s {a} is not in its message {id}"
                );
            }
        }
        checked += 1;
    }
    assert!(checked >= 20, "{checked} elements with messages");
}
