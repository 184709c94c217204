//! Runs that lose nothing: a staging folder per run, publishing in a safe order, stopping.
//!
//! A run writes everything it produces (frame files, evolution index, view and encoder files,
//! classifier, checkpoint) into its staging folder `<out>/.staging/<model id>/` and touches
//! the published files only at the end ([`publish`]): frame files first, under a folder named
//! after their content (`<name>.evolution-<hash>/`, never the folder the published index
//! points at), then the evolution index, then the view and encoder files, then the manifest
//! entry last, each by an atomic rename. Killed at any moment, the weights folder stays
//! loadable: before the index is replaced the published index still points at its own
//! frames; after, at the new ones, which are already in place. Files of the replaced run that
//! nothing references any more are removed once the manifest lists the new run
//! ([`remove_replaced`]).
//!
//! A stop (SIGINT, SIGTERM: [`Control::stop`]) ends training at the next batch boundary
//! after writing a checkpoint into the staging folder; the same command with `--resume`
//! continues from it ([`crate::checkpoint`]).

use crate::checkpoint::{self, Checkpoint};
use anyhow::{bail, Context, Result};
use latent_core::bundle::{files, EvolutionEntry, Manifest, ManifestEntry};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The folder of the staging folders, in the weights folder.
pub const STAGING_DIR: &str = ".staging";
/// The checkpoint's file name in a staging folder.
pub const CHECKPOINT_FILE: &str = "checkpoint.safetensors";

/// How a run is resumed and stopped.
#[derive(Debug, Clone, Default)]
pub struct Control {
    /// Continue from the checkpoint in the run's staging folder, if there is one (else start
    /// from the beginning).
    pub resume: bool,
    /// Set (by the SIGINT/SIGTERM handler) to stop at the next batch boundary.
    pub stop: Arc<AtomicBool>,
    /// Stop once this many optimiser steps are done (tests: an interruption at a known
    /// point).
    pub stop_at_step: Option<usize>,
}

impl Control {
    /// Whether the run should stop now, `steps` optimiser steps in.
    pub fn should_stop(&self, steps: usize) -> bool {
        self.stop.load(Ordering::SeqCst) || self.stop_at_step.is_some_and(|s| steps >= s)
    }

    /// Whether a stop was requested by a signal.
    pub fn stop_requested(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }
}

/// The staging folder of one run: `<out>/.staging/<id>/`.
#[derive(Debug, Clone)]
pub struct Staging {
    /// The folder.
    pub dir: PathBuf,
}

impl Staging {
    /// The staging folder of model `id` under the weights folder `out`. Without `resume`, a
    /// folder left by an interrupted run is an error (its checkpoint is never discarded
    /// silently); with `resume` it is kept.
    ///
    /// # Errors
    /// An interrupted run's folder without `resume`, or an I/O error.
    pub fn open(out: &Path, id: &str, resume: bool) -> Result<Self> {
        let dir = out.join(STAGING_DIR).join(id);
        if dir.exists() && !resume {
            bail!(
                "{} holds an interrupted run of `{id}`: rerun the same command with --resume \
                 to continue it, or delete that folder to start over",
                dir.display()
            );
        }
        std::fs::create_dir_all(&dir)
            .with_context(|| format!("{}: cannot create the staging folder", dir.display()))?;
        Ok(Self { dir })
    }

    /// A file in the staging folder.
    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    /// The checkpoint's path.
    pub fn checkpoint_path(&self) -> PathBuf {
        self.file(CHECKPOINT_FILE)
    }

    /// The checkpoint to resume from, checked against `fingerprint`; `None` when there is
    /// none (the run starts from the beginning).
    ///
    /// # Errors
    /// A checkpoint that cannot be read or is of another run.
    pub fn resume_from(&self, fingerprint: &str) -> Result<Option<Checkpoint>> {
        let path = self.checkpoint_path();
        if !path.exists() {
            eprintln!(
                "--resume: no checkpoint at {}; starting from the beginning",
                path.display()
            );
            return Ok(None);
        }
        let c = checkpoint::read(&path)?;
        c.check(fingerprint, &path)?;
        eprintln!(
            "resuming from {} (epoch {}, batch {})",
            path.display(),
            c.state.epoch,
            c.state.batch
        );
        Ok(Some(c))
    }

    /// Removes the staging folder (after publishing), and `.staging` when it is empty.
    ///
    /// # Errors
    /// An I/O error naming the folder.
    pub fn remove(&self) -> Result<()> {
        std::fs::remove_dir_all(&self.dir)
            .with_context(|| format!("{}: cannot remove", self.dir.display()))?;
        if let Some(parent) = self.dir.parent() {
            let _ = std::fs::remove_dir(parent); // fails while other runs stage there
        }
        Ok(())
    }
}

