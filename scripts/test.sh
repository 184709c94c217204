#!/usr/bin/env bash
# Runs every test of the project, in order, stopping at the first failure:
#   deps    scripts/install-deps.sh --test  (wasm32 target, wasm-bindgen-cli, chromium, chromedriver, e2e/node_modules)
#   lint    cargo fmt --all --check
#           cargo clippy --workspace --all-targets -- -D warnings                (native: every crate)
#           cargo clippy -p latent-web -p latent-train-view -p latent-web-kit -p latent-train-worker -p latent-qr --target wasm32-unknown-unknown --all-targets -- -D warnings
#                                                     (the browser crates for their own target, with their wasm tests)
#           cargo clippy -p latent-web -p latent-train-view -p latent-web-kit -p latent-train-worker -p latent-qr --target wasm32-unknown-unknown --all-targets --no-default-features -- -D warnings
#                                                     (the first view's build, without the hands-on views)
#   native  cargo test --workspace                           (every crate: core, trainer, web, web-kit, train-view, train-worker)
#   wasm    cargo test -p latent-web -p latent-train-worker --target wasm32-unknown-unknown
#                                                     (wasm-bindgen-test in headless Chromium)
#   site    scripts/build-site.sh                            (release wasm -> dist/, with the size report)
#   e2e     node --test in e2e/                              (the built site in headless Chromium via playwright-core)
#
#   scripts/test.sh            # everything (what CI runs, via .ci/run)
#   scripts/test.sh site e2e   # only the named steps, in the order above
#
# Logs of each step: target/test-logs/<step>.log. Works unattended (CI=true, no stdin, as root).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ALL_STEPS=(deps lint native wasm site e2e)
if [ $# -gt 0 ]; then
  for s in "$@"; do
    case " ${ALL_STEPS[*]} " in *" $s "*) ;; *) printf "[%s] ERROR: unknown step '%s' (steps: %s)\n" "$SCRIPT" "$s" "${ALL_STEPS[*]}" >&2; exit 2 ;; esac
  done
  WANT=" $* "
else
  WANT=" ${ALL_STEPS[*]} "
fi

# A one-shot run (CI) gains nothing from incremental compilation, which keeps ~1.5 GB of
# session data in target/debug/incremental; local reruns keep it.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"; fi

LOGS="$ROOT/target/test-logs"
mkdir -p "$LOGS"
T0=$SECONDS
TIMES=()
PASSED=0
FAILED=0

banner() { printf '\n==================== %s ====================\n' "$*"; }

# Adds up the per-runner counts of a step's log: cargo / wasm-bindgen-test-runner print
# "test result: ok. N passed; M failed; ...", node's spec reporter prints "ℹ pass N" / "ℹ fail M".
count_tests() {
  local log="$1" p f
  sum_of() { { grep -Eo "$1" "$log" || true; } | awk -v col="$2" '{s += $col} END {print s + 0}'; }
  p=$(( $(sum_of 'test result: [A-Za-z]+\. [0-9]+ passed' 4) + $(sum_of '^(ℹ|#) pass [0-9]+' 3) ))
  f=$(( $(sum_of 'test result: [A-Za-z]+\. [0-9]+ passed; [0-9]+ failed' 6) + $(sum_of '^(ℹ|#) fail [0-9]+' 3) ))
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f))
}

# step NAME CMD... : runs CMD with its output shown and logged; stops the script on failure.
step() {
  local name="$1"; shift
  case "$WANT" in *" $name "*) ;; *) return 0 ;; esac
  banner "$name: $*"
  local t=$SECONDS rc=0
  "$@" </dev/null 2>&1 | tee "$LOGS/$name.log" || rc=${PIPESTATUS[0]}
  local dt=$((SECONDS - t))
  TIMES+=("$name ${dt}s")
  count_tests "$LOGS/$name.log"
  if [ "$rc" -ne 0 ]; then
    echo
    say "FAILED at step \"$name\" (exit $rc) after ${dt}s; log: $LOGS/$name.log"
    say "steps run: ${TIMES[*]}"
    printf 'tests: %d passed, %d failed\n' "$PASSED" "$((FAILED > 0 ? FAILED : 1))"
    exit "$rc"
  fi
  say "step \"$name\" passed in ${dt}s"
}

lint() {
  # Formatting first (cheap), then clippy natively over every crate and target, then the browser
  # crates for wasm32 (their wasm-only code and tests/browser.rs are not compiled natively).
  cargo fmt --all --check
  cargo clippy --workspace --all-targets -- -D warnings
  cargo clippy -p latent-web -p latent-train-view -p latent-web-kit -p latent-train-worker -p latent-qr --target wasm32-unknown-unknown --all-targets -- -D warnings
  # the first view's build of the page: without the hands-on views (feature `tools`, the only
  # default feature). The same packages and targets as above, so that the dependencies' checks
  # are shared: only latent-web is checked again (seconds, where `-p latent-web` alone took ~2 min)
  cargo clippy -p latent-web -p latent-train-view -p latent-web-kit -p latent-train-worker -p latent-qr --target wasm32-unknown-unknown --all-targets --no-default-features -- -D warnings
}


wasm_tests() {
  # wasm-bindgen-test-runner (the cargo runner for this target, see .cargo/config.toml) drives headless
  # Chromium through chromedriver; the browser flags come from crates/web/webdriver.json.
  CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}" \
  WASM_BINDGEN_TEST_TIMEOUT="${WASM_BINDGEN_TEST_TIMEOUT:-300}" \
    cargo test -p latent-web -p latent-train-worker --target wasm32-unknown-unknown
}

e2e_tests() {
  # The site build-site.sh wrote (DIST, default dist/); each test file serves it on a free port.
  cd "$ROOT/e2e" && E2E_DIST="$(cd "$ROOT" && realpath -m "${DIST:-dist}")" npm test
}

step deps   scripts/install-deps.sh --test
step lint   lint
step native cargo test --workspace
step wasm   wasm_tests
step site   scripts/build-site.sh
step e2e    e2e_tests

banner "summary"
say "all steps passed: ${TIMES[*]} (total $((SECONDS - T0))s)"
printf 'tests: %d passed, %d failed\n' "$PASSED" "$FAILED"
