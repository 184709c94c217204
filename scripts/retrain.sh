#!/usr/bin/env bash
# Regenerates everything under weights/ from scratch: fetches MNIST and Fashion-MNIST, trains
# each dataset's classifier and the four designs with fixed seeds, writes the bundles, the
# training evolutions and the manifest, refreshes the browser test's reference decodes, then
# the docs' study, figures and tables. Each bundle records the exact trainer command that made it.
#
# Usage: scripts/retrain.sh. On 2 idle cores expect roughly: MNIST classifier 15 min, Fashion
# classifier 30 min, each 20-epoch MNIST design 4 min (+3 min of snapshots for vae and plain),
# each 10-epoch Fashion design 2 min, the study 15 min (see README for measured times).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

scripts/fetch-mnist.sh all
cargo build --release -p latent-trainer
T="$(cargo_target_dir)/release/latent-trainer"

# The committed bundles were made by exactly these commands (see each bundle's metadata;
# defaults: --data data/<dataset> --out weights). The first autoencoder written is the
# manifest's first entry: the page's default view.
"$T" classifier --epochs 8 --seed 1
"$T" classifier --dataset fashion --epochs 15 --seed 1
"$T" autoencoder --dataset mnist --kind vae --epochs 20 --seed 1 --snapshots
"$T" autoencoder --dataset mnist --kind plain --epochs 20 --seed 1 --snapshots
"$T" autoencoder --dataset mnist --kind bounded --epochs 20 --seed 1
"$T" autoencoder --dataset mnist --kind vae --beta 4 --name beta4 --epochs 20 --seed 1
"$T" autoencoder --dataset fashion --kind vae --epochs 10 --seed 1 --snapshots
"$T" autoencoder --dataset fashion --kind plain --epochs 10 --seed 1 --snapshots
"$T" autoencoder --dataset fashion --kind bounded --epochs 10 --seed 1
"$T" autoencoder --dataset fashion --kind vae --beta 4 --name beta4 --epochs 10 --seed 1
"$T" reference
# the "Train it yourself" view's training subsets (≤ 2 MB gzip each) and its worker's wasm test reference
"$T" train-subset --datasets mnist --count 10000
"$T" train-subset --datasets fashion --count 4500
"$T" step-reference

scripts/docs.sh --study
say "weights/ and docs/ regenerated; run scripts/test.sh to check them."
