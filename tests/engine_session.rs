//! Sessions, as data: each scenario is a script of steps (at a time, an action, the expected
//! outcome) run by one `check` helper, then a few assertions on the result. Plus the seeded
//! order (determinism), serde round trips and restoring against a changed pack.

#![cfg(not(target_arch = "wasm32"))]

use halol::engine::pack::{parse_pack, Pack, QuestionKind};
use halol::engine::scoring::{correct_answer, Answer};
use halol::engine::session::{
    AnswerOutcome, Mode, QuestionOutcome, QuestionStatus, Session, SessionError, SlotState,
};
use halol::engine::shuffle::{shuffle, SplitMix64};
use std::collections::BTreeSet;

const T0: u64 = 1_760_000_000_000;
const SEC: u64 = 1000;

fn fixture(name: &str) -> Pack {
    let path = format!(
        "{}/tests/fixtures/packs/valid/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    parse_pack(
        &format!("{name}.json"),
        &std::fs::read_to_string(path).unwrap(),
    )
    .unwrap()
}

/// One action on a session.
#[derive(Clone, Debug)]
enum Act {
    /// Answer the question on screen correctly.
    Right,
    /// Answer the question on screen wrongly (score 0).
    Wrong,
    /// Give this answer to the question on screen.
    Give(Answer),
    Skip,
    Next,
    GoTo(usize),
    Tick,
    Finish,
}

/// What a step should give: `Ok(index on screen afterwards)` or the error.
type Expect = Result<usize, SessionError>;

/// A wrong answer (score 0) for the question on screen.
fn wrong_answer(session: &Session, pack: &Pack) -> Answer {
    let q = session.current_question(pack).unwrap();
    let slot = session.slot(session.current()).unwrap();
    match correct_answer(q) {
        Answer::Bool(b) => Answer::Bool(!b),
        Answer::Order(mut ids) => {
            ids.reverse();
            Answer::Order(ids)
        }
        Answer::Choices(_) => Answer::Choices(Default::default()),
        Answer::Choice(right) => {
            let other = slot
                .order
                .iter()
                .find(|id| {
                    **id != right
                        && halol::engine::scoring::score(q, &Answer::Choice((*id).clone())) == 0.0
                })
                .expect("a wrong option exists");
            Answer::Choice(other.clone())
        }
    }
}

/// The one check: runs `steps` (time in seconds after the start, action, expected outcome) on
/// `session` and asserts each outcome and the question on screen after it.
fn check(pack: &Pack, session: &mut Session, steps: &[(u64, Act, Expect)]) {
    for (n, (secs, act, expected)) in steps.iter().enumerate() {
        let now = T0 + secs * SEC;
        let got: Expect = match act {
            Act::Right | Act::Wrong | Act::Give(_) => {
                let answer = match act {
                    Act::Right => correct_answer(session.current_question(pack).unwrap()),
                    Act::Wrong => wrong_answer(session, pack),
                    Act::Give(a) => a.clone(),
                    _ => unreachable!("answer actions only"),
                };
                session.answer(pack, answer, now).map(|_| session.current())
            }
            Act::Skip => session.skip(now),
            Act::Next => session.next(now),
            Act::GoTo(i) => session.go_to(*i, now).map(|()| session.current()),
            Act::Tick => {
                session.tick(now);
                Ok(session.current())
            }
            Act::Finish => {
                session.finish(now);
                Ok(session.current())
            }
        };
        assert_eq!(&got, expected, "step {n}: {act:?} at +{secs}s");
        if expected.is_ok() {
            assert_eq!(session.current(), *expected.as_ref().unwrap(), "step {n}");
        }
    }
}

fn statuses(session: &Session) -> Vec<QuestionStatus> {
    (0..session.len())
        .map(|i| session.status(i).unwrap())
        .collect()
}

