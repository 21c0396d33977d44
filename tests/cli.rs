//! The `halol` command line, as data: arguments and stdin in, exit code and output expected, run
//! against the built binary.

#![cfg(not(target_arch = "wasm32"))]

use halol::engine::pack::edition::{self, Edition};
use halol::engine::transliterate::to_latin;
use std::io::Write;
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_halol"))
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the halol binary runs");
    let written = child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes());
    // A run that stops before reading (a usage error) may close its stdin first.
    if let Err(e) = written {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing stdin: {e}"
        );
    }
    let out = child.wait_with_output().expect("halol finishes");
    Run {
        code: out.status.code().expect("halol exits with a code"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// What a run should give.
enum Out<'a> {
    /// Exactly these stdout lines.
    Lines(Vec<&'a str>),
    /// Stdout contains this line.
    HasLine(&'a str),
    /// Stdout is empty and stderr contains this.
    Stderr(&'a str),
    /// Exactly this stdout.
    Exactly(String),
}

/// The one check: `args` with `stdin` exit with `code` and print `out`.
fn check(args: &[&str], stdin: &str, code: i32, out: Out) {
    let r = run(args, stdin);
    let context = format!(
        "halol {}\n--- stdout ---\n{}--- stderr ---\n{}",
        args.join(" "),
        r.stdout,
        r.stderr
    );
    assert_eq!(r.code, code, "exit code of {context}");
    match out {
        Out::Lines(lines) => assert_eq!(r.stdout.lines().collect::<Vec<_>>(), lines, "{context}"),
        Out::HasLine(line) => assert!(r.stdout.lines().any(|l| l == line), "{context}"),
        Out::Stderr(text) => {
            assert!(r.stdout.is_empty(), "{context}");
            assert!(r.stderr.contains(text), "{context}");
        }
        Out::Exactly(text) => assert_eq!(r.stdout, text, "{context}"),
    }
}

#[test]
fn validate_prints_problems_and_summaries_with_exit_codes() {
    let answers_expected = std::fs::read_to_string(format!(
        "{ROOT}/tests/fixtures/packs/invalid/answers.expected"
    ))
    .unwrap();
    let mut answers: Vec<&str> = answers_expected
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    answers.push("answers.json: 10 problems");

    let cases: Vec<(Vec<&str>, i32, Out)> = vec![
        (
            vec!["validate", "quizzes/"],
            0,
            Out::HasLine("namuna.json: 3 questions (single 1, true_false 1, situation 1)"),
        ),
        (
            vec!["validate", "tests/fixtures/packs/valid"],
            0,
            Out::Lines(vec![
                "all-kinds.json: 5 questions (single 1, multiple 1, true_false 1, ordering 1, situation 1)",
                "minimal.json: 1 question (true_false 1)",
                "timed.json: 3 questions (true_false 3)",
                "two-of-many.json: 6 questions (true_false 5, ordering 1)",
            ]),
        ),
        (
            vec!["validate", "tests/fixtures/packs/invalid/answers.json"],
            1,
            Out::Lines(answers),
        ),
        (
            vec![
                "validate",
                "tests/fixtures/packs/valid/minimal.json",
                "tests/fixtures/packs/invalid/too-few.json",
            ],
            1,
            Out::Lines(vec![
                "minimal.json: 1 question (true_false 1)",
                "too-few.json: -: settings.question_count: one attempt asks for 3 questions but the pack has only 1; lower the number or add questions",
                "too-few.json: 1 problem",
            ]),
        ),
        (
            vec!["validate", "tests/fixtures/packs/invalid/not-json.json"],
            1,
            Out::Lines(vec![
                "not-json.json: -: -: this is not valid JSON: expected `,` or `}` (line 5, column 3); look for a missing comma, quote or bracket near there",
                "not-json.json: 1 problem",
            ]),
        ),
        (
            vec!["validate", "no-such-folder"],
            1,
            Out::HasLine("no-such-folder: -: -: cannot open it: No such file or directory (os error 2)"),
        ),
        (
            vec!["validate", "src/bin"],
            1,
            Out::Lines(vec!["src/bin: -: -: the folder holds no quiz pack (*.json)"]),
        ),
        (vec!["validate"], 2, Out::Stderr("validate needs at least one file or folder")),
        (vec!["validate", "--strict", "quizzes"], 2, Out::Stderr("validate takes no option `--strict`")),
        (vec![], 2, Out::Stderr("no command given")),
        (vec!["frobnicate"], 2, Out::Stderr("unknown command `frobnicate`")),
        (vec!["--help"], 0, Out::HasLine("Usage:")),
        (vec!["-h"], 0, Out::HasLine("Usage:")),
    ];
    for (args, code, out) in cases {
        check(&args, "", code, out);
    }
}

#[test]
fn translit_converts_each_line_and_keeps_the_line_breaks() {
    let cases: Vec<(&str, String)> = vec![
        ("", String::new()),
        ("Салом\n", format!("{}\n", to_latin("Салом"))),
        (
            "Коррупцияга қарши\r\n\nҳалоллик",
            format!(
                "{}\r\n\n{}",
                to_latin("Коррупцияга қарши"),
                to_latin("ҳалоллик")
            ),
        ),
    ];
    for (input, expected) in cases {
        check(
            &["translit", "--to", "uz-Latn"],
            input,
            0,
            Out::Exactly(expected.clone()),
        );
        check(
            &["translit", "--to=uz-Latn"],
            input,
            0,
            Out::Exactly(expected),
        );
    }
    check(
        &["translit"],
        "x",
        2,
        Out::Stderr("translit needs `--to uz-Latn`"),
    );
    check(
        &["translit", "--to", "ru"],
        "x",
        2,
        Out::Stderr("translit can only write uz-Latn, not `ru`"),
    );
}

#[test]
fn editions_writes_each_packs_editions_and_nothing_when_a_pack_is_invalid() {
    let out = std::env::temp_dir().join(format!("halol-editions-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let out_arg = out.to_string_lossy().into_owned();
    let r = run(&["editions", "quizzes", &out_arg], "");
    assert_eq!(r.code, 0, "{}", r.stderr);
    for id in ["halollik-tanlovim", "juma", "namuna", "qonun-bilimdonlari"] {
        for edition in Edition::ALL {
            let json = std::fs::read_to_string(out.join(edition.path(id))).expect("written");
            let pack = edition::read(id, edition, &json).expect("an edition the app reads");
            assert_eq!(pack.id, id);
        }
        assert!(
            r.stdout
                .lines()
                .any(|l| l.starts_with(&format!("{id}: uz "))),
            "{}",
            r.stdout
        );
    }
    std::fs::remove_dir_all(&out).unwrap();

    // A folder with one invalid pack: the problems, exit 1, and no file written at all.
    let r = run(&["editions", "tests/fixtures/packs/invalid", &out_arg], "");
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("no edition was written"), "{}", r.stderr);
    assert!(!out.exists(), "nothing written");
    check(
        &["editions", "quizzes"],
        "",
        2,
        Out::Stderr("editions needs"),
    );
}
