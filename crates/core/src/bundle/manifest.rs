//! `weights/manifest.json`: the list of bundles the app can show, and its safe update.
//!
//! The manifest is JSON ([`Manifest::to_json`]): `{"format_version": 1, "bundles": [entry, …]}`
//! with one [`ManifestEntry`] per model, the first entry being the page's default view. Paths
//! inside it are relative to the manifest's folder (see [`super::files`]).
//!
//! Several trainer processes may finish at the same time and each add its model:
//! [`upsert_file`] re-reads, edits and rewrites the file under a lock file
//! (`manifest.json.lock`, created exclusively), so no entry is lost.

use super::FORMAT_VERSION;
use crate::{Error, Result};
use serde::{Deserialize, Serialize};

/// One entry of the manifest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ManifestEntry {
    /// Model id, e.g. `mnist-vae`.
    pub id: String,
    /// Dataset id, e.g. `mnist`.
    pub dataset: String,
    /// Human-readable name, e.g. `VAE (β = 1)`.
    pub label: String,
    /// Path of the view file, relative to the manifest.
    pub view: String,
    /// Size of the view file in bytes.
    pub view_bytes: u64,
    /// Path of the encoder file, relative to the manifest.
    pub encoder: Option<String>,
    /// Dataset name shown in the app's dataset switcher, e.g. `Fashion-MNIST`.
    #[serde(default)]
    pub dataset_label: String,
    /// One sentence on what this design does to the latent space, shown beside its metrics.
    #[serde(default)]
    pub summary: String,
    /// The run's training evolution, when it recorded snapshots.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evolution: Option<EvolutionEntry>,
}

/// Where a bundle's training evolution lives (see [`crate::bundle::evolution`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvolutionEntry {
    /// Path of the evolution index, relative to the manifest.
    pub index: String,
    /// Size of the index in bytes.
    pub index_bytes: u64,
    /// Epoch of each snapshot.
    pub epochs: Vec<usize>,
}

/// `weights/manifest.json`: the bundles the app can show. The first entry is the default view.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Manifest {
    /// Bundle format version ([`FORMAT_VERSION`]).
    pub format_version: u32,
    /// The bundles.
    pub bundles: Vec<ManifestEntry>,
}

fn manifest_err(name: &str, what: impl std::fmt::Display) -> Error {
    Error::Manifest {
        name: name.into(),
        what: what.to_string(),
    }
}

impl Manifest {
    /// An empty manifest of the current [`FORMAT_VERSION`].
    pub fn new() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            bundles: Vec::new(),
        }
    }

    /// Parses and checks a manifest (as fetched by the browser or read from disk).
    ///
    /// # Errors
    /// [`Error::Manifest`] naming `name` when the bytes are not a manifest's JSON, the format
    /// version is not [`FORMAT_VERSION`], the bundle list is empty, or a model id is listed
    /// twice.
    pub fn parse(bytes: &[u8], name: &str) -> Result<Self> {
        let m = Self::parse_any(bytes, name)?;
        if m.bundles.is_empty() {
            return Err(manifest_err(name, "lists no bundles"));
        }
        Ok(m)
    }

    /// Like [`Manifest::parse`], but an empty list is allowed (a manifest being built).
    fn parse_any(bytes: &[u8], name: &str) -> Result<Self> {
        // (as text, as `safetensors` reads its headers: one JSON reader in the page's wasm)
        let m: Self = std::str::from_utf8(bytes)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(s).map_err(|e| e.to_string()))
            .map_err(|e| {
                manifest_err(
                    name,
                    super::layout::not_safetensors(bytes, "the manifest")
                        .unwrap_or_else(|| format!("not a valid manifest ({e})")),
                )
            })?;
        if m.format_version != FORMAT_VERSION {
            return Err(manifest_err(
                name,
                format!(
                    "format version {} but this app reads version {FORMAT_VERSION}",
                    m.format_version
                ),
            ));
        }
        for (i, e) in m.bundles.iter().enumerate() {
            if m.bundles[..i].iter().any(|o| o.id == e.id) {
                return Err(manifest_err(name, format!("lists model `{}` twice", e.id)));
            }
        }
        Ok(m)
    }

    /// The manifest as written to disk: pretty-printed JSON with a final newline.
    pub fn to_json(&self) -> String {
        // serialising these plain structs cannot fail (string keys, no maps with other keys)
        let mut json = serde_json::to_string_pretty(self).unwrap_or_default();
        json.push('\n');
        json
    }

    /// The entry with model id `id`.
    pub fn entry(&self, id: &str) -> Option<&ManifestEntry> {
        self.bundles.iter().find(|e| e.id == id)
    }

    /// Replaces the entry with `entry.id` in place, or appends `entry` when there is none.
    pub fn upsert(&mut self, entry: ManifestEntry) {
        match self.bundles.iter_mut().find(|e| e.id == entry.id) {
            Some(e) => *e = entry,
            None => self.bundles.push(entry),
        }
    }
}

