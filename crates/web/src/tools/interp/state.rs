//! The interpolation view: two end points (two clicks on the map, the cursor via buttons, or
//! encoded images), a strip of [`STRIP_N`] decodes along the straight segment between them,
//! each with the class the classifier gives it, class changes marked; beside it the
//! pixel-space blend of the two end images, so latent and pixel interpolation can be
//! compared. The strip is computed in the update (one batched decode, one batched classify).

use crate::model::address::{round_z, z_number};
use crate::model::text::{class_label, z_readout};
use crate::tools::classify::state::argmax;
use crate::tools::ctx::{Ctx, Out};
use crate::tools::encode::state::EncodedEnd;
use crate::tools::files::Files;
use latent_core::latent_map::Meshgrid;
use latent_i18n::{t, Text};
use std::rc::Rc;

/// Decodes in the strip, ends included.
pub const STRIP_N: usize = 10;

/// The computed strip.
#[derive(Debug, Clone, PartialEq)]
pub struct Strip {
    /// What it was computed for: model, ends, end images and whether classes were known.
    key: StripKey,
    /// The latent points, `a` first.
    pub z: Vec<[f32; 2]>,
    /// Their decodes, `STRIP_N · 784` pixels.
    pub images: Vec<f32>,
    /// The classifier's class and probability per decode (when the classifier is loaded).
    pub classes: Option<Vec<(u8, f32)>>,
    /// The pixel-space blend of the two end images, `STRIP_N · 784` pixels.
    pub blend: Vec<f32>,
}

type StripKey = (usize, [f32; 2], [f32; 2], usize, usize, bool);

impl Strip {
    /// The steps `k` where the class differs from step `k − 1`.
    pub fn changes(&self) -> Vec<usize> {
        match &self.classes {
            Some(c) => (1..c.len()).filter(|&k| c[k].0 != c[k - 1].0).collect(),
            None => Vec::new(),
        }
    }
}

/// The interpolation view's state.
#[derive(Debug, Default)]
pub struct Interp {
    /// Start point, latent units.
    pub a: Option<[f32; 2]>,
    /// End point.
    pub b: Option<[f32; 2]>,
    /// The image an end came from, when it was an encoded image (else its decode).
    pub a_image: Option<Rc<Vec<f32>>>,
    /// See [`Interp::a_image`].
    pub b_image: Option<Rc<Vec<f32>>>,
    /// Whether the next map click sets the end (else the start).
    pub next_is_b: bool,
    /// The strip for the current ends.
    pub strip: Option<Strip>,
    /// Bumped whenever the strip changes (the renderer redraws it).
    pub version: u64,
}

/// The interpolation view's inputs.
#[derive(Debug, Clone, PartialEq)]
pub enum InterpMsg {
    /// A click on the map at `(u, v)` of the map box: the next end point (while the view is
    /// open).
    MapClick(f32, f32),
    /// Set the start (`false`) or end (`true`) to the cursor.
    SetEnd(bool),
    /// Use the encoded image (its μ) as the start or end.
    EndFromEncoded(bool),
}

fn set_end(
    i: &mut Interp,
    grid: Option<Meshgrid>,
    end_b: bool,
    z: [f32; 2],
    image: Option<Rc<Vec<f32>>>,
    out: &mut Out,
) {
    let z = grid.map_or(z, |g| g.clamp(z));
    let z = [round_z(z[0]), round_z(z[1])];
    if end_b {
        i.b = Some(z);
        i.b_image = image;
    } else {
        i.a = Some(z);
        i.a_image = image;
    }
    i.next_is_b = !end_b;
    out.say(if end_b {
        t!("say-interp-end-set", z = z_readout(z))
    } else {
        t!("say-interp-start-set", z = z_readout(z))
    });
}

