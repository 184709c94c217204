//! One definition of an autoencoder's training step, shared by the native trainer
//! (`latent-trainer`) and the browser's training worker (`latent-train-worker`, wasm32).
//!
//! The pieces: seeded random streams ([`rng`], ChaCha8: the same numbers on every platform),
//! PyTorch-style seeded initialisation ([`seeded_init`]), the reparameterisation noise
//! ([`normal_noise`]), the batch objective ([`autoencoder_objective`]: reconstruction + β · KL,
//! plus the bounded design's code penalty, in nats per image), Adam without weight decay
//! ([`Adam`]), and [`AutoencoderTrainer`], which strings them into steps over a shuffled
//! training set exactly as the native training loop does (batch order from stream 2 of the
//! seed, noise from stream 3).

use crate::model::{Autoencoder, AutoencoderConfig};
use candle_core::{DType, Device, Result, Tensor, Var};
use candle_nn::{ParamsAdamW, VarBuilder, VarMap};
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::StandardNormal;

/// Stream of a seed that shuffles an autoencoder's batch order.
pub const ORDER_STREAM: u64 = 2;
/// Stream of a seed that draws an autoencoder's reparameterisation noise ε.
pub const NOISE_STREAM: u64 = 3;
/// Stream of a seed that initialises the weights ([`seeded_init`]).
pub const INIT_STREAM: u64 = 1;

/// A seeded random generator (ChaCha8: stable across platforms and releases), on one of the
/// seed's independent streams.
pub fn rng(seed: u64, stream: u64) -> ChaCha8Rng {
    let mut r = ChaCha8Rng::seed_from_u64(seed);
    r.set_stream(stream);
    r
}

/// Re-initialises every variable of `vm` from `seed`, as PyTorch does for
/// `nn.Linear`/`nn.Conv2d`: weights and biases uniform in `±1/√fan_in` (`fan_in` = product of
/// the weight's dims after the first), drawn in the order of the variables' names from stream
/// [`INIT_STREAM`]. Candle's own initialisers draw from an unseeded generator, so without this
/// a run could not be reproduced.
///
/// # Errors
/// Candle errors; a `.bias` without its `.weight` is an error.
pub fn seeded_init(vm: &VarMap, seed: u64) -> Result<()> {
    let data = vm.data().lock().expect("the VarMap's lock is not poisoned");
    let mut names: Vec<&String> = data.keys().collect();
    names.sort();
    let mut r = rng(seed, INIT_STREAM);
    for name in names {
        let var = &data[name];
        let weight_name = name
            .strip_suffix(".bias")
            .map(|p| format!("{p}.weight"))
            .unwrap_or(name.clone());
        let weight = data.get(&weight_name).ok_or_else(|| {
            candle_core::Error::Msg(format!("`{name}` has no weight `{weight_name}`"))
        })?;
        let fan_in: usize = weight.dims()[1..].iter().product::<usize>().max(1);
        let bound = 1.0 / (fan_in as f32).sqrt();
        let n = var.elem_count();
        let v: Vec<f32> = (0..n).map(|_| r.random_range(-bound..bound)).collect();
        var.set(&Tensor::from_vec(v, var.dims(), var.device())?)?;
    }
    Ok(())
}

/// Standard-normal noise f32 `[rows, cols]` drawn from `r` (row after row).
///
/// # Errors
/// Candle errors only.
pub fn normal_noise(r: &mut ChaCha8Rng, rows: usize, cols: usize, dev: &Device) -> Result<Tensor> {
    let v: Vec<f32> = (0..rows * cols).map(|_| r.sample(StandardNormal)).collect();
    Tensor::from_vec(v, (rows, cols), dev)
}

/// The training objective of one batch, a scalar in nats per image: mean over the batch of
/// reconstruction + β · KL (plus the bounded design's code penalty), with the VAE's
/// reparameterisation noise ε (f32 `[B, latent_dim]`) drawn from `noise`. Every design draws
/// the noise, so the streams stay aligned whatever the design.
///
/// * `x`: f32 `[B, 784]`, pixels in `[0, 1]`.
///
/// # Errors
/// Candle errors only.
pub fn autoencoder_objective(
    ae: &Autoencoder,
    x: &Tensor,
    noise: &mut ChaCha8Rng,
) -> Result<Tensor> {
    let eps = normal_noise(noise, x.dim(0)?, ae.config.latent_dim, x.device())?;
    ae.loss(x, Some(&eps))?.objective(ae.config.beta)
}

