//! The 3 × 3 convolution's column matrix ("im2col") as one candle custom op, with its
//! backward pass ("col2im", a scatter-add) as another: one pass over the pixels each way, where
//! slicing the padded input nine times costs nine padded copies forward and nine padded
//! gradients added together backward (measured: the largest cost of a classifier epoch).
//!
//! `x` f32 `[B, C, H, W]` → `cols` f32 `[B, C·9, H·W]` with
//! `cols[b, c·9 + 3·dy + dx, y·W + x] = x[b, c, y + dy − 1, x + dx − 1]` (0 outside the image):
//! the rows follow the weight's `[out, in, 3, 3]` order, so `W.reshape(out, in·9) · cols[b]` is
//! the convolution with padding 1 of image `b`, already in `[out, H·W]` (NCHW) order. Checked
//! against `Tensor::conv2d`, forward and gradients, in `model.rs`'s tests.

use candle_core::{CpuStorage, CustomOp1, Layout, Result, Shape, Tensor};

fn f32s<'a>(s: &'a CpuStorage, l: &Layout, what: &str) -> Result<&'a [f32]> {
    match (s, l.contiguous_offsets()) {
        (CpuStorage::F32(v), Some((a, b))) => Ok(&v[a..b]),
        _ => candle_core::bail!("im2col: {what} must be contiguous f32"),
    }
}

/// `x` f32 `[B, C, H, W]` → f32 `[B, C·9, H·W]` (see the module docs); differentiable.
///
/// # Errors
/// If `x` is not a rank-4 f32 CPU tensor.
pub fn im2col3x3(x: &Tensor) -> Result<Tensor> {
    let (_, c, h, w) = x.dims4()?;
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
        let x = f32s(s, l, "the input")?;
        let (c, h, w) = (self.c, self.h, self.w);
        let b = x.len() / (c * h * w);
        let hw = h * w;
        let mut out = vec![0f32; b * c * 9 * hw];
        for (img, o) in x.chunks_exact(c * hw).zip(out.chunks_exact_mut(c * 9 * hw)) {
            for ch in 0..c {
                let plane = &img[ch * hw..(ch + 1) * hw];
                for dy in 0..3 {
                    for dx in 0..3 {
                        let row = &mut o[(ch * 9 + dy * 3 + dx) * hw..][..hw];
                        for y in 0..h {
                            let sy = y + dy;
                            if sy == 0 || sy > h {
                                continue; // the padding row: zeros
                            }
                            let src = &plane[(sy - 1) * w..sy * w];
                            let dst = &mut row[y * w..(y + 1) * w];
                            // dst[x] = src[x + dx − 1] where that lies inside the row
                            match dx {
                                0 => dst[1..].copy_from_slice(&src[..w - 1]),
                                1 => dst.copy_from_slice(src),
                                _ => dst[..w - 1].copy_from_slice(&src[1..]),
                            }
                        }
                    }
                }
            }
        }
        Ok((CpuStorage::F32(out), Shape::from((b, c * 9, hw))))
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

/// The gradient of [`im2col3x3`]: f32 `[B, C·9, H·W]` → f32 `[B, C, H, W]`, each column entry
/// added back to the pixel it was copied from.
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
        let g = f32s(s, l, "the gradient")?;
        let (c, h, w) = (self.c, self.h, self.w);
        let hw = h * w;
        let b = g.len() / (c * 9 * hw);
        let mut out = vec![0f32; b * c * hw];
        for (gi, o) in g.chunks_exact(c * 9 * hw).zip(out.chunks_exact_mut(c * hw)) {
            for ch in 0..c {
                let plane = &mut o[ch * hw..(ch + 1) * hw];
                for dy in 0..3 {
                    for dx in 0..3 {
                        let row = &gi[(ch * 9 + dy * 3 + dx) * hw..][..hw];
                        for y in 0..h {
                            let sy = y + dy;
                            if sy == 0 || sy > h {
                                continue;
                            }
                            let dst = &mut plane[(sy - 1) * w..sy * w];
                            let src = &row[y * w..(y + 1) * w];
                            let (d, s) = match dx {
                                0 => (&mut dst[..w - 1], &src[1..]),
                                1 => (&mut dst[..], src),
                                _ => (&mut dst[1..], &src[..w - 1]),
                            };
                            for (d, s) in d.iter_mut().zip(s) {
                                *d += s;
                            }
                        }
                    }
                }
            }
        }
        Ok((CpuStorage::F32(out), Shape::from((b, c, h, w))))
    }
}
