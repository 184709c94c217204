#!/usr/bin/env bash
# Builds the static site into dist/ (git-ignored):
#   dist/index.html (style.css inline), main-<hash>.js ...  copy of www/, with content-hashed names
#   dist/pkg/latent_web-<hash>.js, latent_web_bg-<hash>.wasm  wasm-bindgen --target web output
#                                             (release wasm, without the hands-on views), content-hashed
#   dist/tools/latent_web_tools-<hash>.js, latent_web_tools_bg-<hash>.wasm  the same page with the
#                                             hands-on views (feature `tools`), which main.js starts in
#                                             place of the first when a view opens
#   dist/train-view/latent_train_view-<hash>.js, latent_train_view_bg-<hash>.wasm  the "Train it
#                                             yourself" view's own module (release wasm, content-hashed),
#                                             imported by main.js when its panel first opens
#   dist/qr/latent_qr-<hash>.js, latent_qr_bg-<hash>.wasm  the QR code's encoder (crates/qr), imported
#                                             by main.js when a QR code is first shown or saved
#   dist/worker/latent_train_worker-<hash>.js, latent_train_worker_bg-<hash>.wasm  the training
#                                             view's worker module (profile wasm-train), loaded by
#                                             train-worker-<hash>.js, whose name main.js hands the view
#   (index.html keeps its name; every reference to a hashed file — in index.html, main.js and the
#   glue — is rewritten, so a cached index.html or main.js never pairs with assets of another build:
#   the hashed files may be cached forever, index.html should be revalidated)
#   dist/weights/...                          manifest.json and the files it lists for the page: each
#                                             model's view file, evolution index and the index's frame
#                                             files, its encoder, and (by name, beside the view file) its
#                                             dataset's classifier.safetensors, test-images.safetensors and
#                                             train-subset.safetensors, which the hands-on views and the
#                                             "Train it yourself" view fetch on first use (nothing else
#                                             from weights/)
#   dist/docs/...                             docs/*.html and docs/img/* (when scripts/docs.sh made them)
#   (dist/index.html also holds the default model's first paint, written by `latent-site first-paint`
#   (crates/site) from the deployed manifest's first entry: its class map as an inlined PNG, the
#   axes' ticks and the class labels, shown from the first paint until the app paints the map; and
#   the language menu's options)
#   dist/sizes.json                           scripts/size-report.sh: raw and gzip sizes of the first view
#
# Environment:
#   WASM_OPT=0      (default) no wasm-opt. Measured on latent_web (Nov 2026, 821 kB wasm, 240 kB gzip'd):
#                   binaryen 132 (npm `binaryen`, 104 MB, ~30 s) -Oz: -16 % raw but only -1 % gzip'd
#                   (e2e tests pass); Debian's binaryen 108: +2 % gzip'd, so build-site keeps the
#                   original (with an earlier, stripped build its output even failed at run time in
#                   Chromium: "WebAssembly.Table.set(): Argument 1 is invalid for table"). Pages are
#                   served gzip'd, so the gain does not pay for the dependency.
#   WASM_OPT=auto   run the `wasm-opt` on PATH, if any
#   WASM_OPT=/path/to/wasm-opt   run that one
#                   Either way its output is kept only if it is smaller gzip'd; a failure is only a warning.
#                   Run the e2e tests on such a build (scripts/test.sh site e2e with WASM_OPT set).
#   DIST=dir        output folder (default: dist)
#   WEIGHTS=dir     the bundles to deploy (default: weights; e.g. a dev bundle for trying the page);
#                   what is deployed is read from WEIGHTS/manifest.json, and a file it lists that is
#                   missing stops the build with its name
#   (DIST and WEIGHTS are relative to the repository root.)
#
# Needs: cargo with the wasm32-unknown-unknown target, wasm-bindgen-cli = Cargo.lock's version
# (scripts/install-deps.sh installs both), python3 (manifest, size report).
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DIST="${DIST:-dist}"
WEIGHTS="${WEIGHTS:-weights}"
WASM_OPT="${WASM_OPT:-0}"
START=$SECONDS

