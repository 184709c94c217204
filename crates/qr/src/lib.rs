//! The QR code of the page's exact view: scanning it opens the same address on a phone.
//!
//! [`modules`] encodes a text (an address) with the `qrcode` crate at error-correction level M
//! and returns its modules; the page draws them (`latent-web`'s renderer, with a quiet zone of
//! four modules as the standard asks). This crate is its own wasm module, fetched the first time a
//! QR code is shown (present mode, `qr=1`, Save PNG).

use qrcode::{Color, EcLevel, QrCode};
use wasm_bindgen::prelude::*;

/// The modules of the QR code for `text`: `side × side` bytes, row by row from the top, 1 for
/// a dark module and 0 for a light one, preceded by `side` (one byte would not hold version
/// 40's 177, so the first four bytes are `side` as a little-endian u32).
///
/// # Errors
/// A sentence when `text` is too long for any QR version at level M (about 2,300 bytes).
pub fn encode(text: &str) -> Result<(usize, Vec<u8>), String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|e| format!("{} bytes cannot be one QR code: {e}", text.len()))?;
    let side = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| u8::from(c == Color::Dark))
        .collect();
    Ok((side, dark))
}

/// [`encode`] for JavaScript: `side` as four little-endian bytes, then the `side × side`
/// modules (1 dark, 0 light).
///
/// # Errors
/// As [`encode`], as a JavaScript string.
#[wasm_bindgen]
pub fn modules(text: &str) -> Result<Vec<u8>, JsValue> {
    let (side, dark) = encode(text).map_err(|e| JsValue::from_str(&e))?;
    let mut out = (side as u32).to_le_bytes().to_vec();
    out.extend(dark);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_encodes_to_a_square_with_its_finder_patterns() {
        let url = "https://example.org/latent/?model=mnist-vae&z=1.5,-0.25&view=encode&lang=de";
        let (side, m) = encode(url).unwrap();
        assert_eq!(m.len(), side * side);
        assert!(
            (21..=177).contains(&side) && (side - 17) % 4 == 0,
            "side {side}"
        );
        // the three finder patterns: a dark 7 × 7 ring with a dark 3 × 3 centre, at three corners
        for (r0, c0) in [(0, 0), (0, side - 7), (side - 7, 0)] {
            let at = |r: usize, c: usize| m[(r0 + r) * side + c0 + c];
            for i in 0..7 {
                assert_eq!((at(0, i), at(6, i), at(i, 0), at(i, 6)), (1, 1, 1, 1));
            }
            assert_eq!(at(1, 1), 0);
            assert_eq!(at(3, 3), 1);
        }
        let bytes = modules(url).unwrap();
        assert_eq!(
            u32::from_le_bytes(bytes[..4].try_into().unwrap()) as usize,
            side
        );
        assert_eq!(&bytes[4..], &m[..]);
    }

    #[test]
    fn too_long_a_text_is_an_error() {
        let long = "x".repeat(5000);
        let e = encode(&long).unwrap_err();
        assert!(e.starts_with("5000 bytes cannot be one QR code"), "{e}");
    }
}
