#!/usr/bin/env python3
"""The `use crate::…` / `super::…` edges between the modules of a crate's src/ (code only: comments
and the unit-test module are left out), and the import circles (strongly connected sets).

Usage: scripts/import-graph.py SRC_DIR [DEPTH]
  DEPTH 1 (default): a module is a top-level file or folder (`model`, `tools`, `app`);
  DEPTH 9: a module is a file (`model::state`, `tools::encode::state`)."""
import os, re, sys
src = sys.argv[1]; depth = int(sys.argv[2]) if len(sys.argv) > 2 else 1
def modname(path):
    rel = os.path.relpath(path, src)[:-3].split(os.sep)
    if rel[-1] in ("mod", "lib"): rel = rel[:-1]
    return "::".join(rel[:depth]) or "lib"
edges = {}
for root, _, files in os.walk(src):
    for f in files:
        if not f.endswith(".rs"): continue
        p = os.path.join(root, f); m = modname(p)
        text = open(p).read()
        # cut the unit tests off
        text = re.split(r"#\[cfg\(test\)\]\s*mod tests", text)[0]
        # code only: doc and line comments are dropped
        text = "\n".join(l for l in text.splitlines() if not l.lstrip().startswith("//"))
        rel = os.path.relpath(p, src)[:-3].split(os.sep)
        if rel[-1] == "mod": rel = rel[:-1]
        targets = set()
        for g in re.findall(r"crate::((?:[a-z_][a-z0-9_]*::)*[a-z_][a-z0-9_]*)", text):
            targets.add("::".join(g.split("::")[:depth]) if depth < 9 else g)
        for g in re.findall(r"\bsuper::((?:[a-z_][a-z0-9_]*::)*[a-z_][a-z0-9_]*)", text):
            parent = rel[:-1]
            targets.add("::".join((parent + g.split("::"))[:depth]) if depth < 9 else "::".join(parent + g.split("::")))
        # brace lists: `use crate::{a, b::c}`, `use super::{a, b}`, `use crate::x::{y, z}`
        for kw, path, g in re.findall(r"\b(crate|super)((?:::[a-z_][a-z0-9_]*)*)::\{([^;]*?)\}", text):
            prefix = (rel[:-1] if kw == "super" else []) + [p for p in path.split("::") if p]
            for part in re.split(r"\s*,\s*", g):
                names = [p for p in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", part.split(" as ")[0])]
                if names and names[0][0].islower() and names[0] != "self":
                    targets.add("::".join((prefix + names[:1])[:depth]))
                elif prefix:
                    targets.add("::".join(prefix[:depth]))
        # child modules used by a bare path (`use page::Page;` in runtime/mod.rs)
        children = re.findall(r"^\s*(?:pub(?:\(crate\))?\s+)?mod ([a-z_][a-z0-9_]*);", text, re.M)
        for ch in children:
            if re.search(r"\b(?<!::)%s::" % ch, text):
                targets.add("::".join((rel + [ch])[:depth]))
        for t in targets:
            t = t if t else "lib"
            if t != m and not t.startswith("self"):
                edges.setdefault(m, set()).add(t)
mods = set(edges) | {t for ts in edges.values() for t in ts}
# drop targets that are items of lib.rs, not modules
files = {modname(os.path.join(r, f)) for r, _, fs in os.walk(src) for f in fs if f.endswith(".rs")}
def known(t):
    parts = t.split("::")
    for k in range(len(parts), 0, -1):
        if "::".join(parts[:k]) in files:
            return "::".join(parts[:k])
    return None
for m in list(edges):
    edges[m] = {k for k in (known(t) for t in edges[m]) if k and k != m}
print("edges:")
for m in sorted(edges):
    print(f"  {m} -> {', '.join(sorted(edges[m]))}")
# Tarjan
idx = {}; low = {}; st = []; on = set(); sccs = []; c = [0]
sys.setrecursionlimit(10000)
def sc(v):
    idx[v] = low[v] = c[0]; c[0] += 1; st.append(v); on.add(v)
    for w in edges.get(v, ()):
        if w not in idx: sc(w); low[v] = min(low[v], low[w])
        elif w in on: low[v] = min(low[v], idx[w])
    if low[v] == idx[v]:
        comp = []
        while True:
            w = st.pop(); on.discard(w); comp.append(w)
            if w == v: break
        if len(comp) > 1: sccs.append(sorted(comp))
for v in sorted(files):
    if v not in idx: sc(v)
print("circles (strongly connected sets of modules):")
for s in sccs: print("  " + " <-> ".join(s))
if not sccs: print("  none")
