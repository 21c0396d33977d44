//! Pack parsing and validation, as data: every fixture under `tests/fixtures/packs/invalid/` has a
//! sibling `.expected` file with the exact problem lines (and a `# schema:` line saying whether
//! `quizzes/pack.schema.json` rejects it too); every fixture under `valid/` and every bundled pack
//! in `quizzes/` validates with zero problems and passes the schema.
//!
//! To rewrite the `.expected` files after a deliberate change of messages, run the tests with
//! `UPDATE_EXPECT=1` and review the diff.

#![cfg(not(target_arch = "wasm32"))]

use halol::engine::pack::{parse_pack, Pack, PackKind, QuestionBody, QuestionKind};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn fixtures(kind: &str) -> Vec<PathBuf> {
    json_files(&Path::new(ROOT).join("tests/fixtures/packs").join(kind))
}

/// The pack files of a folder: `*.json` but not `*.schema.json`, sorted.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".json") && !name.ends_with(".schema.json")
        })
        .collect();
    files.sort();
    files
}

fn file_name(path: &Path) -> String {
    path.file_name().unwrap().to_string_lossy().into_owned()
}

/// Parses `json` as the file `name` and returns its problem lines (empty when valid).
fn problem_lines(name: &str, json: &str) -> Vec<String> {
    match parse_pack(name, json) {
        Ok(_) => Vec::new(),
        Err(problems) => {
            assert!(!problems.0.is_empty(), "{name}: an Err carries problems");
            problems.0.iter().map(ToString::to_string).collect()
        }
    }
}

/// The one check: `input` parsed as `name` gives exactly the `expected` problem lines.
fn check(name: &str, input: &str, expected: &[&str]) {
    let actual = problem_lines(name, input);
    assert_eq!(
        actual,
        expected,
        "\n{name}: problems differ\n--- actual ---\n{}\n--- expected ---\n{}\n",
        actual.join("\n"),
        expected.join("\n")
    );
}

fn schema_validator() -> jsonschema::Validator {
    let path = Path::new(ROOT).join("quizzes/pack.schema.json");
    let schema: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap())
        .expect("pack.schema.json is JSON");
    assert!(
        jsonschema::meta::is_valid(&schema),
        "pack.schema.json is a valid JSON Schema"
    );
    jsonschema::validator_for(&schema).expect("pack.schema.json compiles")
}

fn schema_errors(validator: &jsonschema::Validator, json: &str) -> Vec<String> {
    let value: Value = serde_json::from_str(json).expect("the fixture is JSON");
    validator
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[test]
fn invalid_fixtures_report_exactly_the_expected_problems() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let files = fixtures("invalid");
    assert!(files.len() >= 10, "the invalid fixtures are there");
    for path in files {
        let name = file_name(&path);
        let input = fs::read_to_string(&path).unwrap();
        let expected_path = path.with_extension("expected");
        let expected_text = fs::read_to_string(&expected_path)
            .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
        if update {
            let directives: Vec<&str> = expected_text
                .lines()
                .filter(|l| l.starts_with('#'))
                .collect();
            let mut out = directives.join("\n");
            for line in problem_lines(&name, &input) {
                out.push('\n');
                out.push_str(&line);
            }
            out.push('\n');
            fs::write(&expected_path, out).unwrap();
            continue;
        }
        let expected: Vec<&str> = expected_text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .collect();
        assert!(
            !expected.is_empty(),
            "{name}: an invalid fixture expects problems"
        );
        check(&name, &input, &expected);
    }
}

#[test]
fn invalid_fixtures_agree_with_the_schema() {
    let validator = schema_validator();
    for path in fixtures("invalid") {
        let name = file_name(&path);
        let input = fs::read_to_string(&path).unwrap();
        let expected = fs::read_to_string(path.with_extension("expected")).unwrap();
        let directive = expected
            .lines()
            .find_map(|l| l.strip_prefix("# schema: "))
            .unwrap_or_else(|| panic!("{name}.expected starts with a `# schema:` line"));
        let verdict = directive.split_whitespace().next().unwrap_or_default();
        match verdict {
            "not-json" => assert!(serde_json::from_str::<Value>(&input).is_err(), "{name}"),
            "rejects" => assert!(
                !schema_errors(&validator, &input).is_empty(),
                "{name}: the schema should reject it"
            ),
            "accepts" => assert_eq!(
                schema_errors(&validator, &input),
                Vec::<String>::new(),
                "{name}: the schema accepts it (only the Rust validator catches it)"
            ),
            other => panic!("{name}: unknown schema verdict `{other}`"),
        }
    }
}

