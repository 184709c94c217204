//! The models as candle-nn modules (feature `candle`): see [`super`].

use super::*;
use crate::dense::Act;

/// A fully connected layer with its activation: [`crate::dense::dense`] (one fused op) with
/// the `train-ops` feature, candle's `Linear` + ReLU ([`crate::dense::dense_reference`], the
/// same forward bit for bit) without it.
fn dense(x: &Tensor, l: &Linear, act: Act) -> Result<Tensor> {
    #[cfg(feature = "train-ops")]
    return crate::dense::dense(x, l, act);
    #[cfg(not(feature = "train-ops"))]
    return crate::dense::dense_reference(x, l, act);
}
use candle_core::{Result, Tensor};
use candle_nn::{Linear, VarBuilder};

fn mlp(sizes: &[usize], vb: &VarBuilder) -> Result<Vec<Linear>> {
    sizes
        .windows(2)
        .enumerate()
        .map(|(i, w)| candle_nn::linear(w[0], w[1], vb.pp(format!("hidden{i}"))))
        .collect()
}

/// Encoder `x ↦ (μ, log σ²)`: MLP with ReLU hidden layers and two linear heads.
#[derive(Debug, Clone)]
pub struct Encoder {
    hidden: Vec<Linear>,
    mu: Linear,
    log_var: Option<Linear>,
    kind: AutoencoderKind,
}

impl Encoder {
    /// Builds the encoder under `vb` (use `vb.pp("encoder")`).
    pub fn new(cfg: &AutoencoderConfig, vb: VarBuilder) -> Result<Self> {
        let mut sizes = vec![cfg.input_dim];
        sizes.extend(&cfg.encoder_hidden);
        let last = *sizes.last().unwrap();
        Ok(Self {
            hidden: mlp(&sizes, &vb)?,
            mu: candle_nn::linear(last, cfg.latent_dim, vb.pp("mu"))?,
            log_var: match cfg.kind {
                AutoencoderKind::Vae => {
                    Some(candle_nn::linear(last, cfg.latent_dim, vb.pp("log_var"))?)
                }
                _ => None,
            },
            kind: cfg.kind,
        })
    }

    /// Encodes images.
    ///
    /// * `x`: f32 `[B, 784]`, pixels in `[0, 1]`.
    /// * returns `(μ, log σ²)`, each f32 `[B, latent_dim]` in latent units. For the
    ///   deterministic designs μ is the latent code itself (after `tanh` for
    ///   [`AutoencoderKind::Bounded`]) and log σ² is `None`.
    pub fn forward(&self, x: &Tensor) -> Result<(Tensor, Option<Tensor>)> {
        let (mu, log_var, _) = self.forward_with_pre_activation(x)?;
        Ok((mu, log_var))
    }

    /// Like [`Encoder::forward`], also returning the code before `tanh` (f32
    /// `[B, latent_dim]`; equal to μ for the unbounded designs).
    pub fn forward_with_pre_activation(
        &self,
        x: &Tensor,
    ) -> Result<(Tensor, Option<Tensor>, Tensor)> {
        let mut h = x.clone();
        for l in &self.hidden {
            h = dense(&h, l, Act::Relu)?;
        }
        let pre = dense(&h, &self.mu, Act::Identity)?;
        let mu = if self.kind == AutoencoderKind::Bounded {
            pre.tanh()?
        } else {
            pre.clone()
        };
        let log_var = self
            .log_var
            .as_ref()
            .map(|l| dense(&h, l, Act::Identity))
            .transpose()?;
        Ok((mu, log_var, pre))
    }
}

/// Decoder `z ↦ image`: MLP with ReLU hidden layers and a sigmoid output.
#[derive(Debug, Clone)]
pub struct Decoder {
    hidden: Vec<Linear>,
    out: Linear,
}

impl Decoder {
    /// Builds the decoder under `vb` (use `vb.pp("decoder")`).
    pub fn new(cfg: &AutoencoderConfig, vb: VarBuilder) -> Result<Self> {
        let mut sizes = vec![cfg.latent_dim];
        sizes.extend(&cfg.decoder_hidden);
        let last = *sizes.last().unwrap();
        Ok(Self {
            hidden: mlp(&sizes, &vb)?,
            out: candle_nn::linear(last, cfg.input_dim, vb.pp("out"))?,
        })
    }

