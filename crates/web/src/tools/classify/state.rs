//! What the classifier sees: class probabilities of the image decoded at the exact cursor
//! (the class map only sampled the plane at its cell centres). Computed once per frame by
//! the view's renderer with [`probabilities_at`]. No state of its own: the classifier is one
//! of the views' files, the point is the cursor.

use latent_core::bundle::{ClassifierFile, ViewFile};

/// The classifier's probabilities (summing to 1) for the decode of `model` at `z`.
///
/// # Errors
/// Candle errors only.
pub fn probabilities_at(
    model: &ViewFile,
    classifier: &ClassifierFile,
    z: [f32; 2],
) -> latent_core::Result<Vec<f32>> {
    let px = model.decode(z);
    Ok(classifier.probabilities(&px)?.remove(0))
}

/// The most probable class and its probability.
pub fn argmax(p: &[f32]) -> Option<(u8, f32)> {
    p.iter()
        .enumerate()
        .max_by(|a, b| a.1.total_cmp(b.1))
        .map(|(i, &q)| (i as u8, q))
}
