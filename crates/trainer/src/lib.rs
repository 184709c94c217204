//! The native trainer as a library: the binary `latent-trainer` is a thin CLI over
//! [`run_classifier`], [`run_autoencoder`] and [`write_reference`]; the tests call the same
//! functions on the committed fixture.

pub mod data;
pub mod docs;
pub mod folder;
pub mod study;
pub mod train;

pub use docs::render;

use anyhow::{Context, Result};
use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use data::{Dataset, Split, TensorSet};
use latent_core::bundle::{
    self, write, BundleMeta, EvolutionEntry, Manifest, ManifestEntry, FORMAT_VERSION,
};
use latent_core::evolution::{self, Evolution, EvolutionMeta, Frame};
use latent_core::latent_map::{Bounds, BoundsRule, ClassMap, Meshgrid};
use latent_core::model::{
    Autoencoder, AutoencoderConfig, AutoencoderKind, Classifier, ClassifierConfig,
};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;
use train::TrainConfig;

/// Decodes every grid point and classifies the decoded image: the class map.
///
/// * `grid`: the meshgrid (`H × W` points).
/// * returns the map with class and `round(p · 255)` confidence per cell.
pub fn build_class_map(ae: &Autoencoder, clf: &Classifier, grid: Meshgrid) -> Result<ClassMap> {
    let pts = grid.points();
    let n = grid.width * grid.height;
    let z = Tensor::from_vec(pts, (n, 2), &Device::Cpu)?;
    let mut class = Vec::with_capacity(n);
    let mut conf = Vec::with_capacity(n);
    for start in (0..n).step_by(4096) {
        let len = 4096.min(n - start);
        let imgs = ae.decoder.forward(&z.narrow(0, start, len)?)?;
        for (c, p) in train::classify(clf, &imgs)? {
            class.push(c);
            conf.push((p * 255.0).round() as u8);
        }
    }
    Ok(ClassMap::new(grid, class, conf)?)
}

/// Path of a bundle file under the weights folder: `<out>/<dataset>/<file>`.
pub fn bundle_path(out: &Path, dataset: &Dataset, file: &str) -> PathBuf {
    out.join(dataset.id()).join(file)
}

