//! Builds the catalog of bundled quiz packs: for each `quizzes/*.json`, the few fields the quiz list
//! needs (id, kind, title, description, question count), written to `$OUT_DIR/catalog.json` and
//! embedded in the app by `src/bundled.rs`. The packs themselves are copied to `dist/quizzes/` by
//! Trunk and fetched only when a student opens one, so the first load stays small.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=quizzes");
    let mut files: Vec<_> = fs::read_dir("quizzes")
        .expect("the quizzes/ folder exists at the crate root")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.extension().is_some_and(|x| x == "json")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().ends_with(".schema.json"))
        })
        .collect();
    files.sort();

    let mut catalog = Vec::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let pack: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()));
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let questions = pack["questions"].as_array().map_or(0, Vec::len);
        catalog.push(serde_json::json!({
            "id": pack["id"],
            "file": file,
            "kind": pack["kind"],
            "title": pack["title"],
            "description": pack["description"],
            "question_count": questions,
        }));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.json");
    fs::write(
        &out,
        serde_json::to_string(&catalog).expect("a JSON value serializes"),
    )
    .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
