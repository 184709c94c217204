//! The page's static markup in the active language: every element with `data-l10n-id`
//! takes its message (Fluent DOM's convention): the value becomes the element's text (its
//! markup when the element also has `data-l10n-html`: a few inline tags such as `<var>`,
//! from the project's own `.ftl` files, never a visitor's text), and each attribute of the
//! message whose name is in [`L10N_ATTRS`] becomes the element's attribute.

use crate::dom::attr;
use latent_i18n::L10n;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The attributes a message may set on its element.
pub const L10N_ATTRS: [&str; 8] = [
    "aria-label",
    "aria-roledescription",
    "title",
    "placeholder",
    "alt",
    "content",
    "label",
    "aria-valuetext",
];

/// The marker of an element whose message the page writes before its first paint in the
/// wanted language, with that language's `lang` (`index.html`'s `page-text` script; the site
/// build's table, `latent_web::first_paint`): [`localize_one`] takes the `lang` away.
pub const L10N_EARLY: &str = "data-l10n-early";

/// Localizes `root`'s elements with `data-l10n-id` (the root included), writing only what
/// changes.
pub fn localize(root: &Element, l10n: &L10n) {
    localize_matching(root, "[data-l10n-id]", l10n);
}

/// Localizes `root` (if it has `data-l10n-id`) and its elements that match `selector` and
/// have `data-l10n-id`, writing only what changes.
pub fn localize_matching(root: &Element, selector: &str, l10n: &L10n) {
    let mut els = vec![root.clone()];
    if let Ok(list) = root.query_selector_all(selector) {
        for i in 0..list.length() {
            if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                els.push(e);
            }
        }
    }
    for e in els {
        if let Some(id) = e.get_attribute("data-l10n-id") {
            localize_one(&e, &id, l10n);
        }
    }
}

/// Whether `a` and `b` are the same once each run of white space counts as one space and the
/// ends are trimmed (how HTML shows text outside `<pre>`).
pub(crate) fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// Gives element `e` the message `id`; an id that no bundle has leaves the element as it is
/// (another module's markup: the training view localizes its own).
pub fn localize_one(e: &Element, id: &str, l10n: &L10n) {
    let Some((value, attrs)) = l10n.message(id) else {
        return;
    };
    // a message that the page wrote before the first paint in the wanted language said its
    // language (`index.html`'s `page-text` script); `<html lang>` says the page's now
    if e.has_attribute(L10N_EARLY) {
        let _ = e.remove_attribute("lang");
    }
    if let Some(v) = value {
        // text that differs only in white space (the markup's line breaks and indentation) is
        // left as it is: rewriting it would paint the same words again, which the browser
        // counts as a new largest contentful paint (the header's lede, after the wasm)
        if e.has_attribute("data-l10n-html") {
            if !same_words(&e.inner_html(), &v) {
                e.set_inner_html(&v);
            }
        } else if !same_words(&e.text_content().unwrap_or_default(), &v) {
            e.set_text_content(Some(&v));
        }
    }
    for (name, v) in attrs {
        if L10N_ATTRS.contains(&name.as_str()) {
            attr(e, &name, Some(&v));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::same_words;

    #[test]
    fn white_space_runs_count_as_one_space() {
        assert!(same_words(
            "An autoencoder squeezed\n      <var>z</var> = (",
            "An autoencoder squeezed <var>z</var> = ("
        ));
        assert!(same_words("  a b ", "a\tb"));
        assert!(!same_words("a b", "ab"));
        assert!(!same_words("Latent space", "Latenter Raum"));
    }
}
