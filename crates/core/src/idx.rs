//! Reader for the IDX format used by MNIST and Fashion-MNIST.
//!
//! Format (LeCun et al., <http://yann.lecun.com/exdb/mnist/>): a big-endian header of a magic
//! number `0x0000_08DD` (type `0x08` = unsigned byte, `DD` = number of dimensions), one `u32`
//! per dimension, then the data in row-major order. Files may be gzip-compressed; gzip is
//! detected by its magic bytes `1f 8b`, not by the file name.

use crate::{Error, Result};
use std::io::Read;
use std::path::Path;

/// A stack of greyscale images, `count × rows × cols` bytes in row-major order
/// (pixel values 0..=255, 0 = background).
#[derive(Debug, Clone, PartialEq)]
pub struct Images {
    /// Number of images.
    pub count: usize,
    /// Rows per image (28 for MNIST).
    pub rows: usize,
    /// Columns per image (28 for MNIST).
    pub cols: usize,
    /// `count * rows * cols` pixel bytes.
    pub pixels: Vec<u8>,
}

impl Images {
    /// Pixels of image `i` (`rows * cols` bytes).
    pub fn image(&self, i: usize) -> &[u8] {
        let n = self.rows * self.cols;
        &self.pixels[i * n..(i + 1) * n]
    }

    /// Pixels of images `range` scaled to `[0, 1]` as f32, `[len, rows*cols]` row-major.
    pub fn to_f32(&self, range: std::ops::Range<usize>) -> Vec<f32> {
        let n = self.rows * self.cols;
        self.pixels[range.start * n..range.end * n]
            .iter()
            .map(|&p| p as f32 / 255.0)
            .collect()
    }
}

/// Decompresses `bytes` if they start with the gzip magic, else returns them unchanged.
/// `name` is used in error messages.
pub fn maybe_gunzip(bytes: Vec<u8>, name: &str) -> Result<Vec<u8>> {
    if bytes.len() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&bytes[..])
            .read_to_end(&mut out)
            .map_err(|e| Error::Idx {
                path: name.into(),
                what: format!("corrupt gzip data: {e}"),
            })?;
        Ok(out)
    } else {
        Ok(bytes)
    }
}

/// Parses the header of an IDX byte buffer of unsigned bytes and checks the data length.
/// Returns the dimensions and the data slice.
fn parse<'a>(bytes: &'a [u8], name: &str, want_dims: u8) -> Result<(Vec<usize>, &'a [u8])> {
    let err = |what: String| Error::Idx {
        path: name.into(),
        what,
    };
    if bytes.len() < 4 {
        return Err(err(format!(
            "file is {} bytes, too short for an IDX header",
            bytes.len()
        )));
    }
    if bytes[0] != 0 || bytes[1] != 0 || bytes[2] != 0x08 || bytes[3] != want_dims {
        return Err(err(format!(
            "bad magic number 0x{:02x}{:02x}{:02x}{:02x}, expected 0x000008{:02x} (unsigned bytes, {} dimension{})",
            bytes[0], bytes[1], bytes[2], bytes[3], want_dims, want_dims,
            if want_dims == 1 { "" } else { "s" }
        )));
    }
    let header = 4 + 4 * want_dims as usize;
    if bytes.len() < header {
        return Err(err(format!(
            "file is {} bytes, too short for its {header}-byte header",
            bytes.len()
        )));
    }
    let dims: Vec<usize> = (0..want_dims as usize)
        .map(|d| u32::from_be_bytes(bytes[4 + 4 * d..8 + 4 * d].try_into().unwrap()) as usize)
        .collect();
    // checked: a header may promise anything (2^32 − 1 per dimension overflows a product of
    // three, and even one on a 32-bit target)
    let want = dims
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .ok_or_else(|| {
            err(format!(
                "header dimensions {dims:?} promise more data bytes than this machine can address: \
                 not an IDX file of this kind, or a corrupt header"
            ))
        })?;
    let have = bytes.len() - header;
    if have != want {
        return Err(err(format!(
            "header promises {want} data bytes (dimensions {dims:?}) but the file holds {have}{}",
            if have < want { " (truncated?)" } else { "" }
        )));
    }
    Ok((dims, &bytes[header..]))
}

