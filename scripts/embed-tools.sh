#!/usr/bin/env bash
# Runs docs/embedding.md's recipes in the real tools, against the built site (not part of
# scripts/test.sh: it installs ≈ 300 MB of tools and takes a few minutes):
#   reveal.js  npm reveal.js 5.2.1: a deck with the recipe's <section>
#   Marp       npm @marp-team/marp-cli 4.5.1: `marp --html` on a slide with the recipe's <iframe>
#   Quarto     quarto (PyPI quarto-cli, or QUARTO=/path/to/quarto): `quarto render --to revealjs`
#   Jupyter    PyPI nbconvert 7.17.2 + ipykernel 7.4.0: the recipe's IFrame cell executed and
#              rendered to HTML with `jupyter nbconvert --execute`
# then opens each output in headless Chromium (e2e/embed-tools.mjs): the explorer must start inside
# the slide or cell, and pointing at two places of its map must decode both.
#
#   scripts/embed-tools.sh             # builds dist/ first unless it exists (--build: always)
#
# Tools go to target/embed-tools/ (kept between runs), outputs to target/embed-tools/out/ (with
# results.json). Exit status: the number of tools that failed; a tool that cannot be installed
# is reported as not run (SKIP) and does not count.
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TOOLS="$ROOT/target/embed-tools"
mkdir -p "$TOOLS"
if [ "${1:-}" = "--build" ] || [ ! -f "$ROOT/dist/index.html" ]; then
  "$ROOT/scripts/build-site.sh"
fi
[ -d "$ROOT/e2e/node_modules" ] || die "e2e/node_modules missing: run scripts/install-deps.sh --test"

if [ ! -x "$TOOLS/node_modules/.bin/marp" ] || [ ! -f "$TOOLS/node_modules/reveal.js/dist/reveal.js" ]; then
  say "npm: reveal.js 5.2.1, @marp-team/marp-cli 4.5.1 into $TOOLS"
  (cd "$TOOLS" && { [ -f package.json ] || npm init -y >/dev/null; } \
    && npm install --no-audit --no-fund --save-exact reveal.js@5.2.1 @marp-team/marp-cli@4.5.1)
fi
if [ ! -x "$TOOLS/venv/bin/jupyter-nbconvert" ]; then
  say "PyPI: nbconvert 7.17.2, ipykernel 7.4.0, nbformat 5.11.1 into $TOOLS/venv"
  python3 -m venv "$TOOLS/venv"
  "$TOOLS/venv/bin/pip" install -q nbconvert==7.17.2 ipykernel==7.4.0 nbformat==5.11.1
fi
if [ -z "${QUARTO:-}" ] && ! command -v quarto >/dev/null && [ ! -x "$TOOLS/venv/bin/quarto" ]; then
  say "PyPI: quarto-cli (its install downloads Quarto itself from github.com)"
  "$TOOLS/venv/bin/pip" install -q quarto-cli \
    || say "WARNING: quarto-cli could not be installed; the Quarto recipe is not run (set QUARTO=/path/to/quarto)"
fi

cd "$ROOT/e2e" && TOOLS="$TOOLS" node embed-tools.mjs
