//! The hands-on views' part of the page's state ([`Tools`], `State::tools`), their one
//! message ([`ToolMsg`], carried by `Msg::Tool`) and effect ([`ToolEffect`], `Effect::Tool`),
//! and the router that hands each view its own message.
//!
//! A view's update takes its own state, its message and a read-only [`Ctx`] of the page
//! (the model, the map on screen, the cursor, where the model's files are); it reports what
//! the page must do in an [`Out`] (sentences, notices, a cursor move, the address), which
//! the page's update applies. Encoding and the interpolation strip are computed here, in the
//! pure update (tested natively); the per-frame work (class probabilities at the cursor, the
//! tiles) is done by the views' renderers with the pure functions of
//! [`super::classify::state`] and [`super::tiles::state`].
//!
//! Without the feature `tools` (the first view's wasm), [`Tools`], [`update`] and [`sync`]
//! are [`super::handover`]'s stand-ins.

#[cfg(not(feature = "tools"))]
pub use super::handover::{sync, update, Tools};
use super::Tool;
use latent_i18n::Text;
#[cfg(feature = "tools")]
use {
    super::ctx::{Ctx, Out},
    super::encode::state::{self as encode, Encode, EncodeMsg},
    super::files::{self, Files, Kind, Place},
    super::interp::state::{self as interp, Interp, InterpMsg},
    crate::model::address::HandsOnUrl,
    crate::model::fetch::{Failure, FetchError},
    latent_i18n::t,
};

/// The hands-on part of the page's state.
#[cfg(feature = "tools")]
#[derive(Default)]
pub struct Tools {
    /// The open view.
    pub open: Option<Tool>,
    /// Encoders, classifiers and test images, fetched on first use.
    pub files: Files,
    /// The encode view.
    pub encode: Encode,
    /// The interpolation view.
    pub interp: Interp,
    /// The latest line of the share buttons ("Link copied").
    pub share_note: Option<Text>,
}

/// The hands-on views' inputs (`Msg::Tool`).
#[derive(Debug, Clone, PartialEq)]
pub enum ToolMsg {
    /// Open a view (its button), or close the open one with its own button.
    Toggle(Tool),
    /// An input of the encode view.
    #[cfg(feature = "tools")]
    Encode(EncodeMsg),
    /// An input of the interpolation view.
    #[cfg(feature = "tools")]
    Interp(InterpMsg),
    /// Retry the failed download.
    Retry,
    /// Copy the link of this exact state (the page's update answers it: the link is the
    /// page's address).
    CopyLink,
    /// Save a PNG of the map, the decoded image and the legend (the page's update answers
    /// it: the picture is the page's).
    SavePng,
    /// The page reports on a share action (`Link copied.`, or why not).
    Shared(Text),
    /// The next slice of long work (encoding the test images), asked for with
    /// [`ToolEffect::Continue`](super::ctx::ToolEffect::Continue).
    Continue,
    /// The build with the views could not be loaded (`why`, in the page's language); asked
    /// for by the first view's wasm only ([`super::ctx::ToolEffect::LoadTools`]).
    ModuleFailed(Text),
}