#[test]
fn splitmix64_matches_the_reference_and_shuffles_deterministically() {
    let mut rng = SplitMix64::new(0);
    assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
    assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
    assert_eq!(rng.next_u64(), 0x06C4_5D18_8009_454F);

    let shuffled = |seed| {
        let mut v: Vec<u32> = (0..10).collect();
        shuffle(seed, &mut v);
        v
    };
    assert_eq!(shuffled(42), shuffled(42), "same seed, same order");
    assert_ne!(shuffled(42), shuffled(43), "another seed, another order");
    let mut sorted = shuffled(7);
    sorted.sort_unstable();
    assert_eq!(sorted, (0..10).collect::<Vec<_>>(), "a permutation");
    let distinct: BTreeSet<Vec<u32>> = (0..50).map(shuffled).collect();
    assert!(distinct.len() >= 45, "seeds spread: {}", distinct.len());

    let mut rng = SplitMix64::new(9);
    assert!((0..1000).all(|_| rng.below(3) < 3));
}

#[test]
fn contest_order_comes_from_the_seed() {
    let pack = fixture("all-kinds");
    let a = Session::start(&pack, Mode::Contest, 7, T0, None);
    let b = Session::start(&pack, Mode::Contest, 7, T0, None);
    assert_eq!(a, b, "same seed, same session");
    assert_eq!(a.len(), 5);

    let orders: BTreeSet<Vec<String>> = (0..20)
        .map(|seed| {
            let s = Session::start(&pack, Mode::Contest, seed, T0, None);
            s.slots().iter().map(|x| x.question_id.clone()).collect()
        })
        .collect();
    assert!(orders.len() >= 10, "question orders vary: {}", orders.len());
    let option_orders: BTreeSet<Vec<String>> = (0..20)
        .map(|seed| {
            let s = Session::start(&pack, Mode::Contest, seed, T0, None);
            let i = s
                .slots()
                .iter()
                .position(|x| x.question_id == "q-multiple")
                .unwrap();
            s.slot(i).unwrap().order.clone()
        })
        .collect();
    assert!(
        option_orders.len() >= 5,
        "option orders vary: {}",
        option_orders.len()
    );

    for seed in 0..20 {
        let s = Session::start(&pack, Mode::Contest, seed, T0, None);
        for (i, slot) in s.slots().iter().enumerate() {
            let q = pack.question(&slot.question_id).unwrap();
            let mut shown: Vec<&str> = s
                .displayed_choices(&pack, i)
                .iter()
                .map(|c| c.id.as_str())
                .collect();
            let mut ids: Vec<&str> = q.choices().iter().map(|c| c.id.as_str()).collect();
            shown.sort_unstable();
            ids.sort_unstable();
            assert_eq!(shown, ids, "seed {seed}: every option shown once");
        }
    }
}

#[test]
fn practice_keeps_pack_order_but_always_shuffles_ordering_items() {
    let pack = fixture("all-kinds");
    for seed in 0..50 {
        let s = Session::start(&pack, Mode::Practice, seed, T0, None);
        let ids: Vec<&str> = s.slots().iter().map(|x| x.question_id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "q-single",
                "q-multiple",
                "q-true-false",
                "q-ordering",
                "q-situation"
            ]
        );
        assert_eq!(s.slot(0).unwrap().order, ["a", "b", "c"]);
        assert_eq!(s.slot(1).unwrap().order, ["a", "b", "c", "d"]);
        assert!(s.slot(2).unwrap().order.is_empty());
        assert_ne!(
            s.slot(3).unwrap().order,
            ["s1", "s2", "s3", "s4"],
            "seed {seed}"
        );
        assert_eq!(s.time_limit_ms(), None);
        assert_eq!(s.question_time_limit_ms(), None);
    }
    for seed in 0..50 {
        let s = Session::start(&pack, Mode::Contest, seed, T0, None);
        let i = s
            .slots()
            .iter()
            .position(|x| x.question_id == "q-ordering")
            .unwrap();
        assert_ne!(
            s.slot(i).unwrap().order,
            ["s1", "s2", "s3", "s4"],
            "seed {seed}"
        );
    }
    // Two items are always shown swapped.
    let pack = fixture("two-of-many");
    let s = Session::start(&pack, Mode::Practice, 1, T0, Some(6));
    assert_eq!(s.slot(5).unwrap().order, ["y", "x"]);
}

