#!/usr/bin/env bash
# Benchmarks (not part of the test command; the machine should be otherwise idle):
#   cold open → first decoded digit with and without the prefetch of the first view's files,
#   paired and alternating, at a 0 ms and a 100 ms simulated round trip;
#   training speed of the "Train it yourself" worker against TensorFlow.js (wasm backend) training
#   the same model on the same data in the same browser (scripts/bench/train-speed.mjs).
#
#   scripts/bench.sh [RUNS] [STEPS]     (default 12 pairs, 200 training steps)
#
# Builds dist/ first and installs the e2e node packages (playwright-core drives Debian Chromium).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${1:-12}"
STEPS="${2:-200}"
scripts/build-site.sh >/dev/null
[ -d e2e/node_modules/playwright-core ] || (cd e2e && npm ci --no-audit --no-fund)
for rtt in 0 100; do
  say "cold open, RTT $rtt ms"
  RTT="$rtt" node scripts/bench/cold-open.mjs "${DIST:-dist}" "$RUNS"
done
# TensorFlow.js for the comparison: benchmark-only packages, pinned in scripts/bench/package-lock.json
[ -d scripts/bench/node_modules/@tensorflow/tfjs ] || (cd scripts/bench && npm ci --no-audit --no-fund --ignore-scripts)
say "training speed: the training view's worker against TensorFlow.js, $STEPS steps each"
node scripts/bench/train-speed.mjs "${DIST:-dist}" "$STEPS"
