//! Datasets on disk: which files, which class names, and loading them as tensors.

use anyhow::{bail, Context, Result};
use candle_core::{Device, Tensor};
use latent_core::idx::Labelled;
use std::path::{Path, PathBuf};

/// A dataset the trainer knows by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DatasetId {
    /// MNIST handwritten digits (LeCun, Cortes & Burges; CC BY-SA 3.0).
    Mnist,
    /// Fashion-MNIST clothing images (Xiao, Rasul & Vollgraf 2017, Zalando; MIT).
    Fashion,
}

impl DatasetId {
    /// Short id used in file and model names.
    pub fn id(self) -> &'static str {
        match self {
            DatasetId::Mnist => "mnist",
            DatasetId::Fashion => "fashion",
        }
    }

    /// Name shown in the app's dataset switcher.
    pub fn label(self) -> &'static str {
        match self {
            DatasetId::Mnist => "MNIST digits",
            DatasetId::Fashion => "Fashion-MNIST",
        }
    }

    /// Default data folder: `data/<id>`.
    pub fn default_dir(self) -> PathBuf {
        PathBuf::from("data").join(self.id())
    }

    /// Class names, indexed by label.
    pub fn class_names(self) -> Vec<String> {
        match self {
            DatasetId::Mnist => (0..10).map(|d| d.to_string()).collect(),
            DatasetId::Fashion => [
                "T-shirt/top",
                "Trouser",
                "Pullover",
                "Dress",
                "Coat",
                "Sandal",
                "Shirt",
                "Sneaker",
                "Bag",
                "Ankle boot",
            ]
            .map(String::from)
            .to_vec(),
        }
    }

    /// The command that fetches this dataset.
    pub fn fetch_command(self) -> &'static str {
        match self {
            DatasetId::Mnist => "scripts/fetch-mnist.sh",
            DatasetId::Fashion => "scripts/fetch-mnist.sh fashion",
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

fn find(dir: &Path, stem: &str, ds: DatasetId) -> Result<PathBuf> {
    for name in [stem.to_string(), format!("{stem}.gz")] {
        let p = dir.join(&name);
        if p.exists() {
            return Ok(p);
        }
    }
    bail!(
        "{}: missing (neither {stem} nor {stem}.gz found); fetch the data with `{}`",
        dir.join(stem).display(),
        ds.fetch_command()
    )
}

/// Loads a split from `dir` (raw or gzip'd IDX files with the standard names).
///
/// # Errors
/// A message naming the file and what is wrong, and the fetch command when a file is missing.
pub fn load(dir: &Path, ds: DatasetId, split: Split) -> Result<Labelled> {
    let prefix = match split {
        Split::Train => "train",
        Split::Test => "t10k",
    };
    let images = find(dir, &format!("{prefix}-images-idx3-ubyte"), ds)?;
    let labels = find(dir, &format!("{prefix}-labels-idx1-ubyte"), ds)?;
    let l = Labelled::read(&images, &labels, ds.class_names().len()).with_context(|| {
        format!(
            "reading {} (re-fetch with `{}`)",
            dir.display(),
            ds.fetch_command()
        )
    })?;
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
