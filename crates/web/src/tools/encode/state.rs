//! The encode view: a drawing pad (strokes → MNIST-style 28 × 28 input, see
//! [`latent_core::draw`]) or a random held-out test image, encoded by the shown model's
//! encoder in the browser. The result — q(z|x)'s μ (and σ for the VAEs), the reconstruction
//! at μ — is computed here in the update; the cursor moves to μ, so the decoded image beside
//! the map is the reconstruction and the address names the point.

use super::neighbours::{self, Codes, Near, SLICE};
use crate::model::text::{class_label, z_readout};
use crate::tools::ctx::{Ctx, Out, ToolEffect};
use crate::tools::files::{tests_url, Files};
use latent_core::bundle::{EncoderFile, Posterior};
use latent_core::draw::{strokes_to_input, Stroke};
use latent_i18n::t;
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
    /// Its nearest test codes, once the test images are encoded.
    pub near: Option<Near>,
}

/// The same image encoded by the compared model's encoder (`compare=`).
#[derive(Debug, Clone, PartialEq)]
pub struct Other {
    /// The compared encoder's URL (another comparison re-encodes).
    pub encoder: String,
    /// q(z|x) by the compared encoder.
    pub posterior: Posterior,
    /// Its nearest test codes in the compared model, once its test codes are computed.
    pub near: Option<Near>,
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
    /// The image encoded by the compared model's encoder.
    pub other: Option<Other>,
    /// Test codes by encoder (the last few encoders used).
    pub codes: Vec<Codes>,
    /// Whether a slice of test codes is asked for ([`ToolEffect::Continue`]): until it
    /// comes, other messages (pointer moves) encode nothing.
    pub slice_pending: bool,
}

/// An encoded image as an interpolation end: its μ and its pixels.
pub type EncodedEnd = ([f32; 2], Option<Rc<Vec<f32>>>);

/// The encode view's inputs.
#[derive(Debug, Clone, PartialEq)]
pub enum EncodeMsg {
    /// The pen touched the pad at `(u, v)` (0..1 from the left and top).
    PenDown(f32, f32),
    /// The pen moved (while down).
    PenMove(f32, f32),
    /// The pen was lifted: the drawing is encoded.
    PenUp,
    /// Remove the last stroke.
    Undo,
    /// Clear the pad.
    Clear,
    /// Show a random test image (the number is the page's random draw, 0..2³²); opens the
    /// view.
    PickTest(u32),
}

impl Encode {
    /// Test codes of `encoder` so far and how many there will be, while they are computed.
    pub fn codes_progress(&self, encoder: &str) -> Option<(usize, usize)> {
        self.codes
            .iter()
            .find(|c| c.encoder == encoder && !c.done())
            .map(|c| (c.mu.len(), c.count))
    }

    /// Whether the input is a drawing.
    pub fn has_drawing(&self) -> bool {
        matches!(self.input, Some((Input::Drawing, _)))
    }

    /// Whether an encoded image is available as an interpolation end.
    pub fn has_encoded(&self) -> bool {
        self.result.is_some()
            && matches!(
                self.input,
                Some((Input::Drawing, _)) | Some((Input::Test { .. }, _))
            )
    }

    /// The encoded image as an interpolation end: its μ and its pixels.
    pub fn encoded_end(&self) -> Option<EncodedEnd> {
        let r = self.result.as_ref()?;
        Some((
            r.posterior.mu,
            self.input.as_ref().map(|(_, px)| px.clone()),
        ))
    }

    /// The test image the address names (`img=`): the one shown while the view is `open`,
    /// else the one asked for.
    pub fn url_image(&self, open: bool) -> Option<usize> {
        match (&self.input, open) {
            (Some((Input::Test { index, .. }, _)), true) => Some(*index),
            _ => self.want_pick.and_then(|p| match p {
                Pick::Index(i) => Some(i),
                Pick::Random(_) => None,
            }),
        }
    }
}

fn redraw_input(e: &mut Encode) {
    e.strokes_version += 1;
    e.version += 1;
    e.result = None;
    e.other = None;
    e.input = strokes_to_input(&e.strokes).map(|px| (Input::Drawing, Rc::new(px)));
}

