//! What the classifier sees, drawn: one bar per class for the decode at the exact cursor,
//! and a note when it differs from the map cell.

use super::state::{argmax, probabilities_at};
use crate::model::state::State;
use crate::model::text::{class_label, percent, z_readout};
use crate::tools::Tool;
use crate::ui::dom::Dom;
use crate::ui::ids;
use latent_core::bundle::{ClassifierFile, ViewFile};
use latent_core::palette;
use latent_i18n::{num, t};
use latent_web_kit::{attr, js_msg, text};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

/// What the classifier view drew last.
#[derive(Default)]
pub(crate) struct ClassifyRenderer {
    probs_of: Option<(*const ViewFile, *const ClassifierFile, [f32; 2])>,
    bars_for: Vec<String>,
    bars: Vec<Element>,
    /// Moving average of the classify time (decode + classifier), milliseconds.
    classify_ms: f64,
}

impl ClassifyRenderer {
    /// The classifier's probabilities at the exact cursor, when the cursor or the model
    /// changed: one decode and one classify per frame at most.
    ///
    /// # Errors
    /// A sentence when the classifier or the browser fails.
    pub(crate) fn render(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        if s.tools.open != Some(Tool::Classify) {
            self.probs_of = None;
            return Ok(());
        }
        let (Some(model), Some(cls)) = (s.model.clone(), s.tools.files.classifier(&s.place()))
        else {
            text(dom, ids::CLASSIFY_NOTE, "");
            return Ok(());
        };
        let names = s.class_names();
        if self.bars_for != names {
            self.bars_for = names.to_vec();
            self.bars = bars(dom, s, names)?;
            self.probs_of = None;
        }
        let z = s.z();
        let key = (Rc::as_ptr(&model), Rc::as_ptr(&cls), z);
        if self.probs_of == Some(key) {
            return Ok(());
        }
        self.probs_of = Some(key);
        let t0 = latent_web_kit::now_ms();
        let p = probabilities_at(&model, &cls, z).map_err(|e| e.to_string())?;
        let dt = latent_web_kit::now_ms() - t0;
        self.classify_ms = if self.classify_ms == 0.0 {
            dt
        } else {
            0.75 * self.classify_ms + 0.25 * dt
        };
        set_bars(&self.bars, &p, s);
        let top = argmax(&p);
        let cell = s.class_at_cursor();
        let note = match (top, cell) {
            (Some((c, q)), Some((m, _))) if c != m => s.tr(&t!(
                "classify-note-differs",
                class = class_label(names, c),
                confidence = percent(q),
                cell = class_label(names, m),
                width = model.map.grid.width,
                height = model.map.grid.height,
                ms = num(self.classify_ms, 1)
            )),
            (Some((c, q)), _) => s.tr(&t!(
                "classify-note-agrees",
                class = class_label(names, c),
                confidence = percent(q),
                z = z_readout(z),
                ms = num(self.classify_ms, 1)
            )),
            _ => String::new(),
        };
        text(dom, ids::CLASSIFY_NOTE, &note);
        if let Some(ul) = dom.el(ids::CLASS_BARS) {
            let ps: Vec<String> = p.iter().map(|x| format!("{x:.6}")).collect();
            attr(&ul, "data-probs", Some(&ps.join(",")));
            attr(&ul, "data-z", Some(&format!("{},{}", z[0], z[1])));
            attr(&ul, "data-argmax", top.map(|t| t.0.to_string()).as_deref());
            attr(&ul, "data-ms", Some(&format!("{dt:.2}")));
        }
        Ok(())
    }
}

/// The probability bars, one per class: name, bar, value. Returns the items.
fn bars(dom: &Dom, s: &State, names: &[String]) -> Result<Vec<Element>, String> {
    let Some(ul) = dom.el(ids::CLASS_BARS) else {
        return Ok(Vec::new());
    };
    ul.set_text_content(None);
    let mut out = Vec::new();
    for i in 0..names.len() {
        let li = dom.doc.create_element("li").map_err(js_msg)?;
        let _ = li.set_attribute("data-class", &i.to_string());
        li.set_inner_html(
            "<span class=\"bar-name\"></span><span class=\"bar-track\" aria-hidden=\"true\">\
             <span class=\"bar-fill\"></span></span><span class=\"bar-value\"></span>",
        );
        if let Ok(Some(e)) = li.query_selector(".bar-name") {
            e.set_text_content(Some(&s.tr(&class_label(names, i as u8))));
        }
        if let Ok(Some(e)) = li.query_selector(".bar-fill") {
            let _ = e
                .unchecked_ref::<HtmlElement>()
                .style()
                .set_property("background-color", &palette::class_hex(i as u8));
        }
        ul.append_child(&li).map_err(js_msg)?;
        out.push(li);
    }
    Ok(out)
}

/// Sets each bar to its probability.
fn set_bars(items: &[Element], p: &[f32], s: &State) {
    for (li, &q) in items.iter().zip(p) {
        if let Ok(Some(e)) = li.query_selector(".bar-fill") {
            let _ = e
                .unchecked_ref::<HtmlElement>()
                .style()
                .set_property("width", &format!("{:.2}%", q * 100.0));
        }
        if let Ok(Some(e)) = li.query_selector(".bar-value") {
            e.set_text_content(Some(&s.tr(&t!("percent-tenths", pct = num(q * 100.0, 1)))));
        }
        attr(li, "data-p", Some(&format!("{q:.6}")));
    }
}
