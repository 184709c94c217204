//! Latent bounds, the meshgrid laid over them, and the class map.
//!
//! Orientation: the map is an image, row 0 at the top. Column `j` of `W` covers
//! `z₁ ∈ [min₁ + j·Δ₁, min₁ + (j+1)·Δ₁)` and row `i` of `H` covers
//! `z₂ ∈ (max₂ − (i+1)·Δ₂, max₂ − i·Δ₂]`, with `Δ = (max − min) / (W, H)`: z₂ grows upwards,
//! as on a plot. Grid points are the cell centres.

use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// An axis-aligned rectangle of the latent plane, in latent units.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Bounds {
    /// Lower corner `(min z₁, min z₂)`.
    pub min: [f32; 2],
    /// Upper corner `(max z₁, max z₂)`.
    pub max: [f32; 2],
}

/// How [`Bounds::from_points`] treats outliers.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BoundsRule {
    /// Share of points cut off on *each* side of each axis (0.001 = the 0.1 % and 99.9 %
    /// quantiles); points outside fall off the map.
    pub tail: f32,
    /// Extra margin added on each side, as a share of the quantile range.
    pub margin: f32,
}

impl Default for BoundsRule {
    fn default() -> Self {
        Self {
            tail: 0.001,
            margin: 0.05,
        }
    }
}

fn quantile(sorted: &[f32], q: f32) -> f32 {
    let pos = q * (sorted.len() - 1) as f32;
    let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
    sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo as f32)
}

impl Bounds {
    /// Bounds of a point cloud: per axis, the `rule.tail` and `1 − rule.tail` quantiles
    /// (linear interpolation), widened by `rule.margin` of the range on both sides. Outliers
    /// beyond the quantiles are not allowed to stretch the map; [`Bounds::share_inside`]
    /// reports how many points the map covers.
    ///
    /// * `points`: latent codes `(z₁, z₂)`, latent units.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `points` is empty, holds a non-finite value, or spans a range of
    /// zero on an axis.
    pub fn from_points(points: &[[f32; 2]], rule: BoundsRule) -> Result<Self> {
        if points.is_empty() {
            return Err(Error::Invalid("cannot take bounds of zero points".into()));
        }
        if let Some(p) = points
            .iter()
            .find(|p| !p[0].is_finite() || !p[1].is_finite())
        {
            return Err(Error::Invalid(format!("non-finite latent point {p:?}")));
        }
        let mut min = [0.0; 2];
        let mut max = [0.0; 2];
        for a in 0..2 {
            let mut v: Vec<f32> = points.iter().map(|p| p[a]).collect();
            v.sort_by(|x, y| x.total_cmp(y));
            let (lo, hi) = (quantile(&v, rule.tail), quantile(&v, 1.0 - rule.tail));
            if hi - lo <= 0.0 {
                return Err(Error::Invalid(format!(
                    "latent axis {a} has zero range ({lo})"
                )));
            }
            let m = (hi - lo) * rule.margin;
            min[a] = lo - m;
            max[a] = hi + m;
        }
        Ok(Self { min, max })
    }

    /// Width and height `(max − min)`, latent units.
    pub fn size(&self) -> [f32; 2] {
        [self.max[0] - self.min[0], self.max[1] - self.min[1]]
    }

    /// Whether `z` lies inside (borders included).
    pub fn contains(&self, z: [f32; 2]) -> bool {
        (0..2).all(|a| z[a] >= self.min[a] && z[a] <= self.max[a])
    }

    /// Share of `points` inside the bounds, in `[0, 1]`.
    pub fn share_inside(&self, points: &[[f32; 2]]) -> f32 {
        points.iter().filter(|p| self.contains(**p)).count() as f32 / points.len().max(1) as f32
    }
}

/// A `width × height` meshgrid over [`Bounds`], one grid point per map cell (its centre).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Meshgrid {
    /// The latent rectangle covered.
    pub bounds: Bounds,
    /// Cells per row (along z₁).
    pub width: usize,
    /// Cells per column (along z₂).
    pub height: usize,
}

