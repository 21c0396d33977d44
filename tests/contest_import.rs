//! Importing results: each outcome (accepted, duplicate, already imported, tampered, wrong
//! contest, unreadable, other questions) from real records, re-grading that ignores the score in
//! the record, and the teacher's choice between duplicates.

#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{code, pack, record, student, Step};
use halol::engine::import::{
    grade, import, import_qr, student_key, Collection, ImportOutcome, RecordId, Rejection,
    ResolveError,
};
use halol::engine::pack::Pack;
use halol::engine::result_record::{ImportError, RecordAnswer, Student};
use halol::engine::scoring::Answer;

use Step::{Right, Skip, Wrong};

fn contest() -> (Pack, String, Collection) {
    let sample = pack("namuna");
    let code = code("namuna", 555, None, Some(10));
    let collection = Collection::new(&code).unwrap();
    (sample, code, collection)
}

/// `check(input, expected)`: imports `input` and compares the outcome.
fn check(collection: &mut Collection, pack: &Pack, input: &[u8], expected: ImportOutcome) {
    assert_eq!(
        import(input, pack, collection),
        expected,
        "importing {}",
        String::from_utf8_lossy(input)
    );
}

fn id(n: u64) -> RecordId {
    RecordId(n)
}

#[test]
fn each_record_is_accepted_or_listed_with_its_reason() {
    let (sample, code, mut c) = contest();
    let aziz = record(
        &sample,
        &code,
        student("Aziz"),
        1,
        &[Right, Right, Wrong],
        10,
    );
    let bobur = record(
        &sample,
        &code,
        student("Bobur"),
        2,
        &[Right, Skip, Skip],
        10,
    );
    let other_contest = code_on_namuna(556);
    let stranger = record(&sample, &other_contest, student("Sardor"), 3, &[Right], 10);
    let mut tampered: serde_json::Value = serde_json::from_str(&bobur.to_json()).unwrap();
    tampered["score"] = serde_json::json!(3.0);

    check(
        &mut c,
        &sample,
        aziz.to_json().as_bytes(),
        ImportOutcome::Accepted {
            id: id(1),
            score: 2.0,
            max: 3.0,
        },
    );
    check(
        &mut c,
        &sample,
        bobur.to_json().as_bytes(),
        ImportOutcome::Accepted {
            id: id(2),
            score: 1.0,
            max: 3.0,
        },
    );
    check(
        &mut c,
        &sample,
        aziz.to_json().as_bytes(),
        ImportOutcome::AlreadyImported { id: id(1) },
    );
    check(
        &mut c,
        &sample,
        tampered.to_string().as_bytes(),
        ImportOutcome::Rejected(Rejection::Tampered {
            name: "Bobur".into(),
        }),
    );
    check(
        &mut c,
        &sample,
        stranger.to_json().as_bytes(),
        ImportOutcome::Rejected(Rejection::WrongContest {
            name: "Sardor".into(),
            found: halol::engine::contest_code::group(&other_contest),
            expected: halol::engine::contest_code::group(&code),
        }),
    );
    check(
        &mut c,
        &sample,
        b"PK\x03\x04 a zip file",
        ImportOutcome::Rejected(Rejection::Unreadable(ImportError::NotJson {
            message: "expected value at line 1 column 1".into(),
        })),
    );
    check(
        &mut c,
        &sample,
        b"\xff\xfe",
        ImportOutcome::Rejected(Rejection::Unreadable(ImportError::NotText)),
    );
    // The accepted records only, in import order.
    let names: Vec<&str> = c
        .entries()
        .iter()
        .map(|e| e.record.student.name.as_str())
        .collect();
    assert_eq!(names, ["Aziz", "Bobur"]);
    // Every rejection speaks to the teacher.
    let tampered = Rejection::Tampered {
        name: "Bobur".into(),
    }
    .to_string();
    assert!(
        tampered.contains("Bobur") && tampered.contains("edited"),
        "{tampered}"
    );
}

