//! The list of models (`weights/manifest.json`): its datasets, the entry a dataset switch
//! shows, and the URLs of the files it names.

use latent_core::bundle::Manifest;

/// The last part of a URL or path: `weights/mnist/vae.safetensors` → `vae.safetensors`.
pub fn file_name(url: &str) -> &str {
    url.rsplit('/').next().unwrap_or(url)
}

/// The datasets of the manifest, in order of first appearance: `(id, label)`, the label
/// from the entry's `dataset_label` or [`dataset_name`](super::text::dataset_name).
pub fn datasets(manifest: &Manifest) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for b in &manifest.bundles {
        if !out.iter().any(|(id, _)| *id == b.dataset) {
            let label = if b.dataset_label.trim().is_empty() {
                super::text::dataset_name(&b.dataset)
            } else {
                b.dataset_label.clone()
            };
            out.push((b.dataset.clone(), label));
        }
    }
    out
}

/// The design part of a model id: `fashion-beta4` of dataset `fashion` → `beta4`.
pub fn design_of<'a>(id: &'a str, dataset: &str) -> &'a str {
    id.strip_prefix(dataset)
        .and_then(|s| s.strip_prefix('-'))
        .unwrap_or(id)
}

/// The manifest entry to show when the visitor picks `dataset` while entry `current` is
/// shown: the same design on the new dataset (by id, then by label), else the dataset's
/// first entry. `None` if the manifest has no entry for `dataset`.
pub fn entry_for_dataset(manifest: &Manifest, current: usize, dataset: &str) -> Option<usize> {
    let cur = manifest.bundles.get(current);
    let same = |i: &usize| manifest.bundles[*i].dataset == dataset;
    let idx: Vec<usize> = (0..manifest.bundles.len()).filter(same).collect();
    if let Some(cur) = cur {
        let design = design_of(&cur.id, &cur.dataset);
        if let Some(&i) = idx
            .iter()
            .find(|&&i| design_of(&manifest.bundles[i].id, dataset) == design)
        {
            return Some(i);
        }
        if let Some(&i) = idx
            .iter()
            .find(|&&i| manifest.bundles[i].label == cur.label)
        {
            return Some(i);
        }
    }
    idx.first().copied()
}

/// Resolves `path` (from the manifest) against the manifest's URL: relative paths are taken
/// from the manifest's folder; absolute URLs and root paths are kept.
pub fn join_url(manifest_url: &str, path: &str) -> String {
    if path.contains("://") || path.starts_with('/') {
        return path.to_string();
    }
    match manifest_url.rfind('/') {
        Some(i) => format!("{}{path}", &manifest_url[..=i]),
        None => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        assert_eq!(
            join_url("weights/manifest.json", "mnist/vae.safetensors"),
            "weights/mnist/vae.safetensors"
        );
        assert_eq!(join_url("m.json", "a/b"), "a/b");
        assert_eq!(join_url("w/m.json", "https://x/y"), "https://x/y");
    }

    fn entry(id: &str, dataset: &str, label: &str) -> latent_core::bundle::ManifestEntry {
        serde_json::from_value(serde_json::json!({
            "id": id, "dataset": dataset, "label": label, "view": format!("{id}.st"),
            "view_bytes": 1, "encoder": null,
            "dataset_label": if dataset == "fashion" { "Fashion-MNIST" } else { "" }
        }))
        .unwrap()
    }

    #[test]
    fn switching_datasets_keeps_the_design() {
        let m = Manifest {
            format_version: 1,
            bundles: vec![
                entry("mnist-vae", "mnist", "VAE"),
                entry("mnist-plain", "mnist", "Plain"),
                entry("mnist-x", "mnist", "Odd one"),
                entry("fashion-plain", "fashion", "Plain"),
                entry("fashion-vae", "fashion", "VAE"),
                entry("fashion-odd", "fashion", "Odd one"),
            ],
        };
        assert_eq!(
            datasets(&m),
            [
                ("mnist".to_string(), "MNIST".to_string()),
                ("fashion".to_string(), "Fashion-MNIST".to_string())
            ]
        );
        assert_eq!(design_of("fashion-beta4", "fashion"), "beta4");
        assert_eq!(design_of("odd", "fashion"), "odd");
        assert_eq!(entry_for_dataset(&m, 1, "fashion"), Some(3));
        assert_eq!(entry_for_dataset(&m, 4, "mnist"), Some(0));
        assert_eq!(entry_for_dataset(&m, 2, "fashion"), Some(5), "by label");
        assert_eq!(entry_for_dataset(&m, 0, "cifar"), None);
    }
}
