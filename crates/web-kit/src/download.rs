//! Downloads the page offers the visitor: bytes made in the browser (a bundle, a PNG), saved
//! through a temporary `<a download>` link.

use crate::dom::js_msg;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;

/// Offers the file at `href` (an object or `data:` URL) as a download named `name`.
///
/// # Errors
/// The browser's message when it refuses an element or attribute.
pub fn download_href(href: &str, name: &str) -> Result<(), String> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlElement = doc.create_element("a").map_err(js_msg)?.unchecked_into();
    a.set_attribute("href", href).map_err(js_msg)?;
    a.set_attribute("download", name).map_err(js_msg)?;
    a.click();
    Ok(())
}

/// Offers `bytes` as a download named `name` with MIME type `mime`; returns the object URL
/// made for it, which the caller revokes ([`revoke_object_url`]) when the download no longer
/// needs it (e.g. at the next one).
///
/// # Errors
/// `could not save <name>: <the browser's message>`.
pub fn save_bytes(name: &str, bytes: &[u8], mime: &str) -> Result<String, String> {
    let err = |e: String| format!("could not save {name}: {e}");
    let parts = Array::of1(&Uint8Array::from(bytes));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|e| err(js_msg(e)))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| err(js_msg(e)))?;
    download_href(&url, name).map_err(err)?;
    Ok(url)
}

/// Releases an object URL made by [`save_bytes`].
pub fn revoke_object_url(url: &str) {
    let _ = web_sys::Url::revoke_object_url(url);
}