#[test]
fn question_count_comes_from_the_call_then_the_pack_then_all() {
    let many = fixture("two-of-many");
    let all_kinds = fixture("all-kinds");
    let minimal = fixture("minimal");
    let cases: Vec<(&Pack, Mode, Option<usize>, usize)> = vec![
        (&many, Mode::Practice, None, 2),
        (&many, Mode::Contest, None, 2),
        (&many, Mode::Practice, Some(4), 4),
        (&many, Mode::Contest, Some(100), 6),
        (&many, Mode::Contest, Some(0), 1),
        (&all_kinds, Mode::Contest, Some(3), 3),
        (&minimal, Mode::Practice, None, 1),
    ];
    for (pack, mode, count, expected) in cases {
        assert_eq!(
            Session::start(pack, mode, 3, T0, count).len(),
            expected,
            "{} {count:?}",
            pack.id
        );
    }
    // A practice draw is shown in pack order and varies with the seed.
    let draws: BTreeSet<Vec<String>> = (0..30)
        .map(|seed| {
            let s = Session::start(&many, Mode::Practice, seed, T0, None);
            let ids: Vec<String> = s.slots().iter().map(|x| x.question_id.clone()).collect();
            let positions: Vec<usize> = ids
                .iter()
                .map(|id| many.questions.iter().position(|q| &q.id == id).unwrap())
                .collect();
            assert!(
                positions.windows(2).all(|w| w[0] < w[1]),
                "pack order: {ids:?}"
            );
            ids
        })
        .collect();
    assert!(draws.len() > 5, "draws vary: {}", draws.len());
}

#[test]
fn practice_gives_feedback_at_once_and_has_no_clock() {
    let pack = fixture("all-kinds");
    let mut s = Session::start(&pack, Mode::Practice, 1, T0, None);
    let outcome = s
        .answer(&pack, Answer::Choice("c".into()), T0 + 4 * SEC)
        .unwrap();
    let AnswerOutcome::Feedback(fb) = outcome else {
        panic!("practice answers give feedback, got {outcome:?}");
    };
    assert_eq!(fb.question_id, "q-single");
    assert_eq!(fb.fraction, 0.0);
    assert!(!fb.correct);
    assert_eq!(fb.explanation.uz_cyrl(), Some("Б тўғри."));
    assert_eq!(fb.correct_answer, Answer::Choice("b".into()));
    assert_eq!(fb.option_feedback.len(), 1);
    assert_eq!(fb.option_feedback[0].option_id, "c");
    assert_eq!(fb.option_feedback[0].feedback.uz_cyrl(), Some("Нотўғри."));
    assert_eq!(s.feedback(&pack, 0), Some(fb));

    // The situation's option feedback comes back too, and partial credit shows.
    s.go_to(4, T0 + 5 * SEC).unwrap();
    let AnswerOutcome::Feedback(fb) = s
        .answer(&pack, Answer::Choice("b".into()), T0 + 9 * SEC)
        .unwrap()
    else {
        panic!("practice answers give feedback");
    };
    assert_eq!(fb.fraction, 0.5);
    assert!(!fb.correct);
    assert_eq!(
        fb.option_feedback[0].feedback.uz_cyrl(),
        Some("Ярим тўғри.")
    );

    // No limits: a day later nothing expired.
    s.tick(T0 + 86_400 * SEC);
    assert!(!s.is_finished());
    assert_eq!(s.remaining_ms(T0), None);
    assert_eq!(s.question_remaining_ms(T0), None);
    assert_eq!(
        s.answer(&pack, Answer::Choice("a".into()), T0 + 86_401 * SEC),
        Err(SessionError::AlreadyAnswered),
        "one answer per question; retry with a new session"
    );
    assert_eq!(
        s.feedback(&pack, 1),
        None,
        "no feedback before answering in practice"
    );
}

