//! Formatting: the active locale's Fluent bundle over English's, numbers with the locale's
//! separators, and the pseudo-locale's transform.

use crate::locale::{Dir, Locale, LOCALES, PSEUDO};
use crate::text::{Arg, Text};
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use std::borrow::Cow;
use std::fmt;

/// Why a locale's messages could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// `lang` names no locale the page has.
    UnknownLocale(String),
    /// A `.ftl` file has a syntax error: the file's name, the line (from 1) and the text
    /// around the error.
    Syntax {
        /// The file, as given to [`L10n::new`].
        file: String,
        /// 1-based line of the first error.
        line: usize,
        /// The parser's description.
        what: String,
    },
    /// Two entries of one locale have the same id.
    Duplicate {
        /// The file holding the second one.
        file: String,
        /// The message id.
        id: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::UnknownLocale(l) => write!(f, "no messages for the language {l:?}"),
            LoadError::Syntax { file, line, what } => {
                write!(f, "{file}, line {line}: not valid Fluent ({what})")
            }
            LoadError::Duplicate { file, id } => {
                write!(f, "{file}: the message {id} is defined twice")
            }
        }
    }
}

impl std::error::Error for LoadError {}

type Bundle = FluentBundle<FluentResource>;

/// A message for an element: its value (the element's text) and its attributes
/// (`(name, value)`: `aria-label`, `title`, …).
pub type DomMessage = (Option<String>, Vec<(String, String)>);

/// The messages of one locale over English's, ready to format.
pub struct L10n {
    locale: &'static Locale,
    /// The locale's bundle first, then English's (absent when the locale is English).
    bundles: Vec<Bundle>,
}

impl fmt::Debug for L10n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("L10n")
            .field("locale", &self.locale.code)
            .finish()
    }
}

fn bundle(locale: &'static Locale, files: &[(&str, &str)]) -> Result<Bundle, LoadError> {
    let id = locale.code.parse().expect("the table's codes are BCP 47");
    let mut b = Bundle::new(vec![id]);
    // Unicode isolation around variables only where the text runs right to left (a z or a
    // name stays in its own direction); left-to-right text gets none, so it copies clean.
    b.set_use_isolating(locale.dir == Dir::Rtl);
    b.set_formatter(Some(formatter_for(locale)));
    if locale.code == PSEUDO.code {
        b.set_transform(Some(pseudo));
    }
    for (file, src) in files {
        let res = FluentResource::try_new(src.to_string()).map_err(|(_, errs)| {
            let e = &errs[0];
            let at = e.slice.as_ref().map_or(e.pos.start, |s| s.start);
            let line = src[..at.min(src.len())].matches('\n').count() + 1;
            LoadError::Syntax {
                file: file.to_string(),
                line,
                what: format!("{:?}", e.kind),
            }
        })?;
        b.add_resource(res).map_err(|errs| {
            let id = errs
                .iter()
                .find_map(|e| match e {
                    fluent_bundle::FluentError::Overriding { id, .. } => Some(id.clone()),
                    _ => None,
                })
                .unwrap_or_default();
            LoadError::Duplicate {
                file: file.to_string(),
                id,
            }
        })?;
    }
    Ok(b)
}

impl L10n {
    /// English alone, from `english`: `(file name, .ftl source)` pairs.
    ///
    /// # Errors
    /// [`LoadError`] naming the file and line of a syntax error or a duplicate id.
    pub fn english(english: &[(&str, &str)]) -> Result<L10n, LoadError> {
        Ok(L10n {
            locale: &LOCALES[0],
            bundles: vec![bundle(&LOCALES[0], english)?],
        })
    }

    /// The locale `code` from its files `files`, over English's `english` (the fallback for a
    /// message the locale lacks). The pseudo-locale `en-XA` is English's files transformed.
    ///
    /// # Errors
    /// [`LoadError::UnknownLocale`] for a code not in [`LOCALES`] or [`PSEUDO`]; otherwise as
    /// [`L10n::english`].
    pub fn new(
        code: &str,
        files: &[(&str, &str)],
        english: &[(&str, &str)],
    ) -> Result<L10n, LoadError> {
        let locale = crate::locale::find(code)
            .ok_or_else(|| LoadError::UnknownLocale(code.chars().take(40).collect()))?;
        if locale.code == "en" {
            return L10n::english(english);
        }
        let own = if locale.code == PSEUDO.code {
            bundle(locale, english)?
        } else {
            bundle(locale, files)?
        };
        Ok(L10n {
            locale,
            bundles: vec![own, bundle(&LOCALES[0], english)?],
        })
    }

