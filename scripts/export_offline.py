#!/usr/bin/env python3
"""One self-contained HTML file of the explorer (see scripts/export-offline.sh).

The page is dist/index.html (its stylesheet already inline), the wasm-bindgen glue and a small
bootstrap inlined as one module script, the wasm and every chosen bundle inlined as base64.
The app's fetches go through `window.__latentOffline.get(url)` (crates/web/src/effects.rs), so
it runs from file:// with no network. The manifest is filtered to the chosen models.
"""
import argparse
import base64
import json
import os
import re
import struct
import sys


def die(msg):
    print(f"[export-offline] ERROR: {msg}", file=sys.stderr)
    sys.exit(1)


def read(path):
    try:
        with open(path, "rb") as f:
            return f.read()
    except OSError as e:
        die(f"cannot read {path}: {e.strerror}")


def safetensors_meta(path, key):
    """The JSON under `key` in a safetensors file's __metadata__."""
    data = read(path)
    if len(data) < 8:
        die(f"{path}: not a safetensors file")
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    meta = header.get("__metadata__", {})
    if key not in meta:
        die(f"{path}: no `{key}` metadata")
    return json.loads(meta[key])


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dist", default="dist")
    ap.add_argument("--caller-pwd", default=os.getcwd())
    ap.add_argument("--dataset", required=True, help="dataset id, e.g. mnist or fashion")
    ap.add_argument("--model", action="append", default=[], help="design, e.g. vae, plain, bounded, beta4 (repeatable)")
    ap.add_argument("--all", action="store_true", help="every model of the dataset")
    ap.add_argument("--evolution", action="store_true", help="include the chosen models' training evolutions")
    ap.add_argument("--hands-on", action="store_true",
                    help="include the encoder, classifier and test images of the hands-on views "
                         "(draw, interpolate, classifier bars); without it those views are hidden")
    ap.add_argument("--lang", action="append", default=[],
                    help="a language the file can also speak besides English (de, fr, es, pt-BR, zh-CN, "
                         "ja, ar; repeatable, or `all`): its messages go in the file (lang= in the "
                         "address, the language menu, or the browser's preferred language picks it)")
    ap.add_argument("--out", help="output file (default offline/latent-<dataset>-<models>.html)")
    a = ap.parse_args()

    dist = a.dist
    weights = os.path.join(dist, "weights")
    manifest = json.loads(read(os.path.join(weights, "manifest.json")))
    entries = [b for b in manifest["bundles"] if b["dataset"] == a.dataset]
    if not entries:
        datasets = sorted({b["dataset"] for b in manifest["bundles"]})
        die(f"no dataset `{a.dataset}` in {weights}/manifest.json; it lists: {', '.join(datasets)}")
    if not a.all:
        if not a.model:
            die("name a model with --model (e.g. --model vae) or use --all")
        chosen = []
        for m in a.model:
            want = f"{a.dataset}-{m}"
            e = next((b for b in entries if b["id"] in (want, m)), None)
            if e is None:
                ids = ", ".join(b["id"].removeprefix(a.dataset + "-") for b in entries)
                die(f"no model `{m}` for dataset `{a.dataset}`; it has: {ids}")
            chosen.append(e)
        entries = chosen

    files = {}

    def add(rel):
        files["weights/" + rel] = read(os.path.join(weights, rel))

    kept = []
    for e in entries:
        e = dict(e)
        add(e["view"])
        evo = e.get("evolution")
        if a.evolution and not evo:
            print(f"[export-offline] WARNING: {e['id']} has no training evolution; --evolution adds nothing for it",
                  file=sys.stderr)
        if evo and a.evolution:
            add(evo["index"])
            meta = safetensors_meta(os.path.join(weights, evo["index"]), "latent_explorer_evolution")
            for f in meta["frames"]:
                add(f)
        else:
            e.pop("evolution", None)
        if a.hands_on and e.get("encoder"):
            add(e["encoder"])
        else:
            e["encoder"] = None
        kept.append(e)
    if a.hands_on:
        # the dataset's classifier and test images sit beside its view files
        folder = os.path.dirname(kept[0]["view"])
        for f in ("classifier.safetensors", "test-images.safetensors"):
            if os.path.exists(os.path.join(weights, folder, f)):
                add(f"{folder}/{f}" if folder else f)
    locales = os.path.join(dist, "locales")
    have = sorted(os.listdir(locales)) if os.path.isdir(locales) else []
    langs = have if "all" in a.lang else a.lang
    for code in langs:
        ftl = os.path.join(locales, code, "page.ftl")
        if not os.path.exists(ftl):
            die(f"no messages for the language `{code}` in {locales}; it has: {', '.join(have) or 'none'}")
        files[f"locales/{code}/page.ftl"] = read(ftl)
    files["weights/manifest.json"] = json.dumps(
        {"format_version": manifest["format_version"], "bundles": kept}, indent=1
    ).encode()

    html = read(os.path.join(dist, "index.html")).decode()
    # the stylesheet, inline in the built index.html (build-site.sh)
    css_m = re.search(r'<style id="page-style">\n(.*?)</style>', html, flags=re.S)
    if not css_m:
        die(f"{dist}/index.html has no inline stylesheet (<style id=\"page-style\">): rebuild it with scripts/build-site.sh")
    css = css_m.group(1)
    # the page's build with the hands-on views (one module for everything: a file:// page
    # cannot fetch a second one)
    pkg = os.path.join(dist, "tools")
    glue_name = next((f for f in sorted(os.listdir(pkg)) if f.endswith(".js")), None)
    wasm_name = next((f for f in sorted(os.listdir(pkg)) if f.endswith(".wasm")), None)
    if not glue_name or not wasm_name:
        die(f"{pkg} has no wasm-bindgen output (run scripts/build-site.sh)")
    glue = read(os.path.join(pkg, glue_name)).decode()
    wasm = read(os.path.join(pkg, wasm_name))

    # the glue as a plain module body: its exports become local names
    glue = re.sub(r"^export default __wbg_init;\s*$", "", glue, flags=re.M)
    glue = re.sub(r"^export \{[^}]*\};\s*$", "", glue, flags=re.M)
    glue = re.sub(r"^export (?=(async function|function|class|const|let) )", "", glue, flags=re.M)
    if re.search(r"^export ", glue, flags=re.M):
        die(f"{glue_name}: an export this script does not know how to inline")
    if "__wbg_init" not in glue or "function start" not in glue:
        die(f"{glue_name}: not the latent_web glue (no __wbg_init / start)")

    def b64(data):
        return base64.b64encode(data).decode()

    store = ",\n".join(f"{json.dumps(k)}: {json.dumps(b64(v))}" for k, v in sorted(files.items()))
    offline = (
        "<script>\n// Files of the offline copy, base64; the app reads them instead of fetching.\n"
        "(function () {\n  const files = {\n" + store + "\n  };\n"
        "  const decode = (s) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));\n"
        "  window.__latentOffline = { get: (url) => (url in files ? decode(files[url]) : null) };\n"
        "})();\n</script>\n"
    )
    boot = (
        '<script type="module">\n' + glue + "\n"
        "// ---- offline bootstrap (scripts/export_offline.py) ----\n"
        "function showError(message) {\n"
        "  const el = document.getElementById('error');\n"
        "  if (el) { el.textContent = message; el.hidden = false; }\n"
        "  const st = document.getElementById('status'); if (st) st.hidden = true;\n"
        "  document.body.dataset.state = 'error';\n}\n"
        "try {\n"
        f"  const wasm = Uint8Array.from(atob({json.dumps(b64(wasm))}), (c) => c.charCodeAt(0));\n"
        "  await __wbg_init({ module_or_path: wasm });\n"
        "  start();\n"
        "} catch (e) {\n  console.error(e);\n"
        "  showError(`The explorer could not start in this browser: ${e && e.message ? e.message : e}`);\n}\n"
        "</script>\n"
    )

    if not a.hands_on:
        # without their files the hands-on views could only fail: hide them
        css += "\n/* offline file without --hands-on */\n#hands-on { display: none !important; }\n"
    # the training view needs its worker script and wasm, which a file:// page cannot start: hide it
    css += "\n/* offline file: no training view */\n#train { display: none !important; }\n"
    # the docs pages are not in the file: their links become plain text
    html = re.sub(r'<a href="docs/[^"]*">(.*?)</a>', r"\1", html, flags=re.S)
    html = html.replace(css_m.group(0), "<style>\n" + css + "\n</style>")
    html = re.sub(r'\s*<link rel="modulepreload"[^>]*>', "", html)
    # the offline file answers from its own copies: no prefetch from the network
    html = re.sub(r'\s*<script id="prefetch">.*?</script>', "", html, flags=re.S)
    # the head script that gives <html> the wanted language's direction before the first paint
    # stays, with the languages the file carries only (another one stays English, left to right)
    dirs_m = re.search(r"var dirs = \{([^}]*)\};", html)
    if not dirs_m:
        die(f"{dist}/index.html has no table of the languages' directions (var dirs = {{...}};)")
    carried = {"en", "en-xa"} | {c.lower() for c in langs}
    entries = re.findall(r"'([^']+)': '(ltr|rtl)'", dirs_m.group(1))
    table = ", ".join(f"'{c}': '{d}'" for c, d in entries if c in carried)
    html = html.replace(dirs_m.group(0), f"var dirs = {{ {table} }};")
    # and the header's messages in them (the page-text script), the carried ones only
    texts_m = re.search(r"var texts = (\{.*\});\n", html)
    if not texts_m:
        die(f"{dist}/index.html has no table of the header's messages (var texts = {{...}};)")
    texts = {c: t for c, t in json.loads(texts_m.group(1)).items() if c.lower() in carried}
    # (every `<` escaped, as the build writes it: a script's text holds no `</script` nor `<!--`)
    texts = json.dumps(texts, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")
    html = html.replace(texts_m.group(0), f"var texts = {texts};\n")
    # and paints at once: without that script the site's picture of its default map (the build's
    # first paint, crates/site) is never shown, so its bytes stay behind
    html = re.sub(r'(<img id="map-picture"[^>]*?src=")data:image/[^"]*"', r'\1data:,"', html)
    script_m = re.search(r'<script type="module" src="[^"]*main[^"]*\.js"[^>]*></script>', html, flags=re.S)
    if not script_m:
        die(f"{dist}/index.html has no main.js script tag")
    html = html.replace(script_m.group(0), offline + boot)
    ids = "-".join(e["id"].removeprefix(a.dataset + "-") for e in kept)
    suffix = ("-evolution" if a.evolution else "") + ("-hands-on" if a.hands_on else "")
    out = a.out or os.path.join("offline", f"latent-{a.dataset}-{ids}{suffix}.html")
    if not os.path.isabs(out):
        out = os.path.join(a.caller_pwd, out)
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    tmp = out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(html)
    os.replace(tmp, out)
    size = os.path.getsize(out)
    print(f"[export-offline] wrote {out}: {size:,} bytes "
          f"({len(kept)} model(s): {', '.join(e['id'] for e in kept)}; "
          f"{sum(k.startswith('weights/') for k in files) - 1} weight file(s)"
          f"{', with evolution' if a.evolution else ''}"
          f"{', languages: en, ' + ', '.join(langs) if langs else ''}"
          f"{', with the hands-on views' if a.hands_on else ''})")


if __name__ == "__main__":
    main()
