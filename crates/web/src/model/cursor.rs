//! The cursor and the window on screen: where the pointer and the keys move the cursor,
//! what screen readers are told about it, and how the zoom messages move the window
//! ([`super::zoom`] is their arithmetic). The cursor is the point the visitor chose ([`Cursor::chosen`]); what is shown
//! and decoded is that point clamped to the map on screen ([`State::z`]).
//!
//! [`Cursor::chosen`]: super::state::Cursor::chosen

use super::address::z_number;
use super::msg::{Effect, Key, Source, ZoomMsg};
use super::state::State;
use super::text::{class_label, percent, z_readout, zoom_arg};
use super::zoom::Zoom;
use latent_i18n::{num, t};

/// The pointer is at `(u, v)` of the map box (0..1 from its left and top edges).
pub(crate) fn pointer(s: &mut State, u: f32, v: f32, fx: &mut Vec<Effect>) {
    if let Some(g) = s.window() {
        move_to(s, g.z_at(u, v), Source::Pointer, fx);
    }
}

/// A key on the focused map: one cell (10 with `shift`) in its direction, or home.
pub(crate) fn key(s: &mut State, key: Key, shift: bool, fx: &mut Vec<Effect>) {
    let Some(g) = s.grid() else { return };
    let cells = if shift { 10.0 } else { 1.0 };
    let z = match key {
        Key::Home => [0.0, 0.0],
        Key::Left => g.step(s.z(), [-1, 0], cells),
        Key::Right => g.step(s.z(), [1, 0], cells),
        Key::Up => g.step(s.z(), [0, 1], cells),
        Key::Down => g.step(s.z(), [0, -1], cells),
    };
    move_to(s, z, Source::Keyboard, fx);
    follow(s);
}

/// The pointer at latent point `z` of the compared map: chosen as it is (each map shows it
/// clamped to its own bounds), announced as a pointer move is.
pub(crate) fn pointer_z(s: &mut State, z: [f32; 2], fx: &mut Vec<Effect>) {
    if z.iter().all(|x| x.is_finite()) {
        move_to_unclamped(s, z, Source::Pointer, fx);
    }
}

/// Moves the cursor to `z` (clamped to the map); announces the class under it when the keys
/// moved it or the class changed; the address follows once the pointer rests.
fn move_to(s: &mut State, z: [f32; 2], source: Source, fx: &mut Vec<Effect>) {
    let Some(g) = s.grid() else { return };
    move_to_unclamped(s, g.clamp(z), source, fx);
}

fn move_to_unclamped(s: &mut State, z: [f32; 2], source: Source, fx: &mut Vec<Effect>) {
    s.cursor.chosen = z;
    s.cursor.source = source;
    let class = s.class_at_cursor();
    let changed = s.cursor.reported_class != Some(class.map(|c| c.0));
    if source == Source::Keyboard || changed {
        s.cursor.reported_class = Some(class.map(|c| c.0));
        announce(s);
    }
    fx.push(Effect::RestartRest);
}

/// Puts the cursor at `z` as the keys would (an encoded image's μ), keeping it on screen.
pub(crate) fn place(s: &mut State, z: [f32; 2]) {
    if let Some(g) = s.grid() {
        s.cursor.chosen = g.clamp(z);
        s.cursor.source = Source::Keyboard;
        follow(s);
    }
}

/// Tells screen readers the class under the cursor.
fn announce(s: &mut State) {
    let z = s.z();
    // with a compared model, its class at its own view of the point too
    let other = s.compare.shown().and_then(|(e, m)| {
        let zb = m.map.grid.clamp(s.cursor.chosen);
        let (c, p) = m.map.at(zb)?;
        let label = s
            .manifest
            .as_ref()
            .map(|mf| s.model_label(&mf.bundles[e]))?;
        Some((label, class_label(&m.meta.class_names, c), percent(p)))
    });
    let text = match (s.class_at_cursor(), other) {
        (Some((c, p)), Some((model, oc, op))) => t!(
            "say-class-at-compare",
            class = class_label(s.class_names(), c),
            confidence = percent(p),
            z = z_readout(z),
            model = model,
            other = oc,
            other_confidence = op
        ),
        (Some((c, p)), None) => t!(
            "say-class-at",
            class = class_label(s.class_names(), c),
            confidence = percent(p),
            z = z_readout(z)
        ),
        (None, _) => t!("say-off-map"),
    };
    s.say(text);
}

