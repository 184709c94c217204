//! Strokes drawn on a pad turned into a 28 × 28 input the way MNIST digits were made
//! (LeCun et al.): the drawing, with its pen width, is scaled to fit a 20 × 20 box (aspect
//! ratio kept, anti-aliased), then placed in the 28 × 28 field so that its centre of mass
//! (pixel intensities as weights) lies at the field's centre, (14, 14).
//!
//! Strokes are polylines in pad units: `[u, v]` in `[0, 1]`, `u` from the left, `v` from the
//! top (image orientation). The pen is a disc of radius [`PEN_RADIUS`] pad units; each
//! output pixel is the share of its 4 × 4 sub-samples the pen covered.

use crate::{IMAGE_PIXELS, IMAGE_SIDE};

/// Radius of the pen, in pad units (the pad is 1 × 1). A drawing as tall as the pad gets
/// strokes about 2.4 pixels wide in the 28 × 28 input, like MNIST's.
pub const PEN_RADIUS: f32 = 0.06;
/// Side of the box the drawing is fitted into, in pixels (MNIST: 20).
pub const FIT_BOX: f32 = 20.0;
/// Sub-samples per pixel along each axis.
const SUB: usize = 4;

/// One stroke: the pen's positions, in order.
pub type Stroke = Vec<[f32; 2]>;

/// The pixels (sub-sample grid, `SIDE·SUB` squared) the pen covers when pad point `p` maps
/// to image point `(p − centre) · scale + offset`.
fn coverage(strokes: &[Stroke], centre: [f32; 2], scale: f32, offset: [f32; 2]) -> Vec<f32> {
    let n = IMAGE_SIDE * SUB;
    let mut hit = vec![false; n * n];
    let r = PEN_RADIUS * scale; // pixels
    let to_img = |p: [f32; 2]| {
        [
            (p[0] - centre[0]) * scale + offset[0],
            (p[1] - centre[1]) * scale + offset[1],
        ]
    };
    for s in strokes {
        let pts: Vec<[f32; 2]> = s.iter().map(|&p| to_img(p)).collect();
        let segs: Vec<([f32; 2], [f32; 2])> = if pts.len() == 1 {
            vec![(pts[0], pts[0])]
        } else {
            pts.windows(2).map(|w| (w[0], w[1])).collect()
        };
        for (a, b) in segs {
            let lo = [a[0].min(b[0]) - r, a[1].min(b[1]) - r];
            let hi = [a[0].max(b[0]) + r, a[1].max(b[1]) + r];
            let range = |lo: f32, hi: f32| {
                let s = ((lo * SUB as f32).floor().max(0.0)) as usize;
                let e = ((hi * SUB as f32).ceil().max(0.0) as usize).min(n);
                s..e
            };
            let d = [b[0] - a[0], b[1] - a[1]];
            let len2 = d[0] * d[0] + d[1] * d[1];
            for y in range(lo[1], hi[1]) {
                let py = (y as f32 + 0.5) / SUB as f32;
                for x in range(lo[0], hi[0]) {
                    let i = y * n + x;
                    if hit[i] {
                        continue;
                    }
                    let px = (x as f32 + 0.5) / SUB as f32;
                    let t = if len2 > 0.0 {
                        (((px - a[0]) * d[0] + (py - a[1]) * d[1]) / len2).clamp(0.0, 1.0)
                    } else {
                        0.0
                    };
                    let (qx, qy) = (a[0] + t * d[0] - px, a[1] + t * d[1] - py);
                    if qx * qx + qy * qy <= r * r {
                        hit[i] = true;
                    }
                }
            }
        }
    }
    let mut out = vec![0.0f32; IMAGE_PIXELS];
    for (i, &h) in hit.iter().enumerate() {
        if h {
            let (y, x) = (i / n / SUB, (i % n) / SUB);
            out[y * IMAGE_SIDE + x] += 1.0 / (SUB * SUB) as f32;
        }
    }
    out
}

