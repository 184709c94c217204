//! The page's models without candle: bundle files read with the `safetensors` crate and run on
//! the hand-written kernels of `latent-kernels` — the decoder ([`ViewFile`]), the encoder
//! ([`EncoderFile`]) and the classifier ([`ClassifierFile`], in `classifier.rs`).
//!
//! Why: the page's first view downloads its WebAssembly, and candle with gemm and rayon were
//! half of it (1,049,061 → 541,032 raw bytes, 333,685 → 214,982 gzip'd without them) although
//! the page only ever runs three small forward passes. The
//! architectures are the ones of [`crate::model`] (the same tensor names and shapes, taken
//! from the metadata's [`AutoencoderConfig`] and [`ClassifierConfig`](crate::model::ClassifierConfig)); with the `candle`
//! feature, tests check every committed model against candle's forward: decoded pixels, codes
//! and class probabilities within 1e-5. The candle bundles ([`super::candle::ViewBundle`],
//! [`super::candle::EncoderBundle`], [`super::candle::ClassifierBundle`]) stay the trainer's.
//!
//! Checks are those of the candle loaders, with the same messages: the format, the metadata,
//! the weights' storage dtype (`f16` or `f32`, as the metadata says), finite values, and each
//! weight's shape against the architecture (a tensor of another shape or a missing one is an
//! error naming it).

use super::{bundle_err, encoder_config, not_valid, read_meta, BundleMeta, Posterior};
use crate::latent_map::{Bounds, ClassMap, Meshgrid};
use crate::model::{AutoencoderConfig, AutoencoderKind};
use crate::{Error, Result, IMAGE_PIXELS};
use latent_kernels::{Activation, Dense, Mlp};
use safetensors::{Dtype, SafeTensors};

mod classifier;

pub use classifier::ClassifierFile;

/// Images per pass through the layers (bounds the scratch buffers: 64 × 512 floats).
const CHUNK: usize = 64;

/// The tensors of a safetensors buffer, borrowed, with the file's name for errors.
pub(crate) struct Arrays<'a> {
    st: SafeTensors<'a>,
    name: &'a str,
}

