# shellcheck shell=bash
# The shared preamble of every script in scripts/. Source it first thing:
#
#   # shellcheck source-path=SCRIPTDIR source=lib.sh
#   . "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
#
# It gives the script:
#   set -euo pipefail
#   ROOT              the repository root (absolute), and the working directory is ROOT: scripts run
#                     from any cwd and use repo-relative paths
#   CALLER_PWD        the directory the script was started from (for relative paths given by the user)
#   PATH              with cargo's bin folder (${CARGO_HOME:-~/.cargo}/bin) in front, where
#                     cargo-installed tools (wasm-bindgen, wasm-bindgen-test-runner) live
#   CARGO_TERM_COLOR  exported, default `never` (the scripts' output is mostly read in logs);
#                     set it to `always` or `auto` to override
#   SCRIPT            the calling script's name without .sh, e.g. build-site
#   say MSG...        "[SCRIPT] MSG" on stdout
#   warn MSG...       "[SCRIPT] WARNING: MSG" on stderr
#   die MSG...        "[SCRIPT] ERROR: MSG" on stderr, then exit 1
#   cargo_target_dir  prints cargo's target directory (honours CARGO_TARGET_DIR and .cargo/config.toml)
set -euo pipefail

# shellcheck disable=SC2034  # for the sourcing script
CALLER_PWD="$PWD"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

CARGO_BIN="${CARGO_HOME:-$HOME/.cargo}/bin"
case ":$PATH:" in *":$CARGO_BIN:"*) ;; *) export PATH="$CARGO_BIN:$PATH" ;; esac
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

SCRIPT="$(basename "${BASH_SOURCE[1]:-$0}" .sh)"

say()  { printf '[%s] %s\n' "$SCRIPT" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "$SCRIPT" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "$SCRIPT" "$*" >&2; exit 1; }

cargo_target_dir() {
  cargo metadata --format-version 1 --no-deps \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])'
}
