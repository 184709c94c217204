//! The four questions of the original project, each answered with evidence from the committed
//! models after the student's prediction (pure; tested natively). Every figure comes from the
//! files the trainer wrote from the committed bundles (the lesson files' copies of the view
//! files' test metrics and of the training evolution's per-snapshot figures, the study file's
//! figures): the numbers `docs/measurements.md` shows.
//!
//! - **Dims**: the same test images reconstructed by the latent-size study's models;
//! - **Sparse**: the plain autoencoder's and the VAE's test codes, the share of the box's
//!   32 × 32 cells they occupy, and the decode of a point in a gap;
//! - **Similar**: a test image's 10 nearest test codes in the plain autoencoder, the VAE and the
//!   β-VAE, and each model's 10-NN agreement;
//! - **Epochs**: the VAE's per-snapshot map accuracy and 10-NN agreement, and the first epoch
//!   within 2 points of the final agreement.

use crate::render::z_text;
use crate::state::{class_name, Design, Lesson, Step};
use latent_core::bundle::lesson::EpochFigures;
use latent_core::latent_map::Bounds;
use latent_core::stats::nearest;
use latent_i18n::{num, t, Text};

/// Cells per side of the occupancy grid (the docs' `test_occupied_share_32`).
pub const OCCUPANCY_BINS: usize = 32;

pub use latent_core::bundle::lesson::COHERENT_WITHIN;

/// Neighbours counted in the "similar" question.
pub const K: usize = 10;

/// The designs a question compares.
pub fn designs(step: Step) -> &'static [Design] {
    match step {
        Step::Sparse => &[Design::Plain, Design::Vae],
        Step::Similar => &[Design::Plain, Design::Vae, Design::Beta],
        _ => &[],
    }
}

/// The choices of the shown question's prediction.
pub fn options(l: &Lesson) -> Vec<Text> {
    match l.step {
        Some(Step::Dims) => l.files.study.as_ref().map_or(Vec::new(), |s| {
            s.meta
                .models
                .iter()
                .map(|m| t!("lesson-dims-option", n = m.latent_dim))
                .collect()
        }),
        Some(s @ (Step::Sparse | Step::Similar)) => designs(s).iter().map(|d| d.label()).collect(),
        Some(Step::Epochs) => epochs(l)
            .iter()
            .map(|f| t!("lesson-epochs-option", n = f.epoch))
            .collect(),
        _ => Vec::new(),
    }
}

/// The VAE's per-snapshot figures (the evolution behind the epochs question).
pub fn epochs(l: &Lesson) -> &[EpochFigures] {
    l.files
        .sibling(Design::Vae)
        .map_or(&[][..], |f| f.meta.evolution.as_slice())
}

pub use latent_core::bundle::lesson::coherent;

/// A figure of a design's test metrics (`test_occupied_share_32`, `test_knn10_agreement`).
pub fn metric(l: &Lesson, d: Design, key: &str) -> Option<f64> {
    l.files.sibling(d)?.meta.metrics.get(key).copied()
}

/// The point of a gap: the centre of the empty cell of a `bins × bins` grid over `bounds`
/// nearest to the bounds' centre (cells with any of `codes` are occupied), latent units.
pub fn gap_point(codes: &[[f32; 2]], bounds: &Bounds, bins: usize) -> Option<[f32; 2]> {
    let size = bounds.size();
    let mut full = vec![false; bins * bins];
    for p in codes.iter().filter(|p| bounds.contains(**p)) {
        let c = (((p[0] - bounds.min[0]) / size[0] * bins as f32) as usize).min(bins - 1);
        let r = (((p[1] - bounds.min[1]) / size[1] * bins as f32) as usize).min(bins - 1);
        full[r * bins + c] = true;
    }
    let centre = |r: usize, c: usize| {
        [
            bounds.min[0] + (c as f32 + 0.5) / bins as f32 * size[0],
            bounds.min[1] + (r as f32 + 0.5) / bins as f32 * size[1],
        ]
    };
    let mid = [
        (bounds.min[0] + bounds.max[0]) / 2.0,
        (bounds.min[1] + bounds.max[1]) / 2.0,
    ];
    (0..bins * bins)
        .filter(|&i| !full[i])
        .map(|i| centre(i / bins, i % bins))
        .min_by(|a, b| {
            let d = |z: &[f32; 2]| (z[0] - mid[0]).powi(2) + (z[1] - mid[1]).powi(2);
            d(a).total_cmp(&d(b))
        })
}

/// The plain autoencoder's gap point and its decode (784 pixels in `[0, 1]`).
pub fn gap(l: &Lesson) -> Option<([f32; 2], Vec<f32>)> {
    let f = l.files.sibling(Design::Plain)?;
    let v = l.files.sibling_view(Design::Plain)?;
    let z = gap_point(&f.test_codes, &f.meta.bounds, OCCUPANCY_BINS)?;
    Some((z, v.decode(z)))
}

/// The shown test image's [`K`] nearest test codes in design `d` (the image left out), and how
/// many share its label.
pub fn neighbours(l: &Lesson, d: Design) -> Option<(Vec<usize>, usize)> {
    let f = l.files.sibling(d)?;
    let t = l.files.tests.as_ref()?;
    let z = *f.test_codes.get(l.image)?;
    let near = nearest(&f.test_codes, z, K, Some(l.image));
    let label = t.labels.get(l.image)?;
    let same = near
        .iter()
        .filter(|&&j| t.labels.get(j) == Some(label))
        .count();
    Some((near, same))
}

