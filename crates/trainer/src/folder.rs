//! Bring-your-own data: a folder of labelled images, converted to MNIST-like 28×28 greyscale,
//! and class names for an IDX dataset from a `classes.txt`.
//!
//! # A folder of images
//!
//! [`load_image_folder`] reads `<dir>/<class name>/<file>` (PNG, JPEG, GIF, BMP or WebP, any
//! size, any colour type), one subfolder per class:
//!
//! * **Classes** are the subfolder names in sorted (byte) order; label `i` is `class_names[i]`.
//!   1 to [`MAX_CLASSES`] classes. A class folder's name must be valid UTF-8 text and not
//!   blank (it is the class name the app shows); long names are fine. Hidden entries (names starting with `.`) and the OS clutter
//!   files `Thumbs.db` / `desktop.ini` are skipped; anything else that is not a class folder
//!   (a file directly in `<dir>`, a folder inside a class folder, a file with another extension)
//!   is an error naming its path, so nothing is dropped silently.
//! * **Split**: if `<dir>/train/` and `<dir>/test/` both exist, each is read as above and they
//!   are the split (both must have the same classes; nothing else may sit next to them).
//!   Otherwise the split is made per class, deterministically: the files sorted by name, every
//!   `k`-th (the `k`-th, `2k`-th, …) goes to the test set, with `k = max(2, round(1 / test_share))`
//!   (so 0.2 → every 5th, 0.1 → every 10th, 0.3 → every 3rd). A class with fewer than `k` files
//!   gets its last file as its one test image; a class with fewer than 2 files is an error.
//! * **Order**: images are interleaved round-robin over the classes (first file of each class,
//!   then the second, …), so the first `n` of either set (`Labelled::take`, `--limit`) cover
//!   every class.
//! * **Pixels** ([`to_mnist_pixels`]): as in MNIST, 0 is the background (black) and 255 full
//!   ink (white):
//!   1. Transparency: if some pixels are not fully opaque, the image is composited over white
//!      when its opaque pixels are mostly dark (dark ink on a transparent sheet), else over
//!      black, so the ink stays visible either way.
//!   2. Greyscale: Rec. 709 luma (the image crate's `Luma8` conversion).
//!   3. Polarity: if the mean of the border pixels (the outermost row and column on every side)
//!      is above 127.5, the background is light and the image is inverted (`255 − v`), so the
//!      background ends up dark and the ink bright. No other contrast change is made.
//!   4. Aspect ratio: the image is centred on a black square canvas (side = its longer side),
//!      so shapes are not squashed; unlike MNIST's preprocessing there is no 20×20 box and no
//!      centre-of-mass shift: the longer side fills the 28 pixels.
//!   5. Resize to 28×28 with the triangle (linear) filter; the image crate widens the filter by
//!      the scale factor when shrinking, so this averages over the source area (no aliasing),
//!      and unlike Lanczos or Catmull-Rom it never overshoots into halos around strokes.
//! * **Errors**: a file that cannot be read or decoded is an error naming the file and quoting
//!   the decoder's message; the format is guessed from the content first, then the extension.
//!
//! # An IDX dataset with class names
//!
//! The other route is four IDX files as for MNIST plus a `classes.txt` with one class name per
//! line (label `i` is line `i + 1`); [`load_idx_folder_classes`] reads that file.

use anyhow::{anyhow, bail, Context, Result};
use image::imageops::FilterType;
use image::{DynamicImage, GenericImageView, GrayImage, ImageReader, Luma};
use latent_core::idx::{Images, Labelled};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// At most this many classes (labels are bytes).
pub const MAX_CLASSES: usize = 255;

/// Side of the converted images, as in MNIST.
pub const SIDE: usize = 28;

/// File extensions read as images (compared case-insensitively).
pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "gif", "bmp", "webp"];

/// File names skipped besides hidden ones (compared case-insensitively).
const CLUTTER: &[&str] = &["thumbs.db", "desktop.ini"];

/// A labelled image folder converted to MNIST-like training and test sets.
#[derive(Debug, Clone, PartialEq)]
pub struct FolderDataset {
    /// Class names, indexed by label (the class folder names, sorted).
    pub class_names: Vec<String>,
    /// Training images, 28×28, labels indexing `class_names`.
    pub train: Labelled,
    /// Test images, 28×28, labels indexing `class_names`.
    pub test: Labelled,
}

/// One class folder: its name and its image files, sorted by file name.
struct ClassFiles {
    name: String,
    files: Vec<PathBuf>,
}

fn is_skipped(name: &str) -> bool {
    name.starts_with('.') || CLUTTER.iter().any(|c| name.eq_ignore_ascii_case(c))
}