/// Pans the zoomed window just enough to show the cursor (after the keys or an encoding
/// moved it); nothing in the evolution view or at zoom 1.
pub(crate) fn follow(s: &mut State) {
    if let (Some(g), None) = (s.grid(), &s.evo.open) {
        s.zoom = s.zoom.follow(&g, s.z());
    }
}

/// The class under the cursor is taken as reported, so the next pointer move within it is
/// not announced.
pub(crate) fn take_as_reported(s: &mut State) {
    s.cursor.reported_class = Some(s.class_at_cursor().map(|c| c.0));
}

/// After a repaint (model, epoch): the renderer repaints the map, and the class under the
/// cursor is taken as reported.
pub(crate) fn map_changed(s: &mut State) {
    s.map_version += 1;
    take_as_reported(s);
}

/// The address's `centre` checked against the first map: a window that would reach past
/// the map is moved inside it, with a notice naming the centre shown.
pub(crate) fn settle_url_zoom(s: &mut State) {
    let (Some(g), Some(asked)) = (s.grid(), s.zoom.centre) else {
        return;
    };
    let shown = s.zoom.shown(&g);
    let Some(c) = shown.centre else { return };
    if (c[0] - asked[0]).abs() > 1e-3 || (c[1] - asked[1]).abs() > 1e-3 {
        s.notices.push(t!(
            "notice-centre-moved",
            asked = format!("centre={},{}", z_number(asked[0]), z_number(asked[1])),
            zoom = zoom_arg(s.zoom.factor()),
            shown = format!("centre={},{}", z_number(c[0]), z_number(c[1])),
        ));
    }
    s.zoom = shown;
}

/// Applies a zoom or pan input (none in the evolution view); the buttons and keys say what
/// is shown, and the address follows when the wheel or the fingers rest.
pub(crate) fn zoom_msg(s: &mut State, m: ZoomMsg, fx: &mut Vec<Effect>) {
    let Some(g) = s.grid().filter(|_| s.evo.open.is_none()) else {
        return;
    };
    let before = s.zoom;
    let cursor = || {
        let w = s.zoom.window(&g);
        let [u, v] = w.uv_of(s.z());
        (u, v)
    };
    let (z, spoken) = match m {
        ZoomMsg::By(f, Some((u, v))) => (s.zoom.zoom_at(&g, f, u, v), false),
        ZoomMsg::By(f, None) => {
            let (u, v) = cursor();
            (s.zoom.zoom_at(&g, f, u, v), true)
        }
        ZoomMsg::Pan(du, dv) => (s.zoom.pan(&g, du, dv), false),
        ZoomMsg::Pinch {
            factor,
            at: (u, v),
            pan: (du, dv),
        } => (s.zoom.pan(&g, du, dv).zoom_at(&g, factor, u, v), false),
        ZoomMsg::Reset => (Zoom::default(), true),
    };
    s.zoom = z;
    if spoken {
        let w = z.window(&g);
        let b = w.bounds;
        s.say(if z.is_zoomed() {
            t!(
                "say-zoomed",
                zoom = zoom_arg(z.factor()),
                z1min = num(b.min[0], 2),
                z1max = num(b.max[0], 2),
                z2min = num(b.min[1], 2),
                z2max = num(b.max[1], 2)
            )
        } else {
            t!("say-whole-map")
        });
    }
    if z != before {
        // written when the wheel or the fingers rest, not on every step
        fx.push(Effect::RestartRest);
    }
}
