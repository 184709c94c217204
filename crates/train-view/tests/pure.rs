//! The view's pure model (`src/state/`: state, messages, history, form, update) uses no
//! browser API: no `web_sys`, `wasm_bindgen`, `js_sys` or `gloo` in its source, so it builds
//! and is tested natively; the renderer and the edge (`render/`, `app.rs`, `worker.rs`) hold
//! the browser types. Its sentences are `latent_i18n::Text`s (pure Rust, allowed), and so are
//! the renderer's sentence builders (`render/texts.rs`) and the view's messages (`l10n.rs`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

#[test]
fn the_pure_model_uses_no_browser_api() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let dir = src.join("state");
    let mut read = 0;
    let state = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path());
    let texts = [src.join("render/texts.rs"), src.join("l10n.rs")];
    for path in state.chain(texts) {
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for name in ["web_sys", "wasm_bindgen", "js_sys", "gloo"] {
            assert!(
                !text.contains(name),
                "{} uses {name}: the pure model holds no browser types",
                path.display()
            );
        }
        read += 1;
    }
    assert!(read >= 7, "read {read} files of {}", dir.display());
}

#[test]
fn no_source_file_is_over_500_lines() {
    fn walk(dir: &Path, out: &mut Vec<(String, usize)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let n = std::fs::read_to_string(&path).unwrap().lines().count();
                out.push((path.display().to_string(), n));
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() >= 10);
    for (path, n) in files {
        assert!(n <= 500, "{path}: {n} lines");
    }
}
