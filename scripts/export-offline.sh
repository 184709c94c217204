#!/usr/bin/env bash
# Writes the explorer as ONE self-contained HTML file that opens from file:// with no server and
# no network: wasm, glue, styles and the chosen models' bundles inlined (base64).
#
#   scripts/export-offline.sh --dataset mnist --model vae                 # one model
#   scripts/export-offline.sh --dataset mnist --model vae --model plain   # switch between them
#   scripts/export-offline.sh --dataset mnist --model vae --evolution     # with its training evolution
#   scripts/export-offline.sh --dataset fashion --all                     # every model of a dataset
#   ... --hands-on   also the encoder, classifier and test images (draw, interpolate, classifier
#                    bars); without it those views are hidden in the file
#   ... --lang de    also German's messages (repeatable; --lang all: every locale): the file opened
#                    with ?lang=de, or in a browser that prefers German, speaks German
#   ... --out latent-mnist-vae.html   (default: offline/latent-<dataset>-<models>.html)
#
# Builds dist/ first (scripts/build-site.sh) unless --no-build is given and dist/ exists.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BUILD=1
ARGS=()
for a in "$@"; do
  case "$a" in
    --no-build) BUILD=0 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) ARGS+=("$a") ;;
  esac
done
DIST="${DIST:-dist}"
if [ "$BUILD" = 1 ] || [ ! -f "$DIST/index.html" ]; then
  scripts/build-site.sh
fi
exec python3 scripts/export_offline.py --dist "$DIST" --caller-pwd "$CALLER_PWD" "${ARGS[@]}"