command -v wasm-bindgen >/dev/null || die "wasm-bindgen not found: run scripts/install-deps.sh"
command -v python3 >/dev/null || die "python3 not found (needed to read the manifest and for the size report)"
[ -d www ] || die "www/ not found (the page sources)"
[ -f "$WEIGHTS/manifest.json" ] || die "$WEIGHTS/manifest.json not found (the trained bundles)"

# weights_to_deploy WEIGHTS : prints the files (relative to WEIGHTS, one a line) that the page
# fetches, as WEIGHTS/manifest.json lists them: every bundle's `view`, its `evolution.index`, and the
# index's frame files (`evolution.frames` in the manifest when present, else the `frames` of the
# index's own metadata, __metadata__.latent_explorer_evolution). Fails, naming the file, when a
# listed file is missing or a path leaves WEIGHTS. On stderr: what is deployed, and each file of
# WEIGHTS that is not (encoders and classifiers are for the trainer's tools; the page never fetches
# them) with the reason.
weights_to_deploy() {
  python3 - "$SCRIPT" "$1" <<'PY'
import json, os, struct, sys

name, weights = sys.argv[1], sys.argv[2]
mpath = os.path.join(weights, "manifest.json")

def fail(msg):
    sys.exit(f"[{name}] ERROR: {msg}")

def note(msg):
    print(f"[{name}] {msg}", file=sys.stderr)

try:
    with open(mpath, encoding="utf-8") as f:
        manifest = json.load(f)
except (OSError, ValueError) as e:
    fail(f"cannot read {mpath} as JSON: {e}")
bundles = manifest.get("bundles") if isinstance(manifest, dict) else None
if not isinstance(bundles, list) or not bundles:
    fail(f"{mpath} lists no bundles")

deploy = {}  # normalised path relative to weights -> what it is

def add(rel, what, source=mpath):
    if not isinstance(rel, str) or not rel:
        fail(f"{source}: {what} is not a file name: {rel!r}")
    norm = os.path.normpath(rel)
    if (os.path.isabs(rel) or norm in (".", "..") or norm.startswith(".." + os.sep)
            or any(c in rel for c in "\n\r\0")):
        fail(f"{source}: {what} '{rel}' is not a path inside {weights}/")
    if not os.path.isfile(os.path.join(weights, norm)):
        fail(f"{what}: '{rel}' is listed in {source}, but {os.path.join(weights, norm)} does not exist")
    deploy.setdefault(norm, what)
    return norm

def index_frames(path, what):
    """The frame files an evolution index lists in its safetensors metadata."""
    try:
        with open(path, "rb") as f:
            (n,) = struct.unpack("<Q", f.read(8))
            if n > 100_000_000:
                raise ValueError(f"implausible header length {n}")
            header = json.loads(f.read(n))
        frames = json.loads(header["__metadata__"]["latent_explorer_evolution"])["frames"]
        if not isinstance(frames, list):
            raise ValueError("`frames` is not a list")
        return frames
    except (OSError, ValueError, KeyError, TypeError, struct.error) as e:
        fail(f"{what}: cannot read the frame list of {path} "
             f"(__metadata__.latent_explorer_evolution.frames): {e}")

counts = {"view": 0, "index": 0, "frame": 0, "encoder": 0, "classifier": 0, "test images": 0,
          "training subset": 0, "lesson": 0}
for i, b in enumerate(bundles):
    if not isinstance(b, dict):
        fail(f"{mpath}: bundles[{i}] is not an object")
    bid = b.get("id") or f"bundles[{i}]"
    if "view" not in b:
        fail(f"{mpath}: {bid} has no `view` file")
    add(b["view"], f"{bid} view")
    counts["view"] += 1
    # the hands-on views fetch these on first use: the model's encoder (listed), and its
    # dataset's classifier and test images (by name, beside the view file, when present)
    if b.get("encoder"):
        add(b["encoder"], f"{bid} encoder")
        counts["encoder"] += 1
    folder = os.path.dirname(os.path.normpath(b["view"]))
    # the lesson's file (by name beside the view file, when present): fetched when it opens
    lesson = os.path.normpath(b["view"])[:-len(".safetensors")] + ".lesson.safetensors"
    if b["view"].endswith(".safetensors") and os.path.isfile(os.path.join(weights, lesson)):
        add(lesson, f"{bid} lesson")
        counts["lesson"] += 1
    # (the training subset: the "Train it yourself" view's worker fetches it when the view opens)
    for fname, what in (("classifier.safetensors", "classifier"),
                        ("test-images.safetensors", "test images"),
                        ("train-subset.safetensors", "training subset"),
                        ("study.lesson.safetensors", "lesson")):
        rel = os.path.join(folder, fname)
        if rel not in deploy and os.path.isfile(os.path.join(weights, rel)):
            add(rel, f"{bid} {what}")
            counts[what] += 1
    evo = b.get("evolution")
    if evo is None:
        continue
    if not isinstance(evo, dict) or "index" not in evo:
        fail(f"{mpath}: {bid}.evolution has no `index` file")
    index = add(evo["index"], f"{bid} evolution index")
    counts["index"] += 1
    frames, source = evo.get("frames"), mpath
    if frames is None:
        source = os.path.join(weights, index)
        frames = index_frames(source, f"{bid} evolution index")
    if not isinstance(frames, list) or not frames:
        fail(f"{bid} evolution: no frame files listed")
    for j, fr in enumerate(frames):
        add(fr, f"{bid} evolution frame {j}", source)
        counts["frame"] += 1

# Everything else under weights/ stays behind; say why.
listed = {}
def collect(v, key):
    if isinstance(v, dict):
        for k, x in v.items():
            collect(x, k)
    elif isinstance(v, list):
        for x in v:
            collect(x, key)
    elif isinstance(v, str):
        listed.setdefault(os.path.normpath(v), key)
collect(manifest, None)
for d, _, fs in sorted(os.walk(weights)):
    for f in sorted(fs):
        rel = os.path.relpath(os.path.join(d, f), weights)
        if rel == "manifest.json" or rel in deploy:
            continue
        why = (f"listed in the manifest as `{listed[rel]}`, not fetched by the page" if rel in listed
               else "not listed in the manifest")
        note(f"weights: not deployed ({why}): {rel}")

note(f"weights: deploying manifest.json + {len(deploy)} files it lists: {counts['view']} view files, "
     f"{counts['index']} evolution indexes, {counts['frame']} evolution frames, "
     f"{counts['encoder']} encoders, {counts['classifier']} classifiers, "
     f"{counts['test images']} test-image files, {counts['training subset']} training subsets, "
     f"{counts['lesson']} lesson files (the last five on demand only)")
for rel in sorted(deploy):
    print(rel)
PY
}