/// The non-skipped entries of `dir`, sorted by name, as (name, path, is_dir).
///
/// # Errors
/// A folder that cannot be listed, an entry whose metadata cannot be read, and an entry whose
/// name is not valid UTF-8 (a class folder's name is its class name, shown in the app and
/// stored in the bundle as text), each naming the path.
fn entries(dir: &Path) -> Result<Vec<(String, PathBuf, bool)>> {
    let rd = std::fs::read_dir(dir).with_context(|| format!("{}: cannot list", dir.display()))?;
    let mut out = Vec::new();
    for e in rd {
        let e = e.with_context(|| format!("{}: cannot list", dir.display()))?;
        let path = e.path();
        let raw = e.file_name();
        if is_skipped(&raw.to_string_lossy()) {
            continue;
        }
        // Follows symbolic links, so a linked class folder or image counts as what it points to.
        let meta = std::fs::metadata(&path)
            .with_context(|| format!("{}: cannot read its metadata", path.display()))?;
        let Some(name) = raw.to_str() else {
            let what = if meta.is_dir() {
                "the folder's name is not valid UTF-8 text (a class folder's name is its class \
                 name, shown in the app); rename the folder"
            } else {
                "the file's name is not valid UTF-8 text; rename the file"
            };
            bail!("{}: {what}", path.display());
        };
        out.push((name.to_string(), path, meta.is_dir()));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

fn is_image_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| IMAGE_EXTENSIONS.iter().any(|e| x.eq_ignore_ascii_case(e)))
}

/// The class folders of `dir` (which must hold only class folders) and their image files.
fn scan_classes(dir: &Path) -> Result<Vec<ClassFiles>> {
    let top = entries(dir)?;
    if top.is_empty() {
        bail!(
            "{}: empty folder; expected one subfolder of images per class (<class>/<image>.png …)",
            dir.display()
        );
    }
    let mut classes = Vec::new();
    for (name, path, is_dir) in top {
        if !is_dir {
            bail!(
                "{}: not a folder; {} must hold only class folders (<class>/<image>.png …)",
                path.display(),
                dir.display()
            );
        }
        if name.trim().is_empty() {
            bail!(
                "{}: the class folder's name is blank; every class needs a name (it is shown in \
                 the app)",
                path.display()
            );
        }
        let mut files = Vec::new();
        for (fname, fpath, f_is_dir) in entries(&path)? {
            if f_is_dir {
                let hint = if name == "train" || name == "test" {
                    " (for an explicit split, both train/ and test/ are needed)"
                } else {
                    ""
                };
                bail!(
                    "{}: a folder inside the class folder {name}; class folders hold only images{hint}",
                    fpath.display()
                );
            }
            if !is_image_name(&fname) {
                bail!(
                    "{}: not an image file name (expected one of the extensions {})",
                    fpath.display(),
                    IMAGE_EXTENSIONS.join(", ")
                );
            }
            files.push(fpath);
        }
        if files.is_empty() {
            bail!("{}: class folder {name} holds no images", path.display());
        }
        classes.push(ClassFiles { name, files });
    }
    if classes.len() > MAX_CLASSES {
        bail!(
            "{}: {} class folders; at most {MAX_CLASSES} classes are supported",
            dir.display(),
            classes.len()
        );
    }
    Ok(classes)
}

/// The largest image side the import decodes, pixels (an image is shrunk to 28 × 28 anyway;
/// a header claiming more is refused instead of padded to a gigabyte-sized square).
pub const MAX_IMAGE_SIDE: u32 = 4096;

/// Decoder limits of the import: sides up to [`MAX_IMAGE_SIDE`], 256 MiB of decoder memory.
pub fn image_limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_IMAGE_SIDE);
    limits.max_image_height = Some(MAX_IMAGE_SIDE);
    limits.max_alloc = Some(256 << 20);
    limits
}

/// Reads and decodes one image (within [`image_limits`]); errors name the file and quote
/// the decoder.
fn decode(path: &Path) -> Result<DynamicImage> {
    let mut reader = ImageReader::open(path)
        .map_err(|e| anyhow!("{}: cannot open: {e}", path.display()))?
        .with_guessed_format()
        .map_err(|e| anyhow!("{}: cannot read: {e}", path.display()))?;
    reader.limits(image_limits());
    reader
        .decode()
        .map_err(|e| anyhow!("{}: cannot decode: {e}", path.display()))
}

