// Shared by the build scripts of the crates that compile in an English `.ftl` file
// (`include!`d by crates/web/build.rs and crates/train-view/build.rs): the file as the
// program needs it, without comment and blank lines (the comments are for translators, and
// every visitor would download them), written to OUT_DIR.

/// `src` without the lines that are Fluent comments (`#` at the start of a line) or blank.
/// A blank line inside a multi-line pattern would be kept by Fluent as part of the value: the
/// project's messages have none (their multi-line values are select expressions).
fn strip_ftl(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    for line in src.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// Writes `path` (relative to the crate), stripped, to `$OUT_DIR/<name>`, and asks cargo to
/// run the build script again when it changes.
fn embed_ftl(path: &str, name: &str) {
    println!("cargo:rerun-if-changed={path}");
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join(name), strip_ftl(&src)).unwrap_or_else(|e| panic!("{name}: {e}"));
}