# hash_assets DIST : renames DIST/pkg/latent_web_bg.wasm, DIST/pkg/latent_web.js, DIST/main.js,
# DIST/train-view/latent_train_view{_bg.wasm,.js}, DIST/worker/latent_train_worker{_bg.wasm,.js},
# DIST/qr/latent_qr{_bg.wasm,.js}, DIST/lesson/latent_lesson{_bg.wasm,.js}, DIST/tools/latent_web_tools{_bg.wasm,.js},
# DIST/train-worker.js to <name>-<first 12 hex digits of their SHA-256>.<ext> and rewrites the references
# to them (the glues' wasm URLs, main.js's imports of the glues, index.html's modulepreload,
# the wasm's preload and script); writes DIST/style.css into index.html (inline, the file removed); writes the default model's view file into index.html's prefetch script. Fails, naming it, when a reference is not found exactly once (a change to www/ or to
# wasm-bindgen's output that this step would otherwise silently miss).
hash_assets() {
  python3 - "$SCRIPT" "$1" <<'PY'
import hashlib, os, sys

name, dist = sys.argv[1], sys.argv[2]

def fail(msg):
    sys.exit(f"[{name}] ERROR: {msg}")

def read(rel):
    with open(os.path.join(dist, rel), "rb") as f:
        return f.read()

def rewrite(rel, data, old, new):
    n = data.count(old.encode())
    if n != 1:
        fail(f"{dist}/{rel}: expected exactly one {old!r} to rewrite, found {n}")
    return data.replace(old.encode(), new.encode())

def hashed(rel, data):
    stem, ext = os.path.splitext(rel)
    out = f"{stem}-{hashlib.sha256(data).hexdigest()[:12]}{ext}"
    with open(os.path.join(dist, out), "wb") as f:
        f.write(data)
    os.remove(os.path.join(dist, rel))
    return out

def hashed_module(folder, stem):
    """wasm-bindgen's output `folder/stem_bg.wasm` and `folder/stem.js` under hashed names, the
    glue's URL of the wasm rewritten; returns (wasm, glue), paths relative to dist."""
    wasm = hashed(f"{folder}/{stem}_bg.wasm", read(f"{folder}/{stem}_bg.wasm"))
    glue = rewrite(f"{folder}/{stem}.js", read(f"{folder}/{stem}.js"),
                   f"new URL('{stem}_bg.wasm', import.meta.url)",
                   f"new URL('{os.path.basename(wasm)}', import.meta.url)")
    return wasm, hashed(f"{folder}/{stem}.js", glue)

wasm, glue = hashed_module("pkg", "latent_web")
tools_wasm, tools_glue = hashed_module("tools", "latent_web_tools")
# the training worker: its wasm, its glue, its script (imported by name by the one before)
worker_wasm, worker_glue = hashed_module("worker", "latent_train_worker")
worker = hashed("train-worker.js", rewrite("train-worker.js", read("train-worker.js"),
                                           "'./worker/latent_train_worker.js'", f"'./{worker_glue}'"))
view_wasm, view_glue = hashed_module("train-view", "latent_train_view")
qr_wasm, qr_glue = hashed_module("qr", "latent_qr")
lesson_wasm, lesson_glue = hashed_module("lesson", "latent_lesson")
main = rewrite("main.js", read("main.js"), "'./pkg/latent_web.js'", f"'./{glue}'")
main = rewrite("main.js", main, "'./tools/latent_web_tools.js'", f"'./{tools_glue}'")
main = rewrite("main.js", main, "'tools/latent_web_tools_bg.wasm'", f"'{tools_wasm}'")
main = rewrite("main.js", main, "'./qr/latent_qr.js'", f"'./{qr_glue}'")
main = rewrite("main.js", main, "'./lesson/latent_lesson.js'", f"'./{lesson_glue}'")
main = rewrite("main.js", main, "'./train-view/latent_train_view.js'", f"'./{view_glue}'")
main = hashed("main.js", rewrite("main.js", main, "'./train-worker.js'", f"'./{worker}'"))
# the stylesheet, inline in index.html: a render-blocking file would cost the first paint a
# second round trip (half a second on a phone's network). www/index.html holds the page
# unpainted (body { visibility: hidden } after the stylesheet, lifted by a rule at the end of
# <body>) until its last element is parsed, so that the first paint is the whole page at its
# final layout, never a half-parsed one that later shifts (as inlining alone gave: desktop CLS
# up to 0.011)
css = read("style.css").decode()
if "</style" in css:
    fail(f"{dist}/style.css contains '</style': it cannot be inlined")
# every visitor downloads the inline stylesheet and scripts: their comments (3.9 and 1.4 kB
# gzip'd of 53 kB) stay in www/ for the reader. A comment's delimiters inside a CSS string, or a
# script's template literal (where a line starting with // is text), would make this unsafe:
# the build fails on either instead.
import re
if re.search(r'["\'][^"\'\n]*/\*', css):
    fail(f"{dist}/style.css has '/*' inside a string: its comments cannot be stripped")
css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
css = re.sub(r"\n\s*\n+", "\n", css)
os.remove(os.path.join(dist, "style.css"))
index = read("index.html")
import json
with open(os.path.join(dist, "weights", "manifest.json"), encoding="utf-8") as f:
    default = json.load(f)["bundles"][0]
default_view = "weights/" + default["view"]
# (the head script compares the address's names in lower case)
for old, new in [('src="main.js"', f'src="{main}"'),
                 ("'pkg/latent_web.js'", f"'{glue}'"),
                 ("'tools/latent_web_tools.js'", f"'{tools_glue}'"),
                 ("'pkg/latent_web_bg.wasm'", f"'{wasm}'"),
                 ("'tools/latent_web_tools_bg.wasm'", f"'{tools_wasm}'"),
                 ("'__DEFAULT_VIEW__'", json.dumps(default_view).replace('"', "'")),
                 ("'__DEFAULT_MODEL__'", json.dumps(default["id"].lower()).replace('"', "'")),
                 ("'__DEFAULT_DATASET__'", json.dumps(default["dataset"].lower()).replace('"', "'")),
                 # last, so that no rewrite above searches the stylesheet's text
                 ('<link rel="stylesheet" href="style.css">', f'<style id="page-style">\n{css}</style>')]:
    index = rewrite("index.html", index, old, new)
def strip_script_comments(m):
    body = re.sub(r"(?m)^[ \t]*//.*\n", "", m.group(2))
    if "`" in body:
        fail(f"{dist}/index.html: an inline script holds a template literal: its comments cannot be stripped")
    return m.group(1) + body + m.group(3)
index = re.sub(r"(<script(?![^>]*\ssrc=)[^>]*>)(.*?)(</script>)", strip_script_comments,
               index.decode(), flags=re.S).encode()
with open(os.path.join(dist, "index.html"), "wb") as f:
    f.write(index)
print(f"[{name}] hashed names: {wasm}, {glue}, {main}, {view_wasm}, {view_glue}, "
      f"{worker_wasm}, {worker_glue}, {worker}, {qr_wasm}, {qr_glue}, {lesson_wasm}, {lesson_glue}, {tools_wasm}, {tools_glue}",
      file=sys.stderr)
PY
}

