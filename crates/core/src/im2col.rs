//! The 3 × 3 convolution's column matrix ("im2col") as one candle custom op, with its
//! backward pass ("col2im", a scatter-add) as another: one pass over the pixels each way, where
//! slicing the padded input nine times costs nine padded copies forward and nine padded
//! gradients added together backward (measured: the largest cost of a classifier epoch).
//!
//! Channels-first layout (`[C, B, H, W]`, "CNHW"), so that a whole batch is one matrix product
//! and its output needs no transpose: `x` f32 `[C, B, H, W]` → `cols` f32 `[C·9 + 1, B·H·W]`
//! with `cols[c·9 + 3·dy + dx, (b·H + y)·W + x] = x[c, b, y + dy − 1, x + dx − 1]` (0 outside
//! the image) and a last row of ones. The rows follow the weight's `[out, in, 3, 3]` order, so
//! `[W.reshape(out, in·9) | bias] · cols` is the convolution with padding 1 plus its bias, in
//! `[out, B, H, W]` order (the bias's gradient is part of the product's). Checked against
//! `Tensor::conv2d`, forward and gradients, in `model.rs`'s tests.

use crate::cpu::f32s;
use candle_core::{CpuStorage, CustomOp1, Layout, Result, Shape, Tensor};

/// `x` f32 `[C, B, H, W]` → f32 `[C·9 + 1, B·H·W]` (see the module docs); differentiable
/// with respect to `x`.
///
/// # Errors
/// If `x` is not a rank-4 f32 CPU tensor.
pub fn im2col3x3(x: &Tensor) -> Result<Tensor> {
    let (c, _, h, w) = x.dims4()?;
    x.contiguous()?.apply_op1(Im2col { c, h, w })
}

struct Im2col {
    c: usize,
    h: usize,
    w: usize,
}

impl CustomOp1 for Im2col {
    fn name(&self) -> &'static str {
        "im2col-3x3"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> Result<(CpuStorage, Shape)> {
        let x = f32s(s, l, "im2col", "the input")?;
        let (c, h, w) = (self.c, self.h, self.w);
        let n = x.len() / c; // B·H·W
        let mut out = vec![0f32; (c * 9 + 1) * n];
        for ch in 0..c {
            let planes = &x[ch * n..(ch + 1) * n]; // B images of H·W
            for dy in 0..3 {
                for dx in 0..3 {
                    let row = &mut out[(ch * 9 + dy * 3 + dx) * n..][..n];
                    for (src, dst) in planes.chunks_exact(h * w).zip(row.chunks_exact_mut(h * w)) {
                        shift_into(src, dst, h, w, dy, dx);
                    }
                }
            }
        }
        out[c * 9 * n..].fill(1.0);
        Ok((CpuStorage::F32(out), Shape::from((c * 9 + 1, n))))
    }

    fn bwd(&self, _x: &Tensor, _res: &Tensor, grad: &Tensor) -> Result<Option<Tensor>> {
        let g = grad.contiguous()?.apply_op1_no_bwd(&Col2im {
            c: self.c,
            h: self.h,
            w: self.w,
        })?;
        Ok(Some(g))
    }
}

/// The gradient of [`im2col3x3`]: f32 `[C·9 + 1, B·H·W]` → f32 `[C, B, H, W]`, each entry
/// added back to the pixel it was copied from (the row of ones has no input).
struct Col2im {
    c: usize,
    h: usize,
    w: usize,
}

impl CustomOp1 for Col2im {
    fn name(&self) -> &'static str {
        "col2im-3x3"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> Result<(CpuStorage, Shape)> {
        let g = f32s(s, l, "col2im", "the gradient")?;
        let (c, h, w) = (self.c, self.h, self.w);
        let n = g.len() / (c * 9 + 1);
        let b = n / (h * w);
        let mut out = vec![0f32; c * n];
        for ch in 0..c {
            let planes = &mut out[ch * n..(ch + 1) * n];
            for dy in 0..3 {
                for dx in 0..3 {
                    let row = &g[(ch * 9 + dy * 3 + dx) * n..][..n];
                    for (src, dst) in row.chunks_exact(h * w).zip(planes.chunks_exact_mut(h * w)) {
                        add_back(src, dst, h, w, dy, dx);
                    }
                }
            }
        }
        Ok((CpuStorage::F32(out), Shape::from((c, b, h, w))))
    }
}

/// `dst[y, x] = src[y + dy − 1, x + dx − 1]` for one `h × w` image (0 outside; `dst` starts 0).
fn shift_into(src: &[f32], dst: &mut [f32], h: usize, w: usize, dy: usize, dx: usize) {
    for y in 0..h {
        let sy = y + dy;
        if sy == 0 || sy > h {
            continue; // the padding row
        }
        let s = &src[(sy - 1) * w..sy * w];
        let d = &mut dst[y * w..(y + 1) * w];
        match dx {
            0 => d[1..].copy_from_slice(&s[..w - 1]),
            1 => d.copy_from_slice(s),
            _ => d[..w - 1].copy_from_slice(&s[1..]),
        }
    }
}

/// The adjoint of [`shift_into`]: `dst[y + dy − 1, x + dx − 1] += src[y, x]`.
fn add_back(src: &[f32], dst: &mut [f32], h: usize, w: usize, dy: usize, dx: usize) {
    for y in 0..h {
        let sy = y + dy;
        if sy == 0 || sy > h {
            continue;
        }
        let s = &src[y * w..(y + 1) * w];
        let d = &mut dst[(sy - 1) * w..sy * w];
        let (d, s) = match dx {
            0 => (&mut d[..w - 1], &s[1..]),
            1 => (&mut d[..], s),
            _ => (&mut d[1..], &s[..w - 1]),
        };
        for (d, s) in d.iter_mut().zip(s) {
            *d += s;
        }
    }
}