/// The tensors whose names start with `prefix`, sorted by name.
fn by_prefix(
    tensors: impl Iterator<Item = (String, Tensor)>,
    prefix: &str,
) -> Vec<(String, Tensor)> {
    let mut v: Vec<(String, Tensor)> = tensors.filter(|(k, _)| k.starts_with(prefix)).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn named_tensors(vm: &VarMap, prefix: &str) -> Vec<(String, Tensor)> {
    let data = vm.data().lock().unwrap();
    by_prefix(
        data.iter().map(|(k, v)| (k.clone(), v.as_tensor().clone())),
        prefix,
    )
}

/// Adds the map's test figures to `metrics`: map accuracy, shares of encoded points inside the
/// bounds, and the painting classifier's test accuracy.
fn map_metrics(
    metrics: &mut BTreeMap<String, f64>,
    map: &ClassMap,
    train_mu: &[[f32; 2]],
    test_mu: &[[f32; 2]],
    test_labels: &[u8],
    clf_meta: &BundleMeta,
) {
    let b = map.grid.bounds;
    metrics.insert(
        "test_map_accuracy".into(),
        map.accuracy(test_mu, test_labels) as f64,
    );
    metrics.insert(
        "test_share_inside_bounds".into(),
        b.share_inside(test_mu) as f64,
    );
    metrics.insert(
        "train_share_inside_bounds".into(),
        b.share_inside(train_mu) as f64,
    );
    if let Some(a) = clf_meta.metrics.get("classifier_test_accuracy") {
        metrics.insert("classifier_test_accuracy".into(), *a);
    }
    latent_metrics(metrics, &b, test_mu, test_labels);
}

/// Adds how the design lays out the test set's codes: 10-NN label agreement, the share of a
/// 32 × 32 partition of the map bounds that holds a test point, and the spread per axis (full
/// range and 1 %–99 % range, latent units). See [`latent_core::stats`].
pub fn latent_metrics(
    metrics: &mut BTreeMap<String, f64>,
    bounds: &Bounds,
    test_mu: &[[f32; 2]],
    test_labels: &[u8],
) {
    use latent_core::stats;
    metrics.insert(
        "test_knn10_agreement".into(),
        stats::knn_agreement(test_mu, test_labels, 10),
    );
    metrics.insert(
        "test_occupied_share_32".into(),
        stats::occupied_share(bounds, test_mu, 32),
    );
    for (a, (full, central)) in stats::spread(test_mu).into_iter().enumerate() {
        metrics.insert(format!("test_range_z{}", a + 1), full as f64);
        metrics.insert(format!("test_range_1_99_z{}", a + 1), central as f64);
    }
}

/// Writes an autoencoder bundle, the view file (`decoder` + map tensors) and the encoder file
/// (`encoder`), atomically, and inserts or replaces its manifest entry. Returns the view file's
/// path and size in bytes.
#[allow(clippy::too_many_arguments)]
fn write_autoencoder_bundle(
    out: &Path,
    dataset: &Dataset,
    name: &str,
    label: &str,
    meta: &BundleMeta,
    decoder: Vec<(String, Tensor)>,
    encoder: Vec<(String, Tensor)>,
    map: &ClassMap,
    summary: &str,
    evolution: Option<EvolutionEntry>,
) -> Result<(PathBuf, u64)> {
    let view_file = format!("{name}.safetensors");
    let enc_file = format!("{name}.encoder.safetensors");
    let view_path = bundle_path(out, dataset, &view_file);
    let view_bytes = write_view_file(&view_path, meta, decoder, map)?;
    write::atomic_write(
        &bundle_path(out, dataset, &enc_file),
        &write::to_safetensors(&encoder, meta)?,
    )?;
    update_manifest(
        out,
        ManifestEntry {
            id: meta.model.clone(),
            dataset: meta.dataset.clone(),
            label: label.to_string(),
            view: format!("{}/{view_file}", dataset.id()),
            view_bytes: view_bytes.len() as u64,
            encoder: Some(format!("{}/{enc_file}", dataset.id())),
            dataset_label: dataset.label().into(),
            summary: summary.into(),
            evolution,
        },
    )?;
    Ok((view_path, view_bytes.len() as u64))
}

/// Writes a view file (f16 decoder tensors `decoder.*` + map tensors + `meta`) atomically and
/// returns its bytes.
fn write_view_file(
    path: &Path,
    meta: &BundleMeta,
    decoder: Vec<(String, Tensor)>,
    map: &ClassMap,
) -> Result<Vec<u8>> {
    let mut view = decoder;
    view.extend(write::map_tensors(map)?);
    let bytes = write::to_safetensors(&view, meta)?;
    write::atomic_write(path, &bytes)?;
    Ok(bytes)
}

/// The sentence shown beside a design's metrics in the app: what the design does to the
/// latent space.
pub fn design_summary(kind: AutoencoderKind, beta: f32) -> String {
    match kind {
        AutoencoderKind::Plain => "Nothing constrains z: the encoder may put codes anywhere, so \
            classes stretch along long arms from the origin with empty gaps between them, and \
            points decoded from the gaps look like no training image."
            .into(),
        AutoencoderKind::Bounded => "tanh keeps z inside the square (−1, 1)², and a \
            standard-normal prior on the code before tanh stops it saturating: the classes \
            tile the whole square, edge to edge, with no outliers to chase."
            .into(),
        AutoencoderKind::Vae if beta <= 1.0 => "The KL term pulls every posterior q(z|x) \
            towards the standard normal prior: codes fill a round region around the origin \
            without gaps, and every point in it decodes to a plausible image."
            .into(),
        AutoencoderKind::Vae => format!(
            "A KL term weighted β = {beta} pulls codes harder towards the prior: the map is \
             smoother and rounder, but similar classes overlap more and decodes are blurrier."
        ),
    }
}

/// Loads the training set (its first `limit` images, if given) and the whole test set.
pub(crate) fn load_sets(
    dataset: &Dataset,
    limit: Option<usize>,
    dev: &Device,
) -> Result<(TensorSet, TensorSet)> {
    let mut train_set = dataset.load(Split::Train)?;
    if let Some(n) = limit {
        train_set = train_set.take(n);
    }
    Ok((
        TensorSet::new(&train_set, dev)?,
        TensorSet::new(&dataset.load(Split::Test)?, dev)?,
    ))
}

/// Options of a classifier run.
#[derive(Debug, Clone)]
pub struct ClassifierRun {
    /// Dataset (and where its files are).
    pub dataset: Dataset,
    /// Weights folder (bundles go to `<out>/<dataset>/`).
    pub out: PathBuf,
    /// Architecture.
    pub config: ClassifierConfig,
    /// Training settings.
    pub train: TrainConfig,
    /// Use only the first `n` training images (tests); `None` = all.
    pub limit: Option<usize>,
    /// The command line recorded in the bundle.
    pub command: String,
}

/// Trains the classifier, reports its test accuracy and writes
/// `<out>/<dataset>/classifier.safetensors` (f16 weights). Returns the test accuracy.
pub fn run_classifier(run: &ClassifierRun) -> Result<f64> {
    let dev = train::device();
    let (train_t, test_t) = load_sets(&run.dataset, run.limit, &dev)?;
    let vm = VarMap::new();
    let clf = Classifier::new(
        &run.config,
        VarBuilder::from_varmap(&vm, DType::F32, &dev).pp("classifier"),
    )?;
    train::seeded_init(&vm, run.train.seed)?;
    let t0 = Instant::now();
    let losses = train::train_classifier(&clf, &run.config, &vm, &train_t, &run.train)?;
    let secs = t0.elapsed().as_secs_f64();
    train::round_to_f16(&vm)?;
    let acc = train::accuracy(&clf, &test_t)?;
    eprintln!(
        "classifier: test accuracy {:.2} % on {} test images ({secs:.0} s)",
        acc * 100.0,
        test_t.len()
    );
    let mut meta = BundleMeta {
        format_version: FORMAT_VERSION,
        model: format!("{}-classifier", run.dataset.id()),
        dataset: run.dataset.id().into(),
        class_names: run.dataset.class_names(),
        autoencoder: None,
        classifier: run.config.clone(),
        weights_dtype: "f16".into(),
        grid: None,
        bounds_rule: None,
        seed: run.train.seed,
        epochs: run.train.epochs,
        command: run.command.clone(),
        metrics: BTreeMap::from([
            ("classifier_test_accuracy".into(), acc),
            (
                "final_train_loss_nats".into(),
                *losses.last().unwrap_or(&f64::NAN),
            ),
            ("train_seconds".into(), secs),
            ("train_images".into(), train_t.len() as f64),
        ]),
    };
    meta.metrics.retain(|_, v| v.is_finite());
    if !acc.is_finite() || losses.iter().any(|l| !l.is_finite()) {
        anyhow::bail!("classifier training diverged (loss {losses:?}); nothing written");
    }
    let tensors = write::with_dtype(named_tensors(&vm, "classifier."), DType::F16)?;
    let path = bundle_path(&run.out, &run.dataset, "classifier.safetensors");
    write::atomic_write(&path, &write::to_safetensors(&tensors, &meta)?)?;
    eprintln!("wrote {}", path.display());
    Ok(acc)
}

/// Loads a classifier bundle written by [`run_classifier`], weights as f32.
///
/// # Errors
/// Names the file when it is missing, not a bundle, or not a classifier.
pub fn load_classifier(path: &Path) -> Result<(Classifier, BundleMeta)> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path)
        .with_context(|| format!("{name}: cannot read the classifier bundle"))?;
    let meta = bundle::read_meta(&bytes, &name)?;
    let tensors = bundle::read_tensors(&bytes, &name)?;
    let vb = VarBuilder::from_tensors(tensors, DType::F32, &Device::Cpu);
    let clf = Classifier::new(&meta.classifier, vb.pp("classifier"))
        .with_context(|| format!("{name}: classifier weights"))?;
    Ok((clf, meta))
}