impl<'a> Arrays<'a> {
    /// Parses the header and checks every tensor's data lies in the buffer.
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` on a truncated or corrupt file (an HTML page, a Git LFS
    /// pointer or a JSON document said as such).
    pub(crate) fn read(bytes: &'a [u8], name: &'a str) -> Result<Self> {
        let st = SafeTensors::deserialize(bytes).map_err(|e| not_valid(bytes, name, e))?;
        Ok(Self { st, name })
    }

    fn err(&self, what: impl std::fmt::Display) -> Error {
        bundle_err(self.name, what)
    }

    /// The tensor `key`.
    fn get(&self, key: &str) -> Result<safetensors::tensor::TensorView<'a>> {
        self.st
            .tensor(key)
            .map_err(|_| self.err(format!("tensor `{key}` is missing")))
    }

    /// `key` as u8 of shape `dims` (`"`key` is F32 [..], expected U8 [..]"` otherwise).
    pub(crate) fn u8s(&self, key: &str, dims: &[usize]) -> Result<Vec<u8>> {
        let t = self.get(key)?;
        if t.dtype() != Dtype::U8 || t.shape() != dims {
            return Err(self.err(format!(
                "`{key}` is {:?} {:?}, expected U8 {dims:?}",
                t.dtype(),
                t.shape()
            )));
        }
        Ok(t.data().to_vec())
    }

    /// `key` as f32 of shape `dims`, stored as f32, checked finite.
    pub(crate) fn f32s(&self, key: &str, dims: &[usize]) -> Result<Vec<f32>> {
        let t = self.get(key)?;
        if t.dtype() != Dtype::F32 || t.shape() != dims {
            return Err(self.err(format!(
                "`{key}` is {:?} of shape {:?}, expected F32 {dims:?}",
                t.dtype(),
                t.shape()
            )));
        }
        let v = floats(t.dtype(), t.data()).expect("f32");
        self.finite(key, &v)?;
        Ok(v)
    }

    fn finite(&self, key: &str, v: &[f32]) -> Result<()> {
        self.all_finite(key, v.iter().filter(|x| !x.is_finite()).count(), v.len())
    }

    /// The error for `bad` of `len` values of tensor `key` that are NaN or ±Inf, if any.
    fn all_finite(&self, key: &str, bad: usize, len: usize) -> Result<()> {
        if bad > 0 {
            return Err(self.err(format!(
                "tensor `{key}` holds {bad} of {len} values that are not finite numbers (NaN or \
                 ±Inf): the file is broken"
            )));
        }
        Ok(())
    }

    /// Checks the weights under `prefix` as [`super::candle::check_weights`] does: each stored as the
    /// metadata's `weights_dtype`, each finite (in name order).
    ///
    /// # Errors
    /// [`Error::Bundle`] naming the first offending tensor.
    pub(crate) fn check_weights(&self, prefix: &str, meta: &BundleMeta) -> Result<()> {
        let want = match meta.weights_dtype.as_str() {
            "f16" => Dtype::F16,
            "f32" => Dtype::F32,
            other => {
                return Err(self.err(format!(
                    "metadata's weights_dtype is `{other}`; this app reads f16 or f32 weights"
                )))
            }
        };
        let mut keys: Vec<String> = self
            .st
            .names()
            .into_iter()
            .filter(|k| k.starts_with(prefix))
            .map(|k| k.to_string())
            .collect();
        keys.sort();
        for k in keys {
            let t = self.get(&k)?;
            if t.dtype() != want {
                return Err(self.err(format!(
                    "tensor `{k}` is stored as {:?} but the metadata says the weights are {}",
                    t.dtype(),
                    meta.weights_dtype
                )));
            }
            // (counted on the stored bits: the layers convert the weights to f32 once, later)
            if let Some(bad) = non_finite(t.dtype(), t.data()) {
                self.all_finite(&k, bad, t.shape().iter().product())?;
            }
        }
        Ok(())
    }

    /// The dense layer `{prefix}.weight` (`[outputs, inputs]`) and `{prefix}.bias`
    /// (`[outputs]`) as f32; `what` (e.g. `decoder weights`) starts the error.
    fn dense(&self, prefix: &str, inputs: usize, outputs: usize, what: &str) -> Result<Dense> {
        let (w, b) = self.layer(prefix, &[outputs, inputs], what)?;
        Dense::new(&w, &b, inputs, outputs).map_err(|e| self.err(format!("{what}: {e}")))
    }

    /// `{prefix}.weight` of shape `w_dims` and `{prefix}.bias` of `[w_dims[0]]`, as f32.
    fn layer(&self, prefix: &str, w_dims: &[usize], what: &str) -> Result<(Vec<f32>, Vec<f32>)> {
        let one = |key: String, dims: &[usize]| -> Result<Vec<f32>> {
            let t = self
                .get(&key)
                .map_err(|_| self.err(format!("{what}: tensor `{key}` is missing")))?;
            if t.shape() != dims {
                return Err(self.err(format!(
                    "{what}: tensor `{key}` has shape {:?}, expected {dims:?}",
                    t.shape()
                )));
            }
            floats(t.dtype(), t.data()).ok_or_else(|| {
                self.err(format!(
                    "{what}: tensor `{key}` is {:?}, not a float tensor",
                    t.dtype()
                ))
            })
        };
        Ok((
            one(format!("{prefix}.weight"), w_dims)?,
            one(format!("{prefix}.bias"), &w_dims[..1])?,
        ))
    }
}

/// How many values of little-endian f32, f16 or bf16 data are NaN or ±Inf (all exponent bits
/// set, IEEE 754), without converting them; `None` for other dtypes.
fn non_finite(dtype: Dtype, data: &[u8]) -> Option<usize> {
    let count = |width: usize, exponent: u32| {
        data.chunks_exact(width)
            .filter(|b| {
                let bits = b.iter().rev().fold(0u32, |a, &x| (a << 8) | x as u32);
                bits & exponent == exponent
            })
            .count()
    };
    match dtype {
        Dtype::F32 => Some(count(4, 0x7f80_0000)),
        Dtype::F16 => Some(count(2, 0x7c00)),
        Dtype::BF16 => Some(count(2, 0x7f80)),
        _ => None,
    }
}

/// Little-endian f32, f16 or bf16 data as f32 (`None` for other dtypes).
fn floats(dtype: Dtype, data: &[u8]) -> Option<Vec<f32>> {
    match dtype {
        Dtype::F32 => Some(
            data.chunks_exact(4)
                .map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
        ),
        Dtype::F16 => Some(
            data.chunks_exact(2)
                .map(|b| half::f16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
        ),
        Dtype::BF16 => Some(
            data.chunks_exact(2)
                .map(|b| half::bf16::from_le_bytes([b[0], b[1]]).to_f32())
                .collect(),
        ),
        _ => None,
    }
}

/// Checks `pixels` is a whole number of 784-pixel images; returns how many.
///
/// # Errors
/// [`Error::Invalid`] saying how many pixels were given.
pub(crate) fn images(pixels: &[f32]) -> Result<usize> {
    if !pixels.len().is_multiple_of(IMAGE_PIXELS) {
        return Err(Error::Invalid(format!(
            "{} pixels is not a whole number of {IMAGE_PIXELS}-pixel images",
            pixels.len()
        )));
    }
    Ok(pixels.len() / IMAGE_PIXELS)
}

/// What the page needs of a view file: metadata, class map and the decoder on the kernels.
#[derive(Debug, Clone)]
pub struct ViewFile {
    /// The metadata.
    pub meta: BundleMeta,
    /// The class map over the meshgrid.
    pub map: ClassMap,
    /// The decoder (`decoder.hidden{i}` with ReLU, `decoder.out` with the sigmoid), weights
    /// as f32: latent f32 `[n, 2]` → pixels f32 `[n, 784]` in `[0, 1]`.
    pub fast: Mlp,
}

impl ViewFile {
    /// Parses a view file from memory (as fetched by the browser or read from disk).
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is truncated, corrupt, of another format
    /// version, lacks a tensor, a tensor's shape or dtype disagrees with the metadata, a value
    /// is not finite, or the map holds a class without a name.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Self> {
        let meta = read_meta(bytes, name)?;
        let a = Arrays::read(bytes, name)?;
        let grid = meta
            .grid
            .ok_or_else(|| bundle_err(name, "metadata has no meshgrid: not a view file"))?;
        let cfg = meta
            .autoencoder
            .clone()
            .ok_or_else(|| bundle_err(name, "metadata has no autoencoder"))?;
        let grid = Meshgrid::new(grid.bounds, grid.width, grid.height)
            .map_err(|e| bundle_err(name, format!("metadata's meshgrid is invalid: {e}")))?;
        let b = a.f32s("map.bounds", &[2, 2])?;
        let tensor_bounds = Bounds {
            min: [b[0], b[1]],
            max: [b[2], b[3]],
        };
        if tensor_bounds != grid.bounds {
            return Err(bundle_err(
                name,
                "`map.bounds` disagrees with the metadata's meshgrid",
            ));
        }
        let plane = [grid.height, grid.width];
        let map = ClassMap::new(
            grid,
            a.u8s("map.class", &plane)?,
            a.u8s("map.confidence", &plane)?,
        )?;
        if let Some(c) = map
            .class
            .iter()
            .find(|&&c| c as usize >= meta.class_names.len())
        {
            return Err(bundle_err(
                name,
                format!(
                    "class map holds class {c} but only {} names",
                    meta.class_names.len()
                ),
            ));
        }
        a.check_weights("decoder.", &meta)?;
        let fast = decoder(&a, &cfg)?;
        Ok(Self { meta, map, fast })
    }

    /// Decodes one latent point `z` (latent units) to 784 pixels in `[0, 1]`, row-major 28×28.
    pub fn decode(&self, z: [f32; 2]) -> Vec<f32> {
        self.fast.forward(&z)
    }

    /// Decodes many latent points in one pass of the kernels: `n` points → `n · 784` pixels in
    /// `[0, 1]`, image after image.
    pub fn decode_many(&self, z: &[[f32; 2]]) -> Vec<f32> {
        if z.is_empty() {
            return Vec::new();
        }
        let flat: Vec<f32> = z.iter().flatten().copied().collect();
        self.fast.forward(&flat)
    }
}

/// The decoder of `cfg` from `decoder.*`.
fn decoder(a: &Arrays, cfg: &AutoencoderConfig) -> Result<Mlp> {
    let what = "decoder weights";
    let mut sizes = vec![cfg.latent_dim];
    sizes.extend(&cfg.decoder_hidden);
    let mut layers = Vec::with_capacity(sizes.len());
    for (i, w) in sizes.windows(2).enumerate() {
        layers.push(a.dense(&format!("decoder.hidden{i}"), w[0], w[1], what)?);
    }
    let last = *sizes.last().expect("the latent size");
    layers.push(a.dense("decoder.out", last, cfg.input_dim, what)?);
    Mlp::new(layers).map_err(|e| a.err(format!("{what}: {e}")))
}

/// An autoencoder's encoder on the kernels, from its encoder file.
#[derive(Debug, Clone)]
pub struct EncoderFile {
    /// The metadata (the same as the view file's).
    pub meta: BundleMeta,
    /// `encoder.hidden{i}`, each followed by a ReLU.
    hidden: Vec<Dense>,
    /// `encoder.mu` and (VAEs) `encoder.log_var` as one layer: outputs `[μ₁, μ₂, log σ²₁,
    /// log σ²₂]`, no activation.
    heads: Dense,
    /// The design (`tanh` on μ for the bounded one).
    kind: AutoencoderKind,
}

impl EncoderFile {
    /// Parses an encoder file (`encoder.*` tensors) from memory.
    ///
    /// # Errors
    /// [`Error::Bundle`] naming `name` if the file is truncated, corrupt, of another format
    /// version, has no autoencoder config or a latent size other than
    /// [`crate::LATENT_DIM`], or lacks an encoder tensor or holds one of another shape.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Self> {
        let meta = read_meta(bytes, name)?;
        let cfg = encoder_config(&meta, name)?;
        let a = Arrays::read(bytes, name)?;
        a.check_weights("encoder.", &meta)?;
        let what = "encoder weights";
        let mut sizes = vec![cfg.input_dim];
        sizes.extend(&cfg.encoder_hidden);
        let hidden = sizes
            .windows(2)
            .enumerate()
            .map(|(i, w)| a.dense(&format!("encoder.hidden{i}"), w[0], w[1], what))
            .collect::<Result<Vec<_>>>()?;
        let last = *sizes.last().expect("the input size");
        let d = cfg.latent_dim;
        let (mut w, mut b) = a.layer("encoder.mu", &[d, last], what)?;
        if cfg.kind == AutoencoderKind::Vae {
            let (lw, lb) = a.layer("encoder.log_var", &[d, last], what)?;
            w.extend(lw);
            b.extend(lb);
        }
        let heads = Dense::new(&w, &b, last, b.len()).map_err(|e| a.err(format!("{what}: {e}")))?;
        Ok(Self {
            meta,
            hidden,
            heads,
            kind: cfg.kind,
        })
    }

