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
//! feature, `ViewBundle`, `EncoderBundle` and `ClassifierBundle` (candle modules: the
//! trainer's); tests check both give the same outputs. File names are in [`files`], the manifest
//! in [`manifest`], writing (native only) in [`write`].

pub mod files;
pub mod inference;
pub mod layout;
pub mod manifest;
pub mod prefix;
pub mod test_images;

pub use inference::{ClassifierFile, EncoderFile, ViewFile};
pub use manifest::{EvolutionEntry, Manifest, ManifestEntry};
pub use test_images::TestImages;

#[cfg(feature = "candle")]
use crate::latent_map::ClassMap;
use crate::latent_map::{BoundsRule, Meshgrid};
use crate::model::{AutoencoderConfig, ClassifierConfig};
#[cfg(feature = "candle")]
use crate::model::{Classifier, Decoder, Encoder};
use crate::{Error, Result};
#[cfg(feature = "candle")]
use candle_core::{DType, Device, Tensor};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
#[cfg(feature = "candle")]
use std::collections::HashMap;

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
/// [`read_meta`] and [`crate::evolution::Evolution::from_bytes`]. `what` names the kind of
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

#[cfg(feature = "candle")]
/// Loads every tensor of a safetensors buffer, checking the data is complete; the padding
/// tensors of [`layout`] are left out.
///
/// # Errors
/// [`Error::Bundle`] naming `name` on a truncated or corrupt file.
pub fn read_tensors(bytes: &[u8], name: &str) -> Result<HashMap<String, Tensor>> {
    let st = safetensors::SafeTensors::deserialize(bytes).map_err(|e| not_valid(bytes, name, e))?;
    let mut out = HashMap::new();
    for (k, v) in st.tensors() {
        if k.starts_with(layout::PAD_PREFIX) {
            continue;
        }
        let t = candle_core::safetensors::Load::load(&v, &Device::Cpu)
            .map_err(|e| bundle_err(name, format!("tensor {k}: {e}")))?;
        out.insert(k, t);
    }
    Ok(out)
}

#[cfg(feature = "candle")]
/// The storage dtype the metadata's `weights_dtype` names.
fn weights_dtype(meta: &BundleMeta, name: &str) -> Result<DType> {
    match meta.weights_dtype.as_str() {
        "f16" => Ok(DType::F16),
        "f32" => Ok(DType::F32),
        other => Err(bundle_err(
            name,
            format!("metadata's weights_dtype is `{other}`; this app reads f16 or f32 weights"),
        )),
    }
}

#[cfg(feature = "candle")]
/// Checks the weights of a file, the tensors whose names start with `prefix`: each is stored
/// as the metadata's `weights_dtype` says, and holds only finite numbers. (Their shapes are
/// checked against the architecture when the model is built: a tensor of another shape is an
/// error naming it.)
///
/// # Errors
/// [`Error::Bundle`] naming the file and the first offending tensor (by name).
pub fn check_weights(
    tensors: &HashMap<String, Tensor>,
    prefix: &str,
    meta: &BundleMeta,
    name: &str,
) -> Result<()> {
    let want = weights_dtype(meta, name)?;
    let mut keys: Vec<&String> = tensors.keys().filter(|k| k.starts_with(prefix)).collect();
    keys.sort();
    for k in keys {
        let t = &tensors[k];
        if t.dtype() != want {
            return Err(bundle_err(
                name,
                format!(
                    "tensor `{k}` is stored as {:?} but the metadata says the weights are {}",
                    t.dtype(),
                    meta.weights_dtype
                ),
            ));
        }
        check_finite(t, k, name)?;
    }
    Ok(())
}

#[cfg(feature = "candle")]
/// Checks that a float tensor holds only finite numbers.
///
/// # Errors
/// [`Error::Bundle`] naming the file and `key`, with the count of NaN and ±Inf values.
pub fn check_finite(t: &Tensor, key: &str, name: &str) -> Result<()> {
    if !t.dtype().is_float() {
        return Ok(());
    }
    let v = t
        .to_dtype(DType::F32)
        .and_then(|x| x.flatten_all())
        .and_then(|x| x.to_vec1::<f32>())
        .map_err(|e| bundle_err(name, format!("tensor `{key}`: {e}")))?;
    let bad = v.iter().filter(|x| !x.is_finite()).count();
    if bad > 0 {
        return Err(bundle_err(
            name,
            format!(
                "tensor `{key}` holds {bad} of {} values that are not finite numbers (NaN or \
                 ±Inf): the file is broken",
                v.len()
            ),
        ));
    }
    Ok(())
}