    /// Bernoulli logits of the pixels: f32 `[B, latent_dim]` → f32 `[B, 784]`.
    pub fn logits(&self, z: &Tensor) -> Result<Tensor> {
        let mut h = z.clone();
        for l in &self.hidden {
            h = dense(&h, l, Act::Relu)?;
        }
        dense(&h, &self.out, Act::Identity)
    }

    /// Decoded images, pixels in `[0, 1]`: f32 `[B, latent_dim]` → f32 `[B, 784]`.
    pub fn forward(&self, z: &Tensor) -> Result<Tensor> {
        candle_nn::ops::sigmoid(&self.logits(z)?)
    }

    /// The same decoder for the hand-written inference kernels of `latent-kernels` (the
    /// browser's decode under the pointer): its weights copied as f32, the same layers,
    /// ReLUs and sigmoid. Equal to [`Decoder::forward`] within 1e-5 per pixel (tested).
    ///
    /// # Errors
    /// Candle errors reading the weights; a shape error if the layers do not chain.
    pub fn to_kernel(&self) -> Result<latent_kernels::Mlp> {
        let layers = self
            .hidden
            .iter()
            .chain(std::iter::once(&self.out))
            .map(|l| {
                let (outputs, inputs) = l.weight().dims2()?;
                let w = l.weight().to_dtype(candle_core::DType::F32)?;
                let w = w.flatten_all()?.to_vec1::<f32>()?;
                let b = match l.bias() {
                    Some(b) => b.to_dtype(candle_core::DType::F32)?.to_vec1::<f32>()?,
                    None => vec![0.0; outputs],
                };
                latent_kernels::Dense::new(&w, &b, inputs, outputs)
                    .map_err(|e| candle_core::Error::Msg(e.to_string()))
            })
            .collect::<Result<Vec<_>>>()?;
        latent_kernels::Mlp::new(layers).map_err(|e| candle_core::Error::Msg(e.to_string()))
    }
}

/// Per-image loss terms of an autoencoder, each f32 `[B]` in nats per image.
#[derive(Debug, Clone)]
pub struct AutoencoderLoss {
    /// Bernoulli reconstruction term (binary cross-entropy summed over pixels).
    pub reconstruction: Tensor,
    /// KL divergence from the prior (`None` for deterministic designs).
    pub kl: Option<Tensor>,
    /// The encoder's μ (the latent code of deterministic designs), f32 `[B, latent_dim]`.
    pub mu: Tensor,
    /// Bounded design only: `½‖a‖²` per image, f32 `[B]`, of the code `a` before `tanh`.
    /// Training adds it to the objective, a standard-normal prior on `a` (MAP estimation):
    /// without it the encoder drives `a` far into `tanh`'s flat tails, where gradients vanish
    /// and the latent collapses onto the edges of the square (measured: one axis stuck at
    /// exactly 1 and a training loss stuck at 206 nats/image after 20 MNIST epochs).
    pub code_penalty: Option<Tensor>,
}

impl AutoencoderLoss {
    /// The training objective averaged over the batch: mean(reconstruction + β·KL), a scalar,
    /// plus the bounded design's code penalty. For β = 1 this is the negative ELBO in nats
    /// per image.
    pub fn objective(&self, beta: f32) -> Result<Tensor> {
        let base = match &self.kl {
            Some(kl) => (&self.reconstruction + (kl * beta as f64)?)?,
            None => self.reconstruction.clone(),
        };
        match &self.code_penalty {
            Some(p) => (base + p)?.mean_all(),
            None => base.mean_all(),
        }
    }
}

/// An autoencoder: [`Encoder`] and [`Decoder`] under the prefixes `encoder` and `decoder`.
#[derive(Debug, Clone)]
pub struct Autoencoder {
    /// The encoder.
    pub encoder: Encoder,
    /// The decoder.
    pub decoder: Decoder,
    /// Its architecture.
    pub config: AutoencoderConfig,
}

