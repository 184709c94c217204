//! The QR code of the view: drawn in a corner in present mode (or with `qr=1`) and into the
//! saved PNG. Its encoder is its own wasm module (`latent-qr`, loaded on demand by
//! `runtime::effects` through `window.__latentQr`); the loaded module's `modules` function is
//! kept here for the renderer and the PNG.

use super::dom::Dom;
use super::ids;
use crate::model::state::{QrModule, State};
use js_sys::{Function, Uint8Array};
use latent_web_kit::{attr, ctx2d, hidden};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

thread_local! {
    /// `latent-qr`'s `modules(text) -> Uint8Array`, once its module has loaded.
    static MODULES: RefCell<Option<Function>> = const { RefCell::new(None) };
}

/// Keeps the loaded module's `modules` function.
pub(crate) fn set_module(f: Function) {
    MODULES.with(|m| *m.borrow_mut() = Some(f));
}

/// Whether the module has loaded.
pub(crate) fn loaded() -> bool {
    MODULES.with(|m| m.borrow().is_some())
}

/// The QR code of `text`: its side in modules and the modules row by row (1 dark), or `None`
/// before the module loaded or when `text` is too long for a QR code.
pub(crate) fn modules(text: &str) -> Option<(usize, Vec<u8>)> {
    let f = MODULES.with(|m| m.borrow().clone())?;
    let out = f.call1(&JsValue::NULL, &JsValue::from_str(text)).ok()?;
    let bytes = out.dyn_into::<Uint8Array>().ok()?.to_vec();
    let side = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    (bytes.len() == 4 + side * side).then(|| (side, bytes[4..].to_vec()))
}

/// Paints a QR code at `(x, y)`, `size` pixels square including the quiet zone of four modules
/// the standard asks for: dark modules black on white, whole pixels per module.
pub(crate) fn paint(
    ctx: &CanvasRenderingContext2d,
    code: &(usize, Vec<u8>),
    x: f64,
    y: f64,
    size: f64,
) {
    let (side, m) = code;
    let cells = (side + 8) as f64;
    let px = (size / cells).floor().max(1.0);
    let total = px * cells;
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(x, y, total, total);
    ctx.set_fill_style_str("#000");
    for r in 0..*side {
        for c in 0..*side {
            if m[r * side + c] == 1 {
                ctx.fill_rect(x + (c + 4) as f64 * px, y + (r + 4) as f64 * px, px, px);
            }
        }
    }
}

/// The on-screen QR code: shown while [`State::qr_shown`] and the module is ready, redrawn
/// when the address changes. `drawn` is the address last drawn (kept by the renderer).
pub(crate) fn render(dom: &Dom, s: &State, drawn: &mut Option<String>) {
    // (the address is serialised only while the code is shown: this runs on every frame)
    let link = (s.qr_shown() && s.qr_module == QrModule::Ready)
        .then(|| s.link())
        .flatten();
    hidden(dom, ids::QR_BOX, link.is_none());
    let Some(link) = link else {
        *drawn = None;
        return;
    };
    if drawn.as_deref() == Some(link.as_str()) {
        return;
    }
    let Some(canvas) = dom
        .el(ids::QR)
        .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
    else {
        return;
    };
    let Some(code) = modules(&link) else { return };
    // whole device pixels per module: the canvas is sized in modules × 4, scaled by the style
    let size = ((code.0 + 8) * 4) as u32;
    canvas.set_width(size);
    canvas.set_height(size);
    if let Ok(ctx) = ctx2d(&canvas) {
        paint(&ctx, &code, 0.0, 0.0, size as f64);
    }
    attr(&canvas, "data-link", Some(&link));
    *drawn = Some(link);
}
