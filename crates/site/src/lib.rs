//! `latent-site`: the site build's native step (`scripts/build-site.sh` runs it on `dist/`).
//!
//! [`first_paint`] writes the default model's first paint into the built `index.html`: its
//! class map as a lossless PNG ([`picture_png`], the colours of [`latent_web::map_rgba`], the
//! page's own), inlined as a `data:` URL into `<img id="map-picture">`, and the axes' ticks,
//! the class labels and the language menu as static markup ([`latent_web::first_paint`]),
//! and the table of the messages above the explorer in every language (`data-l10n-early`:
//! the heading, the lede, the language menu's and the switchers' labels; the page writes the
//! wanted language's before the first paint, so that the app's language moves nothing).
//! All of it comes from the deployed manifest's default entry (`bundles[0]`) and its view
//! file, so the picture cannot disagree with the map the page paints over it.

use anyhow::{bail, Context, Result};
use base64::Engine;
use latent_core::bundle::{Manifest, ViewFile};
use latent_core::latent_map::ClassMap;
use latent_web::first_paint::{self, Slot};
use std::path::Path;

/// What [`first_paint`] wrote.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The default model's id (the manifest's first entry).
    pub model: String,
    /// The picture's size in pixels (one per map cell): width, height.
    pub size: (usize, usize),
    /// The picture's PNG bytes.
    pub png_bytes: usize,
    /// `index.html`'s bytes before and after.
    pub html_bytes: (usize, usize),
}

/// The class map as a PNG, one pixel per cell, in the colours the page paints
/// ([`latent_web::map_rgba`]: the class colour shaded by confidence). Lossless, without alpha
/// (every cell is opaque), best compression: a palette PNG when the map has at most 256
/// colours (ten classes of [`latent_core::palette::SHADES`] shades: 8 kB for the default map,
/// where RGB took 27 kB), else 8-bit RGB.
///
/// # Errors
/// When the encoder fails (an empty map).
pub fn picture_png(map: &ClassMap) -> Result<Vec<u8>> {
    let (w, h) = (map.grid.width, map.grid.height);
    let rgb: Vec<[u8; 3]> = latent_web::map_rgba(map)
        .chunks_exact(4)
        .map(|px| [px[0], px[1], px[2]])
        .collect();
    let mut colours = rgb.clone();
    colours.sort_unstable();
    colours.dedup();
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, u32::try_from(w)?, u32::try_from(h)?);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::High);
        let data: Vec<u8> = if colours.len() <= 256 {
            enc.set_color(png::ColorType::Indexed);
            enc.set_palette(colours.concat());
            // (a palette's indices are not magnitudes: unfiltered rows compress best)
            enc.set_filter(png::Filter::NoFilter);
            rgb.iter()
                .map(|c| colours.binary_search(c).map_or(0, |i| i as u8))
                .collect()
        } else {
            enc.set_color(png::ColorType::Rgb);
            rgb.concat()
        };
        let mut writer = enc.write_header().context("writing the PNG header")?;
        writer
            .write_image_data(&data)
            .context("encoding the class map as PNG")?;
    }
    Ok(out)
}