fn code_on_namuna(seed: u32) -> String {
    code("namuna", seed, None, Some(10))
}

#[test]
fn regrading_ignores_the_score_in_the_record() {
    let (sample, code, mut c) = contest();
    // A student who knows the key re-seals a record claiming full marks.
    let mut forged = record(
        &sample,
        &code,
        student("Jasur"),
        4,
        &[Wrong, Wrong, Right],
        10,
    );
    forged.score = 3.0;
    forged.reseal();
    assert!(forged.verify());
    check(
        &mut c,
        &sample,
        forged.to_json().as_bytes(),
        ImportOutcome::Accepted {
            id: id(1),
            score: 1.0,
            max: 3.0,
        },
    );
    let graded = &c.entries()[0].graded;
    assert_eq!(graded.score, 1.0);
    // Graded in pack order, whatever order the student saw.
    let ids: Vec<&str> = graded
        .answers
        .iter()
        .map(|a| a.question_id.as_str())
        .collect();
    assert_eq!(ids, ["law-419-date", "law-419-giver", "school-exam-gift"]);
    assert_eq!(graded.duration_ms, 31_000);
}

#[test]
fn answers_to_questions_outside_the_contest_are_refused() {
    let law = pack("qonun-bilimdonlari");
    let code = code("qonun-bilimdonlari", 99, Some(5), None);
    let mut c = Collection::new(&code).unwrap();
    let honest = record(
        &law,
        &code,
        student("Nodira"),
        1,
        &[Right, Right, Right, Right, Right],
        10,
    );
    let mut extra = honest.clone();
    let outside = law
        .questions
        .iter()
        .find(|q| !honest.answers.iter().any(|a| a.question == q.id))
        .unwrap()
        .id
        .clone();
    extra.answers.push(RecordAnswer {
        question: outside.clone(),
        answer: Some(Answer::Bool(true)),
        time_ms: 1,
        timed_out: false,
    });
    extra.reseal();
    let mut twice = honest.clone();
    twice.answers.push(honest.answers[0].clone());
    twice.reseal();
    check(
        &mut c,
        &law,
        extra.to_json().as_bytes(),
        ImportOutcome::Rejected(Rejection::OtherQuestions {
            name: "Nodira".into(),
            questions: outside,
        }),
    );
    check(
        &mut c,
        &law,
        twice.to_json().as_bytes(),
        ImportOutcome::Rejected(Rejection::OtherQuestions {
            name: "Nodira".into(),
            questions: honest.answers[0].question.clone(),
        }),
    );
    // A question missing from the record counts as unanswered.
    let mut short = honest.clone();
    short.answers.pop();
    short.reseal();
    check(
        &mut c,
        &law,
        short.to_json().as_bytes(),
        ImportOutcome::Accepted {
            id: id(1),
            score: 4.0,
            max: 5.0,
        },
    );
    let missing = c.entries()[0]
        .graded
        .answers
        .iter()
        .filter(|a| a.answer.is_none())
        .count();
    assert_eq!(missing, 1);
    assert_eq!(grade(&honest, &law, c.settings()).unwrap().score, 5.0);
}

