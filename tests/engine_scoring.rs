//! Scoring, as data: one `check(question, answer, fraction)` and a table of cases per kind,
//! including partial and negative weights, wrong shapes and unknown ids.

#![cfg(not(target_arch = "wasm32"))]

use halol::engine::pack::{parse_pack, Pack};
use halol::engine::scoring::{
    chosen_ids, correct_answer, correct_option_ids, fits, is_correct, score, Answer, ChoiceSet,
};

fn pack() -> Pack {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/packs/valid/all-kinds.json"
    );
    parse_pack("all-kinds.json", &std::fs::read_to_string(path).unwrap()).unwrap()
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_string())
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|s| s.to_string()).collect())
}

fn order(ids: &[&str]) -> Answer {
    Answer::Order(ids.iter().map(|s| s.to_string()).collect())
}

/// The one check: `answer` to `question` scores `expected`, and counts as correct exactly when
/// that is 1.
fn check(pack: &Pack, question: &str, answer: &Answer, expected: f64) {
    let q = pack.question(question).unwrap();
    let got = score(q, answer);
    assert!(
        (got - expected).abs() < 1e-12,
        "{question} {answer:?}: scored {got}, expected {expected}"
    );
    assert!((0.0..=1.0).contains(&got), "{question}: a fraction");
    assert_eq!(
        is_correct(q, answer),
        expected == 1.0,
        "{question} {answer:?}"
    );
}

#[test]
fn every_kind_scores_per_the_format() {
    let pack = pack();
    let cases: Vec<(&str, Answer, f64)> = vec![
        // single: the correct option or nothing
        ("q-single", choice("b"), 1.0),
        ("q-single", choice("a"), 0.0),
        ("q-single", choice("zz"), 0.0),
        // multiple: weights a 0.5, b 0.5, c -0.5, d 0; positive sum 1
        ("q-multiple", choices(&["a", "b"]), 1.0),
        ("q-multiple", choices(&["a"]), 0.5),
        ("q-multiple", choices(&["a", "d"]), 0.5),
        ("q-multiple", choices(&["a", "b", "d"]), 1.0),
        ("q-multiple", choices(&["a", "b", "c"]), 0.5),
        ("q-multiple", choices(&["a", "c"]), 0.0),
        ("q-multiple", choices(&["c"]), 0.0),
        ("q-multiple", choices(&["c", "d"]), 0.0),
        ("q-multiple", choices(&[]), 0.0),
        ("q-multiple", choices(&["a", "unknown"]), 0.5),
        // true_false
        ("q-true-false", Answer::Bool(false), 1.0),
        ("q-true-false", Answer::Bool(true), 0.0),
        // ordering: s1 s2 s3 s4; share in the right place
        ("q-ordering", order(&["s1", "s2", "s3", "s4"]), 1.0),
        ("q-ordering", order(&["s1", "s2", "s4", "s3"]), 0.5),
        ("q-ordering", order(&["s2", "s1", "s3", "s4"]), 0.5),
        ("q-ordering", order(&["s4", "s3", "s2", "s1"]), 0.0),
        ("q-ordering", order(&["s1", "s3", "s4", "s2"]), 0.25),
        ("q-ordering", order(&["s1", "s2", "s3"]), 0.75),
        ("q-ordering", order(&[]), 0.0),
        // situation: a 1, b 0.5, c 0, d 1
        ("q-situation", choice("a"), 1.0),
        ("q-situation", choice("b"), 0.5),
        ("q-situation", choice("c"), 0.0),
        ("q-situation", choice("d"), 1.0),
        ("q-situation", choice("x"), 0.0),
        // the wrong shape scores 0
        ("q-single", choices(&["b"]), 0.0),
        ("q-single", Answer::Bool(true), 0.0),
        ("q-multiple", choice("a"), 0.0),
        ("q-true-false", choice("a"), 0.0),
        ("q-ordering", choices(&["s1"]), 0.0),
        ("q-situation", order(&["a"]), 0.0),
    ];
    for (question, answer, expected) in &cases {
        check(&pack, question, answer, *expected);
    }
}

