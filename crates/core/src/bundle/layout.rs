//! The byte layout of the safetensors files this crate writes, and what a reader says about
//! bytes that are not safetensors at all.
//!
//! [`serialize`] writes a standard safetensors file (8-byte little-endian header length, JSON
//! header, then the tensors' bytes back to back) in which **every tensor starts at an offset
//! that is a multiple of 8 from the start of the file**, so readers that cast the bytes in
//! place (memory maps, typed-array views) can use them as they are:
//!
//! * the JSON header is padded with spaces to a multiple of 8 bytes (as the `safetensors`
//!   crate does), so the data section starts 8-aligned;
//! * tensors are ordered by element size (largest first), then by name;
//! * after a tensor whose byte length is not a multiple of 8 (e.g. an f16 bias of 2 values,
//!   4 bytes) comes a **padding tensor** `_align.<i>` (u8 `[k]`, `k` in 1..=7, zeros), because
//!   the format requires the tensors to cover the data section without gaps. Padding tensors
//!   are ordinary u8 tensors to any safetensors reader; the loaders of this crate ignore them
//!   (they look tensors up by name).
//!
//! [`not_safetensors`] names the two kinds of wrong file a static host commonly serves in
//! place of a bundle: an HTML page (a wrong URL answered by an index or error page) and a
//! Git LFS pointer (a clone without `git lfs pull`).

use crate::{Error, Result};
use safetensors::View;
use std::collections::HashMap;

/// Alignment of every tensor's first byte in a written file, in bytes.
pub const ALIGN: usize = 8;

/// Name prefix of the padding tensors [`serialize`] inserts; `_align.0`, `_align.1`, …
pub const PAD_PREFIX: &str = "_align.";

/// Serialises named tensors and the `__metadata__` map to safetensors bytes, every tensor
/// 8-byte aligned (see the module documentation).
///
/// # Errors
/// [`Error::Invalid`] when a name is given twice, is `__metadata__` or starts with
/// [`PAD_PREFIX`].
pub fn serialize<V: View>(
    mut tensors: Vec<(String, V)>,
    metadata: Option<HashMap<String, String>>,
) -> Result<Vec<u8>> {
    tensors.sort_by(|(a, x), (b, y)| {
        y.dtype()
            .bitsize()
            .cmp(&x.dtype().bitsize())
            .then_with(|| a.cmp(b))
    });
    let mut header = serde_json::Map::new();
    if let Some(m) = metadata {
        header.insert("__metadata__".into(), serde_json::json!(m));
    }
    let invalid = |what: String| Error::Invalid(format!("safetensors: {what}"));
    let mut offset = 0usize;
    let mut pads = 0usize;
    // (index into `tensors` or a padding length)
    let mut order: Vec<std::result::Result<usize, usize>> = Vec::new();
    for (i, (name, t)) in tensors.iter().enumerate() {
        if name == "__metadata__" || name.starts_with(PAD_PREFIX) || header.contains_key(name) {
            return Err(invalid(format!(
                "tensor name `{name}` is reserved or given twice"
            )));
        }
        let n = t.data_len();
        let dtype = serde_json::to_value(t.dtype()).map_err(|e| invalid(e.to_string()))?;
        header.insert(
            name.clone(),
            serde_json::json!({"dtype": dtype, "shape": t.shape(), "data_offsets": [offset, offset + n]}),
        );
        order.push(Ok(i));
        offset += n;
        if !offset.is_multiple_of(ALIGN) && i + 1 < tensors.len() {
            let k = ALIGN - offset % ALIGN;
            header.insert(
                format!("{PAD_PREFIX}{pads}"),
                serde_json::json!({"dtype": "U8", "shape": [k], "data_offsets": [offset, offset + k]}),
            );
            order.push(Err(k));
            offset += k;
            pads += 1;
        }
    }
    let mut json = serde_json::to_vec(&header).map_err(|e| invalid(e.to_string()))?;
    json.resize(json.len().next_multiple_of(ALIGN), b' ');
    let mut out = Vec::with_capacity(8 + json.len() + offset);
    out.extend_from_slice(&(json.len() as u64).to_le_bytes());
    out.extend_from_slice(&json);
    for o in order {
        match o {
            Ok(i) => out.extend_from_slice(&tensors[i].1.data()),
            Err(k) => out.extend(std::iter::repeat_n(0u8, k)),
        }
    }
    Ok(out)
}

