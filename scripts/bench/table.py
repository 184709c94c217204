#!/usr/bin/env python3
"""Prints scripts/bench.sh's one table (Markdown) from the sections' results in RESULTS_DIR
(decode.json, cold-0.json, cold-100.json, trainer.json; a section that did not run is left out)
and DIST/sizes.json (first-view bytes).

  table.py RESULTS_DIR DIST
"""

import datetime
import json
import os
import sys


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except OSError:
        return None


def main():
    res, dist = sys.argv[1], sys.argv[2]
    rows = []

    def row(measure, ours, anchor, ratio, target, met, note=""):
        rows.append((measure, ours, anchor, ratio, target, met, note))

    def verdict(ok):
        return "yes" if ok else "**no**"

    dec = load(os.path.join(res, "decode.json"))
    if dec:
        s, b = dec["single_us"], dec["batch_ms"]
        for e, name, tgt in (("tfjs-wasm", "TF.js wasm", 0.5), ("tfjs-cpu", "TF.js cpu", None),
                             ("js", "plain JS", None)):
            r = s["ours"] / s[e]
            row(f"single decode vs {name} (µs)", f"{s['ours']:.1f}", f"{s[e]:.1f}", f"{r:.2f}",
                f"≤ {tgt}×" if tgt else "", verdict(r <= tgt) if tgt else "")
        n = dec["batch_points"]
        for e, name, tgt in (("tfjs-wasm", "TF.js wasm", 1.0), ("tfjs-cpu", "TF.js cpu", None),
                             ("js", "plain JS", None)):
            r = b["ours"] / b[e]
            row(f"{n:,} decodes, one batched call, vs {name} (ms)", f"{b['ours']:.2f}",
                f"{b[e]:.2f}", f"{r:.2f}", f"≤ {tgt}×" if tgt else "",
                verdict(r <= tgt) if tgt else "")
    for rtt in (0, 100):
        c = load(os.path.join(res, f"cold-{rtt}.json"))
        if c:
            w, wo = c["with_prefetch_ms"], c["without_prefetch_ms"]
            where = "localhost" if rtt == 0 else f"{rtt} ms round trip"
            row(f"cold open → first digit, {where} (ms; anchor: without the prefetch)",
                f"{w:.0f}", f"{wo:.0f}", f"{w / wo:.2f}", "≤ 250 ms" if rtt == 0 else "",
                verdict(w <= 250) if rtt == 0 else "")
    sizes = load(os.path.join(dist, "sizes.json"))
    if sizes:
        gz = sizes.get("first_view_total", {}).get("gzip")
        if gz is not None:
            row("first view, gzip bytes", f"{gz:,}", "", "", "≤ 400,000", verdict(gz <= 400_000))
    tr = load(os.path.join(res, "trainer.json"))
    if tr:
        def mb(kb):
            return f"{kb / 1024:,.0f}"

        def trow(key, measure, tgt):
            t = tr[key]
            r = t["ours_s"] / t["pytorch_s"]
            part = ("" if t["measured"] == t["of"]
                    else f"first {t['measured']:,} of {t['of']:,} extrapolated")
            note = f"peak RSS {mb(t['ours_peak_rss_kb'])} / {mb(t['pytorch_peak_rss_kb'])} MB"
            row(measure, f"{t['ours_s']:.2f}", f"{t['pytorch_s']:.2f}", f"{r:.2f}",
                f"≤ {tgt}×" if tgt else "", verdict(r <= tgt) if tgt else "",
                "; ".join(x for x in (part, note) if x))

        trow("vae_1t", "VAE epoch, 1 thread, vs PyTorch (s)", 1.0)
        trow("vae_2t", "VAE epoch, 2 threads, vs PyTorch (s)", None)
        one, two = tr["vae_1t"]["ours_s"], tr["vae_2t"]["ours_s"]
        row("VAE epoch, ours: 2 threads against 1 (s)", f"{two:.2f}", f"{one:.2f}",
            f"{two / one:.2f}", "< 1.0×", verdict(two < one))
        trow("classifier", "classifier epoch, 2 threads, vs PyTorch (s)", 1.5)
        trow("map", "class map, 65,536 decodes + classifications, 2 threads, vs PyTorch (s)", 1.0)

    today = datetime.date.today().isoformat()
    print(f"\nlatent space explorer bench, {today} ({os.cpu_count()} CPUs; ratio = ours / anchor, "
          "medians of paired, alternating runs)\n")
    print("| measure | ours | anchor | ratio | target | met | notes |")
    print("| --- | ---: | ---: | ---: | --- | --- | --- |")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    if dec:
        print(f"\nbrowser: {dec['rounds']} rounds; outputs equal ours within "
              + ", ".join(f"{k} {v:.1e}" for k, v in dec["max_diff"].items() if k != "ours"))
    if tr:
        print(f"trainer: {tr['pairs']} pairs, "
              + ("whole epochs and map" if tr["mode"] == "full"
                 else "partial epochs and map, extrapolated (scripts/bench.sh --full for whole ones)"))
    print(f"load average when printed: {os.getloadavg()[0]:.1f} (figures are only comparable on an idle machine)")


if __name__ == "__main__":
    main()
