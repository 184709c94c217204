#!/usr/bin/env bash
# The benchmark (not part of the test command; the machine should be otherwise idle). Prints one
# table of medians and ratios (ours / anchor) from paired, alternating runs on the same weights
# and data, and writes it to target/bench/table.md (the sections' raw results beside it).
#
#   scripts/bench.sh [--quick | --full] [SECTION...]      (no SECTION: all of them)
#
# Sections:
#   browser  decode in headless Chromium: one decode and 1,024 decodes (one batched call), our
#            wasm against TF.js 4.22 (wasm and cpu backends) and a plain-JS loop, on the committed
#            MNIST VAE decoder (scripts/bench/decode.mjs, page in scripts/bench/page/); every
#            engine's output is checked against ours (≤ 1e-4) first. Also the first view's
#            gzip bytes (scripts/size-report.sh).
#   cold     cold open → first decoded digit, with and without the page's prefetch, on localhost
#            and at a simulated 100 ms round trip (scripts/bench/cold-open.mjs)
#   trainer  one VAE epoch (1 and 2 threads), one classifier epoch and the 256 × 256 class map,
#            ours (crates/trainer/examples/bench.rs) against PyTorch with the same architecture,
#            optimiser and data (scripts/bench/torch_train.py), with peak RSS
#            (scripts/bench/trainer.py runs the pairs)
#   train    training in the browser: the "Train it yourself" worker against TF.js 4.22 (wasm
#            backend) training the same VAE on the same data in the same headless Chromium
#            (scripts/bench/train-speed.mjs; 200 steps each, 60 with --quick, 400 with --full)
#   lighthouse  Lighthouse 12 (mobile defaults and --preset=desktop) on the built site against the
#            TF.js decoder page (scripts/bench/page/), both served with gzip and a static host's
#            cache headers (e2e/lib/static-host.mjs) on 127.0.0.1: medians of the category scores,
#            FCP, LCP, TBT, CLS, TTI, Speed Index and bytes; then, throttled as Lighthouse applies
#            it, the first decoded digit and (ours) the map visible (scripts/bench/lighthouse.mjs)
# Runs: default 15 browser rounds, 12 cold-open pairs, 3 trainer pairs, the trainer timing the
# first 60 (VAE) / 25 (classifier) batches of an epoch and a 128 × 128 map, extrapolated (the
# table says so), 3 Lighthouse runs per page and preset; --quick: 5 rounds, 4 pairs, 1 pair,
# 1 Lighthouse run; --full: whole epochs and the whole map.
#
# Installs what it needs, into ignored folders: the site's build tools (scripts/install-deps.sh
# --test: Debian chromium, e2e/node_modules with playwright-core), TF.js from npm into
# scripts/bench/node_modules (scripts/bench/package-lock.json), Lighthouse 12.8.2 from npm into
# scripts/bench/lighthouse/node_modules (its package-lock.json; it drives /usr/bin/chromium and
# downloads no browser), PyTorch 2.15.0 (CPU use) with numpy and safetensors from PyPI into
# target/bench-venv, and MNIST (scripts/fetch-mnist.sh).
# PyPI's Linux x86-64 torch wheel is the CUDA build: pip brings its CUDA runtime packages too
# (≈ 5 GB in the venv); the bench hides any GPU (CUDA_VISIBLE_DEVICES=) and runs on the CPU.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MODE=default
SECTIONS=()
for arg in "$@"; do
  case "$arg" in
    --quick) MODE=quick ;;
    --full) MODE=full ;;
    browser|cold|trainer|train|lighthouse) SECTIONS+=("$arg") ;;
    -h|--help) sed -n '2,40p' "$ROOT/scripts/$SCRIPT.sh"; exit 0 ;;
    *) die "unknown argument '$arg' (sections: browser cold trainer train lighthouse; flags: --quick --full)" ;;
  esac
