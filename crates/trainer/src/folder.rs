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
mod tests {
    use super::*;
    use image::{Rgb, RgbImage, Rgba, RgbaImage};

    /// A fresh, unique temp folder, removed on drop.
    struct TempDir(PathBuf);
    impl TempDir {
        fn new(tag: &str) -> Self {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static N: AtomicUsize = AtomicUsize::new(0);
            let p = std::env::temp_dir().join(format!(
                "latent-folder-test-{tag}-{}-{}",
                std::process::id(),
                N.fetch_add(1, Ordering::SeqCst)
            ));
            let _ = std::fs::remove_dir_all(&p);
            std::fs::create_dir_all(&p).unwrap();
            Self(p)
        }
    }
    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// Grey image `w × h`: `ink` inside the shape, `bg` outside.
    fn shape(kind: &str, w: u32, h: u32, ink: u8, bg: u8) -> GrayImage {
        GrayImage::from_fn(w, h, |x, y| {
            let (fx, fy) = (x as f32 / w as f32, y as f32 / h as f32);
            let inside = match kind {
                // a disc of radius 0.35 around the centre
                "circle" => (fx - 0.5).powi(2) + (fy - 0.5).powi(2) < 0.35f32.powi(2),
                // the middle half in both directions
                "square" => (0.25..0.75).contains(&fx) && (0.25..0.75).contains(&fy),
                // a vertical bar, the middle fifth of the width, 10 %–90 % of the height
                "bar" => (0.4..0.6).contains(&fx) && (0.1..0.9).contains(&fy),
                _ => unreachable!(),
            };
            Luma([if inside { ink } else { bg }])
        })
    }

    fn to_rgb(g: &GrayImage) -> RgbImage {
        RgbImage::from_fn(g.width(), g.height(), |x, y| {
            let v = g.get_pixel(x, y).0[0];
            Rgb([v, v, v])
        })
    }

    /// Six images per class: sizes 28…, odd aspect ratios, every other one RGB, the last two
    /// black on white.
    fn write_class(dir: &Path, kind: &str) {
        std::fs::create_dir_all(dir).unwrap();
        let sizes = [(28, 28), (40, 40), (64, 48), (33, 57), (100, 100), (17, 17)];
        for (i, &(w, h)) in sizes.iter().enumerate() {
            let (ink, bg) = if i >= 4 { (0, 255) } else { (255, 0) };
            let g = shape(kind, w, h, ink, bg);
            let p = dir.join(format!("{kind}{i}.png"));
            if i % 2 == 1 {
                to_rgb(&g).save(&p).unwrap();
            } else {
                g.save(&p).unwrap();
            }
        }
    }

    fn three_classes(root: &Path) {
        for kind in ["square", "circle", "bar"] {
            write_class(&root.join(kind), kind);
        }
    }

    fn count(l: &Labelled, label: u8) -> usize {
        l.labels.iter().filter(|&&x| x == label).count()
    }

    fn px(img: &[u8], x: usize, y: usize) -> u8 {
        img[y * SIDE + x]
    }

    #[test]
    fn automatic_split_classes_counts_and_order() {
        let t = TempDir::new("auto");
        three_classes(&t.0);
        std::fs::write(t.0.join(".DS_Store"), b"junk").unwrap();
        std::fs::write(t.0.join("square").join(".hidden.png"), b"junk").unwrap();
        let ds = load_image_folder(&t.0, 0.2).unwrap();
        assert_eq!(ds.class_names, ["bar", "circle", "square"]);
        // k = 5: the 5th of the six sorted files of each class is the test image.
        for l in 0..3 {
            assert_eq!(count(&ds.train, l), 5, "train, class {l}");
            assert_eq!(count(&ds.test, l), 1, "test, class {l}");
        }
        assert_eq!((ds.train.images.rows, ds.train.images.cols), (28, 28));
        assert_eq!(ds.train.images.pixels.len(), 15 * 784);
        // Round-robin over classes.
        assert_eq!(&ds.train.labels[..6], &[0, 1, 2, 0, 1, 2]);
        assert_eq!(ds.test.labels, [0, 1, 2]);
        // k = 2 (share 0.5): files 2, 4, 6 of each class.
        let half = load_image_folder(&t.0, 0.5).unwrap();
        assert_eq!((half.train.len(), half.test.len()), (9, 9));
        // A tiny share: each class still gets its last file as a test image.
        let tiny = load_image_folder(&t.0, 0.01).unwrap();
        assert_eq!((tiny.train.len(), tiny.test.len()), (15, 3));
        assert!(load_image_folder(&t.0, 0.0).is_err());
        assert!(load_image_folder(&t.0, 1.0).is_err());
    }

