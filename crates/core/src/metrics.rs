//! The figures stored in a bundle's metadata ([`crate::bundle::BundleMeta::metrics`]), typed.
//!
//! On disk the metrics stay a JSON object of `key → number` (the keys below are part of the
//! bundle format and must not change). Each known key has one [`Metric`]: its key, the label
//! the page shows, its [`Unit`], and whether it is measured on the held-out test set.
//! Writers use [`Metric::insert`], readers [`Metric::get`], and the page asks for its rows
//! with [`display_groups`] (test figures, then the rest, in display order, formatted).
//!
//! Definitions of the figures: reconstruction is the Bernoulli cross-entropy summed over the
//! 784 pixels ([`crate::loss::bce_with_logits_sum`]); KL is the divergence of the diagonal
//! Gaussian posterior from the standard normal prior ([`crate::loss::kl_divergence`]);
//! −ELBO = reconstruction + KL (Kingma & Welling 2014); MSE is per pixel with pixels in
//! `[0, 1]`; the map, neighbour and occupancy figures are defined in [`crate::stats`] and
//! [`crate::latent_map::ClassMap::accuracy`].

use std::collections::BTreeMap;

/// The unit of a metric's value, which decides how it is formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// Nats per image (a loss summed over an image's pixels); shown with one decimal.
    NatsPerImage,
    /// A mean per pixel, pixels in `[0, 1]`; shown with four decimals.
    PerPixel,
    /// A share in `[0, 1]`; shown as a percentage with one decimal.
    Share,
    /// Seconds of wall-clock time; shown in seconds, or minutes from 120 s on.
    Seconds,
    /// A count (images, epochs); shown with thousands separators.
    Count,
    /// Latent units (coordinates of z); shown with two decimals.
    Latent,
}

impl Unit {
    /// The unit as written after a value: `nats/image`, `per pixel`, `%`, `s`, `` (count),
    /// `latent units`.
    pub fn symbol(self) -> &'static str {
        match self {
            Unit::NatsPerImage => "nats/image",
            Unit::PerPixel => "per pixel",
            Unit::Share => "%",
            Unit::Seconds => "s",
            Unit::Count => "",
            Unit::Latent => "latent units",
        }
    }

    /// The unit an unknown key's suffix implies (`…_nats`, `…_per_pixel`, `…_seconds`,
    /// `…accuracy…`/`…share…`/`…agreement…`), or `None`.
    pub fn guess(key: &str) -> Option<Unit> {
        if key.ends_with("_nats") {
            Some(Unit::NatsPerImage)
        } else if key.ends_with("_per_pixel") {
            Some(Unit::PerPixel)
        } else if key.ends_with("_seconds") {
            Some(Unit::Seconds)
        } else if key.contains("accuracy") || key.contains("share") || key.contains("agreement") {
            Some(Unit::Share)
        } else {
            None
        }
    }

    /// Formats `v` in this unit, as the page shows it: `150.0 nats/image`,
    /// `0.0369 per pixel`, `99.2 %`, `5.0 min`, `60,000`, `1.23`. A share outside `[0, 1]`
    /// and a fractional count fall back to [`plain_number`]; non-finite values print as Rust
    /// prints them (`NaN`, `inf`).
    pub fn format(self, v: f64) -> String {
        if !v.is_finite() {
            return v.to_string();
        }
        match self {
            Unit::NatsPerImage => format!("{v:.1} nats/image"),
            Unit::PerPixel => format!("{v:.4} per pixel"),
            Unit::Seconds if v >= 120.0 => format!("{:.1} min", v / 60.0),
            Unit::Seconds => format!("{v:.1} s"),
            Unit::Share if (0.0..=1.0).contains(&v) => format!("{:.1} %", v * 100.0),
            Unit::Latent => format!("{v:.2}"),
            Unit::Share | Unit::Count => plain_number(v),
        }
    }
}