impl Meshgrid {
    /// A grid of `width × height` cells over `bounds`.
    ///
    /// # Errors
    /// [`Error::Invalid`] if a size is zero, or the bounds are empty, inverted or not finite.
    pub fn new(bounds: Bounds, width: usize, height: usize) -> Result<Self> {
        let s = bounds.size();
        let finite = s
            .iter()
            .chain(&bounds.min)
            .chain(&bounds.max)
            .all(|v| v.is_finite());
        if width == 0 || height == 0 || !finite || !(s[0] > 0.0 && s[1] > 0.0) {
            return Err(Error::Invalid(format!(
                "meshgrid {width}×{height} over {bounds:?} is empty"
            )));
        }
        Ok(Self {
            bounds,
            width,
            height,
        })
    }

    /// The latent point at normalised map position `(u, v)`, `u` from the left edge (0) to the
    /// right edge (1), `v` from the top edge (0) to the bottom edge (1). This is what the app
    /// decodes under the pointer: exact, not snapped to a cell.
    pub fn z_at(&self, u: f32, v: f32) -> [f32; 2] {
        let s = self.bounds.size();
        [self.bounds.min[0] + u * s[0], self.bounds.max[1] - v * s[1]]
    }

    /// Inverse of [`Meshgrid::z_at`]: the normalised position `(u, v)` of `z`.
    pub fn uv_of(&self, z: [f32; 2]) -> [f32; 2] {
        let s = self.bounds.size();
        [
            (z[0] - self.bounds.min[0]) / s[0],
            (self.bounds.max[1] - z[1]) / s[1],
        ]
    }

    /// Centre of cell `(row, col)`, latent units.
    pub fn cell_centre(&self, row: usize, col: usize) -> [f32; 2] {
        self.z_at(
            (col as f32 + 0.5) / self.width as f32,
            (row as f32 + 0.5) / self.height as f32,
        )
    }

    /// The cell `(row, col)` holding `z`, or `None` outside the bounds.
    pub fn cell_of(&self, z: [f32; 2]) -> Option<(usize, usize)> {
        if !self.bounds.contains(z) {
            return None;
        }
        let [u, v] = self.uv_of(z);
        let col = ((u * self.width as f32) as usize).min(self.width - 1);
        let row = ((v * self.height as f32) as usize).min(self.height - 1);
        Some((row, col))
    }

    /// Size of one cell `[Δ₁, Δ₂] = (max − min) / (W, H)`, latent units.
    pub fn cell_size(&self) -> [f32; 2] {
        let s = self.bounds.size();
        [s[0] / self.width as f32, s[1] / self.height as f32]
    }

    /// `z` moved inside the bounds: a finite coordinate is clamped to `[min, max]` of its
    /// axis, a non-finite one (NaN, ±∞) goes to the centre of that axis.
    pub fn clamp(&self, z: [f32; 2]) -> [f32; 2] {
        let b = self.bounds;
        let f = |x: f32, lo: f32, hi: f32| {
            if x.is_finite() {
                x.clamp(lo, hi)
            } else {
                (lo + hi) / 2.0
            }
        };
        [f(z[0], b.min[0], b.max[0]), f(z[1], b.min[1], b.max[1])]
    }

    /// A keyboard step: from `z` (first [`Meshgrid::clamp`]ed), move `cells` cells along each
    /// axis in direction `dir` (−1, 0 or 1 per axis; `[1, 0]` = right, `[0, 1]` = up, since z₂
    /// grows upwards), then clamp again. The page steps 1 cell per arrow key, 10 with Shift.
    pub fn step(&self, z: [f32; 2], dir: [i8; 2], cells: f32) -> [f32; 2] {
        let z = self.clamp(z);
        let c = self.cell_size();
        self.clamp([
            z[0] + f32::from(dir[0]) * cells * c[0],
            z[1] + f32::from(dir[1]) * cells * c[1],
        ])
    }

    /// All grid points in row-major order: `height · width` pairs `(z₁, z₂)`, flattened to
    /// f32 `[H·W·2]` (ready for a `[H·W, 2]` tensor).
    pub fn points(&self) -> Vec<f32> {
        let mut out = Vec::with_capacity(self.width * self.height * 2);
        for r in 0..self.height {
            for c in 0..self.width {
                out.extend_from_slice(&self.cell_centre(r, c));
            }
        }
        out
    }
}

