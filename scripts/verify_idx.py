#!/usr/bin/env python3
"""Verify the four IDX files of a dataset in a folder, each either raw or gzip'd (standard library only).

Usage: verify_idx.py --dataset fashion DIR

For each of the four files (train/t10k images/labels) it reads NAME if present, else NAME.gz (the
trainer's order), and checks on the decompressed bytes: the magic number, the count, 28x28, the
exact length, the first ten labels, every label in 0..9, and the SHA-256 of the raw (un-gzipped)
bytes against scripts/<dataset>.sha256 -- the same checks, and the same kind of hashes, as
scripts/mnist_pkl_to_idx.py --verify-only does for MNIST, except that .gz files are accepted too
(hashing the decompressed stream, so a re-compressed file still verifies).

Exit status 0 when all four verify, 1 otherwise; one line per file on stdout, errors on stderr.
"""

import argparse
import gzip
import hashlib
import os
import struct
import sys
import zlib

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))

IMAGE_MAGIC = 0x00000803  # unsigned byte, 3 dims
LABEL_MAGIC = 0x00000801  # unsigned byte, 1 dim
ROWS = COLS = 28

DATASETS = {
    # Fashion-MNIST (Xiao, Rasul & Vollgraf 2017; Zalando; MIT). Same file names, shapes and
    # counts as MNIST; 6,000 training and 1,000 test images per class.
    "fashion": {
        "splits": {
            "train": {
                "images": "train-images-idx3-ubyte",
                "labels": "train-labels-idx1-ubyte",
                "count": 60000,
                "first_labels": [9, 0, 0, 3, 0, 2, 7, 2, 5, 5],
            },
            "test": {
                "images": "t10k-images-idx3-ubyte",
                "labels": "t10k-labels-idx1-ubyte",
                "count": 10000,
                "first_labels": [9, 2, 1, 1, 6, 1, 4, 6, 5, 7],
            },
        },
        "sha256_file": os.path.join(SCRIPT_DIR, "fashion.sha256"),
    },
}


class VerifyError(Exception):
    pass


def err(msg):
    print("error: " + msg, file=sys.stderr)


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
    with open(path, "rb") as f:
        gz = f.read(2) == b"\x1f\x8b"
    return (gzip.open(path, "rb") if gz else open(path, "rb")), gz


def check_file(path, kind, spec, want_sha):
    """Stream the (decompressed) file once: header, length, labels, SHA-256. Returns a short note."""
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
            count = spec["count"]
            if kind == "images":
                magic, n, rows, cols = struct.unpack(">IIII", head)
                if magic != IMAGE_MAGIC:
                    raise VerifyError(f"{shown}: bad magic 0x{magic:08x}, expected 0x{IMAGE_MAGIC:08x}")
                if n != count:
                    raise VerifyError(f"{shown}: header says {n} images, expected {count}")
                if (rows, cols) != (ROWS, COLS):
                    raise VerifyError(f"{shown}: header says {rows}x{cols} images, expected {ROWS}x{COLS}")
                want_len = count * ROWS * COLS
            else:
                magic, n = struct.unpack(">II", head)
                if magic != LABEL_MAGIC:
                    raise VerifyError(f"{shown}: bad magic 0x{magic:08x}, expected 0x{LABEL_MAGIC:08x}")
                if n != count:
                    raise VerifyError(f"{shown}: header says {n} labels, expected {count}")
                want_len = count
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


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dataset", required=True, choices=sorted(DATASETS))
    ap.add_argument("--no-hash", action="store_true", help="skip the SHA-256 check (for recomputing hashes)")
    ap.add_argument("dir", help="folder holding the four IDX files (raw or .gz)")
    a = ap.parse_args()
    ok = verify_dir(a.dir, a.dataset, check_hashes=not a.no_hash)
    if not ok:
        err(f"verification failed in {a.dir}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
