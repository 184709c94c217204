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

/// The marker of an element whose message is written in the wanted language before the first
/// paint: in `index.html`, an element with `data-l10n-id` and this attribute, whose message is
/// one of [`EARLY`]. The page's script at the end of its body (`<script id="page-text">`) writes
/// it from the table of [`page_texts`].
pub const MARK: &str = latent_web_kit::L10N_EARLY;

/// The messages written in the wanted language before the first paint (the elements marked
/// [`MARK`], in the page's order): the language menu's label, the heading, the lede, the
/// switchers' labels, Embed, the readouts' names and the views' buttons. The app writes every
/// other message once the language's file arrives; these, whose lengths differ most between
/// languages and which sit above the explorer, beside its values or in rows that wrap, would
/// move it then (German's lede, one line longer, moved it 24 px down on a phone; the heading
/// beside the menu wrapped differently in each language; the switchers' menus moved sideways
/// with their labels on a desktop, Spanish's readouts' names took two lines, and the views'
/// buttons wrapped into other rows).
pub const EARLY: [&str; 20] = [
    "lang-label",
    "page-heading",
    "page-lede",
    "dataset-label",
    "model-label",
    "compare-label",
    "embed-open",
    "decoded-title",
    "readout-latent-point",
    "readout-map-class",
    "readout-confidence",
    "readout-decode-time",
    "hands-on-title",
    "tool-encode",
    "tool-interp",
    "tool-classify",
    "tool-tiles",
    "copy-link",
    "save-png",
    "train-open",
];

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

/// The table of the [`EARLY`] messages in each language of `langs` but English (the markup
/// as written): in `index.html`, `{/* texts */}` in the script whose id is `page-text`
/// becomes a JSON object, code → message id → message, the value as the app
/// writes it ([`latent_web_kit::localize_one`]: markup where the element has
/// `data-l10n-html`, else text). The script writes the messages of the language the head
/// script found (`<html lang>`), so that the header has its final size in the first paint,
/// and an English page lays out nothing more than its own text. Every `<` is written
/// `\u003c`: a script's text cannot hold `</script`, nor `<!--` with a `<script` after it
/// (the parser would then read past the script's end).
///
/// # Errors
/// A sentence naming the language that lacks one of the messages.
pub fn page_texts(langs: &[std::rc::Rc<latent_i18n::L10n>]) -> Result<Slot, String> {
    let mut table = serde_json::Map::new();
    for l10n in langs {
        let code = l10n.locale().code;
        if code == "en" {
            continue;
        }
        let mut texts = serde_json::Map::new();
        for id in EARLY {
            let value = l10n
                .message(id)
                .and_then(|(v, _)| v)
                .ok_or_else(|| format!("{code}: no message `{id}`"))?;
            texts.insert(id.to_string(), value.into());
        }
        table.insert(code.to_string(), texts.into());
    }
    Ok(Slot {
        id: "page-text",
        old: "{/* texts */}",
        new: serde_json::Value::Object(table)
            .to_string()
            .replace('<', "\\u003c"),
    })
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
    fn the_early_messages_are_in_the_table_of_every_language_but_english() {
        let langs = offered_languages(www_locale).unwrap();
        assert_eq!(langs.len(), 8);
        let s = page_texts(&langs).unwrap();
        assert_eq!((s.id, s.old), ("page-text", "{/* texts */}"));
        assert!(!s.new.contains('<'), "{}", s.new);
        let t: serde_json::Value = serde_json::from_str(&s.new).unwrap();
        let t = t.as_object().unwrap();
        let codes: Vec<&str> = t.keys().map(String::as_str).collect();
        assert_eq!(codes, ["ar", "de", "es", "fr", "ja", "pt-BR", "zh-CN"]);
        for (code, texts) in t {
            assert_eq!(texts.as_object().unwrap().len(), EARLY.len(), "{code}");
        }
        assert_eq!(t["de"]["page-heading"], "Explorer des latenten Raums");
        assert_eq!(t["de"]["lang-label"], "Sprache");
        // a markup message as markup, as the page writes it
        let lede = t["fr"]["page-lede"].as_str().unwrap();
        assert!(lede.starts_with("Un autoencodeur a compressé"), "{lede}");
        assert!(
            lede.contains("<var>z</var> = (<var>z</var><sub>1</sub>"),
            "{lede}"
        );
    }

    #[test]
    fn the_page_marks_the_early_messages_and_a_missing_one_is_named() {
        // the elements the script writes are exactly those the table has
        let html = include_str!("../../../../www/index.html");
        let marked: Vec<&str> = html
            .match_indices(MARK)
            // in a start tag, not the word in a comment
            .filter(|(i, _)| {
                html[..*i].ends_with(' ') && html[..*i].rfind('<') > html[..*i].rfind('>')
            })
            .map(|(i, _)| {
                let tag = &html[html[..i].rfind('<').unwrap()..i];
                let v = &tag[tag.find("data-l10n-id=\"").unwrap() + 14..];
                &v[..v.find('"').unwrap()]
            })
            .collect();
        assert_eq!(marked, EARLY);
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
