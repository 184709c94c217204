//! Loss terms of the variational autoencoder, in nats per image.

use candle_core::{CpuStorage, CustomOp2, CustomOp3, DType, Layout, Result, Shape, Tensor, D};

/// Bernoulli negative log-likelihood (binary cross-entropy) of pixels `x` under the decoder's
/// logits, summed over pixels: one value per image, in nats.
///
/// Uses the numerically stable form `max(l, 0) − l·x + log(1 + exp(−|l|))`, which equals
/// `−x·log σ(l) − (1−x)·log(1−σ(l))` without overflow for large `|l|`. Its gradient with
/// respect to the logits is `σ(l) − x` (times the incoming gradient of each image's sum).
///
/// For contiguous f32 tensors on the CPU this is one fused operation, forward and backward
/// (one pass over the pixels each way instead of nine element-wise tensors forward and their
/// backward): [`bce_with_logits_sum_unfused`] is the same formula in candle's element-wise
/// ops, used otherwise and checked equal in the tests. The fused op gives no gradient for `x`
/// (the data). With more than one thread in rayon's pool, its rows are split over the threads,
/// with the same values to the bit.
///
/// * `logits`: f32 `[B, 784]`, decoder outputs before the sigmoid.
/// * `x`: f32 `[B, 784]`, target pixels in `[0, 1]`.
/// * returns f32 `[B]`.
pub fn bce_with_logits_sum(logits: &Tensor, x: &Tensor) -> Result<Tensor> {
    let fusable = logits.dtype() == DType::F32
        && x.dtype() == DType::F32
        && logits.device().is_cpu()
        && x.device().is_cpu()
        && logits.dims() == x.dims()
        && logits.rank() >= 1
        && logits.is_contiguous()
        && x.is_contiguous()
        && !x.is_variable();
    if fusable {
        logits.apply_op2(x, FusedBce)
    } else {
        bce_with_logits_sum_unfused(logits, x)
    }
}

/// [`bce_with_logits_sum`] as candle element-wise ops (any dtype, device and layout).
pub fn bce_with_logits_sum_unfused(logits: &Tensor, x: &Tensor) -> Result<Tensor> {
    let relu = logits.relu()?;
    let lx = (logits * x)?;
    let softplus_neg_abs = (logits.abs()?.neg()?.exp()? + 1.0)?.log()?;
    ((relu - lx)? + softplus_neg_abs)?.sum(D::Minus1)
}

/// Fewest pixels (rows × row length) in one piece of the fused BCE's work when it is split over
/// rayon's pool (an exp and a log per pixel: ≈ 40–80 µs of work).
const MIN_ROWS: usize = 4 * 1024;

/// Forward: `[..., N] × [..., N] → [...]`, the per-row sum of the stable BCE terms.
struct FusedBce;

impl CustomOp2 for FusedBce {
    fn name(&self) -> &'static str {
        "fused-bce-with-logits-sum"
    }

    fn cpu_fwd(
        &self,
        s1: &CpuStorage,
        l1: &Layout,
        s2: &CpuStorage,
        l2: &Layout,
    ) -> Result<(CpuStorage, Shape)> {
        let (l, x) = (
            crate::cpu::f32s(s1, l1, "fused BCE", "an input")?,
            crate::cpu::f32s(s2, l2, "fused BCE", "an input")?,
        );
        let dims = l1.shape().dims();
        let n = *dims.last().unwrap_or(&1);
        let row_sum = |(l, x): (&[f32], &[f32])| -> f32 {
            l.iter()
                .zip(x)
                .map(|(&l, &x)| l.max(0.0) - l * x + ((-l.abs()).exp() + 1.0).ln())
                .sum()
        };
        let (l, x) = (l.chunks_exact(n.max(1)), x.chunks_exact(n.max(1)));
        // pieces of rows on rayon's pool when it has threads to spare: each row's sum the same
        let rows: Vec<f32> = match crate::par::piece_len(l.len(), MIN_ROWS.div_ceil(n.max(1))) {
            None => l.zip(x).map(row_sum).collect(),
            Some(_) => {
                let mut rows = vec![0f32; l.len()];
                crate::par::for_pieces(&mut rows, 1, MIN_ROWS.div_ceil(n.max(1)), |out, r| {
                    let (l, x) = (l.clone().skip(r), x.clone().skip(r));
                    for (o, lx) in out.iter_mut().zip(l.zip(x)) {
                        *o = row_sum(lx);
                    }
                });
                rows
            }
        };
        Ok((CpuStorage::F32(rows), Shape::from(&dims[..dims.len() - 1])))
    }

    fn bwd(
        &self,
        logits: &Tensor,
        x: &Tensor,
        _res: &Tensor,
        grad_res: &Tensor,
    ) -> Result<(Option<Tensor>, Option<Tensor>)> {
        let g = grad_res.contiguous()?;
        let d = logits.apply_op3_no_bwd(x, &g, &FusedBceGrad)?;
        Ok((Some(d), None))
    }
}

