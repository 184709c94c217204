//! The page's language: chosen by `lang=` in the address or the language menu, else by
//! the browser's preferred languages (negotiated with `latent_i18n::negotiate`), English
//! until the chosen locale's `page.ftl` arrives (and if it cannot be loaded). The
//! pseudo-locale `en-XA` (tests only) needs no download.

use super::fetch::FetchError;
use super::msg::Effect;
use super::state::State;
use super::text::{self, english, Lang};
use latent_i18n::t;
use std::rc::Rc;

/// The locale's messages as a download: `locales/<code>/page.ftl`, beside the page.
pub fn page_ftl_url(code: &str) -> String {
    format!("locales/{code}/{}", text::PAGE_FILE)
}

/// The code the page should speak: the address's or menu's choice, else the browser's.
pub(crate) fn wanted(s: &State) -> &'static str {
    let chosen = s.lang_choice.as_deref().and_then(latent_i18n::find);
    chosen.map_or_else(
        || {
            let prefs: Vec<&str> = s.browser_languages.iter().map(String::as_str).collect();
            latent_i18n::negotiate(&prefs).code
        },
        |l| l.code,
    )
}

/// Switches to the wanted language: at once for English and the pseudo-locale, else by
/// fetching its messages (the page stays in its current language meanwhile).
pub(crate) fn apply(s: &mut State, fx: &mut Vec<Effect>) {
    let code = wanted(s);
    s.lang_loading = None; // a fetch still under way is superseded
    if s.lang.locale().code == code {
        return;
    }
    match code {
        "en" => set(s, Lang(english())),
        "en-XA" => match text::locale(code, "") {
            Ok(l) => set(s, Lang(Rc::new(l))),
            Err(e) => s.notices.push(t!("verbatim", text = e)),
        },
        _ => {
            s.lang_loading = Some(code);
            fx.push(Effect::FetchLanguage(code.to_string()));
        }
    }
}

/// The language menu picked `code` (kept in the address).
pub(crate) fn choose(s: &mut State, code: &str, fx: &mut Vec<Effect>) {
    let Some(l) = latent_i18n::find(code) else {
        return;
    };
    s.lang_choice = Some(l.code.to_string());
    apply(s, fx);
    s.replace_url(fx);
}

/// A locale's messages arrived: used if it is still the wanted language; a failure keeps
/// the current language and says why.
pub(crate) fn loaded(s: &mut State, code: &str, result: Result<String, FetchError>) {
    if wanted(s) != code {
        return; // superseded by a later choice
    }
    s.lang_loading = None;
    let name = latent_i18n::find(code).map_or(code, |l| l.name);
    match result
        .map_err(|e| match e {
            // the file was exported without this language: say how to add it
            FetchError::NotInOfflineFile => t!("why-not-offline-lang", code = code.to_string()),
            e => e.why(),
        })
        .and_then(|src| text::locale(code, &src).map_err(|e| t!("verbatim", text = e)))
    {
        Ok(l) => set(s, Lang(Rc::new(l))),
        Err(why) => s.notices.push(t!(
            "notice-lang-failed",
            lang = name,
            url = page_ftl_url(code),
            why = why
        )),
    }
}

/// Puts `lang` in force: every sentence is drawn again in it.
fn set(s: &mut State, lang: Lang) {
    s.lang = lang;
    s.map_version += 1; // the map's labels, axes and legend are written again
    let name = s.lang.locale().name;
    s.say(t!("say-language", lang = name));
}
