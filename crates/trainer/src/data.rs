//! Datasets on disk: which files, which class names, and loading them as tensors.

use anyhow::{bail, Context, Result};
use candle_core::{Device, Tensor};
use latent_core::dataset::{self, KnownDataset};
use latent_core::idx::Labelled;
use std::path::{Path, PathBuf};

/// A dataset the trainer knows by name: the built-in datasets of [`latent_core::dataset`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatasetId {
    /// MNIST handwritten digits (LeCun, Cortes & Burges; CC BY-SA 3.0).
    Mnist,
    /// Fashion-MNIST clothing images (Xiao, Rasul & Vollgraf 2017, Zalando; MIT).
    Fashion,
}

impl DatasetId {
    /// This dataset's row of the table of built-in datasets.
    pub fn known(self) -> &'static KnownDataset {
        match self {
            DatasetId::Mnist => &dataset::MNIST,
            DatasetId::Fashion => &dataset::FASHION,
        }
    }

    /// Short id used in file and model names.
    pub fn id(self) -> &'static str {
        self.known().id
    }

    /// Name shown in the app's dataset switcher.
    pub fn label(self) -> &'static str {
        self.known().label
    }

    /// Default data folder: `data/<id>`.
    pub fn default_dir(self) -> PathBuf {
        PathBuf::from("data").join(self.id())
    }

    /// Class names, indexed by label.
    pub fn class_names(self) -> Vec<String> {
        self.known()
            .class_names
            .iter()
            .map(|c| c.to_string())
            .collect()
    }

    /// The command that fetches this dataset.
    pub fn fetch_command(self) -> &'static str {
        match self {
            DatasetId::Mnist => "scripts/fetch-mnist.sh",
            DatasetId::Fashion => "scripts/fetch-mnist.sh fashion",
        }
    }

    /// The known dataset called `id`, if any.
    pub fn from_id(id: &str) -> Option<Self> {
        [DatasetId::Mnist, DatasetId::Fashion]
            .into_iter()
            .find(|d| d.id() == id)
    }
}

/// Where a dataset's images come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A folder of IDX files with the standard names (raw or .gz).
    Idx(PathBuf),
    /// A folder of labelled images (see [`crate::folder`]), already converted.
    Images {
        /// The folder.
        dir: PathBuf,
        /// The converted training and test sets.
        data: Box<crate::folder::FolderDataset>,
    },
}

/// A dataset: its id (used in file and model names), display label, class names and source.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    id: String,
    label: String,
    class_names: Vec<String>,
    fetch: String,
    source: Source,
}

impl Dataset {
    /// A known dataset read from `dir` (default `data/<id>`).
    pub fn known(d: DatasetId, dir: Option<&Path>) -> Self {
        Self {
            id: d.id().into(),
            label: d.label().into(),
            class_names: d.class_names(),
            fetch: d.fetch_command().into(),
            source: Source::Idx(dir.map_or_else(|| d.default_dir(), Path::to_path_buf)),
        }
    }

