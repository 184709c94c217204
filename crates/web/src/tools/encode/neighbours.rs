//! An encoded image's nearest test codes: the held-out test images encoded by a model's
//! encoder (its **test codes**, computed in the page a slice at a time so the pointer is never
//! blocked) and the [`K`] of them nearest to the image's μ, ringed on the map. With `compare=`
//! the same is done with the compared model's encoder, so "the same digit's neighbours" can be
//! seen in two designs at once (a plain autoencoder's are mixed, a VAE's mostly one class).

use latent_core::bundle::{EncoderFile, TestImages};
use latent_core::stats::nearest;
use latent_core::IMAGE_PIXELS;

/// How many nearest test codes are ringed (the docs' 10-NN agreement uses the same k).
pub const K: usize = 10;

/// Test images encoded per slice (one slice per message: a few milliseconds of the page's
/// kernels, so pointer moves are answered in between).
pub const SLICE: usize = 200;

/// The test codes of one encoder, filled a slice at a time.
#[derive(Debug, Clone, PartialEq)]
pub struct Codes {
    /// The encoder's URL.
    pub encoder: String,
    /// The test-image file's URL.
    pub tests: String,
    /// μ of the first test images so far, latent units (all of them once [`Codes::done`]).
    pub mu: Vec<[f32; 2]>,
    /// How many test images there are.
    pub count: usize,
}

impl Codes {
    /// Empty codes of `encoder` for the test images of `tests` (`count` images).
    pub fn new(encoder: &str, tests: &str, count: usize) -> Self {
        Codes {
            encoder: encoder.to_string(),
            tests: tests.to_string(),
            mu: Vec::with_capacity(count),
            count,
        }
    }

    /// Whether every test image is encoded.
    pub fn done(&self) -> bool {
        self.mu.len() >= self.count
    }

    /// Encodes the next (at most) `n` test images with `enc`. An image the encoder refuses
    /// (it cannot: every image has 784 pixels) would end the codes where they are.
    pub fn fill(&mut self, enc: &EncoderFile, t: &TestImages, n: usize) {
        let from = self.mu.len();
        let to = (from + n).min(self.count).min(t.labels.len());
        if from >= to {
            self.count = self.mu.len();
            return;
        }
        let px: Vec<f32> = t.pixels[from * IMAGE_PIXELS..to * IMAGE_PIXELS]
            .iter()
            .map(|&b| f32::from(b) / 255.0)
            .collect();
        match enc.encode_posterior(&px) {
            Ok(p) => self.mu.extend(p.iter().map(|q| q.mu)),
            Err(_) => self.count = self.mu.len(),
        }
    }
}

/// An encoded image's nearest test codes in one model.
#[derive(Debug, Clone, PartialEq)]
pub struct Near {
    /// The test images' indices, nearest first (the image itself left out when it is a test
    /// image).
    pub indices: Vec<usize>,
    /// Their codes, latent units, and their true classes (the rings' positions and colours).
    pub rings: Vec<([f32; 2], u8)>,
    /// The class they are counted against: the test image's label, or for a drawing the most
    /// common class among the first model's neighbours.
    pub class: u8,
    /// How many of them carry that class.
    pub same: usize,
}

/// The [`K`] codes of `codes` nearest to `mu` (leaving out test image `skip`), counted
/// against `class` (`None`: their own most common class, the lowest on a tie).
pub fn near(
    codes: &[[f32; 2]],
    labels: &[u8],
    mu: [f32; 2],
    skip: Option<usize>,
    class: Option<u8>,
) -> Near {
    let indices = nearest(codes, mu, K, skip);
    let rings: Vec<([f32; 2], u8)> = indices
        .iter()
        .map(|&i| (codes[i], labels.get(i).copied().unwrap_or(0)))
        .collect();
    let count = |c: u8| rings.iter().filter(|r| r.1 == c).count();
    let class = class.unwrap_or_else(|| {
        let mut best = (0, 0u8);
        for c in 0..=u8::MAX {
            let n = count(c);
            if n > best.0 {
                best = (n, c);
            }
        }
        best.1
    });
    Near {
        same: count(class),
        indices,
        rings,
        class,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_counts_against_the_label_or_the_majority() {
        // twelve codes on a line; labels 3,3,3,5,5,5,...
        let codes: Vec<[f32; 2]> = (0..12).map(|i| [i as f32, 0.0]).collect();
        let labels: Vec<u8> = (0..12).map(|i| if i % 6 < 3 { 3 } else { 5 }).collect();
        let n = near(&codes, &labels, [0.2, 0.0], Some(0), None);
        assert_eq!(n.indices, (1..=10).collect::<Vec<_>>());
        // indices 1..=10: labels 3,3,5,5,5,3,3,3,5,5 → five of each: the lower class wins
        assert_eq!((n.class, n.same), (3, 5));
        let n = near(&codes, &labels, [11.0, 0.0], None, Some(5));
        assert_eq!(n.indices[0], 11);
        assert_eq!(n.rings[0], ([11.0, 0.0], 5));
        // 11, 10, 9, 5, 4, 3 carry a 5
        assert_eq!((n.class, n.same), (5, 6));
    }
}
