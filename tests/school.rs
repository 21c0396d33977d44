//! Several classes together: class files handed to an organizer, merged on one device without
//! counting a record twice or losing an edited one, and one ranking with school and class columns,
//! exported with every question any class was asked.
#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{code, hand_record, pack, pupil, student, two_classes};
use halol::engine::export_csv::ranking_csv;
use halol::engine::import::{Collection, ImportOutcome, Rejection};
use halol::engine::ranking::question_columns;
use halol::engine::result_record::Student;
use halol::engine::saved::SavedContest;
use halol::engine::school::{
    class_file, class_file_name, merge_contests, read_class_file, school_ranking, ClassFileError,
    Merged,
};
use halol::engine::text::Lang;

fn saved(collection: &Collection, name: &str, class: &str) -> SavedContest {
    let mut contest = SavedContest {
        code: collection.contest().to_string(),
        name: name.to_string(),
        class: class.to_string(),
        created_ms: 1_760_000_000_000,
        records: Vec::new(),
    };
    contest.keep(collection);
    contest
}

#[test]
fn a_class_file_round_trips_and_names_itself() {
    let (_, a, b) = two_classes();
    let (a, b) = (saved(&a, "Haftalik", "9-A"), saved(&b, "Haftalik", "9-B"));
    let file = class_file(std::slice::from_ref(&a));
    assert_eq!(read_class_file(file.as_bytes()), Ok(vec![a.clone()]));
    let with_bom = format!("\u{feff}{}", class_file(&[a.clone(), b.clone()]));
    assert_eq!(
        read_class_file(with_bom.as_bytes()),
        Ok(vec![a.clone(), b.clone()])
    );
    assert_eq!(
        class_file_name(std::slice::from_ref(&a)),
        format!("halol-class-{}.json", a.code)
    );
    assert_eq!(class_file_name(&[a, b]), "halol-classes-2.json");
}

#[test]
fn files_that_are_not_class_files_are_refused_with_a_reason() {
    let (_, a, _) = two_classes();
    let record = a.entries()[0].record.to_json();
    type Expect = fn(&ClassFileError) -> bool;
    let cases: Vec<(&[u8], Expect)> = vec![
        (&[0xff, 0xfe, 0x00], |e| *e == ClassFileError::NotText),
        (b"{\"v\":1,\"contests\":[]}", |e| {
            *e == ClassFileError::Empty
        }),
        (b"not json", |e| matches!(e, ClassFileError::Unreadable(_))),
        (record.as_bytes(), |e| {
            matches!(e, ClassFileError::Unreadable(_))
        }),
    ];
    for (bytes, expected) in cases {
        let error = read_class_file(bytes).expect_err("refused");
        assert!(expected(&error), "{error:?}");
        assert!(!error.to_string().is_empty());
    }
}

#[test]
fn merging_adds_new_contests_and_only_new_records_of_known_ones() {
    let (_, a, b) = two_classes();
    let (a, b) = (saved(&a, "Haftalik", "9-A"), saved(&b, "Haftalik", "9-B"));
    let mut list = vec![a.clone()];

    // The same class again and a new one: nothing counted twice.
    let merged = merge_contests(&mut list, vec![a.clone(), b.clone()]);
    assert_eq!(
        merged,
        Merged {
            contests_added: 1,
            records_added: b.records.len(),
            records_known: a.records.len()
        }
    );
    assert_eq!(list, vec![a.clone(), b.clone()]);

    // A second teacher with the same code and one more student: the record is added, the
    // organizer's own name and class for the contest stay.
    let mut other = a.clone();
    other.name = "Boshqa nom".into();
    let late = hand_record(&a.code, pupil("Yulduz", "9-A"), 60, &[]);
    other.records.push(late.clone());
    let merged = merge_contests(&mut list, vec![other]);
    assert_eq!(merged.records_added, 1);
    assert_eq!(list[0].name, "Haftalik");
    assert_eq!(list[0].records.last(), Some(&late));
}

#[test]
fn an_edited_record_in_a_class_file_is_kept_and_listed_as_tampered_never_counted() {
    let sample = pack("namuna");
    let (_, a, _) = two_classes();
    let contest = saved(&a, "Haftalik", "9-A");
    let mut json = class_file(std::slice::from_ref(&contest));
    json = json.replacen("\"name\":\"Bobur\"", "\"name\":\"Bobur Champion\"", 1);
    let read = read_class_file(json.as_bytes()).expect("still a class file");
    let mut list = Vec::new();
    merge_contests(&mut list, read);
    let (collection, refused) = list[0].collection(&sample).unwrap();
    assert_eq!(collection.len(), contest.records.len() - 1);
    assert_eq!(refused.len(), 1);
    assert!(matches!(
        &refused[0].1,
        ImportOutcome::Rejected(Rejection::Tampered { name }) if name == "Bobur Champion"
    ));
    assert_eq!(
        list[0].records.len(),
        contest.records.len(),
        "kept, not dropped"
    );
}

