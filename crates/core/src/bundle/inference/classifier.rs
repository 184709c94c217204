//! The classifier of the page's "What the classifier sees" and the map's classes: the CNN of
//! [`crate::model::Classifier`] on the kernels (see the parent module for the file checks).

use super::{images, read_meta, Arrays};
use crate::bundle::BundleMeta;
use crate::model::ClassifierConfig;
use crate::{Result, IMAGE_PIXELS, IMAGE_SIDE};
use latent_kernels::{Activation, Dense};

/// The CNN classifier of [`crate::model::Classifier`] on the kernels: conv3×3 (padding 1) –
/// ReLU – max-pool 2 twice (28 → 14 → 7), a hidden dense layer with ReLU, class logits,
/// softmax. Each convolution is one dense layer over the 3 × 3 patches of every pixel
/// (im2col, columns in the weight's `in, dy, dx` order).
#[derive(Debug, Clone)]
pub struct ClassifierFile {
    /// The metadata (its `metrics` hold `classifier_test_accuracy`).
    pub meta: BundleMeta,
    /// `classifier.conv0`, `classifier.conv1`: `in · 9` → `out` channels.
    conv: [Dense; 2],
    /// `classifier.fc` (input in candle's flattening order: channel, row, column).
    fc: Dense,
    /// `classifier.out`.
    out: Dense,
    /// The architecture.
    cfg: ClassifierConfig,
}

impl ClassifierFile {
    /// Parses a classifier file (`classifier.*` tensors) from memory.
    ///
    /// # Errors
    /// [`Error::Bundle`](crate::Error::Bundle) naming `name` if the file is truncated, corrupt, of another format
    /// version, or lacks a classifier tensor or holds one of another shape.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Self> {
        let meta = read_meta(bytes, name)?;
        let a = Arrays::read(bytes, name)?;
        a.check_weights("classifier.", &meta)?;
        let what = "classifier weights";
        let cfg = meta.classifier.clone();
        let [c1, c2] = cfg.channels;
        let conv = |i: usize, cin: usize, cout: usize| -> Result<Dense> {
            let (w, b) = a.layer(&format!("classifier.conv{i}"), &[cout, cin, 3, 3], what)?;
            Dense::new(&w, &b, cin * 9, cout).map_err(|e| a.err(format!("{what}: {e}")))
        };
        let conv = [conv(0, 1, c1)?, conv(1, c1, c2)?];
        let pooled = IMAGE_SIDE / 4;
        let fc = a.dense("classifier.fc", c2 * pooled * pooled, cfg.hidden, what)?;
        let out = a.dense("classifier.out", cfg.hidden, cfg.num_classes, what)?;
        Ok(Self {
            meta,
            conv,
            fc,
            out,
            cfg,
        })
    }

    /// Class probabilities (softmax of the logits) of images: f32 `n · 784` pixels in
    /// `[0, 1]` → `n` rows of `num_classes` probabilities, each row summing to 1.
    ///
    /// # Errors
    /// [`Error::Invalid`](crate::Error::Invalid) when `pixels.len()` is not a multiple of 784.
    pub fn probabilities(&self, pixels: &[f32]) -> Result<Vec<Vec<f32>>> {
        images(pixels)?;
        let [c1, c2] = self.cfg.channels;
        let s = IMAGE_SIDE;
        let mut out = Vec::new();
        let mut flat = Vec::new();
        for img in pixels.chunks_exact(IMAGE_PIXELS) {
            // channels last ([H, W, C]) through the convolutions and pools
            let a = conv_relu_pool(&self.conv[0], img, s, 1, c1);
            let b = conv_relu_pool(&self.conv[1], &a, s / 2, c1, c2);
            // candle flattens [C, H, W]
            let q = s / 4;
            flat.clear();
            flat.extend(
                (0..c2)
                    .flat_map(|c| (0..q * q).map(move |p| (c, p)))
                    .map(|(c, p)| b[p * c2 + c]),
            );
            let mut h = vec![0.0; self.cfg.hidden];
            self.fc.forward(&flat, &mut h, Activation::Relu);
            let mut logits = vec![0.0; self.cfg.num_classes];
            self.out.forward(&h, &mut logits, Activation::Linear);
            out.push(softmax(&logits));
        }
        Ok(out)
    }
}

/// One 3 × 3 convolution (padding 1) of an `[side, side, cin]` image as the dense layer `l`
/// over its patches, then ReLU and 2 × 2 max-pooling: `[side / 2, side / 2, cout]`.
fn conv_relu_pool(l: &Dense, x: &[f32], side: usize, cin: usize, cout: usize) -> Vec<f32> {
    let k = cin * 9;
    let mut cols = vec![0.0; side * side * k];
    for y in 0..side {
        for xx in 0..side {
            let row = &mut cols[(y * side + xx) * k..][..k];
            for dy in 0..3 {
                for dx in 0..3 {
                    let (sy, sx) = ((y + dy).wrapping_sub(1), (xx + dx).wrapping_sub(1));
                    if sy >= side || sx >= side {
                        continue;
                    }
                    let src = &x[(sy * side + sx) * cin..][..cin];
                    for (c, &v) in src.iter().enumerate() {
                        row[c * 9 + dy * 3 + dx] = v;
                    }
                }
            }
        }
    }
    let mut y = vec![0.0; side * side * cout];
    l.forward(&cols, &mut y, Activation::Relu);
    let h = side / 2;
    let mut out = vec![0f32; h * h * cout];
    for py in 0..h {
        for px in 0..h {
            let o = &mut out[(py * h + px) * cout..][..cout];
            for (dy, dx) in [(0, 0), (0, 1), (1, 0), (1, 1)] {
                let i = &y[((2 * py + dy) * side + 2 * px + dx) * cout..][..cout];
                for (o, &v) in o.iter_mut().zip(i) {
                    *o = (*o).max(v);
                }
            }
        }
    }
    out
}

/// The softmax of one row of logits (shifted by the row's maximum).
fn softmax(logits: &[f32]) -> Vec<f32> {
    let m = logits.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    let e: Vec<f32> = logits.iter().map(|&v| (v - m).exp()).collect();
    let s: f32 = e.iter().sum();
    e.into_iter().map(|v| v / s).collect()
}