/// A number without a unit: an integer with thousands separators (`60,000`), otherwise at
/// most four decimals without trailing zeros (`1.5`).
pub fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        // exact: an integral f64 below 10¹⁵ fits an i64
        #[allow(clippy::cast_possible_truncation)]
        thousands(v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// An integer with thousands separators: `60000` → `60,000`.
pub fn thousands(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// One figure a bundle's metadata may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metric {
    /// The key in the metadata's `metrics` object, e.g. `test_neg_elbo_nats`.
    pub key: &'static str,
    /// The label the page shows, e.g. `Test −ELBO`.
    pub label: &'static str,
    /// The unit of the value.
    pub unit: Unit,
    /// Whether it is measured on the held-out test set (the page groups these first).
    pub test: bool,
}

impl Metric {
    /// The value in `metrics`, if present.
    pub fn get(&self, metrics: &BTreeMap<String, f64>) -> Option<f64> {
        metrics.get(self.key).copied()
    }

    /// Sets the value in `metrics`.
    pub fn insert(&self, metrics: &mut BTreeMap<String, f64>, v: f64) {
        metrics.insert(self.key.to_string(), v);
    }

    /// Formats `v` in the metric's unit ([`Unit::format`]).
    pub fn format(&self, v: f64) -> String {
        self.unit.format(v)
    }
}

const fn m(key: &'static str, label: &'static str, unit: Unit, test: bool) -> Metric {
    Metric {
        key,
        label,
        unit,
        test,
    }
}

/// −ELBO on the test set (VAEs): reconstruction + KL, nats/image.
pub const TEST_NEG_ELBO: Metric = m("test_neg_elbo_nats", "Test −ELBO", Unit::NatsPerImage, true);
/// Reconstruction cross-entropy on the test set, decoded from μ for the VAEs' bound,
/// nats/image.
pub const TEST_RECONSTRUCTION: Metric = m(
    "test_reconstruction_nats",
    "Test reconstruction",
    Unit::NatsPerImage,
    true,
);
/// KL divergence from the prior on the test set (VAEs), nats/image.
pub const TEST_KL: Metric = m("test_kl_nats", "Test KL", Unit::NatsPerImage, true);
/// Mean squared error per pixel on the test set, decoded from μ.
pub const TEST_MSE: Metric = m("test_mse_per_pixel", "Test MSE", Unit::PerPixel, true);
/// Test accuracy of the classifier that painted the map (also in the classifier bundle).
pub const CLASSIFIER_TEST_ACCURACY: Metric = m(
    "classifier_test_accuracy",
    "Classifier test accuracy",
    Unit::Share,
    true,
);
/// Share of test images whose code lands in a map cell painted with their own class.
pub const TEST_MAP_ACCURACY: Metric = m(
    "test_map_accuracy",
    "Test images in their class's region",
    Unit::Share,
    true,
);
/// An older name of [`TEST_MAP_ACCURACY`], still read.
pub const MAP_TEST_ACCURACY: Metric = m(
    "map_test_accuracy",
    "Test images in their class's region",
    Unit::Share,
    true,
);
/// Share of test codes inside the map's bounds.
pub const TEST_SHARE_INSIDE_BOUNDS: Metric = m(
    "test_share_inside_bounds",
    "Test images inside the map",
    Unit::Share,
    true,
);
/// Share of training codes inside the map's bounds.
pub const TRAIN_SHARE_INSIDE_BOUNDS: Metric = m(
    "train_share_inside_bounds",
    "Train share inside bounds",
    Unit::Share,
    false,
);
/// Share of each test code's 10 nearest codes with the same label
/// ([`crate::stats::knn_agreement`]).
pub const TEST_KNN10_AGREEMENT: Metric = m(
    "test_knn10_agreement",
    "Same class among a test code's 10 nearest",
    Unit::Share,
    true,
);
/// Share of a 32 × 32 partition of the bounds holding a test code
/// ([`crate::stats::occupied_share`]).
pub const TEST_OCCUPIED_SHARE_32: Metric = m(
    "test_occupied_share_32",
    "Map area holding test codes (32 × 32 cells)",
    Unit::Share,
    true,
);
/// Number of training images.
pub const TRAIN_IMAGES: Metric = m("train_images", "Training images", Unit::Count, false);
/// Training epochs, when stored as a metric (bundles keep them in `epochs`).
pub const EPOCHS: Metric = m("epochs", "Epochs", Unit::Count, false);
/// Wall-clock training time, snapshots excluded.
pub const TRAIN_SECONDS: Metric = m("train_seconds", "Training time", Unit::Seconds, false);
/// Wall-clock time to decode and classify the meshgrid.
pub const MAP_SECONDS: Metric = m("map_seconds", "Class map time", Unit::Seconds, false);
/// Wall-clock time spent on training-evolution snapshots.
pub const SNAPSHOT_SECONDS: Metric = m("snapshot_seconds", "Snapshot time", Unit::Seconds, false);
/// Mean training objective of the last epoch, nats/image.
pub const FINAL_TRAIN_LOSS: Metric = m(
    "final_train_loss_nats",
    "Final training loss",
    Unit::NatsPerImage,
    false,
);
/// Full range of the test codes along z₁ and z₂ (max − min), latent units.
pub const TEST_RANGE: [Metric; 2] = [
    m("test_range_z1", "Test range z1", Unit::Latent, true),
    m("test_range_z2", "Test range z2", Unit::Latent, true),
];
/// Range of the test codes between the 1 % and 99 % quantiles along z₁ and z₂, latent units.
pub const TEST_RANGE_1_99: [Metric; 2] = [
    m(
        "test_range_1_99_z1",
        "Test range 1 99 z1",
        Unit::Latent,
        true,
    ),
    m(
        "test_range_1_99_z2",
        "Test range 1 99 z2",
        Unit::Latent,
        true,
    ),
];

/// The metrics shown first, in this order, when present.
const DISPLAY_ORDER: [Metric; 15] = [
    TEST_NEG_ELBO,
    TEST_RECONSTRUCTION,
    TEST_KL,
    TEST_MSE,
    CLASSIFIER_TEST_ACCURACY,
    TEST_MAP_ACCURACY,
    MAP_TEST_ACCURACY,
    TEST_SHARE_INSIDE_BOUNDS,
    TEST_KNN10_AGREEMENT,
    TEST_OCCUPIED_SHARE_32,
    TRAIN_IMAGES,
    EPOCHS,
    TRAIN_SECONDS,
    MAP_SECONDS,
    FINAL_TRAIN_LOSS,
];

/// Every known metric: [`DISPLAY_ORDER`]'s, then the others.
pub const ALL: [Metric; 21] = [
    TEST_NEG_ELBO,
    TEST_RECONSTRUCTION,
    TEST_KL,
    TEST_MSE,
    CLASSIFIER_TEST_ACCURACY,
    TEST_MAP_ACCURACY,
    MAP_TEST_ACCURACY,
    TEST_SHARE_INSIDE_BOUNDS,
    TEST_KNN10_AGREEMENT,
    TEST_OCCUPIED_SHARE_32,
    TRAIN_IMAGES,
    EPOCHS,
    TRAIN_SECONDS,
    MAP_SECONDS,
    FINAL_TRAIN_LOSS,
    TRAIN_SHARE_INSIDE_BOUNDS,
    SNAPSHOT_SECONDS,
    TEST_RANGE[0],
    TEST_RANGE[1],
    TEST_RANGE_1_99[0],
    TEST_RANGE_1_99[1],
];

/// The known metric with this key.
pub fn lookup(key: &str) -> Option<&'static Metric> {
    ALL.iter().find(|m| m.key == key)
}

