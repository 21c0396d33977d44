//! The student's form: every problem kind with its field, characters counted as the live counter
//! counts them (Cyrillic letters are one character each), blank author rows ignored, and the
//! tidied draft that gets sealed.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;

use halol::engine::idea::draft::{parse_age, tidy};
use halol::engine::idea::{
    length, validate_draft, Author, DraftProblem, IdeaDraft, IdeaField, IdeaRecord, ProblemKind,
};
use idea_support::{author, contest, draft, T0, VERSION};

fn good() -> IdeaDraft {
    draft(
        "Онлайн навбат",
        "public-services",
        vec![author("Дилноза Каримова", "15", "12-мактаб", "9-Б")],
    )
}

/// `check(edit, expected)`: the good draft with `edit` applied has exactly these problems.
fn check(edit: impl Fn(&mut IdeaDraft), expected: &[(IdeaField, ProblemKind)]) {
    let mut d = good();
    edit(&mut d);
    let found: Vec<(IdeaField, ProblemKind)> = validate_draft(&d, &contest())
        .into_iter()
        .map(|p| (p.field, p.kind))
        .collect();
    assert_eq!(found, expected, "{d:?}");
}

fn n(count: usize) -> String {
    "ғ".repeat(count)
}

#[test]
fn a_good_draft_has_no_problem() {
    check(|_| {}, &[]);
}

#[test]
fn each_text_field_is_required_and_limited() {
    use IdeaField::*;
    use ProblemKind::*;
    // Title 5–120, problem and solution 30–1500, implementation and effect 20–1000.
    check(|d| d.title = "   ".into(), &[(Title, Missing)]);
    check(|d| d.title = n(4), &[(Title, TooShort { min: 5 })]);
    check(|d| d.title = n(5), &[]);
    check(|d| d.title = n(120), &[]);
    check(|d| d.title = n(121), &[(Title, TooLong { max: 120 })]);
    check(|d| d.problem = String::new(), &[(Problem, Missing)]);
    check(|d| d.problem = n(29), &[(Problem, TooShort { min: 30 })]);
    check(|d| d.problem = n(1501), &[(Problem, TooLong { max: 1500 })]);
    check(|d| d.solution = n(29), &[(Solution, TooShort { min: 30 })]);
    check(|d| d.solution = n(1500), &[]);
    check(
        |d| d.implementation = n(19),
        &[(Implementation, TooShort { min: 20 })],
    );
    check(
        |d| d.implementation = n(1001),
        &[(Implementation, TooLong { max: 1000 })],
    );
    check(|d| d.effect = "\n\t ".into(), &[(Effect, Missing)]);
    check(|d| d.effect = n(1000), &[]);
    // The contact is optional, at most 120.
    check(|d| d.contact = String::new(), &[]);
    check(|d| d.contact = "@dilnoza_k".into(), &[]);
    check(|d| d.contact = n(121), &[(Contact, TooLong { max: 120 })]);
}

#[test]
fn the_category_must_be_one_of_the_list() {
    use IdeaField::Category;
    check(
        |d| d.category = String::new(),
        &[(Category, ProblemKind::Missing)],
    );
    check(
        |d| d.category = "sport".into(),
        &[(Category, ProblemKind::UnknownCategory)],
    );
    check(|d| d.category = " health ".into(), &[]);
}

