//! The class palette: ten colours safe for the common colour-vision deficiencies.
//!
//! Paul Tol's "muted" qualitative scheme (nine colours, <https://personal.sron.nl/~pault/>)
//! plus its pale grey as the tenth. Class `i` always gets `CLASS_COLOURS[i]`, in every view,
//! frame and export, so a class never changes colour.

/// sRGB colour of each class id, `[r, g, b]` in 0..=255.
pub const CLASS_COLOURS: [[u8; 3]; 10] = [
    [0x33, 0x22, 0x88], // indigo
    [0x88, 0xCC, 0xEE], // cyan
    [0x44, 0xAA, 0x99], // teal
    [0x11, 0x77, 0x33], // green
    [0x99, 0x99, 0x33], // olive
    [0xDD, 0xCC, 0x77], // sand
    [0xCC, 0x66, 0x77], // rose
    [0x88, 0x22, 0x55], // wine
    [0xAA, 0x44, 0x99], // purple
    [0xDD, 0xDD, 0xDD], // pale grey
];

/// Colour of class `c` (wrapping for more than ten classes).
pub fn class_colour(c: u8) -> [u8; 3] {
    CLASS_COLOURS[c as usize % CLASS_COLOURS.len()]
}

/// `#rrggbb` of class `c`.
pub fn class_hex(c: u8) -> String {
    let [r, g, b] = class_colour(c);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// How many shades of each class colour a map shows: confidence is rounded to this many
/// evenly spaced levels before shading. 25 steps of 2.5 % white are finer than the eye
/// follows across a border, and ten classes then use 250 colours, so the site build's
/// picture of the default map is a palette PNG: 8 kB where every one of the 256 confidences
/// took 27 kB (`crates/site`). The confidence readouts still show the stored value.
pub const SHADES: u8 = 25;

/// Colour of a map cell: the class colour blended towards white as confidence drops, so
/// uncertain borders look pale. `confidence` is `round(p · 255)` with `p ∈ [0, 1]`, rounded
/// to one of [`SHADES`] levels; a cell at full confidence keeps the pure class colour, one at
/// `p = 0.5` is 30 % white.
pub fn shaded(c: u8, confidence: u8) -> [u8; 3] {
    let top = f32::from(SHADES - 1);
    let level = (f32::from(confidence) * top / 255.0).round() / top;
    let w = (1.0 - level) * 0.6;
    class_colour(c).map(|v| (v as f32 + (255.0 - v as f32) * w).round() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_are_distinct_and_stable() {
        for i in 0..10u8 {
            for j in 0..i {
                assert_ne!(class_colour(i), class_colour(j));
            }
        }
        assert_eq!(class_hex(0), "#332288");
        assert_eq!(shaded(3, 255), [0x11, 0x77, 0x33]);
        assert_eq!(shaded(9, 0), [241, 241, 241]);
        // p = 0.5 (128 of 255, level 12 of 24): 30 % white
        assert_eq!(shaded(0, 128), [0x33 + 61, 0x22 + 66, 0x88 + 36]);
    }

    #[test]
    fn a_class_has_at_most_its_number_of_shades() {
        for c in 0..10u8 {
            let mut all: Vec<[u8; 3]> = (0..=255).map(|p| shaded(c, p)).collect();
            all.dedup();
            // (the pale grey's 25 shades of 34 steps to white round to fewer colours)
            let want = if c == 9 {
                18..=SHADES as usize
            } else {
                SHADES as usize..=SHADES as usize
            };
            assert!(want.contains(&all.len()), "class {c}: {} shades", all.len());
        }
    }
}