#[test]
fn weights_that_do_not_add_up_exactly_still_give_full_marks() {
    let json = r#"{"schema":1,"id":"thirds","kind":"ethics","title":{"uz-Cyrl":"т"},
      "description":{"uz-Cyrl":"т"},"settings":{},"questions":[{"id":"q","kind":"multiple",
      "text":{"uz-Cyrl":"т"},"explanation":{"uz-Cyrl":"т"},"options":[
      {"id":"a","text":{"uz-Cyrl":"а"},"weight":0.1},{"id":"b","text":{"uz-Cyrl":"б"},"weight":0.2},
      {"id":"c","text":{"uz-Cyrl":"в"},"weight":0.7},{"id":"d","text":{"uz-Cyrl":"г"},"weight":-1}]}]}"#;
    let pack = parse_pack("thirds.json", json).unwrap();
    check(&pack, "q", &choices(&["a", "b", "c"]), 1.0);
    check(&pack, "q", &choices(&["a", "b", "c", "d"]), 0.0);
}

#[test]
fn the_correct_answer_scores_one_and_names_the_right_options() {
    let pack = pack();
    let cases: Vec<(&str, Answer, Vec<&str>)> = vec![
        ("q-single", choice("b"), vec!["b"]),
        ("q-multiple", choices(&["a", "b"]), vec!["a", "b"]),
        ("q-true-false", Answer::Bool(false), vec![]),
        (
            "q-ordering",
            order(&["s1", "s2", "s3", "s4"]),
            vec!["s1", "s2", "s3", "s4"],
        ),
        ("q-situation", choice("a"), vec!["a", "d"]),
    ];
    for (question, expected, ids) in cases {
        let q = pack.question(question).unwrap();
        assert_eq!(correct_answer(q), expected, "{question}");
        assert_eq!(correct_option_ids(q), ids, "{question}");
        check(&pack, question, &correct_answer(q), 1.0);
    }
}

#[test]
fn fits_accepts_only_answers_of_the_right_shape_and_options() {
    let pack = pack();
    let cases: Vec<(&str, Answer, bool)> = vec![
        ("q-single", choice("a"), true),
        ("q-single", choice("zz"), false),
        ("q-single", choices(&["a"]), false),
        ("q-multiple", choices(&[]), true),
        ("q-multiple", choices(&["a", "d"]), true),
        ("q-multiple", choices(&["a", "zz"]), false),
        ("q-true-false", Answer::Bool(true), true),
        ("q-true-false", choice("a"), false),
        ("q-ordering", order(&["s4", "s3", "s2", "s1"]), true),
        ("q-ordering", order(&["s1", "s2", "s3"]), false),
        ("q-ordering", order(&["s1", "s1", "s2", "s3"]), false),
        ("q-ordering", order(&["s2", "s1", "s3", "s1"]), false),
        ("q-ordering", order(&["s1", "s2", "s3", "zz"]), false),
        ("q-situation", choice("d"), true),
        ("q-situation", choice("e"), false),
    ];
    for (question, answer, expected) in cases {
        let q = pack.question(question).unwrap();
        assert_eq!(fits(q, &answer), expected, "{question} {answer:?}");
    }
}

#[test]
fn answers_are_plain_json() {
    let cases = [
        (choice("a"), r#"{"choice":"a"}"#),
        (choices(&["b", "a"]), r#"{"choices":["a","b"]}"#),
        (Answer::Bool(true), r#"{"bool":true}"#),
        (order(&["s2", "s1"]), r#"{"order":["s2","s1"]}"#),
    ];
    for (answer, json) in cases {
        assert_eq!(serde_json::to_string(&answer).unwrap(), json);
        assert_eq!(serde_json::from_str::<Answer>(json).unwrap(), answer);
    }
    assert_eq!(chosen_ids(&choices(&["b", "a"])), ["a", "b"]);
    // A stored array in another order, or with an id twice, reads as the same set.
    assert_eq!(
        serde_json::from_str::<Answer>(r#"{"choices":["c","a","c","b"]}"#).unwrap(),
        choices(&["a", "b", "c"])
    );
}

#[test]
fn a_choice_set_keeps_its_ids_sorted_and_once() {
    let mut set: ChoiceSet = ["d".to_string(), "b".to_string()].into();
    assert!(set.insert("c".into()));
    assert!(!set.insert("b".into()));
    assert!(set.insert("a".into()));
    assert_eq!(set.iter().collect::<Vec<_>>(), ["a", "b", "c", "d"]);
    assert!(set.contains("c") && !set.contains("e"));
    assert!(set.remove("b") && !set.remove("b"));
    assert_eq!((set.len(), set.is_empty()), (3, false));
    assert_eq!(serde_json::to_string(&set).unwrap(), r#"["a","c","d"]"#);
    assert!(ChoiceSet::default().is_empty());
    assert!(chosen_ids(&Answer::Bool(true)).is_empty());
}