/// How long [`upsert_file`] waits for another process's lock before giving up.
#[cfg(not(target_arch = "wasm32"))]
pub const LOCK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Inserts or replaces `entry` (by id) in the manifest at `path` and returns the manifest
/// written. A missing file starts an empty manifest. The read–modify–write runs under the lock
/// file `<path>.lock` (see [`upsert_file_with_timeout`], waiting at most [`LOCK_TIMEOUT`]), and
/// the file is replaced atomically, so concurrent writers never drop each other's entries and
/// a reader never sees half a file.
///
/// # Errors
/// [`Error::Io`] naming the file or the lock file (also when the lock stays held past the
/// timeout); [`Error::Manifest`] when the existing file is not a valid manifest (it is left
/// unchanged).
#[cfg(not(target_arch = "wasm32"))]
pub fn upsert_file(path: &std::path::Path, entry: ManifestEntry) -> Result<Manifest> {
    upsert_file_with_timeout(path, entry, LOCK_TIMEOUT)
}

/// [`upsert_file`] with a lock timeout of `timeout`.
///
/// # Errors
/// As [`upsert_file`].
#[cfg(not(target_arch = "wasm32"))]
pub fn upsert_file_with_timeout(
    path: &std::path::Path,
    entry: ManifestEntry,
    timeout: std::time::Duration,
) -> Result<Manifest> {
    let name = path.display().to_string();
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.display().to_string(),
            source,
        })?;
    }
    let mut lock_name = path.as_os_str().to_owned();
    lock_name.push(".lock");
    let _lock = lock::FileLock::acquire(lock_name.into(), timeout)?;
    let mut m = match std::fs::read(path) {
        Ok(b) => Manifest::parse_any(&b, &name)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Manifest::new(),
        Err(source) => return Err(Error::Io { path: name, source }),
    };
    m.upsert(entry);
    super::write::atomic_write(path, m.to_json().as_bytes())?;
    Ok(m)
}

#[cfg(not(target_arch = "wasm32"))]
mod lock {
    use crate::{Error, Result};
    use std::io::{ErrorKind, Write};
    use std::path::PathBuf;
    use std::time::{Duration, Instant};

    /// An exclusive lock held as long as the lock file exists: created with `create_new`
    /// (atomic on local file systems), removed on drop.
    pub(super) struct FileLock {
        path: PathBuf,
    }

