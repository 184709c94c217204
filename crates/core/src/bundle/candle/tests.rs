//! Tests of the candle loaders: round trip, named errors for broken files and numbers, and the
//! writers' checks.

use super::*;
use crate::bundle::{layout, read_meta, write, FORMAT_VERSION};
use crate::latent_map::{Bounds, BoundsRule, Meshgrid};
use crate::model::{Autoencoder, AutoencoderConfig, ClassifierConfig};
use candle_nn::{VarBuilder, VarMap};
use std::collections::BTreeMap;

fn small_bundle() -> (Vec<u8>, Autoencoder, ClassMap) {
    let dev = Device::Cpu;
    let cfg = AutoencoderConfig {
        encoder_hidden: vec![16],
        decoder_hidden: vec![8, 16],
        ..AutoencoderConfig::mnist_vae()
    };
    let vm = VarMap::new();
    let ae = Autoencoder::new(&cfg, VarBuilder::from_varmap(&vm, DType::F32, &dev)).unwrap();
    let grid = Meshgrid::new(
        Bounds {
            min: [-3.0, -2.0],
            max: [3.0, 2.5],
        },
        4,
        3,
    )
    .unwrap();
    let map = ClassMap::new(
        grid,
        (0..12).map(|i| (i % 10) as u8).collect(),
        (0..12).map(|i| i as u8 * 20).collect(),
    )
    .unwrap();
    let meta = BundleMeta {
        format_version: FORMAT_VERSION,
        model: "test-vae".into(),
        dataset: "mnist".into(),
        class_names: (0..10).map(|i| i.to_string()).collect(),
        autoencoder: Some(cfg),
        classifier: ClassifierConfig::default(),
        weights_dtype: "f16".into(),
        grid: Some(grid),
        bounds_rule: Some(BoundsRule::default()),
        seed: 7,
        epochs: 1,
        command: "latent-trainer test".into(),
        metrics: BTreeMap::from([("test_neg_elbo_nats".into(), 150.5)]),
    };
    let mut tensors: Vec<(String, Tensor)> = vm
        .data()
        .lock()
        .unwrap()
        .iter()
        .filter(|(k, _)| k.starts_with("decoder."))
        .map(|(k, v)| (k.clone(), v.as_tensor().clone()))
        .collect();
    tensors = write::with_dtype(tensors, DType::F16).unwrap();
    tensors.extend(write::map_tensors(&map).unwrap());
    (write::to_safetensors(&tensors, &meta).unwrap(), ae, map)
}

#[test]
fn round_trip() {
    let (bytes, ae, map) = small_bundle();
    let v = ViewBundle::from_bytes(&bytes, "t.safetensors", &Device::Cpu).unwrap();
    assert_eq!(v.map, map);
    assert_eq!(v.meta.seed, 7);
    assert_eq!(v.meta.metrics["test_neg_elbo_nats"], 150.5);
    // the stored decoder is the f16-rounded original
    let z = [0.25f32, -1.5];
    let got = v.decode(z).unwrap();
    let zt = Tensor::new(&[z], &Device::Cpu).unwrap();
    let want = ae
        .decoder
        .forward(&zt)
        .unwrap()
        .flatten_all()
        .unwrap()
        .to_vec1::<f32>()
        .unwrap();
    assert_eq!(got.len(), 784);
    let max_diff = got
        .iter()
        .zip(&want)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0, f32::max);
    assert!(max_diff < 5e-3, "f16 storage moved a pixel by {max_diff}");
    assert!(max_diff > 0.0, "f16 storage should round something");
}