#[cfg(feature = "candle")]
/// What the app needs for one model: metadata, class map and decoder.
#[derive(Debug, Clone)]
pub struct ViewBundle {
    /// The metadata.
    pub meta: BundleMeta,
    /// The class map over the meshgrid.
    pub map: ClassMap,
    /// The decoder, weights converted to f32 on `device`.
    pub decoder: Decoder,
    /// The same decoder for the hand-written kernels (read by [`ViewFile::from_bytes`]): what
    /// [`ViewBundle::decode`] and [`ViewBundle::decode_many`] run.
    pub fast: latent_kernels::Mlp,
}

#[cfg(feature = "candle")]
impl ViewBundle {
    /// Parses a view file from memory (as fetched by the browser or read from disk).
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is truncated, corrupt, of another format
    /// version, lacks a tensor, or a tensor's shape disagrees with the metadata.
    pub fn from_bytes(bytes: &[u8], name: &str, device: &Device) -> Result<Self> {
        // every check, the map and the kernels' decoder: the page's reader
        let ViewFile { meta, map, fast } = ViewFile::from_bytes(bytes, name)?;
        let cfg = meta
            .autoencoder
            .clone()
            .ok_or_else(|| bundle_err(name, "metadata has no autoencoder"))?;
        let tensors = read_tensors(bytes, name)?;
        let vb = candle_nn::VarBuilder::from_tensors(tensors, DType::F32, device);
        let decoder = Decoder::new(&cfg, vb.pp("decoder"))
            .map_err(|e| bundle_err(name, format!("decoder weights: {e}")))?;
        Ok(Self {
            meta,
            map,
            decoder,
            fast,
        })
    }

    /// Decodes one latent point `z` (latent units) to 784 pixels in `[0, 1]`, row-major 28×28,
    /// with the hand-written kernels ([`ViewBundle::fast`]; equal to the candle decoder within
    /// 1e-5).
    ///
    /// # Errors
    /// None at present (kept for the callers' `?`).
    pub fn decode(&self, z: [f32; 2]) -> Result<Vec<f32>> {
        Ok(self.fast.forward(&z))
    }
}

#[cfg(feature = "candle")]
/// An autoencoder's encoder, as stored in its encoder file.
#[derive(Debug, Clone)]
pub struct EncoderBundle {
    /// The metadata (the same as the view file's).
    pub meta: BundleMeta,
    /// The encoder, weights converted to f32 on the loading device.
    pub encoder: Encoder,
}

#[cfg(feature = "candle")]
impl EncoderBundle {
    /// Parses an encoder file (`encoder.*` tensors) from memory.
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is truncated, corrupt, of another format
    /// version, has no autoencoder config or a latent size other than
    /// [`crate::LATENT_DIM`], or lacks an encoder tensor.
    pub fn from_bytes(bytes: &[u8], name: &str, device: &Device) -> Result<Self> {
        let meta = read_meta(bytes, name)?;
        let cfg = encoder_config(&meta, name)?;
        let tensors = read_tensors(bytes, name)?;
        check_weights(&tensors, "encoder.", &meta, name)?;
        let vb = candle_nn::VarBuilder::from_tensors(tensors, DType::F32, device);
        let encoder = Encoder::new(&cfg, vb.pp("encoder"))
            .map_err(|e| bundle_err(name, format!("encoder weights: {e}")))?;
        Ok(Self { meta, encoder })
    }

