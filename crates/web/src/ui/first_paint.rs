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
    // the menu as the page fills it on its first frame (`chrome::language`), so that its
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
}
