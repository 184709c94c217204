//! What the classifier sees: class probabilities of the image decoded at the exact cursor
//! (the class map only sampled the plane at its cell centres). Computed once per frame by
//! the renderer with [`probabilities_at`].

use crate::Explorer;
use latent_core::bundle::ClassifierFile;

/// The classifier's probabilities (summing to 1) for the decode of `model` at `z`.
///
/// # Errors
/// Candle errors only.
pub fn probabilities_at(
    model: &Explorer,
    classifier: &ClassifierFile,
    z: [f32; 2],
) -> latent_core::Result<Vec<f32>> {
    let px = model.decode_z(z)?;
    Ok(classifier.probabilities(&px)?.remove(0))
}

/// The most probable class and its probability.
pub fn argmax(p: &[f32]) -> Option<(u8, f32)> {
    p.iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, &q)| (i as u8, q))
}