done
[ ${#SECTIONS[@]} -gt 0 ] || SECTIONS=(browser cold trainer train lighthouse)
has() { [[ " ${SECTIONS[*]} " == *" $1 "* ]]; }
case "$MODE" in
  quick) ROUNDS=5 COLD=4 PAIRS=1 TRAIN_FLAG=() LH_RUNS=1 ;;
  full) ROUNDS=15 COLD=12 PAIRS=3 TRAIN_FLAG=(--full) LH_RUNS=3 ;;
  *) ROUNDS=15 COLD=12 PAIRS=3 TRAIN_FLAG=() LH_RUNS=3 ;;
esac
DIST="${DIST:-dist}"
OUT=target/bench
mkdir -p "$OUT"
# results of the sections that run now replace the old ones; the others are left out of the table
for s in "${SECTIONS[@]}"; do
  case "$s" in
    browser) rm -f "$OUT/decode.json" ;;
    cold) rm -f "$OUT/cold-0.json" "$OUT/cold-100.json" ;;
    trainer) rm -f "$OUT/trainer.json" ;;
    lighthouse) rm -rf "$OUT/lighthouse.json" "$OUT/lighthouse" ;;
  esac
done

if has browser || has cold || has train || has lighthouse; then
  scripts/install-deps.sh --test >/dev/null
  say "building $DIST/ (scripts/build-site.sh)"
  scripts/build-site.sh >"$OUT/build-site.log" 2>&1 || { tail -n 30 "$OUT/build-site.log"; die "build-site failed"; }
fi
if has browser; then
  (cd scripts/bench && { [ -d node_modules/@tensorflow/tfjs-backend-wasm ] || npm ci --no-audit --no-fund; })
  say "browser decode: $ROUNDS rounds"
  node scripts/bench/decode.mjs "$DIST" "$ROUNDS" "$OUT/decode.json"
fi
if has cold; then
  for rtt in 0 100; do
    say "cold open, RTT $rtt ms: $COLD pairs"
    RTT="$rtt" node scripts/bench/cold-open.mjs "$DIST" "$COLD" "$OUT/cold-$rtt.json"
  done
fi
if has trainer; then
  scripts/fetch-mnist.sh mnist >/dev/null
  VENV=target/bench-venv
  if ! "$VENV/bin/python" -c 'import torch, numpy, safetensors' 2>/dev/null; then
    say "installing PyTorch 2.15.0, numpy and safetensors from PyPI into $VENV"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet torch==2.15.0 numpy safetensors
  fi
  say "cargo build --release -p latent-trainer --example bench"
  cargo build --quiet --release -p latent-trainer --example bench
  say "trainer: $PAIRS pairs ($MODE)"
  python3 scripts/bench/trainer.py "$(cargo_target_dir)/release/examples/bench" "$VENV/bin/python" \
    "$OUT/trainer.json" --pairs "$PAIRS" "${TRAIN_FLAG[@]}"
fi
if has train; then
  (cd scripts/bench && { [ -d node_modules/@tensorflow/tfjs ] || npm ci --no-audit --no-fund --ignore-scripts; })
  case "$MODE" in quick) STEPS=60 ;; full) STEPS=400 ;; *) STEPS=200 ;; esac
  say "training in the browser: the training view's worker against TF.js (wasm), $STEPS steps each"
  node scripts/bench/train-speed.mjs "$DIST" "$STEPS" | tee "$OUT/train-speed.txt"
fi
if has lighthouse; then
  (cd scripts/bench && { [ -d node_modules/@tensorflow/tfjs-backend-wasm ] || npm ci --no-audit --no-fund; })
  (cd scripts/bench/lighthouse && {
    [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ] \
      || npm ci --no-audit --no-fund; })
  say "lighthouse: mobile and desktop presets, $LH_RUNS runs per page and preset, then the throttled first digit and map"
  CHROME_PATH=/usr/bin/chromium node scripts/bench/lighthouse.mjs "$DIST" "$LH_RUNS" "$OUT/lighthouse.json"
fi
python3 scripts/bench/table.py "$OUT" "$DIST" | tee "$OUT/table.md"
