//! DOM helpers: element lookup, attributes and text written only on a change, canvases in
//! device pixels, 28 × 28 images, pointer positions.

use wasm_bindgen::{Clamped, JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, Document, Element, HtmlCanvasElement, ImageData};

/// Side of an image, pixels.
pub const IMAGE_SIDE: usize = 28;

/// Finds elements by id: the page's `Dom` and a plain [`Document`].
pub trait Lookup {
    /// The element with id `i`, if the page has one.
    fn el(&self, i: &str) -> Option<Element>;
}

impl Lookup for Document {
    fn el(&self, i: &str) -> Option<Element> {
        self.get_element_by_id(i)
    }
}

/// The message of a JavaScript error (or the value's debug form).
pub fn js_msg(e: JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(err) => String::from(err.message()),
        None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    }
}

/// Sets attribute `name` to `v` (removes it for `None`), writing only on a change.
pub fn attr(e: &Element, name: &str, v: Option<&str>) {
    if e.get_attribute(name).as_deref() != v {
        let _ = match v {
            Some(v) => e.set_attribute(name, v),
            None => e.remove_attribute(name),
        };
    }
}

/// Hides or shows element `i`.
pub fn hidden(dom: &impl Lookup, i: &str, hide: bool) {
    if let Some(e) = dom.el(i) {
        attr(&e, "hidden", hide.then_some(""));
    }
}

/// Sets the text of element `i` (only on a change).
pub fn text(dom: &impl Lookup, i: &str, t: &str) {
    if let Some(e) = dom.el(i) {
        if e.text_content().as_deref() != Some(t) {
            e.set_text_content(Some(t));
        }
    }
}

/// Shows `t` in element `i`, or hides it for `None`.
pub fn message(dom: &impl Lookup, i: &str, t: Option<&str>) {
    text(dom, i, t.unwrap_or(""));
    hidden(dom, i, t.is_none());
}

/// Canvas `i`, if the page has one.
pub fn canvas(dom: &impl Lookup, i: &str) -> Option<HtmlCanvasElement> {
    dom.el(i).and_then(|e| e.dyn_into().ok())
}

