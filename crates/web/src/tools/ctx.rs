//! What the hands-on views get from the page and give back: a read-only [`Ctx`] of the page
//! for their updates, and an [`Out`] of what the page must do (with the [`ToolEffect`]s it
//! runs), which the page's update applies (the parent maps its children's outcomes, as in
//! iced's examples).

use super::files::Place;
use latent_core::bundle::ViewFile;
use latent_core::latent_map::{ClassMap, Meshgrid};
use latent_i18n::{L10n, Text};
use std::rc::Rc;

/// What a view may read of the page: read-only, built for each message (the first view's
/// stand-in, without the feature `tools`, reads only whether the evolution view is open).
#[cfg_attr(not(feature = "tools"), allow(dead_code))]
pub struct Ctx<'a> {
    /// The shown model (final weights).
    pub model: Option<&'a Rc<ViewFile>>,
    /// The class map on screen (the selected epoch's in the evolution view).
    pub map: Option<&'a ClassMap>,
    /// The meshgrid of the part of the map on screen (zoomed and panned).
    pub window: Option<Meshgrid>,
    /// The cursor shown and decoded, latent units.
    pub z: [f32; 2],
    /// Class names of the map on screen.
    pub class_names: &'a [String],
    /// Whether the training-evolution view is open.
    pub evolution: bool,
    /// Where the shown model's files are.
    pub place: Place<'a>,
    /// The page's language (for a list of class names in a sentence).
    pub lang: &'a L10n,
    /// The compared model (`compare=`), when one is shown.
    pub compare: Option<Compared>,
}

/// The compared model, as the views see it.
#[cfg_attr(not(feature = "tools"), allow(dead_code))]
pub struct Compared {
    /// The shown model's name, in the page's language.
    pub first: String,
    /// The compared model's name, in the page's language.
    pub second: String,
}

impl Ctx<'_> {
    /// The meshgrid of the whole map on screen.
    #[cfg(feature = "tools")]
    pub fn grid(&self) -> Option<Meshgrid> {
        self.map.map(|m| m.grid)
    }
}

/// What a view's update asks of the page, applied by the page's update in this order.
#[derive(Debug, Default, PartialEq)]
pub struct Out {
    /// Close the training-evolution view (a view opens).
    pub close_evolution: bool,
    /// Lines for the notice about the address (a value it could not use).
    pub notices: Vec<Text>,
    /// Move the cursor here (an encoded image's μ), as the keys would.
    pub cursor: Option<[f32; 2]>,
    /// Sentences for screen readers, in order.
    pub say: Vec<Text>,
    /// Effects to run.
    pub effects: Vec<ToolEffect>,
    /// Write the address (the view's part of it changed).
    pub replace_url: bool,
}

impl Out {
    /// Tells screen readers `text`.
    pub fn say(&mut self, text: Text) {
        self.say.push(text);
    }
}

/// What the hands-on views ask the page to do (`Effect::Tool`).
#[derive(Debug, Clone, PartialEq)]
pub enum ToolEffect {
    /// Copy the page's address with this query to the clipboard, then answer with
    /// [`ToolMsg::Shared`] (with the note appended, when there is one).
    CopyLink {
        /// The address's query.
        query: String,
        /// What the link does not hold (a drawing), said after the link.
        note: Option<Text>,
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
        /// the map ([`Zoom::window_uv`](crate::model::zoom::Zoom::window_uv)).
        crop: ([f32; 2], f32),
        /// The page's address of this view, drawn as a QR code in a corner (`None`: unknown).
        link: Option<String>,
    },
    /// Answer [`ToolMsg::Continue`](super::state::ToolMsg::Continue) after the browser has
    /// handled its other work (a zero-delay timer): the next slice of long work.
    Continue,
    /// Load the build of the page with the hands-on views (`www/main.js`
    /// `__latentTools`), which takes the page over from the address: the first view's wasm
    /// only. Answered with [`ToolMsg::ModuleFailed`](super::state::ToolMsg::ModuleFailed)
    /// when it fails; on success this wasm has been stopped. (The build with the views asks
    /// for nothing of it.)
    LoadTools {
        /// The model opened from disk that is shown (its name and bytes), opened again by
        /// the build with the views (the address cannot name it).
        file: Option<(String, Rc<Vec<u8>>)>,
    },
}
