//! The compared model beside the map (`compare=`): the "Compare with" menu, its class map,
//! the cursor at the one chosen z (clamped to its own map), its decode there and a readout.

use super::dom::Dom;
use super::ids;
use super::paint;
use crate::model::state::State;
use crate::model::text::{class_label, percent, z_readout};
use latent_core::bundle::ViewFile;
use latent_i18n::t;
use latent_web_kit::{attr, canvas, ctx2d, hidden, image, message, put, text};
use std::rc::Rc;
#[cfg(feature = "tools")]
use {
    crate::tools::encode::render::join,
    crate::tools::encode::state::Other,
    crate::tools::files::encoder_url,
    crate::tools::render::{draw_shapes_on, Shapes},
    crate::tools::Tool,
};

/// What the compare panel shows, to draw only what changed.
#[derive(Default)]
pub(crate) struct CompareRenderer {
    /// The menu's options as last written: `(value, label)`.
    menu: Vec<(String, String)>,
    /// The model whose class map is painted.
    map_of: Option<*const ViewFile>,
    /// The model and z of the decode on screen.
    decoded_of: Option<(*const ViewFile, [f32; 2])>,
    /// Decodes drawn (for tests: `data-decodes`).
    decodes: u64,
    /// The encode view's version and compared model behind the encoded line.
    #[cfg(feature = "tools")]
    encoded_of: Option<(u64, *const ViewFile)>,
}

impl CompareRenderer {
    /// Draws the menu and the panel of `s`.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call.
    /// `chrome`: the page around the map changed (not a pointer move): the menu is checked.
    pub(crate) fn render(&mut self, dom: &Dom, s: &State, chrome: bool) -> Result<(), String> {
        if chrome {
            self.menu(dom, s);
        }
        let shown = s.compare.shown();
        hidden(
            dom,
            ids::COMPARE_PANEL,
            shown.is_none() && s.compare.error.is_none(),
        );
        dom.body_data("compare", shown.map(|_| ""));
        message(
            dom,
            ids::COMPARE_ERROR,
            s.tr_opt(s.compare.error.as_ref()).as_deref(),
        );
        let Some((entry, m)) = shown else {
            self.map_of = None;
            self.decoded_of = None;
            return Ok(());
        };
        let label = s
            .manifest
            .as_ref()
            .map(|mf| s.model_label(&mf.bundles[entry]))
            .unwrap_or_default();
        text(dom, ids::COMPARE_TITLE, &label);
        if self.map_of != Some(Rc::as_ptr(m)) {
            self.map_of = Some(Rc::as_ptr(m));
            let g = m.map.grid;
            if let Some(c) = canvas(dom, ids::COMPARE_MAP) {
                put(
                    &c,
                    &super::layout::map_rgba(&m.map),
                    g.width as u32,
                    g.height as u32,
                )?;
                if let Some(b) = dom.el(ids::COMPARE_PANEL) {
                    let aspect = g.width as f32 / g.height as f32;
                    attr(&b, "style", Some(&format!("--compare-aspect:{aspect}")));
                    let [x0, y0] = g.bounds.min;
                    let [x1, y1] = g.bounds.max;
                    attr(&b, "data-bounds", Some(&format!("{x0},{y0},{x1},{y1}")));
                }
            }
        }
        // the one chosen point, on this model's own map
        let z = m.map.grid.clamp(s.cursor.chosen);
        #[cfg(feature = "tools")]
        let other = encoded(s);
        if let Some(o) = canvas(dom, ids::COMPARE_OVERLAY) {
            let ctx = ctx2d(&o)?;
            let scale = if s.mode.present { 2.0 } else { 1.0 };
            paint::marker_on(&o, &ctx, m.map.grid.uv_of(z), scale);
            #[cfg(feature = "tools")]
            if let Some(other) = other {
                let shapes = Shapes {
                    mu: Some((other.posterior.mu, other.posterior.sigma())),
                    rings: other.near.as_ref().map_or(Vec::new(), |n| n.rings.clone()),
                    ..Shapes::default()
                };
                draw_shapes_on(&o, &ctx, &m.map.grid, &shapes);
            }
        }
        #[cfg(feature = "tools")]
        {
            let key = (s.tools.encode.version, Rc::as_ptr(m));
            if self.encoded_of != Some(key) {
                self.encoded_of = Some(key);
                self.encoded_line(dom, s, other);
            }
        }
        let key = (Rc::as_ptr(m), z);
        if self.decoded_of != Some(key) {
            self.decoded_of = Some(key);
            let px = m.decode(z);
            image(dom, ids::COMPARE_DECODED, Some(&px))?;
            self.decodes += 1;
            if let Some(c) = dom.el(ids::COMPARE_DECODED) {
                attr(&c, "data-z", Some(&format!("{},{}", z[0], z[1])));
                attr(&c, "data-decodes", Some(&self.decodes.to_string()));
            }
            let readout = match m.map.at(z) {
                Some((c, p)) => t!(
                    "compare-readout",
                    class = class_label(&m.meta.class_names, c),
                    confidence = percent(p),
                    z = z_readout(z)
                ),
                None => t!("compare-readout-off", z = z_readout(z)),
            };
            text(dom, ids::COMPARE_READOUT, &s.tr(&readout));
        }
        Ok(())
    }

