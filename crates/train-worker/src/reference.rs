//! The step reference (`tests/fixtures/step-reference.json`, written natively by
//! `latent-trainer step-reference`): the same steps retaken here, with latent-core's code
//! compiled for whichever target runs this (native in `cargo test`, wasm32 in the browser
//! test), and compared.

use latent_core::bundle::TestImages;
use latent_core::model::AutoencoderConfig;
use latent_core::train::{pixels_to_tensor, AutoencoderTrainer, StepConfig};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
struct Reference {
    config: Config,
    steps: Vec<Step>,
}

/// One step of the reference: its batch objective and the weights after it.
#[derive(Deserialize)]
struct Step {
    loss: f32,
    tensors: BTreeMap<String, Sampled>,
}

#[derive(Deserialize)]
struct Config {
    model: AutoencoderConfig,
    batch_size: usize,
    lr: f64,
    seed: u64,
    images: usize,
}

#[derive(Deserialize)]
struct Sampled {
    mean: f64,
    indices: Vec<usize>,
    values: Vec<f32>,
}

/// How far the steps retaken here are from the reference.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Agreement {
    /// Steps retaken.
    pub steps: usize,
    /// Largest |Δ| of a stored weight after each step (32 per tensor and step).
    pub weight: f32,
    /// Largest |Δ| of a stored weight after the first step alone.
    pub first_step: f32,
    /// Largest |Δ| of a tensor's mean weight.
    pub mean: f64,
    /// Largest |Δ| of a step's batch objective, nats/image.
    pub loss: f32,
    /// Weights compared (over all steps).
    pub compared: usize,
}

/// Retakes the reference's steps on the first images of `test_images` (the test-image file
/// it names) and measures the differences.
///
/// # Errors
/// A sentence when the reference or the file cannot be read, or a tensor is missing.
pub fn retake(reference: &str, test_images: &[u8]) -> Result<Agreement, String> {
    let r: Reference = serde_json::from_str(reference).map_err(|e| e.to_string())?;
    let t = TestImages::from_bytes(test_images, "test-images.safetensors")
        .map_err(|e| e.to_string())?;
    let px = &t.pixels[..r.config.images * latent_core::IMAGE_PIXELS];
    let data = pixels_to_tensor(px, &candle_core::Device::Cpu).map_err(|e| e.to_string())?;
    let mut tr = AutoencoderTrainer::new(
        StepConfig {
            model: r.config.model,
            batch_size: r.config.batch_size,
            lr: r.config.lr,
            seed: r.config.seed,
        },
        data,
    )
    .map_err(|e| e.to_string())?;
    let mut a = Agreement {
        steps: r.steps.len(),
        weight: 0.0,
        first_step: 0.0,
        mean: 0.0,
        loss: 0.0,
        compared: 0,
    };
    for (k, want) in r.steps.iter().enumerate() {
        let got = tr.step().map_err(|e| e.to_string())?;
        a.loss = a.loss.max((got - want.loss).abs());
        let weights: BTreeMap<String, Vec<f32>> = tr
            .named_weights()
            .into_iter()
            .map(|(k, w)| Ok((k, w.flatten_all()?.to_vec1::<f32>()?)))
            .collect::<candle_core::Result<_>>()
            .map_err(|e| e.to_string())?;
        if weights.len() != want.tensors.len() {
            return Err(format!(
                "the model has {} tensors, the reference {}",
                weights.len(),
                want.tensors.len()
            ));
        }
        for (name, s) in &want.tensors {
            let w = weights
                .get(name)
                .ok_or_else(|| format!("tensor `{name}` of the reference is not in the model"))?;
            let mean = w.iter().map(|&x| x as f64).sum::<f64>() / w.len() as f64;
            a.mean = a.mean.max((mean - s.mean).abs());
            for (&i, &v) in s.indices.iter().zip(&s.values) {
                let d = (w[i] - v).abs();
                a.weight = a.weight.max(d);
                if k == 0 {
                    a.first_step = a.first_step.max(d);
                }
                a.compared += 1;
            }
        }
    }
    Ok(a)
}