#[test]
fn contest_answers_are_final_and_feedback_waits_for_the_end() {
    let pack = fixture("all-kinds");
    let mut s = Session::start(&pack, Mode::Contest, 11, T0, None);
    let right = correct_answer(s.current_question(&pack).unwrap());
    assert_eq!(
        s.answer(&pack, right.clone(), T0 + SEC),
        Ok(AnswerOutcome::Recorded)
    );
    assert_eq!(s.feedback(&pack, 0), None, "no feedback during a contest");
    let wrong = wrong_answer(&s, &pack);
    assert_eq!(
        s.answer(&pack, wrong, T0 + 2 * SEC),
        Err(SessionError::AlreadyAnswered)
    );
    match &s.slot(0).unwrap().state {
        SlotState::Answered {
            answer, time_ms, ..
        } => {
            assert_eq!(answer, &right, "the first answer stays");
            assert_eq!(*time_ms, SEC);
        }
        other => panic!("expected an answer, got {other:?}"),
    }
    s.finish(T0 + 3 * SEC);
    let fb = s.feedback(&pack, 0).expect("feedback after the end");
    assert!(fb.correct);
    let unanswered = s
        .feedback(&pack, 1)
        .expect("review shows unanswered questions too");
    assert_eq!(unanswered.answer, None);
    assert_eq!(unanswered.fraction, 0.0);
    assert_eq!(
        s.answer(&pack, right, T0 + 4 * SEC),
        Err(SessionError::Finished)
    );
}

#[test]
fn scripted_scenarios() {
    use Act::*;
    let all_kinds = fixture("all-kinds");
    let timed = fixture("timed");
    let no_such = |number, len| Err(SessionError::NoSuchQuestion { number, len });
    // (name, pack, mode, steps, statuses at the end, answered, correct, finished)
    type Case<'a> = (
        &'a str,
        &'a Pack,
        Mode,
        Vec<(u64, Act, Expect)>,
        Vec<QuestionStatus>,
        usize,
        usize,
        bool,
    );
    use QuestionStatus::{Answered as A, NotSeen as N, TimedOut as T, Unanswered as U};
    let cases: Vec<Case> = vec![
        (
            "skip and come back",
            &all_kinds,
            Mode::Practice,
            vec![
                (1, Skip, Ok(1)),
                (2, Right, Ok(1)),
                (3, Next, Ok(2)),
                (4, Skip, Ok(3)),
                (5, Next, Ok(4)),
                (6, Wrong, Ok(4)),
                (7, Next, Ok(0)),
                (8, Right, Ok(0)),
                (9, Next, Ok(2)),
                (10, Skip, Ok(3)),
                (11, GoTo(2), Ok(2)),
                (12, Right, Ok(2)),
                (13, Next, Ok(3)),
                (14, Skip, Err(SessionError::NothingLeft)),
                (15, Right, Ok(3)),
                (16, Next, Err(SessionError::NothingLeft)),
                (17, Skip, Err(SessionError::AlreadyAnswered)),
                (18, GoTo(9), no_such(10, 5)),
                (19, Finish, Ok(3)),
                (20, Next, Err(SessionError::Finished)),
                (21, GoTo(0), Err(SessionError::Finished)),
            ],
            vec![A, A, A, A, A],
            5,
            4,
            true,
        ),
        (
            "finish with unanswered questions",
            &all_kinds,
            Mode::Practice,
            vec![
                (1, Right, Ok(0)),
                (2, Next, Ok(1)),
                (3, Next, Ok(2)),
                (4, Finish, Ok(2)),
            ],
            vec![A, U, U, N, N],
            1,
            1,
            true,
        ),
        (
            "answers that do not fit are refused",
            &all_kinds,
            Mode::Contest,
            vec![
                (
                    1,
                    Give(Answer::Choice("nope".into())),
                    Err(SessionError::AnswerDoesNotFit),
                ),
                (
                    2,
                    Give(Answer::Order(vec![])),
                    Err(SessionError::AnswerDoesNotFit),
                ),
            ],
            vec![U, N, N, N, N],
            0,
            0,
            false,
        ),
        (
            "per-question time runs out and the session moves on",
            &timed,
            Mode::Contest,
            vec![
                (29, Tick, Ok(0)),
                (30, Tick, Ok(1)),
                (31, Right, Ok(1)),
                (40, Next, Ok(2)),
                (69, Tick, Ok(2)),
                (70, Right, Err(SessionError::TimeUp)),
                (71, Tick, Ok(2)),
            ],
            vec![T, A, T],
            1,
            1,
            true,
        ),
        (
            "an answer after the question's time is refused, not given to the next question",
            &timed,
            Mode::Contest,
            vec![
                (31, Right, Err(SessionError::QuestionTimeUp)),
                (32, Right, Ok(1)),
            ],
            vec![T, A, N],
            1,
            1,
            false,
        ),
        (
            "the question clock pauses while away and resumes on return",
            &timed,
            Mode::Contest,
            vec![
                (20, Skip, Ok(1)),
                (25, Right, Ok(1)),
                (26, GoTo(0), Ok(0)),
                (35, Tick, Ok(0)),
                (36, Tick, Ok(2)),
                (40, Wrong, Ok(2)),
            ],
            vec![T, A, A],
            2,
            1,
            false,
        ),
        (
            "the total time ends the contest and keeps the answers",
            &timed,
            Mode::Contest,
            vec![
                (28, Right, Ok(0)),
                (28, Next, Ok(1)),
                (56, Right, Ok(1)),
                (56, Next, Ok(2)),
                (79, Tick, Ok(2)),
                (80, Tick, Ok(2)),
                (81, Right, Err(SessionError::Finished)),
            ],
            vec![A, A, U],
            2,
            2,
            true,
        ),
        (
            "an answer at the very end of the total time is refused",
            &timed,
            Mode::Contest,
            vec![
                (28, Right, Ok(0)),
                (28, Next, Ok(1)),
                (56, Right, Ok(1)),
                (56, Next, Ok(2)),
                (80, Right, Err(SessionError::TimeUp)),
            ],
            vec![A, A, U],
            2,
            2,
            true,
        ),
        (
            "a reload long after the start applies every expiry at once",
            &timed,
            Mode::Contest,
            vec![(500, Tick, Ok(2)), (501, Skip, Err(SessionError::Finished))],
            // t1 ran out at +30s, t2 at +60s, and the total at +80s before t3's own limit.
            vec![T, T, U],
            0,
            0,
            true,
        ),
    ];
    for (name, pack, mode, steps, expected_statuses, answered, correct, finished) in cases {
        let mut s = Session::start(pack, mode, 5, T0, None);
        check(pack, &mut s, &steps);
        assert_eq!(statuses(&s), expected_statuses, "{name}");
        let result = s.result(pack);
        assert_eq!(result.answered, answered, "{name}");
        assert_eq!(result.correct, correct, "{name}");
        assert_eq!(s.is_finished(), finished, "{name}");
        assert!(result.score >= 0.0 && result.score <= result.max, "{name}");
    }
}

