//! Times the trainer's work for `scripts/bench.sh` (not part of the tests): one VAE epoch, one
//! classifier epoch, or the class map of the committed MNIST VAE. Prints one JSON object on
//! stdout: `{"what", "seconds", "per_epoch_s", "batches", "of_batches", "points",
//! "peak_rss_kb"}`. Threads: `RAYON_NUM_THREADS` (candle's matrix products and latent-core's
//! fused ops; candle's own pool for element-wise ops is off, as in the trainer:
//! [`train::one_pool`]).
//!
//! The same code paths as `latent-trainer`: [`train::train_autoencoder_session`] and
//! [`train::train_classifier_session`] (seeded init, Adam without weight decay, lr 1e-3 with the
//! cosine schedule, batch 128, seed 1), stopped after `--batches` optimiser steps (0 = the whole
//! epoch; `per_epoch_s` extrapolates to the epoch's 469 batches), and
//! [`latent_trainer::class_map_of_decoder`] on the committed decoder and classifier.
//!
//! ```sh
//! cargo run --release -p latent-trainer --example bench -- vae --batches 60
//! ```

use anyhow::Result;
use candle_core::{DType, Device};
use candle_nn::{VarBuilder, VarMap};
use clap::{Parser, ValueEnum};
use latent_core::bundle::candle::{ClassifierBundle, ViewBundle};
use latent_core::model::{Autoencoder, AutoencoderConfig, Classifier, ClassifierConfig};
use latent_trainer::data::{load_sets, Dataset, DatasetId};
use latent_trainer::train::{self, Interrupted, Session, TrainConfig};
use std::path::PathBuf;
use std::time::Instant;

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Clone, Copy, ValueEnum)]
enum What {
    /// One epoch of the MNIST VAE (784-512-256-2 / 2-512-128-784).
    Vae,
    /// One epoch of the CNN classifier (with its dropout).
    Classifier,
    /// The class map: decode and classify every point of a `--grid`² meshgrid.
    Map,
}

#[derive(Parser)]
struct Args {
    /// What to time.
    what: What,
    /// Optimiser steps to time (0 = the whole epoch).
    #[arg(long, default_value_t = 0)]
    batches: usize,
    /// Map cells per side (`map`).
    #[arg(long, default_value_t = 256)]
    grid: usize,
    /// MNIST's IDX files.
    #[arg(long, default_value = "data/mnist")]
    data: PathBuf,
    /// The weights folder (`map`: mnist/vae.safetensors and mnist/classifier.safetensors).
    #[arg(long, default_value = "weights")]
    weights: PathBuf,
}

/// Peak resident set size of this process (Linux `VmHWM`), kB; 0 where unknown.
fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Runs `f` (a training session stopped after `batches` steps) and returns its seconds.
fn timed(f: impl FnOnce() -> Result<Vec<f64>>) -> Result<f64> {
    let t = Instant::now();
    match f() {
        Ok(_) => {}
        Err(e) if e.downcast_ref::<Interrupted>().is_some() => {}
        Err(e) => return Err(e),
    }
    Ok(t.elapsed().as_secs_f64())
}

fn main() -> Result<()> {
    // as the trainer's `main`
    train::one_pool();
    let a = Args::parse();
    let dev = Device::Cpu;
    let cfg = TrainConfig {
        epochs: 1,
        batch_size: 128,
        lr: 1e-3,
        seed: 1,
        progress: false,
    };
    let stop_after = a.batches;
    let stop = move |steps: usize| stop_after > 0 && steps >= stop_after;
    let session = || Session {
        resume: None,
        stop: &stop,
        checkpoint: None,
    };
    let (name, seconds, batches, of_batches, points) = match a.what {
        What::Vae | What::Classifier => {
            let ds = Dataset::known(DatasetId::Mnist, Some(&a.data));
            let (train_set, _) = load_sets(&ds, None, &dev)?;
            let of = train_set.len().div_ceil(cfg.batch_size);
            let n = if a.batches == 0 {
                of
            } else {
                a.batches.min(of)
            };
            let vm = VarMap::new();
            let vb = VarBuilder::from_varmap(&vm, DType::F32, &dev);
            let s = if matches!(a.what, What::Vae) {
                let ae = Autoencoder::new(&AutoencoderConfig::mnist_vae(), vb)?;
                train::seeded_init(&vm, cfg.seed)?;
                timed(|| {
                    train::train_autoencoder_session(&ae, &vm, &train_set, &cfg, None, session())
                })?
            } else {
                let cc = ClassifierConfig::default();
                let clf = Classifier::new(&cc, vb.pp("classifier"))?;
                train::seeded_init(&vm, cfg.seed)?;
                timed(|| {
                    train::train_classifier_session(&clf, &cc, &vm, &train_set, &cfg, session())
                })?
            };
            let name = if matches!(a.what, What::Vae) {
                "vae"
            } else {
                "classifier"
            };
            (name, s, n, of, 0)
        }
        What::Map => {
            let view = ViewBundle::read(&a.weights.join("mnist/vae.safetensors"), &dev)?;
            let clf =
                ClassifierBundle::read(&a.weights.join("mnist/classifier.safetensors"), &dev)?;
            let grid =
                latent_core::latent_map::Meshgrid::new(view.map.grid.bounds, a.grid, a.grid)?;
            let t = Instant::now();
            let map = latent_trainer::class_map_of_decoder(&view.decoder, &clf.classifier, grid)?;
            let s = t.elapsed().as_secs_f64();
            // same weights and grid as the committed map: say how many cells agree
            if a.grid == view.map.grid.width {
                let same = map
                    .class
                    .iter()
                    .zip(&view.map.class)
                    .filter(|(x, y)| x == y)
                    .count();
                eprintln!(
                    "class map: {same} of {} cells as committed",
                    map.class.len()
                );
            }
            ("map", s, 0, 0, a.grid * a.grid)
        }
    };
    let per_epoch = if batches > 0 {
        seconds * of_batches as f64 / batches as f64
    } else {
        seconds
    };
    println!(
        "{}",
        serde_json::json!({
            "what": name,
            "seconds": seconds,
            "per_epoch_s": per_epoch,
            "batches": batches,
            "of_batches": of_batches,
            "points": points,
            "peak_rss_kb": peak_rss_kb(),
        })
    );
    Ok(())
}
