#!/usr/bin/env python3
"""Writes vendor/intl_pluralrules/: the published `intl_pluralrules` crate (the plural rules
fluent-bundle selects with) with the rules of the page's languages only, for Cargo.toml's
`[patch.crates-io]`.

Why: the crate compiles in the cardinal and ordinal rules of every CLDR locale (about 300
functions and a table of language ids); the page speaks eight languages. Everything else of the
crate (lib.rs, operands.rs, the rules' code, the order of the tables, which fluent-bundle
binary-searches) is the upstream source unchanged: this script only drops the table entries
whose language is not in LANGUAGES, and writes a Cargo.toml without the crate's benchmarks
(whose dev-dependencies the workspace does not need).

Usage:  scripts/trim-pluralrules.py [VERSION]
  VERSION  the published version to trim (default: Cargo.lock's); cargo fetches its source
           from crates.io into its registry cache.
To update: run the script with the new version (the one fluent-bundle's requirement takes),
then `cargo update -p intl_pluralrules`, and commit vendor/.
A new page language: add its language subtag to LANGUAGES (crates/i18n's LOCALES has the
codes) and run the script again; crates/i18n's tests check that every offered locale has its
rules.
"""
import json, os, re, shutil, subprocess, sys, tempfile

# The language subtags of crates/i18n's LOCALES (en, de, fr, es, pt-BR, zh-CN, ja, ar). Every
# entry of these languages is kept (pt and pt-PT, ar and ars ...: only the language subtag
# decides), so fluent-bundle's negotiation picks the same rules as with the full crate; the
# pseudo-locale en-XA uses English's.
LANGUAGES = {"en", "de", "fr", "es", "pt", "zh", "ja", "ar"}

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "vendor", "intl_pluralrules")


def fail(msg):
    sys.exit(f"[trim-pluralrules] ERROR: {msg}")


def locked_version():
    """intl_pluralrules's version in Cargo.lock (the patched one, when the patch is in place)."""
    with open(os.path.join(ROOT, "Cargo.lock"), encoding="utf-8") as f:
        m = re.search(r'name = "intl_pluralrules"\nversion = "([^"]+)"', f.read())
    if not m:
        fail("Cargo.lock has no intl_pluralrules")
    return m.group(1)


def crate_dir(version):
    """The published crate's source, fetched by cargo into its registry cache: a throwaway
    package that depends on exactly `version` (the workspace itself resolves to the patch)."""
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(os.path.join(tmp, "src"))
        with open(os.path.join(tmp, "src", "lib.rs"), "w", encoding="utf-8"):
            pass
        with open(os.path.join(tmp, "Cargo.toml"), "w", encoding="utf-8") as f:
            f.write('[package]\nname = "fetch-pluralrules"\nversion = "0.0.0"\nedition = "2021"\n'
                    f'[dependencies]\nintl_pluralrules = "={version}"\n[workspace]\n')
        run = subprocess.run(["cargo", "metadata", "--format-version", "1"], cwd=tmp,
                             capture_output=True, text=True)
        if run.returncode != 0:
            fail(f"cargo could not fetch intl_pluralrules {version}: {run.stderr.strip()}")
    dirs = [os.path.dirname(p["manifest_path"]) for p in json.loads(run.stdout)["packages"]
            if p["name"] == "intl_pluralrules"]
    if len(dirs) != 1:
        fail(f"cargo metadata lists {len(dirs)} intl_pluralrules packages")
    return dirs[0]


def language(raw):
    """The subtag a `Language::from_raw_unchecked(<u64>)` holds (tinystr: little-endian ASCII)."""
    return int(raw).to_bytes(8, "little").rstrip(b"\0").decode("ascii")


def trim(src):
    """rules.rs with the entries of other languages dropped from PRS_CARDINAL and PRS_ORDINAL."""
    lines = src.split("\n")
    out, entry, kept, dropped, tables = [], None, 0, 0, 0
    for line in lines:
        if entry is not None:
            entry.append(line)
            if line == "    ),":
                text = "\n".join(entry)
                langs = re.findall(r"Language::from_raw_unchecked\((\d+)u64\)", text)
                if len(langs) != 1:
                    fail(f"an entry of rules.rs has {len(langs)} language ids:\n{text[:300]}")
                if language(langs[0]) in LANGUAGES:
                    out.extend(entry)
                    kept += 1
                else:
                    dropped += 1
                entry = None
            continue
        if line.startswith("pub const PRS_"):
            tables += 1
        if line == "    (":
            entry = [line]
            continue
        out.append(line)
    if entry is not None or tables != 2 or kept == 0:
        fail(f"rules.rs is not laid out as expected (tables {tables}, kept {kept}): "
             "check the script against the new version")
    return "\n".join(out), kept, dropped


def main():
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and sys.argv[1].startswith("-")):
        sys.exit(__doc__)
    version = sys.argv[1] if len(sys.argv) == 2 else locked_version()
    src_dir = crate_dir(version)
    with open(os.path.join(src_dir, "src", "rules.rs"), encoding="utf-8") as f:
        rules, kept, dropped = trim(f.read())
    found = {language(x) for x in re.findall(r"from_raw_unchecked\((\d+)u64\)", rules)}
    if found != LANGUAGES:
        fail(f"rules missing for {sorted(LANGUAGES - found)}")
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(os.path.join(OUT, "src"))
    for name in ("lib.rs", "operands.rs"):
        shutil.copy(os.path.join(src_dir, "src", name), os.path.join(OUT, "src", name))
    for name in ("README.md",):
        shutil.copy(os.path.join(src_dir, name), os.path.join(OUT, name))
    with open(os.path.join(OUT, "src", "rules.rs"), "w", encoding="utf-8") as f:
        f.write(rules)
    with open(os.path.join(OUT, "Cargo.toml"), "w", encoding="utf-8") as f:
        f.write(f"""# Generated by scripts/trim-pluralrules.py from intl_pluralrules {version} (crates.io):
# the same source with the plural rules of {", ".join(sorted(LANGUAGES))} only. Do not edit;
# run the script again.
[package]
name = "intl_pluralrules"
version = "{version}"
edition = "2018"
description = "Unicode Plural Rules categorizer for numeric input (trimmed to the page's languages)."
license = "Apache-2.0/MIT"
repository = "https://github.com/zbraniecki/pluralrules"
publish = false

[dependencies]
unic-langid = "0.9"

# upstream's code as published: its lints are not the workspace's
[lints.rust]
unexpected_cfgs = "allow"
""")
    print(f"[trim-pluralrules] wrote {os.path.relpath(OUT, ROOT)} from {src_dir}: "
          f"{kept} rule entries kept, {dropped} dropped")


main()
