//! Shared by the integration tests: the committed fixture of 1,000 MNIST test digits.

use latent_core::idx::Labelled;
use latent_trainer::data::TensorSet;
use latent_trainer::train;
use std::path::Path;

/// The fixture (`crates/core/tests/fixtures`) as tensors.
pub fn fixture() -> TensorSet {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures");
    let l = Labelled::read(
        &dir.join("mnist-t1000-images-idx3-ubyte.gz"),
        &dir.join("mnist-t1000-labels-idx1-ubyte.gz"),
        10,
    )
    .unwrap();
    TensorSet::new(&l, &train::device()).unwrap()
}
