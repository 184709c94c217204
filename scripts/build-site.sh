#!/usr/bin/env bash
# Builds the static site into dist/ (git-ignored):
#   dist/index.html, style.css, main.js ...  copy of www/
#   dist/pkg/latent_web.js, latent_web_bg.wasm  wasm-bindgen --target web output (release wasm)
#   dist/weights/...                          copy of weights/ (manifest.json + the files the page fetches)
#   dist/docs/...                             docs/*.html and docs/img/* (when scripts/docs.sh made them)
#   dist/sizes.json                           scripts/size-report.sh: raw and gzip sizes of the first view
#
# Environment:
#   WASM_OPT=0      (default) no wasm-opt. Measured on latent_web (Nov 2026, 821 kB wasm, 240 kB gzip'd):
#                   binaryen 132 (npm `binaryen`, 104 MB, ~30 s) -Oz: -16 % raw but only -1 % gzip'd
#                   (e2e tests pass); Debian's binaryen 108: +2 % gzip'd, so build-site keeps the
#                   original (with an earlier, stripped build its output even failed at run time in
#                   Chromium: "WebAssembly.Table.set(): Argument 1 is invalid for table"). Pages are
#                   served gzip'd, so the gain does not pay for the dependency.
#   WASM_OPT=auto   run the `wasm-opt` on PATH, if any
#   WASM_OPT=/path/to/wasm-opt   run that one
#                   Either way its output is kept only if it is smaller gzip'd; a failure is only a warning.
#                   Run the e2e tests on such a build (scripts/test.sh site e2e with WASM_OPT set).
#   DIST=dir        output folder (default: dist)
#   WEIGHTS=dir     the bundles to deploy (default: weights; e.g. a dev bundle for trying the page)
#   (DIST and WEIGHTS are relative to the repository root.)
#
# Needs: cargo with the wasm32-unknown-unknown target, wasm-bindgen-cli = Cargo.lock's version
# (scripts/install-deps.sh installs both), python3 (size report).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DIST="${DIST:-dist}"
WEIGHTS="${WEIGHTS:-weights}"
WASM_OPT="${WASM_OPT:-0}"
START=$SECONDS

command -v wasm-bindgen >/dev/null || die "wasm-bindgen not found: run scripts/install-deps.sh"
command -v python3 >/dev/null || die "python3 not found (needed for the size report)"
[ -d www ] || die "www/ not found (the page sources)"
[ -f "$WEIGHTS/manifest.json" ] || die "$WEIGHTS/manifest.json not found (the trained bundles)"

# ---- 1. wasm ---------------------------------------------------------------------------
say "cargo build -p latent-web --target wasm32-unknown-unknown --profile wasm-release"
cargo build -p latent-web --target wasm32-unknown-unknown --profile wasm-release
WASM_IN="$(cargo_target_dir)/wasm32-unknown-unknown/wasm-release/latent_web.wasm"
[ -f "$WASM_IN" ] || die "$WASM_IN was not produced"

# dist/ is rebuilt from scratch so nothing stale is deployed.
rm -rf "$DIST"
mkdir -p "$DIST/pkg"

# The name and producers sections are only for debugging: drop them here, so that the wasm is small
# even without wasm-opt. (The profile should not `strip = true`: that also drops the target_features
# section wasm-bindgen reads to use reference types etc.; `strip = "debuginfo"` keeps it.)
say "wasm-bindgen --target web --no-typescript --out-dir $DIST/pkg ($(wasm-bindgen --version))"
wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
  --out-dir "$DIST/pkg" "$WASM_IN"
BG_WASM="$DIST/pkg/latent_web_bg.wasm"
[ -f "$BG_WASM" ] || die "wasm-bindgen did not write $BG_WASM"

# ---- 2. wasm-opt (optional, never fatal) ----------------------------------------------------
WASM_OPT_RESULT="skipped (WASM_OPT=0)"
if [ "$WASM_OPT" != "0" ] && [ "$WASM_OPT" != "off" ]; then
  opt_bin="$WASM_OPT"
  [ "$opt_bin" = "auto" ] && opt_bin="$(command -v wasm-opt || true)"
  if [ -z "$opt_bin" ]; then
    WASM_OPT_RESULT="skipped (wasm-opt not installed)"
  else
    opt_ver="$("$opt_bin" --version 2>/dev/null | head -n1 || true)"
    gz() { gzip -9c "$1" | wc -c; }
    before=$(gz "$BG_WASM")
    tmp="$BG_WASM.opt.tmp"
    # Features: take the ones the module declares (target_features section), plus the ones current
    # rustc emits by default, so an older binaryen does not reject valid input.
    if "$opt_bin" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
         --enable-mutable-globals --enable-multivalue --enable-reference-types --enable-simd \
         "$BG_WASM" -o "$tmp" 2>"$tmp.log"; then
      after=$(gz "$tmp")
      raw="$(wc -c <"$BG_WASM") -> $(wc -c <"$tmp") bytes raw, $before -> $after gzip'd"
      if [ "$after" -lt "$before" ]; then
        mv "$tmp" "$BG_WASM"
        WASM_OPT_RESULT="$opt_ver: $raw"
      else
        rm -f "$tmp"
        WASM_OPT_RESULT="$opt_ver: no gain ($raw), kept the original"
      fi
    else
      WASM_OPT_RESULT="$opt_ver failed (kept the unoptimised wasm): $( { head -c 300 "$tmp.log" 2>/dev/null || true; } | tr '\n' ' ')"
      rm -f "$tmp"
    fi
    rm -f "$tmp.log"
  fi
fi
say "wasm-opt: $WASM_OPT_RESULT"

# ---- 3. page + weights ----------------------------------------------------------------------
cp -R www/. "$DIST/"
# All of weights/ is copied except the files only the trainer needs (encoders, classifiers).
mkdir -p "$DIST/weights"
DIST_ABS="$(cd "$DIST" && pwd)"
(
  cd "$WEIGHTS"
  find . -type f | sort | while IFS= read -r f; do
    f="${f#./}"
    base="$(basename "$f")"
    case "$base" in
      *.encoder.safetensors|*classifier*)
        # listed in the manifest for tools, never fetched by the page
        printf '[build-site] weights: not deployed (not used by the page): %s\n' "$f"
        continue ;;
    esac
    mkdir -p "$DIST_ABS/weights/$(dirname "$f")"
    cp "$f" "$DIST_ABS/weights/$f"
  done
)

# The docs pages (generated by scripts/docs.sh), linked from the page; fetched only when opened.
if [ -f docs/latent-space.html ]; then
  mkdir -p "$DIST/docs/img"
  cp docs/*.html "$DIST/docs/"
  cp docs/img/* "$DIST/docs/img/"
fi

# ---- 4. size report -----------------------------------------------------------------------
scripts/size-report.sh "$DIST" "$WASM_OPT_RESULT"

say "wrote $DIST/ in $((SECONDS - START)) s (sizes in $DIST/sizes.json)"
