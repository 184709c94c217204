//! The interpolation view: two end points (two clicks on the map, the cursor via buttons, or
//! encoded images), a strip of [`STRIP_N`] decodes along the straight segment between them,
//! each with the class the classifier gives it, class changes marked; beside it the
//! pixel-space blend of the two end images, so latent and pixel interpolation can be
//! compared. The strip is computed in the update (one batched decode, one batched classify).

use super::{assets, encode::Input, Tool, ViewMsg};
use crate::msg::Effect;
use crate::state::{class_name, State};
use crate::view;
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

fn set_end(s: &mut State, end_b: bool, z: [f32; 2], image: Option<Rc<Vec<f32>>>) {
    let z = s.grid().map_or(z, |g| g.clamp(z));
    let z = [crate::url::round_z(z[0]), crate::url::round_z(z[1])];
    let i = &mut s.tools.interp;
    if end_b {
        i.b = Some(z);
        i.b_image = image;
    } else {
        i.a = Some(z);
        i.a_image = image;
    }
    i.next_is_b = !end_b;
    let which = if end_b { "End" } else { "Start" };
    s.say(format!("{which} set to {}.", view::z_text(z)));
}

/// The address's ends checked against the first map: an end off the map is moved to the
/// nearest point on it, with a notice (as for `z`).
pub fn settle_url_ends(s: &mut State) {
    let Some(g) = s.grid() else { return };
    for (key, end_b) in [("a", false), ("b", true)] {
        let i = &mut s.tools.interp;
        let slot = if end_b { &mut i.b } else { &mut i.a };
        let Some(z) = *slot else { continue };
        let c = g.clamp(z);
        let c = [crate::url::round_z(c[0]), crate::url::round_z(c[1])];
        if c != z {
            *slot = Some(c);
            s.notices.push(format!(
                "{key}={},{} lies off this map; moved to the nearest point on it, {key}={},{}.",
                crate::url::z_number(z[0]),
                crate::url::z_number(z[1]),
                crate::url::z_number(c[0]),
                crate::url::z_number(c[1]),
            ));
        }
    }
}

/// Applies an end-point message.
pub fn update(s: &mut State, msg: ViewMsg, fx: &mut Vec<Effect>) {
    match msg {
        ViewMsg::MapClick(u, v) => {
            if s.tools.open != Some(Tool::Interp) {
                return;
            }
            // the click's point in the window on screen (zoomed or not), as for the cursor
            let Some(g) = s.window() else { return };
            let b = s.tools.interp.next_is_b;
            set_end(s, b, g.z_at(u, v), None);
        }
        ViewMsg::SetEnd(b) => {
            let z = s.z();
            set_end(s, b, z, None);
        }
        ViewMsg::EndFromEncoded(b) => {
            let Some(r) = &s.tools.encode.result else {
                s.say("Encode an image first (Encode an image).");
                return;
            };
            let mu = r.posterior.mu;
            let img = s.tools.encode.input.as_ref().map(|(_, px)| px.clone());
            set_end(s, b, mu, img);
        }
        _ => return,
    }
    s.replace_url(fx);
}

/// Recomputes the strip when the ends, the model or the classifier changed.
pub fn sync(s: &mut State) {
    if s.tools.open != Some(Tool::Interp) {
        return;
    }
    let (Some(a), Some(b), Some(model)) = (s.tools.interp.a, s.tools.interp.b, s.model.clone())
    else {
        if s.tools.interp.strip.take().is_some() {
            s.tools.interp.version += 1;
        }
        return;
    };
    let classifier = assets::classifier(s);
    let ptr = |x: &Option<Rc<Vec<f32>>>| x.as_ref().map_or(0, |r| Rc::as_ptr(r) as usize);
    let key: StripKey = (
        Rc::as_ptr(&model) as usize,
        a,
        b,
        ptr(&s.tools.interp.a_image),
        ptr(&s.tools.interp.b_image),
        classifier.is_some(),
    );
    if s.tools
        .interp
        .strip
        .as_ref()
        .is_some_and(|st| st.key == key)
    {
        return;
    }
    let z: Vec<[f32; 2]> = (0..STRIP_N)
        .map(|k| {
            let t = k as f32 / (STRIP_N - 1) as f32;
            [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]
        })
        .collect();
    let images = model.bundle().decode_many(&z);
    let px = latent_core::IMAGE_PIXELS;
    let end = |img: &Option<Rc<Vec<f32>>>, k: usize| -> Vec<f32> {
        match img {
            Some(i) => i.to_vec(),
            None => images[k * px..(k + 1) * px].to_vec(),
        }
    };
    let (ia, ib) = (
        end(&s.tools.interp.a_image, 0),
        end(&s.tools.interp.b_image, STRIP_N - 1),
    );
    let mut blend = Vec::with_capacity(STRIP_N * px);
    for k in 0..STRIP_N {
        let t = k as f32 / (STRIP_N - 1) as f32;
        blend.extend(ia.iter().zip(&ib).map(|(x, y)| (1.0 - t) * x + t * y));
    }
    let classes = classifier.and_then(|c| {
        c.probabilities(&images).ok().map(|rows| {
            rows.iter()
                .filter_map(|p| super::classify::argmax(p))
                .collect::<Vec<_>>()
        })
    });
    let strip = Strip {
        key,
        z,
        images,
        classes,
        blend,
    };
    if let Some(c) = &strip.classes {
        let names = s.class_names().to_vec();
        let seq: Vec<&str> = c.iter().map(|(k, _)| class_name(&names, *k)).collect();
        let ch = strip.changes();
        let changes = if ch.is_empty() {
            "no class change".to_string()
        } else {
            let at: Vec<String> = ch.iter().map(|k| format!("{}–{}", k, k + 1)).collect();
            format!("class changes between steps {}", at.join(", "))
        };
        s.say(format!(
            "Interpolated from {} to {}: {}; {changes}.",
            view::z_text(a),
            view::z_text(b),
            seq.join(", ")
        ));
    }
    s.tools.interp.strip = Some(strip);
    s.tools.interp.version += 1;
}

/// Whether an encoded image is available as an end.
pub fn has_encoded(s: &State) -> bool {
    s.tools.encode.result.is_some()
        && matches!(
            s.tools.encode.input,
            Some((Input::Drawing, _)) | Some((Input::Test { .. }, _))
        )
}
