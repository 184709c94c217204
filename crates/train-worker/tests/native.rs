//! The training worker's session, natively: the committed step reference is what the
//! current code computes, training on the committed MNIST subset lowers the test loss and
//! moves the codes, and the downloaded view file loads with the page's loader and decodes
//! like the model it came from.
#![cfg(not(target_arch = "wasm32"))]

use latent_core::bundle::candle::ViewBundle;
use latent_core::model::AutoencoderKind;
use latent_train_worker::reference::retake;
use latent_train_worker::session::{Session, Settings};

const REFERENCE: &str = include_str!("fixtures/step-reference.json");
const SUBSET: &[u8] = include_bytes!("../../../weights/mnist/train-subset.safetensors");
const TEST: &[u8] = include_bytes!("../../../weights/mnist/test-images.safetensors");

#[test]
fn the_committed_step_reference_is_the_current_code() {
    let a = retake(REFERENCE, TEST).unwrap();
    assert_eq!(a.steps, 2);
    assert_eq!(
        a.compared,
        2 * 14 * 32,
        "32 weights of each of the 14 tensors, after each step"
    );
    // the same code on the same machine: equal to the bit
    assert_eq!((a.weight, a.first_step, a.loss), (0.0, 0.0, 0.0), "{a:?}");
    assert!(a.mean < 1e-9, "{a:?}");
}

fn settings(kind: AutoencoderKind) -> Settings {
    Settings {
        dataset: "mnist".into(),
        kind,
        beta: 1.0,
        lr: 1e-3,
        batch_size: 64,
        seed: 1,
        limit: Some(2_000),
    }
}

#[test]
fn training_lowers_the_test_loss_moves_the_codes_and_downloads_a_view_file() {
    let mut s = Session::new(
        settings(AutoencoderKind::Vae),
        SUBSET,
        "train-subset.safetensors",
        TEST,
        "test-images.safetensors",
    )
    .unwrap();
    let r0 = s.report().unwrap();
    assert_eq!((r0.steps, r0.images, r0.train_loss), (0, 0, None));
    assert_eq!(r0.codes.len(), 1_000);
    assert!(r0.test_loss > 400.0, "untrained: {}", r0.test_loss);
    for _ in 0..60 {
        s.step().unwrap();
    }
    let r1 = s.report().unwrap();
    // 2,000 images in batches of 64: 31 full batches and one of 16 per epoch
    assert_eq!((r1.steps, r1.images), (60, 31 * 64 + 16 + 28 * 64));
    assert!((r1.epochs - 3792.0 / 2000.0).abs() < 1e-12);
    assert!(
        r1.test_loss < r0.test_loss - 100.0,
        "test loss {} → {}",
        r0.test_loss,
        r1.test_loss
    );
    assert!(r1.train_loss.unwrap() < r0.test_loss);
    let moved = r0
        .codes
        .iter()
        .zip(&r1.codes)
        .map(|(a, b)| ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt())
        .sum::<f32>()
        / 1000.0;
    assert!(moved > 0.1, "codes moved {moved} on average");

    let bytes = s.view_file().unwrap();
    let v =
        ViewBundle::from_bytes(&bytes, "trained.safetensors", &candle_core::Device::Cpu).unwrap();
    assert_eq!(v.meta.dataset, "mnist");
    assert_eq!(v.meta.seed, 1);
    assert_eq!(v.meta.metrics["train_steps"], 60.0);
    assert!((v.meta.metrics["test_objective_nats"] - r1.test_loss).abs() < 1e-9);
    assert_eq!(v.map.grid.width, 128);
    assert!(v.meta.command.contains("nearest"), "{}", v.meta.command);
    // the stored (f16) decoder decodes like the session's f32 decoder
    let z = [0.25f32, -0.5];
    let zt = candle_core::Tensor::new(&[z], &candle_core::Device::Cpu).unwrap();
    let live = s
        .trainer()
        .model()
        .decoder
        .forward(&zt)
        .unwrap()
        .flatten_all()
        .unwrap()
        .to_vec1::<f32>()
        .unwrap();
    let stored = v.decode(z).unwrap();
    let worst = live
        .iter()
        .zip(&stored)
        .map(|(a, b)| (a - b).abs())
        .fold(0.0f32, f32::max);
    assert!(worst < 2e-3, "f16 storage moved a pixel by {worst}");
    // the map: every class that has codes owns cells, and it agrees with the labels
    assert!(v.meta.metrics["test_map_accuracy"] > 0.3);
}

#[test]
fn bad_inputs_give_readable_errors() {
    let e = Session::new(
        settings(AutoencoderKind::Plain),
        b"not a file",
        "train-subset.safetensors",
        TEST,
        "t",
    )
    .err()
    .unwrap();
    assert!(e.contains("train-subset.safetensors"), "{e}");
    let mut bad = settings(AutoencoderKind::Plain);
    bad.lr = f64::NAN;
    let e = Session::new(bad, SUBSET, "s", TEST, "t").err().unwrap();
    assert!(e.contains("learning rate"), "{e}");
    let fashion = include_bytes!("../../../weights/fashion/test-images.safetensors");
    let e = Session::new(settings(AutoencoderKind::Plain), SUBSET, "s", fashion, "t")
        .err()
        .unwrap();
    assert!(e.contains("mnist") && e.contains("fashion"), "{e}");
}

#[test]
fn the_classifier_paints_the_map_row_by_row() {
    let mut s = Session::new(
        settings(AutoencoderKind::Vae),
        SUBSET,
        "train-subset.safetensors",
        TEST,
        "test-images.safetensors",
    )
    .unwrap();
    for _ in 0..30 {
        s.step().unwrap();
    }
    let clf = include_bytes!("../../../weights/mnist/classifier.safetensors");
    let mut p = s
        .start_classifier_map(clf, "classifier.safetensors", 8)
        .unwrap();
    assert_eq!((p.rows_done(), p.rows()), (0, 8));
    assert_eq!(s.paint_rows(&mut p, 3).unwrap(), 3);
    assert_eq!(s.paint_rows(&mut p, 100).unwrap(), 8);
    let m = p.finish().unwrap();
    assert_eq!(m.class.len(), 64);
    assert!(m.class.iter().all(|&c| c < 10));
    // the classifier's class at a cell is the one it gives the decode at the cell's centre
    let z = m.grid.cell_centre(2, 5);
    let zt = candle_core::Tensor::new(&[z], &candle_core::Device::Cpu).unwrap();
    let px = s
        .trainer()
        .model()
        .decoder
        .forward(&zt)
        .unwrap()
        .flatten_all()
        .unwrap()
        .to_vec1::<f32>()
        .unwrap();
    let c = latent_core::bundle::candle::ClassifierBundle::from_bytes(
        clf,
        "c",
        &candle_core::Device::Cpu,
    )
    .unwrap();
    let probs = &c.probabilities(&px).unwrap()[0];
    let best = (0..10)
        .max_by(|&a, &b| probs[a].total_cmp(&probs[b]))
        .unwrap();
    assert_eq!(m.class[2 * 8 + 5] as usize, best);
    // another dataset's classifier is refused, naming both
    let fashion = include_bytes!("../../../weights/fashion/classifier.safetensors");
    let e = s
        .start_classifier_map(fashion, "fashion-classifier", 8)
        .err()
        .unwrap();
    assert!(e.contains("fashion") && e.contains("mnist"), "{e}");
}
