//! What the encode view draws: the pad with its strokes, the 28 × 28 input and its
//! reconstruction, μ, σ, the label and the map class at μ (and `data-*` attributes for tests).

use super::state::Input;
use crate::model::state::State;
use crate::model::text::{class_label, percent, z_readout};
use crate::tools::Tool;
use crate::ui::dom::Dom;
use crate::ui::ids;
use latent_core::draw::{Stroke, PEN_RADIUS};
use latent_i18n::{num, t};
use latent_web_kit::{attr, canvas, ctx2d, fit_canvas, image, text};

/// What the encode view drew last.
#[derive(Default)]
pub(crate) struct EncodeRenderer {
    pad_version: Option<u64>,
    encoded: Option<u64>,
}

impl EncodeRenderer {
    /// Draws the encode view of `s`: the pad, the input, its reconstruction and readouts.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call.
    pub(crate) fn render(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        let e = &s.tools.encode;
        if s.tools.open != Some(Tool::Encode) {
            return Ok(());
        }
        if self.pad_version != Some(e.strokes_version) || pad_resized(dom) {
            self.pad_version = Some(e.strokes_version);
            let strokes = match e.input {
                Some((Input::Test { .. }, _)) => &[][..],
                _ => &e.strokes[..],
            };
            pad(dom, strokes);
            if let Some(b) = dom.el(ids::PAD_UNDO) {
                attr(&b, "disabled", strokes.is_empty().then_some(""));
            }
        }
        let key = e.version;
        if self.encoded == Some(key) {
            return Ok(());
        }
        self.encoded = Some(key);
        let names = s.class_names();
        image(
            dom,
            ids::ENC_INPUT,
            e.input.as_ref().map(|(_, p)| p.as_slice()),
        )?;
        image(
            dom,
            ids::ENC_RECON,
            e.result.as_ref().map(|r| r.recon.as_slice()),
        )?;
        let (z, sigma, map_class) = match &e.result {
            Some(r) => {
                let mu = r.posterior.mu;
                (
                    z_readout(mu),
                    r.posterior.sigma().map_or(t!("enc-sigma-none"), |sg| {
                        t!("enc-sigma", s1 = num(sg[0], 3), s2 = num(sg[1], 3))
                    }),
                    s.map()
                        .and_then(|m| m.at(mu))
                        .map_or(t!("enc-off-map"), |(c, p)| {
                            t!(
                                "enc-map-class",
                                class = class_label(names, c),
                                confidence = percent(p)
                            )
                        }),
                )
            }
            None if e.input.is_some() => (t!("enc-encoding"), t!("ellipsis"), t!("ellipsis")),
            None => (t!("dash"), t!("dash"), t!("dash")),
        };
        text(dom, ids::ENC_Z, &s.tr(&z));
        text(dom, ids::ENC_SIGMA, &s.tr(&sigma));
        text(dom, ids::ENC_MAP_CLASS, &s.tr(&map_class));
        let near = e.result.as_ref().and_then(|r| r.near.as_ref());
        let neighbours = match (&e.result, near) {
            (_, Some(n)) => t!(
                "enc-neighbours",
                same = n.same,
                k = n.indices.len(),
                class = class_label(names, n.class)
            ),
            (Some(r), None) => match e.codes_progress(&r.encoder) {
                Some((done, count)) => t!("enc-neighbours-wait", done = done, count = count),
                None => t!("enc-neighbours-none"),
            },
            (None, None) => t!("dash"),
        };
        text(dom, ids::ENC_NEIGHBOURS, &s.tr(&neighbours));
        let truth = match e.input {
            Some((Input::Test { index, label }, _)) => t!(
                "enc-truth-test",
                label = class_label(names, label),
                index = index.to_string()
            ),
            Some((Input::Drawing, _)) => t!("enc-truth-drawing"),
            None => t!("dash"),
        };
        let truth = s.tr(&truth);
        text(dom, ids::ENC_LABEL, &truth);
        if let Some(p) = dom.el(ids::ENCODE_PANEL) {
            let mu = e.result.as_ref().map(|r| r.posterior.mu);
            attr(
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
            attr(&p, "data-input", input.as_deref());
            let idx = match e.input {
                Some((Input::Test { index, .. }, _)) => Some(index.to_string()),
                _ => None,
            };
            attr(&p, "data-test-index", idx.as_deref());
            attr(
                &p,
                "data-neighbours",
                near.map(|n| join(&n.indices)).as_deref(),
            );
        }
        Ok(())
    }
}

/// Indices as `3,14,15` (the `data-neighbours` attributes the tests read).
pub(crate) fn join(indices: &[usize]) -> String {
    indices
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Whether the pad's device-pixel size changed (it is then refitted and must be redrawn).
fn pad_resized(dom: &Dom) -> bool {
    canvas(dom, ids::DRAW_PAD).is_some_and(|c| fit_canvas(&c).2)
}

/// The strokes on the pad, with the pen's width ([`PEN_RADIUS`]) as the preprocessing uses.
fn pad(dom: &Dom, strokes: &[Stroke]) {
    let Some(c) = canvas(dom, ids::DRAW_PAD) else {
        return;
    };
    let (w, h, _) = fit_canvas(&c);
    let Ok(ctx) = ctx2d(&c) else { return };
    ctx.set_fill_style_str("#000");
    ctx.fill_rect(0.0, 0.0, w as f64, h as f64);
    ctx.set_stroke_style_str("#fff");
    ctx.set_fill_style_str("#fff");
    ctx.set_line_cap("round");
    ctx.set_line_join("round");
    ctx.set_line_width(2.0 * PEN_RADIUS as f64 * w as f64);
    for s in strokes {
        let Some(first) = s.first() else { continue };
        ctx.begin_path();
        ctx.move_to(first[0] as f64 * w as f64, first[1] as f64 * h as f64);
        if s.len() == 1 {
            let _ = ctx.arc(
                first[0] as f64 * w as f64,
                first[1] as f64 * h as f64,
                PEN_RADIUS as f64 * w as f64,
                0.0,
                std::f64::consts::TAU,
            );
            ctx.fill();
            continue;
        }
        for p in &s[1..] {
            ctx.line_to(p[0] as f64 * w as f64, p[1] as f64 * h as f64);
        }
        ctx.stroke();
    }
}