/// The class map: for each meshgrid cell, the class the classifier predicts for the decoded
/// image at the cell's centre, and its confidence.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassMap {
    /// The grid the map was computed on.
    pub grid: Meshgrid,
    /// Predicted class per cell, u8 `[H, W]` row-major.
    pub class: Vec<u8>,
    /// Softmax probability of the predicted class per cell, scaled to u8 (`round(p · 255)`),
    /// `[H, W]` row-major.
    pub confidence: Vec<u8>,
}

impl ClassMap {
    /// Checks that the class and confidence planes have `H · W` entries.
    ///
    /// # Errors
    /// [`Error::Invalid`] on a size mismatch.
    pub fn new(grid: Meshgrid, class: Vec<u8>, confidence: Vec<u8>) -> Result<Self> {
        let n = grid.width * grid.height;
        if class.len() != n || confidence.len() != n {
            return Err(Error::Invalid(format!(
                "class map planes have {} and {} cells, grid has {n}",
                class.len(),
                confidence.len()
            )));
        }
        Ok(Self {
            grid,
            class,
            confidence,
        })
    }

    /// `(class, confidence in [0, 1])` at latent point `z`, or `None` off the map.
    pub fn at(&self, z: [f32; 2]) -> Option<(u8, f32)> {
        let (r, c) = self.grid.cell_of(z)?;
        let i = r * self.grid.width + c;
        Some((self.class[i], self.confidence[i] as f32 / 255.0))
    }

