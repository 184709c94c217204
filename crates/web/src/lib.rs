//! The browser part of the latent space explorer.
//!
//! [`start`] runs the page (`www/index.html`): it fetches `weights/manifest.json` and the
//! default view bundle (or the bundle named by `?bundle=<url>`), paints the class map, and
//! decodes the latent point under the pointer live on the kernels of `latent-kernels` (no
//! candle in the page's wasm: [`latent_core::bundle::inference`]). The dataset and model
//! switchers fetch another bundle only when it is picked; the training-evolution view fetches
//! the evolution index when opened, and an epoch's view file (its decoder) when the visitor
//! decodes at that epoch. [`Explorer`] exposes the same loading and decoding code to tests and
//! to other pages.
//!
//! The page is built in the style of the Elm architecture, laid out by role (see
//! `ARCHITECTURE.md` at the repository root):
//!
//! - `model/`: the pure model — messages, the `update` router, loading, the cursor, zoom,
//!   the training evolution, the address (the state's serialisation) and text helpers; no
//!   web-sys, tested natively (`tests/update.rs`; `tests/purity.rs` checks the imports);
//! - `tools/<view>/`: one folder per hands-on view, with its state, messages and update
//!   (pure), its rendering and its listeners;
//! - `ui/`: the renderer, the only code that writes to the page (element ids, the map, the
//!   page around it);
//! - `runtime/`: inputs → messages, and the effects, run by `latent-web-kit`'s runtime.
//!
//! The modules are private; what tests and `www/main.js` use is exported here, once.

mod model;
mod runtime;
mod tools;
mod ui;

pub use model::address;
pub use model::evolution::Decoder;
pub use model::fetch::FetchError;
pub use model::msg::{Effect, Key, Msg, ZoomMsg};
pub use model::state::{State, TrainModule};
pub use model::text::{english, loss_text};
pub use model::update::update;
#[cfg(feature = "tools")]
pub use tools::classify::state::{argmax, probabilities_at};
pub use tools::ctx::ToolEffect;
#[cfg(feature = "tools")]
pub use tools::encode::state::{EncodeMsg, Input};
pub use tools::files::{classifier_url, encoder_url};
#[cfg(feature = "tools")]
pub use tools::interp::state::{InterpMsg, STRIP_N};
pub use tools::state::ToolMsg;
#[cfg(feature = "tools")]
pub use tools::tiles::state::{decode_tiles, TILES};
pub use tools::Tool;
/// The default view's axes, labels and language menu as static markup, for the site build's
/// first paint (`crates/site`; native only).
#[cfg(not(target_arch = "wasm32"))]
pub use ui::first_paint;
pub use ui::layout::map_rgba;

use latent_core::bundle::ViewFile;
use wasm_bindgen::prelude::*;

/// Runs the page: looks up its elements, attaches the listeners and starts loading (the
/// model's `load` decides what is loaded when). Every later failure is shown on the page by the
/// renderer; a page without the elements the app needs is an error here, shown in `#error`
/// and returned, so the caller's console shows it too.
#[wasm_bindgen]
pub fn start() -> Result<(), JsValue> {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("{info}").into());
        let detail = info.to_string();
        let msg = model::text::LAST_LANG
            .with(|l| {
                l.borrow()
                    .as_ref()
                    .map(|l| l.text(&latent_i18n::t!("internal-error", detail = detail.as_str())))
            })
            .unwrap_or_else(|| format!("Internal error: {detail}"));
        ui::render::show_fatal(&msg);
    }));
    runtime::mount().map_err(|msg| {
        ui::render::show_fatal(&msg);
        JsValue::from_str(&msg)
    })
}

/// Stops the page's app: its listeners, timers and pending frame are removed, and answers
/// still in flight go nowhere; the page's elements stay as drawn. `www/main.js` calls it to
/// hand the page over to the build with the hands-on views, whose [`start`] then takes the
/// page from its address.
#[wasm_bindgen]
pub fn stop() {
    runtime::unmount();
}

/// Opens a model's view file from its bytes, as if the visitor had chosen the file `name`
/// (`www/main.js` hands the build with the hands-on views the model the first view's app
/// had opened from disk, which the address cannot name). Nothing when the app is not running.
#[wasm_bindgen(js_name = openFile)]
pub fn open_file(name: String, bytes: Vec<u8>) {
    runtime::dispatch(Msg::OpenFile(name, Ok(bytes)));
}

/// A loaded view bundle: class map and decoder. The page decodes with
/// [`ViewFile::decode`], as do [`Explorer::decode_z`] and [`Explorer::decode`], so tests
/// check the page's path.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Explorer {
    bundle: ViewFile,
}

