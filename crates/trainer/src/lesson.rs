//! The page lesson's files (`<dataset>/<name>.lesson.safetensors`, [`latent_core::bundle::lesson`]),
//! written from the committed bundles: no training, no dataset download.

use anyhow::{Context, Result};
use candle_core::Device;
use latent_core::bundle::lesson::{quantiles_of, EpochFigures, LessonFile, LessonMeta};
use latent_core::bundle::{self, candle::EncoderBundle, files, write, Manifest, TestImages};
use std::path::Path;

/// Writes the lesson file of every model of `<weights>/manifest.json` (only `models` when not
/// empty): μ of every image of its dataset's test-image file (`test-images.safetensors`), μ of
/// the first `sample` images of its dataset's training subset, the view file's test figures and
/// its training evolution's per-snapshot figures (as `docs/measurements.md` computes them)
/// (`train-subset.safetensors`, a seeded random choice of training images) by the model's
/// encoder (candle), their labels, the map's stored bounds and rule, and the training-set
/// quantiles behind the bounds ([`quantiles_of`]: the trainer computed the bounds from the
/// whole training set's codes with that rule). `command` is recorded in each file. Returns the
/// files written with their sizes in bytes. Each file is written atomically.
///
/// # Errors
/// Names the manifest, bundle or subset that cannot be read, a model id not in the manifest,
/// or a view file without bounds or bounds rule.
pub fn write_lessons(
    weights: &Path,
    models: &[String],
    sample: usize,
    command: &str,
) -> Result<Vec<(String, u64)>> {
    let mpath = weights.join(files::MANIFEST_FILE);
    let manifest = Manifest::parse(&bundle::read_file(&mpath)?, &mpath.display().to_string())?;
    for m in models {
        anyhow::ensure!(
            manifest.bundles.iter().any(|b| &b.id == m),
            "{m} is not a model of {}",
            mpath.display()
        );
    }
    let dev = Device::Cpu;
    let mut written = Vec::new();
    for e in &manifest.bundles {
        if !models.is_empty() && !models.contains(&e.id) {
            continue;
        }
        let view = weights.join(&e.view);
        let stem = e
            .view
            .strip_suffix(".safetensors")
            .with_context(|| format!("{}: a view file ends in .safetensors", e.view))?;
        let encoder = weights.join(files::encoder_file(stem));
        let vn = view.display().to_string();
        let meta = bundle::read_meta(&bundle::read_file(&view)?, &vn)?;
        let grid = meta.grid.with_context(|| format!("{vn} has no grid"))?;
        let rule = meta
            .bounds_rule
            .with_context(|| format!("{vn} has no bounds rule"))?;
        let subset = weights.join(files::in_dataset(&e.dataset, files::TRAIN_SUBSET_FILE));
        let sn = subset.display().to_string();
        let t = TestImages::from_bytes(&bundle::read_file(&subset)?, &sn)?;
        let n = sample.min(t.len());
        let px: Vec<f32> = (0..n)
            .flat_map(|i| t.image(i).unwrap_or_default())
            .collect();
        let enc = EncoderBundle::read(&encoder, &dev)?;
        let codes: Vec<[f32; 2]> = enc.encode_posterior(&px)?.iter().map(|p| p.mu).collect();
        let tests = weights.join(files::in_dataset(&e.dataset, files::TEST_IMAGES_FILE));
        let tn = tests.display().to_string();
        let ti = TestImages::from_bytes(&bundle::read_file(&tests)?, &tn)?;
        let tpx: Vec<f32> = (0..ti.len())
            .flat_map(|i| ti.image(i).unwrap_or_default())
            .collect();
        let test_codes: Vec<[f32; 2]> = enc.encode_posterior(&tpx)?.iter().map(|p| p.mu).collect();
        let lesson = LessonFile::new(
            LessonMeta {
                format_version: bundle::FORMAT_VERSION,
                model: e.id.clone(),
                dataset: e.dataset.clone(),
                bounds: grid.bounds,
                rule,
                quantiles: quantiles_of(&grid.bounds, rule),
                metrics: meta
                    .metrics
                    .iter()
                    .filter(|(k, _)| latent_core::metrics::is_test_key(k))
                    .map(|(k, v)| (k.clone(), *v))
                    .collect(),
                evolution: match &e.evolution {
                    Some(ev) => {
                        let p = weights.join(&ev.index);
                        let index = latent_core::bundle::evolution::Evolution::from_bytes(
                            &bundle::read_file(&p)?,
                            &ev.index,
                        )?;
                        EpochFigures::of(&index)
                    }
                    None => Vec::new(),
                },
                source: format!(
                    "the first {n} images of {} ({}), encoded by {}; written by `{command}`",
                    files::in_dataset(&e.dataset, files::TRAIN_SUBSET_FILE),
                    t.meta.source,
                    files::encoder_file(stem)
                ),
            },
            codes,
            t.labels[..n].to_vec(),
            test_codes,
        )?;
        let out = weights.join(files::lesson_file(stem));
        let bytes = lesson.to_bytes()?;
        write::atomic_write(&out, &bytes)?;
        written.push((out.display().to_string(), bytes.len() as u64));
    }
    Ok(written)
}
