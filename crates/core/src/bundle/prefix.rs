//! Checking a file from its first bytes, before its body is read.
//!
//! A file opened in the page is read in three steps: its first [`SNIFF_BYTES`] bytes give the
//! header's length ([`header_len`]), the header itself is checked ([`check_header`]: a
//! safetensors header whose tensors add up to the file's size, with the explorer's metadata),
//! and only then is the whole file read. A file that is not a bundle, or larger than
//! [`MAX_FILE_BYTES`], is refused from a few hundred bytes: WebAssembly memory cannot shrink
//! once grown, so a refused file must never be copied into it.

use super::{bundle_err, json_from_metadata, layout, BundleMeta, META_KEY};
use crate::Result;

/// How many bytes to read first: the 8-byte header length, and enough more to tell an HTML
/// page, a Git LFS pointer or a JSON document by their start ([`layout::not_safetensors`]).
pub const SNIFF_BYTES: usize = 512;
/// The largest header accepted, bytes (a view file's header is about 2 kB; long class names
/// of a user's own data add a few kB).
pub const MAX_HEADER_BYTES: u64 = 1 << 20;
/// The largest file the page opens, bytes (64 MiB; the view files it writes are under 1 MB).
pub const MAX_FILE_BYTES: u64 = 64 << 20;

/// `n` as people read it: `100.0 MB` or `12 kB`.
fn megabytes(n: u64) -> String {
    if n >= 1_000_000 {
        format!("{:.1} MB", n as f64 / 1e6)
    } else {
        format!("{} kB", n.div_ceil(1000))
    }
}

/// The length of the safetensors header, from the file's first bytes (`first`: up to
/// [`SNIFF_BYTES`], fewer for a short file) and its size in bytes; the caller then reads bytes
/// `8 .. 8 + n` and passes them to [`check_header`].
///
/// # Errors
/// [`crate::Error::Bundle`] naming `name` when the file is larger than [`MAX_FILE_BYTES`]
/// (the limit named), shorter than 8 bytes, recognisably an HTML page, LFS pointer or JSON
/// document, or its header length is larger than [`MAX_HEADER_BYTES`] or than the file.
pub fn header_len(first: &[u8], file_size: u64, name: &str) -> Result<usize> {
    if file_size > MAX_FILE_BYTES {
        return Err(bundle_err(
            name,
            format!(
                "the file is {}, larger than the {} a view file may be: it is not a bundle",
                megabytes(file_size),
                megabytes(MAX_FILE_BYTES)
            ),
        ));
    }
    if let Some(what) = layout::not_safetensors(first, "a bundle")
        .or_else(|| layout::json_document(first, "a bundle"))
    {
        return Err(bundle_err(name, what));
    }
    let Some(len) = first.get(..8) else {
        return Err(bundle_err(
            name,
            format!("the file is {file_size} bytes long, too short for a safetensors header"),
        ));
    };
    let n = u64::from_le_bytes(len.try_into().expect("8 bytes"));
    if n > MAX_HEADER_BYTES || 8 + n > file_size {
        return Err(bundle_err(
            name,
            format!(
                "not a valid safetensors file (its first 8 bytes give a header of {n} bytes in a \
                 file of {file_size})"
            ),
        ));
    }
    Ok(n as usize)
}

/// Checks a safetensors header (`header`: the file's bytes `8 .. 8 + n`) against the file's
/// size and reads its [`BundleMeta`], without the tensors.
///
/// # Errors
/// [`crate::Error::Bundle`] naming `name` when the header is not valid safetensors JSON
/// (offsets out of order, sizes that disagree with shapes), the tensors do not end where the
/// file ends (truncated or padded), or the metadata is missing, invalid or of another format
/// version ([`super::read_meta`]'s checks).
pub fn check_header(header: &[u8], file_size: u64, name: &str) -> Result<BundleMeta> {
    // (as text, as `safetensors` reads it: one JSON reader in the page's wasm, not two)
    let header = std::str::from_utf8(header).map_err(|_| {
        bundle_err(
            name,
            "not a valid safetensors file (its header is not UTF-8)",
        )
    })?;
    let meta: safetensors::tensor::Metadata = serde_json::from_str(header)
        .map_err(|e| bundle_err(name, format!("not a valid safetensors file ({e})")))?;
    let want = 8 + header.len() as u64 + meta.data_len() as u64;
    if want != file_size {
        return Err(bundle_err(
            name,
            format!(
                "its header describes {want} bytes but the file has {file_size}: truncated or \
                 not a bundle"
            ),
        ));
    }
    json_from_metadata(&meta, name, META_KEY, "a latent-explorer bundle")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small view-like file: one tensor and the explorer's metadata.
    fn file(meta: &str) -> Vec<u8> {
        let data = [0u8; 16];
        let t = safetensors::tensor::TensorView::new(safetensors::Dtype::F32, vec![2, 2], &data)
            .unwrap();
        let md = std::collections::HashMap::from([(META_KEY.to_string(), meta.to_string())]);
        safetensors::serialize([("map.bounds", t)], Some(md)).unwrap()
    }

    fn meta_json() -> String {
        let m = crate::bundle::read_meta(
            &std::fs::read(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../weights/mnist/vae.safetensors"
            ))
            .unwrap(),
            "vae",
        )
        .unwrap();
        serde_json::to_string(&m).unwrap()
    }

    fn check(bytes: &[u8]) -> Result<BundleMeta> {
        let size = bytes.len() as u64;
        let n = header_len(&bytes[..bytes.len().min(SNIFF_BYTES)], size, "f")?;
        check_header(&bytes[8..8 + n], size, "f")
    }

    #[test]
    fn a_bundle_passes_from_its_header() {
        let b = file(&meta_json());
        assert_eq!(check(&b).unwrap().model, "mnist-vae");
        // the committed view file too
        let v = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../weights/mnist/vae.safetensors"
        ))
        .unwrap();
        assert_eq!(check(&v).unwrap().class_names.len(), 10);
    }

    #[test]
    fn junk_and_near_misses_are_refused_with_a_reason() {
        let err = |b: &[u8]| check(b).unwrap_err().to_string();
        // random bytes: the header length is absurd
        let junk: Vec<u8> = (0..4096u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        assert!(
            err(&junk).contains("not a valid safetensors file"),
            "{}",
            err(&junk)
        );
        assert!(err(b"<!doctype html><p>404").contains("HTML page"));
        assert!(err(b"abc").contains("too short"));
        // truncated: the header says more bytes than the file has
        let b = file(&meta_json());
        assert!(
            err(&b[..b.len() - 4]).contains("truncated"),
            "{}",
            err(&b[..b.len() - 4])
        );
        // a header that is not UTF-8 (read as text, as `safetensors` reads it)
        let mut bad = file(&meta_json());
        bad[9] = 0xff;
        let e = err(&bad);
        assert!(
            e.contains("not a valid safetensors file (its header is not UTF-8)"),
            "{e}"
        );
        // a safetensors file without our metadata
        let other = file("{}");
        let e = err(&other);
        assert!(e.contains("metadata"), "{e}");
        // too large: refused from its size alone, naming the limit
        let e = header_len(&b[..64], 100_000_000, "big.bin")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("big.bin") && e.contains("100.0 MB") && e.contains("67.1 MB"),
            "{e}"
        );
    }
}
