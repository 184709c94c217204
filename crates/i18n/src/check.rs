//! Checks of an on-demand module's messages, shared by the browser crates' native tests
//! (feature `check`, a dev-dependency: no module's wasm carries it). A module (the training
//! view, the lesson) has an English file `www/locales/en/<name>.ftl` and a markup fragment
//! (`body.html`) whose texts carry `data-l10n-id`.

use crate::L10n;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// What the checks read of one module.
pub struct Module<'a> {
    /// The message file's name without `.ftl` (`lesson`); every id starts with `<name>-`.
    pub name: &'a str,
    /// English's messages as compiled in (without comments).
    pub english: &'a str,
    /// The crate's folder (`env!("CARGO_MANIFEST_DIR")`): its `src/` is searched for `t!`,
    /// and `../../www/locales/en/<name>.ftl` is English's file with its comments.
    pub crate_dir: &'a str,
    /// Source files, relative to the crate, that hold tables of message ids (ids used without
    /// a `t!`, e.g. class names).
    pub tables: &'a [&'a str],
    /// The module's markup.
    pub body_html: &'a str,
    /// The attributes the module's `localize` sets from a message's attributes.
    pub attrs: &'a [&'a str],
}

/// The id of the message that starts on `line` (an id at the line's start, then ` =`).
pub fn message_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once(" =")?;
    let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(id)
}

/// Every message id of a `t!("…")` in the `.rs` files below `dir`.
pub fn source_ids(dir: &Path) -> BTreeSet<String> {
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
    walk(dir, &mut out);
    out
}

/// Runs of white space as one space, trimmed: HTML's text as the page shows it.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Module<'_> {
    fn path(&self, rel: &str) -> PathBuf {
        Path::new(self.crate_dir).join(rel)
    }

    /// English's messages are the module's own (ids `<name>-…`, none twice, at least
    /// `at_least.0`), every id the source builds (at least `at_least.1`) is one of them, each
    /// is used (by a `t!`, a table of ids or the markup), and each message with variables has a
    /// `# Variables:` comment above it for translators.
    ///
    /// # Panics
    /// On the first rule broken, naming the message.
    pub fn check_messages(&self, en: &L10n, at_least: (usize, usize)) {
        let file = format!("en/{}.ftl", self.name);
        let ids: Vec<&str> = self.english.lines().filter_map(message_id).collect();
        assert!(ids.len() > at_least.0, "{} messages", ids.len());
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "an id twice");
        let prefix = format!("{}-", self.name);
        for id in &ids {
            assert!(id.starts_with(&prefix), "{id}: not a {prefix} id");
        }
        let used = source_ids(&self.path("src"));
        assert!(used.len() > at_least.1, "{} ids in the source", used.len());
        for id in &used {
            assert!(en.has(id), "the source builds {id}, which {file} lacks");
        }
        let tables: String = self
            .tables
            .iter()
            .map(|f| std::fs::read_to_string(self.path(f)).unwrap())
            .collect();
        for id in &ids {
            let in_markup = self.body_html.contains(&format!("data-l10n-id=\"{id}\""));
            let in_table = tables.contains(&format!("\"{id}\""));
            assert!(
                used.contains(*id) || in_markup || in_table,
                "{id} in {file} is used nowhere"
            );
        }
        // the source file: the compiled-in copy has no comments
        let src = std::fs::read_to_string(self.path(&format!("../../www/locales/{file}")))
            .unwrap_or_else(|e| panic!("www/locales/{file}: {e}"));
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

    /// The markup's texts and attributes are those of their English messages: every element
    /// with text or a localized attribute has a `data-l10n-id` of the module's, its text
    /// (or, with `data-l10n-html`, its markup) is the message's value, and its attributes are
    /// the message's. Returns how many elements were checked.
    ///
    /// # Panics
    /// On the first element that breaks a rule, naming it.
    pub fn check_markup(&self, en: &L10n) -> usize {
        use scraper::{Html, Selector};
        let file = format!("en/{}.ftl", self.name);
        let prefix = format!("{}-", self.name);
        let doc = Html::parse_fragment(self.body_html);
        let all = Selector::parse("*").unwrap();
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
            for a in self.attrs {
                if el.value().attr(a).is_some() {
                    assert!(id.is_some(), "<{name} {a}> has no data-l10n-id");
                }
            }
            let Some(id) = id else { continue };
            assert!(id.starts_with(&prefix), "{id}");
            let (value, message_attrs) = en
                .message(id)
                .unwrap_or_else(|| panic!("<{name}>'s {id} is not in {file}"));
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
                    self.attrs.contains(&a.as_str()),
                    "{id}.{a}: not an attribute localize() sets"
                );
                assert_eq!(el.value().attr(a), Some(v.as_str()), "{id}.{a}");
            }
            for a in self.attrs {
                if el.value().attr(a).is_some() {
                    assert!(
                        message_attrs.iter().any(|(n, _)| n == a),
                        "<{name}>'s {a} is not in its message {id}"
                    );
                }
            }
            checked += 1;
        }
        checked
    }
}