#[test]
fn authors_are_checked_row_by_row() {
    use IdeaField::*;
    use ProblemKind::*;
    let row = |name: &str, age: &str| author(name, age, "5-мактаб", "");
    check(|d| d.authors.clear(), &[(Authors, NoAuthor)]);
    check(
        |d| d.authors = vec![Author::default(), Author::default()],
        &[(Authors, NoAuthor)],
    );
    check(
        |d| d.authors = (0..6).map(|i| row(&format!("Ўқувчи {i}"), "14")).collect(),
        &[(Authors, TooManyAuthors { max: 5 })],
    );
    check(
        |d| d.authors = (0..5).map(|i| row(&format!("Ўқувчи {i}"), "14")).collect(),
        &[],
    );
    // A blank row between two authors is ignored; problems name the row's own index.
    check(
        |d| d.authors = vec![row("Азиз", "16"), Author::default(), row("Бо", "16")],
        &[(AuthorName(2), TooShort { min: 3 })],
    );
    check(
        |d| d.authors[0].name = " ".into(),
        &[(AuthorName(0), Missing)],
    );
    check(
        |d| d.authors[0].age = String::new(),
        &[(AuthorAge(0), Missing)],
    );
    check(
        |d| d.authors[0].age = "ўн беш".into(),
        &[(AuthorAge(0), AgeNotANumber)],
    );
    check(
        |d| d.authors[0].age = "15.5".into(),
        &[(AuthorAge(0), AgeNotANumber)],
    );
    check(
        |d| d.authors[0].age = "-15".into(),
        &[(AuthorAge(0), AgeNotANumber)],
    );
    check(
        |d| d.authors[0].age = "9".into(),
        &[(AuthorAge(0), AgeOutOfRange { min: 10, max: 30 })],
    );
    check(
        |d| d.authors[0].age = "31".into(),
        &[(AuthorAge(0), AgeOutOfRange { min: 10, max: 30 })],
    );
    check(|d| d.authors[0].age = " 10 ".into(), &[]);
    check(|d| d.authors[0].age = "030".into(), &[]);
    check(
        |d| d.authors[0].school = String::new(),
        &[(AuthorSchool(0), Missing)],
    );
    check(
        |d| d.authors[0].school = "1".into(),
        &[(AuthorSchool(0), TooShort { min: 2 })],
    );
    check(|d| d.authors[0].class = String::new(), &[]);
    check(
        |d| d.authors[0].class = n(21),
        &[(AuthorClass(0), TooLong { max: 20 })],
    );
}

#[test]
fn every_problem_is_listed_in_form_order() {
    use IdeaField::*;
    use ProblemKind::*;
    check(
        |d| *d = IdeaDraft::default(),
        &[
            (Title, Missing),
            (Problem, Missing),
            (Solution, Missing),
            (Implementation, Missing),
            (Effect, Missing),
            (Category, Missing),
            (Authors, NoAuthor),
        ],
    );
    let p = DraftProblem {
        field: AuthorAge(1),
        kind: AgeOutOfRange { min: 10, max: 30 },
    };
    assert_eq!(
        p.to_string(),
        "AuthorAge(1): the contest is for ages 10 to 30"
    );
}

#[test]
fn length_counts_characters_after_trimming() {
    let cases = [
        ("", 0),
        ("   ", 0),
        ("Ғоя", 3),
        ("  Ўқувчи  ", 6),
        ("Oʻzbekiston", 11),
        ("қўшни\nмаҳалла", 13),
        ("a\u{301}", 2),
        ("🙂 ok", 4),
    ];
    for (text, expected) in cases {
        assert_eq!(length(text), expected, "{text:?}");
    }
    // The limit is in characters, not bytes: 120 Cyrillic letters are 240 bytes and still fit.
    let title = "қ".repeat(120);
    assert_eq!(title.len(), 240);
    let mut d = good();
    d.title = title;
    assert!(validate_draft(&d, &contest()).is_empty());
}

#[test]
fn ages_read_only_as_digits() {
    for (text, age) in [
        ("15", Some(15)),
        (" 7 ", Some(7)),
        ("007", Some(7)),
        ("", None),
        ("1 5", None),
        ("١٥", None),
        ("1000", None),
        ("+15", None),
    ] {
        assert_eq!(parse_age(text), age, "{text:?}");
    }
}

#[test]
fn the_sealed_draft_is_tidied() {
    let mut d = good();
    d.title = "  Онлайн навбат \n".into();
    d.category = " health ".into();
    d.contact = "  ".into();
    d.authors = vec![
        Author::default(),
        author(" Дилноза Каримова ", " 015 ", " 12-мактаб ", " 9-Б "),
        author("  ", "", " ", ""),
    ];
    let tidied = tidy(&d);
    assert_eq!(tidied.title, "Онлайн навбат");
    assert_eq!(tidied.category, "health");
    assert_eq!(tidied.contact, "");
    assert_eq!(
        tidied.authors,
        vec![author("Дилноза Каримова", "15", "12-мактаб", "9-Б")]
    );
    let record = IdeaRecord::submit(&d, &contest(), T0, VERSION).unwrap();
    assert_eq!(record.idea, tidied);
    // A draft with problems is not sealed; the problems come back.
    d.title.clear();
    assert_eq!(
        IdeaRecord::submit(&d, &contest(), T0, VERSION),
        Err(vec![DraftProblem {
            field: IdeaField::Title,
            kind: ProblemKind::Missing
        }])
    );
}