#[test]
fn valid_fixtures_and_bundled_packs_have_no_problem_and_pass_the_schema() {
    let validator = schema_validator();
    let bundled = json_files(&Path::new(ROOT).join("quizzes"));
    assert!(
        bundled.iter().any(|p| file_name(p) == "namuna.json"),
        "the sample pack is bundled"
    );
    for path in fixtures("valid").into_iter().chain(bundled) {
        let name = file_name(&path);
        let input = fs::read_to_string(&path).unwrap();
        check(&name, &input, &[]);
        assert_eq!(
            schema_errors(&validator, &input),
            Vec::<String>::new(),
            "{}: the schema accepts it",
            path.display()
        );
    }
}

fn fixture_pack(name: &str) -> Pack {
    let path = Path::new(ROOT)
        .join("tests/fixtures/packs/valid")
        .join(name);
    parse_pack(name, &fs::read_to_string(path).unwrap()).expect("a valid fixture")
}

#[test]
fn the_validated_pack_holds_what_the_file_says() {
    let pack = fixture_pack("all-kinds.json");
    assert_eq!(pack.id, "all-kinds");
    assert_eq!(pack.kind, PackKind::Law);
    assert_eq!(pack.settings.question_count, Some(5));
    assert_eq!(pack.settings.time_limit_secs, Some(600));
    assert_eq!(pack.settings.question_time_limit_secs, Some(60));
    let kinds: Vec<QuestionKind> = pack.questions.iter().map(|q| q.kind()).collect();
    assert_eq!(kinds, QuestionKind::ALL.to_vec());

    let single = pack.question("q-single").unwrap();
    assert_eq!(single.difficulty, Some(1));
    assert_eq!(single.topic.as_deref(), Some("law-419"));
    assert_eq!(single.points, 1.0, "points default to 1");
    match &single.body {
        QuestionBody::Single { options, correct } => {
            assert_eq!(correct, "b");
            let ids: Vec<&str> = options.iter().map(|o| o.id.as_str()).collect();
            assert_eq!(ids, ["a", "b", "c"]);
            assert!(options[0].feedback.is_none());
            assert_eq!(
                options[1].feedback.as_ref().unwrap().uz_cyrl(),
                Some("Тўғри.")
            );
        }
        other => panic!("expected a single question, got {other:?}"),
    }
    match &pack.question("q-multiple").unwrap().body {
        QuestionBody::Multiple { options } => {
            let weights: Vec<f64> = options.iter().map(|o| o.weight).collect();
            assert_eq!(weights, [0.5, 0.5, -0.5, 0.0]);
        }
        other => panic!("expected a multiple question, got {other:?}"),
    }
    assert_eq!(pack.question("q-multiple").unwrap().points, 2.0);
    match &pack.question("q-ordering").unwrap().body {
        QuestionBody::Ordering { items } => {
            let ids: Vec<&str> = items.iter().map(|o| o.id.as_str()).collect();
            assert_eq!(ids, ["s1", "s2", "s3", "s4"]);
        }
        other => panic!("expected an ordering question, got {other:?}"),
    }
    match &pack.question("q-situation").unwrap().body {
        QuestionBody::Situation { options } => {
            let scores: Vec<f64> = options.iter().map(|o| o.score).collect();
            assert_eq!(scores, [1.0, 0.5, 0.0, 1.0]);
            assert!(options.iter().all(|o| o.choice.feedback.is_some()));
        }
        other => panic!("expected a situation question, got {other:?}"),
    }
    assert_eq!(
        pack.question("q-true-false").unwrap().body,
        QuestionBody::TrueFalse { answer: false }
    );
    assert!(pack.question("nope").is_none());
}