    /// Encodes images to q(z|x): μ and, for the VAEs, log σ² per axis (`None` for the
    /// deterministic designs), latent units.
    ///
    /// * `pixels`: f32, `n · 784` values in `[0, 1]`, image after image, each row-major 28×28.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `pixels.len()` is not a multiple of 784.
    pub fn encode_posterior(&self, pixels: &[f32]) -> Result<Vec<Posterior>> {
        let n = images(pixels)?;
        let heads = self.heads.outputs();
        let mut out = Vec::with_capacity(n);
        for x in pixels.chunks(CHUNK * IMAGE_PIXELS) {
            let h = hidden_pass(&self.hidden, x, IMAGE_PIXELS);
            let rows = x.len() / IMAGE_PIXELS;
            let mut y = vec![0.0; rows * heads];
            self.heads.forward(&h, &mut y, Activation::Linear);
            for r in y.chunks_exact(heads) {
                let mut mu = [r[0], r[1]];
                if self.kind == AutoencoderKind::Bounded {
                    mu = mu.map(f32::tanh);
                }
                out.push(Posterior {
                    mu,
                    log_var: (heads == 4).then(|| [r[2], r[3]]),
                });
            }
        }
        Ok(out)
    }
}

/// `x` (rows of `width`) through `layers`, each followed by a ReLU; `x` itself when there is
/// no layer.
fn hidden_pass(layers: &[Dense], x: &[f32], width: usize) -> Vec<f32> {
    let rows = x.len() / width;
    let mut h = x.to_vec();
    for l in layers {
        let mut y = vec![0.0; rows * l.outputs()];
        l.forward(&h, &mut y, Activation::Relu);
        h = y;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::{floats, non_finite};
    use safetensors::Dtype;

    /// The count on the stored bits agrees with converting to f32 and asking `is_finite`: every
    /// f16 and bf16 bit pattern, and f32 edge values.
    #[test]
    fn non_finite_counts_on_the_bits_as_the_conversion_does() {
        let all: Vec<u8> = (0..=u16::MAX).flat_map(|h| h.to_le_bytes()).collect();
        for dtype in [Dtype::F16, Dtype::BF16] {
            let want = floats(dtype, &all)
                .unwrap()
                .iter()
                .filter(|x| !x.is_finite())
                .count();
            assert_eq!(non_finite(dtype, &all), Some(want), "{dtype:?}");
        }
        // f16: 2 infinities and 2 × 1023 NaNs; bf16: 2 and 2 × 127
        assert_eq!(non_finite(Dtype::F16, &all), Some(2 + 2 * 1023));
        assert_eq!(non_finite(Dtype::BF16, &all), Some(2 + 2 * 127));
        let f32s = [
            0.0,
            -0.0,
            f32::MIN_POSITIVE / 2.0,
            f32::MAX,
            f32::MIN,
            f32::INFINITY,
            f32::NEG_INFINITY,
            f32::NAN,
            -f32::NAN,
            1.5,
        ];
        let bytes: Vec<u8> = f32s.iter().flat_map(|x| x.to_le_bytes()).collect();
        assert_eq!(non_finite(Dtype::F32, &bytes), Some(4));
        assert_eq!(non_finite(Dtype::U8, &bytes), None);
    }
}
