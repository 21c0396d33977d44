//! Content checks over the packs bundled in `quizzes/`, beyond what the validator enforces: the
//! number of questions of each kind per pack, sources on law questions, no duplicate questions,
//! balanced positions of the right answer, complete uz-Cyrl and Russian texts, topics and
//! difficulties, a clean uz-Latn display, and no phone numbers.
//!
//! The packs are read from disk at test time, so an edited pack is checked without rebuilding
//! anything else. Every check collects all offending items before failing, each named
//! `pack: question id: field`.
//!
//! When a pack changes on purpose (a question added or removed), update its row in
//! [`EXPECTED`]; the exact counts are there to catch accidental deletions.

#![cfg(not(target_arch = "wasm32"))]

use halol::engine::pack::QuestionKind::{Multiple, Ordering, Single, Situation, TrueFalse};
use halol::engine::pack::{parse_pack, Pack, PackKind, Question, QuestionBody, QuestionKind};
use halol::engine::text::{Lang, LocalizedText};
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

// ---------------------------------------------------------------------------------------------
// Loading and walking

/// Every pack in `quizzes/` (`*.json` but not `*.schema.json`), parsed, in file-name order.
/// Panics listing every problem of every pack that does not validate.
fn bundled_packs() -> Vec<Pack> {
    let dir = Path::new(ROOT).join("quizzes");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a readable folder entry").path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.ends_with(".json") && !name.ends_with(".schema.json")
        })
        .collect();
    files.sort();
    let mut packs = Vec::new();
    let mut problems = Vec::new();
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let json = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        match parse_pack(&name, &json) {
            Ok(pack) => packs.push(pack),
            Err(e) => problems.extend(e.0.iter().map(ToString::to_string)),
        }
    }
    assert_none("bundled packs with validation problems", &problems);
    packs
}

/// One text of a pack and where it is, e.g. `juma: q-id: options[2].feedback`.
struct Located<'a> {
    place: String,
    text: &'a LocalizedText,
}

/// `pack: question` as failures name a question.
fn question_place(pack: &Pack, q: &Question) -> String {
    format!("{}: {}", pack.id, q.id)
}

/// Every text of one question: text, explanation, source, each option's (or item's) text and
/// feedback, in that order.
fn question_texts<'a>(pack: &Pack, q: &'a Question) -> Vec<Located<'a>> {
    let at = |field: &str, text| Located {
        place: format!("{}: {field}", question_place(pack, q)),
        text,
    };
    let mut texts = vec![at("text", &q.text), at("explanation", &q.explanation)];
    if let Some(source) = &q.source {
        texts.push(at("source", source));
    }
    let list = if q.kind() == Ordering {
        "items"
    } else {
        "options"
    };
    for (i, choice) in q.choices().into_iter().enumerate() {
        texts.push(at(&format!("{list}[{i}].text"), &choice.text));
        if let Some(feedback) = &choice.feedback {
            texts.push(at(&format!("{list}[{i}].feedback"), feedback));
        }
    }
    texts
}

/// Every text of a pack: its title and description, then every text of every question.
fn pack_texts(pack: &Pack) -> Vec<Located<'_>> {
    let mut texts = vec![
        Located {
            place: format!("{}: -: title", pack.id),
            text: &pack.title,
        },
        Located {
            place: format!("{}: -: description", pack.id),
            text: &pack.description,
        },
    ];
    for q in &pack.questions {
        texts.extend(question_texts(pack, q));
    }
    texts
}

/// Every text of every bundled pack.
fn all_texts(packs: &[Pack]) -> Vec<Located<'_>> {
    packs.iter().flat_map(pack_texts).collect()
}