/// `html` (named `name` in errors) with each slot filled: the first `slot.old` after the
/// attribute ` id="<slot.id>"` becomes `slot.new`.
///
/// # Errors
/// Naming `name` and the slot when the id is not in the page exactly once, or `old` is not
/// after it (a change to `www/index.html` that this step would otherwise silently miss).
pub fn fill(html: &str, name: &str, slots: &[Slot]) -> Result<String> {
    let mut out = html.to_string();
    for s in slots {
        // (` id=`: not the end of `data-l10n-id=`)
        let id = format!(r#" id="{}""#, s.id);
        let n = out.matches(&id).count();
        if n != 1 {
            bail!("{name}: expected exactly one element with {id}, found {n}");
        }
        let start = out.find(&id).unwrap_or_default();
        let Some(at) = out[start..].find(s.old).map(|i| start + i) else {
            bail!("{name}: no {:?} after the element with {id}", s.old);
        };
        out.replace_range(at..at + s.old.len(), &s.new);
    }
    Ok(out)
}

/// Writes the default model's first paint into `DIST/index.html` (atomically: a temporary
/// file renamed over it), from `DIST/weights/manifest.json` and its first entry's view file.
///
/// # Errors
/// Naming the file: the manifest or the view file cannot be read or is not valid, the page
/// lacks an element the first paint goes into ([`fill`]), or the page cannot be written.
pub fn first_paint(dist: &Path) -> Result<Report> {
    let weights = dist.join("weights");
    let mpath = weights.join("manifest.json");
    let bytes =
        std::fs::read(&mpath).with_context(|| format!("cannot read {}", mpath.display()))?;
    let manifest = Manifest::parse(&bytes, &mpath.display().to_string())?;
    let entry = &manifest.bundles[0];
    let vpath = weights.join(&entry.view);
    let view = ViewFile::read(&vpath)?;
    let png = picture_png(&view.map)?;
    let src = format!(
        "data:image/png;base64,{}",
        base64::engine::general_purpose::STANDARD.encode(&png)
    );
    // the messages above the explorer in every language, from the deployed locales
    let locales = dist.join("locales");
    let langs = first_paint::offered_languages(|code| {
        let f = locales.join(code).join("page.ftl");
        std::fs::read_to_string(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))
    })
    .map_err(anyhow::Error::msg)?;
    let mut slots = first_paint::slots(&view.map, &view.meta.class_names);
    slots.push(first_paint::picture(&src));
    slots.push(first_paint::locale_dirs());
    slots.push(first_paint::page_texts(&langs).map_err(anyhow::Error::msg)?);
    let page = dist.join("index.html");
    let html = std::fs::read_to_string(&page)
        .with_context(|| format!("cannot read {}", page.display()))?;
    let filled = fill(&html, &page.display().to_string(), &slots)?;
    let tmp = dist.join("index.html.first-paint.tmp");
    std::fs::write(&tmp, &filled).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, &page)
        .with_context(|| format!("cannot replace {} with {}", page.display(), tmp.display()))?;
    Ok(Report {
        model: entry.id.clone(),
        size: (view.map.grid.width, view.map.grid.height),
        png_bytes: png.len(),
        html_bytes: (html.len(), filled.len()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use latent_core::latent_map::{Bounds, Meshgrid};

    fn map() -> ClassMap {
        let grid = Meshgrid::new(
            Bounds {
                min: [-3.0, -2.0],
                max: [3.0, 2.0],
            },
            16,
            8,
        )
        .unwrap();
        let class: Vec<u8> = (0..128).map(|i| (i % 16 / 4) as u8).collect();
        let confidence: Vec<u8> = (0..128).map(|i| (i * 2) as u8).collect();
        ClassMap::new(grid, class, confidence).unwrap()
    }

    #[test]
    fn the_picture_has_the_page_colours_exactly() {
        let m = map();
        let png = picture_png(&m).unwrap();
        let mut dec = png::Decoder::new(std::io::Cursor::new(png));
        dec.set_transformations(png::Transformations::EXPAND);
        let mut dec = dec.read_info().unwrap();
        // four classes of at most 25 shades: a palette
        assert_eq!(dec.info().color_type, png::ColorType::Indexed);
        let mut px = vec![0; dec.output_buffer_size().unwrap()];
        let info = dec.next_frame(&mut px).unwrap();
        assert_eq!((info.width, info.height), (16, 8));
        assert_eq!(info.color_type, png::ColorType::Rgb);
        let rgba = latent_web::map_rgba(&m);
        for (i, (p, q)) in px.chunks_exact(3).zip(rgba.chunks_exact(4)).enumerate() {
            assert_eq!(p, &q[..3], "cell {i}");
        }
    }

    #[test]
    fn slots_are_filled_once_and_a_missing_one_is_named() {
        let page = r#"<div id="a"><p class="x"></p></div><p class="x"></p><div data-l10n-id="b" id="b"></div>"#;
        let slots = [
            Slot {
                id: "a",
                old: r#"<p class="x"></p>"#,
                new: r#"<p class="x">1</p>"#.into(),
            },
            Slot {
                id: "b",
                old: "</div>",
                new: "2</div>".into(),
            },
        ];
        assert_eq!(
            fill(page, "index.html", &slots).unwrap(),
            r#"<div id="a"><p class="x">1</p></div><p class="x"></p><div data-l10n-id="b" id="b">2</div>"#
        );
        let missing = Slot {
            id: "c",
            old: "</div>",
            new: String::new(),
        };
        let e = fill(page, "index.html", &[missing])
            .unwrap_err()
            .to_string();
        assert!(e.contains("index.html") && e.contains(r#"id="c""#), "{e}");
        let late = Slot {
            id: "b",
            old: "<p",
            new: String::new(),
        };
        let e = fill(page, "index.html", &[late]).unwrap_err().to_string();
        assert!(e.contains(r#"no "<p" after"#), "{e}");
    }
}
