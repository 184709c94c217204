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

/// The staged files of an autoencoder bundle and the manifest entry that will list them.
#[derive(Debug, Clone)]
pub(crate) struct StagedBundle {
    /// The staged view file.
    pub view: PathBuf,
    /// The staged encoder file.
    pub encoder: PathBuf,
    /// The manifest entry, with the published paths.
    pub entry: ManifestEntry,
}

/// Writes the view file (`decoder` + map tensors) and the encoder file (`encoder`) of bundle
/// `name` into the staging folder, atomically, and returns them with the manifest entry to
/// publish ([`crate::stage`] publishes them).
pub(crate) fn stage_autoencoder_bundle(
    stage: &crate::stage::Staging,
    dataset: &Dataset,
    name: &str,
    meta: &BundleMeta,
    (decoder, encoder): (Named, Named),
    map: &ClassMap,
    listing: Listing,
) -> Result<StagedBundle> {
    let view_file = files::view_file(name);
    let enc_file = files::encoder_file(name);
    let view = stage.file("view.safetensors");
    let view_bytes = write_view_file(&view, meta, decoder, map)?;
    let enc = stage.file("encoder.safetensors");
    write::atomic_write(&enc, &write::to_safetensors(&encoder, meta)?)?;
    Ok(StagedBundle {
        view,
        encoder: enc,
        entry: ManifestEntry {
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
    })
}

/// Publishes a staged bundle: the view file, then the encoder file (atomic renames), then
/// its manifest entry (locked, atomic). Returns the view file's path and the manifest written.
pub(crate) fn publish_bundle(
    out: &Path,
    dataset: &Dataset,
    name: &str,
    staged: &StagedBundle,
) -> Result<(PathBuf, latent_core::bundle::Manifest)> {
    let view_path = bundle_path(out, dataset, &files::view_file(name));
    crate::stage::publish_file(&staged.view, &view_path)?;
    crate::stage::publish_file(
        &staged.encoder,
        &bundle_path(out, dataset, &files::encoder_file(name)),
    )?;
    let m = manifest::upsert_file(&out.join(files::MANIFEST_FILE), staged.entry.clone())?;
    Ok((view_path, m))
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

/// Rewrites bundle file `path` with every tensor 8-byte aligned (as
/// [`write::to_safetensors`] lays files out), keeping tensor names, dtypes, shapes, bytes and
/// the metadata; returns how many tensors were misaligned (0: the file is left alone). The
/// new bytes are read back and compared tensor by tensor before they replace the file
/// (atomically).
///
/// # Errors
/// Names the file when it cannot be read, is not a bundle, or the rewrite would change a
/// tensor.
pub fn realign(path: &std::path::Path) -> anyhow::Result<usize> {
    use anyhow::{ensure, Context};
    use latent_core::bundle::{candle::read_tensors, layout, read_file, read_meta};
    let name = path.display().to_string();
    let bytes = read_file(path)?;
    let misaligned = layout::misaligned(&bytes)?.len();
    if misaligned == 0 {
        return Ok(0);
    }
    let meta = read_meta(&bytes, &name)?;
    let tensors = read_tensors(&bytes, &name)?;
    let mut named: Vec<(String, candle_core::Tensor)> = tensors.into_iter().collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let out = write::to_safetensors(&named, &meta)?;
    ensure!(
        layout::misaligned(&out)?.is_empty(),
        "{name}: the rewrite is still misaligned"
    );
    ensure!(
        read_meta(&out, &name)? == meta,
        "{name}: the rewrite changes the metadata"
    );
    let again = read_tensors(&out, &name)?;
    ensure!(
        again.len() == named.len(),
        "{name}: the rewrite changes the tensor list"
    );
    // f16, f32 and u8 all widen to f32 exactly and one to one: equal f32 bits = equal values
    let raw = |t: &candle_core::Tensor| -> anyhow::Result<Vec<u32>> {
        Ok(t.to_dtype(candle_core::DType::F32)?
            .flatten_all()?
            .to_vec1::<f32>()?
            .iter()
            .map(|v| v.to_bits())
            .collect())
    };
    for (k, t) in &named {
        let u = again
            .get(k)
            .with_context(|| format!("{name}: `{k}` is lost"))?;
        ensure!(
            t.dtype() == u.dtype() && t.dims() == u.dims() && raw(t)? == raw(u)?,
            "{name}: the rewrite changes `{k}`"
        );
    }
    write::atomic_write(path, &out)?;
    Ok(misaligned)
}