/// Applies a pad or pick message.
pub fn update(e: &mut Encode, msg: EncodeMsg, out: &mut Out) {
    match msg {
        EncodeMsg::PenDown(u, v) => {
            if matches!(e.input, Some((Input::Test { .. }, _))) {
                e.strokes.clear(); // a new drawing replaces the test image
            }
            e.strokes.push(vec![[u, v]]);
            e.pen_down = true;
            e.strokes_version += 1;
        }
        EncodeMsg::PenMove(u, v) if e.pen_down => {
            if let Some(st) = e.strokes.last_mut() {
                if st.last() != Some(&[u, v]) {
                    st.push([u, v]);
                    e.strokes_version += 1;
                }
            }
        }
        EncodeMsg::PenUp if e.pen_down => {
            e.pen_down = false;
            redraw_input(e);
        }
        EncodeMsg::Undo => {
            e.pen_down = false;
            e.strokes.pop();
            redraw_input(e);
            if e.input.is_none() {
                out.say(t!("say-pad-empty"));
            }
        }
        EncodeMsg::Clear => {
            e.pen_down = false;
            e.strokes.clear();
            redraw_input(e);
            out.say(t!("say-pad-cleared"));
        }
        EncodeMsg::PickTest(r) => e.want_pick = Some(Pick::Random(r)),
        EncodeMsg::PenMove(..) | EncodeMsg::PenUp => {}
    }
}

/// Picks a waiting test image once the file is there, and (re-)encodes the input when the
/// encoder for the shown model is loaded and the input or the model changed. Called while
/// the view is open and a model is shown.
pub fn sync(e: &mut Encode, files: &Files, ctx: &Ctx, out: &mut Out) {
    if let (Some(pick), Some(t)) = (e.want_pick, files.test_images(&ctx.place)) {
        e.want_pick = None;
        if !t.is_empty() {
            let index = match pick {
                Pick::Random(r) => r as usize % t.len(),
                Pick::Index(i) if i >= t.len() => {
                    let last = t.len() - 1;
                    out.notices.push(t!(
                        "notice-img-past-end",
                        index = i.to_string(),
                        count = t.len().to_string(),
                        last = last.to_string()
                    ));
                    last
                }
                Pick::Index(i) => i,
            };
            if let Some(px) = t.image(index) {
                e.input = Some((
                    Input::Test {
                        index,
                        label: t.labels[index],
                    },
                    Rc::new(px),
                ));
                e.result = None;
                e.other = None;
                e.version += 1;
            }
        }
    }
    let Some((url, enc)) = files.encoder(&ctx.place) else {
        return;
    };
    let Some((input, px)) = e.input.clone() else {
        return;
    };
    if e.result.as_ref().is_some_and(|r| r.encoder == url) {
        neighbours(e, files, (&url, &enc), ctx, out);
        return;
    }
    let Some(model) = ctx.model else { return };
    let Ok(p) = enc.encode_posterior(&px) else {
        return;
    };
    let Some(&post) = p.first() else { return };
    let recon = model.decode(post.mu);
    e.result = Some(Encoded {
        encoder: url.clone(),
        posterior: post,
        recon,
        ms: None,
        near: None,
    });
    e.version += 1;
    // the cursor goes to μ: the decoded image is the reconstruction, the address names it
    out.cursor = Some(post.mu);
    let names = ctx.class_names;
    let map_class = ctx.map.and_then(|m| m.at(post.mu)).map(|(c, _)| c);
    let z = z_readout(post.mu);
    out.say(match (input, map_class) {
        (Input::Drawing, Some(c)) => {
            t!("say-encoded-drawing", z = z, class = class_label(names, c))
        }
        (Input::Drawing, None) => t!("say-encoded-drawing-off", z = z),
        (Input::Test { index, label }, Some(c)) => t!(
            "say-encoded-test",
            index = index.to_string(),
            label = class_label(names, label),
            z = z,
            class = class_label(names, c)
        ),
        (Input::Test { index, label }, None) => t!(
            "say-encoded-test-off",
            index = index.to_string(),
            label = class_label(names, label),
            z = z
        ),
    });
    out.replace_url = true;
    neighbours(e, files, (&url, &enc), ctx, out);
}

/// How many encoders' test codes are kept.
const KEPT_CODES: usize = 4;