#[test]
fn bad_files_are_named() {
    let (bytes, _, _) = small_bundle();
    let e = ViewBundle::from_bytes(&bytes[..bytes.len() - 10], "cut.safetensors", &Device::Cpu)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("cut.safetensors") && e.contains("not a valid safetensors"),
        "{e}"
    );
    let e = ViewBundle::from_bytes(b"<html>404</html>", "nf.safetensors", &Device::Cpu)
        .unwrap_err()
        .to_string();
    assert!(e.contains("nf.safetensors"), "{e}");
    let mut meta = read_meta(&bytes, "ok").unwrap();
    meta.format_version = 9;
    let tensors: Vec<(String, Tensor)> = read_tensors(&bytes, "ok").unwrap().into_iter().collect();
    let other = write::to_safetensors(&tensors, &meta).unwrap();
    let e = ViewBundle::from_bytes(&other, "v9", &Device::Cpu)
        .unwrap_err()
        .to_string();
    assert!(e.contains("format version 9"), "{e}");
    // a map.bounds of the wrong shape, and a meshgrid with min > max, are named errors
    let mut tensors: Vec<(String, Tensor)> =
        read_tensors(&bytes, "ok").unwrap().into_iter().collect();
    for (k, t) in tensors.iter_mut() {
        if k == "map.bounds" {
            *t = t.reshape((1, 4)).unwrap();
        }
    }
    let meta = read_meta(&bytes, "ok").unwrap();
    let e = ViewBundle::from_bytes(
        &write::to_safetensors(&tensors, &meta).unwrap(),
        "b14",
        &Device::Cpu,
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("b14") && e.contains("of shape [1, 4], expected F32 [2, 2]"),
        "{e}"
    );
    let mut flipped = meta.clone();
    let g = flipped.grid.as_mut().unwrap();
    g.bounds = Bounds {
        min: g.bounds.max,
        max: g.bounds.min,
    };
    let good: Vec<(String, Tensor)> = read_tensors(&bytes, "ok").unwrap().into_iter().collect();
    let e = ViewBundle::from_bytes(
        &write::to_safetensors(&good, &flipped).unwrap(),
        "flip",
        &Device::Cpu,
    )
    .unwrap_err()
    .to_string();
    assert!(
        e.contains("flip") && e.contains("meshgrid is invalid"),
        "{e}"
    );
    let plain = safetensors::serialize(Vec::<(&str, &Tensor)>::new(), None).unwrap();
    let e = ViewBundle::from_bytes(&plain, "plain", &Device::Cpu)
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a latent-explorer bundle"), "{e}");
}

/// Rewrites the JSON header of a safetensors buffer with `f`, keeping the data section.
fn edit_header(bytes: &[u8], f: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let n = u64::from_le_bytes(bytes[..8].try_into().unwrap()) as usize;
    let mut h: serde_json::Value = serde_json::from_slice(&bytes[8..8 + n]).unwrap();
    f(&mut h);
    let mut json = serde_json::to_vec(&h).unwrap();
    json.resize(json.len().next_multiple_of(8), b' ');
    let mut out = (json.len() as u64).to_le_bytes().to_vec();
    out.extend_from_slice(&json);
    out.extend_from_slice(&bytes[8 + n..]);
    out
}

fn tensors_of(bytes: &[u8]) -> Vec<(String, Tensor)> {
    read_tensors(bytes, "ok").unwrap().into_iter().collect()
}

fn load_err(bytes: &[u8], name: &str) -> String {
    ViewBundle::from_bytes(bytes, name, &Device::Cpu)
        .unwrap_err()
        .to_string()
}

#[test]
fn written_bundles_are_aligned() {
    let (bytes, _, _) = small_bundle();
    assert_eq!(layout::misaligned(&bytes).unwrap(), vec![]);
}