/// A 2-D context of `c`.
///
/// # Errors
/// A sentence if the browser gives none.
pub fn ctx2d(c: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, String> {
    c.get_context("2d")
        .ok()
        .flatten()
        .ok_or("This browser gives no 2-D canvas context.")?
        .dyn_into()
        .map_err(|_| "Unexpected canvas context type.".into())
}

/// The page's clock (`performance.now()`), milliseconds; 0 without one.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The device pixel ratio (at least 1).
pub fn dpr() -> f64 {
    web_sys::window().map_or(1.0, |w| w.device_pixel_ratio().max(1.0))
}

/// Sizes a canvas to the device pixels of its box; returns its size and whether it changed
/// (which clears it).
pub fn fit_canvas(c: &HtmlCanvasElement) -> (u32, u32, bool) {
    let d = dpr();
    let (pw, ph) = (
        (c.client_width() as f64 * d).round() as u32,
        (c.client_height() as f64 * d).round() as u32,
    );
    let changed = c.width() != pw || c.height() != ph;
    if c.width() != pw {
        c.set_width(pw);
    }
    if c.height() != ph {
        c.set_height(ph);
    }
    (pw, ph, changed)
}

/// Writes `rgba` (`4 · w · h` bytes) to `c`, resized to `w × h`.
///
/// # Errors
/// The browser's message when it refuses the image.
pub fn put(c: &HtmlCanvasElement, rgba: &[u8], w: u32, h: u32) -> Result<(), String> {
    if c.width() != w {
        c.set_width(w);
    }
    if c.height() != h {
        c.set_height(h);
    }
    let img = ImageData::new_with_u8_clamped_array_and_sh(Clamped(rgba), w, h).map_err(js_msg)?;
    ctx2d(c)?.put_image_data(&img, 0.0, 0.0).map_err(js_msg)
}

/// Writes pixels (`[0, 1]`, row-major) into `rgba` as opaque grey, white ink on black as in
/// MNIST. `rgba` must hold `4 · pixels.len()` bytes; nothing is allocated.
pub fn grey_rgba(pixels: &[f32], rgba: &mut [u8]) {
    for (p, px) in pixels.iter().zip(rgba.chunks_exact_mut(4)) {
        let g = (p.clamp(0.0, 1.0) * 255.0).round() as u8;
        px.copy_from_slice(&[g, g, g, 255]);
    }
}

/// A 28 × 28 image (784 pixels in `[0, 1]`) on canvas `i` (black for `None`).
///
/// # Errors
/// The browser's message when it refuses the image.
pub fn image(dom: &impl Lookup, i: &str, px: Option<&[f32]>) -> Result<(), String> {
    let Some(c) = canvas(dom, i) else {
        return Ok(());
    };
    let mut rgba = vec![0u8; IMAGE_SIDE * IMAGE_SIDE * 4];
    match px {
        Some(px) => grey_rgba(px, &mut rgba),
        None => rgba.chunks_exact_mut(4).for_each(|p| p[3] = 255),
    }
    put(&c, &rgba, IMAGE_SIDE as u32, IMAGE_SIDE as u32)
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// A pointer event read with fractional coordinates (web-sys rounds them to integers).
    pub type PrecisePointer;
    /// `clientX`, CSS pixels.
    #[wasm_bindgen(method, getter, js_name = clientX)]
    pub fn client_x_f64(this: &PrecisePointer) -> f64;
    /// `clientY`, CSS pixels.
    #[wasm_bindgen(method, getter, js_name = clientY)]
    pub fn client_y_f64(this: &PrecisePointer) -> f64;
}

/// The whole-number value of the `<input>` (a range slider) an event came from.
pub fn input_index(e: &web_sys::Event) -> Option<usize> {
    e.target()?
        .dyn_ref::<web_sys::HtmlInputElement>()?
        .value()
        .parse()
        .ok()
}

/// `(u, v)` of a pointer event over element `el` (0..1 from its left and top edges), by
/// [`rect_uv`] against the element's on-screen rectangle.
pub fn uv(e: &web_sys::PointerEvent, el: &Element) -> Option<(f32, f32)> {
    let p = e.unchecked_ref::<PrecisePointer>();
    let b = el.get_bounding_client_rect();
    rect_uv(
        p.client_x_f64(),
        p.client_y_f64(),
        [b.left(), b.top(), b.width(), b.height()],
    )
}

/// The one pointer → element mapping: `(u, v)` of the point `(x, y)` in a rectangle
/// `[left, top, width, height]`, both in the same coordinate space (the viewport's CSS
/// pixels of `clientX`/`clientY` and `getBoundingClientRect`, fractional). Clamped to
/// `[0, 1]`; `None` for an empty rectangle. Reading an on-screen offset against an on-screen
/// size keeps it right under CSS transforms, `zoom` and scaled iframes, where layout sizes
/// (`clientWidth`, whole pixels) differ from the rectangle on screen.
pub fn rect_uv(x: f64, y: f64, rect: [f64; 4]) -> Option<(f32, f32)> {
    let [left, top, w, h] = rect;
    if !(w > 0.0 && h > 0.0) {
        return None;
    }
    let u = ((x - left) / w).clamp(0.0, 1.0);
    let v = ((y - top) / h).clamp(0.0, 1.0);
    Some((u as f32, v as f32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_maps_to_its_fraction_of_the_rectangle() {
        // a 512.4 px wide map scaled by 0.6 on screen, 10.5 px from the left
        let r = [10.5, 20.0, 512.4 * 0.6, 300.0];
        let (u, v) = rect_uv(10.5 + 0.25 * 512.4 * 0.6, 20.0 + 150.0, r).unwrap();
        assert!((u - 0.25).abs() < 1e-6 && (v - 0.5).abs() < 1e-6);
        // the last on-screen pixel of a fractional width reads within a pixel of 1
        let (u, _) = rect_uv(10.5 + 307.44 - 0.5, 20.0, r).unwrap();
        assert!(u > 1.0 - 1.0 / 307.0, "{u}");
        assert_eq!(rect_uv(0.0, 0.0, r), Some((0.0, 0.0)));
        assert_eq!(rect_uv(1e6, 1e6, r), Some((1.0, 1.0)));
        assert_eq!(rect_uv(5.0, 5.0, [0.0, 0.0, 0.0, 10.0]), None);
    }

    #[test]
    fn grey() {
        let mut px = [0u8; 8];
        grey_rgba(&[1.5, 0.5], &mut px);
        assert_eq!(px, [255, 255, 255, 255, 128, 128, 128, 255]);
    }
}
