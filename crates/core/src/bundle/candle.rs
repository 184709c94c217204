//! The candle loaders of the bundle format (feature `candle`): [`ViewBundle`], [`EncoderBundle`]
//! and [`ClassifierBundle`] build the models as candle modules from the files of
//! [`super`] (the trainer's, the training worker's and the tests' reference), and the tensor
//! checks behind them ([`read_tensors`], [`check_weights`], [`check_finite`]). The page reads the
//! same files with [`super::inference`], no candle.

#[cfg(not(target_arch = "wasm32"))]
use super::read_file;
use super::{bundle_err, encoder_config, inference, not_valid, read_meta, BundleMeta, Posterior};
use super::{layout, ViewFile};
use crate::latent_map::ClassMap;
use crate::model::{Classifier, Decoder, Encoder};
use crate::Result;
use candle_core::{DType, Device, Tensor};
use std::collections::HashMap;

/// Loads every tensor of a safetensors buffer, checking the data is complete; the padding
/// tensors of [`layout`] are left out.
///
/// # Errors
/// [`Error::Bundle`](crate::Error::Bundle) naming `name` on a truncated or corrupt file.
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

/// Checks the weights of a file, the tensors whose names start with `prefix`: each is stored
/// as the metadata's `weights_dtype` says, and holds only finite numbers. (Their shapes are
/// checked against the architecture when the model is built: a tensor of another shape is an
/// error naming it.)
///
/// # Errors
/// [`Error::Bundle`](crate::Error::Bundle) naming the file and the first offending tensor (by
/// name).
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

/// Checks that a float tensor holds only finite numbers.
///
/// # Errors
/// [`Error::Bundle`](crate::Error::Bundle) naming the file and `key`, with the count of NaN and
/// ±Inf values.
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

impl ViewBundle {
    /// Parses a view file from memory (as fetched by the browser or read from disk).
    ///
    /// # Errors
    /// [`Error::Bundle`](crate::Error::Bundle) naming `name` if the file is truncated, corrupt, of
    /// another format version, lacks a tensor, or a tensor's shape disagrees with the metadata.
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

/// An autoencoder's encoder, as stored in its encoder file.
#[derive(Debug, Clone)]
pub struct EncoderBundle {
    /// The metadata (the same as the view file's).
    pub meta: BundleMeta,
    /// The encoder, weights converted to f32 on the loading device.
    pub encoder: Encoder,
}

impl EncoderBundle {
    /// Parses an encoder file (`encoder.*` tensors) from memory.
    ///
    /// # Errors
    /// [`Error::Bundle`](crate::Error::Bundle) naming `name` if the file is truncated, corrupt, of
    /// another format version, has no autoencoder config or a latent size other than
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
    /// [`Error::Invalid`](crate::Error::Invalid) when `pixels.len()` is not a multiple of 784;
    /// candle errors.
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

/// A classifier bundle (`<dataset>/classifier.safetensors`).
#[derive(Debug, Clone)]
pub struct ClassifierBundle {
    /// The metadata (its `metrics` hold `classifier_test_accuracy`).
    pub meta: BundleMeta,
    /// The classifier, weights converted to f32 on the loading device.
    pub classifier: Classifier,
}

impl ClassifierBundle {
    /// Parses a classifier file (`classifier.*` tensors) from memory.
    ///
    /// # Errors
    /// [`Error::Bundle`](crate::Error::Bundle) naming `name` if the file is truncated, corrupt, of
    /// another format version, or lacks a classifier tensor.
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

impl ClassifierBundle {
    /// Class probabilities (softmax of the logits) of images: f32 `n · 784` pixels in
    /// `[0, 1]` → `n` rows of `num_classes` probabilities, each row summing to 1.
    ///
    /// # Errors
    /// [`Error::Invalid`](crate::Error::Invalid) when `pixels.len()` is not a multiple of 784;
    /// candle errors.
    pub fn probabilities(&self, pixels: &[f32]) -> Result<Vec<Vec<f32>>> {
        let n = inference::images(pixels)?;
        let x = Tensor::from_slice(pixels, (n, crate::IMAGE_PIXELS), &Device::Cpu)?;
        let logits = self.classifier.forward(&x)?;
        Ok(candle_nn::ops::softmax_last_dim(&logits)?.to_vec2::<f32>()?)
    }
}

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

#[cfg(not(target_arch = "wasm32"))]
macro_rules! read_from_path {
    ($t:ty, $what:literal) => {
        impl $t {
            #[doc = concat!("Reads ", $what, " from disk (native only); errors name the path.")]
            ///
            /// # Errors
            /// [`Error::Io`](crate::Error::Io) when the file cannot be read, then as `from_bytes`.
            pub fn read(path: &std::path::Path, device: &Device) -> Result<Self> {
                Self::from_bytes(&read_file(path)?, &path.display().to_string(), device)
            }
        }
    };
}
#[cfg(not(target_arch = "wasm32"))]
read_from_path!(ViewBundle, "a view file");
#[cfg(not(target_arch = "wasm32"))]
read_from_path!(EncoderBundle, "an encoder file");
#[cfg(not(target_arch = "wasm32"))]
read_from_path!(ClassifierBundle, "a classifier file");

#[cfg(test)]
mod tests;