/// Parses an IDX image file (magic `0x00000803`) from memory; `name` is used in errors.
///
/// # Errors
/// [`Error::Idx`] on a bad magic number, a short header, dimensions whose product overflows,
/// a data length that does not match the header, 0 images, or images of 0 pixels.
pub fn parse_images(bytes: Vec<u8>, name: &str) -> Result<Images> {
    let bytes = maybe_gunzip(bytes, name)?;
    let (dims, data) = parse(&bytes, name, 3)?;
    if dims[0] == 0 {
        return Err(Error::Idx {
            path: name.into(),
            what: "holds 0 images (the header's count is 0): nothing to train or test on".into(),
        });
    }
    if dims[1] == 0 || dims[2] == 0 {
        return Err(Error::Idx {
            path: name.into(),
            what: format!(
                "images of {}×{} pixels: an image needs at least one",
                dims[1], dims[2]
            ),
        });
    }
    Ok(Images {
        count: dims[0],
        rows: dims[1],
        cols: dims[2],
        pixels: data.to_vec(),
    })
}

/// Parses an IDX label file (magic `0x00000801`) from memory; `name` is used in errors.
///
/// # Errors
/// [`Error::Idx`] as for [`parse_images`] (0 labels included).
pub fn parse_labels(bytes: Vec<u8>, name: &str) -> Result<Vec<u8>> {
    let bytes = maybe_gunzip(bytes, name)?;
    let (_, data) = parse(&bytes, name, 1)?;
    if data.is_empty() {
        return Err(Error::Idx {
            path: name.into(),
            what: "holds 0 labels (the header's count is 0): nothing to train or test on".into(),
        });
    }
    Ok(data.to_vec())
}

fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|source| Error::Io {
        path: path.display().to_string(),
        source,
    })
}

/// Reads an IDX image file, raw or gzip'd.
///
/// # Errors
/// [`Error::Io`] if the file cannot be read, [`Error::Idx`] if it is malformed.
pub fn read_images(path: &Path) -> Result<Images> {
    parse_images(read(path)?, &path.display().to_string())
}

/// Reads an IDX label file, raw or gzip'd.
///
/// # Errors
/// [`Error::Io`] if the file cannot be read, [`Error::Idx`] if it is malformed.
pub fn read_labels(path: &Path) -> Result<Vec<u8>> {
    parse_labels(read(path)?, &path.display().to_string())
}

/// A labelled set of images.
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    /// The images.
    pub images: Images,
    /// One class index per image.
    pub labels: Vec<u8>,
}

impl Labelled {
    /// Reads an image file and its label file and checks that they match in count and that
    /// every label is below `num_classes`.
    ///
    /// # Errors
    /// As [`read_images`] and [`read_labels`], plus [`Error::Idx`] on a count mismatch or an
    /// out-of-range label.
    pub fn read(images: &Path, labels: &Path, num_classes: usize) -> Result<Self> {
        let imgs = read_images(images)?;
        let labs = read_labels(labels)?;
        Self::new(imgs, labs, &labels.display().to_string(), num_classes)
    }

    /// Pairs images with labels, checking counts and label range; `name` is used in errors.
    ///
    /// # Errors
    /// [`Error::Idx`] on a count mismatch or an out-of-range label.
    pub fn new(images: Images, labels: Vec<u8>, name: &str, num_classes: usize) -> Result<Self> {
        if images.count != labels.len() {
            return Err(Error::Idx {
                path: name.into(),
                what: format!("{} labels for {} images", labels.len(), images.count),
            });
        }
        if let Some((i, l)) = labels
            .iter()
            .enumerate()
            .find(|(_, &l)| l as usize >= num_classes)
        {
            return Err(Error::Idx {
                path: name.into(),
                what: format!("label {l} at index {i} is not below {num_classes}"),
            });
        }
        Ok(Self { images, labels })
    }

