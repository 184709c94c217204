//! The marks drawn over a class map (μ of an encoded image, a guess, σ's ellipses, a segment):
//! each stroked twice, a wide white halo under a dark line, so that it shows on every colour
//! of the map. The page's encode view and the lesson's encoder step draw with them, so the two
//! pictures of μ look alike.

use web_sys::CanvasRenderingContext2d;

/// Strokes what `path` builds twice: 4.5 · `d` px of white (95 % opaque), then 2 · `d` px of
/// near-black (`d`: the device pixel ratio). `path` begins its own path and strokes it (so it
/// may set a dash pattern for its stroke).
pub fn halo_stroke(ctx: &CanvasRenderingContext2d, d: f64, path: &dyn Fn()) {
    ctx.set_stroke_style_str("rgba(255,255,255,0.95)");
    ctx.set_line_width(4.5 * d);
    path();
    ctx.set_stroke_style_str("#111");
    ctx.set_line_width(2.0 * d);
    path();
}

/// μ's mark: a diamond of half-diagonal `r` canvas pixels around `(x, y)`, stroked with a
/// halo ([`halo_stroke`]).
pub fn diamond(ctx: &CanvasRenderingContext2d, d: f64, (x, y): (f64, f64), r: f64) {
    halo_stroke(ctx, d, &|| {
        ctx.begin_path();
        ctx.move_to(x, y - r);
        ctx.line_to(x + r, y);
        ctx.line_to(x, y + r);
        ctx.line_to(x - r, y);
        ctx.close_path();
        ctx.stroke();
    });
}
