//! Adam's update of one variable, fused and in place: three passes over the weights (the first
//! moment, the second moment, the weights) instead of fourteen element-wise tensors allocated per
//! variable and step.
//!
//! The arithmetic is candle's `AdamW` (and the trainer's `Adam`) element by element, in the same
//! order and with the same f32 roundings (candle computes `t * a` as `t · (a as f32) + 0` and
//! `t + a` as `t · 1 + (a as f32)`), so the weights after a step are the same to the bit — a test
//! checks it against the element-wise ops. Source of the update: Kingma & Ba (2015), *Adam: A
//! Method for Stochastic Optimization*, algorithm 1, with decoupled weight decay (Loshchilov &
//! Hutter, 2019) as in candle. With more than one thread in rayon's pool, each pass is split into
//! pieces over the threads (element-wise, so the same values to the bit).

use candle_core::{CpuStorage, DType, InplaceOp2, InplaceOp3, Layout, Result, Tensor};

/// The coefficients of one step (as f64, cast to f32 where candle casts them).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AdamStep {
    /// β₁, the first moment's decay.
    pub beta1: f64,
    /// β₂, the second moment's decay.
    pub beta2: f64,
    /// `1 / (1 − β₁ᵗ)`, the first moment's bias correction at step `t`.
    pub scale_m: f64,
    /// `1 / (1 − β₂ᵗ)`.
    pub scale_v: f64,
    /// The learning rate.
    pub lr: f64,
    /// ε, added to `√v̂`.
    pub eps: f64,
    /// `1 − lr · weight decay` (1 for plain Adam).
    pub decay: f64,
}

/// Whether `t` can be updated in place by [`update`]: contiguous f32 on the CPU.
fn plain(t: &Tensor) -> bool {
    t.dtype() == DType::F32 && t.device().is_cpu() && t.is_contiguous()
}

/// Updates the moments `m`, `v` and the weights `theta` in place with gradient `g` (all f32 of
/// the same shape). Returns `false`, changing nothing, where the fused update does not apply (a
/// dtype other than f32, another device or a non-contiguous tensor): the caller then takes the
/// element-wise path.
///
/// # Errors
/// Candle errors only (shapes are checked by the caller's variables).
pub fn update(theta: &Tensor, m: &Tensor, v: &Tensor, g: &Tensor, c: &AdamStep) -> Result<bool> {
    if ![theta, m, v, g].iter().all(|t| plain(t)) || theta.dims() != g.dims() {
        return Ok(false);
    }
    m.inplace_op2(
        g,
        &Moment {
            beta: c.beta1,
            square: false,
        },
    )?;
    v.inplace_op2(
        g,
        &Moment {
            beta: c.beta2,
            square: true,
        },
    )?;
    theta.inplace_op3(m, v, &Weights(*c))?;
    Ok(true)
}

/// `m ← m·β + g·(1 − β)` (or with `g²` for the second moment).
struct Moment {
    beta: f64,
    square: bool,
}

impl InplaceOp2 for Moment {
    fn name(&self) -> &'static str {
        "fused-adam-moment"
    }

    fn cpu_fwd(
        &self,
        dst: &mut CpuStorage,
        dst_l: &Layout,
        g: &CpuStorage,
        gl: &Layout,
    ) -> Result<()> {
        let g = crate::cpu::f32s(g, gl, "fused Adam", "an operand")?;
        let m = crate::cpu::f32s_mut(dst, dst_l, "fused Adam", "a weight")?;
        let (b, one_minus) = (self.beta as f32, (1.0 - self.beta) as f32);
        let square = self.square;
        crate::par::for_pieces(m, 1, crate::par::MIN_PER_PIECE, |m, at| {
            for (m, &g) in m.iter_mut().zip(&g[at..]) {
                let g = if square { g * g } else { g };
                *m = (*m * b + 0.0) + (g * one_minus + 0.0);
            }
        });
        Ok(())
    }
}

/// `θ ← θ·decay − (m·s_m) / (√(v·s_v) + ε) · lr`.
struct Weights(AdamStep);

