//! A dense layer `y = act(x · Wᵀ + b)` as one candle op, forward and backward.
//!
//! candle builds a [`candle_nn::Linear`] followed by a ReLU from three graph nodes (matrix
//! product, broadcast bias add, ReLU), and its backward pass then always computes the matrix
//! product's input gradient (also for the first layer, whose input is the data: a fifth of the
//! VAE's multiply-adds), sums the bias gradient over the broadcast rows, writes the weight
//! gradient transposed and builds the ReLU's mask from three element-wise tensors. [`dense`]
//! does the same arithmetic as one op: the forward is candle's own CPU matrix product (the
//! same call as `x.matmul(&w.t())`) with bias and activation added in place; the backward
//! masks the incoming gradient once, sums it per column for the bias, computes the weight
//! gradient as `gᵀ · x` directly in `W`'s layout, and the input gradient only when `x` tracks
//! a gradient. Tested against candle's ops: the forward bit for bit, the gradients within
//! float rounding (`tests` below).
//!
//! With more than one thread in rayon's pool (natively; wasm32 has one), the element-wise
//! parts (bias and ReLU, the mask, the bias gradient) are split over the pool's threads
//! (`crate::par`) and the weight and input gradients are computed side by side, while candle's
//! products use the pool as before: every value is the same to the bit as on one thread
//! (tested at 1 and 2 threads).
//!
//! The models use it with the crate's `train-ops` feature (the trainer and the training
//! worker); without it they use [`dense_reference`], so the page's wasm does not carry it.
//!
//! The ReLU's derivative at exactly 0 is taken as 0 (PyTorch's convention; candle's own ReLU
//! takes 1 there): the two differ only where a pre-activation is exactly 0.0.

use candle_core::backend::BackendStorage;
use candle_core::{
    CpuStorage, CustomOp1, CustomOp2, CustomOp3, DType, Layout, Result, Shape, Tensor,
};
use candle_nn::{Linear, Module};
use rayon::prelude::*;

use crate::par;

/// The activation after the affine map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    /// None: `y = x · Wᵀ + b`.
    Identity,
    /// `y = max(x · Wᵀ + b, 0)`.
    Relu,
}

/// `act(x · Wᵀ + b)` for the layer `l`.
///
/// * `x`: f32 `[N, in]`; `l`: weight f32 `[out, in]`, bias f32 `[out]`.
/// * returns f32 `[N, out]`.
///
/// One fused op for contiguous f32 CPU tensors of rank 2 with a bias; otherwise
/// [`dense_reference`] (candle's ops).
///
/// # Errors
/// Candle's, for shapes that do not chain.
pub fn dense(x: &Tensor, l: &Linear, act: Act) -> Result<Tensor> {
    let w = l.weight();
    let cpu_f32 = |t: &Tensor| t.dtype() == DType::F32 && t.device().is_cpu() && t.is_contiguous();
    match l.bias() {
        Some(b)
            if x.rank() == 2
                && w.rank() == 2
                && b.rank() == 1
                && x.dims()[1] == w.dims()[1]
                && b.dims()[0] == w.dims()[0]
                && cpu_f32(x)
                && cpu_f32(w)
                && cpu_f32(b) =>
        {
            x.apply_op3(w, b, Dense(act))
        }
        _ => dense_reference(x, l, act),
    }
}

/// [`dense`] as candle's ops: `l.forward(x)`, then the ReLU for [`Act::Relu`].
///
/// # Errors
/// Candle's.
pub fn dense_reference(x: &Tensor, l: &Linear, act: Act) -> Result<Tensor> {
    let y = l.forward(x)?;
    match act {
        Act::Identity => Ok(y),
        Act::Relu => y.relu(),
    }
}

/// Forward `(x [N, in], W [out, in], b [out]) → act(x · Wᵀ + b) [N, out]`.
struct Dense(Act);

impl CustomOp3 for Dense {
    fn name(&self) -> &'static str {
        "dense"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
        s3: &CpuStorage,
        l3: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let (n, k) = l1.shape().dims2()?;
        let (o, _) = l2.shape().dims2()?;
        // the same product candle's `x.matmul(&w.t())` computes
        let wt = l2.transpose(0, 1)?;
        let prod = s1.matmul(s2, (1, n, o, k), l1, &wt)?;
        let CpuStorage::F32(mut y) = prod else {
            candle_core::bail!("dense: the product is not f32")
        };
        let b = crate::cpu::f32s(s3, l3, "dense", "the bias")?;
        let act = self.0;
        par::for_pieces(&mut y, o, par::MIN_PER_PIECE, |rows, _| {
            for row in rows.chunks_exact_mut(o.max(1)) {
                for (v, &b) in row.iter_mut().zip(b) {
                    let s = *v + b;
                    *v = match act {
                        Act::Identity => s,
                        Act::Relu => s.max(0.0),
                    };
                }
            }
        });
        Ok((CpuStorage::F32(y), Shape::from((n, o))))
    }

    fn bwd(
        &self,
        x: &Tensor,
        w: &Tensor,
        _b: &Tensor,
        res: &Tensor,
        grad_res: &Tensor,
    ) -> Result<(Option<Tensor>, Option<Tensor>, Option<Tensor>)> {
        let g = grad_res.contiguous()?;
        let g = match self.0 {
            Act::Identity => g,
            Act::Relu => res.apply_op2_no_bwd(&g, &ReluMask)?,
        };
        let db = g.apply_op1_no_bwd(&ColumnSum)?;
        // the two products side by side when the pool has two threads (each the same call, so
        // the same values, as on its own)
        let (dw, dx) = par::join(
            || g.t()?.matmul(x),
            || -> Result<Option<Tensor>> {
                if x.track_op() {
                    Ok(Some(g.matmul(w)?))
                } else {
                    Ok(None) // the data: no gradient
                }
            },
        );
        Ok((dx?, Some(dw?), Some(db)))
    }
}