/// Whether a key is a held-out test figure: a known metric's [`Metric::test`], otherwise by
/// name (`test_…`, `…_test_…`, `…_test`).
pub fn is_test_key(key: &str) -> bool {
    lookup(key).map_or_else(
        || key.starts_with("test_") || key.contains("_test_") || key.ends_with("_test"),
        |m| m.test,
    )
}

/// Formats `v` as the page shows the metric `key`: in its [`Unit`] when the key is known or
/// its suffix implies one, otherwise as a [`plain_number`].
pub fn format_value(key: &str, v: f64) -> String {
    match lookup(key).map(|m| m.unit).or_else(|| Unit::guess(key)) {
        Some(u) => u.format(v),
        None if v.is_finite() => plain_number(v),
        None => v.to_string(),
    }
}

/// The label of an unknown key: unit suffix dropped (`_nats`) or turned into a noun
/// (`_seconds` → `time`), underscores to spaces, first letter capitalised.
fn fallback_label(key: &str) -> String {
    let mut name = key.to_string();
    if let Some(s) = name.strip_suffix("_nats") {
        name = s.to_string();
    }
    if let Some(s) = name.strip_suffix("_seconds") {
        name = format!("{s}_time");
    }
    let label = name.replace('_', " ");
    let mut c = label.chars();
    c.next().map_or_else(String::new, |f| {
        f.to_uppercase().collect::<String>() + c.as_str()
    })
}

/// One row of the page's metrics list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The metric's key, or `test_range` for the combined spread row.
    pub key: String,
    /// The label, e.g. `Test −ELBO`.
    pub label: String,
    /// The formatted value with its unit, e.g. `150.0 nats/image`.
    pub value: String,
    /// Whether it is a held-out test figure.
    pub test: bool,
}

