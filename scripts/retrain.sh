#!/usr/bin/env bash
# Regenerates everything under weights/ from scratch: fetches MNIST, trains the classifier and
# the VAE with fixed seeds, writes the bundles and the manifest, and refreshes the browser
# test's reference decodes. Each bundle records the exact trainer command that made it.
#
# Took about 80 minutes on a busy 2-core machine (see README for the measured times). Usage: scripts/retrain.sh
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/fetch-mnist.sh
cargo build --release -p latent-trainer
T=target/release/latent-trainer

# The committed bundles were made by exactly these commands (see each bundle's metadata;
# defaults: --dataset mnist --data data/mnist --out weights).
$T classifier --epochs 8 --seed 1
$T autoencoder --kind vae --epochs 30 --seed 1
$T reference

echo "weights/ regenerated; run scripts/test.sh to check them."