/// Options of an autoencoder run.
#[derive(Debug, Clone)]
pub struct AutoencoderRun {
    /// Dataset (and where its files are).
    pub dataset: Dataset,
    /// Weights folder.
    pub out: PathBuf,
    /// Model id suffix: files are `<out>/<dataset>/<name>.safetensors` and
    /// `<name>.encoder.safetensors`, manifest id `<dataset>-<name>`.
    pub name: String,
    /// Human-readable label for the manifest.
    pub label: String,
    /// Architecture.
    pub config: AutoencoderConfig,
    /// Training settings.
    pub train: TrainConfig,
    /// The classifier bundle that paints the map.
    pub classifier: PathBuf,
    /// Map resolution (cells per side).
    pub grid: usize,
    /// Outlier rule for the bounds.
    pub bounds_rule: BoundsRule,
    /// Use only the first `n` training images (tests); `None` = all.
    pub limit: Option<usize>,
    /// The command line recorded in the bundle.
    pub command: String,
    /// Sentence on what the design does, for the manifest ([`design_summary`]).
    pub summary: String,
    /// Training evolution to record, if any.
    pub snapshots: Option<SnapshotPlan>,
}

/// Which snapshots a run records (see [`latent_core::evolution`]).
#[derive(Debug, Clone)]
pub struct SnapshotPlan {
    /// Epochs to snapshot (0 = before training), e.g. [`evolution::default_schedule`].
    pub epochs: Vec<usize>,
    /// Map cells per side of each frame.
    pub grid: usize,
    /// Number of test images (the first N of the test set) whose codes each frame stores.
    pub points: usize,
}

