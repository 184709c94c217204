//! Runs in headless Chromium (`wasm-bindgen-test`):
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test -p latent-train-worker --target wasm32-unknown-unknown
//! ```
//!
//! Training steps of the shipped MNIST VAE taken in the browser (latent-core's training step
//! compiled to wasm32) equal the native steps stored in `tests/fixtures/step-reference.json`
//! (written by `latent-trainer step-reference`): the weights after the first step, and after
//! the second, within 1e-5 per weight. And the worker's messages, as the worker script sees
//! them, are plain objects whose byte fields are `Uint8Array`s.
#![cfg(target_arch = "wasm32")]

use latent_train_worker::reference::retake;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const REFERENCE: &str = include_str!("fixtures/step-reference.json");
const TEST: &[u8] = include_bytes!("../../../weights/mnist/test-images.safetensors");

#[wasm_bindgen_test]
fn browser_training_steps_equal_the_native_steps() {
    let a = retake(REFERENCE, TEST).unwrap();
    assert_eq!(a.steps, 2);
    assert_eq!(a.compared, 2 * 14 * 32);
    assert!(
        a.first_step <= 1e-5,
        "after one step a weight differs by {}",
        a.first_step
    );
    assert!(a.weight <= 1e-5, "a weight differs by {}", a.weight);
    assert!(a.mean <= 1e-6, "a tensor's mean differs by {}", a.mean);
    assert!(
        a.loss <= 1e-3,
        "a batch objective differs by {} nats",
        a.loss
    );
    console_log!(
        "{} steps, {} weights: largest browser − native difference {:e} after the first step, {:e} after either (weights), {:e} (means), {:e} nats (objective)",
        a.steps,
        a.compared,
        a.first_step,
        a.weight,
        a.mean,
        a.loss
    );
}

/// The worker's messages as the script sees them: plain objects, byte fields as
/// `Uint8Array`s (which it transfers), a Reset answered at once.
#[wasm_bindgen_test]
fn the_worker_reads_and_writes_the_views_messages_as_objects() {
    use js_sys::{Array, Reflect, Uint8Array};
    use latent_core::train_msg::{Command, Settings, ToWorker};
    use latent_train_worker::TrainWorker;
    use wasm_bindgen::{JsCast, JsValue};
    const SUBSET: &[u8] = include_bytes!("../../../weights/mnist/train-subset.safetensors");
    let get = |o: &JsValue, k: &str| Reflect::get(o, &JsValue::from_str(k)).unwrap();
    let msg =
        |session, command| serde_wasm_bindgen::to_value(&ToWorker { session, command }).unwrap();
    let mut w = TrainWorker::new(1.0, 0.0);
    let settings = Settings {
        limit: Some(500),
        ..Settings::default()
    };
    let (subset, test) = (settings.subset_url(), settings.test_url());
    let init = msg(
        1,
        Command::Init {
            settings,
            subset,
            test,
        },
    );
    assert_eq!(w.arrive(init.clone()).unwrap().length(), 0);
    assert_eq!(w.files(init.clone()).unwrap().len(), 2);
    let files = vec![Uint8Array::from(SUBSET), Uint8Array::from(TEST)];
    let ready = w.handle(init, files).unwrap().get(0);
    assert_eq!(get(&ready, "session").as_f64(), Some(1.0));
    let labels = get(&get(&get(&ready, "event"), "ready"), "labels");
    assert_eq!(labels.dyn_into::<Uint8Array>().unwrap().length(), 1_000);
    let step = msg(1, Command::Step);
    w.arrive(step.clone()).unwrap();
    let report = get(&w.handle(step, Vec::new()).unwrap().get(0), "event");
    let report = get(&report, "report");
    assert_eq!(get(&get(&report, "report"), "steps").as_f64(), Some(1.0));
    assert!(get(&report, "decoder").is_instance_of::<Uint8Array>());
    let stopped: Array = w.arrive(msg(2, Command::Reset)).unwrap();
    assert_eq!(
        get(&stopped.get(0), "event").as_string().as_deref(),
        Some("stopped")
    );
    assert_eq!(get(&stopped.get(0), "session").as_f64(), Some(2.0));
}