/// Backward: `(σ(l) − x) · g[row]`, `[..., N]`.
struct FusedBceGrad;

impl CustomOp3 for FusedBceGrad {
    fn name(&self) -> &'static str {
        "fused-bce-with-logits-sum-grad"
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
        let (l, x, g) = (
            crate::cpu::f32s(s1, l1, "fused BCE", "an input")?,
            crate::cpu::f32s(s2, l2, "fused BCE", "an input")?,
            crate::cpu::f32s(s3, l3, "fused BCE", "an input")?,
        );
        let n = *l1.shape().dims().last().unwrap_or(&1);
        let grad = |l: f32, x: f32, g: f32| (1.0 / (1.0 + (-l).exp()) - x) * g;
        let n = n.max(1);
        let out = match crate::par::piece_len(l.len() / n, MIN_ROWS.div_ceil(n)) {
            None => {
                let mut out = Vec::with_capacity(l.len());
                for ((l, x), &g) in l.chunks_exact(n).zip(x.chunks_exact(n)).zip(g) {
                    out.extend(l.iter().zip(x).map(|(&l, &x)| grad(l, x, g)));
                }
                out
            }
            Some(_) => {
                let mut out = vec![0f32; l.len()];
                crate::par::for_pieces(&mut out, n, MIN_ROWS, |out, at| {
                    let rows = out.chunks_exact_mut(n);
                    let (l, x) = (l[at..].chunks_exact(n), x[at..].chunks_exact(n));
                    for (((o, l), x), &g) in rows.zip(l).zip(x).zip(&g[at / n..]) {
                        for ((o, &l), &x) in o.iter_mut().zip(l).zip(x) {
                            *o = grad(l, x, g);
                        }
                    }
                });
                out
            }
        };
        Ok((CpuStorage::F32(out), l1.shape().clone()))
    }
}

/// KL divergence `KL(q(z|x) ‖ N(0, I))` of a diagonal Gaussian posterior from the standard
/// normal prior, per image, in nats:
/// `−½ Σ_j (1 + log σ²_j − μ_j² − σ²_j)`.
///
/// Source: Kingma & Welling (2014), *Auto-Encoding Variational Bayes*, appendix B.
///
/// * `mu`, `log_var`: f32 `[B, d]`.
/// * returns f32 `[B]`.
pub fn kl_divergence(mu: &Tensor, log_var: &Tensor) -> Result<Tensor> {
    let inner = ((log_var + 1.0)? - mu.sqr()?)?;
    let inner = (inner - log_var.exp()?)?;
    inner.sum(D::Minus1)? * -0.5
}

