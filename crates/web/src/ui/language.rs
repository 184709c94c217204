//! The page's language on the page: `<html lang dir>`, the static markup's messages and the
//! language menu ([`language`]), and the direction kept while a language loads
//! ([`html_lang`]). Drawn when the language in force, or its loading, changes.

use super::dom::Dom;
use crate::model::state::State;
use latent_web_kit::attr;

/// The page's language put in force: `<html lang dir>`, the static markup's messages
/// (`data-l10n-id`), the language menu, and the `latent-language` event on the document
/// (the training view's module listens: it loads its own messages). `first`: the first
/// frame, when the menu is filled.
pub(crate) fn language(dom: &Dom, s: &State, first: bool) {
    let l = s.lang.locale();
    html_lang(dom, s);
    // English is the markup as written: nothing to do on the first frame (nor while the
    // wanted language loads: the build with the hands-on views takes over a page already in
    // that language)
    if let Some(html) = dom
        .doc
        .document_element()
        .filter(|_| !(first && l.code == "en"))
    {
        latent_web_kit::localize(&html, &s.lang);
    }
    if let Some(menu) = &dom.lang_select {
        if first {
            menu.set_text_content(None);
            let offered = latent_i18n::LOCALES.iter().chain(
                // the pseudo-locale is listed only while in force (tests)
                (l.code == latent_i18n::PSEUDO.code).then_some(&latent_i18n::PSEUDO),
            );
            for loc in offered {
                if let Ok(opt) = dom.doc.create_element("option") {
                    let _ = opt.set_attribute("value", loc.code);
                    let _ = opt.set_attribute("lang", loc.code);
                    opt.set_text_content(Some(loc.name));
                    let _ = menu.append_child(&opt);
                }
            }
        }
        if menu.value() != l.code {
            menu.set_value(l.code);
        }
    }
    if !first {
        if let Ok(e) = web_sys::Event::new("latent-language") {
            let _ = dom.doc.dispatch_event(&e);
        }
    }
}

/// `<html lang dir>` of the language in force, except while the wanted language's messages
/// load: the page keeps the language and direction it has (the head script gave an Arabic
/// page its direction before the first paint; the build with the hands-on views takes over a
/// page already in its language), so that it does not flip left to right and back. Called
/// when a language comes into force and when a load ends: one that failed leaves English's.
pub(crate) fn html_lang(dom: &Dom, s: &State) {
    if s.lang_loading.is_some() {
        return;
    }
    if let Some(html) = dom.doc.document_element() {
        let l = s.lang.locale();
        attr(&html, "lang", Some(l.code));
        attr(&html, "dir", Some(l.dir.as_str()));
    }
}

/// The first messages that the page wrote before its first paint in the language its head
/// script picked (`index.html`'s `page-text` script: each element with `data-l10n-early` and
/// its own `lang`), once nothing loads and the page has not taken that language up: its file
/// failed, English was chosen while it loaded, or the app's negotiation did not pick it (an
/// address such as `lang=ar-`, a language an offline file lacks). They are written in the
/// language in force, which takes their `lang` away, so that the page never keeps one
/// language's heading under another's `<html lang>`. (A language that comes into force has
/// written them already, [`language`].)
pub(crate) fn settle_early(dom: &Dom, s: &State) {
    if s.lang_loading.is_some() {
        return;
    }
    if let Some(html) = dom.doc.document_element() {
        let early = format!("[{}][lang]", latent_web_kit::L10N_EARLY);
        latent_web_kit::localize_matching(&html, &early, &s.lang);
    }
}
