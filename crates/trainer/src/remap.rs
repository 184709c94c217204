//! Re-painting an existing bundle's class map with a (re)trained classifier.

use crate::bundles::{bundle_path, by_prefix, publish_bundle, stage_autoencoder_bundle, Listing};
use crate::classifier::load_classifier;
use crate::data::{load_sets, Dataset};
use crate::map::{build_class_map, map_metrics};
use crate::train;
use anyhow::{Context, Result};
use candle_core::DType;
use candle_nn::VarBuilder;
use latent_core::bundle::{self, files, Manifest};
use latent_core::latent_map::{Bounds, Meshgrid};
use latent_core::metrics;
use latent_core::model::Autoencoder;
use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

/// Re-paints the class map of an existing bundle with the classifier at `classifier`, exactly
/// as [`crate::run_autoencoder`] paints it after training (same bounds rule, same grid size,
/// the bundle's f16 weights), and rewrites the bundle and its manifest entry. Use it after
/// retraining only the classifier; the bundle keeps its training command, since running that
/// command after the new classifier reproduces the same weights and map.
///
/// # Errors
/// Names the bundle, classifier, manifest or data file that cannot be read or is invalid.
pub fn remap(
    out: &Path,
    dataset: &Dataset,
    name: &str,
    classifier: &Path,
) -> Result<BTreeMap<String, f64>> {
    let dev = train::device();
    let view_path = bundle_path(out, dataset, &files::view_file(name));
    let enc_path = bundle_path(out, dataset, &files::encoder_file(name));
    let vn = view_path.display().to_string();
    let en = enc_path.display().to_string();
    let view_bytes = bundle::read_file(&view_path)?;
    let enc_bytes = bundle::read_file(&enc_path)?;
    let mut meta = bundle::read_meta(&view_bytes, &vn)?;
    let mut tensors = bundle::candle::read_tensors(&view_bytes, &vn)?;
    tensors.extend(bundle::candle::read_tensors(&enc_bytes, &en)?);
    let cfg = meta
        .autoencoder
        .clone()
        .context("not an autoencoder bundle")?;
    let ae = Autoencoder::new(
        &cfg,
        VarBuilder::from_tensors(tensors.clone(), DType::F32, &dev),
    )?;
    let (clf, clf_meta) = load_classifier(classifier)?;
    let (train_t, test_t) = load_sets(dataset, None, &dev)?;
    let train_mu = train::encode_means(&ae, &train_t.x)?;
    let test_mu = train::encode_means(&ae, &test_t.x)?;
    let rule = meta.bounds_rule.context("bundle has no bounds rule")?;
    let old = meta.grid.context("bundle has no grid")?;
    let bounds = Bounds::from_points(&train_mu, rule)?;
    let grid = Meshgrid::new(bounds, old.width, old.height)?;
    let t1 = Instant::now();
    let map = build_class_map(&ae, &clf, grid)?;
    metrics::MAP_SECONDS.insert(&mut meta.metrics, t1.elapsed().as_secs_f64());
    map_metrics(
        &mut meta.metrics,
        &map,
        &train_mu,
        &test_mu,
        &test_t.labels,
        &clf_meta,
    );
    meta.classifier = clf_meta.classifier.clone();
    meta.grid = Some(grid);
    let manifest_path = out.join(files::MANIFEST_FILE);
    let manifest = Manifest::parse(
        &bundle::read_file(&manifest_path)?,
        &manifest_path.display().to_string(),
    )?;
    let entry = manifest.entry(&meta.model);
    let listing = Listing {
        label: entry.map_or(meta.model.clone(), |e| e.label.clone()),
        summary: entry.map_or(String::new(), |e| e.summary.clone()),
        evolution: entry.and_then(|e| e.evolution.clone()),
    };
    let decoder = by_prefix(
        tensors.iter().map(|(k, v)| (k.clone(), v.clone())),
        "decoder.",
    );
    let encoder = by_prefix(tensors.into_iter(), "encoder.");
    // staged, then published by atomic renames (the manifest entry last)
    let stage = crate::stage::Staging::open(out, &format!("{}.remap", meta.model), true)?;
    let staged = stage_autoencoder_bundle(
        &stage,
        dataset,
        name,
        &meta,
        (decoder, encoder),
        &map,
        listing,
    )?;
    publish_bundle(out, dataset, name, &staged)?;
    stage.remove()?;
    Ok(meta.metrics)
}