/// The question's text (asked before the prediction).
pub fn asked(l: &Lesson) -> Option<Text> {
    Some(match l.step? {
        Step::Dims => t!("lesson-dims-ask"),
        Step::Sparse => t!("lesson-sparse-ask"),
        Step::Similar => {
            let t = l.files.tests.as_ref()?;
            t!(
                "lesson-similar-ask",
                label = class_name(l.class_names(), *t.labels.get(l.image)?)
            )
        }
        Step::Epochs => t!(
            "lesson-epochs-ask",
            within = num(100.0 * COHERENT_WITHIN, 0)
        ),
        _ => return None,
    })
}

/// The evidence's lines, one per compared model (or snapshot summary), after the prediction.
pub fn rows(l: &Lesson) -> Vec<Text> {
    let pct = |v: f64| num(100.0 * v, 1);
    match l.step {
        Some(Step::Dims) => l.files.study.as_ref().map_or(Vec::new(), |s| {
            s.meta
                .models
                .iter()
                .map(|m| {
                    t!(
                        "lesson-dims-row",
                        n = m.latent_dim,
                        nats = num(m.reconstruction_nats, 1),
                        mse = num(m.mse_per_pixel, 4)
                    )
                })
                .collect()
        }),
        Some(Step::Sparse) => designs(Step::Sparse)
            .iter()
            .filter_map(|&d| {
                Some(t!(
                    "lesson-sparse-row",
                    model = d.label(),
                    share = pct(metric(l, d, "test_occupied_share_32")?)
                ))
            })
            .collect(),
        Some(Step::Similar) => designs(Step::Similar)
            .iter()
            .filter_map(|&d| {
                let (near, same) = neighbours(l, d)?;
                Some(t!(
                    "lesson-similar-row",
                    model = d.label(),
                    same = same,
                    k = near.len(),
                    agreement = pct(metric(l, d, "test_knn10_agreement")?)
                ))
            })
            .collect(),
        Some(Step::Epochs) => epochs(l)
            .iter()
            .map(|f| {
                t!(
                    "lesson-epochs-row",
                    n = f.epoch,
                    accuracy = pct(f.map_accuracy),
                    knn = pct(f.knn10),
                    loss = num(f.test_loss, 1)
                )
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// What the evidence says, in one sentence (shown under it and said to screen readers), with
/// the student's prediction.
pub fn revealed(l: &Lesson) -> Option<Text> {
    let picked = options(l).get(l.answer?).cloned()?;
    let pct = |v: f64| num(100.0 * v, 1);
    let said = match l.step? {
        Step::Dims => {
            let s = l.files.study.as_ref()?;
            let (a, b) = (s.meta.models.first()?, s.meta.models.last()?);
            t!(
                "lesson-dims-revealed",
                small = a.latent_dim,
                small_nats = num(a.reconstruction_nats, 1),
                large = b.latent_dim,
                large_nats = num(b.reconstruction_nats, 1)
            )
        }
        Step::Sparse => {
            let (z, _) = gap(l)?;
            t!(
                "lesson-sparse-revealed",
                plain = pct(metric(l, Design::Plain, "test_occupied_share_32")?),
                vae = pct(metric(l, Design::Vae, "test_occupied_share_32")?),
                z = z_text(z)
            )
        }
        Step::Similar => {
            let best = designs(Step::Similar).iter().copied().max_by(|a, b| {
                let m = |d| metric(l, d, "test_knn10_agreement").unwrap_or(0.0);
                m(*a).total_cmp(&m(*b))
            })?;
            t!(
                "lesson-similar-revealed",
                model = best.label(),
                agreement = pct(metric(l, best, "test_knn10_agreement")?)
            )
        }
        Step::Epochs => {
            let figs = epochs(l);
            let c = coherent(figs)?;
            t!(
                "lesson-epochs-revealed",
                epoch = c.epoch,
                knn = pct(c.knn10),
                last = pct(figs.last()?.knn10),
                last_epoch = figs.last()?.epoch,
                within = num(100.0 * COHERENT_WITHIN, 0)
            )
        }
        _ => return None,
    };
    Some(t!("lesson-predicted", choice = picked, said = said))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_gap_is_the_empty_cell_nearest_the_centre() {
        let b = Bounds {
            min: [0.0, 0.0],
            max: [4.0, 4.0],
        };
        // a 4 × 4 grid, every cell full but (1, 2) and (3, 3)
        let mut pts = vec![];
        for r in 0..4 {
            for c in 0..4 {
                if (r, c) != (1, 2) && (r, c) != (3, 3) {
                    pts.push([c as f32 + 0.5, r as f32 + 0.5]);
                }
            }
        }
        assert_eq!(gap_point(&pts, &b, 4), Some([2.5, 1.5]));
        pts.push([2.2, 1.7]);
        assert_eq!(gap_point(&pts, &b, 4), Some([3.5, 3.5]));
        pts.push([3.9, 3.9]);
        assert_eq!(gap_point(&pts, &b, 4), None);
    }
}