    #[test]
    fn pixels_are_mnist_like() {
        let t = TempDir::new("pixels");
        three_classes(&t.0);
        let ds = load_image_folder(&t.0, 0.2).unwrap();
        // Train order: round 0 is bar0, circle0, square0; round 1 is bar1 …; square is label 2.
        // The test image of each class is its file 4: 100×100, black ink on white, inverted.
        let square0 = ds.train.images.image(2); // 28×28 grey, white on black: nearly unchanged
        assert_eq!(px(square0, 14, 14), 255);
        assert_eq!(px(square0, 0, 0), 0);
        assert_eq!(px(square0, 27, 27), 0);
        let square1 = ds.train.images.image(5); // 40×40 RGB
        assert!(px(square1, 14, 14) >= 200, "{}", px(square1, 14, 14));
        assert!(px(square1, 1, 1) <= 30, "{}", px(square1, 1, 1));
        let square4 = ds.test.images.image(2); // 100×100 black on white: inverted
        assert_eq!(ds.test.labels[2], 2);
        assert!(px(square4, 14, 14) >= 200, "{}", px(square4, 14, 14));
        assert!(px(square4, 0, 0) <= 30, "{}", px(square4, 0, 0));
        assert!(px(square4, 27, 27) <= 30, "{}", px(square4, 27, 27));
        // The bar (label 0), file 3: 33×57, so padded left and right; the bar stays thin and
        // tall instead of being stretched to the full width.
        let bar3 = ds.train.images.image(9);
        assert_eq!(ds.train.labels[9], 0);
        assert!(px(bar3, 14, 14) >= 200, "{}", px(bar3, 14, 14));
        assert!(px(bar3, 8, 14) <= 30, "{}", px(bar3, 8, 14));
        assert!(px(bar3, 20, 14) <= 30, "{}", px(bar3, 20, 14));
        // The bar is 6 of 33 source columns; padded to 57×57 that is about 3 of 28 columns
        // (squashed to the full width it would be about 5).
        let bright = (0..SIDE).filter(|&x| px(bar3, x, 14) >= 128).count();
        assert!((2..=4).contains(&bright), "{bright} bright columns");
        // Ink all along the centre column from row 5 to row 22 (the bar spans 10 %–90 %).
        for y in 5..23 {
            assert!(px(bar3, 14, y) >= 150, "y {y}: {}", px(bar3, 14, y));
        }
    }

