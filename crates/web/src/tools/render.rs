//! The hands-on views' part of the renderer (called from one line of
//! [`crate::render::Renderer::render`]): buttons, panels, readouts, and the per-frame work —
//! class probabilities at the exact cursor (one decode + one classify, only when the cursor
//! or the model changed) and the tiles (one batched decode per model). Drawing is in
//! [`crate::paint_views`].

use crate::dom::{id, Dom};
use crate::paint_views as pv;
use crate::state::{class_name, State};
use crate::views::encode::Input;
use crate::views::{assets, classify, interp, label, tiles, Tool};
use crate::{view, Explorer};
use latent_core::bundle::ClassifierFile;
use std::rc::Rc;
use web_sys::Element;

/// What the hands-on renderer drew last.
#[derive(Default)]
pub struct ViewsRenderer {
    pad_version: Option<u64>,
    encoded: Option<u64>,
    strip: Option<u64>,
    probs_of: Option<(*const Explorer, *const ClassifierFile, [f32; 2])>,
    bars_for: Vec<String>,
    bars: Vec<Element>,
    tiles_of: Option<(*const Explorer, [f32; 4])>,
    /// What the overlay shows, and over which window.
    overlay_of: Option<(pv::Shapes, latent_core::latent_map::Bounds)>,
    /// Moving average of the classify time (decode + classifier), milliseconds.
    classify_ms: f64,
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

impl ViewsRenderer {
    /// Draws the hands-on views of `s`.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call.
    pub fn render(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        let t = &s.tools;
        let ready = s.model.is_some();
        pv::hidden(dom, id::HANDS_ON, !ready);
        if !ready {
            return Ok(());
        }
        for (i, tool) in [
            (id::TOOL_ENCODE, Tool::Encode),
            (id::TOOL_INTERP, Tool::Interp),
            (id::TOOL_CLASSIFY, Tool::Classify),
            (id::TOOL_TILES, Tool::Tiles),
        ] {
            if let Some(b) = dom.el(i) {
                pv::attr(
                    &b,
                    "aria-pressed",
                    Some(if t.open == Some(tool) {
                        "true"
                    } else {
                        "false"
                    }),
                );
            }
        }
        pv::hidden(dom, id::ENCODE_PANEL, t.open != Some(Tool::Encode));
        pv::hidden(dom, id::INTERP_PANEL, t.open != Some(Tool::Interp));
        pv::hidden(dom, id::CLASSIFY_PANEL, t.open != Some(Tool::Classify));
        pv::hidden(dom, id::TILES_PANEL, t.open != Some(Tool::Tiles));
        if let Some(sec) = dom.el(id::HANDS_ON) {
            pv::attr(&sec, "data-view", t.open.map(|t| t.name()));
        }
        let loading = assets::loading_line(s);
        pv::message(dom, id::TOOLS_STATUS, loading.as_deref());
        let fail = assets::failure(s);
        let unavailable = assets::unavailable(s);
        pv::message(
            dom,
            id::TOOLS_ERROR,
            fail.map(|f| f.text.as_str()).or(unavailable.as_deref()),
        );
        pv::hidden(dom, id::TOOLS_RETRY, fail.is_none());
        pv::message(dom, id::SHARE_STATUS, t.share_note.as_deref());
        self.encode(dom, s)?;
        self.interp(dom, s)?;
        self.classify(dom, s)?;
        self.tiles(dom, s)?;
        self.overlay(dom, s);
        Ok(())
    }