/// Adam's settings without weight decay (candle's `AdamW` defaults otherwise: β₁ = 0.9,
/// β₂ = 0.999, ε = 1e-8) at learning rate `lr`.
pub fn adam_params(lr: f64) -> ParamsAdamW {
    ParamsAdamW {
        lr,
        weight_decay: 0.0,
        ..Default::default()
    }
}

/// The cosine learning-rate schedule of the native runs: from `lr` at step 0 down to
/// `lr / 20` at step `total`.
pub fn cosine_lr(lr: f64, step: usize, total: usize) -> f64 {
    let min = lr / 20.0;
    let t = step as f64 / total.max(1) as f64;
    min + 0.5 * (lr - min) * (1.0 + (std::f64::consts::PI * t).cos())
}

/// Adam without weight decay: the arithmetic of candle's `AdamW` (same operations in the same
/// order, so the same weights to the bit), with its moments and step count open for
/// checkpoints (candle keeps them private).
#[derive(Debug)]
pub struct Adam {
    /// `(name, θ, first moment m, second moment v)`, sorted by name.
    vars: Vec<(String, Var, Var, Var)>,
    step: usize,
    params: ParamsAdamW,
}

/// The state of an [`Adam`] optimiser and the weights it updates, by variable name.
#[derive(Debug, Clone)]
pub struct AdamState {
    /// Optimiser steps taken (Adam's `t`).
    pub step: usize,
    /// `(name, weights, first moment, second moment)`, sorted by name; each f32 of the
    /// variable's shape.
    pub vars: Vec<(String, Tensor, Tensor, Tensor)>,
}

impl Adam {
    /// Adam over every floating-point variable of `vm`, moments zero.
    ///
    /// # Errors
    /// Candle errors only.
    pub fn new(vm: &VarMap, params: ParamsAdamW) -> Result<Self> {
        let data = vm.data().lock().expect("the VarMap's lock is not poisoned");
        let mut vars = Vec::new();
        for (name, var) in data.iter().filter(|(_, v)| v.dtype().is_float()) {
            let zeros = || Var::zeros(var.shape(), var.dtype(), var.device());
            vars.push((name.clone(), var.clone(), zeros()?, zeros()?));
        }
        vars.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Self {
            vars,
            step: 0,
            params,
        })
    }

    /// Sets the learning rate of the next steps.
    pub fn set_learning_rate(&mut self, lr: f64) {
        self.params.lr = lr;
    }

    /// The learning rate of the next step.
    pub fn learning_rate(&self) -> f64 {
        self.params.lr
    }

    /// Optimiser steps taken.
    pub fn steps(&self) -> usize {
        self.step
    }

    /// Back-propagates `loss` (a scalar) and takes one step (as candle's
    /// `Optimizer::backward_step`).
    ///
    /// # Errors
    /// Candle errors only.
    pub fn backward_step(&mut self, loss: &Tensor) -> Result<()> {
        let grads = loss.backward()?;
        self.step += 1;
        let p = &self.params;
        let (lr, beta1, beta2) = (p.lr, p.beta1, p.beta2);
        let lr_lambda = lr * p.weight_decay;
        let scale_m = 1f64 / (1f64 - beta1.powi(self.step as i32));
        let scale_v = 1f64 / (1f64 - beta2.powi(self.step as i32));
        let fused = crate::optim::AdamStep {
            beta1,
            beta2,
            scale_m,
            scale_v,
            lr,
            eps: p.eps,
            decay: 1f64 - lr_lambda,
        };
        for (_, theta, m, v) in &self.vars {
            if let Some(g) = grads.get(theta) {
                // in place, the same arithmetic to the bit (crate::optim's test)
                if crate::optim::update(theta.as_tensor(), m.as_tensor(), v.as_tensor(), g, &fused)?
                {
                    continue;
                }
                let next_m = ((m.as_tensor() * beta1)? + (g * (1.0 - beta1))?)?;
                let next_v = ((v.as_tensor() * beta2)? + (g.sqr()? * (1.0 - beta2))?)?;
                let m_hat = (&next_m * scale_m)?;
                let v_hat = (&next_v * scale_v)?;
                let next_theta = (theta.as_tensor() * (1f64 - lr_lambda))?;
                let adjusted_grad = (m_hat / (v_hat.sqrt()? + p.eps)?)?;
                let next_theta = (next_theta - (adjusted_grad * lr)?)?;
                m.set(&next_m)?;
                v.set(&next_v)?;
                theta.set(&next_theta)?;
            }
        }
        Ok(())
    }

    /// A copy of the weights, the moments and the step count.
    ///
    /// # Errors
    /// Candle errors only.
    pub fn state(&self) -> Result<AdamState> {
        let vars = self
            .vars
            .iter()
            .map(|(n, t, m, v)| {
                Ok((
                    n.clone(),
                    t.as_tensor().copy()?,
                    m.as_tensor().copy()?,
                    v.as_tensor().copy()?,
                ))
            })
            .collect::<Result<_>>()?;
        Ok(AdamState {
            step: self.step,
            vars,
        })
    }

    /// Puts back the weights, moments and step count of `s`.
    ///
    /// # Errors
    /// When the names or shapes differ from the optimiser's variables (naming them).
    pub fn restore(&mut self, s: &AdamState) -> Result<()> {
        let theirs: Vec<&String> = s.vars.iter().map(|x| &x.0).collect();
        let mine: Vec<&String> = self.vars.iter().map(|x| &x.0).collect();
        if mine != theirs {
            return Err(candle_core::Error::Msg(format!(
                "the checkpoint holds variables {theirs:?}, the model has {mine:?}"
            )));
        }
        for ((name, theta, m, v), (_, t2, m2, v2)) in self.vars.iter().zip(&s.vars) {
            if theta.dims() != t2.dims() || m2.dims() != t2.dims() || v2.dims() != t2.dims() {
                return Err(candle_core::Error::Msg(format!(
                    "checkpoint variable `{name}` is {:?}, the model's is {:?}",
                    t2.dims(),
                    theta.dims()
                )));
            }
            theta.set(t2)?;
            m.set(m2)?;
            v.set(v2)?;
        }
        self.step = s.step;
        Ok(())
    }
}

