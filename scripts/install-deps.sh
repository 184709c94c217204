#!/usr/bin/env bash
# Installs what building (with --serve also serving, with --test also testing) the site needs,
# and only what is missing.
# Safe to run again and again: each step checks first and says what it found.
#
#   scripts/install-deps.sh          # build deps: wasm32 target, wasm-bindgen-cli (= Cargo.lock's version)
#   scripts/install-deps.sh --serve  # also node >= 20 and e2e/node_modules (the static server of serve.sh)
#   scripts/install-deps.sh --test   # also Debian chromium + chromium-driver, node >= 20, e2e/node_modules
#
# Assumes a Debian machine with rustup (or a Rust toolchain that already has the wasm32 target).
# Works as root or with sudo; never asks questions (CI=true, no stdin).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WITH_TEST=0
WITH_SERVE=0
for arg in "$@"; do
  case "$arg" in
    --test) WITH_TEST=1 WITH_SERVE=1 ;;
    --serve) WITH_SERVE=1 ;;
    -h|--help) sed -n '2,11p' "$ROOT/scripts/$SCRIPT.sh"; exit 0 ;;
    *) printf "[%s] ERROR: unknown argument '%s' (use --test, --serve or nothing)\n" "$SCRIPT" "$arg" >&2; exit 2 ;;
  esac
done

# ---- Rust + wasm32 target -------------------------------------------------------------
command -v cargo >/dev/null || die "cargo not found. Install Rust with rustup (https://rustup.rs) first."
WASM_TARGET=wasm32-unknown-unknown
if [ -d "$(rustc --print sysroot)/lib/rustlib/$WASM_TARGET" ]; then
  say "rust target $WASM_TARGET: present"
elif command -v rustup >/dev/null; then
  say "rust target $WASM_TARGET: missing -> rustup target add $WASM_TARGET"
  rustup target add "$WASM_TARGET"
else
  die "the $WASM_TARGET target is missing and rustup is not available to add it"
fi

# ---- wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen version ----------------------
[ -f Cargo.lock ] || die "Cargo.lock not found in $ROOT"
WB_VERSION="$(awk '
  /^\[\[package\]\]/ { in_wb = 0 }
  /^name = "wasm-bindgen"$/ { in_wb = 1; next }
  in_wb && /^version = / { gsub(/"/, "", $3); print $3; exit }
' Cargo.lock)"
[ -n "$WB_VERSION" ] || die "could not find the wasm-bindgen package in Cargo.lock"

have_wb=""
if command -v wasm-bindgen >/dev/null; then
  have_wb="$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')"
fi
if [ "$have_wb" = "$WB_VERSION" ]; then
  say "wasm-bindgen-cli $WB_VERSION: present ($(command -v wasm-bindgen))"
else
  say "wasm-bindgen-cli: have '${have_wb:-none}', Cargo.lock needs $WB_VERSION -> cargo install (takes a few minutes)"
  # No --locked: the CLI's own lockfile for some versions pins a yanked crate and fails to resolve.
  cargo install wasm-bindgen-cli --version "=$WB_VERSION" --force
  got="$(wasm-bindgen --version | awk '{print $2}')"
  [ "$got" = "$WB_VERSION" ] || die "installed wasm-bindgen reports $got, expected $WB_VERSION (is another one earlier on PATH? $(command -v wasm-bindgen))"
fi

# Optional: wasm-opt (binaryen). build-site.sh uses it when present and working, and skips it otherwise.
if command -v wasm-opt >/dev/null; then
  say "wasm-opt: $(wasm-opt --version 2>/dev/null | head -n1) (optional; build-site.sh checks that it works)"
else
  say "wasm-opt: not installed (optional; 'apt-get install binaryen' to shrink the wasm a little)"
fi

[ "$WITH_SERVE" = 1 ] || { say "done (build deps). Use --test for the test deps too."; exit 0; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo -n"; else SUDO="__none__"; fi
fi
APT_UPDATED=0
apt_install() {
  # apt_install PKG... : installs the given Debian packages (apt-get update once first).
  command -v apt-get >/dev/null || die "need Debian packages '$*' but apt-get is not available; install them by hand"
  [ "$SUDO" != "__none__" ] || die "need Debian packages '$*': run as root or install sudo"
  if [ "$APT_UPDATED" = 0 ]; then
    say "apt-get update"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    APT_UPDATED=1
  fi
  say "apt-get install $*"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" </dev/null
}

# ---- Debian packages for the browser tests --------------------------------------------
if [ "$WITH_TEST" = 1 ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
  command -v chromium >/dev/null || die "chromium still not found after install"
  command -v chromedriver >/dev/null || die "chromedriver still not found after install"
  say "chromium: $(chromium --version 2>/dev/null | head -n1)"
  say "chromedriver: $(chromedriver --version 2>/dev/null | head -n1)"
fi

# ---- node + e2e packages (the tests' tools and the static server, e2e/lib/static-host.mjs) ----
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  apt_install nodejs npm
fi
NODE_MAJOR="$(node -p 'process.versions.node.split(".")[0]')"
[ "$NODE_MAJOR" -ge 20 ] || die "node $(node --version) is too old for the e2e tests (playwright-core needs >= 20)"
say "node: $(node --version), npm: $(npm --version)"

# npm ci when node_modules is missing or older than the lockfile.
if [ ! -f e2e/node_modules/.package-lock.json ] || [ e2e/package-lock.json -nt e2e/node_modules/.package-lock.json ]; then
  say "e2e: npm ci (playwright-core only drives the system chromium; no browser download)"
  (cd e2e && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund </dev/null)
else
  say "e2e/node_modules: present"
fi

if [ "$WITH_TEST" = 1 ]; then say "done (build + test deps)."; else say "done (build deps + the static server)."; fi