    fn encode(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        let e = &s.tools.encode;
        if s.tools.open != Some(Tool::Encode) {
            return Ok(());
        }
        if self.pad_version != Some(e.strokes_version) || pv::pad_resized(dom) {
            self.pad_version = Some(e.strokes_version);
            let strokes = match e.input {
                Some((Input::Test { .. }, _)) => &[][..],
                _ => &e.strokes[..],
            };
            pv::pad(dom, strokes);
            if let Some(b) = dom.el(id::PAD_UNDO) {
                pv::attr(&b, "disabled", strokes.is_empty().then_some(""));
            }
        }
        let key = e.version;
        if self.encoded == Some(key) {
            return Ok(());
        }
        self.encoded = Some(key);
        let names = s.class_names();
        pv::image(
            dom,
            id::ENC_INPUT,
            e.input.as_ref().map(|(_, p)| p.as_slice()),
        )?;
        pv::image(
            dom,
            id::ENC_RECON,
            e.result.as_ref().map(|r| r.recon.as_slice()),
        )?;
        let (z, sigma, map_class) = match &e.result {
            Some(r) => {
                let mu = r.posterior.mu;
                (
                    view::z_text(mu),
                    r.posterior
                        .sigma()
                        .map_or("– (not a VAE: one point, no spread)".into(), |sg| {
                            format!("({:.3}, {:.3})", sg[0], sg[1])
                        }),
                    s.map()
                        .and_then(|m| m.at(mu))
                        .map_or("off the map".to_string(), |(c, p)| {
                            format!("{} ({})", class_name(names, c), view::percent(p))
                        }),
                )
            }
            None if e.input.is_some() => ("encoding…".into(), "…".into(), "…".into()),
            None => ("–".into(), "–".into(), "–".into()),
        };
        pv::text(dom, id::ENC_Z, &z);
        pv::text(dom, id::ENC_SIGMA, &sigma);
        pv::text(dom, id::ENC_MAP_CLASS, &map_class);
        let truth = match e.input {
            Some((Input::Test { index, label }, _)) => {
                format!("{} (test image {index})", class_name(names, label))
            }
            Some((Input::Drawing, _)) => "– (your drawing)".into(),
            None => "–".into(),
        };
        pv::text(dom, id::ENC_LABEL, &truth);
        if let Some(p) = dom.el(id::ENCODE_PANEL) {
            let mu = e.result.as_ref().map(|r| r.posterior.mu);
            pv::attr(
                &p,
                "data-mu",
                mu.map(|m| format!("{},{}", m[0], m[1])).as_deref(),
            );
            let input = e.input.as_ref().map(|(_, px)| {
                px.iter()
                    .map(|v| format!("{v:.4}"))
                    .collect::<Vec<_>>()
                    .join(",")
            });
            pv::attr(&p, "data-input", input.as_deref());
            let idx = match e.input {
                Some((Input::Test { index, .. }, _)) => Some(index.to_string()),
                _ => None,
            };
            pv::attr(&p, "data-test-index", idx.as_deref());
        }
        Ok(())
    }

    fn interp(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        if s.tools.open != Some(Tool::Interp) {
            return Ok(());
        }
        let i = &s.tools.interp;
        let ends = match (i.a, i.b) {
            (Some(a), Some(b)) => format!("From A {} to B {}.", view::z_text(a), view::z_text(b)),
            (Some(a), None) => format!(
                "A {}. Click the map (or press “End at the cursor”) for B.",
                view::z_text(a)
            ),
            _ => "Click the map twice (start, then end), or move the cursor and press the \
                  buttons."
                .into(),
        };
        pv::text(dom, id::INTERP_ENDS, &ends);
        let has_enc = interp::has_encoded(s);
        pv::hidden(dom, id::INTERP_ENC_A, !has_enc);
        pv::hidden(dom, id::INTERP_ENC_B, !has_enc);
        let key = i.version;
        if self.strip == Some(key) {
            return Ok(());
        }
        self.strip = Some(key);
        pv::strip(
            dom,
            id::INTERP_STRIP,
            i.strip.as_ref().map(|st| st.images.as_slice()),
        )?;
        pv::strip(
            dom,
            id::INTERP_BLEND,
            i.strip.as_ref().map(|st| st.blend.as_slice()),
        )?;
        let names = s.class_names();
        let classes: Vec<(String, bool, f32)> = match &i.strip {
            Some(st) => match &st.classes {
                Some(c) => {
                    let ch = st.changes();
                    c.iter()
                        .enumerate()
                        .map(|(k, (cl, p))| {
                            (class_name(names, *cl).to_string(), ch.contains(&k), *p)
                        })
                        .collect()
                }
                None => Vec::new(),
            },
            None => Vec::new(),
        };
        pv::strip_classes(dom, &classes)?;
        if let (Some(p), Some(st)) = (dom.el(id::INTERP_PANEL), &i.strip) {
            let zs: Vec<String> = st.z.iter().map(|z| format!("{},{}", z[0], z[1])).collect();
            pv::attr(&p, "data-z", Some(&zs.join(";")));
            pv::attr(&p, "data-changes", Some(&format!("{:?}", st.changes())));
        }
        Ok(())
    }

