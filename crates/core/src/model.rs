//! The models: autoencoders with a 2-D latent and the image classifier.
//!
//! Each model is a candle-nn module built from a [`VarBuilder`], so the trainer (from a fresh
//! `VarMap`) and the browser (from a bundle's safetensors bytes) build it with the same code.
//! Tensor names are fixed by the `pp` prefixes used here: `encoder.hidden{i}`, `encoder.mu`,
//! `encoder.log_var`, `decoder.hidden{i}`, `decoder.out`, `classifier.conv{i}`,
//! `classifier.fc`, `classifier.out`.

//!
//! The architectures ([`AutoencoderConfig`], [`ClassifierConfig`]) are plain data stored in every
//! bundle's metadata; the candle modules are behind the crate's `candle` feature (`nets.rs`).

use serde::{Deserialize, Serialize};

/// Which autoencoder design.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AutoencoderKind {
    /// Deterministic autoencoder with an unbounded linear latent.
    Plain,
    /// Deterministic autoencoder whose latent is squashed into `(−1, 1)²` by `tanh`.
    Bounded,
    /// Variational autoencoder (Kingma & Welling 2014): the encoder gives μ and log σ², the
    /// loss is reconstruction + β · KL divergence (β = 1 for the plain VAE, β > 1 for a β-VAE,
    /// Higgins et al. 2017).
    Vae,
}

impl AutoencoderKind {
    /// Every design, in the order the docs list them.
    pub const ALL: [AutoencoderKind; 3] = [
        AutoencoderKind::Plain,
        AutoencoderKind::Bounded,
        AutoencoderKind::Vae,
    ];
    /// The designs' names as parsed and displayed: `plain`, `bounded`, `vae`.
    pub const NAMES: [&'static str; 3] = ["plain", "bounded", "vae"];

    /// The design's name, as in bundle names, metadata and on the command line: `plain`,
    /// `bounded` or `vae` (the same as its serde form).
    pub fn name(self) -> &'static str {
        match self {
            AutoencoderKind::Plain => Self::NAMES[0],
            AutoencoderKind::Bounded => Self::NAMES[1],
            AutoencoderKind::Vae => Self::NAMES[2],
        }
    }
}

impl std::fmt::Display for AutoencoderKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for AutoencoderKind {
    type Err = crate::Error;

    /// Parses [`AutoencoderKind::name`], ignoring ASCII case.
    ///
    /// # Errors
    /// [`crate::Error::Invalid`] naming the valid designs.
    fn from_str(s: &str) -> std::result::Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| {
                crate::Error::Invalid(format!(
                    "unknown design `{s}`: expected {}",
                    Self::NAMES.join(", ")
                ))
            })
    }
}

/// Architecture of an MLP autoencoder. Stored in every bundle's metadata.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AutoencoderConfig {
    /// The design.
    pub kind: AutoencoderKind,
    /// Weight of the KL term (only used by [`AutoencoderKind::Vae`]; 1 = ELBO).
    pub beta: f32,
    /// Input size: pixels per image (784).
    pub input_dim: usize,
    /// Latent size (2 in the app).
    pub latent_dim: usize,
    /// Widths of the encoder's hidden layers, input side first, e.g. `[512, 256]`.
    pub encoder_hidden: Vec<usize>,
    /// Widths of the decoder's hidden layers, latent side first, e.g. `[256, 512]`.
    pub decoder_hidden: Vec<usize>,
}

impl AutoencoderConfig {
    /// The MNIST VAE shipped with the app: 784-512-256-(2+2) encoder, 2-512-128-784 decoder
    /// (the decoder is what the browser downloads: 167k parameters, 334 kB as f16).
    pub fn mnist_vae() -> Self {
        Self {
            kind: AutoencoderKind::Vae,
            beta: 1.0,
            input_dim: crate::IMAGE_PIXELS,
            latent_dim: crate::LATENT_DIM,
            encoder_hidden: vec![512, 256],
            decoder_hidden: vec![512, 128],
        }
    }
}
/// Architecture of the CNN classifier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClassifierConfig {
    /// Output channels of the two 3×3 convolutions, e.g. `[32, 64]`.
    pub channels: [usize; 2],
    /// Width of the hidden fully connected layer.
    pub hidden: usize,
    /// Number of classes (10).
    pub num_classes: usize,
    /// Dropout probabilities while training: `[after the conv stack, after the hidden layer]`.
    #[serde(default)]
    pub dropout: [f32; 2],
}

impl Default for ClassifierConfig {
    fn default() -> Self {
        Self {
            channels: [32, 64],
            hidden: 128,
            num_classes: 10,
            dropout: [0.25, 0.5],
        }
    }
}

#[cfg(feature = "candle")]
mod nets;
#[cfg(feature = "candle")]
pub use nets::*;
