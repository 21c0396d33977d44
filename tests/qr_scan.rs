//! The teacher's camera scan: parts of a result's QR series arrive in any order, repeated, mixed
//! with other codes and with other students' series; the scan says what is missing and hands over
//! a whole series, which imports as the student's result.
#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{code, pack, record, student, Step};
use halol::engine::import::{import_qr, Collection, ImportOutcome};
use halol::engine::qr::{decode_luma, render_luma};
use halol::engine::qr_scan::{Scan, ScanStep};
use halol::engine::result_record::ResultRecord;

fn law_record(name: &str, seed: u32) -> (halol::engine::pack::Pack, String, ResultRecord) {
    let law = pack("qonun-bilimdonlari");
    let code = code("qonun-bilimdonlari", 7, Some(12), Some(20));
    let steps: Vec<Step> = (0..12)
        .map(|i| {
            if (i + seed).is_multiple_of(3) {
                Step::Wrong
            } else {
                Step::Right
            }
        })
        .collect();
    let record = record(&law, &code, student(name), seed as u64, &steps, 30);
    (law, code, record)
}

/// What the camera reads from each part drawn as the app draws it.
fn through_camera(chunks: &[String]) -> Vec<String> {
    chunks
        .iter()
        .map(|chunk| {
            let (side, pixels) = render_luma(chunk, 3).expect("a part fits one QR code");
            let read = decode_luma(side, side, &pixels);
            assert_eq!(read.len(), 1);
            read[0].clone()
        })
        .collect()
}

#[test]
fn parts_in_any_order_with_repeats_make_one_imported_result() {
    let (law, code, record) = law_record("Ўринбой Алиев", 1);
    let parts = through_camera(&record.to_qr_chunks(900));
    assert_eq!(parts.len(), 3, "a series of three codes: {parts:?}");
    let mut scan = Scan::results();
    assert_eq!(
        scan.add(&parts[2]),
        ScanStep::Progress {
            scanned: 1,
            total: 3,
            missing: vec![1, 2]
        }
    );
    assert_eq!(scan.add(&parts[2]), ScanStep::Seen);
    assert_eq!(
        scan.add("http://127.0.0.1:8080/?contest=481GM0C1SQ"),
        ScanStep::NotOurs,
        "the contest link on the board is not a result"
    );
    assert_eq!(
        scan.add(&parts[0]),
        ScanStep::Progress {
            scanned: 2,
            total: 3,
            missing: vec![2]
        }
    );
    assert_eq!(scan.scanned(), 2);
    let ScanStep::Complete(whole) = scan.add(&parts[1]) else {
        panic!("the third part completes the series");
    };
    assert_eq!(scan.scanned(), 0, "the next student starts afresh");
    assert_eq!(
        scan.add(&parts[1]),
        ScanStep::Seen,
        "not the start of a new series"
    );

    let mut collection = Collection::new(&code).unwrap();
    let outcome = import_qr(&whole, &law, &mut collection);
    assert!(
        matches!(outcome, ImportOutcome::Accepted { .. }),
        "{outcome:?}"
    );
    assert_eq!(collection.entries()[0].record, record);
}

#[test]
fn another_students_part_restarts_the_scan_and_sets_the_unfinished_one_aside() {
    let (law, code, first) = law_record("Дилноза Каримова", 1);
    let (_, _, second) = law_record("Жасур Тошев", 2);
    let a = through_camera(&first.to_qr_chunks(200));
    let b = through_camera(&second.to_qr_chunks(200));
    let mut scan = Scan::results();
    assert!(matches!(scan.add(&a[0]), ScanStep::Progress { .. }));
    assert_eq!(
        scan.add(&b[1]),
        ScanStep::Restarted {
            abandoned: 1,
            now: Box::new(ScanStep::Progress {
                scanned: 1,
                total: b.len(),
                missing: (1..=b.len()).filter(|&i| i != 2).collect()
            })
        }
    );
    let mut last = ScanStep::Seen;
    for part in b.iter().filter(|p| **p != b[1]) {
        last = scan.add(part);
    }
    let ScanStep::Complete(whole) = last else {
        panic!("the second student's series is whole: {last:?}");
    };
    let mut collection = Collection::new(&code).unwrap();
    assert!(matches!(
        import_qr(&whole, &law, &mut collection),
        ImportOutcome::Accepted { .. }
    ));
    assert_eq!(collection.entries()[0].record.student.name, "Жасур Тошев");
}

