#!/usr/bin/env bash
# Builds the site and serves it locally:  scripts/serve.sh   (PORT=8000 by default)
# Installs the build tools it needs (wasm32 target, wasm-bindgen-cli) and the static server (node,
# e2e/node_modules) first, then builds dist/ and serves it as the static host serves the deployed
# site (e2e/serve.mjs, npm sirv + compression: gzip on the fly, Cache-Control: public,max-age=600,
# ETag/Last-Modified, .wasm as application/wasm, which WebAssembly.instantiateStreaming needs).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PORT="${PORT:-8000}"

scripts/install-deps.sh --serve
scripts/build-site.sh

echo
served="${DIST:-dist}"
case "$served" in /*) ;; *) served="$ROOT/$served" ;; esac
say "Serving $served at  http://127.0.0.1:$PORT/   (Ctrl-C to stop)"
echo
exec node e2e/serve.mjs "${DIST:-dist}" "$PORT" 127.0.0.1