#[test]
fn timers_count_down_and_expire_at_the_limit() {
    let pack = fixture("timed");
    let mut s = Session::start(&pack, Mode::Contest, 5, T0, None);
    assert_eq!(s.time_limit_ms(), Some(80 * SEC));
    assert_eq!(s.question_time_limit_ms(), Some(30 * SEC));
    assert_eq!(s.remaining_ms(T0), Some(80 * SEC));
    assert_eq!(s.question_remaining_ms(T0 + 10 * SEC), Some(20 * SEC));
    s.tick(T0 + 30 * SEC);
    assert_eq!(s.current(), 1);
    assert_eq!(
        s.slot(0).unwrap().state,
        SlotState::TimedOut {
            at_ms: T0 + 30 * SEC
        }
    );
    assert_eq!(s.question_remaining_ms(T0 + 31 * SEC), Some(29 * SEC));
    assert_eq!(s.remaining_ms(T0 + 31 * SEC), Some(49 * SEC));
    s.answer(
        &pack,
        correct_answer(s.current_question(&pack).unwrap()),
        T0 + 35 * SEC,
    )
    .unwrap();
    assert_eq!(
        s.question_remaining_ms(T0 + 36 * SEC),
        None,
        "an answered question has no clock"
    );
    // While the answered question stays on screen, no question clock runs.
    s.tick(T0 + 75 * SEC);
    assert_eq!(s.current(), 1, "the answered question is still on screen");
    assert_eq!(s.status(2), Some(QuestionStatus::NotSeen));
    assert!(!s.is_finished());
    s.tick(T0 + 80 * SEC);
    assert_eq!(
        s.finished_ms(),
        Some(T0 + 80 * SEC),
        "the total limit ends it"
    );
    // Moving on starts the third question's clock; when it runs out with nothing left open,
    // the contest ends at that moment.
    let mut s2 = Session::start(&pack, Mode::Contest, 5, T0, None);
    s2.tick(T0 + 30 * SEC);
    s2.answer(
        &pack,
        correct_answer(s2.current_question(&pack).unwrap()),
        T0 + 35 * SEC,
    )
    .unwrap();
    assert_eq!(s2.next(T0 + 36 * SEC), Ok(2));
    s2.tick(T0 + 70 * SEC);
    assert!(s2.is_finished());
    assert_eq!(
        s2.finished_ms(),
        Some(T0 + 66 * SEC),
        "finished when the last open question expired"
    );
    assert_eq!(s2.remaining_ms(T0 + 70 * SEC), Some(14 * SEC));
    let result = s2.result(&pack);
    assert_eq!(result.duration_ms, 66 * SEC);
    assert_eq!(result.answered, 1);
}

