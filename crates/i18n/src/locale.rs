//! The locales offered, their number separators, and the negotiation with the browser's
//! preferred languages.

use unic_langid::LanguageIdentifier;

/// The direction a locale is written in (`<html dir>`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// Left to right.
    Ltr,
    /// Right to left (Arabic): the page's layout mirrors; the map and z do not.
    Rtl,
}

impl Dir {
    /// `ltr` or `rtl`, as `<html dir>` takes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// A locale the page speaks: its code (BCP 47, as in `lang=` and `locales/<code>/`), its
/// name in its own language (the language menu), its direction, and how it writes numbers
/// (CLDR 46's `decimal`, `group` and `minimumGroupingDigits` for the locale's default Latin
/// digits, the same as `Intl.NumberFormat` in current browsers).
#[derive(Debug, PartialEq, Eq)]
pub struct Locale {
    /// The BCP 47 code: `en`, `de`, `pt-BR`, `zh-CN`, `ar`, …
    pub code: &'static str,
    /// The language's own name for itself: `Deutsch`, `العربية`.
    pub name: &'static str,
    /// The writing direction.
    pub dir: Dir,
    /// The decimal separator: `.` or `,`.
    pub decimal: &'static str,
    /// The digit-group separator: `,`, `.`, or U+202F (a narrow no-break space, French).
    pub group: &'static str,
    /// Groups are written only when the integer part has at least `3 + min_grouping` digits
    /// (Spanish: 2, so `1234` but `12.345`).
    pub min_grouping: usize,
    /// Offered in the language menu (the pseudo-locale is not).
    pub offered: bool,
}

const fn loc(
    code: &'static str,
    name: &'static str,
    dir: Dir,
    decimal: &'static str,
    group: &'static str,
    min_grouping: usize,
) -> Locale {
    Locale {
        code,
        name,
        dir,
        decimal,
        group,
        min_grouping,
        offered: true,
    }
}

/// The locales the page speaks, English first (the fallback), in the language menu's order.
pub const LOCALES: [Locale; 8] = [
    loc("en", "English", Dir::Ltr, ".", ",", 1),
    loc("de", "Deutsch", Dir::Ltr, ",", ".", 1),
    loc("fr", "Français", Dir::Ltr, ",", "\u{202F}", 1),
    loc("es", "Español", Dir::Ltr, ",", ".", 2),
    loc("pt-BR", "Português (Brasil)", Dir::Ltr, ",", ".", 1),
    loc("zh-CN", "简体中文", Dir::Ltr, ".", ",", 1),
    loc("ja", "日本語", Dir::Ltr, ".", ",", 1),
    loc("ar", "العربية", Dir::Rtl, ".", ",", 1),
];

/// The pseudo-locale `en-XA`: English accented and about 40 % longer, for layout tests only
/// (`lang=en-XA`; not in the menu, never negotiated). Its numbers are English's (its
/// messages are English's, whose pairs like `z = (a, b)` need a decimal point).
pub const PSEUDO: Locale = Locale {
    code: "en-XA",
    name: "Ƥşḗḗŭŭḓǿǿ",
    dir: Dir::Ltr,
    decimal: ".",
    group: ",",
    min_grouping: 1,
    offered: false,
};

/// The locale whose code is `code` (ASCII case ignored; `pt-br` finds `pt-BR`), the
/// pseudo-locale included.
pub fn find(code: &str) -> Option<&'static Locale> {
    LOCALES
        .iter()
        .chain(std::iter::once(&PSEUDO))
        .find(|l| l.code.eq_ignore_ascii_case(code))
}

/// The offered locale that best matches the browser's preferred languages `requested`
/// (`navigator.languages`, most preferred first; tags that do not parse are skipped), by
/// `fluent-langneg`'s filtering strategy: `de-AT` → `de`, `pt` → `pt-BR`, `zh` or `zh-Hans`
/// → `zh-CN`; English when nothing matches.
pub fn negotiate(requested: &[&str]) -> &'static Locale {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|r| r.parse().ok()).collect();
    let available: Vec<LanguageIdentifier> = LOCALES
        .iter()
        .map(|l| l.code.parse().expect("the table's codes are BCP 47"))
        .collect();
    let default = &available[0];
    let picked = fluent_langneg::negotiate_languages(
        &requested,
        &available,
        Some(default),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    // the pick is one of `available`, which lists LOCALES in order
    let at = picked
        .first()
        .and_then(|p| available.iter().position(|a| std::ptr::eq(a, *p)));
    at.map_or(&LOCALES[0], |i| &LOCALES[i])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation() {
        let pick = |r: &[&str]| negotiate(r).code;
        assert_eq!(pick(&["de-AT", "en"]), "de");
        assert_eq!(pick(&["fr-CA"]), "fr");
        assert_eq!(pick(&["pt"]), "pt-BR");
        assert_eq!(pick(&["pt-PT"]), "pt-BR");
        assert_eq!(pick(&["zh"]), "zh-CN");
        assert_eq!(pick(&["ja-JP"]), "ja");
        assert_eq!(pick(&["ar-EG"]), "ar");
        assert_eq!(pick(&["sv", "es-MX"]), "es");
        assert_eq!(pick(&["sv"]), "en");
        assert_eq!(pick(&[]), "en");
        assert_eq!(pick(&["not a tag!!"]), "en");
        // the pseudo-locale is never negotiated
        assert_eq!(pick(&["en-XA"]), "en");
    }

    #[test]
    fn lookup() {
        assert_eq!(find("pt-br").map(|l| l.code), Some("pt-BR"));
        assert_eq!(find("EN-xa").map(|l| l.code), Some("en-XA"));
        assert!(find("xx").is_none());
        assert_eq!(LOCALES.iter().filter(|l| l.dir == Dir::Rtl).count(), 1);
    }
}
