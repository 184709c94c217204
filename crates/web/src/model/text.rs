//! Sentences and numbers as the page writes them: the page's English messages
//! (`www/locales/en/page.ftl`, compiled in: the fallback of every other locale), z,
//! percentages, losses, sizes, dataset and class names, zoom factors. Sentences are
//! [`Text`]s (a message id and its variables), written in the active language by the
//! renderer ([`L10n::text`]).

use latent_i18n::{num, t, L10n, Text};
use std::rc::Rc;

/// The page's English messages, the fallback of every locale (`www/locales/en/page.ftl`,
/// compiled in without its comments by `build.rs`).
pub const PAGE_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/page.ftl"));
/// The file name of [`PAGE_FTL`] in each locale's folder (`locales/<code>/page.ftl`).
pub const PAGE_FILE: &str = "page.ftl";

thread_local! {
    static ENGLISH: Rc<L10n> = Rc::new(
        L10n::english(&[("en/page.ftl", PAGE_FTL)])
            .unwrap_or_else(|e| panic!("en/page.ftl is valid Fluent (tested): {e}")),
    );
}

/// The page's active language (English by default), shared by the state and the renderer.
#[derive(Clone)]
pub struct Lang(pub Rc<L10n>);

impl Default for Lang {
    fn default() -> Self {
        Lang(english())
    }
}

impl std::ops::Deref for Lang {
    type Target = L10n;
    fn deref(&self) -> &L10n {
        &self.0
    }
}

thread_local! {
    /// The language the page was last drawn in (the renderer keeps it here), for the one
    /// sentence written outside a frame: an internal error from the panic hook.
    pub static LAST_LANG: std::cell::RefCell<Option<Rc<L10n>>> = const { std::cell::RefCell::new(None) };
}

/// The page in English (parsed once per thread).
pub fn english() -> Rc<L10n> {
    ENGLISH.with(Rc::clone)
}

/// The locale `code`'s page from its `page.ftl` source, over English.
///
/// # Errors
/// A sentence naming the file and line that is not valid Fluent, or the unknown code.
pub fn locale(code: &str, page_ftl: &str) -> Result<L10n, String> {
    let file = format!("{code}/{PAGE_FILE}");
    L10n::new(code, &[(&file, page_ftl)], &[("en/page.ftl", PAGE_FTL)]).map_err(|e| e.to_string())
}

/// A download's size: `470 kB`, `1.2 MB` (decimal units, the locale's separator).
pub fn size_text(n: u64) -> Text {
    if n >= 1 << 20 {
        t!("size-mb", mb = num(n as f64 / 1e6, 1))
    } else {
        t!("size-kb", kb = n.div_ceil(1000))
    }
}

/// A display name for a dataset id, from the table of built-in datasets
/// ([`latent_core::dataset::find`]): `mnist` → `MNIST`, `fashion` or `fashion-mnist` →
/// `Fashion-MNIST`; any other id as it is.
pub fn dataset_name(id: &str) -> String {
    latent_core::dataset::find(id).map_or_else(|| id.into(), |d| d.name.into())
}

/// A test loss beside the epoch slider: `Test −ELBO 142.4 nats/image`.
pub fn loss_text(loss_name: &str, nats: f64) -> Text {
    t!("test-loss", loss = loss_name, nats = num(nats, 1))
}

/// `z = (z₁, z₂)` in the locale's numbers, three decimals: `z = (0.655, -0.543)`,
/// `z = (0,655; -0,543)`.
pub fn z_readout(z: [f32; 2]) -> Text {
    t!("z-readout", z1 = num(z[0], 3), z2 = num(z[1], 3))
}

/// Confidence `[0, 1]` as a whole percentage, e.g. `97 %`.
pub fn percent(p: f32) -> Text {
    t!("percent", pct = num(p * 100.0, 0))
}

/// The name of class `c` in the active language: a Fashion-MNIST class by its message
/// (`class-fashion-0` … `-9`, matched by its English name), any other (a digit, a class of
/// one's own data) as it is; `?` past the list.
pub fn class_label(names: &[String], c: u8) -> Text {
    let name = class_name(names, c);
    match latent_core::dataset::fashion_class(name) {
        Some(i) => Text::id(FASHION_IDS[i]),
        None => t!("verbatim", text = name),
    }
}

/// The messages of Fashion-MNIST's classes, in the dataset's order.
const FASHION_IDS: [&str; 10] = [
    "class-fashion-0",
    "class-fashion-1",
    "class-fashion-2",
    "class-fashion-3",
    "class-fashion-4",
    "class-fashion-5",
    "class-fashion-6",
    "class-fashion-7",
    "class-fashion-8",
    "class-fashion-9",
];

/// The name of class `c`, or `?`.
pub fn class_name(names: &[String], c: u8) -> &str {
    names.get(c as usize).map_or("?", |s| s.as_str())
}

/// A zoom factor as a message's number: two decimals at most, trailing zeros dropped
/// (`4`, `2.5`, `2,5`).
pub fn zoom_arg(k: f32) -> latent_i18n::Arg {
    latent_i18n::Arg::Num {
        value: (k as f64 * 100.0).round() / 100.0,
        decimals: None,
    }
}

/// A zoom factor as the page writes it: `4`, `2.5`.
pub fn zoom_text(k: f32) -> String {
    let s = format!("{k:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts() {
        assert_eq!(
            english().text(&z_readout([-2.0, 0.5])),
            "z = (-2.000, 0.500)"
        );
        assert_eq!(english().text(&percent(0.973)), "97 %");
        assert_eq!(
            english().text(&z_readout([1.23456, -0.0001])),
            "z = (1.235, 0.000)"
        );
        assert_eq!(english().text(&size_text(470_000)), "470 kB");
        assert_eq!(english().text(&size_text(3_816_589)), "3.8 MB");
        let de = locale("de", "z-readout = z = ({ $z1 }; { $z2 })").unwrap();
        assert_eq!(de.text(&z_readout([0.6551, 0.5432])), "z = (0,655; 0,543)");
        assert_eq!(dataset_name("mnist"), "MNIST");
        assert_eq!(dataset_name("fashion_mnist"), "Fashion-MNIST");
        assert_eq!(dataset_name("fashion"), "Fashion-MNIST");
        assert_eq!(dataset_name("shapes"), "shapes");
    }

    #[test]
    fn loss_line() {
        assert_eq!(
            english().text(&loss_text("−ELBO", 142.357)),
            "Test −ELBO 142.4 nats/image"
        );
    }
}