#[test]
fn one_ranking_over_classes_has_their_classes_and_schools() {
    let (_, a, b) = two_classes();
    let (sa, sb) = (saved(&a, "Haftalik", "9-A"), saved(&b, "Haftalik", "9-B"));
    let rows = school_ranking(&[(&sa, &a), (&sb, &b)]);
    let table: Vec<(usize, &str, Option<&str>, Option<&str>)> = rows
        .iter()
        .map(|r| {
            (
                r.place,
                r.student.name.as_str(),
                r.student.class.as_deref(),
                r.student.school.as_deref(),
            )
        })
        .collect();
    // Scores and times from the table in tests/contest_support: 3; 2 (70 s); 2 (90 s) twice; 1.5; 0.5.
    assert_eq!(
        table,
        vec![
            (1, "Aziz", Some("9-A"), Some("12-maktab")),
            (2, "Nodir", Some("9-A"), Some("12-maktab")),
            (3, "Dilnoza", Some("9-A"), Some("12-maktab")),
            (3, "Kamola", Some("9-B"), Some("12-maktab")),
            (5, "Bobur", Some("9-A"), Some("12-maktab")),
            (6, "Sardor", Some("9-B"), Some("12-maktab")),
        ]
    );
}

#[test]
fn a_student_without_a_class_gets_the_class_the_teacher_gave_the_contest() {
    let sample = pack("namuna");
    let code = code("namuna", 300, None, None);
    let mut collection = Collection::new(&code).unwrap();
    let who = Student {
        school: Some("5-maktab".into()),
        ..student("Umid")
    };
    let outcome = halol::engine::import::import_record(
        hand_record(&code, who, 40, &[]),
        &sample,
        &mut collection,
    );
    assert!(matches!(outcome, ImportOutcome::Accepted { .. }));
    let contest = saved(&collection, "Viktorina", "10-B");
    let rows = school_ranking(&[(&contest, &collection)]);
    assert_eq!(rows[0].student.class.as_deref(), Some("10-B"));
    assert_eq!(rows[0].student.school.as_deref(), Some("5-maktab"));
}

#[test]
fn classes_asked_different_questions_export_every_question_once() {
    let law = pack("qonun-bilimdonlari");
    let mut contests = Vec::new();
    let mut collections = Vec::new();
    for (seed, class) in [(1u32, "9-A"), (2, "9-B")] {
        let code = code("qonun-bilimdonlari", seed, Some(3), None);
        let settings = halol::engine::contest_code::parse(&code).unwrap();
        let mut collection = Collection::new(&code).unwrap();
        let steps = vec![contest_support::Step::Right; 3];
        let session = contest_support::play(&law, &settings, seed.into(), &steps, 10);
        let record = halol::engine::result_record::ResultRecord::from_session(
            &session,
            &law,
            &code,
            pupil(&format!("Student {class}"), class),
            "0.1.0-test",
        )
        .unwrap();
        let outcome = halol::engine::import::import_record(record, &law, &mut collection);
        assert!(
            matches!(outcome, ImportOutcome::Accepted { .. }),
            "{outcome:?}"
        );
        contests.push(saved(&collection, "Qonun", class));
        collections.push(collection);
    }
    let pairs: Vec<(&SavedContest, &Collection)> = contests.iter().zip(&collections).collect();
    let rows = school_ranking(&pairs);
    let asked: Vec<Vec<&str>> = rows
        .iter()
        .map(|r| r.answers.iter().map(|a| a.question_id.as_str()).collect())
        .collect();
    assert_ne!(
        asked[0], asked[1],
        "the two classes had different questions"
    );
    let columns = question_columns(&rows);
    let mut expected: Vec<&str> = asked.concat();
    expected.sort();
    expected.dedup();
    let mut sorted = columns.clone();
    sorted.sort();
    assert_eq!(sorted, expected, "every question once");

    let csv = ranking_csv(&rows, Lang::En);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    let header: Vec<&str> = lines[0].split(',').collect();
    // The per-question columns come last (the time header holds a quoted comma, so count back).
    assert_eq!(&header[header.len() - columns.len()..], columns.as_slice());
    for (line, asked) in lines[1..].iter().zip(&asked) {
        let cells: Vec<&str> = line.split(',').collect();
        for (q, cell) in columns.iter().zip(&cells[cells.len() - columns.len()..]) {
            assert_eq!(
                !cell.is_empty(),
                asked.contains(q),
                "{q}: a cell only for a question the student had ({line})"
            );
        }
    }
}
