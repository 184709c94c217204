//! The hands-on views (issue 10): encode a drawing or a test image, interpolate between two
//! points, see what the classifier sees, tile the plane with decodes, and share the state.
//!
//! One sub-state ([`Views`], `State::tools`), one message ([`ViewMsg`], carried by
//! `Msg::View`) and one effect ([`ViewEffect`], `Effect::View`), so the page's `update` has a
//! single arm for all of them. The files these views need — the model's encoder, the
//! dataset's classifier and test images — are fetched on first use ([`assets`]), never in the
//! first view. Encoding and the interpolation strip are computed here, in the pure update
//! (tested natively); the per-frame work (class probabilities at the cursor, the tiles) is
//! done by `render_views.rs` with the pure functions of [`classify`] and [`tiles`].

pub mod assets;
pub mod classify;
pub mod encode;
pub mod interp;
pub mod tiles;
pub mod url;

use crate::msg::{Effect, FetchError};
use crate::state::State;
pub use assets::Assets;
pub use encode::Encode;
pub use interp::Interp;

/// A hands-on view (at most one is open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tool {
    /// Draw or pick an image and see where the encoder puts it.
    Encode,
    /// Walk a straight line between two latent points.
    Interp,
    /// The classifier's probabilities for the decode at the exact cursor.
    Classify,
    /// The plane tiled with decoded images.
    Tiles,
}

impl Tool {
    /// Every view, in the order of the page's buttons.
    pub const ALL: [Tool; 4] = [Tool::Encode, Tool::Interp, Tool::Classify, Tool::Tiles];

    /// Its name in the address (`view=`).
    pub fn name(self) -> &'static str {
        match self {
            Tool::Encode => "encode",
            Tool::Interp => "interp",
            Tool::Classify => "classify",
            Tool::Tiles => "tiles",
        }
    }

    /// The view named `s` (case-insensitive).
    pub fn from_name(s: &str) -> Option<Tool> {
        Tool::ALL
            .into_iter()
            .find(|t| t.name().eq_ignore_ascii_case(s.trim()))
    }
}

/// The hands-on part of the page's state.
#[derive(Default)]
pub struct Views {
    /// The open view.
    pub open: Option<Tool>,
    /// Encoders, classifiers and test images, fetched on first use.
    pub assets: Assets,
    /// The encode view.
    pub encode: Encode,
    /// The interpolation view.
    pub interp: Interp,
    /// The latest line of the share buttons ("Link copied").
    pub share_note: Option<String>,
}

/// The hands-on views' inputs (`Msg::View`).
#[derive(Debug, Clone, PartialEq)]
pub enum ViewMsg {
    /// Open a view (its button), or close the open one with `None` or its own button.
    Toggle(Tool),
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
    /// Show a random test image (the number is the page's random draw, 0..2³²).
    PickTest(u32),
    /// A click on the map at `(u, v)` (in the interpolation view: the next end point).
    MapClick(f32, f32),
    /// Set the interpolation's start (`false`) or end (`true`) to the cursor.
    SetEnd(bool),
    /// Use the encoded image (its μ) as the interpolation's start or end.
    EndFromEncoded(bool),
    /// Retry the failed download.
    Retry,
    /// Copy the link of this exact state.
    CopyLink,
    /// Save a PNG of the map, the decoded image and the legend.
    SavePng,
    /// The page reports on a share action (`Link copied.`, or why not).
    Shared(String),
}

/// What the hands-on views ask the page to do (`Effect::View`).
#[derive(Debug, Clone, PartialEq)]
pub enum ViewEffect {
    /// Copy the page's address with this query to the clipboard, then answer with
    /// [`ViewMsg::Shared`] (with the note appended, when there is one).
    CopyLink {
        /// The address's query.
        query: String,
        /// What the link does not hold (a drawing), said after the link.
        note: Option<String>,
    },
    /// Save the map, marker, decoded image, legend, model name and z as a PNG named so.
    SavePng {
        /// File name, e.g. `mnist-vae-z_0.5_-1.2.png`.
        file: String,
        /// Title line drawn on the image.
        title: String,
        /// The line under the map: the latent range shown (and the zoom).
        caption: String,
        /// The part of the map canvas shown: top-left `(u₀, v₀)` and side, fractions of
        /// the map ([`crate::zoom::Zoom::window_uv`]).
        crop: ([f32; 2], f32),
    },
}