/// All rows of `metrics`, in display order: the well-known figures in a fixed order, then the
/// spread of the test codes as one row (`12.35 × 8.00 (1 %–99 %: 9.10 × 6.00)`, when both
/// full ranges are present), then every other key in key order with a label made from the key.
pub fn display_rows(metrics: &BTreeMap<String, f64>) -> Vec<Row> {
    let row = |key: &str, label: String, value: String| Row {
        key: key.to_string(),
        label,
        value,
        test: is_test_key(key),
    };
    let mut out = Vec::new();
    for m in DISPLAY_ORDER {
        if let Some(v) = m.get(metrics) {
            out.push(row(m.key, m.label.to_string(), m.format(v)));
        }
    }
    let r = [
        TEST_RANGE[0],
        TEST_RANGE[1],
        TEST_RANGE_1_99[0],
        TEST_RANGE_1_99[1],
    ]
    .map(|m| m.get(metrics));
    let spread_row = matches!(r, [Some(_), Some(_), ..]);
    if let [Some(a), Some(b), ..] = r {
        let mut v = format!("{a:.2} × {b:.2}");
        if let [_, _, Some(c), Some(d)] = r {
            v.push_str(&format!(" (1 %–99 %: {c:.2} × {d:.2})"));
        }
        out.push(row(
            "test_range",
            "Spread of the test codes, z₁ × z₂".into(),
            v,
        ));
    }
    for (k, &v) in metrics {
        let shown = DISPLAY_ORDER.iter().any(|m| m.key == k)
            || (spread_row
                && TEST_RANGE
                    .iter()
                    .chain(&TEST_RANGE_1_99)
                    .any(|m| m.key == k));
        if !shown {
            let label = lookup(k).map_or_else(|| fallback_label(k), |m| m.label.to_string());
            out.push(row(k, label, format_value(k, v)));
        }
    }
    out
}

/// The rows of [`display_rows`] split into the held-out test figures and the rest
/// (training size, times …), each in display order: what the page's two lists show.
pub fn display_groups(metrics: &BTreeMap<String, f64>) -> (Vec<Row>, Vec<Row>) {
    display_rows(metrics).into_iter().partition(|r| r.test)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_match_the_page() {
        let metrics: BTreeMap<String, f64> = [
            ("test_kl_nats", 6.71),
            ("test_neg_elbo_nats", 150.04),
            ("classifier_test_accuracy", 0.9921),
            ("train_seconds", 300.0),
            ("map_share_inside", 0.998),
            ("zeta", 1.5),
            ("train_images", 60000.0),
            ("test_range_z1", 12.345),
            ("test_range_z2", 8.0),
            ("test_range_1_99_z1", 9.1),
            ("test_range_1_99_z2", 6.0),
            ("test_knn10_agreement", 0.8312),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        let rows = display_rows(&metrics);
        let got: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.label.as_str(), r.value.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Test −ELBO", "150.0 nats/image"),
                ("Test KL", "6.7 nats/image"),
                ("Classifier test accuracy", "99.2 %"),
                ("Same class among a test code's 10 nearest", "83.1 %"),
                ("Training images", "60,000"),
                ("Training time", "5.0 min"),
                (
                    "Spread of the test codes, z₁ × z₂",
                    "12.35 × 8.00 (1 %–99 %: 9.10 × 6.00)",
                ),
                ("Map share inside", "99.8 %"),
                ("Zeta", "1.5"),
            ]
        );
        let (test, other) = display_groups(&metrics);
        let names: Vec<&str> = test.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(
            names,
            [
                "Test −ELBO",
                "Test KL",
                "Classifier test accuracy",
                "Same class among a test code's 10 nearest",
                "Spread of the test codes, z₁ × z₂"
            ]
        );
        assert_eq!(other.len(), 4);
        assert_eq!(
            format_value("test_mse_per_pixel", 0.036935),
            "0.0369 per pixel"
        );
        assert_eq!(format_value("map_seconds", 12.34), "12.3 s");
        assert_eq!(format_value("x", f64::NAN), "NaN");
        assert_eq!(thousands(-1234567), "-1,234,567");
    }

    #[test]
    fn known_metrics_are_consistent() {
        for (i, m) in ALL.iter().enumerate() {
            assert!(ALL[..i].iter().all(|o| o.key != m.key), "{} twice", m.key);
            // the explicit test flag agrees with the naming rule the page used
            let by_name =
                m.key.starts_with("test_") || m.key.contains("_test_") || m.key.ends_with("_test");
            assert_eq!(m.test, by_name, "{}", m.key);
            if let Some(u) = Unit::guess(m.key) {
                assert_eq!(u, m.unit, "{}", m.key);
            }
        }
        // an unknown key with only a range pair shown apart keeps its keys
        let only_1_99: BTreeMap<String, f64> = [("test_range_1_99_z1".to_string(), 1.0)]
            .into_iter()
            .collect();
        let rows = display_rows(&only_1_99);
        assert_eq!(rows[0].label, "Test range 1 99 z1");
        assert_eq!(rows[0].value, "1.00");
    }
}
