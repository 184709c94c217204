//! Line and bar charts as PNGs.

use super::*;

/// Plot area of a chart built with [`chart_builder`], in backend pixels.
pub(super) fn plot_rect<X: Ranged, Y: Ranged>(
    chart: &ChartContext<'_, BitMapBackend<'_>, Cartesian2d<X, Y>>,
) -> PixelRect {
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    PixelRect {
        x: xr.start as u32,
        y: yr.start as u32,
        width: (xr.end - xr.start) as u32,
        height: (yr.end - yr.start) as u32,
    }
}

/// The frame every chart shares: title centred on top, room for the y label above the axis.
pub(super) fn chart_builder<'a, 'b>(
    root: &'a Area<'b>,
    title: &str,
) -> Result<ChartBuilder<'a, 'b, BitMapBackend<'b>>> {
    let (w, _) = root.dim_in_pixel();
    text(
        root,
        title,
        (w as i32 / 2, 12),
        TITLE,
        at(HPos::Center, VPos::Top),
    )?;
    let mut b = ChartBuilder::on(root);
    b.margin_top(64)
        .margin_left(16)
        .margin_right(28)
        .margin_bottom(12)
        .x_label_area_size(56)
        .y_label_area_size(72);
    Ok(b)
}

/// Writes the y label above the y axis and the x label (if any) under the x tick labels.
pub(super) fn axis_labels(
    root: &Area<'_>,
    r: PixelRect,
    x_label: &str,
    y_label: &str,
) -> Result<()> {
    text(
        root,
        y_label,
        (r.x as i32 - 8, r.y as i32 - 12),
        AXIS,
        at(HPos::Left, VPos::Bottom),
    )?;
    if !x_label.is_empty() {
        let bottom = (r.y + r.height) as i32;
        text(
            root,
            x_label,
            ((r.x + r.width / 2) as i32, bottom + 30),
            AXIS,
            at(HPos::Center, VPos::Top),
        )?;
    }
    Ok(())
}

pub(super) fn grey_mesh<X, Y>(
    chart: &mut ChartContext<'_, BitMapBackend<'_>, Cartesian2d<X, Y>>,
) -> Result<()>
where
    X: Ranged + ValueFormatter<X::ValueType>,
    Y: Ranged + ValueFormatter<Y::ValueType>,
{
    chart
        .configure_mesh()
        .x_labels(8)
        .y_labels(8)
        .max_light_lines(2)
        .x_label_formatter(&|_| String::new())
        .y_label_formatter(&|_| String::new())
        .axis_style(rgb(MUTED))
        .bold_line_style(RGBColor(0xE2, 0xE2, 0xE2))
        .light_line_style(RGBColor(0xF3, 0xF3, 0xF3))
        .draw()
        .map_err(pe)
}