    fn classify(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        if s.tools.open != Some(Tool::Classify) {
            self.probs_of = None;
            return Ok(());
        }
        let (Some(model), Some(cls)) = (s.model.clone(), assets::classifier(s)) else {
            pv::text(dom, id::CLASSIFY_NOTE, "");
            return Ok(());
        };
        let names = s.class_names();
        if self.bars_for != names {
            self.bars_for = names.to_vec();
            self.bars = pv::bars(dom, names)?;
            self.probs_of = None;
        }
        let z = s.z();
        let key = (Rc::as_ptr(&model), Rc::as_ptr(&cls), z);
        if self.probs_of == Some(key) {
            return Ok(());
        }
        self.probs_of = Some(key);
        let t0 = now_ms();
        let p = classify::probabilities_at(&model, &cls, z).map_err(|e| e.to_string())?;
        let dt = now_ms() - t0;
        self.classify_ms = if self.classify_ms == 0.0 {
            dt
        } else {
            0.75 * self.classify_ms + 0.25 * dt
        };
        pv::set_bars(&self.bars, &p);
        let top = classify::argmax(&p);
        let cell = s.class_at_cursor();
        let note = match (top, cell) {
            (Some((c, q)), Some((m, _))) if c != m => format!(
                "At this exact point the classifier sees {} ({}), but the map cell says {}: \
                 the map is a {} × {} sample of the plane, decoded at the cell centres. \
                 ({:.1} ms per decode + classify)",
                class_name(names, c),
                view::percent(q),
                class_name(names, m),
                model.bundle().map.grid.width,
                model.bundle().map.grid.height,
                self.classify_ms
            ),
            (Some((c, q)), _) => format!(
                "The classifier sees {} ({}) at {}, as the map cell says. ({:.1} ms per decode \
                 + classify)",
                class_name(names, c),
                view::percent(q),
                view::z_text(z),
                self.classify_ms
            ),
            _ => String::new(),
        };
        pv::text(dom, id::CLASSIFY_NOTE, &note);
        if let Some(ul) = dom.el(id::CLASS_BARS) {
            let ps: Vec<String> = p.iter().map(|x| format!("{x:.6}")).collect();
            pv::attr(&ul, "data-probs", Some(&ps.join(",")));
            pv::attr(&ul, "data-z", Some(&format!("{},{}", z[0], z[1])));
            pv::attr(&ul, "data-argmax", top.map(|t| t.0.to_string()).as_deref());
            pv::attr(&ul, "data-ms", Some(&format!("{dt:.2}")));
        }
        Ok(())
    }

    fn tiles(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        let on = s.tools.open == Some(Tool::Tiles);
        let layer = pv::layer(dom, id::TILES_LAYER, true)?;
        layer.set_hidden(!on);
        if !on {
            return Ok(());
        }
        let Some(model) = s.model.clone() else {
            return Ok(());
        };
        let Some(window) = s.window() else {
            return Ok(());
        };
        let b = window.bounds;
        let key = (Rc::as_ptr(&model), [b.min[0], b.min[1], b.max[0], b.max[1]]);
        if self.tiles_of == Some(key) {
            return Ok(());
        }
        self.tiles_of = Some(key);
        let t0 = now_ms();
        let (centres, px) = tiles::decode(&model, &window, tiles::TILES);
        let dt = now_ms() - t0;
        pv::tiles(&layer, &px, tiles::TILES)?;
        let g = model.bundle().map.grid;
        let part = if s.zoom_shown().is_zoomed() {
            format!(
                "the zoomed window (z₁ {:.2} to {:.2}, z₂ {:.2} to {:.2})",
                b.min[0], b.max[0], b.min[1], b.max[1]
            )
        } else {
            "the whole map".to_string()
        };
        pv::text(
            dom,
            id::TILES_NOTE,
            &format!(
                "{n} × {n} images tiling {part}, each decoded at its tile's centre in one \
                 batched decoder call ({dt:.0} ms); zoom or pan and they are decoded again. \
                 Under them lies the {}×{} class map.",
                g.width,
                g.height,
                n = tiles::TILES
            ),
        );
        let cs: Vec<String> = centres
            .iter()
            .map(|z| format!("{},{}", z[0], z[1]))
            .collect();
        pv::attr(&layer, "data-centres", Some(&cs.join(";")));
        pv::attr(&layer, "data-ms", Some(&format!("{dt:.1}")));
        Ok(())
    }

    /// μ with its 1σ and 2σ ellipses, or the interpolation segment, over the map.
    fn overlay(&mut self, dom: &Dom, s: &State) {
        let Ok(c) = pv::layer(dom, id::TOOLS_OVERLAY, false) else {
            return;
        };
        let Some(g) = s.window() else { return };
        let resized = pv::fit(&c);
        let t = &s.tools;
        let mut shapes = pv::Shapes::default();
        match t.open {
            Some(Tool::Encode) => {
                if let Some(r) = &t.encode.result {
                    shapes.mu = Some((r.posterior.mu, r.posterior.sigma()));
                }
            }
            Some(Tool::Interp) => {
                shapes.a = t.interp.a;
                shapes.b = t.interp.b;
                if let Some(st) = &t.interp.strip {
                    let ch = st.changes();
                    shapes.steps =
                        st.z.iter()
                            .enumerate()
                            .map(|(k, z)| (*z, ch.contains(&k)))
                            .collect();
                }
            }
            _ => {}
        }
        if !resized
            && self
                .overlay_of
                .as_ref()
                .is_some_and(|(sh, b)| *sh == shapes && *b == g.bounds)
        {
            return;
        }
        pv::draw_shapes(&c, &g, &shapes);
        self.overlay_of = Some((shapes, g.bounds));
    }
}

/// The hands-on view's name, for the buttons' titles.
pub fn tool_label(t: Tool) -> &'static str {
    label(t)
}
