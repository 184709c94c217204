//! Writing bundles and the manifest: where files go, which tensors go into which file.

use crate::data::Dataset;
use anyhow::Result;
use candle_core::Tensor;
use candle_nn::VarMap;
use latent_core::bundle::{files, manifest, write, BundleMeta, EvolutionEntry, ManifestEntry};
use latent_core::latent_map::ClassMap;
use std::path::{Path, PathBuf};

/// Named tensors, as stored in a safetensors file.
pub(crate) type Named = Vec<(String, Tensor)>;

/// Path of a bundle file under the weights folder: `<out>/<dataset>/<file>`.
pub fn bundle_path(out: &Path, dataset: &Dataset, file: &str) -> PathBuf {
    out.join(files::in_dataset(dataset.id(), file))
}

/// The tensors whose names start with `prefix`, sorted by name.
pub(crate) fn by_prefix(
    tensors: impl Iterator<Item = (String, Tensor)>,
    prefix: &str,
) -> Vec<(String, Tensor)> {
    let mut v: Vec<(String, Tensor)> = tensors.filter(|(k, _)| k.starts_with(prefix)).collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

/// The variables of `vm` whose names start with `prefix`, sorted by name.
pub(crate) fn named_tensors(vm: &VarMap, prefix: &str) -> Vec<(String, Tensor)> {
    let data = vm.data().lock().unwrap();
    by_prefix(
        data.iter().map(|(k, v)| (k.clone(), v.as_tensor().clone())),
        prefix,
    )
}

/// Writes a view file (f16 decoder tensors `decoder.*` + map tensors + `meta`) atomically and
/// returns its bytes.
pub(crate) fn write_view_file(
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

/// What the manifest says about an autoencoder bundle besides its files.
#[derive(Debug, Clone)]
pub(crate) struct Listing {
    /// Human-readable name of the model.
    pub label: String,
    /// Sentence on what the design does.
    pub summary: String,
    /// The run's training evolution, if recorded.
    pub evolution: Option<EvolutionEntry>,
}

/// Writes an autoencoder bundle `name`, the view file (`decoder` + map tensors) and the
/// encoder file (`encoder`), atomically, and inserts or replaces its manifest entry. Returns
/// the view file's path and size in bytes.
pub(crate) fn write_autoencoder_bundle(
    out: &Path,
    dataset: &Dataset,
    name: &str,
    meta: &BundleMeta,
    (decoder, encoder): (Named, Named),
    map: &ClassMap,
    listing: Listing,
) -> Result<(PathBuf, u64)> {
    let view_file = files::view_file(name);
    let enc_file = files::encoder_file(name);
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
            label: listing.label,
            view: files::in_dataset(dataset.id(), &view_file),
            view_bytes: view_bytes.len() as u64,
            encoder: Some(files::in_dataset(dataset.id(), &enc_file)),
            dataset_label: dataset.label().into(),
            summary: listing.summary,
            evolution: listing.evolution,
        },
    )?;
    Ok((view_path, view_bytes.len() as u64))
}

/// Inserts or replaces `entry` (by id) in `<out>/manifest.json`, under the manifest's lock
/// and written atomically ([`manifest::upsert_file`]): trainers finishing at the same time
/// keep each other's entries.
///
/// # Errors
/// A manifest that is not valid (left unchanged), a lock held too long, or an I/O error.
pub fn update_manifest(out: &Path, entry: ManifestEntry) -> Result<()> {
    manifest::upsert_file(&out.join(files::MANIFEST_FILE), entry)?;
    Ok(())
}
