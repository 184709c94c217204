//! The hands-on views' part of the renderer (called from one line of
//! [`Renderer::render`](crate::ui::render::Renderer::render)): the buttons, panels and
//! lines all views share, the overlay over the map (μ with its σ ellipses, the
//! interpolation's segment), and each view's own renderer.

use super::Tool;
use crate::model::state::State;
use crate::ui::dom::Dom;
use crate::ui::ids;
use latent_web_kit::{attr, hidden, message};
use wasm_bindgen::JsCast;
#[cfg(feature = "tools")]
use {
    super::classify::render::ClassifyRenderer,
    super::encode::render::EncodeRenderer,
    super::interp::render::InterpRenderer,
    super::tiles::render::TilesRenderer,
    crate::ui::paint::layer,
    latent_core::latent_map::{Bounds, Meshgrid},
    latent_web_kit::{ctx2d, fit_canvas},
    web_sys::HtmlCanvasElement,
};

/// Each view's button.
const BUTTONS: [(&str, Tool); 4] = [
    (ids::TOOL_ENCODE, Tool::Encode),
    (ids::TOOL_INTERP, Tool::Interp),
    (ids::TOOL_CLASSIFY, Tool::Classify),
    (ids::TOOL_TILES, Tool::Tiles),
];

/// "Try again" hides itself once its retry is under way: the focus it has goes to the open
/// view's button (which keeps it while the view loads), not to `<body>`.
fn focus_from_retry(dom: &Dom, open: Option<Tool>) {
    if dom.doc.active_element().map(|e| e.id()).as_deref() != Some(ids::TOOLS_RETRY) {
        return;
    }
    let button = BUTTONS.iter().find(|(_, t)| Some(*t) == open);
    if let Some(b) = button.and_then(|(i, _)| dom.el(i)) {
        if let Ok(b) = b.dyn_into::<web_sys::HtmlElement>() {
            let _ = b.focus();
        }
    }
}

/// What the hands-on renderer drew last (nothing of its own without the feature `tools`: the
/// first view's wasm draws the buttons and lines only).
#[derive(Default)]
pub(crate) struct ToolsRenderer {
    #[cfg(feature = "tools")]
    encode: EncodeRenderer,
    #[cfg(feature = "tools")]
    interp: InterpRenderer,
    #[cfg(feature = "tools")]
    classify: ClassifyRenderer,
    #[cfg(feature = "tools")]
    tiles: TilesRenderer,
    /// What the overlay shows, and over which window.
    #[cfg(feature = "tools")]
    overlay_of: Option<(Shapes, Bounds)>,
}