    /// Resolves `--dataset id [--data dir]`: `mnist` and `fashion` are known (data in
    /// `data/<id>` unless `dir` is given); any other id is your own data in `dir`, either IDX
    /// files with the standard names (class names from `classes.txt`, else `0`…`9`) or a
    /// folder of labelled images `<class>/<file>` (see [`crate::folder`]), of which a share
    /// `test_share` per class becomes the test set unless the folder has `train/` and `test/`.
    ///
    /// # Errors
    /// An id that is not a lowercase file-name-safe word, a missing `dir` for your own data,
    /// and the folder loader's errors (naming the file).
    pub fn resolve(
        id: &str,
        dir: Option<&Path>,
        label: Option<&str>,
        test_share: f32,
    ) -> Result<Self> {
        if let Some(d) = DatasetId::from_id(id) {
            let mut ds = Self::known(d, dir);
            if let Some(l) = label {
                ds.label = l.into();
            }
            return Ok(ds);
        }
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            bail!("dataset id `{id}`: use lowercase letters, digits and `_` only (it names files and models)");
        }
        let Some(dir) = dir else {
            let known: Vec<&str> = dataset::KNOWN.iter().map(|d| d.id).collect();
            bail!(
                "dataset `{id}` is not built in ({}): give its folder with --data",
                known.join(", ")
            );
        };
        let has_idx = ["train-images-idx3-ubyte", "train-images-idx3-ubyte.gz"]
            .iter()
            .any(|f| dir.join(f).exists());
        let fetch = format!("check the files in {}", dir.display());
        let (class_names, source) = if has_idx {
            let names = crate::folder::load_idx_folder_classes(dir)?
                .unwrap_or_else(|| (0..10).map(|d| d.to_string()).collect());
            (names, Source::Idx(dir.to_path_buf()))
        } else {
            let data = crate::folder::load_image_folder(dir, test_share)?;
            (
                data.class_names.clone(),
                Source::Images {
                    dir: dir.to_path_buf(),
                    data: Box::new(data),
                },
            )
        };
        let most = latent_core::palette::CLASS_COLOURS.len();
        if class_names.len() > most || class_names.len() < 2 {
            bail!(
                "{}: {} classes; the class map tells apart 2 to {most} classes",
                dir.display(),
                class_names.len()
            );
        }
        Ok(Self {
            id: id.into(),
            label: label.unwrap_or(id).into(),
            class_names,
            fetch,
            source,
        })
    }

    /// Short id used in file and model names.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// Name shown in the app's dataset switcher.
    pub fn label(&self) -> &str {
        &self.label
    }

    /// Class names, indexed by label.
    pub fn class_names(&self) -> Vec<String> {
        self.class_names.clone()
    }

    /// The source folder.
    pub fn dir(&self) -> &Path {
        match &self.source {
            Source::Idx(d) => d,
            Source::Images { dir, .. } => dir,
        }
    }

    /// Loads a split.
    ///
    /// # Errors
    /// A message naming the file and what is wrong, and the fetch command when a file is missing.
    pub fn load(&self, split: Split) -> Result<Labelled> {
        match &self.source {
            Source::Idx(dir) => load_idx(dir, self, split),
            Source::Images { data, .. } => Ok(match split {
                Split::Train => data.train.clone(),
                Split::Test => data.test.clone(),
            }),
        }
    }
}

/// Training or test split.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// The 60,000 training images.
    Train,
    /// The 10,000 held-out test images.
    Test,
}

fn find(dir: &Path, stem: &str, ds: &Dataset) -> Result<PathBuf> {
    for name in [stem.to_string(), format!("{stem}.gz")] {
        let p = dir.join(&name);
        if p.exists() {
            return Ok(p);
        }
    }
    bail!(
        "{}: missing (neither {stem} nor {stem}.gz found); fetch the data with `{}`",
        dir.join(stem).display(),
        ds.fetch
    )
}

/// Loads a split from `dir` (raw or gzip'd IDX files with the standard names).
fn load_idx(dir: &Path, ds: &Dataset, split: Split) -> Result<Labelled> {
    let prefix = match split {
        Split::Train => "train",
        Split::Test => "t10k",
    };
    let images = find(dir, &format!("{prefix}-images-idx3-ubyte"), ds)?;
    let labels = find(dir, &format!("{prefix}-labels-idx1-ubyte"), ds)?;
    let l = Labelled::read(&images, &labels, ds.class_names().len())
        .with_context(|| format!("reading {} (re-fetch with `{}`)", dir.display(), ds.fetch))?;
    if (l.images.rows, l.images.cols) != (28, 28) {
        bail!(
            "{}: images are {}×{}, expected 28×28",
            images.display(),
            l.images.rows,
            l.images.cols
        );
    }
    Ok(l)
}

/// A labelled set held as tensors on `device`.
#[derive(Debug, Clone)]
pub struct TensorSet {
    /// Pixels in `[0, 1]`, f32 `[N, 784]`.
    pub x: Tensor,
    /// Labels, u32 `[N]`.
    pub y: Tensor,
    /// Labels as bytes, `N`.
    pub labels: Vec<u8>,
}

impl TensorSet {
    /// Converts a labelled set to tensors.
    pub fn new(l: &Labelled, device: &Device) -> Result<Self> {
        let n = l.len();
        let x = Tensor::from_vec(l.images.to_f32(0..n), (n, 784), device)?;
        let y = Tensor::from_vec(
            l.labels.iter().map(|&v| v as u32).collect::<Vec<_>>(),
            n,
            device,
        )?;
        Ok(Self {
            x,
            y,
            labels: l.labels.clone(),
        })
    }

    /// Number of examples.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }
}

/// Loads the training set (its first `limit` images, if given) and the whole test set, as
/// tensors on `dev`.
///
/// # Errors
/// Names the data file that cannot be read.
pub fn load_sets(
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
