//! No English sentence outside the message files (issue 22): the page's markup
//! (`www/index.html`) says every text and every readable attribute through `data-l10n-id`,
//! each equal to its English message, and the browser crates' Rust code holds no sentence in
//! a string literal, except the few allowed below (file names, styles, console lines for
//! developers, and errors raised before any language is loaded), each with its reason.

#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `s` reads as words: two words of two or more letters in a row.
fn prose(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| !(c.is_alphabetic() || c == '\''))
        .filter(|w| w.chars().count() >= 2)
        .collect();
    if words.len() < 2 {
        return false;
    }
    // two words separated only by spaces or punctuation (not by `_`, `-`, `/` or `.` of a name)
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_alphabetic() && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic() {
            let mut j = i;
            while j < b.len() && b[j].is_ascii_alphabetic() {
                j += 1;
            }
            let mut k = j;
            while k < b.len() && b" ,:;!?".contains(&b[k]) {
                k += 1;
            }
            let spaced = b[j..k].contains(&b' ');
            if spaced
                && k + 1 < b.len()
                && b[k].is_ascii_alphabetic()
                && b[k + 1].is_ascii_alphabetic()
            {
                return true;
            }
            i = j;
        } else {
            i += 1;
        }
    }
    false
}

#[test]
fn the_prose_detector() {
    assert!(prose("Could not load {url}: {why}."));
    assert!(prose("off the map"));
    assert!(!prose("weights/manifest.json"));
    assert!(!prose("data-l10n-id"));
    assert!(!prose("z = ({}, {})"));
    assert!(!prose("{}-{}-seed{}-{steps}steps.safetensors"));
}

/// Literals allowed in the browser crates' code: `(file, the literal's start, why)`.
const ALLOWED: [(&str, &str, &str); 34] = [
    ("web/src/lib.rs", "decodeMany: ", "an error thrown to a JavaScript caller of the API (developers)"),
    ("web/src/lib.rs", "Internal error: ", "the panic hook's text before any language is loaded"),
    ("web/src/runtime/effects.rs", "no window", "no window: a worker, not a page"),
    ("web/src/ui/dom.rs", "No document.", "the page's own markup is broken: for whoever edited index.html, shown before any language is loaded"),
    ("web/src/ui/dom.rs", "The page has no <body>.", "as above"),
    ("web/src/ui/dom.rs", "The page is missing its #", "as above"),
    ("web/src/ui/dom.rs", "The page's #", "as above"),
    ("web/src/ui/paint.rs", "The page is missing its #legend", "as above"),
    ("web/src/ui/paint.rs", "The page has no #map-box.", "as above"),
    ("train-view/src/app.rs", "no window", "no window: not a page"),
    ("train-view/src/app.rs", "no document", "as above"),
    ("train-view/src/app.rs", "the page has no <head>", "the page's markup is broken (developers)"),
    ("train-view/src/worker.rs", "the view is gone", "never shown: the view was dropped"),
    ("lesson/src/app.rs", "no window", "no window: not a page"),
    ("lesson/src/app.rs", "no document", "as above"),
    ("lesson/src/app.rs", "the page has no <head>", "the page's markup is broken (developers)"),
    ("lesson/src/app.rs", "(prefers-reduced-motion: reduce)", "a CSS media query, not prose"),
    ("lesson/src/render/picture.rs", "The page has no #map-box.", "the page's markup is broken (developers)"),
    ("lesson/src/render/picture.rs", "no document", "no document: not a page"),
    ("web-kit/src/messages.rs", "{} is not valid Fluent", "a panic for developers: the build's own English file is broken"),
    ("web-kit/src/messages.rs", "{} stays in English: ", "a console warning for developers (two of them)"),
    ("web-kit/src/messages.rs", "not UTF-8: ", "detail of that console warning"),
    ("web-kit/src/messages.rs", "nothing within ", "detail of that console warning"),
    ("web-kit/src/messages.rs", "{} has no messages for the page's language", "a console warning for developers"),
    ("train-view/src/l10n.rs", "the training view", "the subject of those console warnings"),
    ("lesson/src/l10n.rs", "the lesson", "the subject of those console warnings"),
    ("web-kit/src/download.rs", "no document", "no document: not a page"),
    ("web-kit/src/fetch.rs", "no window", "as above"),
    ("web-kit/src/dom.rs", "Unexpected canvas context type.", "a browser fault, passed as the detail of a localized sentence"),
    ("web-kit/src/dom.rs", "This browser gives no 2-D canvas context.", "as above"),
    ("web-kit/src/download.rs", "could not save ", "the detail of a localized sentence (share-png-failed, the training view's download error)"),
    ("web-kit/src/fetch.rs", " (network error)", "appended to the browser's own message, the detail of load-failed"),
    ("train-view/src/state/update.rs", "decoder snapshot", "the name a file check gives the decoder's bytes in its detail"),
    ("web/src/ui/first_paint.rs", "{code}: no message `{id}`", "the site build's error about a locale (native only, developers)"),
];

/// Literals allowed anywhere: names of files, styles and markup, not sentences.
fn technical(lit: &str) -> bool {
    [
        ".ftl",
        ".json",
        ".html",
        ".css",
        ".safetensors",
        "px ",
        "sans-serif",
        "<span",
        "<div",
        "<option",
        "<iframe",
        "class=\\\"",
    ]
    .iter()
    .any(|m| lit.contains(m))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs")
            && p.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(p);
        }
    }
}