#[test]
fn ticking_often_or_once_gives_the_same_state() {
    let pack = fixture("timed");
    let start = Session::start(&pack, Mode::Contest, 9, T0, None);
    for end in [29, 30, 45, 61, 79, 80, 95] {
        let mut often = start.clone();
        for t in 0..=end * 4 {
            often.tick(T0 + t * 250);
        }
        let mut once = start.clone();
        once.tick(T0 + end * SEC);
        assert_eq!(often, once, "at +{end}s");
    }
}

#[test]
fn the_result_sums_points_times_fraction_and_times_each_question() {
    let pack = fixture("timed");
    let mut s = Session::start(&pack, Mode::Practice, 1, T0, None);
    // t1 right after 5 s, t2 (2 points) wrong after 3 s, t3 skipped for 2 s, then finished.
    s.answer(&pack, Answer::Bool(true), T0 + 5 * SEC).unwrap();
    s.next(T0 + 6 * SEC).unwrap();
    s.answer(&pack, Answer::Bool(true), T0 + 9 * SEC).unwrap();
    s.next(T0 + 10 * SEC).unwrap();
    s.finish(T0 + 12 * SEC);
    let r = s.result(&pack);
    assert_eq!(r.score, 1.0);
    assert_eq!(r.max, 4.0);
    assert_eq!(r.answered, 2);
    assert_eq!(r.correct, 1);
    assert_eq!(r.duration_ms, 12 * SEC);
    let row =
        |id: &str, answer: Option<Answer>, fraction: f64, points: f64, secs: u64| QuestionOutcome {
            question_id: id.to_string(),
            answer,
            fraction,
            points,
            earned: points * fraction,
            time_ms: secs * SEC,
            timed_out: false,
        };
    assert_eq!(
        r.per_question,
        vec![
            row("t1", Some(Answer::Bool(true)), 1.0, 1.0, 5),
            row("t2", Some(Answer::Bool(true)), 0.0, 2.0, 3),
            row("t3", None, 0.0, 1.0, 2),
        ]
    );
    // Partial credit counts, and the total never goes below 0.
    let pack = fixture("all-kinds");
    let mut s = Session::start(&pack, Mode::Practice, 1, T0, None);
    s.go_to(1, T0).unwrap();
    s.answer(&pack, Answer::Choices(["a".to_string()].into()), T0 + SEC)
        .unwrap();
    s.go_to(4, T0 + SEC).unwrap();
    s.answer(&pack, Answer::Choice("b".into()), T0 + 2 * SEC)
        .unwrap();
    let r = s.result(&pack);
    assert_eq!(r.score, 2.0 * 0.5 + 0.5);
    assert_eq!(r.max, 1.0 + 2.0 + 1.0 + 1.5 + 1.0);
    assert_eq!(r.correct, 0);
    assert_eq!(r.duration_ms, 2 * SEC, "unfinished: up to the last answer");
    let mut s = Session::start(&pack, Mode::Practice, 1, T0, None);
    s.go_to(1, T0).unwrap();
    s.answer(&pack, Answer::Choices(["c".to_string()].into()), T0 + SEC)
        .unwrap();
    assert_eq!(s.result(&pack).score, 0.0);
}