    #[test]
    fn conversion_handles_polarity_aspect_and_transparency() {
        // Black on white: inverted.
        let g = shape("square", 56, 56, 0, 255);
        let p = to_mnist_pixels(&DynamicImage::ImageLuma8(g));
        assert_eq!((px(&p, 14, 14), px(&p, 0, 0)), (255, 0));
        // A wide image (84×28) is padded top and bottom: a full-height bar in its middle third
        // covers rows 9..19 of the result only.
        let wide = GrayImage::from_fn(84, 28, |x, _| {
            Luma([if (28..56).contains(&x) { 255 } else { 0 }])
        });
        let p = to_mnist_pixels(&DynamicImage::ImageLuma8(wide));
        assert!(px(&p, 14, 14) >= 200 && px(&p, 14, 4) <= 30 && px(&p, 14, 23) <= 30);
        // Dark ink on a transparent sheet (transparent pixels stored as black): composited
        // over white, then inverted, so the ink is bright.
        let rgba = RgbaImage::from_fn(40, 40, |x, y| {
            if (10..30).contains(&x) && (10..30).contains(&y) {
                Rgba([0, 0, 0, 255])
            } else {
                Rgba([0, 0, 0, 0])
            }
        });
        let p = to_mnist_pixels(&DynamicImage::ImageRgba8(rgba));
        assert!(
            px(&p, 14, 14) >= 200 && px(&p, 1, 1) <= 30,
            "{} {}",
            px(&p, 14, 14),
            px(&p, 1, 1)
        );
        // White ink on a transparent sheet: composited over black.
        let rgba = RgbaImage::from_fn(40, 40, |x, y| {
            if (10..30).contains(&x) && (10..30).contains(&y) {
                Rgba([255, 255, 255, 255])
            } else {
                Rgba([255, 255, 255, 0])
            }
        });
        let p = to_mnist_pixels(&DynamicImage::ImageRgba8(rgba));
        assert!(
            px(&p, 14, 14) >= 200 && px(&p, 1, 1) <= 30,
            "{} {}",
            px(&p, 14, 14),
            px(&p, 1, 1)
        );
        // Colour: pure red on black is Rec. 709 luma 0.2126 · 255 ≈ 54.
        let red = RgbImage::from_fn(28, 28, |x, _| {
            if x >= 14 {
                Rgb([255, 0, 0])
            } else {
                Rgb([0, 0, 0])
            }
        });
        let p = to_mnist_pixels(&DynamicImage::ImageRgb8(red));
        assert!((50..=58).contains(&px(&p, 20, 14)), "{}", px(&p, 20, 14));
    }

    #[test]
    fn explicit_train_test_folders_are_honoured() {
        let t = TempDir::new("explicit");
        for kind in ["square", "circle"] {
            write_class(&t.0.join("train").join(kind), kind);
        }
        for kind in ["circle", "square"] {
            let d = t.0.join("test").join(kind);
            std::fs::create_dir_all(&d).unwrap();
            for i in 0..2 {
                shape(kind, 30, 30, 255, 0)
                    .save(d.join(format!("t{i}.png")))
                    .unwrap();
            }
        }
        // The share is ignored: all six go to training, the two in test/ to testing.
        let ds = load_image_folder(&t.0, 0.5).unwrap();
        assert_eq!(ds.class_names, ["circle", "square"]);
        assert_eq!((count(&ds.train, 0), count(&ds.train, 1)), (6, 6));
        assert_eq!((count(&ds.test, 0), count(&ds.test, 1)), (2, 2));
        assert_eq!(ds.test.labels, [0, 1, 0, 1]);
        // Different class sets are an error naming the odd one.
        write_class(&t.0.join("train").join("bar"), "bar");
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert!(
            e.contains("only in train/: [bar]") && e.contains("only in test/: []"),
            "{e}"
        );
        // Anything next to train/ and test/ is an error.
        std::fs::remove_dir_all(t.0.join("train").join("bar")).unwrap();
        std::fs::write(t.0.join("notes.txt"), b"x").unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert!(e.contains("notes.txt") && e.contains("unexpected"), "{e}");
        // train/ without test/: train is taken for a class folder, and the error says why.
        std::fs::remove_file(t.0.join("notes.txt")).unwrap();
        std::fs::remove_dir_all(t.0.join("test")).unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert!(e.contains("both train/ and test/ are needed"), "{e}");
    }

