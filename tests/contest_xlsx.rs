//! The `.xlsx` export: a real workbook whose sheets hold the ranking and the analytics of the
//! hand-computed two-class example, with headers in the teacher's language, and the same bytes for
//! the same input.

#![cfg(not(target_arch = "wasm32"))]

mod contest_support;
mod xlsx_support;

use contest_support::two_classes;
use halol::engine::export_xlsx::contest_xlsx;
use halol::engine::ranking::{analytics, rank};
use halol::engine::text::Lang;
use xlsx_support::{part, parts};

#[test]
fn the_workbook_holds_the_ranking_and_the_analytics() {
    let (pack, a, b) = two_classes();
    let rows = rank(&[&a, &b]);
    let stats = analytics(&pack, &[&a, &b]);
    let bytes = contest_xlsx(&rows, &stats, Lang::Ru, 1_795_638_600_000).expect("written");
    let parts = parts(&bytes);
    let workbook = part(&parts, "xl/workbook.xml");
    assert!(workbook.contains("name=\"Рейтинг\""), "{workbook}");
    assert!(workbook.contains("name=\"Анализ\""), "{workbook}");
    assert!(workbook.contains("name=\"Ответы\""), "{workbook}");
    let strings = part(&parts, "xl/sharedStrings.xml");
    for expected in ["Место", "Aziz", "Sardor", "9-B", "law-419-date", "a ✓", "⏱"] {
        assert!(
            strings.contains(expected),
            "{expected} is in the workbook: {strings}"
        );
    }
    // Numbers are numbers: Aziz's score 3 of 3 and 100 s, Bobur's 1.5.
    let ranking = part(&parts, "xl/worksheets/sheet1.xml");
    assert!(ranking.contains("<v>1.5</v>"), "{ranking}");
    assert!(ranking.contains("<v>100</v>"), "{ranking}");
    // One header row and six students; one header row and three questions.
    assert_eq!(ranking.matches("<row ").count(), 7, "{ranking}");
    let analytics_sheet = part(&parts, "xl/worksheets/sheet2.xml");
    assert_eq!(
        analytics_sheet.matches("<row ").count(),
        4,
        "{analytics_sheet}"
    );
    // Every answer of every student: one header row, six students × three questions.
    let answers = part(&parts, "xl/worksheets/sheet3.xml");
    assert_eq!(answers.matches("<row ").count(), 19, "{answers}");
    assert!(
        answers.contains("<v>0.5</v>"),
        "Bobur's half point on the situation: {answers}"
    );
    let core = part(&parts, "docProps/core.xml");
    assert!(
        core.contains("2026-11-25T20:30:00Z"),
        "the creation time passed in: {core}"
    );
}

#[test]
fn the_same_contest_gives_the_same_bytes() {
    let (pack, a, b) = two_classes();
    let rows = rank(&[&a, &b]);
    let stats = analytics(&pack, &[&a, &b]);
    let first = contest_xlsx(&rows, &stats, Lang::UzLatn, 1_795_638_600_000).unwrap();
    let second = contest_xlsx(&rows, &stats, Lang::UzLatn, 1_795_638_600_000).unwrap();
    assert_eq!(first, second);
    assert_eq!(&first[..2], b"PK");
}