/// The centre of mass of an image, `(x, y)` in pixels (pixel `(row, col)` has its centre at
/// `(col + 0.5, row + 0.5)`); `None` for a blank image.
pub fn centre_of_mass(pixels: &[f32]) -> Option<[f32; 2]> {
    let (mut m, mut sx, mut sy) = (0.0f64, 0.0f64, 0.0f64);
    for (i, &p) in pixels.iter().enumerate() {
        let (r, c) = (i / IMAGE_SIDE, i % IMAGE_SIDE);
        m += p as f64;
        sx += p as f64 * (c as f64 + 0.5);
        sy += p as f64 * (r as f64 + 0.5);
    }
    (m > 0.0).then(|| [(sx / m) as f32, (sy / m) as f32])
}

/// The 28 × 28 input (784 values in `[0, 1]`, row-major) for `strokes`, MNIST-style (see
/// the module docs); `None` when there is nothing drawn.
pub fn strokes_to_input(strokes: &[Stroke]) -> Option<Vec<f32>> {
    let pts = strokes.iter().flatten();
    let (mut lo, mut hi) = ([f32::INFINITY; 2], [f32::NEG_INFINITY; 2]);
    for p in pts {
        if !(p[0].is_finite() && p[1].is_finite()) {
            continue;
        }
        for k in 0..2 {
            lo[k] = lo[k].min(p[k]);
            hi[k] = hi[k].max(p[k]);
        }
    }
    if !lo[0].is_finite() {
        return None;
    }
    let strokes: Vec<Stroke> = strokes
        .iter()
        .map(|s| {
            s.iter()
                .copied()
                .filter(|p| p[0].is_finite() && p[1].is_finite())
                .collect::<Stroke>()
        })
        .filter(|s| !s.is_empty())
        .collect();
    // the drawing with its pen width fits the box
    let side = (hi[0] - lo[0]).max(hi[1] - lo[1]) + 2.0 * PEN_RADIUS;
    let scale = FIT_BOX / side;
    let centre = [(lo[0] + hi[0]) / 2.0, (lo[1] + hi[1]) / 2.0];
    let mid = IMAGE_SIDE as f32 / 2.0;
    let first = coverage(&strokes, centre, scale, [mid, mid]);
    let com = centre_of_mass(&first)?;
    Some(coverage(
        &strokes,
        centre,
        scale,
        [mid + mid - com[0], mid + mid - com[1]],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bbox(img: &[f32]) -> (usize, usize, usize, usize) {
        let (mut r0, mut r1, mut c0, mut c1) = (99, 0, 99, 0);
        for (i, &p) in img.iter().enumerate() {
            if p > 0.0 {
                let (r, c) = (i / IMAGE_SIDE, i % IMAGE_SIDE);
                (r0, r1, c0, c1) = (r0.min(r), r1.max(r), c0.min(c), c1.max(c));
            }
        }
        (r0, r1, c0, c1)
    }

    #[test]
    fn a_stroke_is_fitted_and_centred() {
        // a vertical bar near the pad's top-left corner, drawn small
        let s = vec![vec![[0.1, 0.1], [0.1, 0.3]]];
        let img = strokes_to_input(&s).unwrap();
        assert_eq!(img.len(), IMAGE_PIXELS);
        assert!(img.iter().all(|p| (0.0..=1.0).contains(p)));
        let com = centre_of_mass(&img).unwrap();
        assert!(
            (com[0] - 14.0).abs() < 0.05 && (com[1] - 14.0).abs() < 0.05,
            "{com:?}"
        );
        let (r0, r1, c0, c1) = bbox(&img);
        let height = r1 + 1 - r0;
        assert!((19..=21).contains(&height), "height {height}");
        assert!(c1 - c0 + 1 < 10, "a thin bar: width {}", c1 - c0 + 1);
        // the same shape drawn larger elsewhere gives about the same input
        let big = vec![vec![[0.6, 0.2], [0.6, 0.8]]];
        let img2 = strokes_to_input(&big).unwrap();
        let (r0b, r1b, _, _) = bbox(&img2);
        assert_eq!((r0, r1), (r0b, r1b));
        assert!(strokes_to_input(&[]).is_none());
        assert!(strokes_to_input(&[vec![]]).is_none());
        assert!(strokes_to_input(&[vec![[0.5, 0.5]]]).is_some(), "a dot");
        assert!(strokes_to_input(&[vec![[f32::NAN, 0.5]]]).is_none());
    }
}
