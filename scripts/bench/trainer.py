#!/usr/bin/env python3
"""Trainer bench (scripts/bench.sh trainer; not part of the tests): ours against PyTorch.

Runs crates/trainer/examples/bench.rs (OURS, a built binary) and scripts/bench/torch_train.py
(under PYTHON, the bench venv) as separate processes in paired, alternating runs (ours, theirs,
theirs, ours, ...), each timing the same work inside the process (data loading and start-up are
not counted), and writes the medians and peak RSS to OUT (JSON).

  trainer.py OURS PYTHON OUT [--pairs N] [--full]

Quick (default): the first 60 batches of an epoch for the VAE and 25 for the classifier,
extrapolated to the epoch's 469 batches, and a 128 x 128 class map (16,384 points, extrapolated
x4 to 256 x 256). --full: whole epochs and the 256 x 256 map.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, env):
    p = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if p.returncode != 0:
        sys.exit(f"[bench] {' '.join(cmd)} failed ({p.returncode}):\n{p.stderr[-2000:]}")
    for line in p.stderr.splitlines():
        if "class map:" in line:
            print(f"    {line.strip()}")
    return json.loads(p.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("ours")
    ap.add_argument("python")
    ap.add_argument("out")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--full", action="store_true")
    a = ap.parse_args()
    quick = not a.full
    # (key, what, threads, extra args, scale to the full work)
    cases = [
        ("vae_1t", "vae", 1, ["--batches", "60"] if quick else [], 1),
        ("vae_2t", "vae", 2, ["--batches", "60"] if quick else [], 1),
        ("classifier", "classifier", 2, ["--batches", "25"] if quick else [], 1),
        ("map", "map", 2, ["--grid", "128"] if quick else [], 4 if quick else 1),
    ]
    base_env = dict(os.environ, CUDA_VISIBLE_DEVICES="")
    results = {"mode": "partial" if quick else "full", "pairs": a.pairs}
    for key, what, threads, extra, scale in cases:
        env = dict(base_env, RAYON_NUM_THREADS=str(threads), OMP_NUM_THREADS=str(threads))
        ours_cmd = [a.ours, what, *extra]
        theirs_cmd = [a.python, os.path.join(HERE, "torch_train.py"), what, "--threads",
                      str(threads), *extra]
        ours, theirs = [], []
        print(f"[bench] {key}: {a.pairs} pairs, {threads} thread(s), {' '.join(extra) or 'full'}",
              flush=True)
        for i in range(a.pairs):
            first, second = (ours_cmd, theirs_cmd) if i % 2 == 0 else (theirs_cmd, ours_cmd)
            r1, r2 = run(first, env), run(second, env)
            o, t = (r1, r2) if i % 2 == 0 else (r2, r1)
            ours.append(o)
            theirs.append(t)
            print(f"    ours {o['per_epoch_s'] * scale:8.2f} s   pytorch {t['per_epoch_s'] * scale:8.2f} s",
                  flush=True)
        med = lambda rs: statistics.median(r["per_epoch_s"] * scale for r in rs)  # noqa: E731
        results[key] = {
            "ours_s": med(ours),
            "pytorch_s": med(theirs),
            "ours_peak_rss_kb": max(r["peak_rss_kb"] for r in ours),
            "pytorch_peak_rss_kb": max(r["peak_rss_kb"] for r in theirs),
            "measured": ours[0]["batches"] or ours[0]["points"],
            "of": ours[0]["of_batches"] or ours[0]["points"] * scale,
            "threads": threads,
        }
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
