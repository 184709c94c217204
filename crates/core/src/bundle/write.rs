//! Writing bundles: safetensors serialisation (every target: the browser's training view
//! writes view files too) and atomic file replacement (native only).

#[cfg(feature = "candle")]
use super::BundleMeta;
#[cfg(feature = "candle")]
use super::META_KEY;
#[cfg(feature = "candle")]
use crate::latent_map::ClassMap;
use crate::{Error, Result};
#[cfg(feature = "candle")]
use candle_core::{DType, Device, Tensor};
use std::collections::BTreeMap;
#[cfg(feature = "candle")]
use std::collections::HashMap;
#[cfg(not(target_arch = "wasm32"))]
use std::path::Path;
#[cfg(not(target_arch = "wasm32"))]
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes the temporary files of concurrent writers in one process.
#[cfg(not(target_arch = "wasm32"))]
static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` atomically: a temporary file beside it, flushed to disk, then
/// renamed over `path`. An interrupted run leaves either the old file or the new one.
///
/// # Errors
/// [`Error::Io`] naming the file.
#[cfg(not(target_arch = "wasm32"))]
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

/// Serialises named tensors and `meta` to safetensors bytes, every tensor 8-byte aligned
/// ([`super::layout::serialize`]).
///
/// # Errors
/// [`Error::Invalid`] naming the metric when one of `meta.metrics` is not finite (NaN or
/// ±Inf: JSON cannot hold it, and a figure that could not be measured must be left out by
/// the code that measures it, not dropped here), or when serialisation fails.
#[cfg(feature = "candle")]
pub fn to_safetensors(tensors: &[(String, Tensor)], meta: &BundleMeta) -> Result<Vec<u8>> {
    check_metrics(&meta.metrics, &meta.model)?;
    let json = serde_json::to_string(meta).map_err(|e| Error::Invalid(e.to_string()))?;
    let info = HashMap::from([(META_KEY.to_string(), json)]);
    super::layout::serialize(
        tensors.iter().map(|(k, t)| (k.clone(), t)).collect(),
        Some(info),
    )
}

/// Checks that every metric is a finite number.
///
/// # Errors
/// [`Error::Invalid`] naming the first metric (by key) that is NaN or ±Inf, and `model`.
pub fn check_metrics(metrics: &BTreeMap<String, f64>, model: &str) -> Result<()> {
    match metrics.iter().find(|(_, v)| !v.is_finite()) {
        Some((k, v)) => Err(Error::Invalid(format!(
            "metadata of {model}: metric `{k}` is {v}, not a finite number; refusing to write \
             it (a figure that cannot be measured must be left out where it is measured)"
        ))),
        None => Ok(()),
    }
}

/// Named tensors, as written to a safetensors file.
#[cfg(feature = "candle")]
pub type Named = Vec<(String, Tensor)>;

/// Largest finite f16 value; an f32 beyond it overflows to ±Inf when stored as f16.
pub const F16_MAX: f32 = 65_504.0;

/// Most values of one tensor that may be flushed to zero by the f16 conversion, as a share of
/// its values (0.1 %); more is an error. Trained weights are rarely below 2⁻²⁵ ≈ 3·10⁻⁸ in
/// magnitude (the f16 underflow), so a tensor that loses more than this has a scale problem.
/// Overflow has no allowance: one value beyond [`F16_MAX`] is an error.
pub const MAX_FLUSHED_SHARE: f64 = 0.001;

/// What storing one tensor at a narrower float type did to its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Narrowing {
    /// The tensor's name.
    pub tensor: String,
    /// Number of values.
    pub values: usize,
    /// Values beyond the target type's largest finite value (f16: |x| > 65,504).
    pub overflowed: usize,
    /// Non-zero values that became zero (f16: |x| below 2⁻²⁵).
    pub flushed: usize,
    /// Non-zero values stored as subnormals (f16: |x| below 2⁻¹⁴ ≈ 6.1·10⁻⁵), with fewer
    /// significant bits; reported, never an error.
    pub subnormal: usize,
}

/// Counts what converting `values` to `dtype` does to them (see [`Narrowing`]); only f16
/// narrows, other types report zeros.
///
/// # Errors
/// [`Error::Invalid`] naming `tensor` when a value is not finite (NaN or ±Inf), when a value
/// overflows, or when more than [`MAX_FLUSHED_SHARE`] of the values flush to zero.
#[cfg(feature = "candle")]
pub fn check_narrowing(tensor: &str, values: &[f32], dtype: DType) -> Result<Narrowing> {
    let bad = values.iter().filter(|v| !v.is_finite()).count();
    if bad > 0 {
        return Err(Error::Invalid(format!(
            "tensor `{tensor}`: {bad} of {} values are not finite (NaN or ±Inf); refusing to \
             export it",
            values.len()
        )));
    }
    let mut r = Narrowing {
        tensor: tensor.into(),
        values: values.len(),
        overflowed: 0,
        flushed: 0,
        subnormal: 0,
    };
    if dtype == DType::F16 {
        for &v in values {
            let a = v.abs();
            if a > F16_MAX {
                r.overflowed += 1;
            } else if v != 0.0 {
                let h = half::f16::from_f32(v);
                if h == half::f16::ZERO || h == half::f16::NEG_ZERO {
                    r.flushed += 1;
                } else if !h.is_normal() {
                    r.subnormal += 1;
                }
            }
        }
    }
    if r.overflowed > 0 {
        return Err(Error::Invalid(format!(
            "tensor `{tensor}`: {} of {} values exceed ±{F16_MAX} and would overflow to ±Inf in \
             {dtype:?}; refusing to export it",
            r.overflowed, r.values
        )));
    }
    if r.flushed as f64 > MAX_FLUSHED_SHARE * r.values as f64 {
        return Err(Error::Invalid(format!(
            "tensor `{tensor}`: {} of {} non-zero values would flush to zero in {dtype:?} (more \
             than {} %); refusing to export it",
            r.flushed,
            r.values,
            MAX_FLUSHED_SHARE * 100.0
        )));
    }
    Ok(r)
}

/// Converts every floating-point tensor to `dtype` (weights' storage type), checking each with
/// [`check_narrowing`], and returns the tensors with what the conversion did to each float
/// tensor; integer tensors (the u8 map planes) are kept as they are.
///
/// # Errors
/// As [`check_narrowing`], naming the tensor; candle errors from the conversion.
#[cfg(feature = "candle")]
pub fn with_dtype_checked(tensors: Named, dtype: DType) -> Result<(Named, Vec<Narrowing>)> {
    let mut reports = Vec::new();
    let mut out = Vec::with_capacity(tensors.len());
    for (k, t) in tensors {
        if t.dtype().is_float() {
            let values = t.to_dtype(DType::F32)?.flatten_all()?.to_vec1::<f32>()?;
            reports.push(check_narrowing(&k, &values, dtype)?);
            let t = t.to_dtype(dtype)?;
            out.push((k, t));
        } else {
            out.push((k, t));
        }
    }
    Ok((out, reports))
}

/// [`with_dtype_checked`] without the reports: converts every floating-point tensor to
/// `dtype`, refusing non-finite values, overflow and excessive flushing to zero.
///
/// # Errors
/// As [`with_dtype_checked`].
#[cfg(feature = "candle")]
pub fn with_dtype(tensors: Vec<(String, Tensor)>, dtype: DType) -> Result<Vec<(String, Tensor)>> {
    Ok(with_dtype_checked(tensors, dtype)?.0)
}

/// The map tensors of a view file: `map.class` (u8 `[H, W]`), `map.confidence` (u8 `[H, W]`,
/// `round(p · 255)`) and `map.bounds` (f32 `[2, 2]`, `[[min z₁, min z₂], [max z₁, max z₂]]`).
///
/// # Errors
/// Candle errors only (the planes' lengths are checked by [`ClassMap::new`]).
#[cfg(feature = "candle")]
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
