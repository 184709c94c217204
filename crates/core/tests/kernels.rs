//! The hand-written decoder kernels (`latent-kernels`, what the browser runs under the pointer)
//! against candle's decoder: every committed view file, single points and batches, within 1e-5
//! per pixel; and a randomly initialised decoder whose widths are not multiples of the kernels'
//! blocks.

use candle_core::{DType, Device, Tensor};
use candle_nn::{VarBuilder, VarMap};
use latent_core::bundle::{candle::ViewBundle, Manifest};
use latent_core::model::{AutoencoderConfig, Decoder};
use std::path::PathBuf;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Points across and beyond the map (the pointer reaches its edges; the address may ask for
/// points outside it before clamping).
fn points(n: usize, lo: [f32; 2], hi: [f32; 2]) -> Vec<[f32; 2]> {
    let mut s = 0x2545_f491_4f6c_dd1du64;
    (0..n)
        .map(|_| {
            let mut u = || {
                s ^= s << 13;
                s ^= s >> 7;
                s ^= s << 17;
                (s % 1_000_001) as f32 / 1_000_000.0 * 1.4 - 0.2
            };
            let (a, b) = (u(), u());
            [lo[0] + a * (hi[0] - lo[0]), lo[1] + b * (hi[1] - lo[1])]
        })
        .collect()
}

fn max_diff(a: &[f32], b: &[f32]) -> f32 {
    assert_eq!(a.len(), b.len());
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).abs())
        .fold(0.0, f32::max)
}

fn candle_decode(d: &Decoder, z: &[[f32; 2]]) -> Vec<f32> {
    let flat: Vec<f32> = z.iter().flatten().copied().collect();
    let t = Tensor::from_slice(&flat, (z.len(), 2), &Device::Cpu).unwrap();
    d.forward(&t)
        .unwrap()
        .flatten_all()
        .unwrap()
        .to_vec1()
        .unwrap()
}

#[test]
fn every_committed_decoder_decodes_as_candle_does() {
    let root = repo().join("weights");
    let m = Manifest::parse(
        &std::fs::read(root.join("manifest.json")).unwrap(),
        "manifest.json",
    )
    .unwrap();
    assert!(m.bundles.len() >= 8);
    for e in &m.bundles {
        let path = root.join(&e.view);
        let v =
            ViewBundle::from_bytes(&std::fs::read(&path).unwrap(), &e.view, &Device::Cpu).unwrap();
        let b = v.map.grid.bounds;
        let z = points(301, b.min, b.max);
        // one at a time (the pointer) and all at once (tiles, interpolation strips)
        let single: Vec<f32> = z.iter().flat_map(|&p| v.decode(p).unwrap()).collect();
        let batch = v.decode_many(&z).unwrap();
        let want = candle_decode(&v.decoder, &z);
        assert_eq!(single.len(), 301 * 784);
        let (d1, d2) = (max_diff(&single, &want), max_diff(&batch, &want));
        assert!(
            d1 < 1e-5 && d2 < 1e-5,
            "{}: single {d1:e}, batch {d2:e}",
            e.id
        );
        assert!(single.iter().all(|p| (0.0..=1.0).contains(p)));
    }
}

#[test]
fn odd_widths_decode_as_candle_does() {
    let cfg = AutoencoderConfig {
        decoder_hidden: vec![37, 130],
        ..AutoencoderConfig::mnist_vae()
    };
    let vm = VarMap::new();
    let vb = VarBuilder::from_varmap(&vm, DType::F32, &Device::Cpu);
    let d = Decoder::new(&cfg, vb.pp("decoder")).unwrap();
    let k = d.to_kernel().unwrap();
    assert_eq!((k.inputs(), k.outputs()), (2, 784));
    for n in [1, 3, 4, 5, 64] {
        let z = points(n, [-3.0, -3.0], [3.0, 3.0]);
        let flat: Vec<f32> = z.iter().flatten().copied().collect();
        let diff = max_diff(&k.forward(&flat), &candle_decode(&d, &z));
        assert!(diff < 1e-5, "{n} points: {diff:e}");
    }
}
