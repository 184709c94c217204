//! The bundle format: safetensors files with JSON metadata, and the manifest that lists them.
//!
//! A model bundle is two safetensors files, so the browser's first view downloads only what it
//! paints and decodes:
//!
//! * the **view file** (`<dataset>/<model>.safetensors`): decoder weights `decoder.*`
//!   (f16 storage), the class map `map.class` (u8 `[H, W]`), `map.confidence`
//!   (u8 `[H, W]`, `round(p · 255)`), `map.bounds` (f32 `[2, 2]`: `[[min z₁, min z₂],
//!   [max z₁, max z₂]]`, latent units), and the metadata;
//! * the **encoder file** (`<dataset>/<model>.encoder.safetensors`): encoder weights
//!   `encoder.*` and the same metadata, fetched only by features that encode images.
//!
//! * the **classifier file** (`<dataset>/classifier.safetensors`): classifier weights
//!   `classifier.*` and its metadata (no map, no autoencoder), used by the trainer and by
//!   the page's "what the classifier sees" view (fetched on first use);
//! * the **test-image file** (`<dataset>/test-images.safetensors`, [`test_images`]): held-out
//!   test images and labels for the page's encode and interpolation views.
//!
//! The metadata ([`BundleMeta`]) is JSON stored under the key [`META_KEY`] of the
//! safetensors header's `__metadata__`; [`read_meta`] reads it. Two sets of loaders build
//! the models from bytes: [`inference`] ([`ViewFile`], [`EncoderFile`], [`ClassifierFile`]:
//! no candle, the kernels of `latent-kernels`; what the page runs) and, with the `candle`
//! feature, `candle::{ViewBundle, EncoderBundle, ClassifierBundle}` (candle modules: the
//! trainer's); tests check both give the same outputs. File names are in [`files`], the manifest
//! in [`manifest`], writing (native only) in [`write`], the training evolution's index and frame
//! files in [`evolution`].

#[cfg(feature = "candle")]
pub mod candle;
pub mod evolution;
pub mod files;
pub mod inference;
pub mod layout;
pub mod lesson;
pub mod manifest;
pub mod prefix;
pub mod test_images;
/// Writing of bundles (serialisation on every target; [`write::atomic_write`] native only).
pub mod write;

pub use inference::{ClassifierFile, EncoderFile, ViewFile};
pub use lesson::LessonFile;
pub use manifest::{EvolutionEntry, Manifest, ManifestEntry};
pub use test_images::TestImages;

use crate::latent_map::{BoundsRule, Meshgrid};
use crate::model::{AutoencoderConfig, ClassifierConfig};
use crate::{Error, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the bundle format written by this code; readers reject other versions.
pub const FORMAT_VERSION: u32 = 1;
/// Key of the JSON metadata inside the safetensors `__metadata__` map.
pub const META_KEY: &str = "latent_explorer";

/// Metadata stored in every bundle file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BundleMeta {
    /// Bundle format version ([`FORMAT_VERSION`]).
    pub format_version: u32,
    /// Model id, unique within the manifest, e.g. `mnist-vae`.
    pub model: String,
    /// Dataset id, e.g. `mnist`.
    pub dataset: String,
    /// Class names, indexed by class id.
    pub class_names: Vec<String>,
    /// Autoencoder architecture (absent in a classifier bundle).
    pub autoencoder: Option<AutoencoderConfig>,
    /// Classifier architecture (the classifier that painted the map, or the bundle's own).
    pub classifier: ClassifierConfig,
    /// Storage dtype of the weights in this file (`f16` or `f32`).
    pub weights_dtype: String,
    /// The meshgrid of the class map (absent in a classifier bundle).
    pub grid: Option<Meshgrid>,
    /// How the map's bounds were derived from the encoded training set.
    pub bounds_rule: Option<BoundsRule>,
    /// Random seed of the training run.
    pub seed: u64,
    /// Training epochs.
    pub epochs: usize,
    /// The exact command line that produced this bundle.
    pub command: String,
    /// Measured figures; keys say the unit, e.g. `test_neg_elbo_nats`,
    /// `classifier_test_accuracy` (share in `[0, 1]`), `train_seconds`.
    pub metrics: BTreeMap<String, f64>,
}

fn bundle_err(name: &str, what: impl std::fmt::Display) -> Error {
    Error::Bundle {
        name: name.into(),
        what: what.to_string(),
    }
}

/// Reads the JSON stored under `key` in a safetensors header's `__metadata__`, and checks
/// its `format_version` against [`FORMAT_VERSION`]: the one metadata reader behind
/// [`read_meta`] and [`crate::bundle::evolution::Evolution::from_bytes`]. `what` names the kind of
/// file in the error when the key is missing (e.g. `a latent-explorer bundle`).
///
/// # Errors
/// [`Error::Bundle`] naming `name` if the buffer is not safetensors (truncated, corrupt
/// header), lacks the key, holds invalid JSON for `T`, or has another format version.
pub fn read_header_json<T: DeserializeOwned>(
    bytes: &[u8],
    name: &str,
    key: &str,
    what: &str,
) -> Result<T> {
    let (_, header) =
        safetensors::SafeTensors::read_metadata(bytes).map_err(|e| not_valid(bytes, name, e))?;
    json_from_metadata(&header, name, key, what)
}