    /// Encodes images to their posterior means μ (the code itself for the deterministic
    /// designs), latent units.
    ///
    /// * `pixels`: f32, `n · 784` values in `[0, 1]`, image after image, each row-major 28×28.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `pixels.len()` is not a multiple of 784; candle errors.
    pub fn encode(&self, pixels: &[f32], device: &Device) -> Result<Vec<[f32; 2]>> {
        let n = inference::images(pixels)?;
        let x = Tensor::from_slice(pixels, (n, crate::IMAGE_PIXELS), device)?;
        let (mu, _) = self.encoder.forward(&x)?;
        Ok(mu
            .to_vec2::<f32>()?
            .into_iter()
            .map(|p| [p[0], p[1]])
            .collect())
    }
}

#[cfg(feature = "candle")]
impl EncoderBundle {
    /// Encodes images to q(z|x): μ and, for the VAEs, log σ² per axis (`None` for the
    /// deterministic designs), latent units. Same input as [`EncoderBundle::encode`].
    ///
    /// # Errors
    /// As [`EncoderBundle::encode`].
    pub fn encode_posterior(&self, pixels: &[f32]) -> Result<Vec<Posterior>> {
        let n = inference::images(pixels)?;
        let x = Tensor::from_slice(pixels, (n, crate::IMAGE_PIXELS), &Device::Cpu)?;
        let (mu, log_var) = self.encoder.forward(&x)?;
        let mu = mu.to_vec2::<f32>()?;
        let lv = log_var.map(|t| t.to_vec2::<f32>()).transpose()?;
        Ok(mu
            .iter()
            .enumerate()
            .map(|(i, m)| Posterior {
                mu: [m[0], m[1]],
                log_var: lv.as_ref().map(|l| [l[i][0], l[i][1]]),
            })
            .collect())
    }
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

#[cfg(feature = "candle")]
/// A classifier bundle (`<dataset>/classifier.safetensors`).
#[derive(Debug, Clone)]
pub struct ClassifierBundle {
    /// The metadata (its `metrics` hold `classifier_test_accuracy`).
    pub meta: BundleMeta,
    /// The classifier, weights converted to f32 on the loading device.
    pub classifier: Classifier,
}

#[cfg(feature = "candle")]
impl ClassifierBundle {
    /// Parses a classifier file (`classifier.*` tensors) from memory.
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is truncated, corrupt, of another format
    /// version, or lacks a classifier tensor.
    pub fn from_bytes(bytes: &[u8], name: &str, device: &Device) -> Result<Self> {
        let meta = read_meta(bytes, name)?;
        let tensors = read_tensors(bytes, name)?;
        check_weights(&tensors, "classifier.", &meta, name)?;
        let vb = candle_nn::VarBuilder::from_tensors(tensors, DType::F32, device);
        let classifier = Classifier::new(&meta.classifier, vb.pp("classifier"))
            .map_err(|e| bundle_err(name, format!("classifier weights: {e}")))?;
        Ok(Self { meta, classifier })
    }
}

#[cfg(feature = "candle")]
impl ClassifierBundle {
    /// Class probabilities (softmax of the logits) of images: f32 `n · 784` pixels in
    /// `[0, 1]` → `n` rows of `num_classes` probabilities, each row summing to 1.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `pixels.len()` is not a multiple of 784; candle errors.
    pub fn probabilities(&self, pixels: &[f32]) -> Result<Vec<Vec<f32>>> {
        let n = inference::images(pixels)?;
        let x = Tensor::from_slice(pixels, (n, crate::IMAGE_PIXELS), &Device::Cpu)?;
        let logits = self.classifier.forward(&x)?;
        Ok(candle_nn::ops::softmax_last_dim(&logits)?.to_vec2::<f32>()?)
    }
}

#[cfg(feature = "candle")]
impl ViewBundle {
    /// Decodes many latent points in one pass of the kernels: `n` points → `n · 784` pixels in
    /// `[0, 1]`, image after image.
    ///
    /// # Errors
    /// Candle errors only.
    pub fn decode_many(&self, z: &[[f32; 2]]) -> Result<Vec<f32>> {
        if z.is_empty() {
            return Ok(Vec::new());
        }
        let flat: Vec<f32> = z.iter().flatten().copied().collect();
        Ok(self.fast.forward(&flat))
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

#[cfg(feature = "candle")]
#[cfg(not(target_arch = "wasm32"))]
macro_rules! read_from_path {
    ($t:ty, $what:literal) => {
        impl $t {
            #[doc = concat!("Reads ", $what, " from disk (native only); errors name the path.")]
            ///
            /// # Errors
            /// [`Error::Io`] when the file cannot be read, then as `from_bytes`.
            pub fn read(path: &std::path::Path, device: &Device) -> Result<Self> {
                Self::from_bytes(&read_file(path)?, &path.display().to_string(), device)
            }
        }
    };
}
#[cfg(all(feature = "candle", not(target_arch = "wasm32")))]
read_from_path!(ViewBundle, "a view file");
#[cfg(all(feature = "candle", not(target_arch = "wasm32")))]
read_from_path!(EncoderBundle, "an encoder file");
#[cfg(all(feature = "candle", not(target_arch = "wasm32")))]
read_from_path!(ClassifierBundle, "a classifier file");

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

/// Writing of bundles (serialisation on every target; [`write::atomic_write`] native only).
pub mod write;

#[cfg(all(test, feature = "candle"))]
mod tests {
    use super::*;
    use crate::latent_map::Bounds;
    use crate::model::{Autoencoder, AutoencoderConfig};
    use candle_nn::{VarBuilder, VarMap};

    fn small_bundle() -> (Vec<u8>, Autoencoder, ClassMap) {
        let dev = Device::Cpu;
        let cfg = AutoencoderConfig {
            encoder_hidden: vec![16],
            decoder_hidden: vec![8, 16],
            ..AutoencoderConfig::mnist_vae()
        };
        let vm = VarMap::new();
        let ae = Autoencoder::new(&cfg, VarBuilder::from_varmap(&vm, DType::F32, &dev)).unwrap();
        let grid = Meshgrid::new(
            Bounds {
                min: [-3.0, -2.0],
                max: [3.0, 2.5],
            },
            4,
            3,
        )
        .unwrap();
        let map = ClassMap::new(
            grid,
            (0..12).map(|i| (i % 10) as u8).collect(),
            (0..12).map(|i| i as u8 * 20).collect(),
        )
        .unwrap();
        let meta = BundleMeta {
            format_version: FORMAT_VERSION,
            model: "test-vae".into(),
            dataset: "mnist".into(),
            class_names: (0..10).map(|i| i.to_string()).collect(),
            autoencoder: Some(cfg),
            classifier: ClassifierConfig::default(),
            weights_dtype: "f16".into(),
            grid: Some(grid),
            bounds_rule: Some(BoundsRule::default()),
            seed: 7,
            epochs: 1,
            command: "latent-trainer test".into(),
            metrics: BTreeMap::from([("test_neg_elbo_nats".into(), 150.5)]),
        };
        let mut tensors: Vec<(String, Tensor)> = vm
            .data()
            .lock()
            .unwrap()
            .iter()
            .filter(|(k, _)| k.starts_with("decoder."))
            .map(|(k, v)| (k.clone(), v.as_tensor().clone()))
            .collect();
        tensors = write::with_dtype(tensors, DType::F16).unwrap();
        tensors.extend(write::map_tensors(&map).unwrap());
        (write::to_safetensors(&tensors, &meta).unwrap(), ae, map)
    }

    #[test]
    fn round_trip() {
        let (bytes, ae, map) = small_bundle();
        let v = ViewBundle::from_bytes(&bytes, "t.safetensors", &Device::Cpu).unwrap();
        assert_eq!(v.map, map);
        assert_eq!(v.meta.seed, 7);
        assert_eq!(v.meta.metrics["test_neg_elbo_nats"], 150.5);
        // the stored decoder is the f16-rounded original
        let z = [0.25f32, -1.5];
        let got = v.decode(z).unwrap();
        let zt = Tensor::new(&[z], &Device::Cpu).unwrap();
        let want = ae
            .decoder
            .forward(&zt)
            .unwrap()
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        assert_eq!(got.len(), 784);
        let max_diff = got
            .iter()
            .zip(&want)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f32::max);
        assert!(max_diff < 5e-3, "f16 storage moved a pixel by {max_diff}");
        assert!(max_diff > 0.0, "f16 storage should round something");
    }

    #[test]
    fn bad_files_are_named() {
        let (bytes, _, _) = small_bundle();
        let e = ViewBundle::from_bytes(&bytes[..bytes.len() - 10], "cut.safetensors", &Device::Cpu)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("cut.safetensors") && e.contains("not a valid safetensors"),
            "{e}"
        );
        let e = ViewBundle::from_bytes(b"<html>404</html>", "nf.safetensors", &Device::Cpu)
            .unwrap_err()
            .to_string();
        assert!(e.contains("nf.safetensors"), "{e}");
        let mut meta = read_meta(&bytes, "ok").unwrap();
        meta.format_version = 9;
        let tensors: Vec<(String, Tensor)> =
            read_tensors(&bytes, "ok").unwrap().into_iter().collect();
        let other = write::to_safetensors(&tensors, &meta).unwrap();
        let e = ViewBundle::from_bytes(&other, "v9", &Device::Cpu)
            .unwrap_err()
            .to_string();
        assert!(e.contains("format version 9"), "{e}");
        // a map.bounds of the wrong shape, and a meshgrid with min > max, are named errors
        let mut tensors: Vec<(String, Tensor)> =
            read_tensors(&bytes, "ok").unwrap().into_iter().collect();
        for (k, t) in tensors.iter_mut() {
            if k == "map.bounds" {
                *t = t.reshape((1, 4)).unwrap();
            }
        }
        let meta = read_meta(&bytes, "ok").unwrap();
        let e = ViewBundle::from_bytes(
            &write::to_safetensors(&tensors, &meta).unwrap(),
            "b14",
            &Device::Cpu,
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("b14") && e.contains("of shape [1, 4], expected F32 [2, 2]"),
            "{e}"
        );
        let mut flipped = meta.clone();
        let g = flipped.grid.as_mut().unwrap();
        g.bounds = Bounds {
            min: g.bounds.max,
            max: g.bounds.min,
        };
        let good: Vec<(String, Tensor)> = read_tensors(&bytes, "ok").unwrap().into_iter().collect();
        let e = ViewBundle::from_bytes(
            &write::to_safetensors(&good, &flipped).unwrap(),
            "flip",
            &Device::Cpu,
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("flip") && e.contains("meshgrid is invalid"),
            "{e}"
        );
        let plain = safetensors::serialize(Vec::<(&str, &Tensor)>::new(), None).unwrap();
        let e = ViewBundle::from_bytes(&plain, "plain", &Device::Cpu)
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a latent-explorer bundle"), "{e}");
    }