/// Settings of an [`AutoencoderTrainer`].
#[derive(Debug, Clone, PartialEq)]
pub struct StepConfig {
    /// The architecture (design, β, layer widths).
    pub model: AutoencoderConfig,
    /// Images per optimiser step.
    pub batch_size: usize,
    /// Adam's learning rate (constant; see [`cosine_lr`] for the native schedule).
    pub lr: f64,
    /// Seed of the initial weights, the batch order and the noise.
    pub seed: u64,
}

/// An autoencoder being trained step by step over an in-memory training set: the browser's
/// training worker, and the native reference of its step. Each epoch reshuffles the batch
/// order (stream [`ORDER_STREAM`]); the last batch of an epoch may be smaller.
pub struct AutoencoderTrainer {
    vm: VarMap,
    model: Autoencoder,
    adam: Adam,
    config: StepConfig,
    /// f32 `[N, 784]`, pixels in `[0, 1]`.
    data: Tensor,
    order: Vec<u32>,
    /// Next position in `order` (0 = the next step shuffles first).
    cursor: usize,
    order_rng: ChaCha8Rng,
    noise_rng: ChaCha8Rng,
    epochs: usize,
    images: usize,
}

impl AutoencoderTrainer {
    /// A fresh model (seeded initial weights) and optimiser over `data` (f32 `[N, 784]`,
    /// pixels in `[0, 1]`, N ≥ 1).
    ///
    /// # Errors
    /// When `data` is not `[N, input_dim]` with N ≥ 1 or the batch size is 0; candle errors.
    pub fn new(config: StepConfig, data: Tensor) -> Result<Self> {
        let (n, d) = data.dims2()?;
        if n == 0 || d != config.model.input_dim || config.batch_size == 0 {
            return Err(candle_core::Error::Msg(format!(
                "training data is [{n}, {d}] with batch size {}: expected [N ≥ 1, {}] and a \
                 batch of at least 1",
                config.batch_size, config.model.input_dim
            )));
        }
        let vm = VarMap::new();
        let vb = VarBuilder::from_varmap(&vm, DType::F32, data.device());
        let model = Autoencoder::new(&config.model, vb)?;
        seeded_init(&vm, config.seed)?;
        let adam = Adam::new(&vm, adam_params(config.lr))?;
        Ok(Self {
            order: (0..n as u32).collect(),
            cursor: 0,
            order_rng: rng(config.seed, ORDER_STREAM),
            noise_rng: rng(config.seed, NOISE_STREAM),
            epochs: 0,
            images: 0,
            vm,
            model,
            adam,
            config,
            data,
        })
    }

