//! Measurements of how a design lays out the latent space, used in bundle metrics and the
//! docs: k-nearest-neighbour label agreement, occupancy of the bounding box, and spread.

use crate::latent_map::Bounds;

/// k-nearest-neighbour label agreement: for each point, the share of its `k` nearest other
/// points (Euclidean distance in latent units, ties broken by index) that carry the same label,
/// averaged over all points. 1 = every neighbourhood is pure; for 10 balanced classes laid out
/// at random it is ≈ 0.1. Measures how the latent brings similar inputs close (the classes
/// are the notion of "similar"). O(N²) time.
///
/// * `points`: latent codes, one per image; `labels`: class per image (same length).
///
/// Returns NaN when there are fewer than `k + 1` points.
pub fn knn_agreement(points: &[[f32; 2]], labels: &[u8], k: usize) -> f64 {
    let n = points.len().min(labels.len());
    if k == 0 || n < k + 1 {
        return f64::NAN;
    }
    let mut hits = 0usize;
    for i in 0..n {
        let near = nearest(&points[..n], points[i], k, Some(i));
        hits += near.iter().filter(|&&j| labels[j] == labels[i]).count();
    }
    hits as f64 / (n * k) as f64
}

/// The indices of the `k` points nearest to `z` (Euclidean distance in latent units, nearest
/// first, ties broken by the lower index), leaving out index `skip` (a point's own code when
/// its neighbours are asked for). Fewer than `k` when there are fewer points. O(N·k) time.
///
/// * `points`: latent codes `(z₁, z₂)`, latent units; `z`: the point asked about.
pub fn nearest(points: &[[f32; 2]], z: [f32; 2], k: usize, skip: Option<usize>) -> Vec<usize> {
    let mut best: Vec<(f32, usize)> = Vec::with_capacity(k + 1);
    if k == 0 {
        return Vec::new();
    }
    for (j, q) in points.iter().enumerate() {
        if Some(j) == skip {
            continue;
        }
        let d = (z[0] - q[0]).powi(2) + (z[1] - q[1]).powi(2);
        if best.len() < k || d < best[k - 1].0 {
            let pos = best.partition_point(|b| b.0 <= d);
            best.insert(pos, (d, j));
            best.truncate(k);
        }
    }
    best.into_iter().map(|(_, j)| j).collect()
}

/// Share of the `bins × bins` cells of `bounds` that hold at least one of `points` (points
/// outside the bounds are ignored). A latent that fills its bounding box scores near 1; one
/// that collapses onto thin rays with gaps between them scores low. Depends on the number of
/// points; compare designs with the same points.
pub fn occupied_share(bounds: &Bounds, points: &[[f32; 2]], bins: usize) -> f64 {
    let mut seen = vec![false; bins * bins];
    let s = bounds.size();
    for p in points {
        if !bounds.contains(*p) {
            continue;
        }
        let c = (((p[0] - bounds.min[0]) / s[0] * bins as f32) as usize).min(bins - 1);
        let r = (((p[1] - bounds.min[1]) / s[1] * bins as f32) as usize).min(bins - 1);
        seen[r * bins + c] = true;
    }
    seen.iter().filter(|&&b| b).count() as f64 / (bins * bins) as f64
}

/// Spread of a point cloud per axis: `(full range max − min, central range between the 1 %
/// and 99 % quantiles)`, latent units. Their ratio says how far outliers stretch beyond the
/// bulk.
pub fn spread(points: &[[f32; 2]]) -> [(f32, f32); 2] {
    let mut out = [(f32::NAN, f32::NAN); 2];
    if points.is_empty() {
        return out;
    }
    for (a, o) in out.iter_mut().enumerate() {
        let mut v: Vec<f32> = points.iter().map(|p| p[a]).collect();
        v.sort_by(|x, y| x.total_cmp(y));
        let q = |f: f32| {
            let pos = f * (v.len() - 1) as f32;
            let (lo, hi) = (pos.floor() as usize, pos.ceil() as usize);
            v[lo] + (v[hi] - v[lo]) * (pos - lo as f32)
        };
        *o = (v[v.len() - 1] - v[0], q(0.99) - q(0.01));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knn_on_hand_made_clusters() {
        // two tight clusters far apart, labels pure: agreement 1
        let mut pts = vec![];
        let mut labels = vec![];
        for i in 0..5 {
            pts.push([i as f32 * 0.01, 0.0]);
            labels.push(0);
            pts.push([10.0 + i as f32 * 0.01, 0.0]);
            labels.push(1);
        }
        assert_eq!(knn_agreement(&pts, &labels, 4), 1.0);
        // flip one label in cluster 0: its own 4 neighbours are all 0 (0/4 agree), and each of
        // the 4 others has it among its 4 neighbours (3/4 each): (0 + 4·3 + 5·4) / 40 = 0.8
        labels[0] = 1;
        assert!((knn_agreement(&pts, &labels, 4) - 0.8).abs() < 1e-12);
        assert!(knn_agreement(&pts[..3], &labels[..3], 4).is_nan());
    }

    #[test]
    fn nearest_orders_by_distance_then_index() {
        let pts = [[0.0, 0.0], [1.0, 0.0], [0.0, -1.0], [3.0, 4.0], [0.5, 0.0]];
        assert_eq!(nearest(&pts, [0.0, 0.0], 3, None), [0, 4, 1]);
        // 1 and 2 are equally far from the origin: the lower index first
        assert_eq!(nearest(&pts, [0.0, 0.0], 3, Some(0)), [4, 1, 2]);
        assert_eq!(nearest(&pts, [3.0, 3.9], 1, None), [3]);
        assert_eq!(nearest(&pts, [0.0, 0.0], 9, Some(3)), [0, 4, 1, 2]);
        assert!(nearest(&pts, [0.0, 0.0], 0, None).is_empty());
    }

    #[test]
    fn occupancy_and_spread() {
        let b = Bounds {
            min: [0.0, 0.0],
            max: [4.0, 4.0],
        };
        // 4 × 4 bins; points in 3 distinct bins, one outside
        let pts = [[0.5, 0.5], [0.6, 0.4], [3.9, 3.9], [2.0, 0.1], [9.0, 1.0]];
        assert!((occupied_share(&b, &pts, 4) - 3.0 / 16.0).abs() < 1e-12);
        let line: Vec<[f32; 2]> = (0..=100).map(|i| [i as f32, -(i as f32) * 2.0]).collect();
        let s = spread(&line);
        assert_eq!(s[0].0, 100.0);
        assert!((s[0].1 - 98.0).abs() < 1e-4, "{:?}", s);
        assert_eq!(s[1].0, 200.0);
    }
}
