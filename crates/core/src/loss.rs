//! Loss terms of the variational autoencoder, in nats per image.

use candle_core::{Result, Tensor, D};

/// Bernoulli negative log-likelihood (binary cross-entropy) of pixels `x` under the decoder's
/// logits, summed over pixels: one value per image, in nats.
///
/// Uses the numerically stable form `max(l, 0) − l·x + log(1 + exp(−|l|))`, which equals
/// `−x·log σ(l) − (1−x)·log(1−σ(l))` without overflow for large `|l|`.
///
/// * `logits`: f32 `[B, 784]`, decoder outputs before the sigmoid.
/// * `x`: f32 `[B, 784]`, target pixels in `[0, 1]`.
/// * returns f32 `[B]`.
pub fn bce_with_logits_sum(logits: &Tensor, x: &Tensor) -> Result<Tensor> {
    let relu = logits.relu()?;
    let lx = (logits * x)?;
    let softplus_neg_abs = (logits.abs()?.neg()?.exp()? + 1.0)?.log()?;
    ((relu - lx)? + softplus_neg_abs)?.sum(D::Minus1)
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