# Read the manifest before the long wasm build, so a missing file stops the build early.
DEPLOY_LIST="$(weights_to_deploy "$WEIGHTS")" || exit 1
mapfile -t DEPLOY <<<"$DEPLOY_LIST"

# ---- 1. wasm ---------------------------------------------------------------------------
# The "Train it yourself" view's worker: its own wasm module (fetched only when that view opens), built
# for speed (profile wasm-train, opt-level 3) rather than size. Built first, so that latent-web's
# wasm goes through wasm-bindgen right after its own build (the target folder may be shared).
say "cargo build -p latent-train-worker --target wasm32-unknown-unknown --profile wasm-train"
cargo build -p latent-train-worker --target wasm32-unknown-unknown --profile wasm-train
WORKER_IN="$(cargo_target_dir)/wasm32-unknown-unknown/wasm-train/latent_train_worker.wasm"
[ -f "$WORKER_IN" ] || die "$WORKER_IN was not produced"

# The "Train it yourself" view's page side: its own module too, loaded when its panel first opens
# (so the first view's wasm carries none of its code).
say "cargo build -p latent-train-view --target wasm32-unknown-unknown --profile wasm-release"
cargo build -p latent-train-view --target wasm32-unknown-unknown --profile wasm-release
VIEW_IN="$(cargo_target_dir)/wasm32-unknown-unknown/wasm-release/latent_train_view.wasm"
[ -f "$VIEW_IN" ] || die "$VIEW_IN was not produced"

