//! Builds the catalog of bundled quiz packs: for each `quizzes/*.json`, the few fields the quiz list
//! needs (id, kind, title, description, question count), written to `$OUT_DIR/catalog.rs` as a
//! Rust table and compiled into the app by `src/bundled.rs` (no JSON to read at run time, so no
//! reader and no error for it in the wasm: a broken pack file fails this build). The packs themselves are copied to `dist/quizzes/` by
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

    // One row per pack: (id, file, kind, title, description, question count), each text a list
    // of (language tag, text).
    let mut rows = String::new();
    for path in files {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let pack: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{} is not valid JSON: {e}", path.display()));
        let file = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let string = |key: &str| {
            let value = pack[key]
                .as_str()
                .unwrap_or_else(|| panic!("{}: `{key}` is not a string", path.display()));
            format!("{value:?}")
        };
        let localized = |key: &str| {
            let entries = pack[key].as_object().map_or(Vec::new(), |texts| {
                texts
                    .iter()
                    .map(|(lang, text)| {
                        let text = text.as_str().unwrap_or_else(|| {
                            panic!("{}: `{key}.{lang}` is not a string", path.display())
                        });
                        format!("({lang:?}, {text:?})")
                    })
                    .collect()
            });
            format!("&[{}]", entries.join(", "))
        };
        let questions = pack["questions"].as_array().map_or(0, Vec::len);
        rows.push_str(&format!(
            "    ({}, {file:?}, {}, {}, {}, {questions}),\n",
            string("id"),
            string("kind"),
            localized("title"),
            localized("description"),
        ));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("catalog.rs");
    fs::write(
        &out,
        format!("/// The bundled packs, in file-name order.\nconst PACKS: &[Row] = &[\n{rows}];\n"),
    )
    .unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