/// Mean squared error per pixel, per image: f32 `[B, 784]` × 2 → f32 `[B]`.
pub fn mse_per_pixel(recon: &Tensor, x: &Tensor) -> Result<Tensor> {
    (recon - x)?.sqr()?.mean(D::Minus1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::Device;

    #[test]
    fn bce_matches_the_naive_formula() {
        let d = Device::Cpu;
        let l = Tensor::new(&[[0.0f32, 2.0, -3.0, 40.0]], &d).unwrap();
        let x = Tensor::new(&[[0.5f32, 1.0, 0.0, 1.0]], &d).unwrap();
        let got = bce_with_logits_sum(&l, &x)
            .unwrap()
            .to_vec1::<f32>()
            .unwrap()[0];
        let s = |v: f32| 1.0 / (1.0 + (-v).exp());
        let naive: f32 = [(0.0, 0.5), (2.0, 1.0), (-3.0, 0.0)]
            .iter()
            .map(|&(l, x): &(f32, f32)| -(x * s(l).ln() + (1.0 - x) * (1.0 - s(l)).ln()))
            .sum();
        // the fourth term (l = 40, x = 1) is ~4e-18: the naive form would give log(0) trouble
        assert!((got - naive).abs() < 1e-5, "{got} vs {naive}");
        assert!((naive - (std::f32::consts::LN_2 + 0.12692805 + 0.04858735)).abs() < 1e-5);
    }

    /// The fused op equals candle's element-wise formula, forward and backward (gradient
    /// with respect to the logits), on random logits of every size and sign.
    #[test]
    fn the_fused_bce_equals_the_element_wise_ops_forward_and_backward() {
        use candle_core::Var;
        let d = Device::Cpu;
        let l0 = (Tensor::randn(0f32, 6.0, (7, 784), &d).unwrap() - 1.0).unwrap();
        let x = Tensor::rand(0f32, 1.0, (7, 784), &d).unwrap();
        let w = Tensor::rand(0.5f32, 2.0, 7, &d).unwrap(); // a weight per image
        let mut grads = Vec::new();
        let mut losses = Vec::new();
        for fused in [true, false] {
            let l = Var::from_tensor(&l0).unwrap();
            let per_image = if fused {
                bce_with_logits_sum(l.as_tensor(), &x).unwrap()
            } else {
                bce_with_logits_sum_unfused(l.as_tensor(), &x).unwrap()
            };
            let loss = (per_image.clone() * &w).unwrap().sum_all().unwrap();
            let g = loss.backward().unwrap();
            grads.push(
                g.get(l.as_tensor())
                    .unwrap()
                    .flatten_all()
                    .unwrap()
                    .to_vec1::<f32>()
                    .unwrap(),
            );
            losses.push(per_image.to_vec1::<f32>().unwrap());
        }
        assert_eq!(losses[0].len(), 7);
        for (a, b) in losses[0].iter().zip(&losses[1]) {
            assert!((a - b).abs() <= 1e-5 * b.abs().max(1.0), "{a} vs {b}");
        }
        let max = grads[0]
            .iter()
            .zip(&grads[1])
            .map(|(a, b)| (a - b).abs())
            .fold(0.0f32, f32::max);
        assert!(max < 1e-5, "largest gradient difference {max}");
        // σ(l) − x times the image's weight, checked on one element
        let (l, xv, wv) = (
            l0.get(3)
                .unwrap()
                .get(100)
                .unwrap()
                .to_scalar::<f32>()
                .unwrap(),
            x.get(3)
                .unwrap()
                .get(100)
                .unwrap()
                .to_scalar::<f32>()
                .unwrap(),
            w.get(3).unwrap().to_scalar::<f32>().unwrap(),
        );
        let want = (1.0 / (1.0 + (-l).exp()) - xv) * wv;
        assert!((grads[0][3 * 784 + 100] - want).abs() < 1e-6);
        // a non-contiguous input takes the element-wise path with the same values
        let t = l0.t().unwrap().contiguous().unwrap().t().unwrap();
        let xt = x.t().unwrap().contiguous().unwrap().t().unwrap();
        assert!(!t.is_contiguous());
        let v = bce_with_logits_sum(&t, &xt)
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        for (a, b) in v.iter().zip(&losses[1]) {
            assert!((a - b).abs() <= 1e-5 * b.abs().max(1.0));
        }
    }

    /// Split over two threads (rows in pieces), the fused BCE's per-image sums and its gradient
    /// are the same to the bit as on one thread: a batch of 128 (split), 37 rows (uneven
    /// pieces) and 5 rows (not split).
    #[test]
    fn the_fused_bce_has_the_same_bits_on_one_thread_and_on_two() {
        use crate::par::tests::with_threads;
        use candle_core::Var;
        let d = Device::Cpu;
        for rows in [128, 37, 5] {
            let l0 = (Tensor::randn(0f32, 6.0, (rows, 784), &d).unwrap() - 1.0).unwrap();
            let x = Tensor::rand(0f32, 1.0, (rows, 784), &d).unwrap();
            let w = Tensor::rand(0.5f32, 2.0, rows, &d).unwrap();
            let run = |threads| {
                with_threads(threads, || {
                    let l = Var::from_tensor(&l0).unwrap();
                    let per_image = bce_with_logits_sum(l.as_tensor(), &x).unwrap();
                    let g = (&per_image * &w)
                        .unwrap()
                        .sum_all()
                        .unwrap()
                        .backward()
                        .unwrap();
                    let g = g.get(l.as_tensor()).unwrap().flatten_all().unwrap();
                    let bits = |t: &Tensor| -> Vec<u32> {
                        t.to_vec1::<f32>()
                            .unwrap()
                            .iter()
                            .map(|v| v.to_bits())
                            .collect()
                    };
                    (bits(&per_image), bits(&g))
                })
            };
            let (one, two) = (run(1), run(2));
            assert_eq!(one.0.len(), rows);
            assert_eq!(one.0, two.0, "{rows} rows: the sums");
            assert_eq!(one.1, two.1, "{rows} rows: the gradient");
        }
    }

    #[test]
    fn kl_is_zero_for_the_prior_and_known_otherwise() {
        let d = Device::Cpu;
        let mu = Tensor::new(&[[0.0f32, 0.0], [1.0, 0.0]], &d).unwrap();
        let lv = Tensor::new(&[[0.0f32, 0.0], [0.0, 2.0f32.ln()]], &d).unwrap();
        let kl = kl_divergence(&mu, &lv).unwrap().to_vec1::<f32>().unwrap();
        assert!(kl[0].abs() < 1e-7);
        // ½(μ²) + ½(σ² − 1 − ln σ²) = 0.5 + 0.5·(2 − 1 − ln 2)
        let want = 0.5 + 0.5 * (1.0 - 2.0f32.ln());
        assert!((kl[1] - want).abs() < 1e-6, "{} vs {want}", kl[1]);
    }
}
