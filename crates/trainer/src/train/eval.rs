//! Test-set evaluation: an autoencoder's figures (nats per image) and codes, a classifier's
//! predictions and accuracy.

use crate::data::TensorSet;
use anyhow::Result;
use candle_core::{Tensor, D};
use latent_core::model::{Autoencoder, Classifier};
use latent_core::train::rng;
use rand::Rng;
use rand_distr::StandardNormal;

/// Test-set figures of an autoencoder, nats per image unless stated.
#[derive(Debug, Clone, Default)]
pub struct AutoencoderEval {
    /// Reconstruction term E_q[−log p(x|z)] with one seeded sample of z per image (VAE) or the
    /// code itself (deterministic designs).
    pub reconstruction: f64,
    /// KL(q(z|x) ‖ p(z)); `None` for deterministic designs.
    pub kl: Option<f64>,
    /// Mean squared error per pixel of the reconstruction from the posterior mean μ.
    pub mse: f64,
    /// Encoded posterior means, one `(z₁, z₂)` per image.
    pub mu: Vec<[f32; 2]>,
}

impl AutoencoderEval {
    /// −ELBO = reconstruction + KL (VAE only), nats/image.
    pub fn neg_elbo(&self) -> Option<f64> {
        self.kl.map(|k| k + self.reconstruction)
    }
}

/// Evaluates on `set` in batches; the reparameterisation noise comes from `seed`, so the
/// figures are reproducible.
pub fn evaluate_autoencoder(
    ae: &Autoencoder,
    set: &TensorSet,
    seed: u64,
) -> Result<AutoencoderEval> {
    let n = set.len();
    let mut r = rng(seed, 4);
    let mut out = AutoencoderEval::default();
    let (mut rec, mut kl, mut mse) = (0.0, 0.0, 0.0);
    let latent = ae.config.latent_dim;
    for start in (0..n).step_by(1000) {
        let len = 1000.min(n - start);
        let x = set.x.narrow(0, start, len)?;
        let eps: Vec<f32> = (0..len * latent)
            .map(|_| r.sample(StandardNormal))
            .collect();
        let eps = Tensor::from_vec(eps, (len, latent), x.device())?;
        let l = ae.loss(&x, Some(&eps))?;
        rec += l.reconstruction.sum_all()?.to_scalar::<f32>()? as f64;
        if let Some(k) = &l.kl {
            kl += k.sum_all()?.to_scalar::<f32>()? as f64;
        }
        let mu = &l.mu;
        let recon = ae.decoder.forward(mu)?;
        mse += latent_core::loss::mse_per_pixel(&recon, &x)?
            .sum_all()?
            .to_scalar::<f32>()? as f64;
        if latent >= 2 {
            for p in mu.narrow(1, 0, 2)?.to_vec2::<f32>()? {
                out.mu.push([p[0], p[1]]);
            }
        }
    }
    out.reconstruction = rec / n as f64;
    out.kl = ae.encoder_is_variational().then_some(kl / n as f64);
    out.mse = mse / n as f64;
    Ok(out)
}

/// Whether a model's encoder outputs log σ² (a VAE).
trait Variational {
    fn encoder_is_variational(&self) -> bool;
}
impl Variational for Autoencoder {
    fn encoder_is_variational(&self) -> bool {
        self.config.kind == latent_core::model::AutoencoderKind::Vae
    }
}

/// Encodes `x` (f32 `[N, 784]`) to posterior means, one `(z₁, z₂)` per image.
pub fn encode_means(ae: &Autoencoder, x: &Tensor) -> Result<Vec<[f32; 2]>> {
    let mut out = Vec::with_capacity(x.dim(0)?);
    for start in (0..x.dim(0)?).step_by(2000) {
        let len = 2000.min(x.dim(0)? - start);
        let (mu, _) = ae.encoder.forward(&x.narrow(0, start, len)?)?;
        out.extend(mu.to_vec2::<f32>()?.into_iter().map(|p| [p[0], p[1]]));
    }
    Ok(out)
}

/// Softmax probabilities of `x` (f32 `[N, 784]`) in batches: `(argmax class, its probability)`
/// per image.
pub fn classify(clf: &Classifier, x: &Tensor) -> Result<Vec<(u8, f32)>> {
    let n = x.dim(0)?;
    let mut out = Vec::with_capacity(n);
    for start in (0..n).step_by(1024) {
        let len = 1024.min(n - start);
        let p = candle_nn::ops::softmax(&clf.forward(&x.narrow(0, start, len)?)?, D::Minus1)?;
        let cls = p.argmax(D::Minus1)?.to_vec1::<u32>()?;
        let conf = p.max(D::Minus1)?.to_vec1::<f32>()?;
        out.extend(cls.into_iter().zip(conf).map(|(c, p)| (c as u8, p)));
    }
    Ok(out)
}

/// Share of `set` the classifier labels correctly, in `[0, 1]`.
pub fn accuracy(clf: &Classifier, set: &TensorSet) -> Result<f64> {
    let pred = classify(clf, &set.x)?;
    Ok(pred
        .iter()
        .zip(&set.labels)
        .filter(|((c, _), l)| c == *l)
        .count() as f64
        / set.len() as f64)
}
