//! The messages of an on-demand view module (the training view, the lesson): English's file
//! compiled in, another locale's file fetched when the page speaks that language, and the
//! messages in use kept where the module's panic hook can read them. Each wasm module has its
//! own copy of this file's state.

use crate::fetch::{fetch_bytes, FetchError};
use latent_i18n::{L10n, LoadError, Text};
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::Document;

/// A module's message file, `www/locales/<code>/<name>.ftl`.
pub struct MessageFile {
    /// The file's name without `.ftl`: `train`, `lesson`.
    pub name: &'static str,
    /// English's messages (the fallback of every other locale), compiled in without comments.
    pub english: &'static str,
    /// Who stays in English when a locale's file is unusable, in the console's warnings
    /// (for developers): "the lesson".
    pub who: &'static str,
}

thread_local! {
    /// The messages in use, also here for the panic hook (which must not borrow the view).
    static CURRENT: RefCell<Option<Rc<L10n>>> = const { RefCell::new(None) };
}

/// Whether locale `code` needs no file beyond English's: English itself and the pseudo-locale
/// `en-XA` (English transformed).
pub fn built_in(code: &str) -> bool {
    code == "en" || code == latent_i18n::PSEUDO.code
}

impl MessageFile {
    /// English's file as error messages name it: `en/lesson.ftl`.
    pub fn english_file(&self) -> String {
        format!("en/{}.ftl", self.name)
    }

    /// The locale file of `code`, relative to the page: `locales/de/lesson.ftl`.
    pub fn locale_url(&self, code: &str) -> String {
        format!("locales/{code}/{}.ftl", self.name)
    }

    /// English alone.
    ///
    /// # Panics
    /// Never in a build whose tests passed: each module's `tests/l10n.rs` loads the same
    /// compiled-in file.
    pub fn english(&self) -> L10n {
        L10n::english(&[(&self.english_file(), self.english)])
            .unwrap_or_else(|e| panic!("{} is not valid Fluent: {e}", self.english_file()))
    }

    /// The locale `code` from the text of its file (`ftl`; ignored for English and `en-XA`),
    /// over English.
    ///
    /// # Errors
    /// [`LoadError`] for a code the page does not speak, or naming `<code>/<name>.ftl` and the
    /// line of a syntax error or a duplicate id.
    pub fn load(&self, code: &str, ftl: &str) -> Result<L10n, LoadError> {
        let file = format!("{code}/{}.ftl", self.name);
        let files: &[(&str, &str)] = if built_in(code) {
            &[]
        } else {
            &[(file.as_str(), ftl)]
        };
        L10n::new(code, files, &[(&self.english_file(), self.english)])
    }

    /// The messages of `code` from its file's text, or English when there is none (the
    /// download failed: `None`) or it is not usable (a console warning says why); made the
    /// ones [`Self::say`] uses.
    pub fn use_language(&self, code: &str, ftl: Option<&str>) -> Rc<L10n> {
        let l10n = match ftl.map(|f| self.load(code, f)) {
            Some(Ok(l)) => l,
            Some(Err(e)) => {
                warn(&format!(
                    "{} stays in English: its messages for {code} are not usable ({e})",
                    self.who
                ));
                self.english()
            }
            None => self.english(),
        };
        let l10n = Rc::new(l10n);
        CURRENT.with(|m| *m.borrow_mut() = Some(l10n.clone()));
        l10n
    }

    /// Downloads the file of `code` (nothing for English and `en-XA`: `Some("")`); `None`,
    /// with a console warning, when it cannot be had within `timeout_ms`.
    pub async fn fetch(&self, code: &str, timeout_ms: u32) -> Option<String> {
        if built_in(code) {
            return Some(String::new());
        }
        let url = self.locale_url(code);
        let ftl = match fetch_bytes(&url, timeout_ms).await {
            Ok(b) => String::from_utf8(b).map_err(|e| format!("not UTF-8: {e}")),
            Err(FetchError::Failed(e)) => Err(e),
            Err(FetchError::TimedOut) => Err(format!("nothing within {} s", timeout_ms / 1000)),
        };
        ftl.map_err(|e| {
            warn(&format!(
                "{} stays in English: {url} could not be loaded ({e})",
                self.who
            ))
        })
        .ok()
    }

    /// `text` in the module's language (English before it has its messages). Safe in the
    /// panic hook: it borrows nothing of the view.
    pub fn say(&self, text: &Text) -> String {
        let current = CURRENT.with(|m| m.try_borrow().ok().and_then(|m| m.clone()));
        match current {
            Some(l10n) => l10n.text(text),
            None => self.english().text(text),
        }
    }

    /// The page's language: `<html lang>` when it is one the module speaks (its canonical
    /// code), else English (with a console warning when it names another language).
    pub fn page_language(&self, doc: &Document) -> String {
        let lang = doc
            .document_element()
            .and_then(|e| e.get_attribute("lang"))
            .unwrap_or_default();
        match latent_i18n::find(&lang) {
            Some(l) => l.code.to_string(),
            None => {
                if !lang.is_empty() {
                    warn(&format!(
                        "{} has no messages for the page's language {lang:?}: English",
                        self.who
                    ));
                }
                "en".into()
            }
        }
    }
}

/// A warning in the console (the visitor is not told: the view goes on in English).
fn warn(text: &str) {
    web_sys::console::warn_1(&text.into());
}
