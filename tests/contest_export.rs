//! CSV exports: RFC 4180 quoting of commas, quotes and line breaks, the byte order mark, formula
//! injection guarded, headers in every language, and the whole ranking and analytics files of the
//! hand-computed two-class example.

#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{code, hand_record, pack, two_classes};
use halol::engine::export_csv::{
    analytics_csv, answer_cell, headers, ranking_csv, text, BOM, HEADERS,
};
use halol::engine::import::{import, Collection, GradedAnswer};
use halol::engine::ranking::{analytics, rank};
use halol::engine::result_record::Student;
use halol::engine::scoring::Answer;
use halol::engine::text::Lang;

/// `check(input, expected)` for one text cell.
fn check(input: &str, expected: &str) {
    assert_eq!(text(input), expected, "cell {input:?}");
}

#[test]
fn text_cells_are_quoted_and_guarded() {
    check("Aziz", "Aziz");
    check("Каримова, Дилноза", "\"Каримова, Дилноза\"");
    check("Dilnoza \"Dina\" K.", "\"Dilnoza \"\"Dina\"\" K.\"");
    check("two\nlines", "\"two\nlines\"");
    check("cr\r\nlf", "\"cr\r\nlf\"");
    check("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"");
    check("+998 90", "'+998 90");
    check("-1", "'-1");
    check("@SUM(A1)", "'@SUM(A1)");
    check("\tTab", "'\tTab");
    check("Oʻrinboy", "Oʻrinboy");
    check("", "");
}

fn graded(answer: Option<Answer>, fraction: f64, timed_out: bool) -> GradedAnswer {
    GradedAnswer {
        question_id: "q".into(),
        answer,
        fraction,
        points: 1.0,
        earned: fraction,
        time_ms: 0,
        timed_out,
    }
}

#[test]
fn answer_cells_read_plainly() {
    let choices = |ids: &[&str]| Answer::Choices(ids.iter().map(|s| s.to_string()).collect());
    let cases = [
        (graded(Some(Answer::Choice("a".into())), 1.0, false), "a ✓"),
        (graded(Some(Answer::Choice("b".into())), 0.0, false), "b ✗"),
        (graded(Some(choices(&["c", "a"])), 0.5, false), "a;c (0.5)"),
        (graded(Some(Answer::Bool(false)), 0.0, false), "false ✗"),
        (
            graded(
                Some(Answer::Order(vec!["c".into(), "a".into(), "b".into()])),
                1.0 / 3.0,
                false,
            ),
            "c>a>b (0.33)",
        ),
        (graded(None, 0.0, false), ""),
        (graded(None, 0.0, true), "⏱"),
    ];
    for (answer, expected) in cases {
        assert_eq!(answer_cell(&answer), expected);
    }
}

#[test]
fn every_language_has_headers() {
    for lang in Lang::ALL {
        let h = headers(lang);
        assert!(
            !h.place.is_empty() && !h.average_time.is_empty(),
            "{lang:?}"
        );
    }
    assert_eq!(HEADERS.len(), Lang::ALL.len());
    assert_eq!(headers(Lang::Ru).name, "Имя");
    assert_eq!(headers(Lang::UzCyrl).school, "Мактаб");
}

#[test]
fn the_ranking_file_of_two_classes() {
    let (_, a, b) = two_classes();
    let csv = ranking_csv(&rank(&[&a, &b]), Lang::En);
    assert!(csv.starts_with(BOM));
    let expected = [
        "Place,Name,Class,School,Score,Max,\"Time, s\",law-419-date,law-419-giver,school-exam-gift",
        "1,Aziz,9-A,12-maktab,3,3,100,a ✓,true ✓,a ✓",
        "2,Nodir,9-A,12-maktab,2,3,70,a ✓,true ✓,c ✗",
        "3,Dilnoza,9-A,12-maktab,2,3,90,a ✓,false ✗,a ✓",
        "3,Kamola,9-B,12-maktab,2,3,90,a ✓,false ✗,a ✓",
        "5,Bobur,9-A,12-maktab,1.5,3,80,b ✗,true ✓,b (0.5)",
        "6,Sardor,9-B,12-maktab,0.5,3,50,b ✗,⏱,b (0.5)",
        "",
    ];
    assert_eq!(csv[BOM.len()..], expected.join("\r\n"));
    let ru = ranking_csv(&rank(&[&a]), Lang::Ru);
    assert!(
        ru.starts_with("\u{feff}Место,Имя,Класс,Школа,Баллы,Максимум,\"Время, с\""),
        "{ru}"
    );
}

#[test]
fn the_header_time_column_with_a_comma_is_quoted() {
    // "Time, s" holds a comma: a real spreadsheet must see one column.
    let (_, a, _) = two_classes();
    let csv = ranking_csv(&rank(&[&a]), Lang::En);
    let header = csv[BOM.len()..].lines().next().unwrap();
    assert!(header.contains("\"Time, s\""), "{header}");
}

#[test]
fn names_with_commas_quotes_and_newlines_stay_in_their_cells() {
    let sample = pack("namuna");
    let code = code("namuna", 400, None, None);
    let mut c = Collection::new(&code).unwrap();
    let who = Student {
        name: "Каримова, Дилноза \"Дина\"\nмл.".into(),
        class: Some("=1+1".into()),
        school: Some("Школа №5, Тошкент".into()),
        student_id: None,
    };
    let r = hand_record(
        &code,
        who,
        10,
        &[("law-419-date", Some(Answer::Choice("a".into())), 10, false)],
    );
    import(r.to_json().as_bytes(), &sample, &mut c);
    let csv = ranking_csv(&rank(&[&c]), Lang::UzLatn);
    let row = csv.split("\r\n").nth(1).unwrap();
    assert_eq!(
        row,
        "1,\"Каримова, Дилноза \"\"Дина\"\"\nмл.\",'=1+1,\"Школа №5, Тошкент\",1,3,10,a ✓,,"
    );
}

#[test]
fn the_analytics_file() {
    let (sample, a, b) = two_classes();
    let csv = analytics_csv(&analytics(&sample, &[&a, &b]), Lang::En);
    let expected = [
        "\u{feff}No.,Question,Students,Answered,\"Correct, %\",Most chosen wrong answer,Times chosen,\"Average time, s\"",
        "1,law-419-date,6,6,66.67,b,2,20",
        "2,law-419-giver,6,5,50,false,2,13",
        "3,school-exam-gift,6,6,50,b,2,30",
        "",
    ];
    assert_eq!(csv, expected.join("\r\n"));
    let empty = analytics_csv(&[], Lang::UzCyrl);
    assert_eq!(empty.lines().count(), 1);
    assert!(empty.contains("Савол"));
}