/// Fails listing every item of `failures` under the heading `what`; passes when there is none.
fn assert_none(what: &str, failures: &[String]) {
    assert!(
        failures.is_empty(),
        "\n{what} ({}):\n  {}\n",
        failures.len(),
        failures.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------------
// Counts per pack and kind

/// What a bundled pack must hold.
struct Expected {
    /// The pack kind.
    kind: PackKind,
    /// The content rule: at least this many questions...
    min_questions: usize,
    /// ...and at most this many.
    max_questions: usize,
    /// Kinds that must each have at least one question.
    required_kinds: &'static [QuestionKind],
    /// The only kinds allowed.
    allowed_kinds: &'static [QuestionKind],
    /// At least this many different kinds.
    min_distinct_kinds: usize,
    /// The exact current counts, as [`Pack::counts_by_kind`] lists them (kinds with no question
    /// left out), to catch an accidental deletion.
    counts: &'static [(QuestionKind, usize)],
}

const ALL_KINDS: &[QuestionKind] = &QuestionKind::ALL;

/// The bundled packs and what each must hold. A pack in `quizzes/` but not here gets every other
/// check of this file, but no count check.
const EXPECTED: &[(&str, Expected)] = &[
    (
        "qonun-bilimdonlari",
        Expected {
            kind: PackKind::Law,
            min_questions: 60,
            max_questions: usize::MAX,
            required_kinds: &[Single, Multiple, TrueFalse, Ordering],
            allowed_kinds: ALL_KINDS,
            min_distinct_kinds: 4,
            counts: &[(Single, 35), (Multiple, 10), (TrueFalse, 14), (Ordering, 6)],
        },
    ),
    (
        "halollik-tanlovim",
        Expected {
            kind: PackKind::Ethics,
            min_questions: 40,
            max_questions: usize::MAX,
            required_kinds: &[Situation],
            allowed_kinds: &[Situation],
            min_distinct_kinds: 1,
            counts: &[(Situation, 45)],
        },
    ),
    (
        "juma",
        Expected {
            kind: PackKind::Mixed,
            min_questions: 10,
            max_questions: 10,
            required_kinds: &[Situation],
            allowed_kinds: ALL_KINDS,
            min_distinct_kinds: 3,
            counts: &[
                (Single, 3),
                (Multiple, 1),
                (TrueFalse, 2),
                (Ordering, 1),
                (Situation, 3),
            ],
        },
    ),
    (
        "namuna",
        Expected {
            kind: PackKind::Mixed,
            min_questions: 3,
            max_questions: 3,
            required_kinds: &[],
            allowed_kinds: ALL_KINDS,
            min_distinct_kinds: 1,
            counts: &[(Single, 1), (TrueFalse, 1), (Situation, 1)],
        },
    ),
];

/// The one check of counts: the failures of `pack` against `expected` (empty when it holds).
fn check(pack: &Pack, expected: &Expected) -> Vec<String> {
    let id = &pack.id;
    let n = pack.questions.len();
    let counts = pack.counts_by_kind();
    let mut failures = Vec::new();
    if pack.kind != expected.kind {
        failures.push(format!(
            "{id}: kind is {:?}, expected {:?}",
            pack.kind, expected.kind
        ));
    }
    if n < expected.min_questions || n > expected.max_questions {
        let max = match expected.max_questions {
            usize::MAX => "any".to_string(),
            m => m.to_string(),
        };
        failures.push(format!(
            "{id}: {n} questions, expected from {} to {max}",
            expected.min_questions
        ));
    }
    for kind in expected.required_kinds {
        if !counts.iter().any(|(k, _)| k == kind) {
            failures.push(format!("{id}: no {kind} question"));
        }
    }
    for q in &pack.questions {
        if !expected.allowed_kinds.contains(&q.kind()) {
            failures.push(format!(
                "{}: kind {} is not allowed in this pack",
                question_place(pack, q),
                q.kind()
            ));
        }
    }
    if counts.len() < expected.min_distinct_kinds {
        failures.push(format!(
            "{id}: {} kinds of question, expected at least {}",
            counts.len(),
            expected.min_distinct_kinds
        ));
    }
    if counts != expected.counts {
        failures.push(format!(
            "{id}: counts by kind are {counts:?}, expected {:?} (update EXPECTED if this is deliberate)",
            expected.counts
        ));
    }
    failures
}

#[test]
fn every_bundled_pack_validates_without_problems() {
    let packs = bundled_packs();
    assert!(packs.len() >= EXPECTED.len(), "the bundled packs are there");
}

#[test]
fn counts_per_pack_and_kind_are_as_expected() {
    let packs = bundled_packs();
    let mut failures = Vec::new();
    for (id, expected) in EXPECTED {
        match packs.iter().find(|p| p.id == *id) {
            Some(pack) => failures.extend(check(pack, expected)),
            None => failures.push(format!("{id}: the pack is missing from quizzes/")),
        }
    }
    assert_none("packs whose counts differ from the table", &failures);
}

#[test]
fn situations_have_three_or_four_options_and_a_best_one() {
    let packs = bundled_packs();
    let mut failures = Vec::new();
    for pack in &packs {
        for q in &pack.questions {
            if let QuestionBody::Situation { options } = &q.body {
                if !(3..=4).contains(&options.len()) {
                    failures.push(format!(
                        "{}: {} options, expected 3 or 4",
                        question_place(pack, q),
                        options.len()
                    ));
                }
                if !options.iter().any(|o| o.score == 1.0) {
                    failures.push(format!("{}: no option scores 1", question_place(pack, q)));
                }
            }
        }
    }
    assert_none("situations with a wrong set of options", &failures);
}

// ---------------------------------------------------------------------------------------------
// Sources

/// Whether a question must cite its source: every question of a law pack, and every question but
/// the situations in a mixed pack (those are the law questions there).
fn needs_source(pack: &Pack, q: &Question) -> bool {
    match pack.kind {
        PackKind::Law => true,
        PackKind::Mixed => q.kind() != Situation,
        PackKind::Ethics => false,
    }
}

#[test]
fn law_questions_cite_their_source_in_uz_cyrl_and_ru() {
    let packs = bundled_packs();
    let mut failures = Vec::new();
    for pack in &packs {
        for q in pack.questions.iter().filter(|q| needs_source(pack, q)) {
            let place = question_place(pack, q);
            match &q.source {
                None => failures.push(format!("{place}: source: missing")),
                Some(source) => {
                    for lang in [Lang::UzCyrl, Lang::Ru] {
                        if source.get(lang).is_none() {
                            failures.push(format!("{place}: source: no {} text", lang.tag()));
                        }
                    }
                }
            }
        }
    }
    assert_none("law questions without a source", &failures);
}

// ---------------------------------------------------------------------------------------------
// Duplicates

/// The text compared for duplicates: lower case, runs of whitespace made one space, trimmed.
fn normalised(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

#[test]
fn no_two_questions_share_text_across_all_packs() {
    let packs = bundled_packs();
    let mut by_text: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for pack in &packs {
        for q in &pack.questions {
            let key = normalised(q.text.uz_cyrl().unwrap_or(""));
            by_text
                .entry(key)
                .or_default()
                .push(question_place(pack, q));
        }
    }
    let failures: Vec<String> = by_text
        .iter()
        .filter(|(_, places)| places.len() > 1)
        .map(|(text, places)| format!("{} share the text «{text}»", places.join(" and ")))
        .collect();
    assert_none("questions with the same uz-Cyrl text", &failures);
}

// ---------------------------------------------------------------------------------------------
// Positions of the right answer

/// A position check applies to a pack with at least this many questions of the kind.
const MIN_QUESTIONS_FOR_BALANCE: usize = 5;
/// No one position may hold the right answer in more than this share of the questions.
const MAX_SHARE_AT_ONE_POSITION: f64 = 0.4;

/// The positions (0-based) of the right answer of `q`: the correct option of a `single`, the
/// options scoring the most in a `situation`; `None` for other kinds.
fn right_positions(q: &Question) -> Option<Vec<usize>> {
    match &q.body {
        QuestionBody::Single { options, correct } => Some(
            options
                .iter()
                .position(|o| &o.id == correct)
                .into_iter()
                .collect(),
        ),
        QuestionBody::Situation { options } => {
            let best = options.iter().map(|o| o.score).fold(f64::MIN, f64::max);
            Some(
                (0..options.len())
                    .filter(|&i| options[i].score == best)
                    .collect(),
            )
        }
        _ => None,
    }
}

#[test]
fn the_right_answer_sits_in_no_one_position_more_than_40_percent_of_the_time() {
    let packs = bundled_packs();
    let mut failures = Vec::new();
    for pack in &packs {
        for kind in [Single, Situation] {
            let questions: Vec<&Question> =
                pack.questions.iter().filter(|q| q.kind() == kind).collect();
            if questions.len() < MIN_QUESTIONS_FOR_BALANCE {
                continue;
            }
            let mut at: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
            for q in &questions {
                for pos in right_positions(q).unwrap_or_default() {
                    at.entry(pos).or_default().push(&q.id);
                }
            }
            for (pos, ids) in at {
                let share = ids.len() as f64 / questions.len() as f64;
                if share > MAX_SHARE_AT_ONE_POSITION {
                    failures.push(format!(
                        "{}: {kind}: the right answer is option {} in {} of {} questions ({:.0}%): {}",
                        pack.id,
                        pos + 1,
                        ids.len(),
                        questions.len(),
                        share * 100.0,
                        ids.join(", ")
                    ));
                }
            }
        }
    }
    assert_none(
        "packs where the right answer favours one position",
        &failures,
    );
}

// ---------------------------------------------------------------------------------------------
// Languages

#[test]
fn every_text_has_uz_cyrl_and_ru() {
    let packs = bundled_packs();
    let mut failures = Vec::new();
    for t in all_texts(&packs) {
        for lang in [Lang::UzCyrl, Lang::Ru] {
            if t.text.get(lang).is_none() {
                failures.push(format!("{}: no {} text", t.place, lang.tag()));
            }
        }
    }
    assert_none("texts missing a language", &failures);
}

/// Whether `c` is a Cyrillic letter (the Cyrillic blocks and their supplements and extensions).
fn is_cyrillic(c: char) -> bool {
    matches!(c,
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}')
}

#[test]
fn the_uz_latn_display_of_every_text_has_no_cyrillic_letter() {
    let packs = bundled_packs();
    let mut failures = Vec::new();
    for t in all_texts(&packs) {
        let latin = t.text.display(Lang::UzLatn);
        let cyrillic: String = latin.chars().filter(|&c| is_cyrillic(c)).collect();
        if !cyrillic.is_empty() {
            failures.push(format!(
                "{}: uz-Latn has Cyrillic letters «{cyrillic}» in «{latin}»",
                t.place
            ));
        }
    }
    assert_none("uz-Latn texts with Cyrillic letters", &failures);
}

// ---------------------------------------------------------------------------------------------
// Topics and difficulties

#[test]
fn every_question_has_a_topic_and_a_difficulty_from_1_to_3() {
    // The sample pack `namuna` has both on every question too, so no pack is exempt.
    let packs = bundled_packs();
    let mut failures = Vec::new();
    for pack in &packs {
        for q in &pack.questions {
            let place = question_place(pack, q);
            if q.topic.as_deref().is_none_or(str::is_empty) {
                failures.push(format!("{place}: topic: missing"));
            }
            match q.difficulty {
                Some(1..=3) => {}
                Some(d) => failures.push(format!("{place}: difficulty: {d}, expected 1 to 3")),
                None => failures.push(format!("{place}: difficulty: missing")),
            }
        }
    }
    assert_none("questions without a topic or difficulty", &failures);
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/// Characters allowed between the digit groups of one number (at most two in a row): spaces,
/// hyphens and brackets, as in `+998 (00) 000-00-00`.
fn is_number_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '-' | '(' | ')')
}

/// The phone-number-like sequences in `text`: a number with 5 or more digits in a row; a number
/// after `+` (`+998`); 3 or more digit groups with 7 or more digits in all where a later group
/// has two digits (`71 207-00-40`); or a lone 4-digit number that is neither a year (1900 to
/// 2099) nor a document number after a letter and a hyphen (`ПФ-6013`), like the short hotline
/// code `1144`. Three-digit codes cannot be told apart from article numbers and are not matched.
fn phone_like(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| chars.get(i).is_some_and(char::is_ascii_digit);
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut groups: Vec<&[char]> = Vec::new();
        loop {
            let group_start = i;
            while digit(i) {
                i += 1;
            }
            groups.push(&chars[group_start..i]);
            let mut j = i;
            while j < chars.len() && j - i < 2 && is_number_separator(chars[j]) {
                j += 1;
            }
            if j > i && digit(j) {
                i = j;
            } else {
                break;
            }
        }
        let end = i;
        let before = |k: usize| start.checked_sub(k).map(|at| chars[at]);
        let after_plus =
            before(1) == Some('+') || (before(1) == Some(' ') && before(2) == Some('+'));
        let document_number = before(1) == Some('-') && before(2).is_some_and(char::is_alphabetic);
        let total: usize = groups.iter().map(|g| g.len()).sum();
        let long_run = groups.iter().any(|g| g.len() >= 5);
        let grouped_phone =
            groups.len() >= 3 && total >= 7 && groups[1..].iter().any(|g| g.len() == 2);
        let short_code = groups.iter().enumerate().any(|(n, g)| {
            let value: String = g.iter().collect();
            g.len() == 4
                && !(n == 0 && document_number)
                && !(1900..=2099).contains(&value.parse::<u32>().unwrap_or(0))
        });
        if after_plus || long_run || grouped_phone || short_code {
            let from = if after_plus {
                start - chars[..start].iter().rev().position(|&c| c == '+').unwrap() - 1
            } else {
                start
            };
            found.push(chars[from..end].iter().collect());
        }
    }
    found
}

#[test]
fn phone_like_finds_phone_numbers_and_nothing_else() {
    let cases: &[(&str, &[&str])] = &[
        ("Ишонч телефони 1144 рақамига қўнғироқ қилинг", &["1144"]),
        ("+998 00 000-00-00", &["+998 00 000-00-00"]),
        ("телефон: (71) 207-00-40", &["71) 207-00-40"]),
        ("998712070040", &["998712070040"]),
        ("+998", &["+998"]),
        ("ЎРҚ-419, 3-модда", &[]),
        ("ПФ-6013 (2020 йил 29 июнь)", &[]),
        ("ПФ-6013-сон Фармон", &[]),
        ("2017 йил 3 январь", &[]),
        ("33 680 та ташаббус", &[]),
        ("1 666 та", &[]),
        ("2018–2022 йиллар", &[]),
        ("2019-2023 йиллар", &[]),
        ("ЖК 210–212-моддалар", &[]),
        ("БМТ Бош Ассамблеясининг 58/4-резолюцияси", &[]),
    ];
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let actual = phone_like(text);
        if actual != *expected {
            failures.push(format!("«{text}»: found {actual:?}, expected {expected:?}"));
        }
    }
    assert_none("phone_like cases that differ", &failures);
}

#[test]
fn no_text_contains_a_phone_number() {
    // The content rules forbid inventing a hotline number; a real one needs a deliberate change
    // of this test.
    let packs = bundled_packs();
    let mut failures = Vec::new();
    for t in all_texts(&packs) {
        for (tag, text) in t.text.entries() {
            for number in phone_like(text) {
                failures.push(format!("{}: {tag}: «{number}» in «{text}»", t.place));
            }
        }
    }
    assert_none("texts with a phone-number-like sequence", &failures);
}
