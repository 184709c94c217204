//! The hands-on views at the page's edge: their listeners (`gloo-events` handles kept by the
//! runtime, removed on drop) and their effects (clipboard, PNG download).

use crate::app::{dispatch, on, Runtime};
use crate::dom::{ctx2d, id, uv, Dom};
use crate::msg::Msg;
use crate::views::{Tool, ViewEffect, ViewMsg};
use gloo_events::EventListener;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlCanvasElement, HtmlElement, PointerEvent};

type ViewFn = fn() -> ViewMsg;

/// The views' listeners.
pub fn listen(weak: &Weak<RefCell<Runtime>>, dom: &Dom) -> Vec<EventListener> {
    let mut ls = Vec::new();
    let view = |m: ViewMsg| Some(Msg::View(m));
    if let Some(pad) = dom.el(id::DRAW_PAD) {
        // one pointer draws: a second finger or a resting palm is ignored until it lifts
        let pen: Rc<Cell<Option<i32>>> = Rc::new(Cell::new(None));
        for ev in ["pointerdown", "pointermove", "pointerup", "pointercancel"] {
            let (p, pen) = (pad.clone(), pen.clone());
            ls.push(on(weak, &pad, ev, true, move |e| {
                let e = e.dyn_ref::<PointerEvent>()?;
                e.prevent_default();
                let id = e.pointer_id();
                match e.type_().as_str() {
                    "pointerdown" => {
                        if pen.get().is_some() {
                            return None;
                        }
                        pen.set(Some(id));
                        let _ = p.set_pointer_capture(id);
                        let (u, v) = uv(e, &p)?;
                        view(ViewMsg::PenDown(u, v))
                    }
                    "pointermove" => {
                        if e.buttons() == 0 || pen.get() != Some(id) {
                            return None;
                        }
                        let (u, v) = uv(e, &p)?;
                        view(ViewMsg::PenMove(u, v))
                    }
                    _ => {
                        if pen.get() != Some(id) {
                            return None;
                        }
                        pen.set(None);
                        view(ViewMsg::PenUp)
                    }
                }
            }));
        }
    }
    let map = dom.map.clone();
    let mbox = dom.el(id::MAP_BOX);
    ls.push(on(weak, &map, "click", false, move |e| {
        let (u, v) = crate::dom::map_uv(e, mbox.as_ref()?)?;
        view(ViewMsg::MapClick(u, v))
    }));
    let clicks: [(&str, ViewFn); 14] = [
        (id::TOOL_ENCODE, || ViewMsg::Toggle(Tool::Encode)),
        (id::TOOL_INTERP, || ViewMsg::Toggle(Tool::Interp)),
        (id::TOOL_CLASSIFY, || ViewMsg::Toggle(Tool::Classify)),
        (id::TOOL_TILES, || ViewMsg::Toggle(Tool::Tiles)),
        (id::PAD_UNDO, || ViewMsg::Undo),
        (id::PAD_CLEAR, || ViewMsg::Clear),
        (id::PICK_TEST, || {
            ViewMsg::PickTest((js_sys::Math::random() * 4_294_967_295.0) as u32)
        }),
        (id::INTERP_SET_A, || ViewMsg::SetEnd(false)),
        (id::INTERP_SET_B, || ViewMsg::SetEnd(true)),
        (id::INTERP_ENC_A, || ViewMsg::EndFromEncoded(false)),
        (id::INTERP_ENC_B, || ViewMsg::EndFromEncoded(true)),
        (id::TOOLS_RETRY, || ViewMsg::Retry),
        (id::COPY_LINK, || ViewMsg::CopyLink),
        (id::SAVE_PNG, || ViewMsg::SavePng),
    ];
    for (i, msg) in clicks {
        if let Some(b) = dom.el(i) {
            ls.push(on(weak, &b, "click", false, move |_| {
                Some(Msg::View(msg()))
            }));
        }
    }
    ls
}

/// Runs a view effect.
pub fn run(rt: &Rc<RefCell<Runtime>>, effect: ViewEffect) {
    let weak = Rc::downgrade(rt);
    let send = move |text: String| {
        if let Some(rt) = weak.upgrade() {
            dispatch(&rt, Msg::View(ViewMsg::Shared(text)));
        }
    };
    match effect {
        ViewEffect::CopyLink { query, note } => {
            let Some(w) = web_sys::window() else { return };
            let loc = w.location();
            let link = format!(
                "{}{}{}{query}",
                loc.origin().unwrap_or_default(),
                loc.pathname().unwrap_or_default(),
                if query.is_empty() { "" } else { "?" }
            );
            wasm_bindgen_futures::spawn_local(async move {
                let ok = copy_text(&link).await;
                let text = if ok {
                    format!("Link copied: {link}")
                } else {
                    format!("Could not use the clipboard; the link is: {link}")
                };
                send(match note {
                    Some(n) => format!("{text} ({n})"),
                    None => text,
                });
            });
        }
        ViewEffect::SavePng {
            file,
            title,
            caption,
            crop,
        } => {
            let r = rt.borrow();
            let text = match save_png(r.dom(), &file, &title, &caption, crop) {
                Ok(()) => format!("Saved {file}."),
                Err(e) => format!("Could not save the PNG: {e}"),
            };
            drop(r);
            send(text);
        }
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
fn save_png(
    dom: &Dom,
    file: &str,
    title: &str,
    caption: &str,
    crop: ([f32; 2], f32),
) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let (mw, mh) = (
        512.0,
        512.0 * dom.map.height() as f64 / dom.map.width().max(1) as f64,
    );
    let side = 220.0;
    let (w, h) = (mw + side + 30.0, (mh + 24.0).max(460.0) + 50.0);
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
    for i in [id::TILES_LAYER, id::POINTS, id::TOOLS_OVERLAY, id::OVERLAY] {
        if let Some(l) = dom
            .el(i)
            .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
        {
            if !l.hidden() && l.width() > 0 {
                if i == id::TILES_LAYER {
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
    if let Some(legend) = dom.el(id::LEGEND) {
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
    let url = c.to_data_url_with_type("image/png").map_err(err)?;
    let a: HtmlElement = dom.doc.create_element("a").map_err(err)?.unchecked_into();
    a.set_attribute("href", &url).map_err(err)?;
    a.set_attribute("download", file).map_err(err)?;
    a.click();
    Ok(())
}
