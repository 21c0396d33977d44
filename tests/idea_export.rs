//! The idea contest's exports: headers in every language (the uz-Latn row is the transliteration
//! of the uz-Cyrl row), the ranking CSV with its byte order mark, a formula-like title guarded,
//! and the workbook read back with the `zip` crate.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;
mod xlsx_support;

use halol::engine::idea::{
    idea_headers, idea_ranking, idea_ranking_csv, idea_xlsx, IdeaHeaders, IdeaRecord, JuryResults,
    IDEA_HEADERS,
};
use halol::engine::text::Lang;
use halol::engine::transliterate::to_latin;
use idea_support::{all, author, box_of, contest, draft, jury, sheet, T0, VERSION};
use xlsx_support::{part, parts};

fn fields(h: &IdeaHeaders) -> Vec<&'static str> {
    vec![
        h.place,
        h.code,
        h.idea,
        h.title,
        h.category,
        h.authors,
        h.ages,
        h.schools,
        h.classes,
        h.contact,
        h.total,
        h.spread,
        h.disagreement,
        h.jurors,
        h.comments,
        h.juror_total,
        h.comment,
        h.ranking_sheet,
        h.juror_sheet,
        h.yes,
    ]
}

#[test]
fn headers_exist_in_every_language() {
    for lang in Lang::ALL {
        assert_eq!(
            IDEA_HEADERS.iter().filter(|(l, _)| *l == lang).count(),
            1,
            "{lang:?}"
        );
        assert!(fields(idea_headers(lang)).iter().all(|f| !f.is_empty()));
    }
    let cyrl = fields(idea_headers(Lang::UzCyrl));
    let latn = fields(idea_headers(Lang::UzLatn));
    for (c, l) in cyrl.iter().zip(&latn) {
        assert_eq!(to_latin(c), *l, "uz-Latn is the transliteration of {c}");
    }
}

/// Two ideas, two jurors; the first idea's title looks like a formula and has a comma.
fn scored() -> (
    Vec<IdeaRecord>,
    JuryResults,
    Vec<halol::engine::idea::IdeaRankRow>,
) {
    let mut a = draft(
        "=HYPERLINK(\"http://x\"), ғоя",
        "health",
        vec![
            author("Дилноза Каримова", "15", "12-мактаб", "9-Б"),
            author("Ўринбой Алиев", "16", "12-мактаб", ""),
        ],
    );
    a.contact = "+998 00 000 00 01".into();
    let a = IdeaRecord::submit(&a, &contest(), T0, VERSION).unwrap();
    let b = IdeaRecord::submit(
        &draft(
            "Очиқ бюджет",
            "local-government",
            vec![author("Азиз Тошев", "20", "ТДЮУ", "")],
        ),
        &contest(),
        T0 + 1,
        VERSION,
    )
    .unwrap();
    let ideas = box_of(&[a.clone(), b.clone()]);
    let (pack, assignment) = jury(&ideas, 4);
    let mut results = JuryResults::new(assignment.clone());
    let mut aziza = sheet(
        &pack,
        &assignment,
        "Азиза Раҳимова",
        &[(&a.id, all([5, 4, 3, 2, 1])), (&b.id, all([1; 5]))],
        T0,
    );
    let code_a = assignment.code_of(&a.id).unwrap().to_string();
    aziza
        .set_comment(&pack, &code_a, "Яхши, \"аниқ\" ғоя")
        .unwrap();
    aziza.finish(T0, VERSION).unwrap();
    let bobur = sheet(&pack, &assignment, "Bobur", &[(&a.id, all([3; 5]))], T0);
    results.import(aziza.to_json().as_bytes());
    results.import(bobur.to_json().as_bytes());
    let rows = idea_ranking(&results, &ideas);
    (vec![a, b], results, rows)
}

#[test]
fn the_ranking_csv_has_every_column_and_guards_formulas() {
    let (ideas, results, rows) = scored();
    let csv = idea_ranking_csv(&rows, results.rubric(), Lang::En);
    assert!(csv.starts_with('\u{feff}'));
    let code_a = results.assignment().code_of(&ideas[0].id).unwrap();
    let code_b = results.assignment().code_of(&ideas[1].id).unwrap();
    let expected = format!(
        "\u{feff}Place,Code,Idea ID,Title,Category,Authors,Age,School,Class,Contact,Relevance,\
         Originality,Feasibility,Impact,Clarity,Total (0–100),Spread,Jurors disagree,Jurors,Comments\r\n\
         1,{code_a},{},\"'=HYPERLINK(\"\"http://x\"\"), ғоя\",Health care,Дилноза Каримова; Ўринбой Алиев,\
         15; 16,12-мактаб; 12-мактаб,9-Б; ,'+998 00 000 00 01,4,3.5,3,2.5,2,63,6,,2,\
         \"Азиза Раҳимова: Яхши, \"\"аниқ\"\" ғоя\"\r\n\
         2,{code_b},{},Очиқ бюджет,Transparency of local government and the budget,Азиз Тошев,20,ТДЮУ,,,\
         1,1,1,1,1,20,0,,1,\r\n",
        ideas[0].id, ideas[1].id
    );
    assert_eq!(csv, expected);
    // Headers and category names follow the language; uz-Latn is transliterated.
    let uz = idea_ranking_csv(&rows, results.rubric(), Lang::UzLatn);
    assert!(
        uz.starts_with("\u{feff}Oʻrin,Kod,Gʻoya ID,Nomi,Yoʻnalish,"),
        "{uz}"
    );
    assert!(uz.contains(",Dolzarblik,"), "{uz}");
    assert!(uz.contains(",Sogʻliqni saqlash,"), "{uz}");
    let ru = idea_ranking_csv(&rows, results.rubric(), Lang::Ru);
    assert!(ru.contains(",Актуальность,"), "{ru}");
}

