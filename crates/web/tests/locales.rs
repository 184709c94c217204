//! Every locale against English (`www/locales/<code>/page.ftl` and `train.ftl`): the same message ids and
//! attributes both ways, every message parses and formats with its variables in every
//! locale, numbers follow the locale, and the pseudo-locale is accented and longer.

use latent_i18n::{num, t, Arg, L10n, Text, LOCALES};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn locales_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../www/locales")
}

fn read(code: &str) -> String {
    read_file(code, "page.ftl")
}

fn read_file(code: &str, file: &str) -> String {
    let p = locales_dir().join(code).join(file);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Message ids with their attribute names, and the variables each message uses: read with
/// the Fluent parser (`fluent-syntax`, through the bundle's resource).
fn ids(src: &str) -> Vec<(String, BTreeSet<String>, BTreeSet<String>)> {
    let mut out = Vec::new();
    let mut cur: Option<(String, BTreeSet<String>, BTreeSet<String>)> = None;
    for line in src.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let head = line.split_once(" =").filter(|(k, _)| {
            !line.starts_with(' ')
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        });
        let rest = match head {
            Some((k, rest)) => {
                out.extend(cur.take());
                cur = Some((k.to_string(), BTreeSet::new(), BTreeSet::new()));
                rest
            }
            None => match line.trim_start().strip_prefix('.') {
                Some(a) if !a.starts_with(' ') && a.contains(" =") => {
                    let (name, rest) = a.split_once(" =").unwrap();
                    if let Some(c) = cur.as_mut() {
                        c.1.insert(name.to_string());
                    }
                    rest
                }
                _ => line,
            },
        };
        if let Some(c) = cur.as_mut() {
            for v in rest.split('$').skip(1) {
                let name: String = v
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                c.2.insert(name);
            }
        }
    }
    out.extend(cur);
    out
}

/// A value for variable `name` of a message (a number for the ones plurals select on).
fn sample(name: &str) -> Arg {
    match name {
        "why" | "text" | "url" | "file" | "model" | "dataset" | "lang" | "key" | "value"
        | "asked" | "shown" | "models" | "datasets" | "langs" | "views" | "link" | "note"
        | "design" | "which" | "classes" | "steps" | "class" | "cell" | "label" | "z" | "a"
        | "b" | "loss" | "epoch_text" | "range" | "figures" | "what" | "size" | "confidence"
        | "tool" | "seed" | "index" | "count_text" | "epochs_list" => "x".into(),
        _ => num(3.5, 1),
    }
}

/// The page's messages and the training view's (`train.ftl`, loaded by its own module).
#[test]
fn every_locale_has_every_message_and_formats_it() {
    for name in ["page.ftl", "train.ftl", "lesson.ftl"] {
        every_message_of(name);
    }
}

fn every_message_of(name: &str) {
    let en_src = read_file("en", name);
    let en = ids(&en_src);
    assert!(en.len() > 50, "{} English messages in {name}", en.len());
    let en_file = format!("en/{name}");
    let english = [(en_file.as_str(), en_src.as_str())];
    for loc in LOCALES.iter().filter(|l| l.code != "en") {
        let src = read_file(loc.code, name);
        let file = format!("{}/{name}", loc.code);
        let l10n =
            L10n::new(loc.code, &[(&file, &src)], &english).unwrap_or_else(|e| panic!("{e}"));
        let theirs = ids(&src);
        let en_ids: BTreeSet<&str> = en.iter().map(|m| m.0.as_str()).collect();
        let their_ids: BTreeSet<&str> = theirs.iter().map(|m| m.0.as_str()).collect();
        let missing: Vec<_> = en_ids.difference(&their_ids).collect();
        let extra: Vec<_> = their_ids.difference(&en_ids).collect();
        assert!(missing.is_empty(), "{file} lacks {missing:?}");
        assert!(extra.is_empty(), "{file} has ids English lacks: {extra:?}");
        for (id, attrs, vars) in &en {
            let (_, their_attrs, their_vars) = theirs.iter().find(|m| &m.0 == id).unwrap();
            assert_eq!(attrs, their_attrs, "{file}: attributes of {id}");
            assert!(
                their_vars.is_subset(vars),
                "{file}: {id} uses variables English does not give: {their_vars:?} vs {vars:?}"
            );
            // formats with its variables, in the locale's own bundle (not English's)
            let args: Vec<(&'static str, Arg)> = vars
                .iter()
                .map(|v| (&*Box::leak(v.clone().into_boxed_str()), sample(v)))
                .collect();
            let id_static: &'static str = Box::leak(id.clone().into_boxed_str());
            let out = l10n.text(&Text {
                id: id_static,
                args,
            });
            if l10n.message(id).is_some_and(|m| m.0.is_some()) {
                assert!(
                    !out.is_empty() && !out.starts_with('['),
                    "{file}: {id} formats as {out:?}"
                );
                assert!(
                    !out.contains("{$") && !out.contains("{ $"),
                    "{file}: {id}: {out}"
                );
            }
        }
    }
}

#[test]
fn numbers_and_directions_follow_the_locale() {
    let english = [("en/page.ftl", read("en"))];
    let en_files: Vec<(&str, &str)> = english.iter().map(|(f, s)| (*f, s.as_str())).collect();
    let z = t!("z-readout", z1 = num(0.6551, 3), z2 = num(-0.5432, 3));
    for (code, decimal) in [
        ("en", "0.655"),
        ("de", "0,655"),
        ("fr", "0,655"),
        ("es", "0,655"),
        ("pt-BR", "0,655"),
        ("zh-CN", "0.655"),
        ("ja", "0.655"),
        ("ar", "0.655"),
    ] {
        let src = read(code);
        let file = format!("{code}/page.ftl");
        let l = L10n::new(code, &[(&file, &src)], &en_files).unwrap();
        let s = l.text(&z);
        assert!(s.contains(decimal), "{code}: {s}");
        let minus = decimal.replace("0.", "-0.").replace("0,", "-0,");
        assert!(s.contains(&minus.replace("655", "543")), "{code}: {s}");
    }
    let ar = L10n::new("ar", &[("ar/page.ftl", &read("ar"))], &en_files).unwrap();
    assert_eq!(ar.locale().dir.as_str(), "rtl");
}

#[test]
fn the_pseudo_locale_is_accented_and_about_40_percent_longer() {
    let en_src = read("en");
    let english = [("en/page.ftl", en_src.as_str())];
    let en = L10n::english(&english).unwrap();
    let ps = L10n::new("en-XA", &[], &english).unwrap();
    let (mut a, mut b) = (0usize, 0usize);
    for (id, _, vars) in ids(&en_src) {
        if !vars.is_empty() || en.message(&id).is_none_or(|m| m.0.is_none()) {
            continue;
        }
        let id: &'static str = Box::leak(id.into_boxed_str());
        let (e, p) = (en.text(&Text::id(id)), ps.text(&Text::id(id)));
        assert!(
            e.chars().all(|c| !c.is_ascii_alphabetic()) || e != p,
            "{id} is not transformed"
        );
        a += e.chars().count();
        b += p.chars().count();
    }
    let ratio = b as f64 / a as f64;
    assert!(
        (1.3..=1.5).contains(&ratio),
        "pseudo-locale length ratio {ratio:.2}"
    );
}