#[test]
fn loaders_refuse_wrong_numbers_naming_the_tensor() {
    let (bytes, _, _) = small_bundle();
    let meta = read_meta(&bytes, "ok").unwrap();
    // NaN, +Inf and -Inf weights
    for (bad, what) in [
        (f32::NAN, "NaN"),
        (f32::INFINITY, "+Inf"),
        (f32::NEG_INFINITY, "-Inf"),
    ] {
        let tensors: Vec<(String, Tensor)> = tensors_of(&bytes)
            .into_iter()
            .map(|(k, t)| {
                if k == "decoder.hidden1.weight" {
                    let mut v = t
                        .to_dtype(DType::F32)
                        .unwrap()
                        .flatten_all()
                        .unwrap()
                        .to_vec1::<f32>()
                        .unwrap();
                    v[3] = bad;
                    v[7] = bad;
                    let t = Tensor::from_vec(v, t.dims(), &Device::Cpu)
                        .unwrap()
                        .to_dtype(DType::F16)
                        .unwrap();
                    (k, t)
                } else {
                    (k, t)
                }
            })
            .collect();
        let e = load_err(
            &write::to_safetensors(&tensors, &meta).unwrap(),
            "nan.safetensors",
        );
        assert!(
            e.contains("nan.safetensors")
                && e.contains("tensor `decoder.hidden1.weight` holds 2 of")
                && e.contains("not finite"),
            "{what}: {e}"
        );
    }
    // f16 weights relabelled BF16 (same byte size): refused, naming the tensor
    let relabel = edit_header(&bytes, |h| {
        h["decoder.out.bias"]["dtype"] = "BF16".into();
    });
    let e = load_err(&relabel, "bf16.safetensors");
    assert!(
        e.contains("bf16.safetensors")
            && e.contains("tensor `decoder.out.bias` is stored as BF16 but the metadata says the weights are f16"),
        "{e}"
    );
    // metadata claiming f32 for f16 tensors
    let mut m32 = meta.clone();
    m32.weights_dtype = "f32".into();
    let e = load_err(
        &write::to_safetensors(&tensors_of(&bytes), &m32).unwrap(),
        "m32",
    );
    assert!(
        e.contains("is stored as F16 but the metadata says the weights are f32"),
        "{e}"
    );
    let mut m8 = meta.clone();
    m8.weights_dtype = "int8".into();
    let e = load_err(
        &write::to_safetensors(&tensors_of(&bytes), &m8).unwrap(),
        "m8",
    );
    assert!(e.contains("weights_dtype is `int8`"), "{e}");
    // a weight of another shape than the architecture's
    let reshaped: Vec<(String, Tensor)> = tensors_of(&bytes)
        .into_iter()
        .map(|(k, t)| {
            if k == "decoder.hidden0.weight" {
                let (a, b) = t.dims2().unwrap();
                (k, t.reshape((b, a)).unwrap())
            } else {
                (k, t)
            }
        })
        .collect();
    let e = load_err(
        &write::to_safetensors(&reshaped, &meta).unwrap(),
        "shape.safetensors",
    );
    assert!(
        e.contains("shape.safetensors")
            && e.contains("decoder.hidden0.weight")
            && e.contains("shape"),
        "{e}"
    );
    // a missing weight
    let missing: Vec<(String, Tensor)> = tensors_of(&bytes)
        .into_iter()
        .filter(|(k, _)| k != "decoder.out.weight")
        .collect();
    let e = load_err(&write::to_safetensors(&missing, &meta).unwrap(), "missing");
    assert!(e.contains("decoder.out.weight"), "{e}");
    // map.bounds stored as f16, and with a NaN
    let b16 = edit_header(&bytes, |h| {
        h["map.bounds"]["dtype"] = "F16".into();
        h["map.bounds"]["shape"] = serde_json::json!([2, 4]);
    });
    let e = load_err(&b16, "b16");
    assert!(e.contains("`map.bounds` is F16"), "{e}");
    let nanb: Vec<(String, Tensor)> = tensors_of(&bytes)
        .into_iter()
        .map(|(k, t)| {
            if k == "map.bounds" {
                (
                    k,
                    Tensor::new(&[[f32::NAN, 0.0], [1.0, 1.0]], &Device::Cpu).unwrap(),
                )
            } else {
                (k, t)
            }
        })
        .collect();
    let e = load_err(&write::to_safetensors(&nanb, &meta).unwrap(), "nanb");
    assert!(e.contains("tensor `map.bounds` holds 1 of 4 values"), "{e}");
}

