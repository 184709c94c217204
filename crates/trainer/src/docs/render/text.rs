//! Text: the embedded DejaVu Sans faces, text styles, and drawing one line of text.

use super::*;

/// DejaVu Sans regular and bold, parsed once.
pub(super) fn faces() -> Result<&'static (FontRef<'static>, FontRef<'static>)> {
    static FACES: OnceLock<Option<(FontRef<'static>, FontRef<'static>)>> = OnceLock::new();
    FACES
        .get_or_init(|| {
            let regular = FontRef::try_from_slice(dejavu::sans::regular()).ok()?;
            let bold = FontRef::try_from_slice(dejavu::sans::bold()).ok()?;
            // plotters draws no text of ours (its glyph placement drops the side bearings), but
            // its mesh lays out (empty) tick labels: give it the same faces
            plotters::style::register_font(FONT, FontStyle::Normal, dejavu::sans::regular())
                .ok()?;
            plotters::style::register_font(FONT, FontStyle::Bold, dejavu::sans::bold()).ok()?;
            Some((regular, bold))
        })
        .as_ref()
        .context("the embedded DejaVu Sans does not parse")
}

/// How a piece of text looks: pixel height (ascent to descent), weight, colour.
#[derive(Debug, Clone, Copy)]
pub(super) struct TextStyle {
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) colour: [u8; 3],
}

pub(super) const TITLE: TextStyle = TextStyle {
    size: 22.0,
    bold: true,
    colour: INK,
};
pub(super) const BODY: TextStyle = TextStyle {
    size: 17.0,
    bold: false,
    colour: INK,
};
pub(super) const NOTE: TextStyle = TextStyle {
    size: 17.0,
    bold: false,
    colour: MUTED,
};
pub(super) const SMALL: TextStyle = TextStyle {
    size: 15.0,
    bold: false,
    colour: MUTED,
};
pub(super) const TICK: TextStyle = TextStyle {
    size: 15.0,
    bold: false,
    colour: MUTED,
};
pub(super) const AXIS: TextStyle = TextStyle {
    size: 19.0,
    bold: false,
    colour: INK,
};

/// Lays out one line of text: `(glyph id, caret x)` for each char, the advance width, the
/// ascent and the descent (negative), all in pixels.
#[allow(clippy::type_complexity)]
pub(super) fn layout(text: &str, st: TextStyle) -> Result<(Vec<(GlyphId, f32)>, f32, f32, f32)> {
    let (regular, bold) = faces()?;
    let font = if st.bold { bold } else { regular }.as_scaled(PxScale::from(st.size));
    let mut caret = 0.0;
    let mut prev: Option<GlyphId> = None;
    let mut glyphs = Vec::with_capacity(text.len());
    for ch in text.chars() {
        let id = font.glyph_id(ch);
        if let Some(p) = prev {
            caret += font.kern(p, id);
        }
        glyphs.push((id, caret));
        caret += font.h_advance(id);
        prev = Some(id);
    }
    Ok((glyphs, caret, font.ascent(), font.descent()))
}

/// Width of `text` in pixels.
pub(super) fn text_width(text: &str, st: TextStyle) -> Result<f32> {
    Ok(layout(text, st)?.1)
}

/// Draws one line of `text` with its anchor `pos` at backend pixel `at` (kerned, side bearings
/// kept, anti-aliased by coverage), and returns its box: advance width × ascent−descent.
pub(super) fn text(
    area: &Area<'_>,
    text: &str,
    at: (i32, i32),
    st: TextStyle,
    pos: Pos,
) -> Result<PixelRect> {
    let (glyphs, width, ascent, descent) = layout(text, st)?;
    let (regular, bold) = faces()?;
    let font = if st.bold { bold } else { regular }.as_scaled(PxScale::from(st.size));
    let x0 = at.0 as f32
        - match pos.h_pos {
            HPos::Left => 0.0,
            HPos::Center => width / 2.0,
            HPos::Right => width,
        };
    let top = at.1 as f32
        - match pos.v_pos {
            VPos::Top => 0.0,
            VPos::Center => (ascent - descent) / 2.0,
            VPos::Bottom => ascent - descent,
        };
    let (x0, top) = (x0.round(), top.round());
    let baseline = top + ascent.round();
    let (bx, by) = area.get_base_pixel();
    let colour = rgb(st.colour);
    for (id, caret) in glyphs {
        let g = id.with_scale_and_position(font.scale(), point(x0 + caret, baseline));
        if let Some(o) = font.outline_glyph(g) {
            let b = o.px_bounds();
            let mut res = Ok(());
            o.draw(|gx, gy, cov| {
                if cov > 0.0 && res.is_ok() {
                    let p = (
                        b.min.x as i32 + gx as i32 - bx,
                        b.min.y as i32 + gy as i32 - by,
                    );
                    res = area.draw_pixel(p, &colour.mix(cov.min(1.0) as f64));
                }
            });
            res.map_err(pe)?;
        }
    }
    Ok(PixelRect {
        x: x0.max(0.0) as u32,
        y: top.max(0.0) as u32,
        width: width.ceil() as u32,
        height: (ascent - descent).ceil() as u32,
    })
}

pub(super) fn at(h: HPos, v: VPos) -> Pos {
    Pos::new(h, v)
}