    impl FileLock {
        /// Creates the lock file, retrying every 10 ms while another holder has it, for at
        /// most `timeout`.
        pub(super) fn acquire(path: PathBuf, timeout: Duration) -> Result<Self> {
            let start = Instant::now();
            loop {
                match std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(&path)
                {
                    Ok(mut f) => {
                        // the holder's pid, for whoever finds a stale lock
                        let _ = writeln!(f, "{}", std::process::id());
                        return Ok(Self { path });
                    }
                    Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                        if start.elapsed() >= timeout {
                            return Err(Error::Io {
                                path: path.display().to_string(),
                                source: std::io::Error::new(
                                    ErrorKind::TimedOut,
                                    format!(
                                        "still locked after {:.0} s; if no trainer is running, \
                                         delete this lock file",
                                        timeout.as_secs_f64()
                                    ),
                                ),
                            });
                        }
                        std::thread::sleep(Duration::from_millis(10));
                    }
                    Err(source) => {
                        return Err(Error::Io {
                            path: path.display().to_string(),
                            source,
                        })
                    }
                }
            }
        }
    }

    impl Drop for FileLock {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str) -> ManifestEntry {
        ManifestEntry {
            id: id.into(),
            dataset: "mnist".into(),
            label: id.to_uppercase(),
            view: format!("mnist/{id}.safetensors"),
            view_bytes: 1,
            encoder: None,
            dataset_label: "MNIST digits".into(),
            summary: String::new(),
            evolution: None,
        }
    }

    #[test]
    fn parse_checks_version_list_and_ids() {
        let mut m = Manifest::new();
        m.upsert(entry("a"));
        m.upsert(entry("b"));
        let mut b2 = entry("b");
        b2.label = "second".into();
        m.upsert(b2);
        assert_eq!(m.bundles.len(), 2);
        assert_eq!(m.entry("b").unwrap().label, "second");
        assert_eq!(
            Manifest::parse(m.to_json().as_bytes(), "m.json").unwrap(),
            m
        );
        let err = |s: &str| {
            Manifest::parse(s.as_bytes(), "weights/manifest.json")
                .unwrap_err()
                .to_string()
        };
        let e = err("<html>404</html>");
        assert!(
            e.starts_with(
                "weights/manifest.json: the server returned an HTML page, not the manifest"
            ),
            "{e}"
        );
        // not UTF-8 (read as text, as `safetensors` reads its headers)
        let e = Manifest::parse(
            b"{\"format_version\": 1, \"x\": \"\xff\"}",
            "weights/manifest.json",
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("weights/manifest.json")
                && e.contains("not a valid manifest (invalid utf-8"),
            "{e}"
        );
        let e = err("{\"format_version\": 1,");
        assert!(
            e.starts_with("weights/manifest.json: not a valid manifest"),
            "{e}"
        );
        let e = err(r#"{"format_version": 2, "bundles": []}"#);
        assert!(
            e.contains("format version 2 but this app reads version 1"),
            "{e}"
        );
        let e = err(r#"{"format_version": 1, "bundles": []}"#);
        assert_eq!(e, "weights/manifest.json: lists no bundles");
        let mut twice = m.clone();
        twice.bundles.push(entry("a"));
        let e = err(&twice.to_json());
        assert!(e.contains("lists model `a` twice"), "{e}");
    }

    #[test]
    fn concurrent_upserts_keep_every_entry() {
        let dir = std::env::temp_dir().join(format!("latent-manifest-{}", std::process::id()));
        let path = dir.join("manifest.json");
        let _ = std::fs::remove_dir_all(&dir);
        upsert_file(&path, entry("first")).unwrap();
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let path = path.clone();
                std::thread::spawn(move || {
                    for i in 0..5 {
                        upsert_file(&path, entry(&format!("t{t}-{i}"))).unwrap();
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        let m = Manifest::parse(&std::fs::read(&path).unwrap(), "m").unwrap();
        assert_eq!(m.bundles.len(), 41, "entries were dropped");
        assert_eq!(m.bundles[0].id, "first", "the default stays first");
        for t in 0..8 {
            for i in 0..5 {
                assert!(m.entry(&format!("t{t}-{i}")).is_some());
            }
        }
        // the lock and the temporary files are gone
        let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
        assert_eq!(left.len(), 1, "{left:?}");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_held_lock_times_out_and_a_bad_file_is_kept() {
        let dir = std::env::temp_dir().join(format!("latent-lock-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("manifest.json");
        std::fs::write(dir.join("manifest.json.lock"), "1\n").unwrap();
        let e = upsert_file_with_timeout(&path, entry("a"), std::time::Duration::from_millis(50))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("manifest.json.lock") && e.contains("still locked"),
            "{e}"
        );
        std::fs::remove_file(dir.join("manifest.json.lock")).unwrap();
        std::fs::write(&path, "not json").unwrap();
        let e = upsert_file(&path, entry("a")).unwrap_err().to_string();
        assert!(e.contains("not a valid manifest"), "{e}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "not json");
        assert!(!dir.join("manifest.json.lock").exists(), "lock released");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