#[test]
fn a_flagged_idea_and_an_idea_without_a_total_read_plainly() {
    let (ideas, results, mut rows) = scored();
    rows[0].flagged = true;
    rows[1].place = None;
    rows[1].total = None;
    rows[1].spread = None;
    rows[1].means = vec![None; 5];
    let csv = idea_ranking_csv(&rows, results.rubric(), Lang::Ru);
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[1].contains(",63,6,да,2,"), "{}", lines[1]);
    let code_b = results.assignment().code_of(&ideas[1].id).unwrap();
    assert!(lines[2].starts_with(&format!(",{code_b},")), "{}", lines[2]);
    assert!(lines[2].contains(",,,,,,,,1,"), "{}", lines[2]);
}

#[test]
fn the_workbook_holds_the_ranking_and_every_jurors_marks() {
    let (ideas, results, rows) = scored();
    let bytes = idea_xlsx(
        &rows,
        &results.counted_sheets(),
        results.rubric(),
        Lang::UzCyrl,
        1_795_638_600_000,
    )
    .expect("written");
    let parts = parts(&bytes);
    let workbook = part(&parts, "xl/workbook.xml");
    for name in ["Рейтинг", "1. Азиза Раҳимова", "2. Bobur"] {
        assert!(
            workbook.contains(&format!("name=\"{name}\"")),
            "{name}: {workbook}"
        );
    }
    let strings = part(&parts, "xl/sharedStrings.xml");
    for expected in [
        "Ўрин",
        "Умумий балл (0–100)",
        "Долзарблик",
        "Дилноза Каримова; Ўринбой Алиев",
        "=HYPERLINK(\"http://x\"), ғоя",
        "Соғлиқни сақлаш",
        "+998 00 000 00 01",
        "Ҳакам баҳоси (0–100)",
        ideas[0].id.as_str(),
    ] {
        assert!(
            strings.contains(expected),
            "{expected} is in the workbook: {strings}"
        );
    }
    let ranking = part(&parts, "xl/worksheets/sheet1.xml");
    assert_eq!(
        ranking.matches("<row ").count(),
        3,
        "a header row and two ideas: {ranking}"
    );
    assert!(
        ranking.contains("<v>63</v>"),
        "X's total as a number: {ranking}"
    );
    assert!(
        ranking.contains("<v>3.5</v>"),
        "a mean as a number: {ranking}"
    );
    assert!(!ranking.contains("<f>"), "no formula anywhere: {ranking}");
    let aziza = part(&parts, "xl/worksheets/sheet2.xml");
    assert_eq!(aziza.matches("<row ").count(), 3, "{aziza}");
    assert!(
        aziza.contains("<v>66</v>"),
        "Aziza's own total of X: {aziza}"
    );
    assert!(strings.contains("Яхши, \"аниқ\" ғоя"), "her comment");
    let bobur = part(&parts, "xl/worksheets/sheet3.xml");
    assert!(bobur.contains("<v>60</v>"), "{bobur}");
    let core = part(&parts, "docProps/core.xml");
    assert!(
        core.contains("2026-11-25T20:30:00Z"),
        "the creation time passed in: {core}"
    );
    // The same input gives the same bytes.
    let again = idea_xlsx(
        &rows,
        &results.counted_sheets(),
        results.rubric(),
        Lang::UzCyrl,
        1_795_638_600_000,
    )
    .unwrap();
    assert_eq!(again, bytes);
}

#[test]
fn juror_sheet_names_are_made_safe() {
    use halol::engine::workbook::sheet_name;
    let cases = [
        ("1. Азиза", "1. Азиза"),
        ("2. a/b\\c[d]e:f*g?h", "2. a b c d e f g h"),
        ("'3. Quoted'", "3. Quoted"),
        (
            "4. Абдураҳмонов Абдулазиз Абдуллаевич",
            "4. Абдураҳмонов Абдулазиз Абдул",
        ),
        ("   ", "Hakam 5"),
    ];
    for (name, expected) in cases {
        let got = sheet_name(name, "Hakam 5");
        assert_eq!(got, expected);
        assert!(got.chars().count() <= 31);
    }
}
