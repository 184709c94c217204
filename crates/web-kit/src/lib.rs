//! DOM helpers shared by the page (`latent-web`) and the training view (`latent-train-view`,
//! a separate wasm module loaded when its panel opens): each module has its own renderer, and
//! both write the page through these functions, which touch the DOM only on a change.
//!
//! Images are 28 × 28 pixels in `[0, 1]` (white ink on black, as in MNIST); canvases are sized
//! in device pixels.

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

/// `(u, v)` of a pointer event over element `el` (0..1 from its left and top edges).
pub fn uv(e: &web_sys::PointerEvent, el: &Element) -> Option<(f32, f32)> {
    let p = e.unchecked_ref::<PrecisePointer>();
    let b = el.get_bounding_client_rect();
    if b.width() <= 0.0 || b.height() <= 0.0 {
        return None;
    }
    let u = ((p.client_x_f64() - b.left()) / b.width()).clamp(0.0, 1.0);
    let v = ((p.client_y_f64() - b.top()) / b.height()).clamp(0.0, 1.0);
    Some((u as f32, v as f32))
}

/// Longest quoted value in a message, characters.
pub const QUOTE_MAX: usize = 80;

/// `s` cut to [`QUOTE_MAX`] characters (with `…`), control characters replaced, for quoting
/// in a message.
pub fn quote(s: &str) -> String {
    let clean: String = s
        .chars()
        .map(|c| if c.is_control() { '�' } else { c })
        .collect();
    if clean.chars().count() <= QUOTE_MAX {
        clean
    } else {
        let mut out: String = clean.chars().take(QUOTE_MAX - 1).collect();
        out.push('…');
        out
    }
}

/// A byte count for people: `12 kB` (rounded up) under 1 MiB, `1.6 MB` above.
pub fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else {
        format!("{} kB", n.div_ceil(1000))
    }
}

/// The address keys of the training view's limits, for tests and demos, in the order of
/// [`train_limits`]: `train_steps=<n>` (train until `n` optimiser steps) and
/// `train_limit=<n>` (train on the subset's first `n` images). The page keeps them in the
/// address; the training view reads them.
pub const TRAIN_KEYS: [&str; 2] = ["train_steps", "train_limit"];

/// The value of a training limit: a whole number from 1 (`None`: not one).
pub fn train_limit_value(v: &str) -> Option<usize> {
    v.parse().ok().filter(|&n| n > 0)
}

/// The training limits in an address query (with or without its `?`), in the order of
/// [`TRAIN_KEYS`]; other keys and unreadable values are ignored.
pub fn train_limits(query: &str) -> [Option<usize>; 2] {
    let mut out = [None; 2];
    for pair in query.trim_start_matches('?').split('&') {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        if let Some(i) = TRAIN_KEYS.iter().position(|&key| key == k) {
            out[i] = train_limit_value(v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grey_and_bytes() {
        let mut px = [0u8; 8];
        grey_rgba(&[1.5, 0.5], &mut px);
        assert_eq!(px, [255, 255, 255, 255, 128, 128, 128, 255]);
        assert_eq!(human_bytes(1), "1 kB");
        assert_eq!(human_bytes(12_345), "13 kB");
        assert_eq!(human_bytes(1_624_938), "1.6 MB");
    }

    #[test]
    fn training_limits_are_whole_numbers_from_one() {
        assert_eq!(
            train_limits("?train_steps=40&x=1&train_limit=500"),
            [Some(40), Some(500)]
        );
        assert_eq!(train_limits("train_steps=0&train_limit=-3"), [None, None]);
        assert_eq!(train_limits("train_limit=2.5&train_steps"), [None, None]);
        assert_eq!(train_limit_value("7"), Some(7));
    }
}