/// What [`run_autoencoder`] measured.
#[derive(Debug, Clone)]
pub struct AutoencoderReport {
    /// Mean training objective per epoch (training set), nats/image.
    pub train_losses: Vec<f64>,
    /// Test-set metrics written into the bundle.
    pub metrics: BTreeMap<String, f64>,
    /// Path of the view file written.
    pub view: PathBuf,
    /// Path of the evolution index written, if snapshots were recorded.
    pub evolution: Option<PathBuf>,
}

/// A copy of the model with every weight rounded to f16 (as stored in bundles), so snapshots
/// measure and paint exactly what the browser will decode with.
fn rounded_copy(
    vm: &VarMap,
    config: &AutoencoderConfig,
) -> Result<(Autoencoder, Vec<(String, Tensor)>)> {
    let tensors = write::with_dtype(named_tensors(vm, ""), DType::F16)?;
    let f32s: std::collections::HashMap<String, Tensor> = tensors
        .iter()
        .map(|(k, t)| Ok((k.clone(), t.to_dtype(DType::F32)?)))
        .collect::<Result<_>>()?;
    let ae = Autoencoder::new(
        config,
        VarBuilder::from_tensors(f32s, DType::F32, &Device::Cpu),
    )?;
    Ok((ae, tensors))
}

/// The metadata of a view file written by `run` after `epochs` epochs (f16 weights).
fn view_meta(
    run: &AutoencoderRun,
    clf_meta: &BundleMeta,
    grid: Meshgrid,
    epochs: usize,
    metrics: BTreeMap<String, f64>,
) -> BundleMeta {
    BundleMeta {
        format_version: FORMAT_VERSION,
        model: format!("{}-{}", run.dataset.id(), run.name),
        dataset: run.dataset.id().into(),
        class_names: run.dataset.class_names(),
        autoencoder: Some(run.config.clone()),
        classifier: clf_meta.classifier.clone(),
        weights_dtype: "f16".into(),
        grid: Some(grid),
        bounds_rule: Some(run.bounds_rule),
        seed: run.train.seed,
        epochs,
        command: run.command.clone(),
        metrics,
    }
}