# The QR code's encoder: its own small module, loaded when a QR code is first shown or saved.
say "cargo build -p latent-qr --target wasm32-unknown-unknown --profile wasm-release"
cargo build -p latent-qr --target wasm32-unknown-unknown --profile wasm-release
QR_IN="$(cargo_target_dir)/wasm32-unknown-unknown/wasm-release/latent_qr.wasm"
[ -f "$QR_IN" ] || die "$QR_IN was not produced"

# The lesson "How the map is made": its own module, loaded when the lesson first opens.
say "cargo build -p latent-lesson --target wasm32-unknown-unknown --profile wasm-release"
cargo build -p latent-lesson --target wasm32-unknown-unknown --profile wasm-release
LESSON_IN="$(cargo_target_dir)/wasm32-unknown-unknown/wasm-release/latent_lesson.wasm"
[ -f "$LESSON_IN" ] || die "$LESSON_IN was not produced"

# The page with the hands-on views (feature `tools`, on by default): the build that main.js starts
# when a view opens (or the address names one); copied aside, since the first view's build below
# writes the same file.
say "cargo build -p latent-web --target wasm32-unknown-unknown --profile wasm-release (with the hands-on views)"
cargo build -p latent-web --target wasm32-unknown-unknown --profile wasm-release
WASM_IN="$(cargo_target_dir)/wasm32-unknown-unknown/wasm-release/latent_web.wasm"
[ -f "$WASM_IN" ] || die "$WASM_IN was not produced"
TOOLS_TMP="$(mktemp -d)"
trap 'rm -rf "$TOOLS_TMP"' EXIT
TOOLS_IN="$TOOLS_TMP/latent_web_tools.wasm"
cp "$WASM_IN" "$TOOLS_IN"
# The first view's page: the same crate without the hands-on views' code.
say "cargo build -p latent-web --target wasm32-unknown-unknown --profile wasm-release --no-default-features (the first view)"
cargo build -p latent-web --target wasm32-unknown-unknown --profile wasm-release --no-default-features
[ -f "$WASM_IN" ] || die "$WASM_IN was not produced"

