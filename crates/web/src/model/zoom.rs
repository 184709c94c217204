//! Zoom and pan of the map: which part of the plane is on screen.
//!
//! The page shows the *window*: a rectangle of the map's bounds, `1/k` of each side at zoom
//! `k` (1 ≤ k ≤ [`MAX_ZOOM`]), centred on [`Zoom::centre`] and kept inside the bounds. The
//! pointer, the marker, the axes, the overlays and the manifold tiles all use the window's
//! meshgrid ([`Zoom::window`]); the class map itself is not recomputed — it is the same
//! `W × H` sample of the classifier's answers, magnified (the page says so), while the
//! decoded image, the classifier view and the tiles use the exact z.
//!
//! Pure arithmetic, tested natively; [`super::cursor`] applies the zoom messages to the
//! page's state. Positions on screen `(u, v)` are fractions of the map's box (0..1 from its
//! left and top edges), as for [`Msg::Pointer`](super::msg::Msg::Pointer).

use latent_core::latent_map::{Bounds, Meshgrid};

/// The largest zoom: 32 × shows 8 of 256 cells per side.
pub const MAX_ZOOM: f32 = 32.0;

/// One press of a zoom button or key multiplies or divides the zoom by this.
pub const STEP: f32 = 2.0;

/// The zoom factor and the window's centre. `Default` is the whole map.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Zoom {
    /// Magnification, 1 (the whole map) to [`MAX_ZOOM`]; `0` (the default) reads as 1.
    pub k: f32,
    /// The window's centre, latent units (`None`: the map's centre). Kept as asked and
    /// clamped when the window is computed, so a model with other bounds still shows a
    /// window inside its map.
    pub centre: Option<[f32; 2]>,
}

/// A zoom factor clamped to `1..=MAX_ZOOM` (a non-finite factor is 1; within 0.5 % of 1 is
/// 1). Kept unrounded, so many small wheel or pinch steps add up.
pub fn clamp_k(k: f32) -> f32 {
    if !k.is_finite() || k < 1.005 {
        return 1.0;
    }
    k.min(MAX_ZOOM)
}

/// A zoom factor as the address keeps it: [`clamp_k`], rounded to 2 decimals.
pub fn round_k(k: f32) -> f32 {
    clamp_k((clamp_k(k) * 100.0).round() / 100.0)
}

impl Zoom {
    /// The zoom factor, at least 1.
    pub fn factor(&self) -> f32 {
        clamp_k(if self.k == 0.0 { 1.0 } else { self.k })
    }

    /// Whether anything but the whole map is shown.
    pub fn is_zoomed(&self) -> bool {
        self.factor() > 1.0
    }

    /// The window's top-left corner `(u₀, v₀)` in fractions of the whole map, and its side
    /// `1/k`: the map's CSS transform and the PNG's crop.
    pub fn window_uv(&self, g: &Meshgrid) -> ([f32; 2], f32) {
        let k = self.factor();
        if k <= 1.0 {
            return ([0.0, 0.0], 1.0);
        }
        let side = 1.0 / k;
        let h = side / 2.0;
        let c = self.centre.map_or([0.5, 0.5], |z| g.uv_of(z));
        let fix = |x: f32| {
            if x.is_finite() {
                x.clamp(h, 1.0 - h)
            } else {
                0.5
            }
        };
        ([fix(c[0]) - h, fix(c[1]) - h], side)
    }

    /// The meshgrid of the window: the visible part of `g`'s bounds with `g`'s cell counts
    /// (so `z_at`/`uv_of` map the map's box to latent units and back). At zoom 1 this is `g`.
    pub fn window(&self, g: &Meshgrid) -> Meshgrid {
        if !self.is_zoomed() {
            return *g;
        }
        let ([u0, v0], side) = self.window_uv(g);
        let top_left = g.z_at(u0, v0);
        let bottom_right = g.z_at(u0 + side, v0 + side);
        let bounds = Bounds {
            min: [top_left[0], bottom_right[1]],
            max: [bottom_right[0], top_left[1]],
        };
        Meshgrid::new(bounds, g.width, g.height).unwrap_or(*g)
    }

