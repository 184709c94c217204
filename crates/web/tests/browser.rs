//! Runs in headless Chromium (`wasm-bindgen-test`):
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test -p latent-web --target wasm32-unknown-unknown
//! ```
//!
//! Loads the committed bundle with the current code, through the same [`Explorer`] the page
//! uses, and checks the browser's decode against the native decode stored in
//! `tests/fixtures/mnist-vae-decodes.json` (written natively by `latent-trainer reference`).
#![cfg(target_arch = "wasm32")]

use latent_web::Explorer;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const BUNDLE: &[u8] = include_bytes!("../../../weights/mnist/vae.safetensors");
const FIXTURE: &str = include_str!("fixtures/mnist-vae-decodes.json");

#[derive(serde::Deserialize)]
struct Fixture {
    points: Vec<Point>,
}

#[derive(serde::Deserialize)]
struct Point {
    z: [f32; 2],
    pixels: Vec<f32>,
}

fn message(e: wasm_bindgen::JsError) -> String {
    let v = JsValue::from(e);
    js_sys::Error::from(v).message().into()
}

#[wasm_bindgen_test]
fn browser_decode_matches_native() {
    let ex = Explorer::from_bytes(BUNDLE, "vae.safetensors")
        .map_err(message)
        .unwrap();
    let fx: Fixture = serde_json::from_str(FIXTURE).unwrap();
    assert!(!fx.points.is_empty());
    let mut worst = 0.0f32;
    for p in &fx.points {
        let got = ex.decode(p.z[0], p.z[1]).map_err(message).unwrap();
        assert_eq!(got.len(), 784);
        assert_eq!(p.pixels.len(), 784);
        let (i, d) = got
            .iter()
            .zip(&p.pixels)
            .map(|(a, b)| (a - b).abs())
            .enumerate()
            .fold((0, 0.0f32), |m, (i, d)| if d > m.1 { (i, d) } else { m });
        assert!(d <= 1e-5, "z = {:?}: pixel {i} differs by {d}", p.z);
        worst = worst.max(d);
    }
    console_log!(
        "{} points × 784 pixels: largest browser − native difference {worst:e}",
        fx.points.len()
    );
}

/// The batched decode (`decodeMany`) gives, image after image, what single decodes give,
/// within 1e-5 per pixel, over points across and beyond the map; an odd input is an error.
#[wasm_bindgen_test]
fn batched_decode_equals_single_decodes() {
    let ex = Explorer::from_bytes(BUNDLE, "vae.safetensors")
        .map_err(message)
        .unwrap();
    let b = ex.bounds();
    let mut zs = Vec::new();
    for i in 0..37 {
        let t = i as f32 / 36.0;
        // a diagonal across the map, running 20 % past both corners
        zs.push(b[0] + (t * 1.4 - 0.2) * (b[2] - b[0]));
        zs.push(b[1] + (0.9 - t * 0.8) * (b[3] - b[1]));
    }
    let many = ex.decode_many(&zs).map_err(message).unwrap();
    assert_eq!(many.len(), 37 * 784);
    let mut worst = 0.0f32;
    for (i, z) in zs.chunks_exact(2).enumerate() {
        let one = ex.decode(z[0], z[1]).map_err(message).unwrap();
        for (a, b) in one.iter().zip(&many[i * 784..(i + 1) * 784]) {
            worst = worst.max((a - b).abs());
        }
    }
    assert!(worst <= 1e-5, "batched − single: {worst}");
    // the images differ from point to point (not one image repeated)
    assert!(many[..784]
        .iter()
        .zip(&many[36 * 784..])
        .any(|(a, b)| (a - b).abs() > 0.1));
    assert!(ex.decode_many(&[]).map_err(message).unwrap().is_empty());
    let e = ex.decode_many(&[0.0, 1.0, 2.0]).err().map(message).unwrap();
    assert!(e.contains("3 values"), "{e}");
}

