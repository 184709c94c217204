//! The default view's first paint as static markup, for the site build (`crates/site`): the
//! axes' ticks and the class labels that the page writes for the whole map ([`super::paint`],
//! from the same [`layout`] functions), in English, and the language menu's options. The
//! build writes them into the built `index.html` beside the class map's picture
//! ([`ids::MAP_PICTURE`]), so that the default map, its axes and its labels are on screen
//! before the WebAssembly arrives; the page's first frame with the map replaces each of them
//! in place (same boxes, same places).
//!
//! Native only: nothing in the page's wasm calls it.

use super::{ids, layout};
use crate::model::text::{class_label, english};
use latent_core::latent_map::ClassMap;
use pulldown_cmark_escape::escape_html;

/// The class of the static elements that show the default map's data (ticks, labels): the
/// style hides them where the address shows another map (no `data-first-paint` on
/// `<html>`, which the page's head script sets), until the page replaces them.
pub const CLASS: &str = ids::FIRST_PAINT_CLASS;

/// One piece of static markup: in `index.html`, the first `old` after the start tag of the
/// element whose id is `id` becomes `new`.
#[derive(Debug, Clone, PartialEq)]
pub struct Slot {
    /// The id of the element the markup is in (or starts).
    pub id: &'static str,
    /// The exact markup replaced, e.g. `<div class="ticks"></div>`.
    pub old: &'static str,
    /// Its replacement.
    pub new: String,
}

fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // writing into a String cannot fail
    let _ = escape_html(&mut out, s);
    out
}