pub(super) fn draw_line_chart<X>(
    root: &Area<'_>,
    title: &str,
    (x_label, y_label): (&str, &str),
    series: &[(String, Vec<(f64, f64)>)],
    x: X,
    y: Range<f64>,
) -> Result<()>
where
    X: AsRangedCoord<Value = f64>,
    X::CoordDescType: ValueFormatter<f64>,
{
    let mut chart = chart_builder(root, title)?
        .build_cartesian_2d(x, y)
        .map_err(pe)?;
    grey_mesh(&mut chart)?;
    let r = plot_rect(&chart);
    let bottom = (r.y + r.height) as i32;
    let (x_lo, y_lo) = (chart.x_range().start, chart.y_range().start);
    for v in chart.as_coord_spec().x_spec().key_points(BoldPoints(8)) {
        let (px, _) = chart.backend_coord(&(v, y_lo));
        text(
            root,
            &tick(v),
            (px, bottom + 8),
            TICK,
            at(HPos::Center, VPos::Top),
        )?;
    }
    for v in chart.as_coord_spec().y_spec().key_points(BoldPoints(8)) {
        let (_, py) = chart.backend_coord(&(x_lo, v));
        text(
            root,
            &tick(v),
            (r.x as i32 - 8, py),
            TICK,
            at(HPos::Right, VPos::Center),
        )?;
    }
    axis_labels(root, r, x_label, y_label)?;
    for (i, (_, pts)) in series.iter().enumerate() {
        let c = rgb(palette::CLASS_COLOURS[SERIES[i % SERIES.len()]]);
        chart
            .draw_series(LineSeries::new(pts.iter().copied(), c.stroke_width(2)))
            .map_err(pe)?;
        chart
            .draw_series(pts.iter().map(|p| Circle::new(*p, 3, c.filled())))
            .map_err(pe)?;
    }
    // legend: in the corner of the plot that the lines cross least
    let named: Vec<(usize, &String)> = series
        .iter()
        .enumerate()
        .filter(|(_, (n, _))| !n.is_empty())
        .map(|(i, (n, _))| (i, n))
        .collect();
    if !named.is_empty() {
        let mut tw = 0f32;
        for (_, n) in &named {
            tw = tw.max(text_width(n, BODY)?);
        }
        let bw = 12 + 28 + 8 + tw.ceil() as i32 + 12;
        let bh = 10 + 24 * named.len() as i32;
        let mut trace: Vec<(i32, i32)> = vec![];
        for (_, pts) in series {
            let px: Vec<(i32, i32)> = pts.iter().map(|p| chart.backend_coord(p)).collect();
            for w in px.windows(2) {
                trace.extend((0..16).map(|k| {
                    let t = k as f32 / 16.0;
                    let lerp = |a: i32, b: i32| a + ((b - a) as f32 * t).round() as i32;
                    (lerp(w[0].0, w[1].0), lerp(w[0].1, w[1].1))
                }));
            }
            trace.extend(px.last());
        }
        let (left, right) = (r.x as i32 + 10, (r.x + r.width) as i32 - 10 - bw);
        let (top, low) = (r.y as i32 + 10, (r.y + r.height) as i32 - 10 - bh);
        let (x0, y0) = [(right, top), (left, top), (right, low), (left, low)]
            .into_iter()
            .min_by_key(|&(x, y)| {
                trace
                    .iter()
                    .filter(|p| {
                        p.0 >= x - 4 && p.0 <= x + bw + 4 && p.1 >= y - 4 && p.1 <= y + bh + 4
                    })
                    .count()
            })
            .expect("four corners");
        let x1 = x0 + bw;
        root.draw(&Rectangle::new(
            [(x0, y0), (x1, y0 + bh)],
            RGBColor(255, 255, 255).mix(0.9).filled(),
        ))
        .map_err(pe)?;
        root.draw(&Rectangle::new(
            [(x0, y0), (x1, y0 + bh)],
            rgb(MUTED).stroke_width(1),
        ))
        .map_err(pe)?;
        for (row, (i, n)) in named.iter().enumerate() {
            let c = rgb(palette::CLASS_COLOURS[SERIES[i % SERIES.len()]]);
            let yc = y0 + 17 + 24 * row as i32;
            root.draw(&PathElement::new(
                vec![(x0 + 12, yc), (x0 + 40, yc)],
                c.stroke_width(2),
            ))
            .map_err(pe)?;
            root.draw(&Circle::new((x0 + 26, yc), 3, c.filled()))
                .map_err(pe)?;
            text(root, n, (x0 + 48, yc), BODY, at(HPos::Left, VPos::Center))?;
        }
    }
    Ok(())
}

/// Range of `v` padded by `pad` of its span on each side (a unit span round a single value).
pub(super) fn padded(v: impl Iterator<Item = f64>, pad: f64) -> Option<Range<f64>> {
    let (lo, hi) = v.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), x| {
        (lo.min(x), hi.max(x))
    });
    if !lo.is_finite() {
        return None;
    }
    let span = if hi > lo { hi - lo } else { lo.abs().max(1.0) };
    Some(lo - pad * span..hi + pad * span)
}

pub(super) fn render_line_plot(
    title: &str,
    x_label: &str,
    y_label: &str,
    series: &[(String, Vec<(f64, f64)>)],
    log_x: bool,
) -> Result<RgbImage> {
    faces()?;
    let usable = |&(x, y): &(f64, f64)| x.is_finite() && y.is_finite() && (!log_x || x > 0.0);
    let series: Vec<(String, Vec<(f64, f64)>)> = series
        .iter()
        .map(|(n, v)| (n.clone(), v.iter().copied().filter(usable).collect()))
        .collect();
    let pts = || series.iter().flat_map(|(_, v)| v.iter());
    let Some(y) = padded(pts().map(|p| p.1), 0.06) else {
        bail!("line plot `{title}`: no finite points to draw");
    };
    let (w, h) = PLOT_SIZE;
    let mut image = RgbImage::new(w, h);
    {
        let root = BitMapBackend::with_buffer(&mut image.data, (w, h)).into_drawing_area();
        let labels = (x_label, y_label);
        if log_x {
            let (lo, hi) = pts().fold((f64::INFINITY, 0.0f64), |(lo, hi), p| {
                (lo.min(p.0), hi.max(p.0))
            });
            let (lo, hi) = if hi > lo {
                (lo, hi)
            } else {
                (lo / 2.0, hi * 2.0)
            };
            let x = (lo / 1.15..hi * 1.15).log_scale();
            draw_line_chart(&root, title, labels, &series, x, y)?;
        } else {
            let x = padded(pts().map(|p| p.0), 0.02).expect("points exist");
            draw_line_chart(&root, title, labels, &series, x, y)?;
        }
        root.present().map_err(pe)?;
    }
    Ok(image)
}

