//! The page's elements, looked up once at start-up (their ids are [`super::ids`]). Required
//! elements missing from the page are an error naming the id; optional ones (a page that
//! embeds less of the app) are `None`.

use super::ids;
use latent_web_kit::{ctx2d, PrecisePointer};
use wasm_bindgen::JsCast;
use web_sys::{
    CanvasRenderingContext2d, Document, Element, HtmlCanvasElement, HtmlElement, HtmlInputElement,
    HtmlSelectElement,
};

/// `(u, v)` of a pointer or mouse event over the map: fractions of the map box's content
/// (inside its border), which the zoomed map canvas fills.
///
/// `area` is the overlay canvas ([`ids::OVERLAY`]): it fills exactly that content box and is
/// never transformed itself (the map canvas is magnified by a CSS transform when zoomed, so
/// its own rectangle is not the visible one). Both the pointer and the rectangle are read in
/// the same coordinate space — on-screen CSS pixels, fractional — by
/// [`latent_web_kit::rect_uv`], so the fractions stay right when a host scales the page
/// (`transform: scale`, `zoom`, a slide deck's iframe), at any device pixel ratio and browser
/// zoom. The marker is drawn on the same overlay at the same fractions
/// ([`crate::ui::paint::marker`]), so the inverse mapping is the same one.
pub fn map_uv(e: &web_sys::Event, area: &Element) -> Option<(f32, f32)> {
    let (x, y) = if let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() {
        let p = p.unchecked_ref::<PrecisePointer>();
        (p.client_x_f64(), p.client_y_f64())
    } else {
        let m = e.dyn_ref::<web_sys::MouseEvent>()?;
        let m = m.unchecked_ref::<PrecisePointer>();
        (m.client_x_f64(), m.client_y_f64())
    };
    let b = area.get_bounding_client_rect();
    latent_web_kit::rect_uv(x, y, [b.left(), b.top(), b.width(), b.height()])
}

/// The page's elements, looked up once.
pub struct Dom {
    /// The document.
    pub doc: Document,
    /// `<body>` (its `data-*` attributes tell styles and tests the page's state).
    pub body: HtmlElement,
    /// See [`ids::MAP`].
    pub map: HtmlCanvasElement,
    /// See [`ids::OVERLAY`].
    pub overlay: HtmlCanvasElement,
    /// Its 2-D context.
    pub overlay_ctx: CanvasRenderingContext2d,
    /// See [`ids::POINTS`], with its context.
    pub points: Option<(HtmlCanvasElement, CanvasRenderingContext2d)>,
    /// See [`ids::DECODED`].
    pub decoded: HtmlCanvasElement,
    /// Its 2-D context.
    pub decoded_ctx: CanvasRenderingContext2d,
    /// See [`ids::DATASET_SELECT`].
    pub dataset_select: Option<HtmlSelectElement>,
    /// The language menu.
    pub lang_select: Option<HtmlSelectElement>,
    /// See [`ids::MODEL_SELECT`].
    pub model_select: Option<HtmlSelectElement>,
    /// See [`ids::EVO_SLIDER`].
    pub evo_slider: Option<HtmlInputElement>,
    /// See [`ids::EVO_POINTS`].
    pub evo_points: Option<HtmlInputElement>,
}

impl latent_web_kit::Lookup for Dom {
    fn el(&self, i: &str) -> Option<Element> {
        self.doc.get_element_by_id(i)
    }
}

impl Dom {
    /// Looks up every element.
    ///
    /// # Errors
    /// `The page is missing its #<id> element.` (or has it with the wrong type).
    pub fn find() -> Result<Dom, String> {
        let doc = web_sys::window()
            .and_then(|w| w.document())
            .ok_or("No document.")?;
        let body = doc.body().ok_or("The page has no <body>.")?;
        let need = |i: &str| -> Result<Element, String> {
            doc.get_element_by_id(i)
                .ok_or_else(|| format!("The page is missing its #{i} element."))
        };
        let canvas = |i: &str| -> Result<HtmlCanvasElement, String> {
            need(i)?
                .dyn_into()
                .map_err(|_| format!("The page's #{i} element is not a <canvas>."))
        };
        let map = canvas(ids::MAP)?;
        let overlay = canvas(ids::OVERLAY)?;
        let decoded = canvas(ids::DECODED)?;
        for i in [
            ids::Z_READOUT,
            ids::MAP_CLASS,
            ids::MAP_CONFIDENCE,
            ids::LEGEND,
        ] {
            need(i)?;
        }
        let points = match doc.get_element_by_id(ids::POINTS) {
            Some(_) => {
                let c = canvas(ids::POINTS)?;
                let ctx = ctx2d(&c)?;
                Some((c, ctx))
            }
            None => None,
        };
        let opt = |i: &str| doc.get_element_by_id(i).and_then(|e| e.dyn_into().ok());
        let input = |i: &str| doc.get_element_by_id(i).and_then(|e| e.dyn_into().ok());
        Ok(Dom {
            overlay_ctx: ctx2d(&overlay)?,
            decoded_ctx: ctx2d(&decoded)?,
            dataset_select: opt(ids::DATASET_SELECT),
            lang_select: opt(ids::LANG_SELECT),
            model_select: opt(ids::MODEL_SELECT),
            evo_slider: input(ids::EVO_SLIDER),
            evo_points: input(ids::EVO_POINTS),
            points,
            map,
            overlay,
            decoded,
            body,
            doc,
        })
    }

    /// Element `i`, if the page has it.
    pub fn el(&self, i: &str) -> Option<Element> {
        self.doc.get_element_by_id(i)
    }

    /// Sets `<body data-key>` to `v` (removes it for `None`), writing only on a change.
    pub fn body_data(&self, key: &str, v: Option<&str>) {
        let ds = self.body.dataset();
        match v {
            Some(v) if ds.get(key).as_deref() != Some(v) => {
                let _ = ds.set(key, v);
            }
            None if ds.get(key).is_some() => ds.delete(key),
            _ => {}
        }
    }
}