#[test]
fn a_session_survives_a_json_round_trip_mid_contest() {
    let pack = fixture("all-kinds");
    let mut s = Session::start(&pack, Mode::Contest, 21, T0, None);
    s.answer(
        &pack,
        correct_answer(s.current_question(&pack).unwrap()),
        T0 + 5 * SEC,
    )
    .unwrap();
    s.next(T0 + 6 * SEC).unwrap();
    s.skip(T0 + 7 * SEC).unwrap();
    let json = serde_json::to_string(&s).unwrap();
    let mut restored: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(restored, s);
    restored.check_pack(&pack).unwrap();
    // Both go on identically.
    for session in [&mut s, &mut restored] {
        session.tick(T0 + 70 * SEC);
        session.finish(T0 + 80 * SEC);
    }
    assert_eq!(restored, s);
    assert_eq!(restored.result(&pack), s.result(&pack));
    let result_json = serde_json::to_string(&s.result(&pack)).unwrap();
    assert!(result_json.contains("\"question_id\""));
}

#[test]
fn a_restored_session_is_checked_against_the_pack() {
    let pack = fixture("all-kinds");
    let s = Session::start(&pack, Mode::Practice, 1, T0, None);
    assert_eq!(
        s.check_pack(&fixture("timed")),
        Err(SessionError::OtherPack {
            session_pack: "all-kinds".into(),
            pack: "timed".into()
        })
    );
    let mut changed = pack.clone();
    changed
        .questions
        .retain(|q| q.kind() != QuestionKind::Ordering);
    assert_eq!(
        s.check_pack(&changed),
        Err(SessionError::PackChanged {
            question_id: "q-ordering".into()
        })
    );
    assert!(SessionError::PackChanged {
        question_id: "q-ordering".into()
    }
    .to_string()
    .contains("start a new attempt"));
}

#[test]
fn restart_draws_a_fresh_attempt_of_the_same_kind() {
    let pack = fixture("all-kinds");
    let mut s = Session::start(&pack, Mode::Contest, 1, T0, Some(3));
    s.answer(
        &pack,
        correct_answer(s.current_question(&pack).unwrap()),
        T0 + SEC,
    )
    .unwrap();
    let again = s.restart(&pack, 2, T0 + 100 * SEC);
    assert_eq!(again.mode(), Mode::Contest);
    assert_eq!(again.len(), 3);
    assert_eq!(again.answered_count(), 0);
    assert_eq!(again.started_ms(), T0 + 100 * SEC);
    assert_eq!(again.seed(), 2);
    assert_eq!(again.position(), 1);
}

#[test]
fn slot_states_read_back_from_their_stored_form() {
    use halol::engine::scoring::Answer;
    let states = [
        SlotState::Open,
        SlotState::Answered {
            answer: Answer::Bool(true),
            answered_ms: 12,
            time_ms: 3,
        },
        SlotState::Answered {
            answer: Answer::Order(vec!["b".into(), "a".into()]),
            answered_ms: 1_760_000_000_000,
            time_ms: 0,
        },
        SlotState::TimedOut { at_ms: 99 },
    ];
    let stored: Vec<String> = states
        .iter()
        .map(|s| serde_json::to_string(s).unwrap())
        .collect();
    assert_eq!(
        stored,
        [
            r#"{"kind":"open"}"#,
            r#"{"kind":"answered","answer":{"bool":true},"answered_ms":12,"time_ms":3}"#,
            r#"{"kind":"answered","answer":{"order":["b","a"]},"answered_ms":1760000000000,"time_ms":0}"#,
            r#"{"kind":"timed_out","at_ms":99}"#,
        ]
    );
    for (state, json) in states.iter().zip(&stored) {
        assert_eq!(&serde_json::from_str::<SlotState>(json).unwrap(), state);
    }
    // The tag may come anywhere; a missing field or an unknown kind is an error that says so.
    assert_eq!(
        serde_json::from_str::<SlotState>(r#"{"at_ms":5,"kind":"timed_out"}"#).unwrap(),
        SlotState::TimedOut { at_ms: 5 }
    );
    let error = |json: &str| {
        serde_json::from_str::<SlotState>(json)
            .unwrap_err()
            .to_string()
    };
    assert!(
        error(r#"{"kind":"answered","answer":{"bool":true},"time_ms":1}"#)
            .starts_with("missing field `answered_ms`")
    );
    assert!(error(r#"{"kind":"timed_out"}"#).starts_with("missing field `at_ms`"));
    assert!(error(r#"{"kind":"skipped"}"#).starts_with("unknown variant `skipped`"));
    assert!(error(r#"{"answer":{"bool":true}}"#).starts_with("missing field `kind`"));
}