/// The offsets (from the start of the file) of the tensors of a safetensors buffer that do
/// not start on an 8-byte boundary, by name (padding tensors left out); empty when every
/// tensor is aligned.
///
/// # Errors
/// [`Error::Invalid`] when `bytes` is not a valid safetensors file.
pub fn misaligned(bytes: &[u8]) -> Result<Vec<(String, usize)>> {
    let (n, meta) = safetensors::SafeTensors::read_metadata(bytes)
        .map_err(|e| Error::Invalid(format!("not a valid safetensors file ({e})")))?;
    let mut out: Vec<(String, usize)> = meta
        .tensors()
        .into_iter()
        .map(|(k, info)| (k, 8 + n + info.data_offsets.0))
        .filter(|(k, at)| !at.is_multiple_of(ALIGN) && !k.starts_with(PAD_PREFIX))
        .collect();
    out.sort();
    Ok(out)
}

/// Says what `bytes` are when they are recognisably not a safetensors file: an HTML page, a
/// Git LFS pointer or a JSON document. `None` for anything else. `what` names the expected file in the
/// message, e.g. `a bundle`.
pub fn not_safetensors(bytes: &[u8], what: &str) -> Option<String> {
    let head = &bytes[..bytes.len().min(512)];
    if head.starts_with(b"version https://git-lfs.github.com/spec/") {
        let text = String::from_utf8_lossy(head);
        let size = text
            .lines()
            .find_map(|l| l.strip_prefix("size "))
            .and_then(|s| s.trim().parse::<u64>().ok());
        return Some(format!(
            "this is a Git LFS pointer{}, not {what}: fetch the real file with git lfs pull",
            size.map_or(String::new(), |s| format!(" to a {s}-byte file"))
        ));
    }
    let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let lower = text[start..].to_ascii_lowercase();
    let html = [
        &b"<!doctype html"[..],
        b"<html",
        b"<head",
        b"<body",
        b"<!--",
        b"<?xml",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
        || (lower.starts_with(b"<") && contains(&lower, b"<html"));
    html.then(|| {
        format!(
            "the server returned an HTML page, not {what} (a wrong address, or an error page \
             served in its place)"
        )
    })
}

/// Says that `bytes` are a JSON document (e.g. the manifest given where a bundle belongs),
/// for a file that failed to parse as safetensors; `None` otherwise. (Not for the manifest
/// itself, which is JSON.)
pub fn json_document(bytes: &[u8], what: &str) -> Option<String> {
    let head = &bytes[..bytes.len().min(512)];
    let text = head.strip_prefix(b"\xef\xbb\xbf").unwrap_or(head);
    let start = text
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(text.len());
    let lower = &text[start..];
    let json = matches!(lower.first(), Some(b'{') | Some(b'['))
        && matches!(
            lower
                .get(1..)
                .and_then(|r| r.iter().find(|b| !b.is_ascii_whitespace())),
            Some(b'"') | Some(b'{') | Some(b'[') | Some(b'}') | Some(b']')
        );
    json.then(|| format!("this is a JSON file, not {what}"))
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{DType, Device, Tensor};

    #[test]
    fn json_is_named() {
        let m = json_document(
            b"{\n  \"format_version\": 1,\n  \"bundles\": []}",
            "a bundle",
        );
        assert_eq!(m.as_deref(), Some("this is a JSON file, not a bundle"));
        assert_eq!(json_document(b"[1, 2]", "a bundle"), None);
        assert_eq!(json_document(b"{\x07\x00binary", "a bundle"), None);
        // the manifest is JSON: only HTML and LFS pointers are named for it
        assert_eq!(not_safetensors(b"{\"bundles\": []}", "the manifest"), None);
    }

    #[test]
    fn every_tensor_is_aligned_and_the_file_is_standard() {
        let dev = Device::Cpu;
        let t = |n: usize, dt: DType| {
            Tensor::arange(0f32, n as f32, &dev)
                .unwrap()
                .to_dtype(dt)
                .unwrap()
        };
        // f16 of 2 and 3 values (4 and 6 bytes), a u8 of 5 bytes, an f32 of 3 values
        let tensors = vec![
            ("b.bias".to_string(), t(2, DType::F16)),
            ("a.weight".to_string(), t(3, DType::F16)),
            ("c.map".to_string(), t(5, DType::U8)),
            ("d.bounds".to_string(), t(3, DType::F32)),
            ("e.last".to_string(), t(1, DType::F16)),
        ];
        let meta = HashMap::from([("k".to_string(), "v".to_string())]);
        let bytes = serialize(tensors.clone(), Some(meta.clone())).unwrap();
        assert_eq!(misaligned(&bytes).unwrap(), vec![]);
        // the crate's own serialiser leaves some of them misaligned
        let plain =
            safetensors::serialize(tensors.iter().map(|(k, v)| (k.as_str(), v)), None).unwrap();
        assert!(!misaligned(&plain).unwrap().is_empty());
        // a standard file: the safetensors crate reads it, values unchanged
        let st = safetensors::SafeTensors::deserialize(&bytes).unwrap();
        let (_, m) = safetensors::SafeTensors::read_metadata(&bytes).unwrap();
        assert_eq!(m.metadata().as_ref(), Some(&meta));
        for (k, v) in &tensors {
            let back = candle_core::safetensors::Load::load(&st.tensor(k).unwrap(), &dev).unwrap();
            assert_eq!(back.dtype(), v.dtype());
            assert_eq!(
                back.to_dtype(DType::F32).unwrap().to_vec1::<f32>().unwrap(),
                v.to_dtype(DType::F32).unwrap().to_vec1::<f32>().unwrap()
            );
        }
        let pads: Vec<String> = st
            .names()
            .into_iter()
            .filter(|n| n.starts_with(PAD_PREFIX))
            .map(str::to_string)
            .collect();
        assert_eq!(pads.len(), 4, "{pads:?}");
        // a repeated or reserved name is refused
        let twice = vec![
            ("x".to_string(), t(2, DType::F16)),
            ("x".to_string(), t(2, DType::F16)),
        ];
        assert!(serialize(twice, None).is_err());
        assert!(serialize(vec![("_align.0".to_string(), t(2, DType::F16))], None).is_err());
    }

    #[test]
    fn html_and_lfs_pointers_are_named() {
        let lfs = b"version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 469968\n";
        let m = not_safetensors(lfs, "a bundle").unwrap();
        assert!(
            m.starts_with("this is a Git LFS pointer to a 469968-byte file")
                && m.contains("fetch the real file with git lfs pull"),
            "{m}"
        );
        for html in [
            &b"<!DOCTYPE html><html><body>404</body></html>"[..],
            b"\xef\xbb\xbf\n  <html lang=en>",
            b"<HTML><HEAD><TITLE>Not Found",
            b"<!-- nginx --><html>",
        ] {
            let m = not_safetensors(html, "a bundle").unwrap();
            assert!(
                m.starts_with("the server returned an HTML page, not a bundle"),
                "{m}"
            );
        }
        assert_eq!(not_safetensors(b"<3 plain text", "a bundle"), None);
        assert_eq!(not_safetensors(b"\x08\0\0\0\0\0\0\0{}      ", "x"), None);
        assert_eq!(not_safetensors(b"", "x"), None);
    }
}
