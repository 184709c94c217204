//! What the interpolation view draws: its ends in words, the strip of decodes with their
//! classes (changes marked) and the pixel-space blend.

use crate::model::state::State;
use crate::model::text::{class_label, percent, z_readout};
use crate::tools::Tool;
use crate::ui::dom::Dom;
use crate::ui::ids;
use latent_core::{IMAGE_PIXELS, IMAGE_SIDE};
use latent_i18n::t;
use latent_web_kit::{attr, canvas, hidden, js_msg, put, text};

/// What the interpolation view drew last.
#[derive(Default)]
pub(crate) struct InterpRenderer {
    strip: Option<u64>,
}

impl InterpRenderer {
    /// Draws the interpolation view of `s`: the ends, the strip, its classes and the blend.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call.
    pub(crate) fn render(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        if s.tools.open != Some(Tool::Interp) {
            return Ok(());
        }
        let i = &s.tools.interp;
        let ends = match (i.a, i.b) {
            (Some(a), Some(b)) => t!("interp-ends", a = z_readout(a), b = z_readout(b)),
            (Some(a), None) => t!("interp-end-a", a = z_readout(a)),
            _ => t!("interp-ends-none"),
        };
        text(dom, ids::INTERP_ENDS, &s.tr(&ends));
        let has_enc = s.tools.encode.has_encoded();
        hidden(dom, ids::INTERP_ENC_A, !has_enc);
        hidden(dom, ids::INTERP_ENC_B, !has_enc);
        let key = i.version;
        if self.strip == Some(key) {
            return Ok(());
        }
        self.strip = Some(key);
        strip(
            dom,
            ids::INTERP_STRIP,
            i.strip.as_ref().map(|st| st.images.as_slice()),
        )?;
        strip(
            dom,
            ids::INTERP_BLEND,
            i.strip.as_ref().map(|st| st.blend.as_slice()),
        )?;
        let names = s.class_names();
        let classes: Vec<(String, bool, f32)> = match &i.strip {
            Some(st) => match &st.classes {
                Some(c) => {
                    let ch = st.changes();
                    c.iter()
                        .enumerate()
                        .map(|(k, (cl, p))| (s.tr(&class_label(names, *cl)), ch.contains(&k), *p))
                        .collect()
                }
                None => Vec::new(),
            },
            None => Vec::new(),
        };
        strip_classes(dom, s, &classes)?;
        if let (Some(p), Some(st)) = (dom.el(ids::INTERP_PANEL), &i.strip) {
            let zs: Vec<String> = st.z.iter().map(|z| format!("{},{}", z[0], z[1])).collect();
            attr(&p, "data-z", Some(&zs.join(";")));
            attr(&p, "data-changes", Some(&format!("{:?}", st.changes())));
        }
        Ok(())
    }
}

/// `n` images side by side (`n · 784` pixels) on canvas `i`.
fn strip(dom: &Dom, i: &str, px: Option<&[f32]>) -> Result<(), String> {
    let Some(c) = canvas(dom, i) else {
        return Ok(());
    };
    let Some(px) = px else {
        return put(&c, &[0, 0, 0, 255], 1, 1);
    };
    let n = px.len() / IMAGE_PIXELS;
    let (w, s) = (n * IMAGE_SIDE, IMAGE_SIDE);
    let mut rgba = vec![0u8; w * s * 4];
    for k in 0..n {
        for r in 0..s {
            for col in 0..s {
                let v = px[k * IMAGE_PIXELS + r * s + col].clamp(0.0, 1.0);
                let g = (v * 255.0).round() as u8;
                let o = (r * w + k * s + col) * 4;
                rgba[o..o + 4].copy_from_slice(&[g, g, g, 255]);
            }
        }
    }
    put(&c, &rgba, w as u32, s as u32)
}

/// The strip's classes: one item per step, class changes marked.
fn strip_classes(dom: &Dom, s: &State, classes: &[(String, bool, f32)]) -> Result<(), String> {
    let Some(ol) = dom.el(ids::INTERP_CLASSES) else {
        return Ok(());
    };
    ol.set_text_content(None);
    for (k, (name, change, p)) in classes.iter().enumerate() {
        let li = dom.doc.create_element("li").map_err(js_msg)?;
        li.set_text_content(Some(name));
        let _ = li.set_attribute(
            "title",
            &s.tr(&t!(
                "interp-step",
                step = k + 1,
                class = name.as_str(),
                confidence = percent(*p)
            )),
        );
        if *change {
            li.set_class_name("change");
            let mark = dom.doc.create_element("span").map_err(js_msg)?;
            mark.set_class_name("visually-hidden");
            mark.set_text_content(Some(&format!(" {}", s.tr(&t!("interp-class-changes")))));
            li.append_child(&mark).map_err(js_msg)?;
        }
        ol.append_child(&li).map_err(js_msg)?;
    }
    Ok(())
}