# dist/ is rebuilt from scratch so nothing stale is deployed.
rm -rf "$DIST"
mkdir -p "$DIST/pkg"

# The name and producers sections are only for debugging: drop them here, so that the wasm is small
# even without wasm-opt. (The profile should not `strip = true`: that also drops the target_features
# section wasm-bindgen reads to use reference types etc.; `strip = "debuginfo"` keeps it.)
# bindgen DIR WASM WHAT : wasm-bindgen's `--target web` output of WASM in DIST/DIR (without the name
# and producers sections); fails, naming WHAT, when its wasm is not written.
bindgen() {
  wasm-bindgen --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-dir "$DIST/$1" "$2"
  local stem
  stem="$(basename "$2" .wasm)"
  [ -f "$DIST/$1/${stem}_bg.wasm" ] || die "wasm-bindgen did not write $3 ($DIST/$1/${stem}_bg.wasm)"
}
# sizes WHAT FILE... : each file's raw and gzip'd bytes
sizes() {
  local what="$1" f
  shift
  for f in "$@"; do
    say "$what: ${f#"$DIST"/} $(wc -c <"$f") bytes raw, $(gzip -9c "$f" | wc -c) gzip'd"
  done
}
say "wasm-bindgen --target web --no-typescript --out-dir $DIST/pkg ($(wasm-bindgen --version))"
bindgen pkg "$WASM_IN" "the page's wasm"
BG_WASM="$DIST/pkg/latent_web_bg.wasm"
# the page with the hands-on views (kept out of pkg/ too), started by main.js when a view opens
bindgen tools "$TOOLS_IN" "the hands-on views' wasm"
sizes "page with the hands-on views (on demand)" "$DIST/tools/latent_web_tools_bg.wasm" "$DIST/tools/latent_web_tools.js"
# the worker's module, loaded by www/train-worker.js (kept out of pkg/, which holds the first
# view's wasm only; content-hashed below with the worker script that imports it)
bindgen worker "$WORKER_IN" "the worker's wasm"
bindgen train-view "$VIEW_IN" "the training view's wasm"
bindgen qr "$QR_IN" "the QR code's wasm"
bindgen lesson "$LESSON_IN" "the lesson's wasm"
sizes "lesson (on demand)" "$DIST/lesson/latent_lesson_bg.wasm" "$DIST/lesson/latent_lesson.js"
sizes "QR code (on demand)" "$DIST/qr/latent_qr_bg.wasm" "$DIST/qr/latent_qr.js"
sizes "training view (on demand)" "$DIST/train-view/latent_train_view_bg.wasm" "$DIST/train-view/latent_train_view.js" \
  "$DIST/worker/latent_train_worker_bg.wasm" "$DIST/worker/latent_train_worker.js"

