//! The map's layout for the renderer, pure arithmetic tested natively: the class map's
//! pixels, axis ticks and where each class's name is written.

use super::ids;
use latent_core::latent_map::{Bounds, ClassMap};
use latent_core::palette;

/// RGBA pixels of the class map, one per cell, row-major `[H, W, 4]`: the class colour
/// shaded by confidence ([`palette::shaded`]).
pub fn map_rgba(map: &ClassMap) -> Vec<u8> {
    // one table of [`palette::shaded`] per class and confidence (the first view paints this
    // before its first digit: 65,536 cells in baseline-compiled wasm, where three float
    // roundings per cell cost a few milliseconds)
    let classes = map.class.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let mut lut = vec![[0u8; 4]; classes * 256];
    for (i, e) in lut.iter_mut().enumerate() {
        let [r, g, b] = palette::shaded((i / 256) as u8, (i % 256) as u8);
        *e = [r, g, b, 255];
    }
    // (whole pixels collected, then flattened in place: a byte-wise `extend_from_slice` per
    // cell was ~10 ms of the first frame at a phone's speed)
    let out: Vec<[u8; 4]> = map
        .class
        .iter()
        .zip(&map.confidence)
        .map(|(&c, &p)| lut[c as usize * 256 + p as usize])
        .collect();
    out.into_flattened()
}

/// One axis tick: its value (latent units), its label, and its position along the axis as a
/// share of the axis length, measured from the left (z₁) or the top (z₂) edge.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Value, latent units.
    pub value: f32,
    /// Label, e.g. `-2` or `0.5`.
    pub label: String,
    /// Position in `[0, 1]`.
    pub at: f32,
}

/// The ticks of both axes for the part of the plane `b` on screen, about 8 each:
/// `(axis element id, style property, ticks)`, z₁ ([`ids::AXIS_Z1`], placed by `left`)
/// first, then z₂ ([`ids::AXIS_Z2`], by `top`, growing upwards). The page's axes and the
/// build's first paint ([`super::first_paint`]) both write these.
pub fn axes_ticks(b: &Bounds) -> [(&'static str, &'static str, Vec<Tick>); 2] {
    [
        (ids::AXIS_Z1, "left", ticks(b.min[0], b.max[0], 8, false)),
        (ids::AXIS_Z2, "top", ticks(b.min[1], b.max[1], 8, true)),
    ]
}

/// A tick's place along its axis as the style writes it: a percentage of the axis length
/// with four decimals, `12.3456%`.
pub fn tick_offset(t: &Tick) -> String {
    format!("{:.4}%", t.at * 100.0)
}

