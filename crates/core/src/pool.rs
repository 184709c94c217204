//! `max_pool2d(relu(x), 2)` as one candle custom op, forward and backward: one pass each way
//! where candle's pooling gradient upsamples, compares, converts, averages and multiplies
//! (six passes over the activations) and ReLU's gradient two more. The gradient goes to each
//! window's largest entry when it is positive (where candle's ops agree: they differ only for
//! exact ties between positive values). Checked against `x.relu().max_pool2d(2)`, forward and
//! gradient, in the tests below.

use crate::cpu::f32s;
use candle_core::{CpuStorage, CustomOp1, CustomOp2, Layout, Result, Shape, Tensor};

/// `max(0, max of each 2 × 2 window)`: f32 `[N, C, H, W]` (H, W even) → f32
/// `[N, C, H/2, W/2]`, differentiable. Any rank-4 layout whose last two dims are the image
/// (NCHW or channels-first CNHW).
///
/// # Errors
/// If `x` is not rank 4 with even H and W, or not f32 on the CPU.
pub fn relu_max_pool2(x: &Tensor) -> Result<Tensor> {
    let (_, _, h, w) = x.dims4()?;
    if h % 2 != 0 || w % 2 != 0 {
        candle_core::bail!("relu-max-pool: {h}×{w} is not an even size");
    }
    x.contiguous()?.apply_op1(ReluMaxPool { h, w })
}

struct ReluMaxPool {
    h: usize,
    w: usize,
}

/// For each output cell: the flat index (in the input) of the window's largest entry, and it.
fn windows(x: &[f32], h: usize, w: usize, mut f: impl FnMut(usize, usize, f32)) {
    let (oh, ow) = (h / 2, w / 2);
    for (p, plane) in x.chunks_exact(h * w).enumerate() {
        for y in 0..oh {
            for xx in 0..ow {
                let i0 = 2 * y * w + 2 * xx;
                let mut best = (i0, plane[i0]);
                for i in [i0 + 1, i0 + w, i0 + w + 1] {
                    if plane[i] > best.1 {
                        best = (i, plane[i]);
                    }
                }
                f(p * oh * ow + y * ow + xx, p * h * w + best.0, best.1);
            }
        }
    }
}

impl CustomOp1 for ReluMaxPool {
    fn name(&self) -> &'static str {
        "relu-max-pool-2x2"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> Result<(CpuStorage, Shape)> {
        let x = f32s(s, l, "relu-max-pool", "the input")?;
        let d = l.shape().dims();
        let mut out = vec![0f32; x.len() / 4];
        windows(x, self.h, self.w, |o, _, v| out[o] = v.max(0.0));
        Ok((
            CpuStorage::F32(out),
            Shape::from((d[0], d[1], self.h / 2, self.w / 2)),
        ))
    }

    fn bwd(&self, x: &Tensor, _res: &Tensor, grad: &Tensor) -> Result<Option<Tensor>> {
        let g = x.apply_op2_no_bwd(
            &grad.contiguous()?,
            &ReluMaxPoolGrad {
                h: self.h,
                w: self.w,
            },
        )?;
        Ok(Some(g))
    }
}

/// `(x, ∂out)` → `∂x`: each window's gradient to its largest entry if that is positive.
struct ReluMaxPoolGrad {
    h: usize,
    w: usize,
}

impl CustomOp2 for ReluMaxPoolGrad {
    fn name(&self) -> &'static str {
        "relu-max-pool-2x2-grad"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let (x, g) = (
            f32s(s1, l1, "relu-max-pool", "the input")?,
            f32s(s2, l2, "relu-max-pool", "the gradient")?,
        );
        let mut out = vec![0f32; x.len()];
        windows(x, self.h, self.w, |o, i, v| {
            if v > 0.0 {
                out[i] = g[o];
            }
        });
        Ok((CpuStorage::F32(out), l1.shape().clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Var};

    #[test]
    fn equals_relu_then_max_pool_forward_and_backward() {
        let d = Device::Cpu;
        for dims in [(2, 3, 4, 6), (3, 8, 14, 14), (1, 2, 28, 28)] {
            // distinct values 0.05 apart, none within 0.0125 of 0: no ties and no kink within
            // the finite differences' step
            let n = dims.0 * dims.1 * dims.2 * dims.3;
            let vals: Vec<f32> = (0..n)
                .map(|i| ((i * 7919) % n) as f32 * 0.05 - (n as f32 * 0.025 + 0.0125))
                .collect();
            let x0 = Tensor::from_vec(vals, dims, &d).unwrap();
            let r = Tensor::randn(0f32, 1.0, (dims.0, dims.1, dims.2 / 2, dims.3 / 2), &d).unwrap();
            let mut outs = Vec::new();
            for fused in [true, false] {
                let x = Var::from_tensor(&x0).unwrap();
                let y = if fused {
                    relu_max_pool2(x.as_tensor()).unwrap()
                } else {
                    x.as_tensor().relu().unwrap().max_pool2d(2).unwrap()
                };
                let g = (&y * &r).unwrap().sum_all().unwrap().backward().unwrap();
                let v = |t: &Tensor| t.flatten_all().unwrap().to_vec1::<f32>().unwrap();
                outs.push((v(&y), v(g.get(x.as_tensor()).unwrap())));
            }
            assert_eq!(outs[0].0, outs[1].0, "forward {dims:?}");
            // candle's gradient is a quarter of the derivative (see the module docs)
            let candle_x4: Vec<f32> = outs[1].1.iter().map(|v| v * 4.0).collect();
            for (a, b) in outs[0].1.iter().zip(&candle_x4) {
                assert!(
                    (a - b).abs() <= 1e-6 * b.abs().max(1.0),
                    "gradient {dims:?}: {a} vs {b}"
                );
            }
            assert!(outs[0].1.iter().any(|&v| v != 0.0));
            // finite differences of Σ y·r at a few entries
            // (summed in f64: an f32 sum of thousands of terms is too coarse for the quotient)
            let r64 = r.to_dtype(candle_core::DType::F64).unwrap();
            let f = |x: &Tensor| -> f64 {
                let y = relu_max_pool2(x)
                    .unwrap()
                    .to_dtype(candle_core::DType::F64)
                    .unwrap();
                (y * &r64)
                    .unwrap()
                    .sum_all()
                    .unwrap()
                    .to_scalar::<f64>()
                    .unwrap()
            };
            let flat = x0.flatten_all().unwrap().to_vec1::<f32>().unwrap();
            for i in (0..flat.len()).step_by(flat.len() / 7 + 1) {
                let h = 1e-2f32;
                let mut p = flat.clone();
                p[i] += h;
                let mut m = flat.clone();
                m[i] -= h;
                let t = |v: Vec<f32>| Tensor::from_vec(v, dims, &d).unwrap();
                let num = (f(&t(p)) - f(&t(m))) / (2.0 * h as f64);
                assert!(
                    (num - outs[0].1[i] as f64).abs() < 1e-3 * (outs[0].1[i] as f64).abs().max(1.0),
                    "entry {i}: numeric {num} vs {}",
                    outs[0].1[i]
                );
            }
        }
        assert!(
            relu_max_pool2(&Tensor::zeros((1, 1, 3, 4), candle_core::DType::F32, &d).unwrap())
                .is_err()
        );
    }
}