    /// One optimiser step on the next batch; returns the batch's objective before the step
    /// (nats per image).
    ///
    /// # Errors
    /// Candle errors only.
    pub fn step(&mut self) -> Result<f32> {
        if self.cursor == 0 {
            self.order.shuffle(&mut self.order_rng);
        }
        let end = (self.cursor + self.config.batch_size).min(self.order.len());
        let ids = Tensor::from_slice(
            &self.order[self.cursor..end],
            end - self.cursor,
            self.data.device(),
        )?;
        let x = self.data.index_select(&ids, 0)?;
        let loss = self.step_on(&x)?;
        self.images += end - self.cursor;
        self.cursor = end;
        if self.cursor == self.order.len() {
            self.cursor = 0;
            self.epochs += 1;
        }
        Ok(loss)
    }

    /// One optimiser step on the given batch `x` (f32 `[B, 784]`), the noise drawn from the
    /// trainer's noise stream; returns the objective before the step (nats per image).
    ///
    /// # Errors
    /// Candle errors only.
    pub fn step_on(&mut self, x: &Tensor) -> Result<f32> {
        let loss = autoencoder_objective(&self.model, x, &mut self.noise_rng)?;
        self.adam.backward_step(&loss)?;
        loss.to_scalar::<f32>()
    }

    /// The model with the current weights.
    pub fn model(&self) -> &Autoencoder {
        &self.model
    }

    /// The settings.
    pub fn config(&self) -> &StepConfig {
        &self.config
    }

    /// Optimiser steps taken.
    pub fn steps(&self) -> usize {
        self.adam.steps()
    }

    /// Passes over the training set completed.
    pub fn epochs(&self) -> usize {
        self.epochs
    }

    /// Training images seen by [`AutoencoderTrainer::step`], counting repeats.
    pub fn images_seen(&self) -> usize {
        self.images
    }

    /// Images in the training set.
    pub fn train_len(&self) -> usize {
        self.order.len()
    }

    /// Changes the learning rate of the next steps.
    pub fn set_learning_rate(&mut self, lr: f64) {
        self.config.lr = lr;
        self.adam.set_learning_rate(lr);
    }

    /// The current weights by name (`encoder.*`, `decoder.*`), f32, sorted by name.
    pub fn named_weights(&self) -> Vec<(String, Tensor)> {
        let data = self
            .vm
            .data()
            .lock()
            .expect("the VarMap's lock is not poisoned");
        let mut v: Vec<(String, Tensor)> = data
            .iter()
            .map(|(k, var)| (k.clone(), var.as_tensor().clone()))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }

    /// Mean objective over `x` (f32 `[N, 784]`) with the current weights, nats per image,
    /// the noise drawn from stream 4 of `seed` (so the figure is reproducible and the
    /// training noise is untouched), in batches of 500.
    ///
    /// # Errors
    /// Candle errors only.
    pub fn mean_objective(&self, x: &Tensor, seed: u64) -> Result<f64> {
        let n = x.dim(0)?;
        let mut r = rng(seed, 4);
        let mut sum = 0.0;
        for start in (0..n).step_by(500) {
            let len = 500.min(n - start);
            let l = autoencoder_objective(&self.model, &x.narrow(0, start, len)?, &mut r)?;
            sum += l.to_scalar::<f32>()? as f64 * len as f64;
        }
        Ok(sum / n.max(1) as f64)
    }

    /// Posterior means μ of `x` (f32 `[N, 784]`), one `(z₁, z₂)` per image, latent units.
    ///
    /// # Errors
    /// Candle errors only.
    pub fn encode(&self, x: &Tensor) -> Result<Vec<[f32; 2]>> {
        let (mu, _) = self.model.encoder.forward(x)?;
        Ok(mu
            .to_vec2::<f32>()?
            .into_iter()
            .map(|p| [p[0], p[1]])
            .collect())
    }
}