/// Writes a line chart as a PNG ([`PLOT_SIZE`]): one line (with a dot per point) per series
/// `(name, [(x, y)])`, a legend of the series names (unnamed series are left out of it),
/// `log_x` for a logarithmic x axis (points with x ≤ 0 are then left out). Non-finite points
/// are left out. The y label is written above the y axis.
///
/// # Errors
/// When no point is left to draw, or the file cannot be written.
pub fn line_plot(
    out: &Path,
    title: &str,
    x_label: &str,
    y_label: &str,
    series: &[(String, Vec<(f64, f64)>)],
    log_x: bool,
) -> Result<()> {
    let img = render_line_plot(title, x_label, y_label, series, log_x)?;
    atomic_write(out, &img.to_png()?)?;
    Ok(())
}

pub(super) fn render_bar_plot(
    title: &str,
    y_label: &str,
    bars: &[(String, f64)],
) -> Result<RgbImage> {
    faces()?;
    ensure!(!bars.is_empty(), "bar plot `{title}`: no bars");
    if let Some((n, v)) = bars.iter().find(|(_, v)| !v.is_finite()) {
        bail!("bar plot `{title}`: bar `{n}` is {v}");
    }
    let lo = bars.iter().map(|b| b.1).fold(0.0f64, f64::min);
    let hi = bars.iter().map(|b| b.1).fold(0.0f64, f64::max);
    let span = if hi > lo { hi - lo } else { 1.0 };
    let y = if lo < 0.0 { lo - 0.12 * span } else { 0.0 }..hi + 0.12 * span;
    let (w, h) = PLOT_SIZE;
    let mut image = RgbImage::new(w, h);
    {
        let root = BitMapBackend::with_buffer(&mut image.data, (w, h)).into_drawing_area();
        let n = bars.len();
        // bar i spans [i + 0.15, i + 0.85] of the x axis [0, n]
        let mut chart = chart_builder(&root, title)?
            .build_cartesian_2d(0.0..n as f64, y.clone())
            .map_err(pe)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(0)
            .y_labels(8)
            .max_light_lines(2)
            .y_label_formatter(&|_| String::new())
            .axis_style(rgb(MUTED))
            .bold_line_style(RGBColor(0xE2, 0xE2, 0xE2))
            .light_line_style(RGBColor(0xF3, 0xF3, 0xF3))
            .draw()
            .map_err(pe)?;
        let r = plot_rect(&chart);
        let bottom = (r.y + r.height) as i32;
        for v in chart.as_coord_spec().y_spec().key_points(BoldPoints(8)) {
            let (_, py) = chart.backend_coord(&(0.0, v));
            text(
                &root,
                &tick(v),
                (r.x as i32 - 8, py),
                TICK,
                at(HPos::Right, VPos::Center),
            )?;
        }
        axis_labels(&root, r, "", y_label)?;
        for (i, (name, v)) in bars.iter().enumerate() {
            let c = rgb(palette::CLASS_COLOURS[SERIES[i % SERIES.len()]]);
            let x = i as f64;
            chart
                .draw_series(std::iter::once(Rectangle::new(
                    [(x + 0.15, 0.0), (x + 0.85, *v)],
                    c.filled(),
                )))
                .map_err(pe)?;
            let (px, py) = chart.backend_coord(&(x + 0.5, *v));
            let (dy, vpos) = if *v < 0.0 {
                (6, VPos::Top)
            } else {
                (-6, VPos::Bottom)
            };
            text(
                &root,
                &figure(*v),
                (px, py + dy),
                BODY,
                at(HPos::Center, vpos),
            )?;
            text(
                &root,
                name,
                (px, bottom + 10),
                BODY,
                at(HPos::Center, VPos::Top),
            )?;
        }
        root.present().map_err(pe)?;
    }
    Ok(image)
}

/// Writes a bar chart as a PNG ([`PLOT_SIZE`]): one bar per `(name, value)` from 0, its value
/// written at its end and its name under the axis. The y label is written above the y axis.
///
/// # Errors
/// When `bars` is empty or holds a non-finite value, or the file cannot be written.
pub fn bar_plot(out: &Path, title: &str, y_label: &str, bars: &[(String, f64)]) -> Result<()> {
    let img = render_bar_plot(title, y_label, bars)?;
    atomic_write(out, &img.to_png()?)?;
    Ok(())
}
