//! The map's pointer input at the page's edge: one pointer moves the cursor, two pointers
//! (a pinch) zoom and pan, the wheel zooms around the pointer, the zoom buttons zoom around
//! the cursor. Positions are fractions of the map box's content on screen ([`map_uv`]), so they mean the same at
//! every zoom. The gesture's bookkeeping (which pointers are down, where the fingers were) is
//! input decoding, kept here; what a gesture does to the view is
//! [`crate::model::zoom`], applied by `update`.

use crate::model::msg::{Msg, ZoomMsg};
use crate::model::zoom::STEP;
use crate::ui::dom::{map_uv, Dom};
use crate::ui::ids;
use gloo_events::EventListener;
use latent_web_kit::{App, Sender};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{PointerEvent, WheelEvent};

/// Pointers down on the map, by id, with their last position (client pixels).
#[derive(Default)]
struct Touches {
    down: Vec<(i32, f64, f64)>,
    /// The fingers' distance and midpoint at the previous two-finger move.
    last: Option<(f64, f64, f64)>,
}

impl Touches {
    fn set(&mut self, id: i32, x: f64, y: f64) {
        match self.down.iter_mut().find(|p| p.0 == id) {
            Some(p) => (p.1, p.2) = (x, y),
            None => self.down.push((id, x, y)),
        }
    }

    fn remove(&mut self, id: i32) {
        self.down.retain(|p| p.0 != id);
        self.last = None;
    }

    /// A two-finger move: the pinch step since the previous one.
    fn pinch(&mut self, b: &web_sys::DomRect) -> Option<ZoomMsg> {
        let [(_, x1, y1), (_, x2, y2)] = [self.down[0], self.down[1]];
        let d = ((x2 - x1).powi(2) + (y2 - y1).powi(2)).sqrt();
        let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0);
        let prev = self.last.replace((d, mx, my));
        let (d0, mx0, my0) = prev?;
        if d0 <= 0.0 || b.width() <= 0.0 || b.height() <= 0.0 {
            return None;
        }
        Some(ZoomMsg::Pinch {
            factor: (d / d0) as f32,
            at: (
                ((mx - b.left()) / b.width()).clamp(0.0, 1.0) as f32,
                ((my - b.top()) / b.height()).clamp(0.0, 1.0) as f32,
            ),
            pan: (
                ((mx - mx0) / b.width()) as f32,
                ((my - my0) / b.height()) as f32,
            ),
        })
    }
}

/// The wheel's zoom for one event: `2^(−Δy / 300 px)` (a notch of 100 px zooms by 0.79 or
/// 1.26); line and page deltas are taken as 16 px and 300 px per unit.
pub fn wheel_factor(delta_y: f64, mode: u32) -> f32 {
    let px = match mode {
        1 => delta_y * 16.0,
        2 => delta_y * 300.0,
        _ => delta_y,
    };
    2f64.powf(-px.clamp(-600.0, 600.0) / 300.0) as f32
}

/// Attaches the map's pointer, wheel and zoom-button listeners.
pub(crate) fn listen<A: App<Msg = Msg>>(to: &Sender<A>, dom: &Dom) -> Vec<EventListener> {
    let mut ls = Vec::new();
    let map = dom.map.clone();
    // the map's content box on screen (see `map_uv`)
    let mbox: web_sys::Element = dom.overlay.clone().into();
    let touches = Rc::new(RefCell::new(Touches::default()));
    for ev in ["pointerdown", "pointermove"] {
        let (m, b, t) = (map.clone(), mbox.clone(), touches.clone());
        ls.push(to.on(&map, ev, move |e| {
            let pe = e.dyn_ref::<PointerEvent>()?;
            let down = ev == "pointerdown";
            if down {
                let _ = m.set_pointer_capture(pe.pointer_id());
            }
            let mut t = t.borrow_mut();
            if down || pe.buttons() != 0 {
                let p = pe.unchecked_ref::<latent_web_kit::PrecisePointer>();
                t.set(pe.pointer_id(), p.client_x_f64(), p.client_y_f64());
            }
            match t.down.len() {
                0 | 1 => map_uv(e, &b).map(|(u, v)| Msg::Pointer(u, v)),
                2 if !down => {
                    let r = b.get_bounding_client_rect();
                    t.pinch(&r).map(Msg::Zoom)
                }
                _ => None,
            }
        }));
    }
    for ev in ["pointerup", "pointercancel"] {
        let t = touches.clone();
        ls.push(to.on(&map, ev, move |e| {
            let pe = e.dyn_ref::<PointerEvent>()?;
            t.borrow_mut().remove(pe.pointer_id());
            None
        }));
    }
    let b = mbox.clone();
    let (body, zoom_in) = (dom.body.clone(), dom.el(ids::ZOOM_IN));
    ls.push(to.on_cancelable(&map, "wheel", move |e| {
        let w = e.dyn_ref::<WheelEvent>()?;
        let dy = w.delta_y();
        // the page (or the slide deck around an embed) scrolls instead: at the whole map going
        // out, at the largest zoom going in, and in an embed unless Ctrl or ⌘ is held (a
        // trackpad pinch arrives as a wheel event with Ctrl)
        let whole = !body.has_attribute("data-zoomed");
        let deepest = zoom_in
            .as_ref()
            .is_some_and(|z| z.has_attribute("disabled"));
        let embed = body.dataset().get("embed").is_some();
        if dy == 0.0
            || (dy > 0.0 && whole)
            || (dy < 0.0 && deepest)
            || (embed && !w.ctrl_key() && !w.meta_key())
        {
            return None;
        }
        e.prevent_default();
        let at = map_uv(e, &b)?;
        Some(Msg::Zoom(ZoomMsg::By(
            wheel_factor(w.delta_y(), w.delta_mode()),
            Some(at),
        )))
    }));
    let buttons: [(&str, ZoomMsg); 3] = [
        (ids::ZOOM_IN, ZoomMsg::By(STEP, None)),
        (ids::ZOOM_OUT, ZoomMsg::By(1.0 / STEP, None)),
        (ids::ZOOM_RESET, ZoomMsg::Reset),
    ];
    for (i, msg) in buttons {
        if let Some(el) = dom.el(i) {
            ls.push(to.on(&el, "click", move |_| Some(Msg::Zoom(msg))));
        }
    }
    ls
}

/// The zoom keys on the focused map: `+`/`=` in, `-` out, `0` the whole map.
pub fn zoom_key(key: &str) -> Option<ZoomMsg> {
    Some(match key {
        "+" | "=" => ZoomMsg::By(STEP, None),
        "-" | "_" => ZoomMsg::By(1.0 / STEP, None),
        "0" => ZoomMsg::Reset,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wheel_notch_zooms_by_a_fixed_ratio() {
        assert!((wheel_factor(-300.0, 0) - 2.0).abs() < 1e-6);
        assert!((wheel_factor(300.0, 0) - 0.5).abs() < 1e-6);
        assert!((wheel_factor(-3.0, 1) - 2f32.powf(0.16)).abs() < 1e-6);
        // a huge delta is capped at 4× per event
        assert!((wheel_factor(-1e9, 0) - 4.0).abs() < 1e-6);
        assert_eq!(zoom_key("+"), Some(ZoomMsg::By(2.0, None)));
        assert_eq!(zoom_key("0"), Some(ZoomMsg::Reset));
        assert_eq!(zoom_key("a"), None);
    }
}