#[test]
fn a_result_still_in_front_of_the_camera_is_not_imported_twice() {
    let (law, code, record) = law_record("Malika", 0);
    let parts = through_camera(&record.to_qr_chunks(4000));
    assert_eq!(parts.len(), 1, "one code is a whole series");
    let mut collection = Collection::new(&code).unwrap();
    let mut scan = Scan::results();
    let ScanStep::Complete(whole) = scan.add(&parts[0]) else {
        panic!("one code is a whole series");
    };
    assert!(matches!(
        import_qr(&whole, &law, &mut collection),
        ImportOutcome::Accepted { .. }
    ));
    // The next frames still show it.
    for _ in 0..3 {
        assert_eq!(scan.add(&parts[0]), ScanStep::Seen);
    }
    // Scanned again another time (the camera reopened): the import says it is already there.
    let ScanStep::Complete(again) = Scan::results().add(&parts[0]) else {
        panic!("a fresh scan hands it over");
    };
    let outcome = import_qr(&again, &law, &mut collection);
    assert!(
        matches!(outcome, ImportOutcome::AlreadyImported { .. }),
        "{outcome:?}"
    );
    assert_eq!(collection.len(), 1, "nothing counted twice");
}

#[test]
fn a_damaged_whole_series_goes_to_the_import_which_says_why() {
    let (law, code, record) = law_record("Aziz", 1);
    let mut parts = record.to_qr_chunks(200);
    // Same header, data no longer base45 of a record.
    let last = parts.len() - 1;
    let header_end = parts[last].find(':').unwrap() + 1;
    parts[last] = format!("{}~~", &parts[last][..header_end]);
    let mut scan = Scan::results();
    let mut step = ScanStep::Seen;
    for part in &parts {
        step = scan.add(part);
    }
    let ScanStep::Complete(whole) = step else {
        panic!("all parts are there: {step:?}");
    };
    let mut collection = Collection::new(&code).unwrap();
    let outcome = import_qr(&whole, &law, &mut collection);
    assert!(
        matches!(outcome, ImportOutcome::Rejected(_)),
        "a damaged series is listed with its reason: {outcome:?}"
    );
    assert!(collection.is_empty());
}

#[test]
fn an_ideas_scan_reads_idea_codes_and_leaves_result_codes_alone() {
    use halol::engine::idea::{IdeaBox, IdeaImport, IdeaRecord};
    let idea = IdeaRecord::from_json(include_str!("fixtures/ideas/idea-v1.json"))
        .expect("the golden idea file reads");
    let idea_parts = through_camera(&idea.to_qr_chunks(400));
    let (_, _, result) = law_record("Aziz", 1);
    let result_parts = through_camera(&result.to_qr_chunks(900));

    let mut ideas = Scan::ideas();
    assert_eq!(ideas.add(&result_parts[0]), ScanStep::NotOurs);
    let mut results = Scan::results();
    assert_eq!(
        results.add(&idea_parts[0]),
        ScanStep::NotOurs,
        "an idea's `HALOLIDEA` code is not a result's `HALOL` part"
    );

    let mut step = ScanStep::Seen;
    for part in idea_parts.iter().rev() {
        step = ideas.add(part);
    }
    let ScanStep::Complete(whole) = step else {
        panic!("every part of the idea was scanned: {step:?}");
    };
    let mut inbox = IdeaBox::new(&idea.contest);
    let outcome = inbox.import_qr(&whole);
    assert!(
        matches!(&outcome, IdeaImport::Accepted { id, .. } if *id == idea.id),
        "{outcome:?}"
    );
}
