//! Architecture invariant: the engine (`src/engine.rs`, `src/engine/**`) is pure. It names no
//! browser crate, reads no clock, draws no random number and does no I/O, so it compiles and is
//! tested natively and behaves the same in every browser.

use std::fs;
use std::path::{Path, PathBuf};

/// Names that must not appear in engine code (comments aside), with the reason.
const FORBIDDEN: &[(&str, &str)] = &[
    ("leptos", "a UI framework"),
    ("web_sys", "a browser binding"),
    ("js_sys", "a browser binding"),
    ("wasm_bindgen", "a browser binding"),
    ("gloo", "a browser binding"),
    ("SystemTime", "the clock (pass times in)"),
    ("Instant", "the clock (pass times in)"),
    ("getrandom", "randomness (pass seeds in)"),
    ("rand::", "randomness (pass seeds in)"),
    ("std::fs", "file I/O (the shell reads files)"),
    ("std::net", "network I/O"),
    ("std::env", "the environment"),
];

/// Every forbidden name used in `source`, as `line: name (reason)`. Comments are skipped.
fn violations(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        for (name, why) in FORBIDDEN {
            // A name counts where it starts an identifier: `gloo` also catches `gloo_storage`.
            let hit = code.match_indices(name).any(|(i, _)| {
                let before = code[..i].chars().next_back();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
            });
            if hit {
                found.push(format!("{}: {name} ({why})", n + 1));
            }
        }
    }
    found
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("the engine folder is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn engine_sources_import_no_browser_crate_clock_or_randomness() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("src/engine.rs")];
    rust_files(&root.join("src/engine"), &mut files);
    assert!(files.len() > 3, "the engine's files are found: {files:?}");
    let mut report = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).expect("engine source is UTF-8");
        for v in violations(&source) {
            report.push(format!("{}:{v}", file.display()));
        }
    }
    assert!(
        report.is_empty(),
        "the engine must stay pure:\n{}",
        report.join("\n")
    );
}

/// The checker itself: it catches what it should and ignores comments and look-alike names.
#[test]
fn the_purity_checker_flags_forbidden_names() {
    let check = |source: &str, expected: &[&str]| {
        assert_eq!(violations(source), expected, "checking: {source}")
    };
    check("use leptos::prelude::*;", &["1: leptos (a UI framework)"]);
    check(
        "let t = web_sys::window();",
        &["1: web_sys (a browser binding)"],
    );
    check(
        "use gloo_storage::LocalStorage;",
        &["1: gloo (a browser binding)"],
    );
    check(
        "use wasm_bindgen_futures::spawn_local;",
        &["1: wasm_bindgen (a browser binding)"],
    );
    check(
        "let now = std::time::SystemTime::now();",
        &["1: SystemTime (the clock (pass times in))"],
    );
    check(
        "let t = Instant::now();",
        &["1: Instant (the clock (pass times in))"],
    );
    check(
        "let x = rand::random::<u64>();",
        &["1: rand:: (randomness (pass seeds in))"],
    );
    check(
        "let data = std::fs::read(\"x\");",
        &["1: std::fs (file I/O (the shell reads files))"],
    );
    check(
        "fn f() {}\nuse js_sys::Date;",
        &["2: js_sys (a browser binding)"],
    );
    check("// leptos is used by the shell, not here", &[]);
    check(
        "let operand = 1; let instant_answer = 2; let my_gloo = 3;",
        &[],
    );
}
