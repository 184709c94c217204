//! A small line chart on a canvas: shares in `[0, 1]` against epochs. The page's training
//! evolution view (its per-snapshot figures under the scrubber) and the lesson's epochs
//! question draw with it, so the two pictures of the same figures look alike.

use web_sys::CanvasRenderingContext2d;

/// The line of a snapshot's map accuracy (blue; the captions name the colours).
pub const ACCURACY_COLOUR: &str = "#33228b";
/// The line of a snapshot's 10-NN agreement (black).
pub const KNN_COLOUR: &str = "#111";
/// The mark of the first coherent epoch (red).
pub const COHERENT_COLOUR: &str = "#c0392b";

/// One line of a chart: its colour (CSS) and one value in `[0, 1]` per x.
pub struct Series<'a> {
    /// CSS colour of the line and its dots.
    pub colour: &'a str,
    /// The values, one per x of [`lines`], shares in `[0, 1]`.
    pub values: &'a [f64],
}

/// A vertical line at `x` (an epoch): the coherent epoch, the epoch shown.
pub struct Mark<'a> {
    /// Where, in the chart's x units (epochs).
    pub x: f64,
    /// CSS colour.
    pub colour: &'a str,
    /// Line width, canvas pixels.
    pub width: f64,
}

/// Draws `series` against `xs` (epochs, ascending; the x axis runs from 0 to the last) on a
/// `w × h` pixel chart over a white ground with grid lines at 0, 25, 50, 75 and 100 %; `marks`
/// are drawn first, under the lines. `scale`: canvas pixels per CSS pixel (the device pixel
/// ratio of a canvas sized in device pixels), by which line widths, dots and margins grow.
/// Draws nothing beyond the ground when `xs` is empty.
pub fn lines(
    ctx: &CanvasRenderingContext2d,
    (w, h, scale): (f64, f64, f64),
    xs: &[f64],
    series: &[Series],
    marks: &[Mark],
) {
    ctx.set_fill_style_str("#fff");
    ctx.fill_rect(0.0, 0.0, w, h);
    let Some(&last) = xs.last() else {
        return;
    };
    let (left, bottom, top) = (8.0 * scale, h - 8.0 * scale, 8.0 * scale);
    let xe = |e: f64| left + (w - 2.0 * left) * e / last.max(1.0);
    let yv = |v: f64| bottom - (bottom - top) * v;
    ctx.set_stroke_style_str("#ccc");
    ctx.set_line_width(scale);
    for v in [0.0, 0.25, 0.5, 0.75, 1.0] {
        ctx.begin_path();
        ctx.move_to(left, yv(v));
        ctx.line_to(w - left, yv(v));
        ctx.stroke();
    }
    for m in marks {
        ctx.set_stroke_style_str(m.colour);
        ctx.set_line_width(m.width * scale);
        ctx.begin_path();
        ctx.move_to(xe(m.x), top);
        ctx.line_to(xe(m.x), bottom);
        ctx.stroke();
    }
    for s in series {
        ctx.set_stroke_style_str(s.colour);
        ctx.set_line_width(2.5 * scale);
        ctx.begin_path();
        for (i, (&x, &v)) in xs.iter().zip(s.values).enumerate() {
            if i == 0 {
                ctx.move_to(xe(x), yv(v));
            } else {
                ctx.line_to(xe(x), yv(v));
            }
        }
        ctx.stroke();
        ctx.set_fill_style_str(s.colour);
        for (&x, &v) in xs.iter().zip(s.values) {
            ctx.begin_path();
            let _ = ctx.arc(xe(x), yv(v), 3.0 * scale, 0.0, std::f64::consts::TAU);
            ctx.fill();
        }
    }
}
