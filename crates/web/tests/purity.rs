//! The page's pure side — `src/model/` and, in `src/tools/`, every file but a view's
//! `render.rs`, `input.rs` and `effects.rs` — uses no browser types: it must not mention
//! `web_sys`, `wasm_bindgen`, `js_sys` or `gloo`, nor the page's DOM side (`crate::ui`,
//! `crate::runtime`, the views' renderers and listeners) or the `#[wasm_bindgen]` `Explorer`.
//! That is what lets `tests/update.rs` run every rule of the page natively.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};

/// Files of the DOM side inside `src/tools/` (drawing, listeners, browser effects).
const DOM_SIDE: [&str; 3] = ["render.rs", "input.rs", "effects.rs"];

/// Words the pure side must not contain.
const FORBIDDEN: [&str; 10] = [
    "web_sys",
    "wasm_bindgen",
    "js_sys",
    "gloo",
    "crate::ui",
    "crate::runtime",
    "render::",
    "input::",
    "effects::",
    "Explorer",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let entries = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

fn pure_files() -> Vec<PathBuf> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src.join("model"), &mut files);
    let mut tools = Vec::new();
    rust_files(&src.join("tools"), &mut tools);
    files.extend(tools.into_iter().filter(|p| {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        !DOM_SIDE.contains(&name)
    }));
    files.sort();
    files
}

#[test]
fn the_model_and_the_views_state_use_no_browser_types() {
    let files = pure_files();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // the layout this test relies on: the model, and each view's state beside its renderer
    for f in [
        "model/update.rs",
        "model/state.rs",
        "model/msg.rs",
        "tools/state.rs",
    ] {
        assert!(files.contains(&src.join(f)), "{f} is not among {files:?}");
    }
    for view in ["encode", "interp", "classify", "tiles", "share"] {
        let state = src.join("tools").join(view).join("state.rs");
        assert!(files.contains(&state), "{} is missing", state.display());
    }
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for w in FORBIDDEN {
                if line.contains(w) {
                    found.push(format!("{}:{}: {w}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the pure side mentions browser types or the DOM side:\n{}",
        found.join("\n")
    );
}