/// The input encoded by the compared model's encoder, and the nearest test codes of both
/// encodings once the test images are encoded (a slice per message, [`SLICE`] images, the
/// next asked for with [`ToolEffect::Continue`]); says both results when they are complete.
fn neighbours(
    e: &mut Encode,
    files: &Files,
    main: (&str, &Rc<EncoderFile>),
    ctx: &Ctx,
    out: &mut Out,
) {
    let Some((input, px)) = e.input.clone() else {
        return;
    };
    let other = ctx.place.compared().and_then(|p| files.encoder(&p));
    if let Some((url, enc)) = &other {
        if e.other.as_ref().is_none_or(|o| &o.encoder != url) {
            let Some(posterior) = enc
                .encode_posterior(&px)
                .ok()
                .and_then(|p| p.first().copied())
            else {
                return;
            };
            e.other = Some(Other {
                encoder: url.clone(),
                posterior,
                near: None,
            });
            e.version += 1;
        }
    }
    let (Some(tests), Some(tests_at)) = (files.test_images(&ctx.place), tests_url(&ctx.place))
    else {
        return;
    };
    let (skip, label) = match input {
        Input::Test { index, label } => (Some(index), Some(label)),
        Input::Drawing => (None, None),
    };
    let mut budget = usize::from(!e.slice_pending);
    let mut said = false;
    // the shown model's neighbours first: a drawing's class is their most common one
    let steps: [Option<(&str, &Rc<EncoderFile>)>; 2] =
        [Some(main), other.as_ref().map(|(u, enc)| (u.as_str(), enc))];
    for (k, step) in steps.into_iter().enumerate() {
        let Some((url, enc)) = step else { continue };
        let (mu, has) = match (k, &e.result, &e.other) {
            (0, Some(r), _) => (r.posterior.mu, r.near.is_some()),
            (1, _, Some(o)) => (o.posterior.mu, o.near.is_some()),
            _ => return,
        };
        if has {
            continue;
        }
        let i = match e
            .codes
            .iter()
            .position(|c| c.encoder == url && c.tests == tests_at)
        {
            Some(i) => i,
            None => {
                if e.codes.len() >= KEPT_CODES {
                    e.codes.remove(0);
                }
                e.codes.push(Codes::new(url, &tests_at, tests.labels.len()));
                e.codes.len() - 1
            }
        };
        let codes = &mut e.codes[i];
        if !codes.done() {
            if budget == 0 {
                // this message's slice is spent: the next one comes with a Continue
                if !e.slice_pending {
                    e.slice_pending = true;
                    out.effects.push(ToolEffect::Continue);
                }
                break;
            }
            budget -= 1;
            codes.fill(enc, &tests, SLICE);
            e.version += 1; // the progress line
            if !codes.done() {
                e.slice_pending = true;
                out.effects.push(ToolEffect::Continue);
                break;
            }
        }
        let class = match k {
            0 => label,
            _ => label.or(e
                .result
                .as_ref()
                .and_then(|r| r.near.as_ref())
                .map(|n| n.class)),
        };
        let near = neighbours::near(&codes.mu, &tests.labels, mu, skip, class);
        match k {
            0 => {
                if let Some(r) = e.result.as_mut() {
                    r.near = Some(near);
                }
            }
            _ => {
                if let Some(o) = e.other.as_mut() {
                    o.near = Some(near);
                }
            }
        }
        e.version += 1;
        said = true;
    }
    if said {
        say_neighbours(e, ctx, out);
    }
}

/// Tells screen readers the nearest test codes of the shown model (and of the compared one).
fn say_neighbours(e: &Encode, ctx: &Ctx, out: &mut Out) {
    let Some(first) = e.result.as_ref().and_then(|r| r.near.as_ref()) else {
        return;
    };
    let names = ctx.class_names;
    let k = neighbours::K;
    match (&ctx.compare, e.other.as_ref().and_then(|o| o.near.as_ref())) {
        (Some(c), Some(second)) => out.say(t!(
            "say-neighbours-both",
            first = c.first.as_str(),
            second = c.second.as_str(),
            same1 = first.same,
            same2 = second.same,
            k = k,
            class = class_label(names, first.class)
        )),
        (Some(_), None) => {} // the compared model's come next
        (None, _) => out.say(t!(
            "say-neighbours",
            same = first.same,
            k = k,
            class = class_label(names, first.class)
        )),
    }
}
