#!/usr/bin/env bash
# Regenerates the docs' figures and tables: docs/img/*.png, docs/img/*-evolution.gif and
# docs/measurements.md, from the committed bundles in weights/ and the study results in
# docs/study/mnist.json. Needs no training data and takes seconds.
#
#   scripts/docs.sh            # figures and tables only
#   scripts/docs.sh --study    # first re-run the study (trains 10 small models on MNIST:
#                              # about 10 minutes on 2 idle cores; needs scripts/fetch-mnist.sh)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

cargo build --release -p latent-trainer
T="$(cargo_target_dir)/release/latent-trainer"
if [ "${1:-}" = "--study" ]; then
  scripts/fetch-mnist.sh
  # the committed docs/study/mnist.json and weights/mnist/study.lesson.safetensors (the page
  # lesson's reconstructions by each latent size) were made by exactly this command
  "$T" study --epochs 5 --seed 1 --dim-kinds vae --latent-dims 2,3,5,10,20 --betas 0.5,1,2,4,8 \
    --lesson-out weights/mnist/study.lesson.safetensors
fi
"$T" docs
say "docs/ regenerated; see docs/latent-space.md and docs/measurements.md"