/// Flushes a folder's entries (renames) to disk, where the platform can.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(f) = std::fs::File::open(dir) {
        let _ = f.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Puts the staged file `src` at `dst` atomically: a hard link (or a copy) beside `dst`, then
/// a rename over it. `src` stays, so a publish that is cut short can be done again from the
/// staging folder.
///
/// # Errors
/// An I/O error naming the files.
pub fn publish_file(src: &Path, dst: &Path) -> Result<()> {
    let dir = dst.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    let tmp = dir.join(format!(
        ".{}.{}.publish.tmp",
        dst.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    let _ = std::fs::remove_file(&tmp);
    let res = std::fs::hard_link(src, &tmp)
        .or_else(|_| {
            std::fs::copy(src, &tmp)?;
            std::fs::File::open(&tmp)?.sync_all()
        })
        .and_then(|()| std::fs::rename(&tmp, dst));
    if res.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    res.with_context(|| format!("cannot publish {} as {}", src.display(), dst.display()))?;
    sync_dir(dir);
    Ok(())
}

/// A 64-bit FNV-1a hash of `parts`, as 16 hex digits: names a run's frame folder after its
/// frames, so equal runs get equal names and different runs different ones.
pub fn content_id<'a>(parts: impl IntoIterator<Item = &'a [u8]>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

/// The files (relative to the weights folder) that a manifest entry references: its view,
/// encoder and evolution index files, and the frame files the index lists (an index that
/// cannot be read lists none).
pub fn referenced_files(out: &Path, entry: &ManifestEntry) -> Vec<String> {
    let mut v = vec![entry.view.clone()];
    v.extend(entry.encoder.clone());
    if let Some(EvolutionEntry { index, .. }) = &entry.evolution {
        v.push(index.clone());
        if let Ok(bytes) = std::fs::read(out.join(index)) {
            if let Ok(evo) = latent_core::bundle::evolution::Evolution::from_bytes(&bytes, index) {
                v.extend(evo.meta.frames);
            }
        }
    }
    v
}

/// The manifest entry of model `id` in `<out>/manifest.json`, if any (a manifest that cannot
/// be read has none).
pub fn published_entry(out: &Path, id: &str) -> Option<ManifestEntry> {
    let bytes = std::fs::read(out.join(files::MANIFEST_FILE)).ok()?;
    let m = Manifest::parse(&bytes, files::MANIFEST_FILE).ok()?;
    m.entry(id).cloned()
}

/// After `new` replaced a model's entry: removes the files that the replaced run referenced
/// (`old`, from [`referenced_files`] before publishing) and nothing references now, then the
/// frame folders of bundle `name` in `dataset` left by runs cut short while publishing
/// (`<name>.evolution-<16 hex digits>` other than those in use). Only paths inside
/// `<out>/<dataset>/` are touched. Returns the files removed.
///
/// # Errors
/// An I/O error naming the file.
pub fn remove_replaced(
    out: &Path,
    dataset: &str,
    name: &str,
    old: &[String],
    manifest: &Manifest,
) -> Result<Vec<String>> {
    let mut keep: std::collections::HashSet<String> = std::collections::HashSet::new();
    for e in &manifest.bundles {
        keep.extend(referenced_files(out, e));
    }
    let prefix = format!("{dataset}/");
    let safe = |p: &str| {
        p.starts_with(&prefix)
            && !p.split('/').any(|c| c.is_empty() || c == "." || c == "..")
            && !p.contains('\\')
    };
    let mut removed = Vec::new();
    let mut dirs = std::collections::BTreeSet::new();
    for f in old {
        if keep.contains(f) || !safe(f) {
            continue;
        }
        let path = out.join(f);
        match std::fs::remove_file(&path) {
            Ok(()) => removed.push(f.clone()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("{}: cannot remove", path.display())),
        }
        if let Some(parent) = path.parent() {
            if parent != out.join(dataset) {
                dirs.insert(parent.to_path_buf());
            }
        }
    }
    for d in dirs {
        let _ = std::fs::remove_dir(d); // only when empty
    }
    let in_use: std::collections::HashSet<&str> = keep
        .iter()
        .filter_map(|f| f.strip_prefix(&prefix)?.split('/').next())
        .collect();
    let stem = format!("{name}.evolution-");
    if let Ok(rd) = std::fs::read_dir(out.join(dataset)) {
        for e in rd.flatten() {
            let file_name = e.file_name().to_string_lossy().into_owned();
            let Some(id) = file_name.strip_prefix(&stem) else {
                continue;
            };
            let ours = id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit());
            if ours && !in_use.contains(file_name.as_str()) && e.path().is_dir() {
                std::fs::remove_dir_all(e.path())
                    .with_context(|| format!("{}: cannot remove", e.path().display()))?;
                removed.push(format!("{prefix}{file_name}/"));
            }
        }
    }
    Ok(removed)
}