#[wasm_bindgen_test]
fn map_lookups_agree_with_the_grid() {
    let ex = Explorer::from_bytes(BUNDLE, "vae.safetensors")
        .map_err(message)
        .unwrap();
    let b = ex.bounds();
    let near = |a: Vec<f32>, b: [f32; 2]| (a[0] - b[0]).abs() < 1e-5 && (a[1] - b[1]).abs() < 1e-5;
    assert!(
        near(ex.z_at(0.0, 0.0), [b[0], b[3]]),
        "top left is (min z1, max z2)"
    );
    assert!(
        near(ex.z_at(1.0, 1.0), [b[2], b[1]]),
        "bottom right is (max z1, min z2)"
    );
    let names = ex.class_names();
    let c = ex.class_at(0.0, 0.0).expect("the origin is on the map");
    assert!((c as usize) < names.len());
    let p = ex.confidence_at(0.0, 0.0).unwrap();
    assert!((0.0..=1.0).contains(&p));
    assert_eq!(ex.class_at(b[2] + 1.0, 0.0), None);
    assert!(ex.width() > 0 && ex.height() > 0);
}

#[wasm_bindgen_test]
fn truncated_bundle_is_a_readable_error() {
    let cut = &BUNDLE[..BUNDLE.len() / 2];
    let e = Explorer::from_bytes(cut, "cut.safetensors")
        .err()
        .map(message)
        .unwrap();
    assert!(e.contains("not a valid safetensors"), "{e}");
    assert!(e.contains("cut.safetensors"), "{e}");
    let e = Explorer::from_bytes(b"<html>404</html>", "nf.safetensors")
        .err()
        .map(message)
        .unwrap();
    assert!(e.contains("nf.safetensors"), "{e}");
}

/// The evolution index is parsed in the browser by `latent_core::bundle::evolution` (the one
/// definition of the format): a small index written by `Evolution::to_bytes` reads back
/// exactly in wasm, each frame paints with the class palette by class id, and a damaged
/// index is a readable error naming the file.
#[wasm_bindgen_test]
fn evolution_index_round_trips_in_the_browser() {
    use latent_core::bundle::evolution::{Evolution, EvolutionMeta, Frame, BOUNDS_POLICY};
    use latent_core::latent_map::{Bounds, ClassMap, Meshgrid};
    let (w, h) = (4, 3);
    let frames: Vec<Frame> = (0..3)
        .map(|i| {
            let s = 1.0 + 4.0 * i as f32; // bounds grow epoch by epoch
            let grid = Meshgrid::new(
                Bounds {
                    min: [-s, -0.5 * s],
                    max: [s, 0.5 * s],
                },
                w,
                h,
            )
            .unwrap();
            Frame {
                epoch: [0, 1, 4][i],
                test_loss: 540.0 - 120.0 * i as f64,
                map: ClassMap::new(
                    grid,
                    (0..w * h).map(|k| ((k + i) % 3) as u8).collect(),
                    vec![255; w * h],
                )
                .unwrap(),
                points: vec![[0.1 * i as f32, -0.2], [s, 0.0]],
            }
        })
        .collect();
    let evo = Evolution {
        meta: EvolutionMeta {
            format_version: latent_core::bundle::FORMAT_VERSION,
            model: "t-vae".into(),
            dataset: "fashion".into(),
            class_names: vec!["T-shirt/top".into(), "Trouser".into(), "Pullover".into()],
            epochs: vec![0, 1, 4],
            test_loss_nats: frames.iter().map(|f| f.test_loss).collect(),
            loss_name: "−ELBO".into(),
            grid: [w, h],
            bounds_policy: BOUNDS_POLICY.into(),
            points: 2,
            frames: (0..3)
                .map(|i| format!("t/vae.evolution/epoch-{i:04}.safetensors"))
                .collect(),
            command: "test".into(),
        },
        frames,
        labels: vec![1, 2],
    };
    let bytes = evo.to_bytes().unwrap();
    let back = Evolution::from_bytes(&bytes, "vae.evolution.safetensors").unwrap();
    assert_eq!(back, evo);
    assert_eq!(back.frames[2].map.grid.bounds.max, [9.0, 4.5]);
    // class k is painted in palette colour k in every frame
    for f in &back.frames {
        let rgba = latent_web::map_rgba(&f.map);
        for (c, px) in f.map.class.iter().zip(rgba.chunks_exact(4)) {
            assert_eq!(px[..3], latent_core::palette::class_colour(*c));
        }
    }
    assert_eq!(
        latent_web::english().text(&latent_web::loss_text(
            &back.meta.loss_name,
            back.frames[1].test_loss
        )),
        "Test −ELBO 420.0 nats/image"
    );
    let e = Evolution::from_bytes(&bytes[..bytes.len() - 5], "cut.evolution.safetensors")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("cut.evolution.safetensors") && e.contains("not a valid safetensors"),
        "{e}"
    );
}