/// The address's ends checked against the first map (`g`): an end off the map is moved to
/// the nearest point on it, with a notice (as for `z`).
pub fn settle_url_ends(i: &mut Interp, g: &Meshgrid, notices: &mut Vec<Text>) {
    for (key, end_b) in [("a", false), ("b", true)] {
        let slot = if end_b { &mut i.b } else { &mut i.a };
        let Some(z) = *slot else { continue };
        let c = g.clamp(z);
        let c = [round_z(c[0]), round_z(c[1])];
        if c != z {
            *slot = Some(c);
            notices.push(t!(
                "notice-z-off-map",
                asked = format!("{key}={},{}", z_number(z[0]), z_number(z[1])),
                shown = format!("{key}={},{}", z_number(c[0]), z_number(c[1])),
            ));
        }
    }
}

/// Applies an end-point message; `encoded` is the encode view's result (its μ and image).
pub fn update(
    i: &mut Interp,
    msg: InterpMsg,
    ctx: &Ctx,
    encoded: Option<EncodedEnd>,
    out: &mut Out,
) {
    match msg {
        InterpMsg::MapClick(u, v) => {
            // the click's point in the window on screen (zoomed or not), as for the cursor
            let Some(w) = ctx.window else { return };
            let b = i.next_is_b;
            set_end(i, ctx.grid(), b, w.z_at(u, v), None, out);
        }
        InterpMsg::SetEnd(b) => set_end(i, ctx.grid(), b, ctx.z, None, out),
        InterpMsg::EndFromEncoded(b) => {
            let Some((mu, img)) = encoded else {
                out.say(t!("say-interp-encode-first"));
                return;
            };
            set_end(i, ctx.grid(), b, mu, img, out);
        }
    }
    out.replace_url = true;
}

/// Recomputes the strip when the ends, the model or the classifier changed. Called while
/// the view is open.
pub fn sync(i: &mut Interp, files: &Files, ctx: &Ctx, out: &mut Out) {
    let (Some(a), Some(b), Some(model)) = (i.a, i.b, ctx.model) else {
        if i.strip.take().is_some() {
            i.version += 1;
        }
        return;
    };
    let classifier = files.classifier(&ctx.place);
    let ptr = |x: &Option<Rc<Vec<f32>>>| x.as_ref().map_or(0, |r| Rc::as_ptr(r) as usize);
    let key: StripKey = (
        Rc::as_ptr(model) as usize,
        a,
        b,
        ptr(&i.a_image),
        ptr(&i.b_image),
        classifier.is_some(),
    );
    if i.strip.as_ref().is_some_and(|st| st.key == key) {
        return;
    }
    let z: Vec<[f32; 2]> = (0..STRIP_N)
        .map(|k| {
            let t = k as f32 / (STRIP_N - 1) as f32;
            [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
        })
        .collect();
    let images = model.decode_many(&z);
    let px = latent_core::IMAGE_PIXELS;
    let end = |img: &Option<Rc<Vec<f32>>>, k: usize| -> Vec<f32> {
        match img {
            Some(i) => i.to_vec(),
            None => images[k * px..(k + 1) * px].to_vec(),
        }
    };
    let (ia, ib) = (end(&i.a_image, 0), end(&i.b_image, STRIP_N - 1));
    let mut blend = Vec::with_capacity(STRIP_N * px);
    for k in 0..STRIP_N {
        let t = k as f32 / (STRIP_N - 1) as f32;
        blend.extend(ia.iter().zip(&ib).map(|(x, y)| (1.0 - t) * x + t * y));
    }
    let classes = classifier.and_then(|c| {
        c.probabilities(&images)
            .ok()
            .map(|rows| rows.iter().filter_map(|p| argmax(p)).collect::<Vec<_>>())
    });
    let strip = Strip {
        key,
        z,
        images,
        classes,
        blend,
    };
    if let Some(c) = &strip.classes {
        let names = ctx.class_names;
        let seq: Vec<String> = c
            .iter()
            .map(|(k, _)| ctx.lang.text(&class_label(names, *k)))
            .collect();
        let ch = strip.changes();
        let at: Vec<String> = ch.iter().map(|k| format!("{}–{}", k, k + 1)).collect();
        out.say(t!(
            "say-interp-done",
            a = z_readout(a),
            b = z_readout(b),
            classes = seq.join(", "),
            changes = ch.len(),
            steps = at.join(", ")
        ));
    }
    i.strip = Some(strip);
    i.version += 1;
}
