#!/usr/bin/env python3
"""Prints scripts/bench.sh's one table (Markdown) from the sections' results in RESULTS_DIR
(decode.json, cold-0.json, cold-100.json, trainer.json, lighthouse.json; a section that did not
run is left out) and DIST/sizes.json (first-view bytes).

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
            row("first view, gzip bytes", f"{gz:,}", "", "", "≤ 525,000", verdict(gz <= 525_000),
                "≤ 400,000 in the first benchmark issue")
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

    lh = load(os.path.join(res, "lighthouse.json"))
    if lh:
        lighthouse_rows(lh, row, verdict)

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
    if lh:
        o = lh["mobile"]["ours"]
        print(f"lighthouse: Lighthouse {lh['lighthouse_version']} on Chromium {lh['chromium']}, "
              f"{lh['runs']} run{'s' if lh['runs'] != 1 else ''} per page and preset (ours and the TF.js "
              "page alternating), medians; "
              f"Lighthouse's benchmarkIndex of this machine (median, mobile runs) "
              f"{o['benchmark_index']:.0f}; both pages served with gzip and "
              "Cache-Control: public,max-age=600 (e2e/lib/static-host.mjs)")
    print(f"load average when printed: {os.getloadavg()[0]:.1f} (figures are only comparable on an idle machine)")


def lighthouse_rows(lh, row, verdict):
    """Rows of the lighthouse section: per preset, the category scores, the timings (s), CLS and
    bytes of Lighthouse (ours against the TF.js decoder page), then the first digit and the map
    visible, throttled as Lighthouse applies it."""

    def runs(m, key, fmt):
        return "runs " + ", ".join(fmt(r[key]) if r[key] is not None else "–" for r in m["runs"])

    def fnum(v, fmt):
        return "–" if v is None else fmt(v)

    def secs(ms):
        return f"{ms / 1000:.2f}"

    for preset in ("mobile", "desktop"):
        o, a = lh[preset]["ours"], lh[preset]["anchor"]
        perf_target = 98 if preset == "mobile" else 100
        for key, name, target in (("performance", "Performance", perf_target),
                                  ("accessibility", "Accessibility", 100),
                                  ("best-practices", "Best practices", 100),
                                  ("seo", "SEO", 100)):
            v = o[key]
            row(f"Lighthouse {preset}: {name} score", fnum(v, lambda x: f"{x:.0f}"),
                fnum(a[key], lambda x: f"{x:.0f}") if key == "performance" else "", "",
                f"≥ {target}" if target < 100 else "100",
                verdict(v is not None and v >= target), runs(o, key, lambda x: f"{x:.0f}"))
        for key, name, target, ok in (
                ("fcp_ms", "First Contentful Paint (s)", "", None),
                ("lcp_ms", "Largest Contentful Paint (s)", "≤ 1.5 s" if preset == "mobile" else "",
                 (lambda v: v <= 1500) if preset == "mobile" else None),
                ("tbt_ms", "Total Blocking Time (s)", "≤ 0.05 s" if preset == "mobile" else "",
                 (lambda v: v <= 50) if preset == "mobile" else None),
                ("tti_ms", "Time to Interactive (s)", "", None),
                ("speed_index_ms", "Speed Index (s)", "", None)):
            v, w = o[key], a[key]
            note = runs(o, key, secs)
            if key == "lcp_ms":
                note += f"; LCP element: ours `{o.get('lcp_element')}`, anchor `{a.get('lcp_element')}`"
            row(f"Lighthouse {preset}: {name}", fnum(v, secs), fnum(w, secs),
                f"{v / w:.2f}" if v is not None and w else "", target,
                verdict(ok(v)) if ok and v is not None else "", note)
        v, w = o["cls"], a["cls"]
        row(f"Lighthouse {preset}: Cumulative Layout Shift", fnum(v, lambda x: f"{x:.3f}"),
            fnum(w, lambda x: f"{x:.3f}"), "", "0" if preset == "mobile" else "",
            verdict(v == 0) if preset == "mobile" and v is not None else "",
            runs(o, "cls", lambda x: f"{x:.3f}"))
        v, w = o["bytes"], a["bytes"]
        row(f"Lighthouse {preset}: bytes transferred (total-byte-weight)", fnum(v, lambda x: f"{x:,.0f}"),
            fnum(w, lambda x: f"{x:,.0f}"), f"{v / w:.2f}" if v is not None and w else "", "", "",
            "gzip'd as served, with headers; everything fetched during the run")
        thr = ("Lighthouse's applied mobile throttling (562.5 ms per request, 1.47 Mbit/s, CPU 4×)"
               if preset == "mobile" else "Lighthouse's desktop profile (no network throttling, CPU 1×)")
        v, w = o["first_digit_ms"], a["first_digit_ms"]
        row(f"{preset} profile, throttled: first decoded digit (s)", fnum(v, secs), fnum(w, secs),
            f"{v / w:.2f}" if v is not None and w else "", "", "",
            thr + "; runs " + ", ".join(secs(r["digit_ms"]) for r in o["throttled"]))
        v = o["map_visible_ms"]
        row(f"{preset} profile, throttled: map visible (s)", fnum(v, secs), "", "",
            "≤ 1.2 s" if preset == "mobile" else "",
            verdict(v <= 1200) if preset == "mobile" and v is not None else "",
            "first frame after the first drawing on #map; runs "
            + ", ".join(secs(r["map_ms"]) for r in o["throttled"]))


if __name__ == "__main__":
    main()