    /// Rewrites the JSON header of a safetensors buffer with `f`, keeping the data section.
    fn edit_header(bytes: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
        let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
        let mut h: serde_json::Value = serde_json::from_slice(&bytes[8..8 + n]).unwrap();
        f(&mut h);
        let mut json = serde_json::to_vec(&h).unwrap();
        json.resize(json.len().next_multiple_of(8), b' ');
        let mut out = (json.len() as u64).to_le_bytes().to_vec();
        out.extend_from_slice(&json);
        out.extend_from_slice(&bytes[8 + n..]);
        out
    }

    fn tensors_of(bytes: &[u8]) -> Vec<(String, Tensor)> {
        read_tensors(bytes, "ok").unwrap().into_iter().collect()
    }

    fn load_err(bytes: &[u8], name: &str) -> String {
        ViewBundle::from_bytes(bytes, name, &Device::Cpu)
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn written_bundles_are_aligned() {
        let (bytes, _, _) = small_bundle();
        assert_eq!(layout::misaligned(&bytes).unwrap(), vec![]);
    }

    #[test]
    fn loaders_refuse_wrong_numbers_naming_the_tensor() {
        let (bytes, _, _) = small_bundle();
        let meta = read_meta(&bytes, "ok").unwrap();
        // NaN, +Inf and -Inf weights
        for (bad, what) in [
            (f32::NAN, "NaN"),
            (f32::INFINITY, "+Inf"),
            (f32::NEG_INFINITY, "-Inf"),
        ] {
            let tensors: Vec<(String, Tensor)> = tensors_of(&bytes)
                .into_iter()
                .map(|(k, t)| {
                    if k == "decoder.hidden1.weight" {
                        let mut v = t
                            .to_dtype(DType::F32)
                            .unwrap()
                            .flatten_all()
                            .unwrap()
                            .to_vec1::<f32>()
                            .unwrap();
                        v[3] = bad;
                        v[7] = bad;
                        let t = Tensor::from_vec(v, t.dims(), &Device::Cpu)
                            .unwrap()
                            .to_dtype(DType::F16)
                            .unwrap();
                        (k, t)
                    } else {
                        (k, t)
                    }
                })
                .collect();
            let e = load_err(
                &write::to_safetensors(&tensors, &meta).unwrap(),
                "nan.safetensors",
            );
            assert!(
                e.contains("nan.safetensors")
                    && e.contains("tensor `decoder.hidden1.weight` holds 2 of")
                    && e.contains("not finite"),
                "{what}: {e}"
            );
        }
        // f16 weights relabelled BF16 (same byte size): refused, naming the tensor
        let relabel = edit_header(&bytes, |h| {
            h["decoder.out.bias"]["dtype"] = "BF16".into();
        });
        let e = load_err(&relabel, "bf16.safetensors");
        assert!(
            e.contains("bf16.safetensors")
                && e.contains("tensor `decoder.out.bias` is stored as BF16 but the metadata says the weights are f16"),
            "{e}"
        );
        // metadata claiming f32 for f16 tensors
        let mut m32 = meta.clone();
        m32.weights_dtype = "f32".into();
        let e = load_err(
            &write::to_safetensors(&tensors_of(&bytes), &m32).unwrap(),
            "m32",
        );
        assert!(
            e.contains("is stored as F16 but the metadata says the weights are f32"),
            "{e}"
        );
        let mut m8 = meta.clone();
        m8.weights_dtype = "int8".into();
        let e = load_err(
            &write::to_safetensors(&tensors_of(&bytes), &m8).unwrap(),
            "m8",
        );
        assert!(e.contains("weights_dtype is `int8`"), "{e}");
        // a weight of another shape than the architecture's
        let reshaped: Vec<(String, Tensor)> = tensors_of(&bytes)
            .into_iter()
            .map(|(k, t)| {
                if k == "decoder.hidden0.weight" {
                    let (a, b) = t.dims2().unwrap();
                    (k, t.reshape((b, a)).unwrap())
                } else {
                    (k, t)
                }
            })
            .collect();
        let e = load_err(
            &write::to_safetensors(&reshaped, &meta).unwrap(),
            "shape.safetensors",
        );
        assert!(
            e.contains("shape.safetensors")
                && e.contains("decoder.hidden0.weight")
                && e.contains("shape"),
            "{e}"
        );
        // a missing weight
        let missing: Vec<(String, Tensor)> = tensors_of(&bytes)
            .into_iter()
            .filter(|(k, _)| k != "decoder.out.weight")
            .collect();
        let e = load_err(&write::to_safetensors(&missing, &meta).unwrap(), "missing");
        assert!(e.contains("decoder.out.weight"), "{e}");
        // map.bounds stored as f16, and with a NaN
        let b16 = edit_header(&bytes, |h| {
            h["map.bounds"]["dtype"] = "F16".into();
            h["map.bounds"]["shape"] = serde_json::json!([2, 4]);
        });
        let e = load_err(&b16, "b16");
        assert!(e.contains("`map.bounds` is F16"), "{e}");
        let nanb: Vec<(String, Tensor)> = tensors_of(&bytes)
            .into_iter()
            .map(|(k, t)| {
                if k == "map.bounds" {
                    (
                        k,
                        Tensor::new(&[[f32::NAN, 0.0], [1.0, 1.0]], &Device::Cpu).unwrap(),
                    )
                } else {
                    (k, t)
                }
            })
            .collect();
        let e = load_err(&write::to_safetensors(&nanb, &meta).unwrap(), "nanb");
        assert!(e.contains("tensor `map.bounds` holds 1 of 4 values"), "{e}");
    }

    #[test]
    fn html_pages_and_lfs_pointers_are_named() {
        let e = load_err(
            b"<!DOCTYPE html>\n<html><head><title>Page not found</title></head></html>",
            "weights/mnist/vae.safetensors",
        );
        assert_eq!(
            e,
            "bundle weights/mnist/vae.safetensors: the server returned an HTML page, not a \
             bundle (a wrong address, or an error page served in its place)"
        );
        let e = load_err(
            b"version https://git-lfs.github.com/spec/v1\noid sha256:ab12\nsize 469968\n",
            "vae.safetensors",
        );
        assert!(
            e.contains("vae.safetensors: this is a Git LFS pointer to a 469968-byte file")
                && e.contains("fetch the real file with git lfs pull"),
            "{e}"
        );
        let e = crate::evolution::Evolution::from_bytes(b"<html>", "evo")
            .unwrap_err()
            .to_string();
        assert!(e.contains("HTML page"), "{e}");
        let e = EncoderBundle::from_bytes(
            b"version https://git-lfs.github.com/spec/v1\n",
            "enc",
            &Device::Cpu,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("Git LFS pointer"), "{e}");
    }

    #[test]
    fn exports_check_their_numbers() {
        let dev = Device::Cpu;
        let t = |v: Vec<f32>| Tensor::from_vec(v.clone(), v.len(), &dev).unwrap();
        // fine: finite, in range, a few subnormals reported
        let (out, rep) = write::with_dtype_checked(
            vec![
                ("w".into(), t(vec![1.0, -2.5, 1e-6, 0.0, 65_504.0])),
                ("map".into(), Tensor::new(&[1u8, 2], &dev).unwrap()),
            ],
            DType::F16,
        )
        .unwrap();
        assert_eq!(out[0].1.dtype(), DType::F16);
        assert_eq!(out[1].1.dtype(), DType::U8);
        assert_eq!(
            rep,
            vec![write::Narrowing {
                tensor: "w".into(),
                values: 5,
                overflowed: 0,
                flushed: 0,
                subnormal: 1
            }]
        );
        let err = |v: Vec<f32>| {
            write::with_dtype(vec![("decoder.out.weight".into(), t(v))], DType::F16)
                .unwrap_err()
                .to_string()
        };
        let e = err(vec![1.0, f32::NAN, f32::INFINITY]);
        assert!(
            e.contains("tensor `decoder.out.weight`: 2 of 3 values are not finite"),
            "{e}"
        );
        let e = err(vec![1.0, 70_000.0, -1e6]);
        assert!(
            e.contains("tensor `decoder.out.weight`: 2 of 3 values exceed ±65504"),
            "{e}"
        );
        // one flushed value in 10,000 is within the allowance; 20 in 10,000 is not
        let mut v = vec![0.5f32; 10_000];
        v[0] = 1e-9;
        let r = write::check_narrowing("w", &v, DType::F16).unwrap();
        assert_eq!((r.flushed, r.overflowed), (1, 0));
        for x in v.iter_mut().take(20) {
            *x = -1e-9;
        }
        let e = err(v);
        assert!(
            e.contains("20 of 10000 non-zero values would flush to zero"),
            "{e}"
        );
        // f32 storage: only finiteness matters
        assert!(write::with_dtype(vec![("x".into(), t(vec![1e30]))], DType::F32).is_ok());
    }

    #[test]
    fn non_finite_metrics_are_not_written() {
        let (bytes, _, _) = small_bundle();
        let mut meta = read_meta(&bytes, "ok").unwrap();
        meta.metrics.insert("test_knn10_agreement".into(), f64::NAN);
        let e = write::to_safetensors(&tensors_of(&bytes), &meta)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("metric `test_knn10_agreement` is NaN") && e.contains("test-vae"),
            "{e}"
        );
        meta.metrics
            .insert("test_knn10_agreement".into(), f64::NEG_INFINITY);
        assert!(write::to_safetensors(&tensors_of(&bytes), &meta).is_err());
    }

    #[test]
    fn atomic_write_replaces_whole_file() {
        let dir = std::env::temp_dir().join(format!("latent-bundle-test-{}", std::process::id()));
        let p = dir.join("a/b.safetensors");
        write::atomic_write(&p, b"one").unwrap();
        write::atomic_write(&p, b"two!").unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), b"two!");
        let leftovers: Vec<_> = std::fs::read_dir(dir.join("a")).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "temporary file left behind");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