/// Applies a hands-on message (other than [`ToolMsg::CopyLink`] and [`ToolMsg::SavePng`],
/// which the page answers).
#[cfg(feature = "tools")]
pub fn update(t: &mut Tools, msg: ToolMsg, ctx: &Ctx, out: &mut Out) {
    match msg {
        ToolMsg::Toggle(tool) => {
            let open = if t.open == Some(tool) {
                None
            } else {
                Some(tool)
            };
            out.close_evolution = open.is_some() && ctx.evolution;
            t.open = open;
            out.say(match open {
                Some(t) => t!("say-tool-opened", tool = t.label()),
                None => t!("say-tool-closed", tool = tool.label()),
            });
            out.replace_url = true;
        }
        ToolMsg::Encode(m) => {
            if matches!(m, EncodeMsg::PickTest(_)) {
                t.open = Some(Tool::Encode);
            }
            encode::update(&mut t.encode, m, out);
        }
        ToolMsg::Interp(m) => {
            // a click on the map sets an end only while the view is open
            if matches!(m, InterpMsg::MapClick(..)) && t.open != Some(Tool::Interp) {
                return;
            }
            let encoded = t.encode.encoded_end();
            interp::update(&mut t.interp, m, ctx, encoded, out);
        }
        ToolMsg::Retry => t.files.retry(),
        ToolMsg::Continue => t.encode.slice_pending = false,
        ToolMsg::Shared(text) => {
            out.say(text.clone());
            t.share_note = Some(text);
        }
        ToolMsg::CopyLink | ToolMsg::SavePng | ToolMsg::ModuleFailed(_) => {}
    }
}

/// Brings the open view up to date with the page after every message: a model switch
/// re-encodes with the new encoder and recomputes the strip; a waiting test image is picked.
#[cfg(feature = "tools")]
pub fn sync(t: &mut Tools, ctx: &Ctx, out: &mut Out) {
    match t.open {
        Some(Tool::Encode) if ctx.model.is_some() => {
            encode::sync(&mut t.encode, &t.files, ctx, out)
        }
        Some(Tool::Interp) => interp::sync(&mut t.interp, &t.files, ctx, out),
        _ => {}
    }
}

#[cfg(feature = "tools")]
impl Tools {
    /// Whether request `req` is one of the views' files.
    pub fn owns(&self, req: u64) -> bool {
        self.files.owns(req)
    }

    /// Request `req`'s answer.
    pub fn arrived(&mut self, req: u64, result: Result<Vec<u8>, FetchError>) {
        self.files.arrived(req, result);
    }

    /// Marks `url` (of `kind`) asked for with request `req`; whether to fetch it.
    pub fn want(&mut self, kind: Kind, url: &str, req: u64) -> bool {
        self.files.want(kind, url, req)
    }

    /// Closes the open view (the evolution view opened); whether one was open.
    pub fn close(&mut self) -> bool {
        self.open.take().is_some()
    }

    /// The files the open view needs now.
    pub fn needed(&self, p: &Place) -> Vec<(Kind, String)> {
        files::needed(
            self.open,
            self.encode.want_pick.is_some(),
            self.encode.input.is_some(),
            p,
        )
    }

    /// `Loading the encoder…` for the open view's files in flight.
    pub fn loading_line(&self, p: &Place) -> Option<Text> {
        self.files.loading_line(&self.needed(p))
    }

    /// The failure of a file the open view needs.
    pub fn failure(&self, p: &Place) -> Option<&Failure> {
        self.files.failure(&self.needed(p))
    }

    /// Why the open view cannot work with a model opened from disk.
    pub fn unavailable(&self, p: &Place) -> Option<Text> {
        files::unavailable(self.open, p)
    }

    /// Whether the encode view shows a drawing (a link cannot hold it).
    pub fn shows_drawing(&self) -> bool {
        self.open == Some(Tool::Encode) && self.encode.has_drawing()
    }

    /// What the address says about the views.
    pub fn url(&self) -> HandsOnUrl {
        let interp = self.open == Some(Tool::Interp);
        HandsOnUrl {
            view: self.open,
            a: self.interp.a.filter(|_| interp),
            b: self.interp.b.filter(|_| interp),
            img: self.encode.url_image(self.open == Some(Tool::Encode)),
        }
    }

    /// Opens what the address names.
    pub fn start(&mut self, u: &HandsOnUrl) {
        self.open = u.view;
        self.interp.a = u.a;
        self.interp.b = u.b;
        self.interp.next_is_b = u.a.is_some() && u.b.is_none();
        if u.view == Some(Tool::Encode) {
            self.encode.want_pick = u.img.map(encode::Pick::Index);
        }
    }
}