# The first paint's writer (crates/site), a native tool: built now, so a failure stops the build
# before the page is assembled.
say "cargo build -p latent-site"
cargo build -p latent-site
SITE_TOOL="$(cargo_target_dir)/debug/latent-site"
[ -x "$SITE_TOOL" ] || die "$SITE_TOOL was not produced"

# ---- 2. wasm-opt (optional, never fatal) ----------------------------------------------------
WASM_OPT_RESULT="skipped (WASM_OPT=0)"
if [ "$WASM_OPT" != "0" ] && [ "$WASM_OPT" != "off" ]; then
  opt_bin="$WASM_OPT"
  [ "$opt_bin" = "auto" ] && opt_bin="$(command -v wasm-opt || true)"
  if [ -z "$opt_bin" ]; then
    WASM_OPT_RESULT="skipped (wasm-opt not installed)"
  else
    opt_ver="$("$opt_bin" --version 2>/dev/null | head -n1 || true)"
    gz() { gzip -9c "$1" | wc -c; }
    before=$(gz "$BG_WASM")
    tmp="$BG_WASM.opt.tmp"
    # Features: take the ones the module declares (target_features section), plus the ones current
    # rustc emits by default, so an older binaryen does not reject valid input.
    if "$opt_bin" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
         --enable-mutable-globals --enable-multivalue --enable-reference-types --enable-simd \
         "$BG_WASM" -o "$tmp" 2>"$tmp.log"; then
      after=$(gz "$tmp")
      raw="$(wc -c <"$BG_WASM") -> $(wc -c <"$tmp") bytes raw, $before -> $after gzip'd"
      if [ "$after" -lt "$before" ]; then
        mv "$tmp" "$BG_WASM"
        WASM_OPT_RESULT="$opt_ver: $raw"
      else
        rm -f "$tmp"
        WASM_OPT_RESULT="$opt_ver: no gain ($raw), kept the original"
      fi
    else
      WASM_OPT_RESULT="$opt_ver failed (kept the unoptimised wasm): $( { head -c 300 "$tmp.log" 2>/dev/null || true; } | tr '\n' ' ')"
      rm -f "$tmp"
    fi
    rm -f "$tmp.log"
  fi
fi
say "wasm-opt: $WASM_OPT_RESULT"

# ---- 3. page + weights ----------------------------------------------------------------------
cp -R www/. "$DIST/"
# locales/: each locale's messages as the page fetches them, without the translators' comments
# and blank lines (a third of each file); the glossaries stay in the repository. English is
# compiled into the wasm (crates/web/build.rs), so its files are not deployed.
rm -rf "$DIST/locales/en"
find "$DIST/locales" -name '*.md' -delete
for f in "$DIST"/locales/*/*.ftl; do
  sed -i -e '/^#/d' -e '/^[[:space:]]*$/d' "$f"
done
# weights/: the manifest and what it lists for the page (see weights_to_deploy above).
mkdir -p "$DIST/weights"
cp "$WEIGHTS/manifest.json" "$DIST/weights/manifest.json"
for f in "${DEPLOY[@]}"; do
  mkdir -p "$DIST/weights/$(dirname "$f")"
  cp "$WEIGHTS/$f" "$DIST/weights/$f"
done

# Content-hashed names: wasm first, then the glue that names it, then main.js that imports the glue,
# then index.html that loads them all (see the header).
hash_assets "$DIST"
# The default model's first paint, from the deployed manifest and view file (see the header).
"$SITE_TOOL" first-paint --dist "$DIST" | sed "s/^/[$SCRIPT] /"

# The docs pages (generated by scripts/docs.sh), linked from the page; fetched only when opened.
if [ -f docs/latent-space.html ]; then
  mkdir -p "$DIST/docs/img"
  cp docs/*.html "$DIST/docs/"
  cp docs/img/* "$DIST/docs/img/"
fi

# ---- 4. size report -----------------------------------------------------------------------
scripts/size-report.sh "$DIST" "$WASM_OPT_RESULT"

say "wrote $DIST/ in $((SECONDS - START)) s (sizes in $DIST/sizes.json)"
