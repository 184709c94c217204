//! The share buttons' effects in the browser: the link on the clipboard, the PNG composed
//! from the page's canvases and legend and offered as a download.

use crate::ui::dom::Dom;
use crate::ui::ids;
use latent_i18n::{t, Text};
use latent_web_kit::{ctx2d, download_href};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlCanvasElement;

/// The page's address with `query` (origin and path kept): the link "Copy link" copies.
pub fn link(query: &str) -> Option<String> {
    let loc = web_sys::window()?.location();
    Some(format!(
        "{}{}{}{query}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default(),
        if query.is_empty() { "" } else { "?" }
    ))
}

/// Puts `link` on the clipboard; the sentence for the share line (with `note` after it).
pub async fn copy_link(link: String, note: Option<Text>) -> Text {
    let ok = copy_text(&link).await;
    let text = if ok {
        t!("share-link-copied", link = link)
    } else {
        t!("share-link-not-copied", link = link)
    };
    match note {
        Some(n) => t!("share-with-note", text = text, note = n),
        None => text,
    }
}

/// Whether the page runs inside a frame (an embed), where the host's sandbox may block
/// downloads without telling the page.
pub fn in_frame() -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    match w.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &w),
        _ => true,
    }
}

async fn copy_text(text: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).ok();
    let Some(nav) = get(&w, "navigator") else {
        return false;
    };
    let Some(cb) = get(&nav, "clipboard").filter(|c| !c.is_undefined()) else {
        return false;
    };
    let Some(f) = get(&cb, "writeText").and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else {
        return false;
    };
    let Ok(p) = f.call1(&cb, &JsValue::from_str(text)) else {
        return false;
    };
    match p.dyn_into::<js_sys::Promise>() {
        Ok(p) => JsFuture::from(p).await.is_ok(),
        Err(_) => false,
    }
}

/// Composes the map (with its layers and marker), the decoded image, the legend, the
/// model's name and z into one PNG and downloads it.
pub fn save_png(
    dom: &Dom,
    file: &str,
    title: &str,
    caption: &str,
    crop: ([f32; 2], f32),
    qr: Option<(usize, Vec<u8>)>,
) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let (mw, mh) = (
        512.0,
        512.0 * dom.map.height() as f64 / dom.map.width().max(1) as f64,
    );
    let side = 220.0;
    let (w, h) = (mw + side + 30.0, (mh + 24.0).max(650.0) + 50.0);
    let c: HtmlCanvasElement = dom
        .doc
        .create_element("canvas")
        .map_err(err)?
        .unchecked_into();
    c.set_width(w as u32);
    c.set_height(h as u32);
    let ctx = ctx2d(&c)?;
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, w, h);
    ctx.set_fill_style_str("#111");
    ctx.set_font("600 16px system-ui, sans-serif");
    ctx.fill_text(title, 10.0, 24.0).map_err(err)?;
    ctx.set_image_smoothing_enabled(false);
    let (x0, y0) = (10.0, 40.0);
    // the part of the class map on screen (all of it unless zoomed)
    let ([u0, v0], s) = crop;
    let (cw, ch) = (dom.map.width() as f64, dom.map.height() as f64);
    ctx.draw_image_with_html_canvas_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
        &dom.map,
        u0 as f64 * cw,
        v0 as f64 * ch,
        s as f64 * cw,
        s as f64 * ch,
        x0,
        y0,
        mw,
        mh,
    )
    .map_err(err)?;
    ctx.set_image_smoothing_enabled(true);
    for i in [
        ids::TILES_LAYER,
        ids::POINTS,
        ids::TOOLS_OVERLAY,
        ids::OVERLAY,
    ] {
        if let Some(l) = dom
            .el(i)
            .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        {
            if !l.hidden() && l.width() > 0 {
                if i == ids::TILES_LAYER {
                    ctx.set_image_smoothing_enabled(false);
                }
                ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&l, x0, y0, mw, mh)
                    .map_err(err)?;
                ctx.set_image_smoothing_enabled(true);
            }
        }
    }
    ctx.set_fill_style_str("#111");
    ctx.set_font("13px system-ui, sans-serif");
    ctx.fill_text(caption, x0, y0 + mh + 18.0).map_err(err)?;
    let sx = x0 + mw + 20.0;
    ctx.set_image_smoothing_enabled(false);
    ctx.draw_image_with_html_canvas_element_and_dw_and_dh(&dom.decoded, sx, y0, 168.0, 168.0)
        .map_err(err)?;
    ctx.set_font("14px system-ui, sans-serif");
    let mut y = y0 + 195.0;
    if let Some(legend) = dom.el(ids::LEGEND) {
        let mut next = legend.first_element_child();
        while let Some(li) = next {
            next = li.next_element_sibling();
            let class: u8 = li
                .get_attribute("data-class")
                .and_then(|c| c.parse().ok())
                .unwrap_or(0);
            let name = li
                .query_selector(".name")
                .ok()
                .flatten()
                .and_then(|n| n.text_content())
                .unwrap_or_default();
            ctx.set_fill_style_str(&latent_core::palette::class_hex(class));
            ctx.fill_rect(sx, y - 11.0, 14.0, 14.0);
            ctx.set_fill_style_str("#111");
            ctx.fill_text(&name, sx + 20.0, y).map_err(err)?;
            y += 20.0;
        }
    }
    // the QR code of the view, under the legend: a phone opens the same view
    if let Some(code) = &qr {
        crate::ui::qr::paint(&ctx, code, sx, (y + 10.0).max(y0 + 400.0), side - 20.0);
    }
    let url = c.to_data_url_with_type("image/png").map_err(err)?;
    download_href(&url, file)
}