#[test]
fn the_same_student_twice_is_kept_flagged_until_the_teacher_chooses() {
    let (sample, code, mut c) = contest();
    let who = |name: &str, class: &str| Student {
        name: name.into(),
        class: Some(class.into()),
        ..Student::default()
    };
    let first = record(
        &sample,
        &code,
        who("Oʻrinboy Aliyev", "9-B"),
        1,
        &[Right, Wrong, Wrong],
        10,
    );
    let again = record(
        &sample,
        &code,
        who("  o'rinboy   ALIYEV ", "9-b"),
        2,
        &[Right, Right, Right],
        10,
    );
    let cyrillic = record(
        &sample,
        &code,
        who("Ўринбой Алиев", "9-Б"),
        3,
        &[Wrong, Wrong, Wrong],
        10,
    );
    let other_class = record(
        &sample,
        &code,
        who("Oʻrinboy Aliyev", "10-A"),
        4,
        &[Right],
        10,
    );
    check(
        &mut c,
        &sample,
        first.to_json().as_bytes(),
        ImportOutcome::Accepted {
            id: id(1),
            score: 1.0,
            max: 3.0,
        },
    );
    check(
        &mut c,
        &sample,
        again.to_json().as_bytes(),
        ImportOutcome::Duplicate {
            id: id(2),
            others: vec![id(1)],
        },
    );
    check(
        &mut c,
        &sample,
        cyrillic.to_json().as_bytes(),
        ImportOutcome::Duplicate {
            id: id(3),
            others: vec![id(1), id(2)],
        },
    );
    check(
        &mut c,
        &sample,
        other_class.to_json().as_bytes(),
        ImportOutcome::Accepted {
            id: id(4),
            score: 1.0,
            max: 3.0,
        },
    );
    let flags: Vec<bool> = c.entries().iter().map(|e| e.duplicate).collect();
    assert_eq!(flags, [true, true, true, false]);

    assert_eq!(
        c.resolve_duplicate(id(4)),
        Err(ResolveError::NotADuplicate(4))
    );
    assert_eq!(
        c.resolve_duplicate(id(9)),
        Err(ResolveError::NoSuchRecord(9))
    );
    assert_eq!(c.resolve_duplicate(id(2)), Ok(vec![id(1), id(3)]));
    let kept: Vec<(RecordId, bool)> = c.entries().iter().map(|e| (e.id, e.duplicate)).collect();
    assert_eq!(kept, [(id(2), false), (id(4), false)]);
    // A removed record can be imported again, and is a duplicate again.
    check(
        &mut c,
        &sample,
        first.to_json().as_bytes(),
        ImportOutcome::Duplicate {
            id: id(5),
            others: vec![id(2)],
        },
    );
}

#[test]
fn student_keys_normalise_spelling() {
    let key = |name: &str, class: Option<&str>, school: Option<&str>, sid: Option<&str>| {
        student_key(&Student {
            name: name.into(),
            class: class.map(Into::into),
            school: school.map(Into::into),
            student_id: sid.map(Into::into),
        })
    };
    let cases = [
        (
            key("Oʻrinboy Aliyev", None, None, None),
            "orinboy aliyev|||",
        ),
        (
            key("O‘rinboy  ALIYEV.", None, None, None),
            "orinboy aliyev|||",
        ),
        (
            key("Ўринбой Алиев", Some("9-Б"), None, None),
            "orinboy aliyev|9 b||",
        ),
        (
            key("Gʻani", Some("9 b"), Some("12-maktab"), Some("007")),
            "gani|9 b|12 maktab|007",
        ),
    ];
    for (got, expected) in cases {
        assert_eq!(got, expected);
    }
}

#[test]
fn results_come_in_by_qr_too() {
    let (sample, code, mut c) = contest();
    let r = record(
        &sample,
        &code,
        student("Malika"),
        8,
        &[Right, Right, Right],
        10,
    );
    let mut chunks = r.to_qr_chunks(150);
    chunks.reverse();
    assert_eq!(
        import_qr(&chunks, &sample, &mut c),
        ImportOutcome::Accepted {
            id: id(1),
            score: 3.0,
            max: 3.0
        }
    );
    chunks.remove(0);
    let n = chunks.len() + 1;
    assert_eq!(
        import_qr(&chunks, &sample, &mut c),
        ImportOutcome::Rejected(Rejection::Unreadable(ImportError::MissingParts {
            missing: vec![n],
            total: n
        }))
    );
}

#[test]
fn a_collection_needs_a_readable_code() {
    assert!(Collection::new("not a code").is_err());
    let code = code_on_namuna(1);
    let c = Collection::new(&halol::engine::contest_code::group(&code).to_lowercase()).unwrap();
    assert_eq!(c.contest(), code);
    assert!(c.is_empty());
    assert_eq!(c.settings().pack_id, "namuna");
}
