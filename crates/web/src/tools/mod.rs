//! The hands-on views: encode a drawing or a test image, interpolate between two points, see
//! what the classifier sees, tile the plane with decodes, and share the state.
//!
//! One folder per view, each holding the whole feature: `state.rs` (its state, messages and
//! pure `update`, tested natively; no web-sys), `render.rs` (what it draws) and `input.rs`
//! (its listeners). This folder's own files tie them together: [`state`] (the views' part
//! of the page's state, [`state::ToolMsg`] routed to each view's update with a read-only
//! [`ctx::Ctx`] of the page, outcomes in a [`ctx::Out`]), [`files`] (the encoder, classifier and test images, fetched
//! on first use, never in the first view), [`render`] and [`input`].
//!
//! The views' own folders and the files' cache are compiled with the feature `tools` only.
//! The first view's wasm is built without it: there [`state::Tools`] is a stand-in that keeps
//! the views' buttons, the share buttons and the address, and hands the page over to the
//! build with the views when one opens ([`ctx::ToolEffect::LoadTools`]).

#[cfg(feature = "tools")]
pub(crate) mod classify;
pub(crate) mod ctx;
#[cfg(feature = "tools")]
pub(crate) mod encode;
pub(crate) mod files;
// (compiled in both builds, so that `cargo test` runs its tests with the workspace's; used
// only by the first view's)
#[cfg_attr(feature = "tools", allow(dead_code))]
pub(crate) mod handover;
pub(crate) mod input;
#[cfg(feature = "tools")]
pub(crate) mod interp;
pub(crate) mod render;
pub(crate) mod share;
pub(crate) mod state;
#[cfg(feature = "tools")]
pub(crate) mod tiles;

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

    /// Its name in sentences (the message of its button).
    pub fn label(self) -> latent_i18n::Text {
        latent_i18n::Text::id(match self {
            Tool::Encode => "tool-encode",
            Tool::Interp => "tool-interp",
            Tool::Classify => "tool-classify",
            Tool::Tiles => "tool-tiles",
        })
    }
}