    #[test]
    fn errors_name_the_path() {
        let t = TempDir::new("errors");
        three_classes(&t.0);
        // A corrupt image: the error names it and quotes the decoder.
        let bad = t.0.join("circle").join("x.png");
        std::fs::write(&bad, b"not a png").unwrap();
        let e = format!("{:#}", load_image_folder(&t.0, 0.2).unwrap_err());
        assert!(
            e.contains(&bad.display().to_string()) && e.contains("cannot decode"),
            "{e}"
        );
        std::fs::remove_file(&bad).unwrap();
        // A file with another extension.
        let txt = t.0.join("circle").join("notes.txt");
        std::fs::write(&txt, b"x").unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert!(
            e.contains(&txt.display().to_string()) && e.contains("not an image"),
            "{e}"
        );
        std::fs::remove_file(&txt).unwrap();
        // An empty class folder.
        let empty = t.0.join("empty");
        std::fs::create_dir(&empty).unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert!(
            e.contains(&empty.display().to_string()) && e.contains("holds no images"),
            "{e}"
        );
        // A class with a single image cannot be split.
        shape("bar", 28, 28, 255, 0)
            .save(empty.join("one.png"))
            .unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert!(e.contains("class empty has 1 image"), "{e}");
        std::fs::remove_dir_all(&empty).unwrap();
        // A file directly in the folder.
        let stray = t.0.join("readme.md");
        std::fs::write(&stray, b"x").unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert!(
            e.contains(&stray.display().to_string()) && e.contains("not a folder"),
            "{e}"
        );
        // An empty or missing folder.
        let none = TempDir::new("empty-root");
        let e = load_image_folder(&none.0, 0.2).unwrap_err().to_string();
        assert!(
            e.contains(&none.0.display().to_string()) && e.contains("empty folder"),
            "{e}"
        );
        let e = load_image_folder(&none.0.join("nope"), 0.2)
            .unwrap_err()
            .to_string();
        assert!(e.contains("nope") && e.contains("not a folder"), "{e}");
    }

    #[test]
    fn classes_txt() {
        let t = TempDir::new("classes");
        assert_eq!(load_idx_folder_classes(&t.0).unwrap(), None);
        let f = t.0.join(CLASSES_FILE);
        std::fs::write(&f, "\u{feff}cat\r\n dog \nT-shirt/top\n\n").unwrap();
        assert_eq!(
            load_idx_folder_classes(&t.0).unwrap().unwrap(),
            ["cat", "dog", "T-shirt/top"]
        );
        std::fs::write(&f, "cat\n\ndog\n").unwrap();
        let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
        assert!(
            e.contains("classes.txt") && e.contains("line 2 is empty"),
            "{e}"
        );
        std::fs::write(&f, "cat\ndog\ncat\n").unwrap();
        let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
        assert!(e.contains("\"cat\" appears twice (lines 1 and 3)"), "{e}");
        std::fs::write(&f, "\n\n").unwrap();
        let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
        assert!(e.contains("no class names"), "{e}");
        let many: String = (0..256).map(|i| format!("c{i}\n")).collect();
        std::fs::write(&f, many).unwrap();
        let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
        assert!(e.contains("256 class names"), "{e}");
    }