    /// The same window, its centre written as the (clamped) centre actually shown, so the
    /// address holds what is on screen.
    fn settled(k: f32, g: &Meshgrid, centre_uv: [f32; 2]) -> Zoom {
        let k = clamp_k(k);
        if k <= 1.0 {
            return Zoom::default();
        }
        let z = Zoom {
            k,
            centre: Some(g.z_at(centre_uv[0], centre_uv[1])),
        };
        let ([u0, v0], side) = z.window_uv(g);
        Zoom {
            k,
            centre: Some(g.z_at(u0 + side / 2.0, v0 + side / 2.0)),
        }
    }

    /// The same zoom with the centre actually shown on `g`'s map (the asked centre moved so
    /// that the window lies inside the map).
    pub fn shown(&self, g: &Meshgrid) -> Zoom {
        if !self.is_zoomed() {
            return Zoom::default();
        }
        let ([u0, v0], side) = self.window_uv(g);
        Zoom::settled(self.factor(), g, [u0 + side / 2.0, v0 + side / 2.0])
    }

    /// Zooms by `factor` (> 1 in, < 1 out) keeping the point under screen position `(u, v)`
    /// where it is (the wheel and pinch zoom around the pointer; buttons and keys around the
    /// cursor).
    pub fn zoom_at(&self, g: &Meshgrid, factor: f32, u: f32, v: f32) -> Zoom {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let ([u0, v0], side) = self.window_uv(g);
        let (u, v) = (u.clamp(0.0, 1.0), v.clamp(0.0, 1.0));
        // the point under (u, v), in fractions of the whole map
        let p = [u0 + u * side, v0 + v * side];
        let k2 = clamp_k(self.factor() * factor);
        let side2 = 1.0 / k2;
        let c = [
            p[0] - u * side2 + side2 / 2.0,
            p[1] - v * side2 + side2 / 2.0,
        ];
        Zoom::settled(k2, g, c)
    }

    /// Moves the window by `(du, dv)` of its own size (a two-finger drag of `du` = 0.1 moves
    /// the map a tenth of the box to the right, showing what lay left of it).
    pub fn pan(&self, g: &Meshgrid, du: f32, dv: f32) -> Zoom {
        if !(self.is_zoomed() && du.is_finite() && dv.is_finite()) {
            return *self;
        }
        let ([u0, v0], side) = self.window_uv(g);
        let c = [u0 + side / 2.0 - du * side, v0 + side / 2.0 - dv * side];
        Zoom::settled(self.factor(), g, c)
    }