/// The static markup of the first paint of a view whose class map is `map` and whose class
/// names are `names` (as in the bundle's metadata), shown whole (zoom 1): the ticks of both
/// axes, the class labels (without the page's nudge of a label that overhangs the map's
/// edge, which needs the label's size on screen), and the language menu with every offered
/// locale.
pub fn slots(map: &ClassMap, names: &[String]) -> Vec<Slot> {
    let en = english();
    let mut out = Vec::with_capacity(4);
    for (id, prop, ticks) in layout::axes_ticks(&map.grid.bounds) {
        let mut html = String::from(r#"<div class="ticks">"#);
        for t in &ticks {
            html.push_str(&format!(
                r#"<span class="tick {CLASS}" style="{prop}: {}">{}</span>"#,
                layout::tick_offset(t),
                escaped(&t.label.replace('.', en.locale().decimal))
            ));
        }
        html.push_str("</div>");
        out.push(Slot {
            id,
            old: r#"<div class="ticks"></div>"#,
            new: html,
        });
    }
    let mut labels = String::new();
    for (c, x, y, room) in layout::window_label_places(map, 0.0, 0.0, 1.0) {
        let name = escaped(&en.text(&class_label(names, c)));
        let style = layout::label_vars(c, x, y, room)
            .iter()
            .map(|(p, v)| format!("{p}: {v}"))
            .collect::<Vec<_>>()
            .join("; ");
        labels.push_str(&format!(
            r#"<span class="map-label {CLASS}" title="{name}" data-class="{c}" style="{style}">{name}</span>"#
        ));
    }
    out.push(Slot {
        id: ids::MAP_LABELS,
        old: "</div>",
        new: format!("{labels}</div>"),
    });
    // the menu as the page fills it on its first frame (`language::language`), so that its
    // width does not change then
    let mut options = String::new();
    for l in latent_i18n::LOCALES.iter().filter(|l| l.offered) {
        options.push_str(&format!(
            r#"<option value="{0}" lang="{0}">{1}</option>"#,
            escaped(l.code),
            escaped(l.name)
        ));
    }
    out.push(Slot {
        id: ids::LANG_SELECT,
        old: r#"<option value="en" lang="en">English</option>"#,
        new: options,
    });
    out
}

/// The marker of an element whose box must fit its message in every language: in
/// `index.html`, an element with `data-l10n-id` and this attribute, the first child of an
/// element of class `fits-every-language` (a grid of one cell, see the style).
pub const FIT: &str = "data-l10n-fit";

/// The offered languages' messages: English (built in) and each other offered locale's
/// `page.ftl` as `read(code)` gives it, in the order of [`latent_i18n::LOCALES`].
///
/// # Errors
/// A sentence naming the locale whose messages cannot be read or parsed.
pub fn offered_languages(
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Vec<std::rc::Rc<latent_i18n::L10n>>, String> {
    let mut out = Vec::new();
    for l in latent_i18n::LOCALES.iter().filter(|l| l.offered) {
        out.push(if l.code == "en" {
            english()
        } else {
            std::rc::Rc::new(crate::model::text::locale(l.code, &read(l.code)?)?)
        });
    }
    Ok(out)
}

/// `html` with a hidden copy of each marked element's message ([`FIT`]) in every language of
/// `langs`, after the element, in the same tag and class: the style stacks them in one grid
/// cell with it, so that its box is as large as its message in the largest language from the
/// first paint, and nothing around it moves when the app writes another language in (before:
/// German's lede, one line longer, moved the explorer 24 px down on a phone; the heading
/// wrapped to one line fewer in Chinese). The copies are `aria-hidden` and
/// `visibility: hidden`: not seen, not read, not found by the page's search. A message that is markup (`data-l10n-html`) is
/// copied as markup, as the page writes it ([`latent_web_kit::localize_one`]).
///
/// # Errors
/// A sentence naming the marked element whose tag, message id or end tag cannot be found,
/// or whose message no language has.
pub fn fit_every_language(
    html: &str,
    langs: &[std::rc::Rc<latent_i18n::L10n>],
) -> Result<String, String> {
    let mut out = String::with_capacity(html.len() + 8192);
    let mut rest = html;
    let mut done = 0;
    let mut from = 0;
    while let Some(at) = rest[from..].find(FIT).map(|i| from + i) {
        // the attribute, in a start tag (not the word in a comment or a text)
        let before = rest[..at].chars().next_back();
        let after = rest[at + FIT.len()..].chars().next();
        let start = rest[..at].rfind('<').unwrap_or_default();
        let in_tag = rest[..at].rfind('<') > rest[..at].rfind('>')
            && rest[start + 1..].starts_with(|c: char| c.is_ascii_alphabetic());
        let attribute = before.is_some_and(|c| c.is_ascii_whitespace())
            && after.is_some_and(|c| c.is_ascii_whitespace() || matches!(c, '>' | '/' | '='));
        if !(in_tag && attribute) {
            from = at + FIT.len();
            continue;
        }
        let open_end = at
            + rest[at..]
                .find('>')
                .ok_or_else(|| format!("`{FIT}` in a start tag that does not end"))?
            + 1;
        let open = &rest[start..open_end];
        let tag: String = open[1..]
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        // an attribute's value (`name="value"`, after white space)
        let attr = |name: &str| {
            let key = format!(r#"{name}=""#);
            open.match_indices(&key)
                .find(|(i, _)| open[..*i].ends_with(|c: char| c.is_ascii_whitespace()))
                .map(|(i, _)| {
                    let v = &open[i + key.len()..];
                    v[..v.find('"').unwrap_or(v.len())].to_string()
                })
        };
        let id = attr("data-l10n-id")
            .ok_or_else(|| format!("{open}: `{FIT}` without `data-l10n-id`"))?;
        let markup = open
            .match_indices("data-l10n-html")
            .any(|(i, _)| open[..i].ends_with(|c: char| c.is_ascii_whitespace()));
        let end = format!("</{tag}>");
        let close = open_end
            + rest[open_end..]
                .find(&end)
                .ok_or_else(|| format!("{open}: no {end} after it"))?;
        if rest[open_end..close].contains(&format!("<{tag}")) {
            return Err(format!("{open}: holds another <{tag}>, which it cannot"));
        }
        out.push_str(&rest[..close + end.len()]);
        let class = attr("class").map_or(String::new(), |c| format!(r#" class="{c}""#));
        for l10n in langs {
            let l = l10n.locale();
            let value = l10n
                .message(&id)
                .and_then(|(v, _)| v)
                .ok_or_else(|| format!("{}: no message `{id}`", l.code))?;
            let value = if markup { value } else { escaped(&value) };
            out.push_str(&format!(
                r#"<{tag}{class} lang="{}" dir="{}" aria-hidden="true">{value}{end}"#,
                l.code,
                l.dir.as_str()
            ));
        }
        rest = &rest[close + end.len()..];
        from = 0;
        done += 1;
    }
    out.push_str(rest);
    // every marker outside comments was read: one that was not (an attribute value holding
    // `>` before it, say) would lose its copies without a word
    let mut marked = 0;
    let mut text = html;
    while let Some(i) = text.find("<!--") {
        marked += text[..i].matches(FIT).count();
        text = text[i..].find("-->").map_or("", |j| &text[i + j + 3..]);
    }
    marked += text.matches(FIT).count();
    if marked != done {
        return Err(format!(
            "{marked} elements are marked `{FIT}` but {done} could be read: one's start tag \
             holds a `>` before the marker, or the marker is in a text"
        ));
    }
    Ok(out)
}

/// The head script's table of the languages the page speaks and their writing direction
/// (lower-case code → `ltr` or `rtl`, with the tests' pseudo-locale): in `index.html`,
/// `{/* locales */}` in the script whose id is `page-dir` becomes the table, so that the
/// script gives `<html>` the wanted language's direction from the first paint (an Arabic
/// page does not flip from left to right when its messages arrive).
pub fn locale_dirs() -> Slot {
    let entries: Vec<String> = latent_i18n::LOCALES
        .iter()
        .filter(|l| l.offered)
        .chain(std::iter::once(&latent_i18n::PSEUDO))
        .map(|l| format!("'{}': '{}'", l.code.to_ascii_lowercase(), l.dir.as_str()))
        .collect();
    Slot {
        id: "page-dir",
        old: "{/* locales */}",
        new: format!("{{ {} }}", entries.join(", ")),
    }
}

/// The class map's picture: the source of `<img id="map-picture">` (written `src="data:,"`
/// in `index.html`) becomes `src`, a `data:` URL of the picture.
pub fn picture(src: &str) -> Slot {
    Slot {
        id: ids::MAP_PICTURE,
        old: r#"src="data:,""#,
        new: format!(r#"src="{}""#, escaped(src)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use latent_core::latent_map::{Bounds, Meshgrid};

    #[test]
    fn ticks_labels_and_languages_as_the_page_writes_them() {
        let grid = Meshgrid::new(
            Bounds {
                min: [-2.0, -1.0],
                max: [2.0, 1.0],
            },
            8,
            4,
        )
        .unwrap();
        // class 0 on the left half, class 1 (a name to escape) on the right
        let class: Vec<u8> = (0..32).map(|i| u8::from(i % 8 >= 4)).collect();
        let map = ClassMap::new(grid, class, vec![255; 32]).unwrap();
        let names = ["zero".to_string(), "a<b & \"c\"".to_string()];
        let s = slots(&map, &names);
        assert_eq!(s.len(), 4);
        assert_eq!((s[0].id, s[1].id), (ids::AXIS_Z1, ids::AXIS_Z2));
        // z₁ from −2 to 2 in steps of 0.5: 0.0 in the middle
        assert!(
            s[0].new
                .contains(r#"<span class="tick first-paint" style="left: 50.0000%">0.0</span>"#),
            "{}",
            s[0].new
        );
        // z₂ grows upwards: −1 at the bottom
        assert!(
            s[1].new.contains(r#"style="top: 100.0000%">-1.0</span>"#),
            "{}",
            s[1].new
        );
        assert!(s[0].new.starts_with(r#"<div class="ticks">"#) && s[0].new.ends_with("</div>"));
        let labels = &s[2].new;
        assert_eq!(labels.matches("class=\"map-label first-paint\"").count(), 2);
        assert!(labels.contains(">zero</span>"), "{labels}");
        assert!(
            labels.contains(">a&lt;b &amp; &quot;c&quot;</span>"),
            "{labels}"
        );
        assert!(labels.contains("--class-colour: #88ccee"), "{labels}");
        assert!(labels.ends_with("</div>"));
        let langs = &s[3].new;
        assert_eq!(
            langs.matches("<option ").count(),
            latent_i18n::LOCALES.len()
        );
        assert!(langs.starts_with(r#"<option value="en" lang="en">English</option>"#));
        assert!(langs.contains(r#"<option value="de" lang="de">Deutsch</option>"#));
    }

    fn www_locale(code: &str) -> Result<String, String> {
        let f = format!(
            "{}/../../www/locales/{code}/page.ftl",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::read_to_string(&f).map_err(|e| format!("cannot read {f}: {e}"))
    }

    #[test]
    fn a_marked_element_gets_a_hidden_copy_in_every_language() {
        let langs = offered_languages(www_locale).unwrap();
        assert_eq!(langs.len(), 8);
        let html = concat!(
            "<!-- the data-l10n-fit marker -->\n",
            r#"<div class="fits-every-language"><h1 data-l10n-id="page-heading" data-l10n-fit>Latent space explorer</h1></div>"#,
            "\n<p>between</p>\n",
            r#"<div class="fits-every-language"><p data-l10n-id="page-lede" data-l10n-html data-l10n-fit class="lede">An <var>z</var></p></div>"#,
            r#"<label for="x" class="fits-every-language"><span data-l10n-id="model-label" data-l10n-fit>Model</span></label>"#,
        );
        let out = fit_every_language(html, &langs).unwrap();
        // the live element first and untouched, then one copy per language
        assert!(out.starts_with(
            r#"<!-- the data-l10n-fit marker -->
<div class="fits-every-language"><h1 data-l10n-id="page-heading" data-l10n-fit>Latent space explorer</h1><h1 lang="en" dir="ltr" aria-hidden="true">Latent space explorer</h1><h1 lang="de" dir="ltr" aria-hidden="true">Explorer des latenten Raums</h1>"#
        ), "{out}");
        assert_eq!(out.matches(r#"aria-hidden="true">"#).count(), 3 * 8);
        assert!(out.contains(r#"<h1 lang="ar" dir="rtl" aria-hidden="true">"#));
        assert!(out.contains("</h1></div>\n<p>between</p>\n"));
        // a markup message as markup, with the element's class
        assert!(out.contains(
            r#"<p class="lede" lang="fr" dir="ltr" aria-hidden="true">Un autoencodeur a compressé"#
        ));
        assert!(out.contains("<var>z</var> = (<var>z</var><sub>1</sub>"));
        assert!(out.contains(
            r#"<span data-l10n-id="model-label" data-l10n-fit>Model</span><span lang="en" dir="ltr" aria-hidden="true">Model</span><span lang="de" dir="ltr" aria-hidden="true">Modell</span>"#
        ), "{out}");
        assert!(out.ends_with("</span></label>"));
        // no copy carries an id or a message id (the page would write into it)
        assert_eq!(out.matches("data-l10n-id").count(), 3);
        assert!(!out.contains(" id="));
    }

    #[test]
    fn a_marker_after_a_new_line_or_before_a_slash_is_read_and_one_it_cannot_read_is_an_error() {
        let langs = offered_languages(www_locale).unwrap();
        let out = fit_every_language(
            "<h1\r\n data-l10n-id=\"page-heading\"\tdata-l10n-fit\r\n>x</h1>",
            &langs,
        )
        .unwrap();
        assert_eq!(out.matches(r#"aria-hidden="true">"#).count(), 8, "{out}");
        let out = fit_every_language(
            r#"<h1 data-l10n-id="page-heading" data-l10n-fit="">x</h1>"#,
            &langs,
        )
        .unwrap();
        assert_eq!(out.matches(r#"aria-hidden="true">"#).count(), 8, "{out}");
        // a `>` in an earlier attribute's value hides the marker from the scan: said, not skipped
        let e = fit_every_language(
            r#"<h1 title="a > b" data-l10n-id="page-heading" data-l10n-fit>x</h1>"#,
            &langs,
        )
        .unwrap_err();
        assert!(
            e.starts_with("1 elements are marked `data-l10n-fit` but 0 could be read"),
            "{e}"
        );
    }

    #[test]
    fn a_marked_element_that_cannot_be_copied_is_named() {
        let langs = offered_languages(www_locale).unwrap();
        let e = fit_every_language(r#"<h1 data-l10n-fit>x</h1>"#, &langs).unwrap_err();
        assert!(e.contains("without `data-l10n-id`"), "{e}");
        let e = fit_every_language(r#"<h1 data-l10n-id="page-heading" data-l10n-fit>x"#, &langs)
            .unwrap_err();
        assert!(e.contains("no </h1> after it"), "{e}");
        let e = fit_every_language(r#"<p data-l10n-id="no-such" data-l10n-fit>x</p>"#, &langs)
            .unwrap_err();
        assert_eq!(e, "en: no message `no-such`");
        let e = offered_languages(|code| {
            if code == "ja" {
                Err(format!("cannot read locales/{code}/page.ftl"))
            } else {
                www_locale(code)
            }
        })
        .unwrap_err();
        assert_eq!(e, "cannot read locales/ja/page.ftl");
    }

    #[test]
    fn the_head_script_learns_each_language_s_direction() {
        let s = locale_dirs();
        assert_eq!((s.id, s.old), ("page-dir", "{/* locales */}"));
        assert!(s.new.starts_with("{ 'en': 'ltr', 'de': 'ltr'"), "{}", s.new);
        assert!(s.new.contains("'pt-br': 'ltr'") && s.new.contains("'ar': 'rtl'"));
        assert!(s.new.ends_with("'en-xa': 'ltr' }"), "{}", s.new);
    }
}