/// Trains an autoencoder, evaluates it on the test set, builds its class map and writes its
/// bundle (view + encoder files) and manifest entry.
pub fn run_autoencoder(run: &AutoencoderRun) -> Result<AutoencoderReport> {
    let dev = train::device();
    let (clf, clf_meta) = load_classifier(&run.classifier)?;
    let (train_t, test_t) = load_sets(&run.dataset, run.limit, &dev)?;
    let vm = VarMap::new();
    let ae = Autoencoder::new(&run.config, VarBuilder::from_varmap(&vm, DType::F32, &dev))?;
    train::seeded_init(&vm, run.train.seed)?;
    let model_id = format!("{}-{}", run.dataset.id(), run.name);
    let frame_file = |epoch: usize| format!("{}.evolution/epoch-{epoch:04}.safetensors", run.name);
    let mut frames: Vec<Frame> = Vec::new();
    let snapshot_secs = std::cell::Cell::new(0.0);
    let mut snapshot = |epoch: usize| -> Result<()> {
        let Some(plan) = &run.snapshots else {
            return Ok(());
        };
        if !plan.epochs.contains(&epoch) {
            return Ok(());
        }
        let t = Instant::now();
        let (ae_s, tensors) = rounded_copy(&vm, &run.config)?;
        let eval = train::evaluate_autoencoder(&ae_s, &test_t, run.train.seed)?;
        let train_mu = train::encode_means(&ae_s, &train_t.x)?;
        let grid = Meshgrid::new(
            Bounds::from_points(&train_mu, run.bounds_rule)?,
            plan.grid,
            plan.grid,
        )?;
        let map = build_class_map(&ae_s, &clf, grid)?;
        let loss = eval.neg_elbo().unwrap_or(eval.reconstruction);
        let mut metrics = BTreeMap::from([
            ("test_reconstruction_nats".to_string(), eval.reconstruction),
            ("test_mse_per_pixel".to_string(), eval.mse),
            (
                "test_map_accuracy".to_string(),
                map.accuracy(&eval.mu, &test_t.labels) as f64,
            ),
        ]);
        if let Some(kl) = eval.kl {
            metrics.insert("test_kl_nats".into(), kl);
            metrics.insert("test_neg_elbo_nats".into(), loss);
        }
        let meta = view_meta(run, &clf_meta, grid, epoch, metrics);
        write_view_file(
            &bundle_path(&run.out, &run.dataset, &frame_file(epoch)),
            &meta,
            by_prefix(tensors.into_iter(), "decoder."),
            &map,
        )?;
        let n = plan.points.min(eval.mu.len());
        frames.push(Frame {
            epoch,
            test_loss: loss,
            map,
            points: eval.mu[..n].to_vec(),
        });
        snapshot_secs.set(snapshot_secs.get() + t.elapsed().as_secs_f64());
        eprintln!(
            "snapshot epoch {epoch}: test loss {loss:.2} nats/image ({:.0} s)",
            t.elapsed().as_secs_f64()
        );
        Ok(())
    };
    snapshot(0)?;
    let before = snapshot_secs.get();
    let t0 = Instant::now();
    let mut hook = |epoch: usize, _: &Autoencoder| snapshot(epoch);
    let losses = train::train_autoencoder(&ae, &vm, &train_t, &run.train, Some(&mut hook))?;
    let secs = t0.elapsed().as_secs_f64() - (snapshot_secs.get() - before);
    train::round_to_f16(&vm)?;

    let eval = train::evaluate_autoencoder(&ae, &test_t, run.train.seed)?;
    let train_mu = train::encode_means(&ae, &train_t.x)?;
    let bounds = Bounds::from_points(&train_mu, run.bounds_rule)?;
    let grid = Meshgrid::new(bounds, run.grid, run.grid)?;
    let t1 = Instant::now();
    let map = build_class_map(&ae, &clf, grid)?;
    let map_secs = t1.elapsed().as_secs_f64();

    let mut metrics = BTreeMap::new();
    metrics.insert("test_reconstruction_nats".into(), eval.reconstruction);
    if let Some(kl) = eval.kl {
        metrics.insert("test_kl_nats".into(), kl);
        metrics.insert("test_neg_elbo_nats".into(), eval.neg_elbo().unwrap());
    }
    metrics.insert("test_mse_per_pixel".into(), eval.mse);
    map_metrics(
        &mut metrics,
        &map,
        &train_mu,
        &eval.mu,
        &test_t.labels,
        &clf_meta,
    );
    metrics.insert(
        "final_train_loss_nats".into(),
        *losses.last().unwrap_or(&f64::NAN),
    );
    metrics.insert("train_seconds".into(), secs);
    metrics.insert("map_seconds".into(), map_secs);
    if run.snapshots.is_some() {
        metrics.insert("snapshot_seconds".into(), snapshot_secs.get());
    }
    metrics.insert("train_images".into(), train_t.len() as f64);
    // JSON has no NaN: a figure that cannot be measured (e.g. 10-NN agreement on fewer than
    // 11 test images) is left out rather than written as null
    metrics.retain(|_, v| v.is_finite());
    for (k, v) in &metrics {
        eprintln!("  {k:28} {v:.4}");
    }

    let meta = view_meta(run, &clf_meta, grid, run.train.epochs, metrics.clone());
    let decoder = write::with_dtype(named_tensors(&vm, "decoder."), DType::F16)?;
    let encoder = write::with_dtype(named_tensors(&vm, "encoder."), DType::F16)?;
    let mut evolution_entry = None;
    let mut evolution_path = None;
    if let Some(plan) = &run.snapshots {
        let n = frames.first().map_or(0, |f| f.points.len());
        let index = Evolution {
            meta: EvolutionMeta {
                format_version: FORMAT_VERSION,
                model: model_id.clone(),
                dataset: run.dataset.id().into(),
                class_names: run.dataset.class_names(),
                epochs: frames.iter().map(|f| f.epoch).collect(),
                test_loss_nats: frames.iter().map(|f| f.test_loss).collect(),
                loss_name: if run.config.kind == AutoencoderKind::Vae {
                    "−ELBO".into()
                } else {
                    "reconstruction (BCE)".into()
                },
                grid: [plan.grid, plan.grid],
                bounds_policy: evolution::BOUNDS_POLICY.into(),
                points: n,
                frames: frames
                    .iter()
                    .map(|f| format!("{}/{}", run.dataset.id(), frame_file(f.epoch)))
                    .collect(),
                command: run.command.clone(),
            },
            frames,
            labels: test_t.labels[..n].to_vec(),
        };
        let file = format!("{}.evolution.safetensors", run.name);
        let path = bundle_path(&run.out, &run.dataset, &file);
        let bytes = index.to_bytes()?;
        write::atomic_write(&path, &bytes)?;
        eprintln!(
            "wrote {} ({} bytes, {} frames)",
            path.display(),
            bytes.len(),
            index.frames.len()
        );
        evolution_entry = Some(EvolutionEntry {
            index: format!("{}/{file}", run.dataset.id()),
            index_bytes: bytes.len() as u64,
            epochs: index.meta.epochs.clone(),
        });
        evolution_path = Some(path);
    }
    let (view_path, view_bytes) = write_autoencoder_bundle(
        &run.out,
        &run.dataset,
        &run.name,
        &run.label,
        &meta,
        decoder,
        encoder,
        &map,
        &run.summary,
        evolution_entry,
    )?;
    eprintln!("wrote {} ({view_bytes} bytes)", view_path.display());
    Ok(AutoencoderReport {
        train_losses: losses,
        metrics,
        view: view_path,
        evolution: evolution_path,
    })
}

