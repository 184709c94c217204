//! The browser test's reference decodes: fixed latent points decoded natively.

use anyhow::Result;
use candle_core::Device;
use latent_core::bundle::{candle::ViewBundle, write};
use latent_core::latent_map::Meshgrid;
use std::path::Path;

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
///
/// # Errors
/// Names the file that cannot be read or written, or is not a view file.
pub fn write_reference(bundle: &Path, out: &Path) -> Result<()> {
    let v = ViewBundle::read(bundle, &Device::Cpu)?;
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

/// Writes `<out>` = the page's test-image file ([`latent_core::bundle::TestImages`]) from
/// the IDX files `images` and `labels` (e.g. the committed fixtures
/// `crates/core/tests/fixtures/<dataset>-t1000-*.gz`); class names from the dataset's
/// classifier file. Returns the file's size in bytes.
///
/// # Errors
/// Names the file that cannot be read or written.
pub fn write_test_images(
    dataset: &str,
    images: &Path,
    labels: &Path,
    classifier: &Path,
    source: &str,
    out: &Path,
) -> Result<u64> {
    use latent_core::bundle::{read_file, read_meta, TestImages};
    let im = latent_core::idx::read_images(images)?;
    let lb = latent_core::idx::read_labels(labels)?;
    anyhow::ensure!(
        im.rows == 28 && im.cols == 28 && im.count == lb.len(),
        "{}: {} images of {}×{} for {} labels",
        images.display(),
        im.count,
        im.rows,
        im.cols,
        lb.len()
    );
    let meta = read_meta(&read_file(classifier)?, &classifier.display().to_string())?;
    let t = TestImages::new(dataset, meta.class_names, source, im.pixels, lb)?;
    let bytes = t.to_bytes()?;
    write::atomic_write(out, &bytes)?;
    Ok(bytes.len() as u64)
}

/// Strokes (pad units) drawn by the hands-on reference: a "7"-like stroke and a bar.
pub fn reference_strokes() -> Vec<latent_core::draw::Stroke> {
    vec![
        vec![
            [0.25, 0.2],
            [0.5, 0.21],
            [0.75, 0.22],
            [0.6, 0.5],
            [0.45, 0.8],
        ],
        vec![[0.4, 0.5], [0.7, 0.5]],
    ]
}

/// Writes the browser tests' reference for the hands-on views, computed natively:
/// `encodes` (μ and log σ² of the first test images), `stroke` (the preprocessed 28 × 28
/// input of [`reference_strokes`] and its encoding), `classify` (class probabilities of the
/// decodes at [`reference_points`]) and `strip` (the decodes' classes along a segment).
///
/// # Errors
/// Names the file that cannot be read or written.
pub fn write_hands_on_reference(
    view: &Path,
    encoder: &Path,
    classifier: &Path,
    test_images: &Path,
    out: &Path,
) -> Result<()> {
    use latent_core::bundle::{
        candle::{ClassifierBundle, EncoderBundle},
        read_file, TestImages,
    };
    let dev = Device::Cpu;
    let v = ViewBundle::read(view, &dev)?;
    let enc = EncoderBundle::read(encoder, &dev)?;
    let cls = ClassifierBundle::read(classifier, &dev)?;
    let tests =
        TestImages::from_bytes(&read_file(test_images)?, &test_images.display().to_string())?;
    let mut encodes = Vec::new();
    for i in 0..4 {
        let px = tests.image(i).unwrap_or_default();
        let p = enc.encode_posterior(&px)?[0];
        encodes.push(serde_json::json!({
            "index": i, "label": tests.labels[i], "mu": p.mu, "log_var": p.log_var,
            "recon": v.decode(p.mu)?,
        }));
    }
    let strokes = reference_strokes();
    let input = latent_core::draw::strokes_to_input(&strokes)
        .ok_or_else(|| anyhow::anyhow!("the reference strokes draw nothing"))?;
    let sp = enc.encode_posterior(&input)?[0];
    let mut classify = Vec::new();
    for z in reference_points(&v.map.grid) {
        let probs = cls.probabilities(&v.decode(z)?)?.remove(0);
        classify.push(serde_json::json!({"z": z, "probs": probs}));
    }
    let json = serde_json::json!({
        "view": view.display().to_string(),
        "encodes": encodes,
        "stroke": {"strokes": strokes, "input": input, "mu": sp.mu, "log_var": sp.log_var},
        "classify": classify,
    });
    write::atomic_write(
        out,
        format!("{}\n", serde_json::to_string(&json)?).as_bytes(),
    )?;
    Ok(())
}

/// How many nearest test codes the compare reference records (the page's `K`).
pub const COMPARE_K: usize = 10;

/// Writes `<out>` = the browser tests' reference for compare's nearest test codes: the test
/// images of `test_images` encoded natively (candle) by the encoders of `first` and `second`
/// (view-file stems in `dir`), and for a few test images and the reference strokes, μ by
/// both encoders and the [`COMPARE_K`] nearest test codes in each (indices and codes) (`latent_core::stats::nearest`,
/// the image itself left out), counted against the test label (a drawing: the first model's
/// most common neighbour class). Only cases whose k-th and (k+1)-th squared distances differ
/// by more than 10⁻³ latent units² are kept, so a last-digit difference between candle and
/// the page's kernels cannot swap a neighbour.
///
/// # Errors
/// Names the file that cannot be read or written; fails when no test image qualifies.
pub fn write_compare_reference(
    dir: &Path,
    first: &str,
    second: &str,
    test_images: &Path,
    out: &Path,
) -> Result<()> {
    use latent_core::bundle::{candle::EncoderBundle, files, read_file, TestImages};
    use latent_core::stats::nearest;
    let dev = Device::Cpu;
    let tests =
        TestImages::from_bytes(&read_file(test_images)?, &test_images.display().to_string())?;
    let all: Vec<f32> = (0..tests.labels.len())
        .flat_map(|i| tests.image(i).unwrap_or_default())
        .collect();
    let encoders = [first, second]
        .iter()
        .map(|m| EncoderBundle::read(&dir.join(files::encoder_file(m)), &dev))
        .collect::<latent_core::Result<Vec<_>>>()?;
    let codes = encoders
        .iter()
        .map(|e| Ok(e.encode_posterior(&all)?.iter().map(|p| p.mu).collect()))
        .collect::<Result<Vec<Vec<[f32; 2]>>>>()?;
    let d2 = |a: [f32; 2], b: [f32; 2]| (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2);
    // the gap between the k-th and the next neighbour, in both models
    let gap = |m: usize, mu: [f32; 2], skip: Option<usize>| {
        let n = nearest(&codes[m], mu, COMPARE_K + 1, skip);
        d2(mu, codes[m][n[COMPARE_K]]) - d2(mu, codes[m][n[COMPARE_K - 1]])
    };
    let side = |m: usize, mu: [f32; 2], skip: Option<usize>, class: Option<u8>| {
        let near = nearest(&codes[m], mu, COMPARE_K, skip);
        let class = class.unwrap_or_else(|| {
            (0..=u8::MAX)
                .max_by_key(|&c| {
                    let n = near.iter().filter(|&&j| tests.labels[j] == c).count();
                    (n, std::cmp::Reverse(c))
                })
                .unwrap_or(0)
        });
        let same = near.iter().filter(|&&j| tests.labels[j] == class).count();
        let at: Vec<[f32; 2]> = near.iter().map(|&j| codes[m][j]).collect();
        (near, class, same, at)
    };
    let mut cases = Vec::new();
    let mut case = |input: serde_json::Value, mus: [[f32; 2]; 2], skip, label: Option<u8>| {
        let (n1, class, same1, at1) = side(0, mus[0], skip, label);
        let (n2, _, same2, at2) = side(1, mus[1], skip, Some(class));
        cases.push(serde_json::json!({
            "input": input, "class": class,
            "first": {"mu": mus[0], "near": n1, "same": same1, "codes": at1},
            "second": {"mu": mus[1], "near": n2, "same": same2, "codes": at2},
        }));
    };
    let mut kept = 0;
    for (i, (&a, &b)) in codes[0].iter().zip(&codes[1]).enumerate() {
        let mus = [a, b];
        if gap(0, mus[0], Some(i)) > 1e-3 && gap(1, mus[1], Some(i)) > 1e-3 {
            let input = serde_json::json!({"index": i, "label": tests.labels[i]});
            case(input, mus, Some(i), Some(tests.labels[i]));
            kept += 1;
            if kept == 3 {
                break;
            }
        }
    }
    anyhow::ensure!(
        kept > 0,
        "no test image without a near-tie among its neighbours"
    );
    let strokes = reference_strokes();
    let input = latent_core::draw::strokes_to_input(&strokes)
        .ok_or_else(|| anyhow::anyhow!("the reference strokes draw nothing"))?;
    let mus = [
        encoders[0].encode_posterior(&input)?[0].mu,
        encoders[1].encode_posterior(&input)?[0].mu,
    ];
    let (g0, g1) = (gap(0, mus[0], None), gap(1, mus[1], None));
    anyhow::ensure!(
        g0 > 1e-3 && g1 > 1e-3,
        "the reference drawing's neighbours are near-tied ({g0}, {g1})"
    );
    case(serde_json::json!({"strokes": strokes}), mus, None, None);
    let json = serde_json::json!({
        "first": first, "second": second, "k": COMPARE_K,
        "test_images": test_images.display().to_string(),
        "cases": cases,
    });
    write::atomic_write(
        out,
        format!("{}\n", serde_json::to_string(&json)?).as_bytes(),
    )?;
    Ok(())
}

/// Writes `<out>` = a training subset for the browser's "Train it yourself" view: `count`
/// images of the dataset's training split, chosen without replacement by a seeded shuffle
/// (stream 7 of `seed`) and kept in their original order, in the test-image file format
/// ([`latent_core::bundle::TestImages`]: u8 `images` `[N, 28, 28]`, u8 `labels` `[N]`), with
/// `command` recorded in the metadata's `source`. Returns the file's size in bytes.
///
/// # Errors
/// Names the file that cannot be read or written; asks for at most the split's size.
pub fn write_train_subset(
    dataset: &crate::data::Dataset,
    count: usize,
    seed: u64,
    command: &str,
    out: &Path,
) -> Result<u64> {
    use latent_core::bundle::TestImages;
    use rand::seq::SliceRandom;
    let train = dataset.load(crate::data::Split::Train)?;
    let n = train.len();
    anyhow::ensure!(
        (1..=n).contains(&count),
        "asked for {count} images of a training split of {n}"
    );
    let mut ids: Vec<usize> = (0..n).collect();
    ids.shuffle(&mut latent_core::train::rng(seed, 7));
    let mut ids = ids[..count].to_vec();
    ids.sort_unstable();
    let px = latent_core::IMAGE_PIXELS;
    let pixels: Vec<u8> = ids
        .iter()
        .flat_map(|&i| train.images.pixels[i * px..(i + 1) * px].iter().copied())
        .collect();
    let labels: Vec<u8> = ids.iter().map(|&i| train.labels[i]).collect();
    let source = format!(
        "{count} of the {n} images of the {} training set, chosen with seed {seed} \
         (stream 7), in their original order; written by `{command}`",
        dataset.label()
    );
    let t = TestImages::new(dataset.id(), dataset.class_names(), &source, pixels, labels)?;
    let bytes = t.to_bytes()?;
    write::atomic_write(out, &bytes)?;
    Ok(bytes.len() as u64)
}

/// The settings of the browser training worker's reference step
/// ([`write_step_reference`]): the shipped MNIST VAE architecture, batch 64, learning rate
/// 10⁻³, seed 1.
pub fn step_reference_config() -> latent_core::train::StepConfig {
    latent_core::train::StepConfig {
        model: latent_core::model::AutoencoderConfig::mnist_vae(),
        batch_size: 64,
        lr: 1e-3,
        seed: 1,
    }
}

/// Images of the reference run: the first 256 of the test-image file.
pub const STEP_REFERENCE_IMAGES: usize = 256;

/// Steps of the reference run.
pub const STEP_REFERENCE_STEPS: usize = 2;

/// Indices of the weights the reference stores for a tensor of `len` values: 32 spread
/// evenly (with an odd stride, so they fall in different rows and columns).
pub fn step_reference_indices(len: usize) -> Vec<usize> {
    (0..32).map(|k| (k * len / 32 + k * 7) % len).collect()
}

/// Trains [`step_reference_config`] natively for [`STEP_REFERENCE_STEPS`] steps over the
/// first [`STEP_REFERENCE_IMAGES`] images of the test-image file `test_images`, and writes
/// `{"config": …, "steps": [{"loss": nats/image, "tensors": {name: {"mean": f64, "indices":
/// [...], "values": [...]}}}, …]}` (the batch objective of each step and the weights after
/// it) to `out`: the reference that the training worker's wasm test compares the browser's
/// steps with.
///
/// # Errors
/// Names the file that cannot be read or written.
pub fn write_step_reference(test_images: &Path, out: &Path) -> Result<()> {
    let t = latent_core::bundle::TestImages::from_bytes(
        &latent_core::bundle::read_file(test_images)?,
        &test_images.display().to_string(),
    )?;
    let px = &t.pixels[..STEP_REFERENCE_IMAGES * latent_core::IMAGE_PIXELS];
    let data = latent_core::train::pixels_to_tensor(px, &Device::Cpu)?;
    let cfg = step_reference_config();
    let mut tr = latent_core::train::AutoencoderTrainer::new(cfg.clone(), data)?;
    let mut steps = Vec::new();
    for _ in 0..STEP_REFERENCE_STEPS {
        let loss = tr.step()?;
        let mut tensors = serde_json::Map::new();
        for (name, w) in tr.named_weights() {
            let v = w.flatten_all()?.to_vec1::<f32>()?;
            let idx = step_reference_indices(v.len());
            let mean = v.iter().map(|&x| x as f64).sum::<f64>() / v.len() as f64;
            tensors.insert(
                name,
                serde_json::json!({
                    "mean": mean,
                    "values": idx.iter().map(|&i| v[i]).collect::<Vec<f32>>(),
                    "indices": idx,
                }),
            );
        }
        steps.push(serde_json::json!({"loss": loss, "tensors": tensors}));
    }
    let json = serde_json::json!({
        "config": {
            "model": cfg.model,
            "batch_size": cfg.batch_size,
            "lr": cfg.lr,
            "seed": cfg.seed,
            "images": STEP_REFERENCE_IMAGES,
            "test_images": test_images.display().to_string(),
        },
        "steps": steps,
    });
    write::atomic_write(
        out,
        format!("{}\n", serde_json::to_string_pretty(&json)?).as_bytes(),
    )?;
    Ok(())
}