impl Autoencoder {
    /// Builds the model under `vb` (tensor names `encoder.*`, `decoder.*`).
    pub fn new(config: &AutoencoderConfig, vb: VarBuilder) -> Result<Self> {
        Ok(Self {
            encoder: Encoder::new(config, vb.pp("encoder"))?,
            decoder: Decoder::new(config, vb.pp("decoder"))?,
            config: config.clone(),
        })
    }

    /// Loss terms for a batch.
    ///
    /// * `x`: f32 `[B, 784]`, pixels in `[0, 1]`.
    /// * `eps`: f32 `[B, latent_dim]` standard-normal noise for the reparameterisation
    ///   `z = μ + σ·ε` (Kingma & Welling 2014, §2.4); pass `None` to decode μ itself (as for
    ///   evaluation of the reconstruction at the posterior mean). Ignored by deterministic designs.
    pub fn loss(&self, x: &Tensor, eps: Option<&Tensor>) -> Result<AutoencoderLoss> {
        let (mu, log_var, pre) = self.encoder.forward_with_pre_activation(x)?;
        let code_penalty = if self.config.kind == AutoencoderKind::Bounded {
            Some((pre.sqr()?.sum(1)? * 0.5)?)
        } else {
            None
        };
        let z = match (&log_var, eps) {
            (Some(lv), Some(eps)) => (&mu + ((lv * 0.5)?.exp()? * eps)?)?,
            _ => mu.clone(),
        };
        let logits = self.decoder.logits(&z)?;
        let reconstruction = crate::loss::bce_with_logits_sum(&logits, x)?;
        let kl = log_var
            .as_ref()
            .map(|lv| crate::loss::kl_divergence(&mu, lv))
            .transpose()?;
        Ok(AutoencoderLoss {
            reconstruction,
            kl,
            mu,
            code_penalty,
        })
    }
}

/// A 3 × 3 convolution with padding 1 (stride 1), computed as one matrix product over the nine
/// shifted copies of the input ("im2col" by slicing): `y = W · [x shifted by (dy, dx)]`. The
/// same weights and names as `candle_nn::conv2d` (`weight` f32 `[out, in, 3, 3]`, `bias` f32
/// `[out]`), so trained classifiers load unchanged; the backward pass is matrix products and
/// copies only, and candle's convolution kernels are not linked into the browser's wasm. A
/// test checks it against `Tensor::conv2d`.
#[derive(Debug, Clone)]
pub struct Conv3x3 {
    /// f32 `[out, in, 3, 3]`.
    weight: Tensor,
    /// f32 `[out]`.
    bias: Tensor,
}

impl Conv3x3 {
    /// Creates or loads the layer under `vb` (`weight`, `bias`), initialised like
    /// `candle_nn::conv2d` (Kaiming-normal weights, uniform ±1/√in biases).
    pub fn new(cin: usize, cout: usize, vb: VarBuilder) -> Result<Self> {
        let weight = vb.get_with_hints(
            (cout, cin, 3, 3),
            "weight",
            candle_nn::init::DEFAULT_KAIMING_NORMAL,
        )?;
        let bound = 1.0 / (cin as f64).sqrt();
        let bias = vb.get_with_hints(
            cout,
            "bias",
            candle_nn::Init::Uniform {
                lo: -bound,
                up: bound,
            },
        )?;
        Ok(Self { weight, bias })
    }

