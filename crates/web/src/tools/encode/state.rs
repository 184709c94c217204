//! The encode view: a drawing pad (strokes → MNIST-style 28 × 28 input, see
//! [`latent_core::draw`]) or a random held-out test image, encoded by the shown model's
//! encoder in the browser. The result — q(z|x)'s μ (and σ for the VAEs), the reconstruction
//! at μ — is computed here in the update; the cursor moves to μ, so the decoded image beside
//! the map is the reconstruction and the address names the point.

use super::{assets, Tool, ViewMsg};
use crate::msg::{Effect, Source};
use crate::state::{class_name, State};
use crate::view;
use latent_core::bundle::Posterior;
use latent_core::draw::{strokes_to_input, Stroke};
use std::rc::Rc;

/// Where the encoded image came from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Input {
    /// The drawing pad.
    Drawing,
    /// Test image `index` of the test-image file, with its true label.
    Test {
        /// Index in the file.
        index: usize,
        /// True class.
        label: u8,
    },
}

/// A test image asked for before the test images arrived.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Pick {
    /// A random one (the page's draw).
    Random(u32),
    /// The one the address names (`img=`).
    Index(usize),
}

/// An encoded image.
#[derive(Debug, Clone, PartialEq)]
pub struct Encoded {
    /// The encoder's URL (a model switch re-encodes).
    pub encoder: String,
    /// q(z|x).
    pub posterior: Posterior,
    /// The decode at μ, 784 pixels in `[0, 1]`.
    pub recon: Vec<f32>,
    /// Milliseconds from the request to the result (the encode and decode), when measured.
    pub ms: Option<f64>,
}

/// The encode view's state.
#[derive(Debug, Default)]
pub struct Encode {
    /// The strokes on the pad, pad units.
    pub strokes: Vec<Stroke>,
    /// Whether the pen is down.
    pub pen_down: bool,
    /// The image to encode: where from, and its 784 pixels in `[0, 1]`.
    pub input: Option<(Input, Rc<Vec<f32>>)>,
    /// Its encoding by the shown model.
    pub result: Option<Encoded>,
    /// A test image asked for before the test images arrived.
    pub want_pick: Option<Pick>,
    /// Bumped when the strokes change (the pad is redrawn).
    pub strokes_version: u64,
    /// Bumped when the input or the result changes (the panel is redrawn).
    pub version: u64,
}

fn redraw_input(e: &mut Encode) {
    e.strokes_version += 1;
    e.version += 1;
    e.result = None;
    e.input = strokes_to_input(&e.strokes).map(|px| (Input::Drawing, Rc::new(px)));
}

/// Applies a pad or pick message.
pub fn update(s: &mut State, msg: ViewMsg, fx: &mut Vec<Effect>) {
    let e = &mut s.tools.encode;
    match msg {
        ViewMsg::PenDown(u, v) => {
            if matches!(e.input, Some((Input::Test { .. }, _))) {
                e.strokes.clear(); // a new drawing replaces the test image
            }
            e.strokes.push(vec![[u, v]]);
            e.pen_down = true;
            e.strokes_version += 1;
        }
        ViewMsg::PenMove(u, v) if e.pen_down => {
            if let Some(st) = e.strokes.last_mut() {
                if st.last() != Some(&[u, v]) {
                    st.push([u, v]);
                    e.strokes_version += 1;
                }
            }
        }
        ViewMsg::PenUp if e.pen_down => {
            e.pen_down = false;
            redraw_input(e);
        }
        ViewMsg::Undo => {
            e.pen_down = false;
            e.strokes.pop();
            redraw_input(e);
            if e.input.is_none() {
                s.say("The pad is empty.");
            }
        }
        ViewMsg::Clear => {
            e.pen_down = false;
            e.strokes.clear();
            redraw_input(e);
            s.say("Cleared the pad.");
        }
        ViewMsg::PickTest(r) => {
            e.want_pick = Some(Pick::Random(r));
            if s.tools.open != Some(Tool::Encode) {
                s.tools.open = Some(Tool::Encode);
            }
        }
        _ => {}
    }
    let _ = fx;
}

/// Picks a waiting test image once the file is there, and (re-)encodes the input when the
/// encoder for the shown model is loaded and the input or the model changed.
pub fn sync(s: &mut State, fx: &mut Vec<Effect>) {
    if s.tools.open != Some(Tool::Encode) || s.model.is_none() {
        return;
    }
    if let (Some(pick), Some(t)) = (s.tools.encode.want_pick, assets::tests(s)) {
        s.tools.encode.want_pick = None;
        if !t.is_empty() {
            let index = match pick {
                Pick::Random(r) => r as usize % t.len(),
                Pick::Index(i) if i >= t.len() => {
                    let last = t.len() - 1;
                    s.notices.push(format!(
                        "img={i} is past the last test image: this file has {} (img=0 to \
                         img={last}); showing img={last}.",
                        t.len()
                    ));
                    last
                }
                Pick::Index(i) => i,
            };
            if let Some(px) = t.image(index) {
                let e = &mut s.tools.encode;
                e.input = Some((
                    Input::Test {
                        index,
                        label: t.labels[index],
                    },
                    Rc::new(px),
                ));
                e.result = None;
                e.version += 1;
            }
        }
    }
    let (Some(url), Some(enc)) = (assets::encoder_url(s), assets::encoder(s)) else {
        return;
    };
    let Some((input, px)) = s.tools.encode.input.clone() else {
        return;
    };
    if s.tools
        .encode
        .result
        .as_ref()
        .is_some_and(|r| r.encoder == url)
    {
        return;
    }
    let Some(model) = s.model.clone() else { return };
    let Ok(p) = enc.encode_posterior(&px) else {
        return;
    };
    let Some(&post) = p.first() else { return };
    let recon = model.decode_z(post.mu).unwrap_or_default();
    s.tools.encode.result = Some(Encoded {
        encoder: url,
        posterior: post,
        recon,
        ms: None,
    });
    s.tools.encode.version += 1;
    // the cursor goes to μ: the decoded image is the reconstruction, the address names it
    if let Some(g) = s.grid() {
        s.z_chosen = g.clamp(post.mu);
        s.source = Source::Keyboard;
        s.follow_cursor();
    }
    let names = s.class_names().to_vec();
    let map_class = s
        .map()
        .and_then(|m| m.at(post.mu))
        .map_or("off the map".to_string(), |(c, _)| {
            format!("map class {}", class_name(&names, c))
        });
    let what = match input {
        Input::Drawing => "Your drawing".to_string(),
        Input::Test { index, label } => {
            format!("Test image {index} (label {})", class_name(&names, label))
        }
    };
    s.say(format!(
        "{what} encoded to {}, {map_class}.",
        view::z_text(post.mu)
    ));
    s.replace_url(fx);
}