/// A decoder from safetensors bytes holding `decoder.*` weights (any float dtype; f32 as the
/// training worker's snapshots): how the page decodes with the weights of a model still in
/// training. `name` is used in errors.
///
/// # Errors
/// [`crate::Error::Bundle`] naming `name` when the bytes do not parse, a weight is missing,
/// of the wrong shape or not finite.
pub fn decoder_from_bytes(
    cfg: &AutoencoderConfig,
    bytes: &[u8],
    name: &str,
) -> crate::Result<crate::model::Decoder> {
    let tensors = crate::bundle::candle::read_tensors(bytes, name)?;
    for (k, t) in tensors.iter().filter(|(k, _)| k.starts_with("decoder.")) {
        crate::bundle::candle::check_finite(t, k, name)?;
    }
    let vb = VarBuilder::from_tensors(tensors, DType::F32, &Device::Cpu);
    crate::model::Decoder::new(cfg, vb.pp("decoder")).map_err(|e| crate::Error::Bundle {
        name: name.into(),
        what: format!("decoder weights: {e}"),
    })
}

/// Converts u8 pixels (0–255, `N · 784` bytes) to f32 `[N, 784]` in `[0, 1]`.
///
/// # Errors
/// When the length is not a multiple of 784; candle errors.
pub fn pixels_to_tensor(pixels: &[u8], dev: &Device) -> Result<Tensor> {
    if !pixels.len().is_multiple_of(crate::IMAGE_PIXELS) {
        return Err(candle_core::Error::Msg(format!(
            "{} pixel bytes are not whole 28 × 28 images",
            pixels.len()
        )));
    }
    let v: Vec<f32> = pixels.iter().map(|&p| p as f32 / 255.0).collect();
    Tensor::from_vec(
        v,
        (pixels.len() / crate::IMAGE_PIXELS, crate::IMAGE_PIXELS),
        dev,
    )
}

