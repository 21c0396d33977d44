//! The result files the teacher's end-to-end journey imports (`tests/fixtures/contest/teacher/`):
//! real sealed records for the contest the journey creates. The journey fixes `Math.random` to
//! 0.25, so the page draws the seed `seed_from(0x4000_0000_4000_0000)`; with the sample pack, all
//! questions and 10 minutes that is the code in `code.txt`.
//!
//! This test rebuilds every file and compares it with the committed one; run it with
//! `HALOL_WRITE_FIXTURES=1` to write them after a deliberate change of the record format.

#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{code, pack, pupil, record, Step};
use halol::engine::contest_code::seed_from;
use halol::engine::import::{import, Collection, ImportOutcome, Rejection};
use halol::engine::ranking::rank;
use halol::engine::saved::SavedContest;
use halol::engine::school::{class_file, read_class_file};
use std::path::PathBuf;

use Step::{Right, Skip, Wrong};

/// What `new_seed` returns when `Math.random()` always gives 0.25: 2³⁰ in both halves.
const FIXED_RANDOM: u64 = 0x4000_0000_4000_0000;

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/contest/teacher")
}

/// Every file of the folder, as it should be.
fn expected() -> Vec<(&'static str, String)> {
    let sample = pack("namuna");
    let code = code("namuna", seed_from(FIXED_RANDOM), None, Some(10));
    let aziz = record(
        &sample,
        &code,
        pupil("Aziz Karimov", "9-A"),
        11,
        &[Right, Right, Right],
        12,
    );
    let bobur = record(
        &sample,
        &code,
        pupil("Bobur Aliyev", "9-A"),
        12,
        &[Right, Wrong, Skip],
        9,
    );
    let mut malika = record(
        &sample,
        &code,
        pupil("Malika Tosheva", "9-A"),
        13,
        &[Wrong, Wrong, Wrong],
        8,
    )
    .to_json();
    // Hand-edited after the phone sealed it: the score is raised.
    malika = malika.replacen("\"score\":0.0", "\"score\":3.0", 1);
    // Another teacher's class on the same quiz (its own code), as the class file it hands to the
    // organizer: the school journey ranks it together with the class the journey collects.
    let other_code = contest_support::code("namuna", 77, None, Some(10));
    let class_9b = SavedContest {
        code: other_code.clone(),
        name: "Halollik haftaligi".into(),
        class: "9-B".into(),
        created_ms: 1_760_000_000_000,
        records: vec![
            record(
                &sample,
                &other_code,
                pupil("Kamola Yusupova", "9-B"),
                21,
                &[Right, Right, Wrong],
                7,
            ),
            record(
                &sample,
                &other_code,
                pupil("Sardor Qodirov", "9-B"),
                22,
                &[Right, Right, Right],
                5,
            ),
        ],
    };
    vec![
        ("code.txt", format!("{code}\n")),
        ("aziz.json", aziz.to_json()),
        ("bobur.json", bobur.to_json()),
        ("malika-edited.json", malika),
        ("class-9-b.json", class_file(&[class_9b])),
    ]
}

#[test]
fn the_teacher_journey_fixtures_are_real_records_of_its_contest() {
    let files = expected();
    if std::env::var_os("HALOL_WRITE_FIXTURES").is_some() {
        std::fs::create_dir_all(dir()).unwrap();
        for (name, text) in &files {
            std::fs::write(dir().join(name), text).unwrap();
        }
    }
    for (name, text) in &files {
        let committed = std::fs::read_to_string(dir().join(name)).unwrap_or_else(|e| {
            panic!(
                "tests/fixtures/contest/teacher/{name}: {e}; write it with HALOL_WRITE_FIXTURES=1"
            )
        });
        assert_eq!(
            &committed, text,
            "tests/fixtures/contest/teacher/{name} is up to date"
        );
    }
    // What the journey expects of them: two accepted, the edited one refused, Aziz first.
    let sample = pack("namuna");
    let mut c = Collection::new(files[0].1.trim()).unwrap();
    let outcomes: Vec<ImportOutcome> = files[1..4]
        .iter()
        .map(|(_, text)| import(text.as_bytes(), &sample, &mut c))
        .collect();
    assert!(matches!(outcomes[0], ImportOutcome::Accepted { score, .. } if score == 3.0));
    assert!(matches!(outcomes[1], ImportOutcome::Accepted { .. }));
    assert!(matches!(
        &outcomes[2],
        ImportOutcome::Rejected(Rejection::Tampered { name }) if name == "Malika Tosheva"
    ));
    let names: Vec<String> = rank(&[&c]).into_iter().map(|r| r.student.name).collect();
    assert_eq!(names, ["Aziz Karimov", "Bobur Aliyev"]);

    // The other class's file: both records import into their own contest; Sardor (3 points in
    // 15 s) is first of all four, Aziz (3 points in 36 s) second.
    let classes = read_class_file(files[4].1.as_bytes()).unwrap();
    let (b, refused) = classes[0].collection(&sample).unwrap();
    assert!(refused.is_empty());
    let names: Vec<String> = rank(&[&c, &b])
        .into_iter()
        .map(|r| r.student.name)
        .collect();
    assert_eq!(
        names,
        [
            "Sardor Qodirov",
            "Aziz Karimov",
            "Kamola Yusupova",
            "Bobur Aliyev"
        ]
    );
}