impl ToolsRenderer {
    /// Draws the hands-on views of `s`.
    ///
    /// # Errors
    /// A sentence when the browser refuses a drawing call.
    pub(crate) fn render(&mut self, dom: &Dom, s: &State) -> Result<(), String> {
        let t = &s.tools;
        let ready = s.model.is_some();
        hidden(dom, ids::HANDS_ON, !ready);
        if !ready {
            return Ok(());
        }
        for (i, tool) in BUTTONS {
            if let Some(b) = dom.el(i) {
                attr(
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
        hidden(dom, ids::ENCODE_PANEL, t.open != Some(Tool::Encode));
        hidden(dom, ids::INTERP_PANEL, t.open != Some(Tool::Interp));
        hidden(dom, ids::CLASSIFY_PANEL, t.open != Some(Tool::Classify));
        hidden(dom, ids::TILES_PANEL, t.open != Some(Tool::Tiles));
        if let Some(sec) = dom.el(ids::HANDS_ON) {
            attr(&sec, "data-view", t.open.map(|t| t.name()));
        }
        let place = s.place();
        let loading = s.tr_opt(t.loading_line(&place).as_ref());
        message(dom, ids::TOOLS_STATUS, loading.as_deref());
        let fail = t.failure(&place);
        let error = s.tr_opt(fail.map(|f| &f.text).or(t.unavailable(&place).as_ref()));
        message(dom, ids::TOOLS_ERROR, error.as_deref());
        if fail.is_none() {
            focus_from_retry(dom, t.open);
        }
        hidden(dom, ids::TOOLS_RETRY, fail.is_none());
        message(
            dom,
            ids::SHARE_STATUS,
            s.tr_opt(t.share_note.as_ref()).as_deref(),
        );
        // While the build with the views loads, the interpolation view's first line is the
        // one that build writes (a view opened by its button has no ends yet), so that the
        // view does not move when that build takes over.
        #[cfg(not(feature = "tools"))]
        if t.open == Some(Tool::Interp) {
            latent_web_kit::text(
                dom,
                ids::INTERP_ENDS,
                &s.tr(&latent_i18n::t!("interp-ends-none")),
            );
        }
        #[cfg(feature = "tools")]
        {
            self.encode.render(dom, s)?;
            self.interp.render(dom, s)?;
            self.classify.render(dom, s)?;
            self.tiles.render(dom, s)?;
            self.overlay(dom, s);
        }
        Ok(())
    }

    /// μ with its 1σ and 2σ ellipses, or the interpolation segment, over the map.
    #[cfg(feature = "tools")]
    fn overlay(&mut self, dom: &Dom, s: &State) {
        let Ok(c) = layer(dom, ids::TOOLS_OVERLAY, false) else {
            return;
        };
        let Some(g) = s.window() else { return };
        let resized = fit_canvas(&c).2;
        let t = &s.tools;
        let mut shapes = Shapes::default();
        match t.open {
            Some(Tool::Encode) => {
                if let Some(r) = &t.encode.result {
                    shapes.mu = Some((r.posterior.mu, r.posterior.sigma()));
                    shapes.rings = r.near.as_ref().map_or(Vec::new(), |n| n.rings.clone());
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
        draw_shapes(&c, &g, &shapes);
        self.overlay_of = Some((shapes, g.bounds));
    }
}

/// What the overlay shows.
#[cfg(feature = "tools")]
#[derive(Debug, Default, PartialEq)]
pub(crate) struct Shapes {
    /// μ and σ of an encoded image.
    pub mu: Option<([f32; 2], Option<[f32; 2]>)>,
    /// Interpolation start.
    pub a: Option<[f32; 2]>,
    /// Interpolation end.
    pub b: Option<[f32; 2]>,
    /// The strip's points, `true` where the class changes.
    pub steps: Vec<([f32; 2], bool)>,
    /// The encoded image's nearest test codes and their true classes (ringed).
    pub rings: Vec<([f32; 2], u8)>,
}

/// Draws `shapes` on the overlay `c` for the map over `g`.
#[cfg(feature = "tools")]
fn draw_shapes(c: &HtmlCanvasElement, g: &Meshgrid, shapes: &Shapes) {
    let Ok(ctx) = ctx2d(c) else { return };
    ctx.clear_rect(0.0, 0.0, c.width() as f64, c.height() as f64);
    draw_shapes_on(c, &ctx, g, shapes);
}

/// Draws `shapes` over what canvas `c` holds (the compared map's overlay draws its cursor
/// marker first), for the map over `g`.
#[cfg(feature = "tools")]
pub(crate) fn draw_shapes_on(
    c: &HtmlCanvasElement,
    ctx: &web_sys::CanvasRenderingContext2d,
    g: &Meshgrid,
    shapes: &Shapes,
) {
    let (w, h) = (c.width() as f64, c.height() as f64);
    let d = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio().max(1.0));
    let xy = |z: [f32; 2]| {
        let [u, v] = g.uv_of(z);
        (u as f64 * w, v as f64 * h)
    };
    let size = g.bounds.size();
    // the nearest test codes: a ring in the code's true class colour, outlined to show on
    // any colour of the map
    for (z, class) in &shapes.rings {
        let (x, y) = xy(*z);
        let r = 6.0 * d;
        ctx.begin_path();
        let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
        ctx.set_line_width(5.0 * d);
        ctx.set_stroke_style_str("#111");
        ctx.stroke();
        ctx.set_line_width(2.5 * d);
        ctx.set_stroke_style_str(&latent_core::palette::class_hex(*class));
        ctx.stroke();
    }
    let twice = |f: &dyn Fn()| latent_web_kit::halo_stroke(ctx, d, f);
    if let Some((mu, sigma)) = shapes.mu {
        let (x, y) = xy(mu);
        if let Some(sg) = sigma {
            for k in [1.0, 2.0] {
                let rx = k * sg[0] as f64 / size[0] as f64 * w;
                let ry = k * sg[1] as f64 / size[1] as f64 * h;
                twice(&|| {
                    ctx.begin_path();
                    let _ = ctx.ellipse(
                        x,
                        y,
                        rx.max(0.5),
                        ry.max(0.5),
                        0.0,
                        0.0,
                        std::f64::consts::TAU,
                    );
                    if k == 2.0 {
                        ctx.set_line_dash(&js_sys::Array::of2(
                            &(6.0 * d).into(),
                            &(4.0 * d).into(),
                        ))
                        .ok();
                    }
                    ctx.stroke();
                    let _ = ctx.set_line_dash(&js_sys::Array::new());
                });
            }
        }
        // μ: a diamond
        latent_web_kit::diamond(ctx, d, (x, y), 8.0 * d);
    }
    if let (Some(a), Some(b)) = (shapes.a, shapes.b) {
        let (pa, pb) = (xy(a), xy(b));
        twice(&|| {
            ctx.begin_path();
            ctx.move_to(pa.0, pa.1);
            ctx.line_to(pb.0, pb.1);
            ctx.stroke();
        });
        for (z, change) in &shapes.steps {
            let (x, y) = xy(*z);
            ctx.begin_path();
            let r = if *change { 6.0 } else { 3.5 } * d;
            let _ = ctx.arc(x, y, r, 0.0, std::f64::consts::TAU);
            ctx.set_fill_style_str(if *change { "#fff" } else { "#111" });
            ctx.fill();
            ctx.set_stroke_style_str("#111");
            ctx.set_line_width(2.0 * d);
            ctx.stroke();
        }
    }
    ctx.set_font(&format!(
        "700 {}px system-ui, sans-serif",
        (14.0 * d).round()
    ));
    for (z, name) in [(shapes.a, "A"), (shapes.b, "B")] {
        let Some(z) = z else { continue };
        let (x, y) = xy(z);
        ctx.set_fill_style_str("#fff");
        ctx.fill_rect(x + 6.0 * d, y - 20.0 * d, 16.0 * d, 18.0 * d);
        ctx.set_fill_style_str("#111");
        let _ = ctx.fill_text(name, x + 9.0 * d, y - 6.0 * d);
    }
}
