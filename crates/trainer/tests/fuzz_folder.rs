//! Fuzz test of the image-folder import's outside input: image files (PNG, JPEG, GIF, BMP,
//! WebP) decoded the way `folder.rs` decodes them (format guessed from the bytes, the `image`
//! import's `image_limits`) and converted with [`to_mnist_pixels`]. Seeded mutations (bit
//! flips, truncations, splices, edits of the width and height fields) of small images encoded
//! here; every input must decode to 784 pixels or give an error, never panic. `FUZZ_ITERS`
//! scales it with the core fuzz test (this file runs 5 % of that figure, default 5,000).

use image::{DynamicImage, ImageFormat, ImageReader, Rgb, RgbImage};
use latent_trainer::folder::to_mnist_pixels;
use std::io::Cursor;
use std::panic::{self, AssertUnwindSafe};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// As `folder.rs` decodes a file, from memory, with the import's own decoder limits
/// (`image_limits`: found by this test — without them a GIF whose header claims 9 × 65,535
/// pixels was padded to a 4.3 GB square).
fn decode(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| format!("cannot read: {e}"))?;
    reader.limits(latent_trainer::folder::image_limits());
    let img = reader.decode().map_err(|e| format!("cannot decode: {e}"))?;
    let px = to_mnist_pixels(&img);
    if px.len() != 28 * 28 {
        return Err(format!("{} pixels", px.len()));
    }
    Ok(px)
}

fn seeds() -> Vec<(&'static str, Vec<u8>)> {
    let img = DynamicImage::ImageRgb8(RgbImage::from_fn(9, 7, |x, y| {
        Rgb([(x * 28) as u8, (y * 36) as u8, ((x + y) * 16) as u8])
    }));
    let grey = DynamicImage::ImageLuma8(img.to_luma8());
    let mut out = Vec::new();
    for (name, fmt, im) in [
        ("png", ImageFormat::Png, &img),
        ("png-grey", ImageFormat::Png, &grey),
        ("jpeg", ImageFormat::Jpeg, &img),
        ("gif", ImageFormat::Gif, &img),
        ("bmp", ImageFormat::Bmp, &img),
        ("webp", ImageFormat::WebP, &img),
    ] {
        let mut b = Cursor::new(Vec::new());
        im.write_to(&mut b, fmt).unwrap();
        out.push((name, b.into_inner()));
    }
    out
}

fn mutate(rng: &mut Rng, seed: &[u8]) -> Vec<u8> {
    let mut b = seed.to_vec();
    match rng.below(5) {
        0 => {
            for _ in 0..1 + rng.below(4) {
                let at = rng
                    .below(b.len().clamp(1, 64))
                    .min(b.len().saturating_sub(1));
                let at = if rng.below(2) == 0 {
                    at
                } else {
                    rng.below(b.len())
                };
                b[at] ^= 1 << rng.below(8);
            }
        }
        1 => b.truncate(rng.below(b.len() + 1)),
        2 => {
            let at = rng.below(b.len() + 1);
            let ins: Vec<u8> = (0..1 + rng.below(8)).map(|_| rng.next() as u8).collect();
            b.splice(at..at, ins);
        }
        3 => {
            // a 16- or 32-bit size field in the header set to something large or zero
            let at = rng.below(b.len().min(40).saturating_sub(4));
            let v: u32 = [0, 1, 0xffff, 0x7fff_ffff, 0xffff_ffff, 40_000][rng.below(6)];
            let bytes = if rng.below(2) == 0 {
                v.to_le_bytes()
            } else {
                v.to_be_bytes()
            };
            let n = if rng.below(2) == 0 { 2 } else { 4 };
            b[at..at + n].copy_from_slice(&bytes[..n]);
        }
        _ => {
            let at = rng.below(b.len());
            b[at] = rng.next() as u8;
        }
    }
    b
}

#[test]
fn image_import_survives_mutated_files() {
    let total = std::env::var("FUZZ_ITERS")
        .ok()
        .and_then(|v| v.replace(['_', ','], "").parse::<usize>().ok())
        .unwrap_or(100_000)
        / 20;
    let seeds = seeds();
    for (name, b) in &seeds {
        decode(b).unwrap_or_else(|e| panic!("seed {name}: {e}"));
    }
    let t0 = std::time::Instant::now();
    let prev = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let mut failures = Vec::new();
    let (mut ok, mut errors) = (0, 0);
    for i in 0..total {
        let mut rng = Rng(0x5eed ^ (i as u64) << 16);
        let (name, seed) = &seeds[i % seeds.len()];
        let input = mutate(&mut rng, seed);
        match panic::catch_unwind(AssertUnwindSafe(|| decode(&input))) {
            Ok(Ok(_)) => ok += 1,
            Ok(Err(_)) => errors += 1,
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                failures.push(format!("{name} input {i}: panic: {msg}"));
            }
        }
    }
    panic::set_hook(prev);
    println!(
        "fuzz (image import): {total} inputs in {:.1} s: {ok} decoded, {errors} errors, {} panics",
        t0.elapsed().as_secs_f64(),
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