    /// Map accuracy: the share of `points` (encoded images) that land inside the map in a cell
    /// of their own `labels` class. Points off the map count as misses.
    pub fn accuracy(&self, points: &[[f32; 2]], labels: &[u8]) -> f32 {
        let hits = points
            .iter()
            .zip(labels)
            .filter(|(p, &l)| self.at(**p).map(|(c, _)| c) == Some(l))
            .count();
        hits as f32 / points.len().max(1) as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_trim_outliers_and_add_margin() {
        // 1001 points evenly on [0, 10] × [−5, 5] plus one far outlier
        let mut pts: Vec<[f32; 2]> = (0..=1000)
            .map(|i| [i as f32 / 100.0, i as f32 / 100.0 - 5.0])
            .collect();
        pts.push([1e6, -1e6]);
        let b = Bounds::from_points(
            &pts,
            BoundsRule {
                tail: 0.01,
                margin: 0.1,
            },
        )
        .unwrap();
        // 1 % quantile of 1002 sorted values: position 10.01 → ≈ 0.1001; 99 % ≈ 9.9099
        assert!((b.min[0] - (0.1001 - 0.98098)).abs() < 1e-3, "{b:?}");
        assert!((b.max[0] - (9.9099 + 0.98098)).abs() < 1e-3, "{b:?}");
        assert!(
            (b.min[1] + 5.8909).abs() < 1e-3 && (b.max[1] - 5.8809).abs() < 1e-3,
            "{b:?}"
        );
        assert!((b.share_inside(&pts) - 1001.0 / 1002.0).abs() < 1e-6);
        assert!(Bounds::from_points(&[], BoundsRule::default()).is_err());
        assert!(
            Bounds::from_points(&[[1.0, f32::NAN]], BoundsRule::default())
                .unwrap_err()
                .to_string()
                .contains("non-finite")
        );
        assert!(
            Bounds::from_points(&[[1.0, 2.0], [1.0, 3.0]], BoundsRule::default())
                .unwrap_err()
                .to_string()
                .contains("zero range")
        );
    }

    #[test]
    fn meshgrid_orientation_and_inverse() {
        let g = Meshgrid::new(
            Bounds {
                min: [-2.0, -1.0],
                max: [2.0, 3.0],
            },
            4,
            2,
        )
        .unwrap();
        assert_eq!(g.cell_centre(0, 0), [-1.5, 2.0]);
        assert_eq!(g.cell_centre(1, 3), [1.5, 0.0]);
        assert_eq!(g.z_at(0.0, 0.0), [-2.0, 3.0]);
        assert_eq!(g.z_at(1.0, 1.0), [2.0, -1.0]);
        let p = g.points();
        assert_eq!(p.len(), 16);
        assert_eq!(&p[0..2], &[-1.5, 2.0]);
        assert_eq!(&p[14..16], &[1.5, 0.0]);
        for r in 0..2 {
            for c in 0..4 {
                assert_eq!(g.cell_of(g.cell_centre(r, c)), Some((r, c)));
            }
        }
        // the corners belong to the corner cells; outside is None
        assert_eq!(g.cell_of([2.0, -1.0]), Some((1, 3)));
        assert_eq!(g.cell_of([-2.0, 3.0]), Some((0, 0)));
        assert_eq!(g.cell_of([2.01, 0.0]), None);
        let z = g.z_at(0.3, 0.7);
        let uv = g.uv_of(z);
        assert!((uv[0] - 0.3).abs() < 1e-6 && (uv[1] - 0.7).abs() < 1e-6);
        assert!(Meshgrid::new(g.bounds, 0, 3).is_err());
        assert!(Meshgrid::new(
            Bounds {
                min: g.bounds.max,
                max: g.bounds.min
            },
            4,
            2
        )
        .is_err());
        assert!(Meshgrid::new(
            Bounds {
                min: [-3e38, 0.0],
                max: [3e38, 1.0]
            },
            4,
            2
        )
        .is_err());
    }

    #[test]
    fn map_lookup_and_accuracy() {
        let g = Meshgrid::new(
            Bounds {
                min: [0.0, 0.0],
                max: [2.0, 2.0],
            },
            2,
            2,
        )
        .unwrap();
        // top row: classes 0, 1; bottom row: 2, 3
        let m = ClassMap::new(g, vec![0, 1, 2, 3], vec![255, 128, 0, 51]).unwrap();
        assert_eq!(m.at([0.5, 1.5]), Some((0, 1.0)));
        assert_eq!(m.at([1.5, 1.5]).map(|x| x.0), Some(1));
        assert_eq!(m.at([0.5, 0.5]), Some((2, 0.0)));
        assert_eq!(m.at([1.5, 0.5]), Some((3, 0.2)));
        assert_eq!(m.at([3.0, 0.5]), None);
        // 4 points: two in their own class, one wrong, one off the map → 0.5
        let pts = [[0.5, 1.5], [1.5, 0.5], [1.5, 1.5], [9.0, 9.0]];
        let acc = m.accuracy(&pts, &[0, 3, 2, 0]);
        assert!((acc - 0.5).abs() < 1e-6);
        assert!(ClassMap::new(g, vec![0; 3], vec![0; 4]).is_err());
    }

    #[test]
    fn clamp_and_step_stay_on_the_map() {
        let g = Meshgrid::new(
            Bounds {
                min: [-2.0, -1.0],
                max: [2.0, 3.0],
            },
            8,
            4,
        )
        .unwrap();
        assert_eq!(g.cell_size(), [0.5, 1.0]);
        assert_eq!(g.clamp([0.25, 1.0]), [0.25, 1.0]);
        assert_eq!(g.clamp([-9.0, 9.0]), [-2.0, 3.0]);
        assert_eq!(g.clamp([f32::NAN, f32::NEG_INFINITY]), [0.0, 1.0]);
        assert_eq!(g.clamp([f32::INFINITY, 2.5]), [0.0, 2.5]);
        assert_eq!(g.step([0.0, 0.0], [1, 0], 1.0), [0.5, 0.0]);
        assert_eq!(g.step([0.0, 0.0], [0, 1], 1.0), [0.0, 1.0], "up is +z₂");
        assert_eq!(g.step([0.0, 0.0], [-1, -1], 10.0), [-2.0, -1.0], "clamped");
        assert_eq!(
            g.step([f32::NAN, 0.0], [1, 0], 1.0),
            [0.5, 0.0],
            "from the centre"
        );
        assert_eq!(
            g.step([9.0, 0.0], [-1, 0], 1.0),
            [1.5, 0.0],
            "from the edge"
        );
        for z in [[1e30, -1e30], [f32::NAN, f32::NAN], [0.1, 0.2]] {
            for d in [[1, 1], [-1, 0], [0, -1]] {
                let s = g.step(z, d, 3.0);
                assert!(g.bounds.contains(s) && s.iter().all(|v| v.is_finite()));
            }
        }
    }
}
