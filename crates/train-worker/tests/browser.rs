//! Runs in headless Chromium (`wasm-bindgen-test`):
//!
//! ```sh
//! CHROMEDRIVER=/usr/bin/chromedriver cargo test -p latent-train-worker --target wasm32-unknown-unknown
//! ```
//!
//! Training steps of the shipped MNIST VAE taken in the browser (latent-core's training step
//! compiled to wasm32) equal the native steps stored in `tests/fixtures/step-reference.json`
//! (written by `latent-trainer step-reference`): the weights after the first step, and after
//! the second, within 1e-5 per weight.
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
