//! The page's **test-image file** (`<dataset>/test-images.safetensors`,
//! [`super::files::TEST_IMAGES_FILE`]): held-out test images with their labels, fetched only
//! when a visitor asks for one ("pick a test image", interpolation between two test images).
//!
//! Tensors: `images` (u8 `[N, 28, 28]`, 0 = background, as in the IDX files) and `labels`
//! (u8 `[N]`). Metadata ([`TestImagesMeta`]) under [`TEST_IMAGES_KEY`] of the safetensors
//! `__metadata__`: format version, dataset, class names, count and where the images came
//! from. Raw u8 rather than f32, so the file is 785 bytes an image and compresses well.

use super::{bundle_err, read_header_json, FORMAT_VERSION};
use crate::{Result, IMAGE_PIXELS, IMAGE_SIDE};
use serde::{Deserialize, Serialize};

/// Key of the JSON metadata of a test-image file.
pub const TEST_IMAGES_KEY: &str = "latent_explorer_test_images";

/// Metadata of a test-image file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TestImagesMeta {
    /// Bundle format version ([`FORMAT_VERSION`]).
    pub format_version: u32,
    /// Dataset id, e.g. `mnist`.
    pub dataset: String,
    /// Class names, indexed by label.
    pub class_names: Vec<String>,
    /// Number of images.
    pub count: usize,
    /// Where the images come from, e.g. `first 1,000 images of the MNIST test set`.
    pub source: String,
}

/// Held-out test images and labels, as the page shows them.
#[derive(Debug, Clone, PartialEq)]
pub struct TestImages {
    /// The metadata.
    pub meta: TestImagesMeta,
    /// `count · 784` pixel bytes, image after image, row-major 28 × 28.
    pub pixels: Vec<u8>,
    /// One label per image.
    pub labels: Vec<u8>,
}

impl TestImages {
    /// Parses a test-image file.
    ///
    /// # Errors
    /// [`crate::Error::Bundle`] naming `name` if the file is truncated or corrupt, of another
    /// format version, lacks a tensor, or the shapes disagree with each other, the metadata
    /// or the class names.
    pub fn from_bytes(bytes: &[u8], name: &str) -> Result<Self> {
        let meta: TestImagesMeta =
            read_header_json(bytes, name, TEST_IMAGES_KEY, "a test-image file")?;
        let st = safetensors::SafeTensors::deserialize(bytes)
            .map_err(|e| bundle_err(name, format!("not a valid safetensors file ({e})")))?;
        let get = |key: &str, shape: &[usize]| -> Result<Vec<u8>> {
            let t = st
                .tensor(key)
                .map_err(|_| bundle_err(name, format!("tensor `{key}` is missing")))?;
            if t.dtype() != safetensors::Dtype::U8 || t.shape() != shape {
                return Err(bundle_err(
                    name,
                    format!(
                        "`{key}` is {:?} {:?}, expected U8 {shape:?}",
                        t.dtype(),
                        t.shape()
                    ),
                ));
            }
            Ok(t.data().to_vec())
        };
        let n = meta.count;
        let pixels = get("images", &[n, IMAGE_SIDE, IMAGE_SIDE])?;
        let labels = get("labels", &[n])?;
        if let Some(l) = labels
            .iter()
            .find(|&&l| l as usize >= meta.class_names.len())
        {
            return Err(bundle_err(
                name,
                format!("label {l} but only {} class names", meta.class_names.len()),
            ));
        }
        Ok(Self {
            meta,
            pixels,
            labels,
        })
    }

    /// A test-image set of `labels.len()` images; checks the lengths.
    ///
    /// # Errors
    /// [`crate::Error::Invalid`] when `pixels` is not `784 · labels.len()` bytes.
    pub fn new(
        dataset: &str,
        class_names: Vec<String>,
        source: &str,
        pixels: Vec<u8>,
        labels: Vec<u8>,
    ) -> Result<Self> {
        if pixels.len() != labels.len() * IMAGE_PIXELS {
            return Err(crate::Error::Invalid(format!(
                "{} pixel bytes for {} labels",
                pixels.len(),
                labels.len()
            )));
        }
        Ok(Self {
            meta: TestImagesMeta {
                format_version: FORMAT_VERSION,
                dataset: dataset.into(),
                class_names,
                count: labels.len(),
                source: source.into(),
            },
            pixels,
            labels,
        })
    }

    /// Number of images.
    pub fn len(&self) -> usize {
        self.labels.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.labels.is_empty()
    }

    /// Image `i` as 784 pixels in `[0, 1]` (`None` past the end).
    pub fn image(&self, i: usize) -> Option<Vec<f32>> {
        let px = self.pixels.get(i * IMAGE_PIXELS..(i + 1) * IMAGE_PIXELS)?;
        Some(px.iter().map(|&p| p as f32 / 255.0).collect())
    }

    /// The file's bytes (native only).
    ///
    /// # Errors
    /// [`crate::Error::Invalid`] if serialisation fails.
    #[cfg(all(feature = "candle", not(target_arch = "wasm32")))]
    pub fn to_bytes(&self) -> Result<Vec<u8>> {
        use candle_core::{Device, Tensor};
        let n = self.len();
        let images = Tensor::from_slice(&self.pixels, (n, IMAGE_SIDE, IMAGE_SIDE), &Device::Cpu)?;
        let labels = Tensor::from_slice(&self.labels, n, &Device::Cpu)?;
        let json =
            serde_json::to_string(&self.meta).map_err(|e| crate::Error::Invalid(e.to_string()))?;
        let info = std::collections::HashMap::from([(TEST_IMAGES_KEY.to_string(), json)]);
        safetensors::serialize([("images", &images), ("labels", &labels)], Some(info))
            .map_err(|e| crate::Error::Invalid(format!("safetensors: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let names: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let pixels: Vec<u8> = (0..2 * IMAGE_PIXELS).map(|i| (i % 256) as u8).collect();
        let t = TestImages::new("toy", names.clone(), "made up", pixels, vec![2, 0]).unwrap();
        let bytes = t.to_bytes().unwrap();
        let back = TestImages::from_bytes(&bytes, "t.safetensors").unwrap();
        assert_eq!(back, t);
        assert_eq!(
            back.image(1).unwrap()[0],
            (IMAGE_PIXELS % 256) as f32 / 255.0
        );
        assert!(back.image(2).is_none());
        let e = TestImages::from_bytes(&bytes[..bytes.len() - 3], "cut")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("cut") && e.contains("not a valid safetensors"),
            "{e}"
        );
        let bad = TestImages::new(
            "toy",
            names[..2].to_vec(),
            "x",
            vec![0; IMAGE_PIXELS],
            vec![2],
        )
        .unwrap();
        let e = TestImages::from_bytes(&bad.to_bytes().unwrap(), "lbl")
            .unwrap_err()
            .to_string();
        assert!(e.contains("label 2"), "{e}");
        assert!(TestImages::new("toy", names, "x", vec![0; 5], vec![0]).is_err());
    }
}