/// The string literals of `src` outside comments and `#[cfg(test)]` code, with their lines.
fn literals(src: &str) -> Vec<(usize, String)> {
    let code = src.split("#[cfg(test)]").next().unwrap_or("");
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        let mut chars = line.char_indices().peekable();
        let mut prev = ' ';
        while let Some((_, c)) = chars.next() {
            // a `'"'` char literal is not a string
            if c == '"' && prev != '\'' {
                let mut lit = String::new();
                let mut esc = false;
                for (_, d) in chars.by_ref() {
                    if esc {
                        lit.push('\\');
                        lit.push(d);
                        esc = false;
                    } else if d == '\\' {
                        esc = true;
                    } else if d == '"' {
                        break;
                    } else {
                        lit.push(d);
                    }
                }
                out.push((n + 1, lit));
                prev = '"';
                continue;
            }
            if c == '/' && chars.peek().is_some_and(|(_, d)| *d == '/') {
                break; // a comment after the code
            }
            prev = c;
        }
    }
    out
}

#[test]
fn the_browser_crates_write_no_english_sentence() {
    let mut files = Vec::new();
    for c in [
        "crates/web/src",
        "crates/train-view/src",
        "crates/web-kit/src",
        "crates/lesson/src",
    ] {
        rust_files(&root().join(c), &mut files);
    }
    assert!(files.len() > 60, "{} files", files.len());
    let mut found = Vec::new();
    let mut used = vec![false; ALLOWED.len()];
    for f in &files {
        let rel = f
            .strip_prefix(root().join("crates"))
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let src = std::fs::read_to_string(f).unwrap();
        for (line, lit) in literals(&src) {
            if !prose(&lit) || technical(&lit) {
                continue;
            }
            match ALLOWED
                .iter()
                .position(|(file, start, _)| rel == *file && lit.starts_with(start))
            {
                Some(i) => used[i] = true,
                None => found.push(format!("crates/{rel}:{line}: \"{lit}\"")),
            }
        }
    }
    assert!(
        found.is_empty(),
        "English in the code (make it a message of www/locales/en/*.ftl):\n{}",
        found.join("\n")
    );
    let stale: Vec<_> = ALLOWED
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(a, _)| a.1)
        .collect();
    assert!(
        stale.is_empty(),
        "allowed literals no longer in the code: {stale:?}"
    );
}

/// Texts of the markup that are names or symbols, not sentences.
const MARKUP_NAMES: [&str; 1] = ["English"];

#[test]
fn the_markup_says_its_english_messages() {
    use scraper::{Html, Selector};
    let html = std::fs::read_to_string(root().join("www/index.html")).unwrap();
    let ftl = std::fs::read_to_string(root().join("www/locales/en/page.ftl")).unwrap();
    let en = latent_i18n::L10n::english(&[("en/page.ftl", &ftl)]).unwrap();
    let doc = Html::parse_document(&html);
    let attrs = [
        "aria-label",
        "aria-roledescription",
        "title",
        "placeholder",
        "alt",
        "content",
    ];
    let mut checked = 0;
    for el in doc.select(&Selector::parse("*").unwrap()) {
        let name = el.value().name();
        // (<noscript> is read as text by a parser that runs scripts: its <p> is localized)
        if matches!(name, "script" | "style" | "noscript") {
            continue;
        }
        let inside_message = el.ancestors().any(|a| {
            a.value()
                .as_element()
                .is_some_and(|e| e.attr("data-l10n-html").is_some())
        });
        if inside_message {
            continue;
        }
        let own = squash(
            &el.children()
                .filter_map(|c| c.value().as_text().map(|t| t.to_string()))
                .collect::<String>(),
        );
        let id = el.value().attr("data-l10n-id");
        let words = own.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        if words && id.is_none() {
            assert!(
                MARKUP_NAMES.contains(&own.as_str()),
                "<{name}> “{own}” has no data-l10n-id"
            );
        }
        for a in attrs {
            if let Some(v) = el.value().attr(a) {
                if name == "meta" && el.value().attr("name") != Some("description") {
                    continue;
                }
                assert!(
                    id.is_some() || !prose(v),
                    "<{name} {a}=“{v}”> has no data-l10n-id"
                );
            }
        }
        let Some(id) = id else { continue };
        let (value, message_attrs) = en
            .message(id)
            .unwrap_or_else(|| panic!("<{name}>'s {id} is not in en/page.ftl"));
        match value {
            Some(v) if el.value().attr("data-l10n-html").is_some() => {
                assert_eq!(
                    squash(&el.inner_html()),
                    squash(&v.replace("&", "&amp;").replace("&amp;amp;", "&amp;")),
                    "{id}"
                );
            }
            Some(v) => {
                assert!(
                    el.children().all(|c| !c.value().is_element()),
                    "<{name} data-l10n-id={id}> holds elements: wrap its text in a <span>"
                );
                assert_eq!(own, squash(&v), "{id}");
            }
            // (a symbol such as − or + is no sentence)
            None => assert!(!words, "{id} has no value, <{name}> has text"),
        }
        for (a, v) in &message_attrs {
            assert_eq!(el.value().attr(a), Some(v.as_str()), "{id}.{a}");
        }
        checked += 1;
    }
    assert!(checked > 70, "{checked} localized elements");
}