/// Re-paints the class map of an existing bundle with the classifier at `classifier`, exactly
/// as [`run_autoencoder`] paints it after training (same bounds rule, same grid size, the
/// bundle's f16 weights), and rewrites the bundle and its manifest entry. Use it after
/// retraining only the classifier; the bundle keeps its training command, since running that
/// command after the new classifier reproduces the same weights and map.
pub fn remap(
    out: &Path,
    dataset: &Dataset,
    name: &str,
    classifier: &Path,
) -> Result<BTreeMap<String, f64>> {
    let dev = train::device();
    let view_path = bundle_path(out, dataset, &format!("{name}.safetensors"));
    let enc_path = bundle_path(out, dataset, &format!("{name}.encoder.safetensors"));
    let vn = view_path.display().to_string();
    let en = enc_path.display().to_string();
    let view_bytes = std::fs::read(&view_path).with_context(|| format!("{vn}: cannot read"))?;
    let enc_bytes = std::fs::read(&enc_path).with_context(|| format!("{en}: cannot read"))?;
    let mut meta = bundle::read_meta(&view_bytes, &vn)?;
    let mut tensors = bundle::read_tensors(&view_bytes, &vn)?;
    tensors.extend(bundle::read_tensors(&enc_bytes, &en)?);
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
    meta.metrics
        .insert("map_seconds".into(), t1.elapsed().as_secs_f64());
    map_metrics(
        &mut meta.metrics,
        &map,
        &train_mu,
        &test_mu,
        &test_t.labels,
        &clf_meta,
    );
    meta.metrics.retain(|_, v| v.is_finite());
    meta.classifier = clf_meta.classifier.clone();
    meta.grid = Some(grid);
    let manifest: Manifest = serde_json::from_slice(&std::fs::read(out.join("manifest.json"))?)?;
    let entry = manifest.bundles.iter().find(|e| e.id == meta.model);
    let label = entry.map_or(meta.model.clone(), |e| e.label.clone());
    let summary = entry.map_or(String::new(), |e| e.summary.clone());
    let evolution = entry.and_then(|e| e.evolution.clone());
    let decoder = by_prefix(
        tensors.iter().map(|(k, v)| (k.clone(), v.clone())),
        "decoder.",
    );
    let encoder = by_prefix(tensors.into_iter(), "encoder.");
    write_autoencoder_bundle(
        out, dataset, name, &label, &meta, decoder, encoder, &map, &summary, evolution,
    )?;
    Ok(meta.metrics)
}