impl InplaceOp3 for Weights {
    fn name(&self) -> &'static str {
        "fused-adam-weights"
    }

    fn cpu_fwd(
        &self,
        dst: &mut CpuStorage,
        dst_l: &Layout,
        m: &CpuStorage,
        ml: &Layout,
        v: &CpuStorage,
        vl: &Layout,
    ) -> Result<()> {
        let m = crate::cpu::f32s(m, ml, "fused Adam", "an operand")?;
        let v = crate::cpu::f32s(v, vl, "fused Adam", "an operand")?;
        let t = crate::cpu::f32s_mut(dst, dst_l, "fused Adam", "a weight")?;
        let c = &self.0;
        let (sm, sv, eps, lr, decay) = (
            c.scale_m as f32,
            c.scale_v as f32,
            c.eps as f32,
            c.lr as f32,
            c.decay as f32,
        );
        crate::par::for_pieces(t, 1, crate::par::MIN_PER_PIECE, |t, at| {
            for ((t, &m), &v) in t.iter_mut().zip(&m[at..]).zip(&v[at..]) {
                let m_hat = m * sm + 0.0;
                let v_hat = v * sv + 0.0;
                let adjusted = m_hat / (v_hat.sqrt() * 1.0 + eps);
                *t = (*t * decay + 0.0) - (adjusted * lr + 0.0);
            }
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Var};

    /// The element-wise update of candle's `AdamW::step` (and the trainer's `Adam`).
    fn reference(t: &Var, m: &Var, v: &Var, g: &Tensor, c: &AdamStep) {
        let next_m = ((m.as_tensor() * c.beta1).unwrap() + (g * (1.0 - c.beta1)).unwrap()).unwrap();
        let next_v = ((v.as_tensor() * c.beta2).unwrap()
            + (g.sqr().unwrap() * (1.0 - c.beta2)).unwrap())
        .unwrap();
        let m_hat = (&next_m * c.scale_m).unwrap();
        let v_hat = (&next_v * c.scale_v).unwrap();
        let next_t = (t.as_tensor() * c.decay).unwrap();
        let adj = (m_hat / (v_hat.sqrt().unwrap() + c.eps).unwrap()).unwrap();
        let next_t = (next_t - (adj * c.lr).unwrap()).unwrap();
        m.set(&next_m).unwrap();
        v.set(&next_v).unwrap();
        t.set(&next_t).unwrap();
    }

    /// On one thread and on two (the larger shape is split into pieces there).
    #[test]
    fn the_fused_step_equals_the_element_wise_ops_to_the_bit() {
        for threads in [1, 2] {
            for shape in [(37, 129), (300, 129)] {
                crate::par::tests::with_threads(threads, || fused_equals_reference(shape));
            }
        }
    }

    fn fused_equals_reference(shape: (usize, usize)) {
        let d = Device::Cpu;
        let t0 = Tensor::randn(0f32, 1.0, shape, &d).unwrap();
        let (a, b) = (
            Var::from_tensor(&t0).unwrap(),
            Var::from_tensor(&t0).unwrap(),
        );
        let zeros = || Var::zeros(shape, DType::F32, &d).unwrap();
        let (ma, va, mb, vb) = (zeros(), zeros(), zeros(), zeros());
        for step in 1..=5 {
            let g = (Tensor::randn(0f32, 1e-2, shape, &d).unwrap() * step as f64).unwrap();
            let (b1, b2) = (0.9f64, 0.999f64);
            let c = AdamStep {
                beta1: b1,
                beta2: b2,
                scale_m: 1.0 / (1.0 - b1.powi(step)),
                scale_v: 1.0 / (1.0 - b2.powi(step)),
                lr: 1e-3,
                eps: 1e-8,
                decay: 1.0,
            };
            assert!(update(a.as_tensor(), ma.as_tensor(), va.as_tensor(), &g, &c).unwrap());
            reference(&b, &mb, &vb, &g, &c);
        }
        let bits = |t: &Tensor| -> Vec<u32> {
            t.flatten_all()
                .unwrap()
                .to_vec1::<f32>()
                .unwrap()
                .iter()
                .map(|x| x.to_bits())
                .collect()
        };
        assert_eq!(bits(a.as_tensor()), bits(b.as_tensor()), "weights");
        assert_eq!(bits(ma.as_tensor()), bits(mb.as_tensor()), "first moments");
        assert_eq!(bits(va.as_tensor()), bits(vb.as_tensor()), "second moments");
        assert_ne!(bits(a.as_tensor()), bits(&t0), "the weights moved");
        // a non-contiguous weight is left to the element-wise path
        let t = Tensor::zeros((4, 3), DType::F32, &d).unwrap().t().unwrap();
        let g = Tensor::zeros((3, 4), DType::F32, &d).unwrap();
        let z = Tensor::zeros((3, 4), DType::F32, &d).unwrap();
        let c = AdamStep {
            beta1: 0.9,
            beta2: 0.999,
            scale_m: 1.0,
            scale_v: 1.0,
            lr: 1e-3,
            eps: 1e-8,
            decay: 1.0,
        };
        assert!(!update(&t, &z, &z, &g, &c).unwrap());
    }
}