    /// The active locale.
    pub fn locale(&self) -> &'static Locale {
        self.locale
    }

    /// Whether the locale or English has the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundles.iter().any(|b| b.has_message(id))
    }

    /// `text` in the active language (English where the locale lacks the message; the id in
    /// brackets where English lacks it too, so a missing message shows on the page and in
    /// tests instead of vanishing).
    pub fn text(&self, text: &Text) -> String {
        if text.id.is_empty() {
            return String::new();
        }
        self.format(text.id, None, &text.args)
    }

    /// The message `id` (an id made at run time, e.g. from a metric's key) with `args`, or
    /// `None` when neither the locale nor English has it.
    pub fn text_of(&self, id: &str, args: &[(&'static str, Arg)]) -> Option<String> {
        self.has(id).then(|| self.format(id, None, args))
    }

    /// The attribute `attr` of the message `id` (`.aria-label`, `.title`), with `args`.
    pub fn attr(&self, id: &str, attr: &str, args: &[(&'static str, Arg)]) -> String {
        self.format(id, Some(attr), args)
    }

    /// The message `id` as the DOM takes it: its value (if any) and every attribute, without
    /// variables.
    pub fn message(&self, id: &str) -> Option<DomMessage> {
        let b = self.bundles.iter().find(|b| b.has_message(id))?;
        let m = b.get_message(id)?;
        let mut errors = Vec::new();
        let value = m
            .value()
            .map(|p| b.format_pattern(p, None, &mut errors).into_owned());
        let attrs = m
            .attributes()
            .map(|a| {
                (
                    a.id().to_string(),
                    b.format_pattern(a.value(), None, &mut errors).into_owned(),
                )
            })
            .collect();
        Some((value, attrs))
    }

    /// `value` with `decimals` digits after the locale's separator (as few as it needs when
    /// `None`), digit groups included: `1,234.5` / `1.234,5`.
    pub fn number(&self, value: f64, decimals: Option<u8>) -> String {
        format_number(self.locale, value, decimals)
    }

    fn format(&self, id: &str, attr: Option<&str>, args: &[(&'static str, Arg)]) -> String {
        for b in &self.bundles {
            let Some(m) = b.get_message(id) else { continue };
            let pattern = match attr {
                None => m.value(),
                Some(a) => m.get_attribute(a).map(|a| a.value()),
            };
            let Some(pattern) = pattern else { continue };
            let fargs = self.args(args);
            let mut errors = Vec::new();
            return b
                .format_pattern(pattern, Some(&fargs), &mut errors)
                .into_owned();
        }
        match attr {
            None => format!("[{id}]"),
            Some(a) => format!("[{id}.{a}]"),
        }
    }

    fn args<'a>(&self, args: &'a [(&'static str, Arg)]) -> FluentArgs<'a> {
        let mut out = FluentArgs::new();
        for (name, a) in args {
            let v: FluentValue = match a {
                Arg::Str(s) => FluentValue::from(s.as_str()),
                Arg::Num { value, decimals } => FluentValue::Number(FluentNumber::new(
                    *value,
                    FluentNumberOptions {
                        minimum_fraction_digits: decimals.map(usize::from),
                        maximum_fraction_digits: decimals.map(usize::from),
                        ..Default::default()
                    },
                )),
                Arg::Text(t) => FluentValue::from(self.text(t)),
            };
            out.set(*name, v);
        }
        out
    }
}

/// `value` written as `locale` writes it: `decimals` digits after the decimal separator
/// (rounded; as few as needed when `None`, at most 6), the integer part in groups of three
/// when it has at least `3 + min_grouping` digits, a hyphen-minus for negatives, and no
/// sign on a value that rounds to zero (`-0.0001` with 3 decimals is `0.000`).
pub fn format_number(locale: &Locale, value: f64, decimals: Option<u8>) -> String {
    if !value.is_finite() {
        return if value.is_nan() {
            "NaN".into()
        } else if value > 0.0 {
            "∞".into()
        } else {
            "-∞".into()
        };
    }
    let digits = match decimals {
        Some(d) => format!("{:.*}", d as usize, value.abs()),
        None => {
            let s = format!("{:.6}", value.abs());
            let s = s.trim_end_matches('0');
            s.trim_end_matches('.').to_string()
        }
    };
    let (int, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let zero = digits.bytes().all(|c| c == b'0' || c == b'.');
    let mut out = String::new();
    if value < 0.0 && !zero {
        out.push('-');
    }
    if int.len() >= 3 + locale.min_grouping {
        for (i, c) in int.chars().enumerate() {
            if i > 0 && (int.len() - i) % 3 == 0 {
                out.push_str(locale.group);
            }
            out.push(c);
        }
    } else {
        out.push_str(int);
    }
    if !frac.is_empty() {
        out.push_str(locale.decimal);
        out.push_str(frac);
    }
    out
}

/// The number formatter of `locale`'s bundle: one function per locale (the bundle takes a
/// plain `fn`), each calling [`format_number`] with its table entry.
fn formatter_for(
    locale: &Locale,
) -> fn(&FluentValue, &intl_memoizer::IntlLangMemoizer) -> Option<String> {
    fn at<const I: usize>(v: &FluentValue, _: &intl_memoizer::IntlLangMemoizer) -> Option<String> {
        let loc = if I < LOCALES.len() {
            &LOCALES[I]
        } else {
            &PSEUDO
        };
        match v {
            FluentValue::Number(n) => Some(format_number(
                loc,
                n.value,
                n.options.maximum_fraction_digits.map(|d| d.min(20) as u8),
            )),
            _ => None,
        }
    }
    match LOCALES.iter().position(|l| l.code == locale.code) {
        Some(0) => at::<0>,
        Some(1) => at::<1>,
        Some(2) => at::<2>,
        Some(3) => at::<3>,
        Some(4) => at::<4>,
        Some(5) => at::<5>,
        Some(6) => at::<6>,
        Some(7) => at::<7>,
        _ => at::<8>,
    }
}

/// The pseudo-locale's transform of each text run of a message: ASCII letters accented and
/// vowels, n, r and s doubled (about 40 % longer, as German or French often are), so untranslated text
/// and clipped labels show; markup (`<var>`) is kept as it is.
fn pseudo(s: &str) -> Cow<'_, str> {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: [char; 52] = [
        'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř',
        'ş', 'ŧ', 'ŭ', 'ṽ', 'ẇ', 'ẋ', 'ẏ', 'ẑ', 'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ',
        'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş', 'Ŧ', 'Ŭ', 'Ṽ', 'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
    ];
    let mut out = String::with_capacity(s.len() * 2);
    let mut in_tag = false;
    for c in s.chars() {
        if in_tag || c == '<' {
            in_tag = c != '>';
            out.push(c);
            continue;
        }
        match FROM.find(c) {
            Some(i) => {
                out.push(TO[i]);
                if "aeiounrsAEIOUNRS".contains(c) {
                    out.push(TO[i]);
                }
            }
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{num, t};

    const EN: &str = "
hello = Hello, { $name }.
z-readout = z = ({ $z1 }, { $z2 })
images = { $n ->
    [one] { $n } image
   *[other] { $n } images
}
button = Zoom
    .aria-label = Zoom in
html = An <var>z</var> here
nested = Class: { $class }
class-3 = three
";
    const DE: &str = "
hello = Hallo, { $name }.
z-readout = z = ({ $z1 }; { $z2 })
images = { $n ->
    [one] { $n } Bild
   *[other] { $n } Bilder
}
class-3 = drei
nested = Klasse: { $class }
";

    fn en() -> L10n {
        L10n::english(&[("en/test.ftl", EN)]).unwrap()
    }

    #[test]
    fn numbers_follow_the_locale() {
        let de = find_loc("de");
        assert_eq!(format_number(de, 0.6551, Some(3)), "0,655");
        assert_eq!(format_number(de, 1234567.5, Some(1)), "1.234.567,5");
        assert_eq!(
            format_number(find_loc("en"), 1234567.5, Some(1)),
            "1,234,567.5"
        );
        assert_eq!(
            format_number(find_loc("fr"), 60000.0, Some(0)),
            "60\u{202F}000"
        );
        assert_eq!(format_number(find_loc("es"), 1234.5, None), "1234,5");
        assert_eq!(format_number(find_loc("es"), 12345.0, None), "12.345");
        assert_eq!(format_number(find_loc("en"), -0.0001, Some(3)), "0.000");
        assert_eq!(format_number(find_loc("en"), -2.0, Some(3)), "-2.000");
        assert_eq!(format_number(find_loc("en"), 0.25, None), "0.25");
        assert_eq!(format_number(find_loc("en"), 3.0, None), "3");
    }

    fn find_loc(code: &str) -> &'static Locale {
        crate::locale::find(code).unwrap()
    }

    #[test]
    fn messages_with_variables_plurals_and_fallback() {
        let en = en();
        assert_eq!(en.text(&t!("hello", name = "Ada")), "Hello, Ada.");
        assert_eq!(
            en.text(&t!("z-readout", z1 = num(0.6551, 3), z2 = num(-0.5432, 3))),
            "z = (0.655, -0.543)"
        );
        assert_eq!(en.text(&t!("images", n = 1)), "1 image");
        assert_eq!(en.text(&t!("images", n = 60000)), "60,000 images");
        assert_eq!(en.attr("button", "aria-label", &[]), "Zoom in");
        assert_eq!(en.text(&t!("missing")), "[missing]");
        let de = L10n::new("de", &[("de/test.ftl", DE)], &[("en/test.ftl", EN)]).unwrap();
        assert_eq!(
            de.text(&t!("z-readout", z1 = num(0.6551, 3), z2 = num(0.5432, 3))),
            "z = (0,655; 0,543)"
        );
        assert_eq!(de.text(&t!("images", n = 60000)), "60.000 Bilder");
        assert_eq!(de.text(&t!("images", n = 1)), "1 Bild");
        assert_eq!(
            de.text(&t!("nested", class = t!("class-3"))),
            "Klasse: drei"
        );
        // a message German lacks comes in English
        assert_eq!(de.text(&t!("html")), "An <var>z</var> here");
        let (value, attrs) = de.message("button").unwrap();
        assert_eq!(value.as_deref(), Some("Zoom"));
        assert_eq!(
            attrs,
            vec![("aria-label".to_string(), "Zoom in".to_string())]
        );
    }

    /// Each locale selects with its own plural rules (CLDR's, as `intl_pluralrules` has them:
    /// the workspace builds it trimmed to these languages by scripts/trim-pluralrules.py, so a
    /// locale missing there would fall back to English's rules and fail here).
    #[test]
    fn plural_categories_follow_each_locale() {
        const CAT: &str = "cat = { $n ->
    [zero] zero
    [one] one
    [two] two
    [few] few
    [many] many
   *[other] other
}
";
        // the category of 0, 1, 2, 3, 11 and 100
        let expected = [
            ("en", "other one other other other other"),
            ("de", "other one other other other other"),
            ("fr", "one one other other other other"),
            ("es", "other one other other other other"),
            ("pt-BR", "one one other other other other"),
            ("zh-CN", "other other other other other other"),
            ("ja", "other other other other other other"),
            ("ar", "zero one two few many other"),
            ("en-XA", "other one other other other other"),
        ];
        assert_eq!(expected.len(), LOCALES.len() + 1);
        for (code, cats) in expected {
            let l = L10n::new(code, &[("test.ftl", CAT)], &[("en/test.ftl", CAT)]).unwrap();
            for (n, want) in [0, 1, 2, 3, 11, 100].into_iter().zip(cats.split(' ')) {
                let got = l.text(&t!("cat", n = n));
                // the pseudo-locale's transform accents the words
                let got = if code == "en-XA" {
                    got.replace("ǿǿƞƞḗḗ", "one").replace("ǿǿŧħḗḗřř", "other")
                } else {
                    got
                };
                assert_eq!(got, want, "{code}: {n}");
            }
        }
    }

    #[test]
    fn right_to_left_isolates_variables() {
        let ar = L10n::new(
            "ar",
            &[("ar/test.ftl", "hello = مرحبا { $name }")],
            &[("en/test.ftl", EN)],
        )
        .unwrap();
        assert_eq!(
            ar.text(&t!("hello", name = "Ada")),
            "مرحبا \u{2068}Ada\u{2069}"
        );
    }

    #[test]
    fn pseudo_locale_is_accented_and_longer() {
        let p = L10n::new("en-XA", &[], &[("en/test.ftl", EN)]).unwrap();
        let s = p.text(&t!("hello", name = "Ada"));
        assert_eq!(s, "Ħḗḗŀŀǿǿ, Ada.");
        assert_eq!(p.text(&t!("html")), "ȦȦƞƞ <var>ẑ</var> ħḗḗřřḗḗ");
        assert_eq!(
            p.text(&t!("z-readout", z1 = num(0.5, 3), z2 = num(1.0, 3))),
            "ẑ = (0.500, 1.000)"
        );
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = L10n::english(&[("en/bad.ftl", "ok = fine\n\nbroken = { $x\n")]).unwrap_err();
        match e {
            LoadError::Syntax { file, line, .. } => {
                assert_eq!(file, "en/bad.ftl");
                assert_eq!(line, 3);
            }
            other => panic!("{other:?}"),
        }
        let e = L10n::english(&[("a.ftl", "x = 1"), ("b.ftl", "x = 2")]).unwrap_err();
        assert_eq!(e.to_string(), "b.ftl: the message x is defined twice");
        assert!(matches!(
            L10n::new("xx", &[], &[]),
            Err(LoadError::UnknownLocale(_))
        ));
    }
}