    /// Number of examples.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// True when there are no examples.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// The first `n` examples (or all, if fewer).
    pub fn take(&self, n: usize) -> Self {
        let n = n.min(self.len());
        let px = self.images.rows * self.images.cols;
        Self {
            images: Images {
                count: n,
                pixels: self.images.pixels[..n * px].to_vec(),
                ..self.images
            },
            labels: self.labels[..n].to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn idx3(n: u32, r: u32, c: u32, data: &[u8]) -> Vec<u8> {
        let mut v = vec![0, 0, 8, 3];
        for d in [n, r, c] {
            v.extend_from_slice(&d.to_be_bytes());
        }
        v.extend_from_slice(data);
        v
    }

    #[test]
    fn parses_raw_and_gzip() {
        let data: Vec<u8> = (0..2 * 2 * 3).map(|i| i as u8).collect();
        let raw = idx3(2, 2, 3, &data);
        let imgs = parse_images(raw.clone(), "x").unwrap();
        assert_eq!((imgs.count, imgs.rows, imgs.cols), (2, 2, 3));
        assert_eq!(imgs.image(1), &[6, 7, 8, 9, 10, 11]);
        let mut gz = Vec::new();
        {
            use std::io::Write;
            let mut e = flate2::write::GzEncoder::new(&mut gz, flate2::Compression::default());
            e.write_all(&raw).unwrap();
        }
        assert_eq!(parse_images(gz, "x.gz").unwrap(), imgs);
    }

    #[test]
    fn bad_magic_is_named() {
        let mut raw = idx3(1, 1, 1, &[0]);
        raw[3] = 1;
        let e = parse_images(raw, "train-images").unwrap_err().to_string();
        assert!(
            e.contains("train-images") && e.contains("bad magic number 0x00000801"),
            "{e}"
        );
        let e = parse_labels(idx3(1, 1, 1, &[0]), "labels")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("bad magic number 0x00000803") && e.contains("expected 0x00000801"),
            "{e}"
        );
    }

    #[test]
    fn short_files_are_rejected() {
        let raw = idx3(3, 2, 2, &[0; 11]);
        let e = parse_images(raw, "imgs").unwrap_err().to_string();
        assert!(
            e.contains("promises 12 data bytes")
                && e.contains("holds 11")
                && e.contains("truncated"),
            "{e}"
        );
        let e = parse_images(vec![0, 0, 8], "tiny").unwrap_err().to_string();
        assert!(e.contains("too short for an IDX header"), "{e}");
        let e = parse_images(vec![0, 0, 8, 3, 0, 0], "hdr")
            .unwrap_err()
            .to_string();
        assert!(e.contains("too short for its 16-byte header"), "{e}");
        let e = parse_images(vec![0x1f, 0x8b, 1, 2, 3], "bad.gz")
            .unwrap_err()
            .to_string();
        assert!(e.contains("bad.gz") && e.contains("corrupt gzip"), "{e}");
    }

    #[test]
    fn huge_dimensions_are_an_error_not_an_overflow() {
        let max = u32::MAX;
        // a product of three 2^32 − 1 overflows even 64 bits
        let e = parse_images(idx3(max, max, max, &[0; 4]), "big-images")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("big-images") && e.contains("more data bytes than this machine"),
            "{e}"
        );
        // one huge dimension: a count that the data cannot hold
        for (n, r, c) in [(max, 1, 1), (1, max, 2), (2, 2, max)] {
            let e = parse_images(idx3(n, r, c, &[0; 4]), "one-big")
                .unwrap_err()
                .to_string();
            assert!(e.starts_with("one-big") || e.contains("one-big"), "{e}");
            assert!(
                e.contains("more data bytes") || e.contains("but the file holds 4"),
                "{e}"
            );
        }
        let mut lab = vec![0, 0, 8, 1];
        lab.extend_from_slice(&max.to_be_bytes());
        let e = parse_labels(lab, "big-labels").unwrap_err().to_string();
        assert!(e.contains("big-labels") && e.contains("holds 0"), "{e}");
    }

    #[test]
    fn zero_images_or_labels_name_the_file() {
        let e = parse_images(idx3(0, 28, 28, &[]), "data/x/train-images-idx3-ubyte")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("data/x/train-images-idx3-ubyte") && e.contains("holds 0 images"),
            "{e}"
        );
        let e = parse_images(idx3(2, 0, 28, &[]), "flat")
            .unwrap_err()
            .to_string();
        assert!(e.contains("flat") && e.contains("0×28 pixels"), "{e}");
        let e = parse_labels(vec![0, 0, 8, 1, 0, 0, 0, 0], "train-labels")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("train-labels") && e.contains("holds 0 labels"),
            "{e}"
        );
    }

    #[test]
    fn label_checks() {
        let imgs = parse_images(idx3(2, 1, 1, &[0, 1]), "i").unwrap();
        assert!(Labelled::new(imgs.clone(), vec![1], "l", 10)
            .unwrap_err()
            .to_string()
            .contains("1 labels for 2 images"));
        assert!(Labelled::new(imgs.clone(), vec![1, 10], "l", 10)
            .unwrap_err()
            .to_string()
            .contains("label 10 at index 1"));
        let l = Labelled::new(imgs, vec![3, 4], "l", 10).unwrap();
        assert_eq!(l.take(1).labels, vec![3]);
        assert_eq!(l.take(1).images.pixels, vec![0]);
    }

    #[test]
    fn reads_the_committed_fixture() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let l = Labelled::read(
            &dir.join("mnist-t1000-images-idx3-ubyte.gz"),
            &dir.join("mnist-t1000-labels-idx1-ubyte.gz"),
            10,
        )
        .unwrap();
        assert_eq!(
            (l.images.count, l.images.rows, l.images.cols),
            (1000, 28, 28)
        );
        assert_eq!(&l.labels[..10], &[7, 2, 1, 0, 4, 1, 4, 9, 5, 9]);
        let missing = read_images(&dir.join("nope.gz")).unwrap_err().to_string();
        assert!(missing.contains("nope.gz"), "{missing}");
    }
}