/// What a visitor chose in the browser's training view, and the figures of one report of its
/// worker: defined with the rest of the view's messages ([`crate::train_msg`]).
pub use crate::train_msg::{Report, Settings};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::AutoencoderKind;

    fn toy_data(n: usize) -> Tensor {
        let px: Vec<u8> = (0..n * crate::IMAGE_PIXELS)
            .map(|i| ((i * 7919) % 251) as u8)
            .collect();
        pixels_to_tensor(&px, &Device::Cpu).unwrap()
    }

    fn small(kind: AutoencoderKind, seed: u64) -> StepConfig {
        StepConfig {
            model: AutoencoderConfig {
                kind,
                beta: 1.0,
                encoder_hidden: vec![32],
                decoder_hidden: vec![32],
                ..AutoencoderConfig::mnist_vae()
            },
            batch_size: 16,
            lr: 1e-3,
            seed,
        }
    }

    fn weights(t: &AutoencoderTrainer) -> Vec<(String, Vec<f32>)> {
        t.named_weights()
            .into_iter()
            .map(|(k, w)| (k, w.flatten_all().unwrap().to_vec1::<f32>().unwrap()))
            .collect()
    }

    #[test]
    fn a_step_is_deterministic_for_a_seed() {
        for kind in AutoencoderKind::ALL {
            let run = |seed| {
                let mut t = AutoencoderTrainer::new(small(kind, seed), toy_data(40)).unwrap();
                let before = weights(&t);
                let losses: Vec<f32> = (0..3).map(|_| t.step().unwrap()).collect();
                (before, losses, weights(&t))
            };
            let (b1, l1, w1) = run(7);
            let (b2, l2, w2) = run(7);
            assert_eq!(b1, b2, "{kind}: same seed, same initial weights");
            assert_eq!(l1, l2, "{kind}: same seed, same losses");
            assert_eq!(w1, w2, "{kind}: same seed, same weights to the bit");
            assert_ne!(b1, w1, "{kind}: the steps changed the weights");
            let (_, l3, w3) = run(8);
            assert_ne!(w1, w3, "{kind}: another seed, other weights");
            assert_ne!(l1, l3);
            assert!(l1.iter().all(|l| l.is_finite() && *l > 0.0), "{l1:?}");
        }
    }

    /// The MNIST VAE's steps at its real sizes (batch 128: the fused ops split their work over
    /// two threads) give the same losses and weights to the bit on one thread and on two.
    #[test]
    fn the_vae_trains_to_the_same_bits_on_one_thread_and_on_two() {
        let config = StepConfig {
            model: AutoencoderConfig::mnist_vae(),
            batch_size: 128,
            lr: 1e-3,
            seed: 1,
        };
        let run = |threads| {
            crate::par::tests::with_threads(threads, || {
                let mut t = AutoencoderTrainer::new(config.clone(), toy_data(256)).unwrap();
                let losses: Vec<f32> = (0..3).map(|_| t.step().unwrap()).collect();
                (losses, weights(&t))
            })
        };
        let (l1, w1) = run(1);
        let (l2, w2) = run(2);
        assert!(l1.iter().all(|l| l.is_finite() && *l > 0.0), "{l1:?}");
        assert_eq!(l1, l2, "losses");
        assert_eq!(w1.len(), w2.len());
        for ((k, a), (_, b)) in w1.iter().zip(&w2) {
            let bits = |v: &[f32]| v.iter().map(|v| v.to_bits()).collect::<Vec<_>>();
            assert!(bits(a) == bits(b), "{k}: not the same bits");
        }
    }

    #[test]
    fn the_first_adam_step_moves_each_weight_by_about_lr() {
        // Adam's first step: m̂ = g, v̂ = g², so Δθ = −lr · g / (|g| + ε) ≈ −lr · sign(g)
        let mut t =
            AutoencoderTrainer::new(small(AutoencoderKind::Plain, 1), toy_data(16)).unwrap();
        let before = weights(&t);
        t.step().unwrap();
        let after = weights(&t);
        let out_bias = |w: &[(String, Vec<f32>)]| {
            w.iter()
                .find(|(k, _)| k == "decoder.out.bias")
                .unwrap()
                .1
                .clone()
        };
        let (b, a) = (out_bias(&before), out_bias(&after));
        for (x, y) in b.iter().zip(&a) {
            let d = (x - y).abs();
            assert!((d - 1e-3).abs() < 1e-5, "|Δθ| = {d}");
        }
        assert_eq!(t.steps(), 1);
    }

    #[test]
    fn epochs_cover_every_image_once_and_reshuffle() {
        let mut t = AutoencoderTrainer::new(small(AutoencoderKind::Vae, 3), toy_data(40)).unwrap();
        for _ in 0..3 {
            t.step().unwrap(); // batches of 16, 16, 8
        }
        assert_eq!((t.epochs(), t.steps(), t.cursor), (1, 3, 0));
        assert_eq!(t.images_seen(), 40);
        let mut seen = t.order.clone();
        seen.sort();
        assert_eq!(seen, (0..40).collect::<Vec<u32>>());
        let first = t.order.clone();
        t.step().unwrap();
        assert_ne!(t.order, first, "the second epoch reshuffles");
    }

    #[test]
    fn a_decoder_snapshot_decodes_like_the_model() {
        let t = AutoencoderTrainer::new(small(AutoencoderKind::Vae, 2), toy_data(8)).unwrap();
        let dec: Vec<(String, Tensor)> = t
            .named_weights()
            .into_iter()
            .filter(|(k, _)| k.starts_with("decoder."))
            .collect();
        let bytes = safetensors::serialize(dec.iter().map(|(k, t)| (k.as_str(), t)), None).unwrap();
        let d = decoder_from_bytes(&t.config().model, &bytes, "snap").unwrap();
        let z = Tensor::new(&[[0.5f32, -1.0]], &Device::Cpu).unwrap();
        let a = d
            .forward(&z)
            .unwrap()
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        let b = t
            .model()
            .decoder
            .forward(&z)
            .unwrap()
            .flatten_all()
            .unwrap()
            .to_vec1::<f32>()
            .unwrap();
        assert_eq!(a, b);
        let e = decoder_from_bytes(&AutoencoderConfig::mnist_vae(), &bytes, "snap").unwrap_err();
        assert!(e.to_string().contains("snap"), "{e}");
    }

    #[test]
    fn cosine_schedule_ends_at_a_twentieth() {
        assert_eq!(cosine_lr(1e-3, 0, 100), 1e-3);
        assert!((cosine_lr(1e-3, 100, 100) - 5e-5).abs() < 1e-12);
        assert!((cosine_lr(1e-3, 50, 100) - 0.525e-3).abs() < 1e-12);
    }

    #[test]
    fn bad_inputs_are_refused() {
        let e = AutoencoderTrainer::new(
            small(AutoencoderKind::Vae, 1),
            Tensor::zeros((0, 784), DType::F32, &Device::Cpu).unwrap(),
        );
        assert!(e.is_err());
        assert!(pixels_to_tensor(&[0; 785], &Device::Cpu).is_err());
    }
}
