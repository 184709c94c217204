//! The storage access shared by this crate's candle custom ops (fused BCE, Adam, im2col,
//! ReLU + max-pool): the contiguous f32 slice of a CPU tensor's storage.

use candle_core::{CpuStorage, Layout, Result};

/// The f32 values of `s` under layout `l`, which must be contiguous.
///
/// # Errors
/// Naming `op` and `what` (e.g. "im2col: the input must be contiguous f32") otherwise.
pub(crate) fn f32s<'a>(s: &'a CpuStorage, l: &Layout, op: &str, what: &str) -> Result<&'a [f32]> {
    match (s, l.contiguous_offsets()) {
        (CpuStorage::F32(v), Some((a, b))) => Ok(&v[a..b]),
        _ => candle_core::bail!("{op}: {what} must be contiguous f32"),
    }
}

/// [`f32s`], writable (for in-place ops).
///
/// # Errors
/// As [`f32s`].
pub(crate) fn f32s_mut<'a>(
    s: &'a mut CpuStorage,
    l: &Layout,
    op: &str,
    what: &str,
) -> Result<&'a mut [f32]> {
    match (s, l.contiguous_offsets()) {
        (CpuStorage::F32(v), Some((a, b))) => Ok(&mut v[a..b]),
        _ => candle_core::bail!("{op}: {what} must be contiguous f32"),
    }
}