    /// f32 `[B, in, H, W]` → f32 `[B, out, H, W]` (CPU f32, as [`Conv3x3::forward_cnhw`]).
    pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
        self.forward_cnhw(&x.transpose(0, 1)?)?
            .transpose(0, 1)?
            .contiguous()
    }

    /// The convolution in channels-first layout, as the classifier runs it: f32
    /// `[in, B, H, W]` → f32 `[out, B, H, W]`, one matrix product for the whole batch with the
    /// bias folded in (`[W | b] · im2col(x)`, [`crate::im2col`]).
    pub fn forward_cnhw(&self, x: &Tensor) -> Result<Tensor> {
        let (cin, b, h, w) = x.dims4()?;
        let cout = self.weight.dim(0)?;
        let wb = Tensor::cat(
            &[
                self.weight.reshape((cout, cin * 9))?,
                self.bias.reshape((cout, 1))?,
            ],
            1,
        )?;
        wb.matmul(&crate::im2col::im2col3x3(x)?)?
            .reshape((cout, b, h, w))
    }

    /// The same convolution from nine shifted slices of the padded input: the reference the
    /// im2col path is tested against.
    #[cfg(test)]
    fn forward_sliced(&self, x: &Tensor) -> Result<Tensor> {
        let (b, cin, h, w) = x.dims4()?;
        let cout = self.weight.dim(0)?;
        let p = x.pad_with_zeros(2, 1, 1)?.pad_with_zeros(3, 1, 1)?;
        let mut shifted = Vec::with_capacity(9);
        for dy in 0..3 {
            for dx in 0..3 {
                shifted.push(p.narrow(2, dy, h)?.narrow(3, dx, w)?.unsqueeze(2)?);
            }
        }
        // [B, in, 9, H, W] → [B, H·W, in·9] (column order = the weight's `in, dy, dx`)
        let cols = Tensor::cat(&shifted, 2)?
            .reshape((b, cin * 9, h * w))?
            .transpose(1, 2)?
            .reshape((b * h * w, cin * 9))?;
        let wm = self.weight.reshape((cout, cin * 9))?;
        cols.matmul(&wm.t()?)?
            .broadcast_add(&self.bias)?
            .reshape((b, h * w, cout))?
            .transpose(1, 2)?
            .reshape((b, cout, h, w))
    }
}

/// Small CNN: conv3×3(pad 1)–ReLU–maxpool2 twice (28→14→7), a hidden dense layer, class logits.
#[derive(Debug, Clone)]
pub struct Classifier {
    conv: [Conv3x3; 2],
    fc: Linear,
    out: Linear,
}

impl Classifier {
    /// Builds the classifier under `vb` (use `vb.pp("classifier")`).
    pub fn new(cfg: &ClassifierConfig, vb: VarBuilder) -> Result<Self> {
        let [c1, c2] = cfg.channels;
        Ok(Self {
            conv: [
                Conv3x3::new(1, c1, vb.pp("conv0"))?,
                Conv3x3::new(c1, c2, vb.pp("conv1"))?,
            ],
            fc: candle_nn::linear(c2 * 7 * 7, cfg.hidden, vb.pp("fc"))?,
            out: candle_nn::linear(cfg.hidden, cfg.num_classes, vb.pp("out"))?,
        })
    }

    /// Class logits: f32 `[B, 784]` (pixels in `[0, 1]`) → f32 `[B, num_classes]`.
    pub fn forward(&self, x: &Tensor) -> Result<Tensor> {
        self.forward_t(x, None)
    }

    /// Class logits with optional dropout (Srivastava et al. 2014) for training.
    ///
    /// `dropout` holds two inverted-dropout masks, each entry 0 or `1/(1−p)`: f32
    /// `[B, channels[1]·7·7]` for the pooled conv features and f32 `[B, hidden]` for the hidden
    /// layer. The caller draws them from its own seeded generator, so training stays
    /// reproducible (candle's CPU generator cannot be seeded). `None` = inference.
    pub fn forward_t(&self, x: &Tensor, dropout: Option<(&Tensor, &Tensor)>) -> Result<Tensor> {
        let b = x.dim(0)?;
        let side = crate::IMAGE_SIDE;
        // channels first ([C, B, H, W], one image channel): each convolution is one matrix
        // product for the batch; pooling treats every (channel, image) plane alike. The
        // custom ops run on CPU f32 tensors (the only device and dtype here) and say so
        // otherwise.
        let mut h = x.reshape((1, b, side, side))?;
        for c in &self.conv {
            h = crate::pool::relu_max_pool2(&c.forward_cnhw(&h)?)?;
        }
        let mut h = h.transpose(0, 1)?.flatten_from(1)?;
        if let Some((m, _)) = dropout {
            h = (h * m)?;
        }
        let mut h = dense(&h, &self.fc, Act::Relu)?;
        if let Some((_, m)) = dropout {
            h = (h * m)?;
        }
        dense(&h, &self.out, Act::Identity)
    }

