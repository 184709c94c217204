//! The browser test's reference decodes: fixed latent points decoded natively.

use anyhow::Result;
use candle_core::Device;
use latent_core::bundle::{write, ViewBundle};
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
    use latent_core::bundle::{read_file, ClassifierBundle, EncoderBundle, TestImages};
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