/// Converts any image to 28×28 MNIST-like pixels (row-major, 0 = background, 255 = ink); see
/// the module documentation for the steps.
pub fn to_mnist_pixels(img: &DynamicImage) -> Vec<u8> {
    // an image larger than the decoder limits allow is shrunk first, so the square canvas
    // below stays small whatever the caller decoded
    let shrunk;
    let img = if img.width().max(img.height()) > MAX_IMAGE_SIDE {
        shrunk = img.thumbnail(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE);
        &shrunk
    } else {
        img
    };
    let (w, h) = img.dimensions();
    if w == 0 || h == 0 {
        return vec![0; SIDE * SIDE];
    }
    // 1–2: greyscale, compositing transparency over a background that keeps the ink visible.
    let la = img.to_luma_alpha8();
    let translucent = la.pixels().any(|p| p.0[1] < 255);
    let grey: GrayImage = if translucent {
        let (mut sum, mut n) = (0u64, 0u64);
        for p in la.pixels().filter(|p| p.0[1] >= 128) {
            sum += p.0[0] as u64;
            n += 1;
        }
        let dark_ink = n > 0 && (sum as f64 / n as f64) < 127.5;
        let bg = if dark_ink { 255.0 } else { 0.0 };
        GrayImage::from_fn(w, h, |x, y| {
            let [v, a] = la.get_pixel(x, y).0;
            let a = a as f32 / 255.0;
            Luma([(v as f32 * a + bg * (1.0 - a)).round() as u8])
        })
    } else {
        img.to_luma8()
    };
    // 3: polarity from the border mean.
    let (mut sum, mut n) = (0u64, 0u64);
    for (x, y, p) in grey.enumerate_pixels() {
        if x == 0 || y == 0 || x == w - 1 || y == h - 1 {
            sum += p.0[0] as u64;
            n += 1;
        }
    }
    let invert = sum as f64 / n as f64 > 127.5;
    // 4: centre on a black square canvas.
    let side = w.max(h);
    let (ox, oy) = ((side - w) / 2, (side - h) / 2);
    let mut square = GrayImage::new(side, side);
    for (x, y, p) in grey.enumerate_pixels() {
        let v = if invert { 255 - p.0[0] } else { p.0[0] };
        square.put_pixel(x + ox, y + oy, Luma([v]));
    }
    // 5: resize.
    let small = image::imageops::resize(&square, SIDE as u32, SIDE as u32, FilterType::Triangle);
    small.into_raw()
}

/// Decodes and converts the files of each class; returns per class the converted images.
fn convert_classes(classes: &[ClassFiles]) -> Result<Vec<Vec<Vec<u8>>>> {
    classes
        .iter()
        .map(|c| {
            c.files
                .iter()
                .map(|f| decode(f).map(|img| to_mnist_pixels(&img)))
                .collect()
        })
        .collect()
}

/// Builds a labelled set from per-class images, interleaving the classes round-robin.
fn interleave(per_class: &[Vec<Vec<u8>>], name: &str) -> Result<Labelled> {
    let longest = per_class.iter().map(Vec::len).max().unwrap_or(0);
    let mut pixels = Vec::new();
    let mut labels = Vec::new();
    for i in 0..longest {
        for (label, imgs) in per_class.iter().enumerate() {
            if let Some(img) = imgs.get(i) {
                pixels.extend_from_slice(img);
                labels.push(label as u8);
            }
        }
    }
    let images = Images {
        count: labels.len(),
        rows: SIDE,
        cols: SIDE,
        pixels,
    };
    Ok(Labelled::new(images, labels, name, per_class.len())?)
}