    /// Sizes of the two dropout masks for a batch of `b`: `(conv features, hidden)`.
    pub fn dropout_sizes(cfg: &ClassifierConfig, b: usize) -> ((usize, usize), (usize, usize)) {
        ((b, cfg.channels[1] * 7 * 7), (b, cfg.hidden))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use candle_core::{DType, Device};
    use candle_nn::VarMap;

    #[test]
    fn conv3x3_equals_candles_conv2d() {
        let d = Device::Cpu;
        let vm = VarMap::new();
        let vb = VarBuilder::from_varmap(&vm, DType::F32, &d);
        for (cin, cout, hw) in [(1, 4, 7), (3, 5, 6)] {
            let c = Conv3x3::new(cin, cout, vb.pp(format!("c{cin}"))).unwrap();
            let x = Tensor::randn(0f32, 1.0, (2, cin, hw, hw), &d).unwrap();
            let ours = c.forward(&x).unwrap();
            let theirs = x
                .conv2d(&c.weight, 1, 1, 1, 1)
                .unwrap()
                .broadcast_add(&c.bias.reshape((1, cout, 1, 1)).unwrap())
                .unwrap();
            assert_eq!(ours.dims(), &[2, cout, hw, hw]);
            let diff = (ours - theirs)
                .unwrap()
                .abs()
                .unwrap()
                .max_all()
                .unwrap()
                .to_scalar::<f32>()
                .unwrap();
            assert!(diff < 1e-5, "|Δ| = {diff}");
        }
    }

    /// The im2col path's gradients (input, weight, bias) equal candle's `conv2d` backward.
    #[test]
    fn conv3x3_gradients_equal_candles_conv2d() {
        use candle_core::Var;
        let d = Device::Cpu;
        for (cin, cout, hw, b) in [(1, 4, 7, 2), (3, 5, 6, 3), (32, 8, 14, 2)] {
            let vm = VarMap::new();
            let vb = VarBuilder::from_varmap(&vm, DType::F32, &d);
            let c = Conv3x3::new(cin, cout, vb).unwrap();
            let x0 = Tensor::randn(0f32, 1.0, (b, cin, hw, hw), &d).unwrap();
            let r = Tensor::randn(0f32, 1.0, (b, cout, hw, hw), &d).unwrap();
            let mut got = Vec::new();
            for ours in [true, false] {
                let x = Var::from_tensor(&x0).unwrap();
                let y = if ours {
                    c.forward(x.as_tensor()).unwrap()
                } else {
                    x.as_tensor()
                        .conv2d(&c.weight, 1, 1, 1, 1)
                        .unwrap()
                        .broadcast_add(&c.bias.reshape((1, cout, 1, 1)).unwrap())
                        .unwrap()
                };
                let g = (y * &r).unwrap().sum_all().unwrap().backward().unwrap();
                let v = |t: &Tensor| {
                    g.get(t)
                        .unwrap()
                        .flatten_all()
                        .unwrap()
                        .to_vec1::<f32>()
                        .unwrap()
                };
                got.push([v(x.as_tensor()), v(&c.weight), v(&c.bias)]);
            }
            for (k, name) in ["input", "weight", "bias"].iter().enumerate() {
                let (a, e) = (&got[0][k], &got[1][k]);
                assert_eq!(a.len(), e.len());
                let diff = a
                    .iter()
                    .zip(e)
                    .map(|(a, e)| (a - e).abs() / e.abs().max(1.0))
                    .fold(0f32, f32::max);
                assert!(diff < 1e-4, "{name} gradient ({cin}→{cout}, {hw}²): {diff}");
            }
            // and the forward equals the sliced reference
            let a = c
                .forward(&x0)
                .unwrap()
                .flatten_all()
                .unwrap()
                .to_vec1::<f32>()
                .unwrap();
            let e = c
                .forward_sliced(&x0)
                .unwrap()
                .flatten_all()
                .unwrap()
                .to_vec1::<f32>()
                .unwrap();
            assert!(a.iter().zip(&e).all(|(a, e)| (a - e).abs() < 1e-4));
        }
    }

    #[test]
    fn output_shapes() {
        let d = Device::Cpu;
        let vm = VarMap::new();
        let vb = VarBuilder::from_varmap(&vm, DType::F32, &d);
        let x = Tensor::rand(0f32, 1.0, (5, 784), &d).unwrap();
        for kind in [
            AutoencoderKind::Plain,
            AutoencoderKind::Bounded,
            AutoencoderKind::Vae,
        ] {
            let cfg = AutoencoderConfig {
                kind,
                ..AutoencoderConfig::mnist_vae()
            };
            let ae = Autoencoder::new(&cfg, vb.pp(format!("{kind:?}"))).unwrap();
            let (mu, lv) = ae.encoder.forward(&x).unwrap();
            assert_eq!(mu.dims(), &[5, 2]);
            assert_eq!(lv.is_some(), kind == AutoencoderKind::Vae);
            if kind == AutoencoderKind::Bounded {
                assert!(
                    mu.abs()
                        .unwrap()
                        .max_all()
                        .unwrap()
                        .to_scalar::<f32>()
                        .unwrap()
                        < 1.0
                );
            }
            let img = ae.decoder.forward(&mu).unwrap();
            assert_eq!(img.dims(), &[5, 784]);
            let v = img.flatten_all().unwrap().to_vec1::<f32>().unwrap();
            assert!(v.iter().all(|p| (0.0..=1.0).contains(p)));
            let eps = Tensor::randn(0f32, 1.0, (5, 2), &d).unwrap();
            let l = ae.loss(&x, Some(&eps)).unwrap();
            assert_eq!(l.reconstruction.dims(), &[5]);
            assert_eq!(
                l.kl.as_ref().map(|k| k.dims().to_vec()),
                (kind == AutoencoderKind::Vae).then(|| vec![5])
            );
            assert_eq!(l.objective(1.0).unwrap().dims(), &[] as &[usize]);
            assert_eq!(l.code_penalty.is_some(), kind == AutoencoderKind::Bounded);
            if let Some(p) = &l.code_penalty {
                // ½‖a‖² of the pre-tanh code, added to the objective
                let (_, _, pre) = ae.encoder.forward_with_pre_activation(&x).unwrap();
                let a = pre.to_vec2::<f32>().unwrap();
                let p = p.to_vec1::<f32>().unwrap();
                for (row, pen) in a.iter().zip(&p) {
                    let want = 0.5 * (row[0] * row[0] + row[1] * row[1]);
                    assert!((pen - want).abs() < 1e-6, "{pen} vs {want}");
                }
                let mean_rec = l
                    .reconstruction
                    .mean_all()
                    .unwrap()
                    .to_scalar::<f32>()
                    .unwrap();
                let mean_pen = p.iter().sum::<f32>() / 5.0;
                let obj = l.objective(1.0).unwrap().to_scalar::<f32>().unwrap();
                assert!((obj - (mean_rec + mean_pen)).abs() < 1e-3, "{obj}");
            }
        }
        let c = Classifier::new(&ClassifierConfig::default(), vb.pp("classifier")).unwrap();
        assert_eq!(c.forward(&x).unwrap().dims(), &[5, 10]);
        // parameter names are part of the bundle format
        let names: std::collections::BTreeSet<String> =
            vm.data().lock().unwrap().keys().cloned().collect();
        for n in [
            "Vae.encoder.hidden0.weight",
            "Vae.encoder.log_var.bias",
            "Vae.decoder.out.weight",
            "classifier.conv1.weight",
            "classifier.out.bias",
        ] {
            assert!(names.contains(n), "{n} missing from {names:?}");
        }
    }

    #[test]
    fn kind_names_round_trip() {
        for k in AutoencoderKind::ALL {
            assert_eq!(k.to_string().parse::<AutoencoderKind>().unwrap(), k);
            let serde = serde_json::to_string(&k).unwrap();
            assert_eq!(serde, format!("\"{k}\""), "Display matches the stored form");
        }
        assert_eq!(
            "VAE".parse::<AutoencoderKind>().unwrap(),
            AutoencoderKind::Vae
        );
        let e = "tanh".parse::<AutoencoderKind>().unwrap_err().to_string();
        assert_eq!(e, "unknown design `tanh`: expected plain, bounded, vae");
    }
}