/// Applies a hands-on message.
pub fn update(s: &mut State, msg: ViewMsg, fx: &mut Vec<Effect>) {
    match msg {
        ViewMsg::Toggle(t) => {
            let open = if s.tools.open == Some(t) {
                None
            } else {
                Some(t)
            };
            if open.is_some() && s.evo.is_some() {
                s.close_evo_silently(fx);
                s.map_changed();
            }
            s.tools.open = open;
            s.say(match open {
                Some(t) => format!("Opened {}.", label(t)),
                None => format!("Closed {}.", label(t)),
            });
            s.replace_url(fx);
        }
        ViewMsg::PenDown(..)
        | ViewMsg::PenMove(..)
        | ViewMsg::PenUp
        | ViewMsg::Undo
        | ViewMsg::Clear
        | ViewMsg::PickTest(_) => encode::update(s, msg, fx),
        ViewMsg::MapClick(..) | ViewMsg::SetEnd(_) | ViewMsg::EndFromEncoded(_) => {
            interp::update(s, msg, fx)
        }
        ViewMsg::Retry => s.tools.assets.retry(),
        ViewMsg::CopyLink => {
            let query = crate::url::serialise(&s.url_state());
            let drawing = matches!(s.tools.encode.input, Some((encode::Input::Drawing, _)));
            let note = (drawing && s.tools.open == Some(Tool::Encode))
                .then(|| "A drawing is not part of a link: it opens the empty pad.".to_string());
            fx.push(Effect::View(ViewEffect::CopyLink { query, note }));
        }
        ViewMsg::SavePng => {
            let model = s
                .entry_ref()
                .map(|e| e.id.clone())
                .unwrap_or_else(|| "model".into());
            let z = s.z();
            let zs = |x: f32| crate::url::z_number(x);
            let file = format!("{model}-z_{}_{}.png", zs(z[0]), zs(z[1]));
            let title = format!("{} · {}", s.what(s.entry, ""), crate::view::z_text(z));
            let g = s.grid();
            let zoom = s.zoom_shown();
            let crop = g.map_or(([0.0, 0.0], 1.0), |g| zoom.window_uv(&g));
            let caption = s.window().map_or(String::new(), |w| {
                let b = w.bounds;
                let mut c = format!(
                    "z₁ from {:.2} to {:.2}, z₂ from {:.2} to {:.2}",
                    b.min[0], b.max[0], b.min[1], b.max[1]
                );
                if zoom.is_zoomed() {
                    c += &format!(" (zoom {}×)", crate::state::zoom_text(zoom.factor()));
                }
                c
            });
            fx.push(Effect::View(ViewEffect::SavePng {
                file,
                title,
                caption,
                crop,
            }));
        }
        ViewMsg::Shared(text) => {
            s.say(text.clone());
            s.tools.share_note = Some(text);
        }
    }
}

/// The view's name in sentences.
pub fn label(t: Tool) -> &'static str {
    match t {
        Tool::Encode => "Encode an image",
        Tool::Interp => "Interpolate",
        Tool::Classify => "What the classifier sees",
        Tool::Tiles => "Tile with decodes",
    }
}

/// Whether request `req` is one of the hands-on views' downloads.
pub fn owns(s: &State, req: u64) -> bool {
    s.tools.assets.owns(req)
}

/// A hands-on download arrived (or failed).
pub fn fetched(s: &mut State, req: u64, result: Result<Vec<u8>, FetchError>, fx: &mut Vec<Effect>) {
    s.tools.assets.arrived(req, result);
    sync(s, fx);
}

/// Brings the views up to date with the rest of the state after every message: the
/// evolution view closes them, a model switch re-encodes with the new encoder and
/// recomputes the strip, and missing files are requested.
pub fn sync(s: &mut State, fx: &mut Vec<Effect>) {
    if s.evo.is_some() && s.tools.open.is_some() {
        s.tools.open = None;
        s.replace_url(fx);
    }
    let need = assets::needed(s);
    for (kind, url) in need {
        let req = s.next_req + 1;
        if s.tools.assets.want(kind, &url, req) {
            s.next_req = req;
            fx.push(Effect::Fetch { req, url });
        }
    }
    encode::sync(s, fx);
    interp::sync(s);
}

impl Views {
    /// What the address says about the views.
    pub fn url(&self) -> url::HandsOnUrl {
        let interp = self.open == Some(Tool::Interp);
        url::HandsOnUrl {
            view: self.open,
            a: self.interp.a.filter(|_| interp),
            b: self.interp.b.filter(|_| interp),
            img: match (&self.encode.input, self.open) {
                (Some((encode::Input::Test { index, .. }, _)), Some(Tool::Encode)) => Some(*index),
                _ => self.encode.want_pick.and_then(|p| match p {
                    encode::Pick::Index(i) => Some(i),
                    encode::Pick::Random(_) => None,
                }),
            },
        }
    }

    /// Opens what the address names.
    pub fn start(&mut self, u: &url::HandsOnUrl) {
        self.open = u.view;
        self.interp.a = u.a;
        self.interp.b = u.b;
        self.interp.next_is_b = u.a.is_some() && u.b.is_none();
        if u.view == Some(Tool::Encode) {
            self.encode.want_pick = u.img.map(encode::Pick::Index);
        }
    }
}