impl Explorer {
    /// Parses a view file (see [`ViewFile::from_bytes`]); `name` is used in errors.
    ///
    /// # Errors
    /// [`latent_core::Error::Bundle`] naming `name` for a truncated, corrupt or incompatible
    /// file.
    pub fn load(bytes: &[u8], name: &str) -> latent_core::Result<Self> {
        Ok(Self {
            bundle: ViewFile::from_bytes(bytes, name)?,
        })
    }

    /// The bundle.
    pub fn bundle(&self) -> &ViewFile {
        &self.bundle
    }

    /// Decodes latent point `z` (latent units) to 784 pixels in `[0, 1]`, row-major 28×28.
    ///
    /// # Errors
    /// None at present (kept for the callers' `?`).
    pub fn decode_z(&self, z: [f32; 2]) -> latent_core::Result<Vec<f32>> {
        Ok(self.bundle.decode(z))
    }
}

fn js_err(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

#[wasm_bindgen]
impl Explorer {
    /// Parses a view file from its bytes; `name` (file name or URL) is used in errors, e.g.
    /// `bundle vae.safetensors: not a valid safetensors file (…)`.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Explorer, JsError> {
        Self::load(bytes, name).map_err(js_err)
    }

    /// Decodes `(z1, z2)` to 784 pixels in `[0, 1]` (a `Float32Array`, row-major 28×28).
    pub fn decode(&self, z1: f32, z2: f32) -> Result<Vec<f32>, JsError> {
        self.decode_z([z1, z2]).map_err(js_err)
    }

    /// Decodes many latent points in one decoder call (the batched path the tiles and
    /// interpolation views use): `zs` holds `n` pairs `z1, z2` one after the other; returns
    /// `n · 784` pixels in `[0, 1]` (a `Float32Array`), image after image, each row-major 28×28.
    ///
    /// # Errors
    /// An odd number of values.
    #[wasm_bindgen(js_name = decodeMany)]
    pub fn decode_many(&self, zs: &[f32]) -> Result<Vec<f32>, JsError> {
        if !zs.len().is_multiple_of(2) {
            return Err(JsError::new(&format!(
                "decodeMany: {} values is not a whole number of (z1, z2) pairs",
                zs.len()
            )));
        }
        let z: Vec<[f32; 2]> = zs.chunks_exact(2).map(|p| [p[0], p[1]]).collect();
        Ok(self.bundle.decode_many(&z))
    }

    /// The latent point `[z1, z2]` at normalised map position `(u, v)` (0..1 from the left
    /// and top edges): [`latent_core::latent_map::Meshgrid::z_at`].
    #[wasm_bindgen(js_name = zAt)]
    pub fn z_at(&self, u: f32, v: f32) -> Vec<f32> {
        self.bundle.map.grid.z_at(u, v).to_vec()
    }

    /// Class id of the map cell holding `(z1, z2)`, or `undefined` off the map.
    #[wasm_bindgen(js_name = classAt)]
    pub fn class_at(&self, z1: f32, z2: f32) -> Option<u8> {
        self.bundle.map.at([z1, z2]).map(|(c, _)| c)
    }

    /// Classifier confidence (`[0, 1]`) of the map cell holding `(z1, z2)`, or `undefined`.
    #[wasm_bindgen(js_name = confidenceAt)]
    pub fn confidence_at(&self, z1: f32, z2: f32) -> Option<f32> {
        self.bundle.map.at([z1, z2]).map(|(_, p)| p)
    }

    /// Class names, indexed by class id.
    #[wasm_bindgen(js_name = classNames)]
    pub fn class_names(&self) -> Vec<String> {
        self.bundle.meta.class_names.clone()
    }

    /// Map cells per row (along z₁).
    #[wasm_bindgen(getter)]
    pub fn width(&self) -> usize {
        self.bundle.map.grid.width
    }

    /// Map cells per column (along z₂).
    #[wasm_bindgen(getter)]
    pub fn height(&self) -> usize {
        self.bundle.map.grid.height
    }

    /// `[min z1, min z2, max z1, max z2]`, latent units.
    pub fn bounds(&self) -> Vec<f32> {
        let b = self.bundle.map.grid.bounds;
        vec![b.min[0], b.min[1], b.max[0], b.max[1]]
    }

    /// The bundle's metadata as JSON.
    #[wasm_bindgen(js_name = metaJson)]
    pub fn meta_json(&self) -> String {
        serde_json::to_string(&self.bundle.meta).unwrap_or_default()
    }
}
