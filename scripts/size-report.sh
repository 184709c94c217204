#!/usr/bin/env bash
# Prints what the page's first view downloads from a built site, raw and gzip'd (level 9), per file
# and in total, and writes the same to DIST/sizes.json. scripts/build-site.sh runs it last.
#
#   scripts/size-report.sh [DIST [WASM_OPT_NOTE]]
#
#   DIST           the built site (default: env DIST, else dist), relative to the repository root
#   WASM_OPT_NOTE  what wasm-opt did, recorded as "wasm_opt" in sizes.json (build-site.sh passes it);
#                  when left out, the note of an existing DIST/sizes.json is kept
#
# The first view: the page files (every file at the top of DIST, i.e. what www/ holds, with the
# content-hashed name build-site.sh gives main-<hash>.js; index.html holds the stylesheet), the wasm-bindgen
# glue and wasm (DIST/pkg/*.js, *.wasm: one of each, latent_web-<hash>.js and
# latent_web_bg-<hash>.wasm), weights/manifest.json, and the default
# bundle's view file (the manifest's bundles[0].view). Also prints the file count and raw bytes of
# the whole DIST. Fails when the default view file is missing. Needs python3.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ $# -le 2 ] || die "usage: scripts/size-report.sh [DIST [WASM_OPT_NOTE]]"
DIST="${1:-${DIST:-dist}}"
command -v python3 >/dev/null || die "python3 not found"
[ -d "$DIST" ] || die "$DIST/ not found (build it with scripts/build-site.sh)"
[ -d "$DIST/pkg" ] || die "$DIST/pkg/ not found (the wasm-bindgen output; build with scripts/build-site.sh)"
[ -f "$DIST/weights/manifest.json" ] || die "$DIST/weights/manifest.json not found"

python3 - "$SCRIPT" "$DIST" "$#" "${2:-}" <<'PY'
import gzip, json, os, sys

name, dist, nargs, wasm_opt = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
report = os.path.join(dist, "sizes.json")
if nargs < 2:
    # Run on its own: keep what the build recorded about wasm-opt.
    try:
        wasm_opt = json.load(open(report)).get("wasm_opt")
    except (OSError, ValueError):
        wasm_opt = None

def sizes(rel):
    data = open(os.path.join(dist, rel), "rb").read()
    return {"path": rel, "raw": len(data), "gzip": len(gzip.compress(data, 9, mtime=0))}

# What the first view downloads: the page files (everything copied from www/ at the top level),
# the wasm-bindgen glue and wasm, the manifest, and the default bundle's view file. (Not the
# training view's worker script, train-worker[-<hash>].js: it is started only when that view trains.)
top = sorted(f for f in os.listdir(dist)
             if os.path.isfile(os.path.join(dist, f)) and f != "sizes.json"
             and not (f.startswith("train-worker") and f.endswith(".js")))
pkg = sorted("pkg/" + f for f in os.listdir(os.path.join(dist, "pkg")) if f.endswith((".js", ".wasm")))
# build-site.sh gives them content-hashed names (latent_web-<hash>.js, latent_web_bg-<hash>.wasm):
# exactly one of each belongs to a build.
for ext in (".js", ".wasm"):
    found = [p for p in pkg if p.endswith(ext)]
    if len(found) != 1:
        sys.exit(f"[{name}] ERROR: expected one {ext} file in {dist}/pkg, found {found or 'none'}")
first = top + pkg + ["weights/manifest.json"]

manifest = json.load(open(os.path.join(dist, "weights", "manifest.json")))
view = None
try:
    view = manifest["bundles"][0]["view"]
except (KeyError, IndexError, TypeError):
    print(f"[{name}] WARNING: manifest.json has no bundles[0].view; first-view total leaves it out")
if view:
    # The view path is relative to the manifest (weights/); accept a root-relative one too.
    for cand in ("weights/" + view.lstrip("./"), view.lstrip("/")):
        if os.path.isfile(os.path.join(dist, cand)):
            first.append(cand)
            break
    else:
        sys.exit(f"[{name}] ERROR: the default bundle's view file '{view}' (manifest bundles[0].view) is not in {dist}/weights")

rows = [sizes(f) for f in first]
total_raw = sum(r["raw"] for r in rows)
total_gz = sum(r["gzip"] for r in rows)
all_files = [os.path.relpath(os.path.join(d, f), dist) for d, _, fs in os.walk(dist) for f in fs
             if not (d == dist and f == "sizes.json")]
dist_raw = sum(os.path.getsize(os.path.join(dist, f)) for f in all_files)

print(f"[{name}] first-view downloads ({dist}/):")
print(f"  {'file':<44} {'raw bytes':>12} {'gzip bytes':>12}")
for r in rows:
    print(f"  {r['path']:<44} {r['raw']:>12,} {r['gzip']:>12,}")
print(f"  {'TOTAL first view':<44} {total_raw:>12,} {total_gz:>12,}")
print(f"[{name}] whole {dist}/: {len(all_files)} files, {dist_raw:,} bytes raw")

json.dump({
    "first_view": rows,
    "first_view_total": {"raw": total_raw, "gzip": total_gz},
    "default_view": view,
    "dist_total_raw": dist_raw,
    "dist_files": len(all_files),
    "wasm_opt": wasm_opt,
}, open(report, "w"), indent=2)
print(f"[{name}] wrote {report}")
PY