/// Loads a folder of labelled images (see the module documentation for the layout, the split
/// and the conversion). `test_share` (in `(0, 1)`) sets the test share of the automatic split
/// and is ignored when the folder has `train/` and `test/`.
///
/// # Errors
/// A message naming the path: a missing or empty folder, a stray file, a class folder whose
/// name is blank or not valid UTF-8, a file whose name is not valid UTF-8, a class folder without
/// images, a class too small to split, different classes in `train/` and `test/`, more than
/// [`MAX_CLASSES`] classes, or a file that cannot be read or decoded (with the decoder's message).
pub fn load_image_folder(dir: &Path, test_share: f32) -> Result<FolderDataset> {
    if !dir.is_dir() {
        bail!("{}: not a folder (or it does not exist)", dir.display());
    }
    let train_dir = dir.join("train");
    let test_dir = dir.join("test");
    if train_dir.is_dir() && test_dir.is_dir() {
        for (name, path, _) in entries(dir)? {
            if name != "train" && name != "test" {
                bail!(
                    "{}: unexpected next to train/ and test/ (a folder with train/ and test/ must hold nothing else)",
                    path.display()
                );
            }
        }
        let train = scan_classes(&train_dir)?;
        let test = scan_classes(&test_dir)?;
        let names = |cs: &[ClassFiles]| cs.iter().map(|c| c.name.clone()).collect::<BTreeSet<_>>();
        let (a, b) = (names(&train), names(&test));
        if a != b {
            let only = |x: &BTreeSet<String>, y: &BTreeSet<String>| {
                x.difference(y).cloned().collect::<Vec<_>>().join(", ")
            };
            bail!(
                "{}: train/ and test/ must have the same class folders; only in train/: [{}]; only in test/: [{}]",
                dir.display(),
                only(&a, &b),
                only(&b, &a)
            );
        }
        let class_names = train.iter().map(|c| c.name.clone()).collect();
        return Ok(FolderDataset {
            class_names,
            train: interleave(&convert_classes(&train)?, &train_dir.display().to_string())?,
            test: interleave(&convert_classes(&test)?, &test_dir.display().to_string())?,
        });
    }

    if !(test_share > 0.0 && test_share < 1.0) {
        bail!("test share {test_share} must be between 0 and 1 (exclusive)");
    }
    let k = ((1.0 / test_share as f64).round() as usize).max(2);
    let classes = scan_classes(dir)?;
    let (mut train, mut test) = (Vec::new(), Vec::new());
    for c in &classes {
        let n = c.files.len();
        if n < 2 {
            bail!(
                "{}: class {} has {n} image; at least 2 are needed (one for training, one for testing)",
                dir.join(&c.name).display(),
                c.name
            );
        }
        let mut is_test: Vec<bool> = (0..n).map(|i| (i + 1) % k == 0).collect();
        if !is_test.contains(&true) {
            is_test[n - 1] = true;
        }
        let pick = |want: bool| ClassFiles {
            name: c.name.clone(),
            files: c
                .files
                .iter()
                .zip(&is_test)
                .filter(|(_, &t)| t == want)
                .map(|(f, _)| f.clone())
                .collect(),
        };
        train.push(pick(false));
        test.push(pick(true));
    }
    let name = dir.display().to_string();
    Ok(FolderDataset {
        class_names: classes.into_iter().map(|c| c.name).collect(),
        train: interleave(
            &convert_classes(&train)?,
            &format!("{name} (training split)"),
        )?,
        test: interleave(&convert_classes(&test)?, &format!("{name} (test split)"))?,
    })
}

/// Name of the class-name file of an IDX dataset folder.
pub const CLASSES_FILE: &str = "classes.txt";

/// Reads `<dir>/classes.txt`, one class name per line (label `i` is line `i + 1`), if present.
/// Names are trimmed of surrounding white space; a UTF-8 byte-order mark and blank lines at the
/// end are ignored.
///
/// Returns `Ok(None)` when the file does not exist (the caller then uses its default names).
///
/// # Errors
/// A message naming the file: unreadable, a line that is not UTF-8 (with its line number), no
/// names, an empty name (with its line number), a name given twice (with both line numbers), or
/// more than [`MAX_CLASSES`] names.
pub fn load_idx_folder_classes(dir: &Path) -> Result<Option<Vec<String>>> {
    let path = dir.join(CLASSES_FILE);
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(anyhow!("{}: cannot read: {e}", path.display())),
    };
    let text = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(&bytes);
    // line by line, so a byte that is not UTF-8 is reported with its line
    let mut names = Vec::new();
    for (i, line) in text.split(|&b| b == b'\n').enumerate() {
        let line = std::str::from_utf8(line).map_err(|e| {
            anyhow!(
                "{}: line {} is not valid UTF-8 text (byte {} of the line); save the file as \
                 UTF-8",
                path.display(),
                i + 1,
                e.valid_up_to() + 1
            )
        })?;
        names.push(line.trim().to_string());
    }
    while names.last().is_some_and(|n| n.is_empty()) {
        names.pop();
    }
    if names.is_empty() {
        bail!(
            "{}: no class names (expected one name per line)",
            path.display()
        );
    }
    if names.len() > MAX_CLASSES {
        bail!(
            "{}: {} class names; at most {MAX_CLASSES} are supported",
            path.display(),
            names.len()
        );
    }
    for (i, n) in names.iter().enumerate() {
        if n.is_empty() {
            bail!(
                "{}: line {} is empty; every class needs a name",
                path.display(),
                i + 1
            );
        }
        if let Some(j) = names[..i].iter().position(|m| m == n) {
            bail!(
                "{}: class name {n:?} appears twice (lines {} and {})",
                path.display(),
                j + 1,
                i + 1
            );
        }
    }
    Ok(Some(names))
}

#[cfg(test)]
mod tests;