/// The browser's encoder, stroke preprocessing and classifier against the native reference
/// `tests/fixtures/mnist-vae-hands-on.json` (written natively by `latent-trainer
/// test-images`): μ and log σ² of test images, the 28 × 28 input of the reference strokes and
/// its μ, and the class probabilities of decodes, each within 1e-5.
#[wasm_bindgen_test]
fn browser_encoder_and_classifier_match_native() {
    // the page's own models: the kernels of `latent_core::bundle::inference`, no candle
    use latent_core::bundle::{ClassifierFile, EncoderFile, TestImages};
    let enc = EncoderFile::from_bytes(
        include_bytes!("../../../weights/mnist/vae.encoder.safetensors"),
        "vae.encoder.safetensors",
    )
    .unwrap();
    let cls = ClassifierFile::from_bytes(
        include_bytes!("../../../weights/mnist/classifier.safetensors"),
        "classifier.safetensors",
    )
    .unwrap();
    let tests = TestImages::from_bytes(
        include_bytes!("../../../weights/mnist/test-images.safetensors"),
        "test-images.safetensors",
    )
    .unwrap();
    let ex = Explorer::from_bytes(BUNDLE, "vae.safetensors")
        .map_err(message)
        .unwrap();
    let r: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/mnist-vae-hands-on.json")).unwrap();
    let f = |v: &serde_json::Value| -> Vec<f32> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap() as f32)
            .collect()
    };
    let worst = |a: &[f32], b: &[f32]| {
        assert_eq!(a.len(), b.len());
        a.iter()
            .zip(b)
            .map(|(x, y)| (x - y).abs())
            .fold(0.0f32, f32::max)
    };
    let mut w = 0.0f32;
    for e in r["encodes"].as_array().unwrap() {
        let i = e["index"].as_u64().unwrap() as usize;
        let p = enc.encode_posterior(&tests.image(i).unwrap()).unwrap()[0];
        w = w.max(worst(&p.mu, &f(&e["mu"])));
        w = w.max(worst(&p.log_var.unwrap(), &f(&e["log_var"])));
        w = w.max(worst(&ex.decode_z(p.mu).unwrap(), &f(&e["recon"])));
    }
    let strokes: Vec<latent_core::draw::Stroke> = r["stroke"]["strokes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            s.as_array()
                .unwrap()
                .iter()
                .map(|p| {
                    let p = f(p);
                    [p[0], p[1]]
                })
                .collect()
        })
        .collect();
    let input = latent_core::draw::strokes_to_input(&strokes).unwrap();
    assert_eq!(
        input,
        f(&r["stroke"]["input"]),
        "the preprocessing is exact"
    );
    let p = enc.encode_posterior(&input).unwrap()[0];
    w = w.max(worst(&p.mu, &f(&r["stroke"]["mu"])));
    for c in r["classify"].as_array().unwrap() {
        let z = f(&c["z"]);
        let got = latent_web::probabilities_at(ex.bundle(), &cls, [z[0], z[1]]).unwrap();
        w = w.max(worst(&got, &f(&c["probs"])));
    }
    assert!(w <= 1e-5, "largest browser − native difference {w}");
    console_log!(
        "encoder, preprocessing and classifier: largest browser − native difference {w:e}"
    );
}