#[test]
fn html_pages_and_lfs_pointers_are_named() {
    let e = load_err(
        b"<!DOCTYPE html>\n<html><head><title>Page not found</title></head></html>",
        "weights/mnist/vae.safetensors",
    );
    assert_eq!(
        e,
        "bundle weights/mnist/vae.safetensors: the server returned an HTML page, not a \
         bundle (a wrong address, or an error page served in its place)"
    );
    let e = load_err(
        b"version https://git-lfs.github.com/spec/v1\noid sha256:ab12\nsize 469968\n",
        "vae.safetensors",
    );
    assert!(
        e.contains("vae.safetensors: this is a Git LFS pointer to a 469968-byte file")
            && e.contains("fetch the real file with git lfs pull"),
        "{e}"
    );
    let e = crate::bundle::evolution::Evolution::from_bytes(b"<html>", "evo")
        .unwrap_err()
        .to_string();
    assert!(e.contains("HTML page"), "{e}");
    let e = EncoderBundle::from_bytes(
        b"version https://git-lfs.github.com/spec/v1\n",
        "enc",
        &Device::Cpu,
    )
    .unwrap_err()
    .to_string();
    assert!(e.contains("Git LFS pointer"), "{e}");
}

#[test]
fn exports_check_their_numbers() {
    let dev = Device::Cpu;
    let t = |v: Vec<f32>| Tensor::from_vec(v.clone(), v.len(), &dev).unwrap();
    // fine: finite, in range, a few subnormals reported
    let (out, rep) = write::with_dtype_checked(
        vec![
            ("w".into(), t(vec![1.0, -2.5, 1e-6, 0.0, 65_504.0])),
            ("map".into(), Tensor::new(&[1u8, 2], &dev).unwrap()),
        ],
        DType::F16,
    )
    .unwrap();
    assert_eq!(out[0].1.dtype(), DType::F16);
    assert_eq!(out[1].1.dtype(), DType::U8);
    assert_eq!(
        rep,
        vec![write::Narrowing {
            tensor: "w".into(),
            values: 5,
            overflowed: 0,
            flushed: 0,
            subnormal: 1
        }]
    );
    let err = |v: Vec<f32>| {
        write::with_dtype(vec![("decoder.out.weight".into(), t(v))], DType::F16)
            .unwrap_err()
            .to_string()
    };
    let e = err(vec![1.0, f32::NAN, f32::INFINITY]);
    assert!(
        e.contains("tensor `decoder.out.weight`: 2 of 3 values are not finite"),
        "{e}"
    );
    let e = err(vec![1.0, 70_000.0, -1e6]);
    assert!(
        e.contains("tensor `decoder.out.weight`: 2 of 3 values exceed ±65504"),
        "{e}"
    );
    // one flushed value in 10,000 is within the allowance; 20 in 10,000 is not
    let mut v = vec![0.5f32; 10_000];
    v[0] = 1e-9;
    let r = write::check_narrowing("w", &v, DType::F16).unwrap();
    assert_eq!((r.flushed, r.overflowed), (1, 0));
    for x in v.iter_mut().take(20) {
        *x = -1e-9;
    }
    let e = err(v);
    assert!(
        e.contains("20 of 10000 non-zero values would flush to zero"),
        "{e}"
    );
    // f32 storage: only finiteness matters
    assert!(write::with_dtype(vec![("x".into(), t(vec![1e30]))], DType::F32).is_ok());
}

#[test]
fn non_finite_metrics_are_not_written() {
    let (bytes, _, _) = small_bundle();
    let mut meta = read_meta(&bytes, "ok").unwrap();
    meta.metrics.insert("test_knn10_agreement".into(), f64::NAN);
    let e = write::to_safetensors(&tensors_of(&bytes), &meta)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("metric `test_knn10_agreement` is NaN") && e.contains("test-vae"),
        "{e}"
    );
    meta.metrics
        .insert("test_knn10_agreement".into(), f64::NEG_INFINITY);
    assert!(write::to_safetensors(&tensors_of(&bytes), &meta).is_err());
}

#[test]
fn atomic_write_replaces_whole_file() {
    let dir = std::env::temp_dir().join(format!("latent-bundle-test-{}", std::process::id()));
    let p = dir.join("a/b.safetensors");
    write::atomic_write(&p, b"one").unwrap();
    write::atomic_write(&p, b"two!").unwrap();
    assert_eq!(std::fs::read(&p).unwrap(), b"two!");
    let leftovers: Vec<_> = std::fs::read_dir(dir.join("a")).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "temporary file left behind");
    std::fs::remove_dir_all(dir).unwrap();
}