    #[test]
    fn classes_txt_refuses_empty_and_non_utf8_names() {
        let t = TempDir::new("classes-bad");
        let f = t.0.join(CLASSES_FILE);
        // an empty name between two others, and a name of white space only
        std::fs::write(&f, "cat\ndog\n\nbird\n").unwrap();
        let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
        assert_eq!(
            e,
            format!("{}: line 3 is empty; every class needs a name", f.display())
        );
        std::fs::write(&f, "cat\n \t \ndog\n").unwrap();
        let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
        assert!(e.contains("line 2 is empty"), "{e}");
        // Latin-1 "café" (0xE9) on line 2: named with its line and byte
        std::fs::write(&f, b"cat\ncaf\xe9\ndog\n").unwrap();
        let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "{}: line 2 is not valid UTF-8 text (byte 4 of the line); save the file as UTF-8",
                f.display()
            )
        );
        // after a byte-order mark and CRLF line ends, the line number is still the file's
        std::fs::write(&f, b"\xef\xbb\xbfa\r\nb\r\nc\r\n\xff\r\n").unwrap();
        let e = load_idx_folder_classes(&t.0).unwrap_err().to_string();
        assert!(
            e.contains("line 4 is not valid UTF-8 text (byte 1 of the line)"),
            "{e}"
        );
    }

    #[test]
    fn long_class_names_are_allowed() {
        let long = |c: char| std::iter::repeat_n(c, 150).collect::<String>();
        let (a, b) = (long('a'), format!("é{}", long('b')));
        assert_eq!(b.chars().count(), 151);
        let t = TempDir::new("classes-long");
        std::fs::write(t.0.join(CLASSES_FILE), format!("{a}\n{b}\n")).unwrap();
        assert_eq!(
            load_idx_folder_classes(&t.0).unwrap().unwrap(),
            [a.clone(), b.clone()]
        );
        // class folders with 150-character names (300 bytes is over most file systems' 255;
        // 150 ASCII characters are not)
        let t = TempDir::new("folder-long");
        for (name, kind) in [(&a, "circle"), (&long('z'), "bar")] {
            let d = t.0.join(name);
            std::fs::create_dir(&d).unwrap();
            for i in 0..2 {
                shape(kind, 20, 20, 255, 0)
                    .save(d.join(format!("{i}.png")))
                    .unwrap();
            }
        }
        let ds = load_image_folder(&t.0, 0.5).unwrap();
        assert_eq!(ds.class_names, [a, long('z')]);
        assert_eq!((ds.train.len(), ds.test.len()), (2, 2));
    }

    #[cfg(unix)]
    #[test]
    fn folder_names_must_be_utf8_and_not_blank() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let t = TempDir::new("folder-names");
        three_classes(&t.0);
        // a class folder named in Latin-1: "café" with byte 0xE9
        let bad = t.0.join(OsStr::from_bytes(b"caf\xe9"));
        std::fs::create_dir(&bad).unwrap();
        shape("bar", 28, 28, 255, 0)
            .save(bad.join("a.png"))
            .unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "{}: the folder's name is not valid UTF-8 text (a class folder's name is its \
                 class name, shown in the app); rename the folder",
                bad.display()
            )
        );
        std::fs::remove_dir_all(&bad).unwrap();
        // an image whose file name is not UTF-8
        let img = t.0.join("circle").join(OsStr::from_bytes(b"\xff.png"));
        shape("bar", 28, 28, 255, 0).save(&img).unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert_eq!(
            e,
            format!(
                "{}: the file's name is not valid UTF-8 text; rename the file",
                img.display()
            )
        );
        std::fs::remove_file(&img).unwrap();
        // a class folder whose name is white space only
        let blank = t.0.join("  ");
        std::fs::create_dir(&blank).unwrap();
        shape("bar", 28, 28, 255, 0)
            .save(blank.join("a.png"))
            .unwrap();
        let e = load_image_folder(&t.0, 0.2).unwrap_err().to_string();
        assert!(
            e.contains(&blank.display().to_string())
                && e.contains("the class folder's name is blank; every class needs a name"),
            "{e}"
        );
        std::fs::remove_dir_all(&blank).unwrap();
        // the same folders in train/ of an explicit split
        let split = TempDir::new("folder-names-split");
        three_classes(&split.0.join("train"));
        three_classes(&split.0.join("test"));
        let bad = split.0.join("test").join(OsStr::from_bytes(b"\x80"));
        std::fs::create_dir(&bad).unwrap();
        let e = load_image_folder(&split.0, 0.2).unwrap_err().to_string();
        assert!(
            e.starts_with(&format!(
                "{}: the folder's name is not valid UTF-8",
                bad.display()
            )),
            "{e}"
        );
        assert!(load_image_folder(&t.0, 0.2).is_ok());
    }
}