/// The JSON under `key` in a parsed safetensors header's `__metadata__`, its
/// `format_version` checked: [`read_header_json`] without the buffer (also used by
/// [`prefix::check_header`], which has only the header).
///
/// # Errors
/// As [`read_header_json`], but for the metadata only.
pub fn json_from_metadata<T: DeserializeOwned>(
    header: &safetensors::tensor::Metadata,
    name: &str,
    key: &str,
    what: &str,
) -> Result<T> {
    let json = header
        .metadata()
        .as_ref()
        .and_then(|m| m.get(key))
        .ok_or_else(|| bundle_err(name, format!("no `{key}` metadata: not {what}")))?;
    #[derive(Deserialize)]
    struct Version {
        format_version: u32,
    }
    let v: Version = serde_json::from_str(json)
        .map_err(|e| bundle_err(name, format!("metadata is not valid: {e}")))?;
    if v.format_version != FORMAT_VERSION {
        return Err(bundle_err(
            name,
            format!(
                "format version {} but this app reads version {FORMAT_VERSION}",
                v.format_version
            ),
        ));
    }
    serde_json::from_str(json).map_err(|e| bundle_err(name, format!("metadata is not valid: {e}")))
}

/// The error for bytes the safetensors reader refused: an HTML page or a Git LFS pointer is
/// named as such ([`layout::not_safetensors`]), anything else quotes the reader.
fn not_valid(bytes: &[u8], name: &str, e: safetensors::SafeTensorError) -> Error {
    bundle_err(
        name,
        layout::not_safetensors(bytes, "a bundle")
            .or_else(|| layout::json_document(bytes, "a bundle"))
            .unwrap_or_else(|| format!("not a valid safetensors file ({e})")),
    )
}

/// Reads and validates the [`BundleMeta`] of a safetensors buffer without touching the
/// tensors.
///
/// # Errors
/// [`Error::Bundle`] naming `name` if the buffer is not safetensors (truncated, corrupt
/// header), lacks metadata, or has another format version.
pub fn read_meta(bytes: &[u8], name: &str) -> Result<BundleMeta> {
    read_header_json(bytes, name, META_KEY, "a latent-explorer bundle")
}

/// The autoencoder of an encoder file's metadata, checked to have the explorer's latent size.
///
/// # Errors
/// [`Error::Bundle`] naming `name` when the metadata has no autoencoder or its latent size is
/// not [`crate::LATENT_DIM`].
fn encoder_config(meta: &BundleMeta, name: &str) -> Result<AutoencoderConfig> {
    let cfg = meta
        .autoencoder
        .clone()
        .ok_or_else(|| bundle_err(name, "metadata has no autoencoder"))?;
    if cfg.latent_dim != crate::LATENT_DIM {
        return Err(bundle_err(
            name,
            format!(
                "latent size {} but the explorer shows {}",
                cfg.latent_dim,
                crate::LATENT_DIM
            ),
        ));
    }
    Ok(cfg)
}

/// The encoder's q(z|x) for one image: mean and (VAEs) log-variance per axis.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Posterior {
    /// μ, latent units.
    pub mu: [f32; 2],
    /// log σ² per axis (VAEs), `None` for deterministic codes.
    pub log_var: Option<[f32; 2]>,
}

impl Posterior {
    /// σ per axis (VAEs).
    pub fn sigma(&self) -> Option<[f32; 2]> {
        self.log_var
            .map(|l| [(0.5 * l[0]).exp(), (0.5 * l[1]).exp()])
    }
}

/// Reads a whole file (native only): the bytes the `from_bytes` loaders take.
///
/// # Errors
/// [`Error::Io`] naming the file.
#[cfg(not(target_arch = "wasm32"))]
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

#[cfg(not(target_arch = "wasm32"))]
macro_rules! read_file_from_path {
    ($t:ty, $what:literal) => {
        impl $t {
            #[doc = concat!("Reads ", $what, " from disk (native only); errors name the path.")]
            ///
            /// # Errors
            /// [`Error::Io`] when the file cannot be read, then as `from_bytes`.
            pub fn read(path: &std::path::Path) -> Result<Self> {
                Self::from_bytes(&read_file(path)?, &path.display().to_string())
            }
        }
    };
}
#[cfg(not(target_arch = "wasm32"))]
read_file_from_path!(ViewFile, "a view file");
#[cfg(not(target_arch = "wasm32"))]
read_file_from_path!(EncoderFile, "an encoder file");
#[cfg(not(target_arch = "wasm32"))]
read_file_from_path!(ClassifierFile, "a classifier file");