    /// The line under the compared map for an encoded image: its μ by the compared encoder
    /// and its nearest test codes there (`data-mu`, `data-neighbours` for tests).
    #[cfg(feature = "tools")]
    fn encoded_line(&self, dom: &Dom, s: &State, other: Option<&Other>) {
        hidden(dom, ids::COMPARE_ENCODED, other.is_none());
        if let Some(p) = dom.el(ids::COMPARE_PANEL) {
            let mu = other.map(|o| format!("{},{}", o.posterior.mu[0], o.posterior.mu[1]));
            attr(&p, "data-mu", mu.as_deref());
            let near = other.and_then(|o| o.near.as_ref());
            attr(
                &p,
                "data-neighbours",
                near.map(|n| join(&n.indices)).as_deref(),
            );
        }
        let Some(o) = other else { return };
        let z = z_readout(o.posterior.mu);
        let line = match &o.near {
            Some(n) => t!(
                "compare-encoded",
                z = z,
                same = n.same,
                k = n.indices.len(),
                class = class_label(s.class_names(), n.class)
            ),
            None => t!("compare-encoded-wait", z = z),
        };
        text(dom, ids::COMPARE_ENCODED, &s.tr(&line));
    }

    /// "Compare with": none, or another model of the shown one's dataset.
    fn menu(&mut self, dom: &Dom, s: &State) {
        let (Some(mf), Some(cur)) = (&s.manifest, s.shown_entry()) else {
            // no model of the list shown: none to compare with, once the first load is over;
            // while it loads, the menu keeps the room the page gives it from the first paint
            let loading = s.model.is_none() && s.error.is_none() && s.manifest_error.is_none();
            if !loading {
                hidden(dom, ids::COMPARE_PICKER, true);
            }
            return;
        };
        let ds = &mf.bundles[cur].dataset;
        let mut options = vec![(String::new(), s.tr(&t!("compare-none")))];
        options.extend(
            mf.bundles
                .iter()
                .enumerate()
                .filter(|(i, b)| b.dataset == *ds && *i != cur)
                .map(|(_, b)| (b.id.clone(), s.model_label(b))),
        );
        hidden(dom, ids::COMPARE_PICKER, options.len() < 2);
        let Some(select) = dom
            .el(ids::COMPARE_SELECT)
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(e).ok())
        else {
            return;
        };
        if self.menu != options {
            select.set_text_content(None);
            for (v, label) in &options {
                if let Ok(o) = dom.doc.create_element("option") {
                    let _ = o.set_attribute("value", v);
                    o.set_text_content(Some(label));
                    let _ = select.append_child(&o);
                }
            }
            self.menu = options;
        }
        let value = s
            .compare
            .entry
            .map_or(String::new(), |e| mf.bundles[e].id.clone());
        if select.value() != value {
            select.set_value(&value);
        }
    }
}

/// The encoded image by the compared model's encoder, while the encode view is open and it
/// belongs to the model compared now.
#[cfg(feature = "tools")]
fn encoded(s: &State) -> Option<&Other> {
    if s.tools.open != Some(Tool::Encode) {
        return None;
    }
    let url = encoder_url(&s.place().compared()?)?;
    s.tools.encode.other.as_ref().filter(|o| o.encoder == url)
}
