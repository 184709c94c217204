//! Native-only writing of bundles: safetensors serialisation and atomic file replacement.

use super::{BundleMeta, META_KEY};
use crate::latent_map::ClassMap;
use crate::{Error, Result};
use candle_core::{DType, Device, Tensor};
use std::collections::HashMap;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes the temporary files of concurrent writers in one process.
static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` atomically: a temporary file beside it, flushed to disk, then
/// renamed over `path`. An interrupted run leaves either the old file or the new one.
///
/// # Errors
/// [`Error::Io`] naming the file.
pub fn atomic_write(path: &Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let io = |source| Error::Io {
        path: path.display().to_string(),
        source,
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(io)?;
    }
    let tmp = path.with_file_name(format!(
        ".{}.{}-{}.tmp",
        path.file_name()
            .map(|f| f.to_string_lossy())
            .unwrap_or_default(),
        std::process::id(),
        TMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let res = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if res.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    res.map_err(io)
}

/// Serialises named tensors and `meta` to safetensors bytes.
///
/// # Errors
/// [`Error::Invalid`] if serialisation fails.
pub fn to_safetensors(tensors: &[(String, Tensor)], meta: &BundleMeta) -> Result<Vec<u8>> {
    let json = serde_json::to_string(meta).map_err(|e| Error::Invalid(e.to_string()))?;
    let info = HashMap::from([(META_KEY.to_string(), json)]);
    let data: Vec<(&str, &Tensor)> = tensors.iter().map(|(k, t)| (k.as_str(), t)).collect();
    safetensors::serialize(data, Some(info))
        .map_err(|e| Error::Invalid(format!("safetensors: {e}")))
}

/// Converts every floating-point tensor to `dtype` (weights' storage type); integer tensors
/// (the u8 map planes) are kept as they are.
///
/// # Errors
/// Candle errors from the conversion.
pub fn with_dtype(tensors: Vec<(String, Tensor)>, dtype: DType) -> Result<Vec<(String, Tensor)>> {
    tensors
        .into_iter()
        .map(|(k, t)| {
            Ok((
                k,
                if t.dtype().is_float() {
                    t.to_dtype(dtype)?
                } else {
                    t
                },
            ))
        })
        .collect()
}

/// The map tensors of a view file: `map.class` (u8 `[H, W]`), `map.confidence` (u8 `[H, W]`,
/// `round(p · 255)`) and `map.bounds` (f32 `[2, 2]`, `[[min z₁, min z₂], [max z₁, max z₂]]`).
///
/// # Errors
/// Candle errors only (the planes' lengths are checked by [`ClassMap::new`]).
pub fn map_tensors(map: &ClassMap) -> Result<Vec<(String, Tensor)>> {
    let g = &map.grid;
    let dev = Device::Cpu;
    Ok(vec![
        (
            "map.class".into(),
            Tensor::from_slice(&map.class, (g.height, g.width), &dev)?,
        ),
        (
            "map.confidence".into(),
            Tensor::from_slice(&map.confidence, (g.height, g.width), &dev)?,
        ),
        (
            "map.bounds".into(),
            Tensor::new(&[g.bounds.min, g.bounds.max], &dev)?,
        ),
    ])
}
