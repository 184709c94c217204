//! The class map of a trained autoencoder, and the figures measured on it.

use crate::train;
use anyhow::Result;
use candle_core::{Device, Tensor};
use latent_core::bundle::BundleMeta;
use latent_core::latent_map::{Bounds, ClassMap, Meshgrid};
use latent_core::metrics;
use latent_core::model::{Autoencoder, Classifier, Decoder};
use std::collections::BTreeMap;

/// Decodes every grid point and classifies the decoded image: the class map.
///
/// * `grid`: the meshgrid (`H × W` points).
/// * returns the map with class and `round(p · 255)` confidence per cell.
///
/// # Errors
/// Candle errors from decoding or classifying.
pub fn build_class_map(ae: &Autoencoder, clf: &Classifier, grid: Meshgrid) -> Result<ClassMap> {
    class_map_of_decoder(&ae.decoder, clf, grid)
}

/// [`build_class_map`] from the decoder alone (as a view file holds it; `scripts/bench.sh`
/// times it on the committed weights).
///
/// # Errors
/// Candle errors from decoding or classifying.
pub fn class_map_of_decoder(
    decoder: &Decoder,
    clf: &Classifier,
    grid: Meshgrid,
) -> Result<ClassMap> {
    let pts = grid.points();
    let n = grid.width * grid.height;
    let z = Tensor::from_vec(pts, (n, 2), &Device::Cpu)?;
    let mut class = Vec::with_capacity(n);
    let mut conf = Vec::with_capacity(n);
    for start in (0..n).step_by(4096) {
        let len = 4096.min(n - start);
        let imgs = decoder.forward(&z.narrow(0, start, len)?)?;
        for (c, p) in train::classify(clf, &imgs)? {
            class.push(c);
            conf.push((p * 255.0).round() as u8);
        }
    }
    Ok(ClassMap::new(grid, class, conf)?)
}

/// Adds the map's test figures to `m`: map accuracy, shares of encoded points inside the
/// bounds, the painting classifier's test accuracy, and [`latent_metrics`].
pub(crate) fn map_metrics(
    m: &mut BTreeMap<String, f64>,
    map: &ClassMap,
    train_mu: &[[f32; 2]],
    test_mu: &[[f32; 2]],
    test_labels: &[u8],
    clf_meta: &BundleMeta,
) {
    let b = map.grid.bounds;
    metrics::TEST_MAP_ACCURACY.insert(m, f64::from(map.accuracy(test_mu, test_labels)));
    metrics::TEST_SHARE_INSIDE_BOUNDS.insert(m, f64::from(b.share_inside(test_mu)));
    metrics::TRAIN_SHARE_INSIDE_BOUNDS.insert(m, f64::from(b.share_inside(train_mu)));
    if let Some(a) = metrics::CLASSIFIER_TEST_ACCURACY.get(&clf_meta.metrics) {
        metrics::CLASSIFIER_TEST_ACCURACY.insert(m, a);
    }
    latent_metrics(m, &b, test_mu, test_labels);
}

/// Adds how the design lays out the test set's codes: 10-NN label agreement, the share of a
/// 32 × 32 partition of the map bounds that holds a test point, and the spread per axis (full
/// range and 1 %–99 % range, latent units). See [`latent_core::stats`].
pub fn latent_metrics(
    m: &mut BTreeMap<String, f64>,
    bounds: &Bounds,
    test_mu: &[[f32; 2]],
    test_labels: &[u8],
) {
    use latent_core::stats;
    // A figure that cannot be measured is left out here, on purpose (bundle metadata refuses
    // a NaN): 10-NN agreement needs at least 11 test images, the spread at least one.
    if test_mu.len().min(test_labels.len()) > 10 {
        metrics::TEST_KNN10_AGREEMENT.insert(m, stats::knn_agreement(test_mu, test_labels, 10));
    }
    metrics::TEST_OCCUPIED_SHARE_32.insert(m, stats::occupied_share(bounds, test_mu, 32));
    if !test_mu.is_empty() {
        for (a, (full, central)) in stats::spread(test_mu).into_iter().enumerate() {
            metrics::TEST_RANGE[a].insert(m, f64::from(full));
            metrics::TEST_RANGE_1_99[a].insert(m, f64::from(central));
        }
    }
}
