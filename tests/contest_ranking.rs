//! Ranking and analytics on the hand-computed two-class example of `contest_support`
//! (`two_classes`): score first, then less time, shared places "1, 2, 2, 4"; share correct,
//! most chosen wrong option and average time per question; many classes merged.

#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{code, hand_record, pack, pupil, two_classes};
use halol::engine::import::{import, Collection};
use halol::engine::ranking::{analytics, rank, QuestionStats, WrongChoice};
use halol::engine::scoring::Answer;

/// `check(collections, expected)`: (place, name, score, seconds) per ranking row.
fn check(collections: &[&Collection], expected: &[(usize, &str, f64, u64)]) {
    let got: Vec<(usize, String, f64, u64)> = rank(collections)
        .into_iter()
        .map(|r| (r.place, r.student.name, r.score, r.duration_ms / 1000))
        .collect();
    let expected: Vec<(usize, String, f64, u64)> = expected
        .iter()
        .map(|&(p, n, s, t)| (p, n.to_string(), s, t))
        .collect();
    assert_eq!(got, expected);
}

#[test]
fn score_first_then_less_time_then_shared_places() {
    let (_, a, b) = two_classes();
    check(
        &[&a],
        &[
            (1, "Aziz", 3.0, 100),
            (2, "Nodir", 2.0, 70),
            (3, "Dilnoza", 2.0, 90),
            (4, "Bobur", 1.5, 80),
        ],
    );
    // Two classes merged: Dilnoza and Kamola tie in score and time and share third place.
    check(
        &[&a, &b],
        &[
            (1, "Aziz", 3.0, 100),
            (2, "Nodir", 2.0, 70),
            (3, "Dilnoza", 2.0, 90),
            (3, "Kamola", 2.0, 90),
            (5, "Bobur", 1.5, 80),
            (6, "Sardor", 0.5, 50),
        ],
    );
    let rows = rank(&[&a, &b]);
    assert_eq!(rows[3].student.class.as_deref(), Some("9-B"));
    assert_eq!(rows[3].contest, b.contest());
    assert!(rank(&[]).is_empty());
}

#[test]
fn everyone_tied_shares_first_place() {
    let sample = pack("namuna");
    let code = code("namuna", 300, None, None);
    let mut c = Collection::new(&code).unwrap();
    for name in ["Cc", "Aa", "Bb"] {
        let r = hand_record(
            &code,
            pupil(name, "8"),
            60,
            &[("law-419-date", Some(Answer::Choice("a".into())), 60, false)],
        );
        import(r.to_json().as_bytes(), &sample, &mut c);
    }
    check(
        &[&c],
        &[(1, "Aa", 1.0, 60), (1, "Bb", 1.0, 60), (1, "Cc", 1.0, 60)],
    );
}

#[test]
fn per_question_analytics_match_the_hand_computed_example() {
    let (sample, a, b) = two_classes();
    let wrong = |option: &str, count| {
        Some(WrongChoice {
            option: option.into(),
            count,
        })
    };
    let expected = vec![
        QuestionStats {
            question_id: "law-419-date".into(),
            students: 6,
            answered: 6,
            fully_correct: 4,
            share_correct: 4.0 / 6.0,
            most_chosen_wrong: wrong("b", 2),
            average_time_ms: 20_000.0,
        },
        QuestionStats {
            question_id: "law-419-giver".into(),
            students: 6,
            answered: 5,
            fully_correct: 3,
            share_correct: 0.5,
            most_chosen_wrong: wrong("false", 2),
            average_time_ms: 12_500.0,
        },
        QuestionStats {
            question_id: "school-exam-gift".into(),
            students: 6,
            answered: 6,
            fully_correct: 3,
            share_correct: 0.5,
            most_chosen_wrong: wrong("b", 2),
            average_time_ms: 30_000.0,
        },
    ];
    assert_eq!(analytics(&sample, &[&a, &b]), expected);
    // One class alone: 9-A.
    let one = analytics(&sample, &[&a]);
    assert_eq!(one[0].fully_correct, 3);
    assert_eq!(one[0].most_chosen_wrong, wrong("b", 1));
    assert_eq!(
        one[2].most_chosen_wrong,
        wrong("b", 1),
        "b and c once each: the first in pack order"
    );
    assert!(analytics(&sample, &[]).is_empty());
}

#[test]
fn wrong_options_of_multiple_and_ordering_questions() {
    let law = pack("qonun-bilimdonlari");
    let code = code("qonun-bilimdonlari", 7, None, None);
    let mut c = Collection::new(&code).unwrap();
    let multiple = law
        .questions
        .iter()
        .find(|q| q.id == "law419-principles-pick")
        .unwrap();
    let ordering = law
        .questions
        .iter()
        .find(|q| q.kind() == halol::engine::pack::QuestionKind::Ordering)
        .unwrap();
    let right = halol::engine::scoring::correct_answer(multiple);
    let Answer::Choices(right_ids) = &right else {
        panic!("a multiple question")
    };
    let wrong_id = multiple
        .choices()
        .iter()
        .map(|c| c.id.clone())
        .find(|id| !right_ids.contains(id))
        .unwrap();
    let mut with_wrong = right_ids.clone();
    with_wrong.insert(wrong_id.clone());
    let Answer::Order(mut reversed) = halol::engine::scoring::correct_answer(ordering) else {
        panic!("an ordering question")
    };
    reversed.reverse();
    for (name, answer) in [("A", right.clone()), ("B", Answer::Choices(with_wrong))] {
        let r = hand_record(
            &code,
            pupil(name, "11"),
            30,
            &[
                ("law419-principles-pick", Some(answer), 10, false),
                (
                    &ordering.id,
                    Some(Answer::Order(reversed.clone())),
                    10,
                    false,
                ),
            ],
        );
        import(r.to_json().as_bytes(), &law, &mut c);
    }
    let stats = analytics(&law, &[&c]);
    let pick = stats
        .iter()
        .find(|s| s.question_id == "law419-principles-pick")
        .unwrap();
    assert_eq!(
        pick.most_chosen_wrong,
        Some(WrongChoice {
            option: wrong_id,
            count: 1
        })
    );
    assert_eq!(pick.fully_correct, 1);
    let order = stats.iter().find(|s| s.question_id == ordering.id).unwrap();
    assert_eq!(
        order.most_chosen_wrong, None,
        "ordering questions have no wrong option"
    );
    assert_eq!(order.students, 2);
    // Every other question was unanswered by both.
    assert_eq!(stats.len(), law.questions.len());
}
