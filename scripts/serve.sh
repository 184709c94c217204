#!/usr/bin/env bash
# Builds the site and serves it locally:  scripts/serve.sh   (PORT=8000 by default)
# Installs the build tools it needs (wasm32 target, wasm-bindgen-cli) first, then builds dist/.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
PORT="${PORT:-8000}"

scripts/install-deps.sh
scripts/build-site.sh

echo
say "Serving $ROOT/${DIST:-dist} at  http://127.0.0.1:$PORT/   (Ctrl-C to stop)"
echo
# python's http.server sends .wasm as application/wasm, which WebAssembly.instantiateStreaming needs.
exec python3 -m http.server --bind 127.0.0.1 -d "${DIST:-dist}" "$PORT"