#[test]
fn summaries_count_questions_by_kind() {
    let cases = [
        (
            "all-kinds.json",
            "5 questions (single 1, multiple 1, true_false 1, ordering 1, situation 1)",
        ),
        ("minimal.json", "1 question (true_false 1)"),
        ("two-of-many.json", "6 questions (true_false 5, ordering 1)"),
    ];
    for (name, expected) in cases {
        assert_eq!(fixture_pack(name).summary(), expected, "{name}");
    }
    let namuna = fs::read_to_string(Path::new(ROOT).join("quizzes/namuna.json")).unwrap();
    let namuna = parse_pack("namuna.json", &namuna).unwrap();
    assert_eq!(
        namuna.summary(),
        "3 questions (single 1, true_false 1, situation 1)"
    );
    assert_eq!(
        namuna.counts_by_kind(),
        vec![
            (QuestionKind::Single, 1),
            (QuestionKind::TrueFalse, 1),
            (QuestionKind::Situation, 1)
        ]
    );
}

/// Small inline cases: how the file name is read, a byte order mark, and single edits of the
/// minimal pack.
#[test]
fn inline_cases() {
    let minimal =
        fs::read_to_string(Path::new(ROOT).join("tests/fixtures/packs/valid/minimal.json"))
            .unwrap();
    let edit = |from: &str, to: &str| {
        assert!(
            minimal.contains(from),
            "the minimal fixture contains {from}"
        );
        minimal.replacen(from, to, 1)
    };
    let cases: Vec<(&str, String, Vec<&str>)> = vec![
        ("minimal.json", minimal.clone(), vec![]),
        ("quizzes/minimal.json", minimal.clone(), vec![]),
        (r"C:\packs\minimal.json", minimal.clone(), vec![]),
        ("minimal.json", format!("\u{feff}{minimal}"), vec![]),
        (
            "other.json",
            minimal.clone(),
            vec!["other.json: -: id: the pack id `minimal` does not match the file name; name the file `minimal.json` or change the id to `other`"],
        ),
        (
            "minimal.json",
            edit("\"answer\": true", "\"answer\": \"yes\""),
            vec!["minimal.json: only: answer: must be true or false (without quotes), not a text"],
        ),
        (
            "minimal.json",
            edit("\"kind\": \"ethics\"", "\"kind\": \"law\""),
            vec!["minimal.json: only: source: the source is missing; every question of a law pack names the act and article or the document"],
        ),
        (
            "minimal.json",
            edit("\"schema\": 1", "\"schema\": \"1\""),
            vec!["minimal.json: -: schema: unknown schema version \"1\"; this version of Halol reads schema 1 only"],
        ),
        (
            "minimal.json",
            edit("\"schema\": 1,", ""),
            vec!["minimal.json: -: schema: the schema version is missing; write \"schema\": 1 at the top of the pack"],
        ),
        (
            "minimal.json",
            String::new(),
            vec!["minimal.json: -: -: this is not valid JSON: EOF while parsing a value (line 1, column 0); look for a missing comma, quote or bracket near there"],
        ),
        (
            "minimal.json",
            edit("\"answer\": true,", "\"answer\": true,,"),
            vec!["minimal.json: -: -: this is not valid JSON: key must be a string (line 13, column 22); look for a missing comma, quote or bracket near there"],
        ),
    ];
    for (name, input, expected) in cases {
        check(name, &input, &expected);
    }
}

#[test]
fn problems_display_as_file_question_field_message() {
    let err = parse_pack("x.json", "[]").unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.json: -: -: the file holds a list instead of one pack object { ... }"
    );
    let err = parse_pack("x.json", "{\"schema\": 3}").unwrap_err();
    assert_eq!(err.0.len(), 1);
    assert_eq!(err.0[0].file, "x.json");
    assert_eq!(err.0[0].question, None);
    assert_eq!(err.0[0].field.as_deref(), Some("schema"));
}
