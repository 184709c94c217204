//! Shared core of the latent space explorer.
//!
//! One definition of each model ([`model`]), the loss terms ([`loss`]), the latent-map math
//! ([`latent_map`]), the bundle format with its manifest, file names and loaders
//! ([`bundle`], the training evolution's files included: [`bundle::evolution`]), the typed
//! bundle metrics ([`metrics`]), the built-in datasets' ids, names and class names
//! ([`dataset`]), the MNIST-style preprocessing of drawn strokes ([`draw`]), the IDX reader ([`idx`]), the latent-space statistics ([`stats`]), Adam's fused in-place update ([`optim`]), the classifier's convolution and pooling kernels ([`im2col`], [`pool`]), the
//! class palette ([`palette`]) and the one training step ([`train`]: seeded initialisation,
//! batch objective, Adam) that the native trainer and the browser's training worker share, with the messages between the browser's training view and its worker ([`train_msg`]). The native trainer and the browser (wasm32) crate are thin
//! layers over this crate, so the weights the trainer writes are read by exactly the code
//! that produced them.

//!
//! Feature `candle` (on by default): the candle models, losses, training step and bundle
//! writers. Without it the crate is the bundle contract and the page's inference on
//! `latent-kernels` ([`bundle::inference`]), with no candle code in the binary.

#![deny(missing_docs)]

pub mod bundle;
#[cfg(feature = "candle")]
mod cpu;
pub mod dataset;
#[cfg(feature = "candle")]
pub mod dense;
pub mod draw;
pub mod error;
pub mod idx;
#[cfg(feature = "candle")]
pub mod im2col;
pub mod latent_map;
#[cfg(feature = "candle")]
pub mod loss;
pub mod metrics;
pub mod model;
#[cfg(feature = "candle")]
pub mod optim;
pub mod palette;
#[cfg(feature = "candle")]
mod par;
#[cfg(feature = "candle")]
pub mod pool;
pub mod stats;
#[cfg(feature = "candle")]
pub mod train;
pub mod train_msg;

pub use error::{Error, Result};

/// Side length of an MNIST / Fashion-MNIST image, in pixels.
pub const IMAGE_SIDE: usize = 28;
/// Number of pixels in one image (28 × 28 = 784).
pub const IMAGE_PIXELS: usize = IMAGE_SIDE * IMAGE_SIDE;
/// Dimension of the latent space explored in the app.
pub const LATENT_DIM: usize = 2;