    /// The window moved just enough to show `z` (with a margin of 5 % of the window), so a
    /// cursor moved by the keys never leaves the screen.
    pub fn follow(&self, g: &Meshgrid, z: [f32; 2]) -> Zoom {
        if !self.is_zoomed() {
            return *self;
        }
        let ([u0, v0], side) = self.window_uv(g);
        let p = g.uv_of(z);
        let m = side * 0.05;
        let shift = |p: f32, lo: f32| {
            if p < lo + m {
                p - (lo + m)
            } else if p > lo + side - m {
                p - (lo + side - m)
            } else {
                0.0
            }
        };
        let (du, dv) = (shift(p[0], u0), shift(p[1], v0));
        if du == 0.0 && dv == 0.0 {
            return *self;
        }
        Zoom::settled(
            self.factor(),
            g,
            [u0 + side / 2.0 + du, v0 + side / 2.0 + dv],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid() -> Meshgrid {
        Meshgrid::new(
            Bounds {
                min: [-4.0, -2.0],
                max: [4.0, 6.0],
            },
            256,
            256,
        )
        .unwrap()
    }

    fn near(a: [f32; 2], b: [f32; 2], tol: f32) -> bool {
        (a[0] - b[0]).abs() <= tol && (a[1] - b[1]).abs() <= tol
    }

    #[test]
    fn zoom_one_is_the_whole_map() {
        let g = grid();
        assert_eq!(Zoom::default().window(&g), g);
        assert_eq!(Zoom::default().factor(), 1.0);
        assert_eq!(Zoom::default().window_uv(&g), ([0.0, 0.0], 1.0));
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer() {
        let g = grid();
        let z0 = Zoom::default();
        let under = z0.window(&g).z_at(0.25, 0.75);
        let z1 = z0.zoom_at(&g, 4.0, 0.25, 0.75);
        assert_eq!(z1.factor(), 4.0);
        let w = z1.window(&g);
        assert!(
            near(w.z_at(0.25, 0.75), under, 1e-5),
            "{:?}",
            w.z_at(0.25, 0.75)
        );
        // the window is a quarter of each side: 2 × 2 latent units
        assert!(near(w.bounds.size(), [2.0, 2.0], 1e-5), "{:?}", w.bounds);
        // and zooming back out returns to the whole map
        assert_eq!(z1.zoom_at(&g, 0.25, 0.5, 0.5), Zoom::default());
    }

    #[test]
    fn the_window_stays_inside_the_bounds() {
        let g = grid();
        // zoom in at the top-left corner: the window starts at the corner, not beyond it
        let z = Zoom::default().zoom_at(&g, 8.0, 0.0, 0.0);
        let w = z.window(&g);
        assert!(near([w.bounds.min[0], w.bounds.max[1]], [-4.0, 6.0], 1e-5));
        assert!(near(w.bounds.size(), [1.0, 1.0], 1e-5));
        // panning further up-left changes nothing; panning right moves by the window's size
        assert_eq!(z.pan(&g, 0.5, 0.5), z);
        let right = z.pan(&g, -1.0, 0.0).window(&g);
        assert!(near(
            [right.bounds.min[0], right.bounds.max[1]],
            [-3.0, 6.0],
            1e-5
        ));
        // a centre asked for far off the map is clamped into it
        let far = Zoom {
            k: 4.0,
            centre: Some([100.0, -100.0]),
        };
        let w = far.window(&g);
        assert!(near([w.bounds.max[0], w.bounds.min[1]], [4.0, -2.0], 1e-5));
        let nan = Zoom {
            k: 4.0,
            centre: Some([f32::NAN, 0.0]),
        };
        assert!(nan.window(&g).bounds.min[0].is_finite());
    }

    #[test]
    fn factors_are_clamped() {
        assert_eq!(clamp_k(0.5), 1.0);
        assert_eq!(clamp_k(1000.0), MAX_ZOOM);
        assert_eq!(clamp_k(f32::NAN), 1.0);
        assert_eq!(round_k(2.3456), 2.35);
        assert_eq!(clamp_k(2.3456), 2.3456);
        // a hundred small wheel steps add up (they are not rounded away one by one)
        let g = grid();
        let mut z = Zoom::default();
        for _ in 0..100 {
            z = z.zoom_at(&g, 1.007, 0.5, 0.5);
        }
        assert!(
            (z.factor() - 1.007f32.powi(100)).abs() < 0.01,
            "{}",
            z.factor()
        );
        let g = grid();
        let z = Zoom::default().zoom_at(&g, 1e6, 0.5, 0.5);
        assert_eq!(z.factor(), MAX_ZOOM);
        assert_eq!(
            Zoom::default().zoom_at(&g, f32::NAN, 0.5, 0.5),
            Zoom::default()
        );
    }

    #[test]
    fn the_window_follows_a_cursor_leaving_it() {
        let g = grid();
        let z = Zoom::default().zoom_at(&g, 4.0, 0.5, 0.5); // z₁ in [-1, 1], z₂ in [1, 3]
        assert_eq!(z.follow(&g, [0.0, 2.0]), z, "inside: unchanged");
        let f = z.follow(&g, [1.5, 2.0]).window(&g);
        assert!(
            f.bounds.max[0] >= 1.5 && f.bounds.min[0] < 1.5,
            "{:?}",
            f.bounds
        );
        assert!(near(f.bounds.size(), [2.0, 2.0], 1e-5));
        assert!(
            (f.bounds.min[1] - 1.0).abs() < 1e-5,
            "z₂ unchanged: {:?}",
            f.bounds
        );
    }
}