/// `(y, g) ↦ g` where `y > 0`, else 0 (the ReLU's backward from its output).
struct ReluMask;

impl CustomOp2 for ReluMask {
    fn name(&self) -> &'static str {
        "dense-relu-mask"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let y = crate::cpu::f32s(s1, l1, "dense", "the output")?;
        let g = crate::cpu::f32s(s2, l2, "dense", "the gradient")?;
        let mask = |(&y, &g): (&f32, &f32)| if y > 0.0 { g } else { 0.0 };
        let out = match par::piece_len(y.len(), par::MIN_PER_PIECE) {
            None => y.iter().zip(g).map(mask).collect(),
            Some(p) => {
                let mut out = vec![0f32; y.len()];
                out.par_chunks_mut(p)
                    .zip(y.par_chunks(p).zip(g.par_chunks(p)))
                    .for_each(|(out, (y, g))| {
                        for (o, yg) in out.iter_mut().zip(y.iter().zip(g)) {
                            *o = mask(yg);
                        }
                    });
                out
            }
        };
        Ok((CpuStorage::F32(out), l1.shape().clone()))
    }
}

/// `[N, out] ↦ [out]`: the sum of each column (the bias gradient).
struct ColumnSum;

impl CustomOp1 for ColumnSum {
    fn name(&self) -> &'static str {
        "dense-column-sum"
    }

    fn cpu_fwd(&self, s: &CpuStorage, l: &Layout) -> Result<(CpuStorage, Shape)> {
        let (_, o) = l.shape().dims2()?;
        let g = crate::cpu::f32s(s, l, "dense", "the gradient")?;
        let mut sum = vec![0f32; o];
        // pieces of columns, each column summed over all rows in row order
        let min_cols = par::MIN_PER_PIECE.div_ceil((g.len() / o.max(1)).max(1));
        par::for_pieces(&mut sum, 1, min_cols, |sum, c| {
            for row in g.chunks_exact(o.max(1)) {
                for (s, &v) in sum.iter_mut().zip(&row[c..]) {
                    *s += v;
                }
            }
        });
        Ok((CpuStorage::F32(sum), Shape::from(o)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{Device, Var};

    /// Deterministic values in `[-1, 1)` (a multiplicative hash of the index and `seed`).
    fn rand(shape: (usize, usize), seed: u64) -> Tensor {
        let v: Vec<f32> = (0..shape.0 * shape.1)
            .map(|i| {
                let h = (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15)
                    ^ seed.wrapping_mul(0xBF58_476D_1CE4_E5B9);
                ((h >> 40) as f32 / (1u64 << 24) as f32) * 2.0 - 1.0
            })
            .collect();
        Tensor::from_vec(v, shape, &Device::Cpu).unwrap()
    }

    /// The gradients of `sum(y · m)` for a fixed random `m`, by `f`.
    fn grads(
        f: impl Fn(&Tensor, &Linear) -> Result<Tensor>,
        x: &Var,
        w: &Var,
        b: &Var,
        m: &Tensor,
    ) -> (Vec<f32>, Vec<f32>, Vec<f32>, Vec<f32>) {
        let l = Linear::new(w.as_tensor().clone(), Some(b.as_tensor().clone()));
        let y = f(x.as_tensor(), &l).unwrap();
        let loss = (&y * m).unwrap().sum_all().unwrap();
        let g = loss.backward().unwrap();
        let flat = |t: &Tensor| t.flatten_all().unwrap().to_vec1::<f32>().unwrap();
        (
            flat(&y),
            flat(g.get(x.as_tensor()).unwrap()),
            flat(g.get(w.as_tensor()).unwrap()),
            flat(g.get(b.as_tensor()).unwrap()),
        )
    }

    fn close(a: &[f32], b: &[f32], what: &str) {
        assert_eq!(a.len(), b.len(), "{what}");
        let worst = a
            .iter()
            .zip(b)
            .map(|(a, b)| (a - b).abs() / (1.0 + b.abs()))
            .fold(0f32, f32::max);
        assert!(worst < 1e-5, "{what}: {worst}");
    }

    #[test]
    fn equals_candles_linear_and_relu_forward_and_backward() {
        for act in [Act::Relu, Act::Identity] {
            let x = Var::from_tensor(&rand((37, 19), 1)).unwrap();
            let w = Var::from_tensor(&rand((23, 19), 2)).unwrap();
            let b = Var::from_tensor(&rand((1, 23), 3).flatten_all().unwrap()).unwrap();
            let m = rand((37, 23), 4);
            let fused = grads(|x, l| dense(x, l, act), &x, &w, &b, &m);
            let reference = grads(|x, l| dense_reference(x, l, act), &x, &w, &b, &m);
            assert_eq!(fused.0, reference.0, "{act:?}: the forward, bit for bit");
            close(&fused.1, &reference.1, "input gradient");
            close(&fused.2, &reference.2, "weight gradient");
            close(&fused.3, &reference.3, "bias gradient");
            if act == Act::Relu {
                assert!(fused.0.contains(&0.0) && fused.0.iter().any(|&v| v > 0.0));
            }
        }
    }

    /// Split over two threads (the bias and ReLU by rows, the mask in pieces, the bias gradient
    /// by columns, the weight and input gradients side by side, candle's products on the pool's
    /// threads), every value is the same to the bit as on one thread, and the forward still
    /// equals candle's `Linear` + ReLU bit for bit: on the VAE's largest layers (where each
    /// piece of work is split), on shapes whose pieces are uneven, and on small ones (not split).
    #[test]
    fn the_same_bits_on_one_thread_and_on_two() {
        use crate::par::tests::with_threads;
        let shapes = [
            (128, 784, 512),
            (128, 512, 256),
            (128, 128, 784),
            (130, 300, 257),
            (128, 2, 512),
            (37, 19, 23),
        ];
        for (i, &(n, k, o)) in shapes.iter().enumerate() {
            for act in [Act::Relu, Act::Identity] {
                let s = 10 * i as u64;
                let x = Var::from_tensor(&rand((n, k), s + 1)).unwrap();
                let w = Var::from_tensor(&rand((o, k), s + 2)).unwrap();
                let b = Var::from_tensor(&rand((1, o), s + 3).flatten_all().unwrap()).unwrap();
                let m = rand((n, o), s + 4);
                let run = |threads, f: fn(&Tensor, &Linear, Act) -> Result<Tensor>| {
                    with_threads(threads, || grads(|x, l| f(x, l, act), &x, &w, &b, &m))
                };
                let bits = |v: &[f32]| v.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
                let one = run(1, dense);
                let two = run(2, dense);
                let what = format!("[{n}, {k}] × [{o}, {k}], {act:?}");
                assert_eq!(bits(&one.0), bits(&two.0), "{what}: the forward");
                assert_eq!(bits(&one.1), bits(&two.1), "{what}: the input gradient");
                assert_eq!(bits(&one.2), bits(&two.2), "{what}: the weight gradient");
                assert_eq!(bits(&one.3), bits(&two.3), "{what}: the bias gradient");
                for threads in [1, 2] {
                    let reference = run(threads, dense_reference);
                    assert_eq!(bits(&one.0), bits(&reference.0), "{what}: candle's forward");
                    close(&two.1, &reference.1, "input gradient");
                    close(&two.2, &reference.2, "weight gradient");
                    close(&two.3, &reference.3, "bias gradient");
                }
                if act == Act::Relu {
                    assert!(one.0.contains(&0.0) && one.0.iter().any(|&v| v > 0.0));
                }
            }
        }
    }

    #[test]
    fn the_data_gets_no_gradient_and_the_weights_still_do() {
        let x = rand((8, 5), 1); // data: not a variable
        let w = Var::from_tensor(&rand((3, 5), 2)).unwrap();
        let b = Var::from_tensor(&Tensor::zeros(3, DType::F32, &Device::Cpu).unwrap()).unwrap();
        let l = Linear::new(w.as_tensor().clone(), Some(b.as_tensor().clone()));
        let y = dense(&x, &l, Act::Relu).unwrap();
        let g = y.sum_all().unwrap().backward().unwrap();
        assert!(g.get(&x).is_none());
        let reference = dense_reference(&x, &l, Act::Relu)
            .unwrap()
            .sum_all()
            .unwrap()
            .backward()
            .unwrap();
        let flat = |t: &Tensor| t.flatten_all().unwrap().to_vec1::<f32>().unwrap();
        close(
            &flat(g.get(w.as_tensor()).unwrap()),
            &flat(reference.get(w.as_tensor()).unwrap()),
            "weight gradient",
        );
        close(
            &flat(g.get(b.as_tensor()).unwrap()),
            &flat(reference.get(b.as_tensor()).unwrap()),
            "bias gradient",
        );
    }

    #[test]
    fn other_layouts_fall_back_to_candles_ops() {
        let x = rand((4, 6), 1).t().unwrap(); // [6, 4], not contiguous
        let l = Linear::new(rand((3, 4), 2), None);
        let y = dense(&x, &l, Act::Relu).unwrap();
        let r = dense_reference(&x, &l, Act::Relu).unwrap();
        assert_eq!(
            y.flatten_all().unwrap().to_vec1::<f32>().unwrap(),
            r.flatten_all().unwrap().to_vec1::<f32>().unwrap()
        );
    }
}