/// Inserts or replaces `entry` (by id) in `<out>/manifest.json`, written atomically.
pub fn update_manifest(out: &Path, entry: ManifestEntry) -> Result<()> {
    let path = out.join("manifest.json");
    let mut m: Manifest = match std::fs::read(&path) {
        Ok(b) => serde_json::from_slice(&b)
            .with_context(|| format!("{}: not a valid manifest", path.display()))?,
        Err(_) => Manifest {
            format_version: FORMAT_VERSION,
            bundles: vec![],
        },
    };
    match m.bundles.iter_mut().find(|e| e.id == entry.id) {
        Some(e) => *e = entry,
        None => m.bundles.push(entry),
    }
    let mut json = serde_json::to_string_pretty(&m)?;
    json.push('\n');
    write::atomic_write(&path, json.as_bytes())?;
    Ok(())
}

/// The latent points whose decodes are stored as the browser test's reference: the origin,
/// two corners of the map, a cell centre and two arbitrary points inside the bounds.
pub fn reference_points(g: &Meshgrid) -> Vec<[f32; 2]> {
    vec![
        [0.0, 0.0],
        g.z_at(0.0, 0.0),
        g.z_at(1.0, 1.0),
        g.cell_centre(g.height / 2, g.width / 3),
        g.z_at(0.123_456, 0.654_321),
        g.z_at(0.9, 0.4),
    ]
}

/// Decodes [`reference_points`] natively with the view file at `bundle` and writes
/// `{"points": [{"z": [z₁, z₂], "pixels": [784 × f32]}, …]}` to `out`.
pub fn write_reference(bundle: &Path, out: &Path) -> Result<()> {
    let name = bundle.display().to_string();
    let bytes = std::fs::read(bundle).with_context(|| format!("{name}: cannot read"))?;
    let v = bundle::ViewBundle::from_bytes(&bytes, &name, &Device::Cpu)?;
    let points: Vec<serde_json::Value> = reference_points(&v.map.grid)
        .into_iter()
        .map(|z| Ok(serde_json::json!({"z": z, "pixels": v.decode(z)?})))
        .collect::<Result<_>>()?;
    let json = serde_json::json!({"points": points});
    write::atomic_write(
        out,
        format!("{}\n", serde_json::to_string(&json)?).as_bytes(),
    )?;
    Ok(())
}

/// The kind as used in ids: `plain`, `bounded`, `vae`.
pub fn kind_name(k: AutoencoderKind) -> &'static str {
    match k {
        AutoencoderKind::Plain => "plain",
        AutoencoderKind::Bounded => "bounded",
        AutoencoderKind::Vae => "vae",
    }
}