/// The style properties of a class label ([`window_label_places`]): `--lx`, `--ly` its
/// centre and `--lr` its room, fractions of the whole map, and `--class-colour` its
/// border's colour ([`palette::class_hex`]).
pub fn label_vars(c: u8, x: f32, y: f32, room: f32) -> [(&'static str, String); 4] {
    [
        ("--lx", format!("{x:.5}")),
        ("--ly", format!("{y:.5}")),
        ("--lr", format!("{room:.5}")),
        ("--class-colour", palette::class_hex(c)),
    ]
}

/// "Nice" ticks (steps of 1, 2 or 5 × 10ᵏ, about `target` of them) inside `[min, max]`.
/// With `downwards`, positions are measured from `max` (z₂ grows upwards on the map).
pub fn ticks(min: f32, max: f32, target: usize, downwards: bool) -> Vec<Tick> {
    let range = max - min;
    if range.is_nan() || range <= 0.0 || !range.is_finite() {
        return Vec::new();
    }
    let raw = range as f64 / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let decimals = if step >= 1.0 {
        0
    } else {
        (-step.log10().floor()) as usize
    };
    let first = (min as f64 / step).ceil() as i64;
    let last = (max as f64 / step).floor() as i64;
    (first..=last)
        .map(|k| {
            let v = k as f64 * step;
            let at = if downwards {
                (max as f64 - v) / range as f64
            } else {
                (v - min as f64) / range as f64
            };
            let mut label = format!("{v:.decimals$}");
            if label.starts_with("-") && label.trim_start_matches(['-', '0', '.']).is_empty() {
                label.remove(0); // "-0" → "0"
            }
            Tick {
                value: v as f32,
                label,
                at: at as f32,
            }
        })
        .collect()
}

/// [`label_cells`] for the part of the map on screen: the window with top-left corner
/// `(u₀, v₀)` and side `side` (fractions of the map, [`crate::model::zoom::Zoom::window_uv`]). Each
/// class seen in the window gets a label inside its visible region; returns
/// `(class, x, y)` with `x`, `y` the label's centre in fractions of the whole map.
#[cfg(test)]
pub fn window_label_cells(map: &ClassMap, u0: f32, v0: f32, side: f32) -> Vec<(u8, f32, f32)> {
    window_label_places(map, u0, v0, side)
        .into_iter()
        .map(|(c, x, y, _)| (c, x, y))
        .collect()
}

/// [`window_label_cells`] with each label's room ([`label_places`]) as a fraction of the
/// whole map's width: `(class, x, y, room)`.
pub fn window_label_places(
    map: &ClassMap,
    u0: f32,
    v0: f32,
    side: f32,
) -> Vec<(u8, f32, f32, f32)> {
    let (w, h) = (map.grid.width, map.grid.height);
    let span = |a: f32, n: usize| {
        let lo = ((a * n as f32).floor().max(0.0) as usize).min(n - 1);
        let hi = (((a + side) * n as f32).ceil() as usize).clamp(lo + 1, n);
        (lo, hi)
    };
    let ((c0, c1), (r0, r1)) = (span(u0, w), span(v0, h));
    let at =
        |col: usize, row: usize| ((col as f32 + 0.5) / w as f32, (row as f32 + 0.5) / h as f32);
    if (c0, c1, r0, r1) == (0, w, 0, h) {
        return label_places(map)
            .into_iter()
            .map(|(c, r, col, room)| {
                let (x, y) = at(col, r);
                (c, x, y, room / w as f32)
            })
            .collect();
    }
    let (cw, ch) = (c1 - c0, r1 - r0);
    let mut class = Vec::with_capacity(cw * ch);
    for r in r0..r1 {
        class.extend_from_slice(&map.class[r * w + c0..r * w + c1]);
    }
    let Ok(grid) = latent_core::latent_map::Meshgrid::new(map.grid.bounds, cw, ch) else {
        return Vec::new();
    };
    let crop = ClassMap {
        grid,
        confidence: vec![0; class.len()],
        class,
    };
    label_places(&crop)
        .into_iter()
        .map(|(c, r, col, room)| {
            let (x, y) = at(c0 + col, r0 + r);
            (c, x, y, room / w as f32)
        })
        .collect()
}

/// Where to write each class's name on the map: for every class present, the cell
/// `(class, row, col)` of that class farthest from any other class and from the map's edge
/// (chamfer distance), so the label sits well inside its region even when the region is not
/// convex. Classes are listed in id order.
#[cfg(test)]
pub fn label_cells(map: &ClassMap) -> Vec<(u8, usize, usize)> {
    label_places(map)
        .into_iter()
        .map(|(c, r, col, _)| (c, r, col))
        .collect()
}

/// [`label_cells`] with each label's room: `(class, row, col, room)`, `room` the distance in
/// cells from the label's cell to the nearest cell of another class or the map's edge (the
/// radius of the largest disc of its class around it), so a label no wider than `2 · room`
/// cells stays inside its region and the map.
pub fn label_places(map: &ClassMap) -> Vec<(u8, usize, usize, f32)> {
    let (w, h) = (map.grid.width, map.grid.height);
    let cls = &map.class;
    const INF: u32 = u32::MAX / 4;
    // distance (×3 per orthogonal step, ×4 per diagonal) to the nearest border cell
    let mut d = vec![INF; w * h];
    for r in 0..h {
        for c in 0..w {
            let i = r * w + c;
            let edge = r == 0 || c == 0 || r + 1 == h || c + 1 == w;
            let border = edge
                || cls[i - 1] != cls[i]
                || cls[i + 1] != cls[i]
                || cls[i - w] != cls[i]
                || cls[i + w] != cls[i];
            if border {
                d[i] = 0;
            }
        }
    }
    for r in 0..h {
        for c in 0..w {
            let i = r * w + c;
            let mut best = d[i];
            if c > 0 {
                best = best.min(d[i - 1] + 3);
            }
            if r > 0 {
                best = best.min(d[i - w] + 3);
                if c > 0 {
                    best = best.min(d[i - w - 1] + 4);
                }
                if c + 1 < w {
                    best = best.min(d[i - w + 1] + 4);
                }
            }
            d[i] = best;
        }
    }
    for r in (0..h).rev() {
        for c in (0..w).rev() {
            let i = r * w + c;
            let mut best = d[i];
            if c + 1 < w {
                best = best.min(d[i + 1] + 3);
            }
            if r + 1 < h {
                best = best.min(d[i + w] + 3);
                if c + 1 < w {
                    best = best.min(d[i + w + 1] + 4);
                }
                if c > 0 {
                    best = best.min(d[i + w - 1] + 4);
                }
            }
            d[i] = best;
        }
    }
    let n = cls.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let mut best: Vec<Option<(u32, usize)>> = vec![None; n];
    for (i, (&c, &di)) in cls.iter().zip(&d).enumerate() {
        let slot = &mut best[c as usize];
        if slot.is_none_or(|(bd, _)| di > bd) {
            *slot = Some((di, i));
        }
    }
    best.iter()
        .enumerate()
        .filter_map(|(c, b)| b.map(|(d, i)| (c as u8, i / w, i % w, d as f32 / 3.0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use latent_core::latent_map::{Bounds, Meshgrid};

    fn grid(w: usize, h: usize) -> Meshgrid {
        Meshgrid::new(
            Bounds {
                min: [-3.0, -2.0],
                max: [3.0, 2.0],
            },
            w,
            h,
        )
        .unwrap()
    }

    #[test]
    fn labels_follow_the_zoomed_window() {
        // class 0 on the left half, 1 on the right half of a 64 × 64 map
        let g = grid(64, 64);
        let class: Vec<u8> = (0..64 * 64).map(|i| u8::from(i % 64 >= 32)).collect();
        let m = ClassMap {
            grid: g,
            confidence: vec![255; class.len()],
            class,
        };
        let whole = window_label_cells(&m, 0.0, 0.0, 1.0);
        assert_eq!(whole.iter().map(|l| l.0).collect::<Vec<_>>(), [0, 1]);
        assert!(whole[0].1 < 0.5 && whole[1].1 > 0.5);
        // a window of the right half's middle: one label, inside the window
        let (u0, v0, side) = (0.6, 0.3, 0.25);
        let w = window_label_cells(&m, u0, v0, side);
        assert_eq!(w.len(), 1, "{w:?}");
        let (c, x, y) = w[0];
        assert_eq!(c, 1);
        assert!(
            (u0..=u0 + side).contains(&x) && (v0..=v0 + side).contains(&y),
            "{w:?}"
        );
        // straddling the border: both, each on its own side and inside the window
        let w = window_label_cells(&m, 0.4, 0.4, 0.2);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(
            w[0].1 >= 0.4 && w[0].1 < 0.5 && w[1].1 > 0.5 && w[1].1 <= 0.6,
            "{w:?}"
        );
    }

    #[test]
    fn ticks_are_nice_and_placed() {
        let t = ticks(-3.1, 2.7, 8, false);
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["-3", "-2", "-1", "0", "1", "2"]);
        assert!((t[3].at - 3.1 / 5.8).abs() < 1e-6);
        let t = ticks(-1.0, 1.0, 4, true);
        let labels: Vec<&str> = t.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["-1.0", "-0.5", "0.0", "0.5", "1.0"]);
        assert_eq!(t[0].at, 1.0); // z₂ = −1 at the bottom
        assert_eq!(t[4].at, 0.0);
        assert!(ticks(1.0, 1.0, 5, false).is_empty());
        let t = ticks(-0.03, 0.04, 3, false);
        assert!(t.iter().all(|t| t.label != "-0.00"), "{t:?}");
    }

    /// A 20 × 10 class map: left half class 0 (10 × 10 cells), right half class 1, and a
    /// one-cell class-2 strip on the right edge.
    fn halves_and_strip() -> (ClassMap, (usize, usize)) {
        let (w, h) = (20, 10);
        let class: Vec<u8> = (0..w * h)
            .map(|i| match i % w {
                c if c < 10 => 0,
                19 => 2,
                _ => 1,
            })
            .collect();
        let map = ClassMap::new(grid(w, h), class, vec![255; w * h]).unwrap();
        (map, (w, h))
    }

    #[test]
    fn a_label_has_room_for_the_disc_of_its_class_around_it() {
        let (map, (w, h)) = halves_and_strip();
        let class = map.class.clone();
        let places = label_places(&map);
        // the 10 × 10 block: the centre is 4 to 5 cells from its nearest edge
        let (c, r, col, room) = places[0];
        assert_eq!(c, 0);
        assert!((4.0..=5.0).contains(&room), "{places:?}");
        // every cell within `room` of the label's cell is of its class (the chamfer metric
        // underestimates the Euclidean distance, so the disc is inside)
        for (cl, r, col, room) in &places {
            for rr in 0..h {
                for cc in 0..w {
                    let d = ((rr as f32 - *r as f32).powi(2) + (cc as f32 - *col as f32).powi(2))
                        .sqrt();
                    if d < *room {
                        assert_eq!(class[rr * w + cc], *cl, "cell ({rr}, {cc}) near label {cl}");
                    }
                }
            }
        }
        // the one-cell strip has no room: its label is as narrow as the style allows
        assert_eq!(places[2].3, 0.0);
        // the window's rooms are fractions of the whole map's width
        let win = window_label_places(&map, 0.0, 0.0, 1.0);
        assert!((win[0].3 - room / w as f32).abs() < 1e-6);
        let _ = (r, col);
    }

    #[test]
    fn labels_sit_inside_their_region() {
        let (map, (w, h)) = halves_and_strip();
        let l = label_cells(&map);
        assert_eq!(l.len(), 3);
        let (c, r, col) = l[0];
        assert_eq!(c, 0);
        assert!((3..=6).contains(&r) && (3..=6).contains(&col), "{l:?}");
        assert_eq!(l[1].0, 1);
        assert!((12..=16).contains(&l[1].2), "{l:?}");
        assert_eq!((l[2].0, l[2].2), (2, 19));
        let rgba = map_rgba(&map);
        assert_eq!(rgba.len(), w * h * 4);
        assert_eq!(&rgba[0..4], &[0x33, 0x22, 0x88, 255]);
    }

    #[test]
    fn map_colours_are_the_palettes_for_every_class_and_confidence() {
        // 10 classes × 256 confidences, one cell each: the table equals `palette::shaded`
        let (w, h) = (256, 10);
        let grid = Meshgrid::new(
            Bounds {
                min: [0.0, 0.0],
                max: [1.0, 1.0],
            },
            w,
            h,
        )
        .unwrap();
        let class: Vec<u8> = (0..w * h).map(|i| (i / w) as u8).collect();
        let confidence: Vec<u8> = (0..w * h).map(|i| (i % w) as u8).collect();
        let map = ClassMap::new(grid, class.clone(), confidence.clone()).unwrap();
        let rgba = map_rgba(&map);
        for (i, px) in rgba.chunks_exact(4).enumerate() {
            let [r, g, b] = palette::shaded(class[i], confidence[i]);
            assert_eq!(
                px,
                [r, g, b, 255],
                "class {} confidence {}",
                class[i],
                confidence[i]
            );
        }
        assert_eq!(&rgba[..4], &[0xad, 0xa7, 0xcf, 255]); // class 0 at p = 0: 60 % white
    }

    #[test]
    fn grey_pixels() {
        let mut px = [0u8; 8];
        latent_web_kit::grey_rgba(&[1.5, 0.5], &mut px);
        assert_eq!(px, [255, 255, 255, 255, 128, 128, 128, 255]);
    }
}
