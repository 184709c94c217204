//! Class maps of several designs side by side, with one legend.

use super::*;

/// One panel of [`maps_panel`]: title, class map, optional encoded points and their labels.
pub type MapPanel = (String, ClassMap, Option<Vec<[f32; 2]>>, Option<Vec<u8>>);

/// Legend items laid out in rows across `width`: `(class, x, row)`.
pub(super) fn legend_flow(class_names: &[String], width: u32) -> Result<Vec<(u8, i32, i32)>> {
    let (mut x, mut row) = (16i32, 0i32);
    let mut out = Vec::with_capacity(class_names.len());
    for (c, name) in class_names.iter().enumerate() {
        let item = 24 + text_width(name, BODY)?.ceil() as i32 + 22;
        if x > 16 && x + item > width as i32 - 16 {
            x = 16;
            row += 1;
        }
        out.push((c as u8, x, row));
        x += item;
    }
    Ok(out)
}

pub(super) fn render_maps_panel(panels: &[MapPanel], class_names: &[String]) -> Result<RgbImage> {
    faces()?;
    ensure!(!panels.is_empty(), "maps panel: no panels");
    let (pw, ph) = PANEL_SIZE;
    let w = pw * panels.len() as u32;
    let items = legend_flow(class_names, w)?;
    let rows = items.last().map_or(0, |i| i.2 + 1) as u32;
    let h = ph + 8 + 26 * rows + 8;
    let mut image = RgbImage::new(w, h);
    {
        let root = BitMapBackend::with_buffer(&mut image.data, (w, h)).into_drawing_area();
        for (i, (title, map, pts, labels)) in panels.iter().enumerate() {
            let x0 = (pw * i as u32) as i32;
            let head = TextStyle {
                size: 20.0,
                ..TITLE
            };
            text(
                &root,
                title,
                (x0 + pw as i32 / 2, 10),
                head,
                at(HPos::Center, VPos::Top),
            )?;
            let chart = root.clone().shrink((pw * i as u32, 36), (pw, ph - 36));
            let points = pts.as_deref().map(|p| (p, labels.as_deref()));
            draw_map_chart(&chart, map, points, Shading::Exact)
                .with_context(|| format!("panel `{title}`"))?;
        }
        for &(c, x, row) in &items {
            let y = (ph + 8) as i32 + row * 26;
            draw_swatch(&root, c, (x, y))?;
            text(
                &root,
                &class_names[c as usize],
                (x + 24, y + 8),
                BODY,
                at(HPos::Left, VPos::Center),
            )?;
        }
        root.present().map_err(pe)?;
    }
    Ok(image)
}

/// Writes class maps side by side as a PNG (each panel [`PANEL_SIZE`], the class legend in a
/// band below): per panel its title, the map over its own bounds with axes in latent units,
/// and the points, if given, as dots coloured by label (dark dots without labels). For
/// comparing designs.
///
/// # Errors
/// When `panels` is empty, a panel's points and labels differ in number, or the file cannot
/// be written.
pub fn maps_panel(out: &Path, panels: &[MapPanel], class_names: &[String]) -> Result<()> {
    let img = render_maps_panel(panels, class_names)?;
    atomic_write(out, &img.to_png()?)?;
    Ok(())
}
