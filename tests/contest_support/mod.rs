//! Shared helpers of the `contest_*` tests: the real packs, finished contest sessions and sealed
//! records made from them.

#![allow(dead_code)]

use halol::engine::contest_code::{contest_session, parse, ContestSettings};
use halol::engine::import::{import, Collection, ImportOutcome};
use halol::engine::pack::{parse_pack, Pack, Question};
use halol::engine::result_record::{ResultRecord, Student};
use halol::engine::scoring::{correct_answer, score, Answer};
use halol::engine::session::Session;

/// A fixed start time (ms since the epoch).
pub const T0: u64 = 1_760_000_000_000;
/// One second in ms.
pub const SEC: u64 = 1000;

/// A bundled pack from `quizzes/`.
pub fn pack(name: &str) -> Pack {
    let path = format!("{}/quizzes/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let json = std::fs::read_to_string(&path).expect("the bundled pack is readable");
    parse_pack(&format!("{name}.json"), &json).expect("the bundled pack validates")
}

/// A file from `tests/fixtures/contest/`.
pub fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/contest/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).expect("the fixture is readable")
}

/// The answer that earns the least of `question`'s points (0 where possible).
pub fn wrong_answer(question: &Question) -> Answer {
    let candidates: Vec<Answer> = match correct_answer(question) {
        Answer::Bool(b) => vec![Answer::Bool(!b)],
        Answer::Order(mut ids) => {
            ids.reverse();
            vec![Answer::Order(ids)]
        }
        Answer::Choices(_) => vec![Answer::Choices(Default::default())],
        Answer::Choice(_) => question
            .choices()
            .iter()
            .map(|c| Answer::Choice(c.id.clone()))
            .collect(),
    };
    candidates
        .into_iter()
        .min_by(|a, b| score(question, a).total_cmp(&score(question, b)))
        .expect("a question has options")
}

/// What a student does on one question: answer right, wrong, or this answer; or skip it.
#[derive(Clone, Debug)]
pub enum Step {
    Right,
    Wrong,
    Give(Answer),
    Skip,
}

/// A finished contest session: `steps[i]` on the i-th question, each taking `step_secs` seconds (questions beyond the steps are skipped), finished one second after the last.
pub fn play(
    pack: &Pack,
    settings: &ContestSettings,
    student_seed: u64,
    steps: &[Step],
    step_secs: u64,
) -> Session {
    let mut session =
        contest_session(pack, settings, student_seed, T0).expect("the contest's pack");
    let mut now = T0;
    for i in 0..session.len() {
        session.go_to(i, now).expect("the question exists");
        now += step_secs * SEC;
        let question = session.current_question(pack).expect("the question exists");
        let answer = match steps.get(i).cloned().unwrap_or(Step::Skip) {
            Step::Right => Some(correct_answer(question)),
            Step::Wrong => Some(wrong_answer(question)),
            Step::Give(a) => Some(a),
            Step::Skip => None,
        };
        if let Some(answer) = answer {
            session.answer(pack, answer, now).expect("the answer fits");
        }
    }
    session.finish(now + SEC);
    session
}

/// A student with only a name.
pub fn student(name: &str) -> Student {
    Student {
        name: name.to_string(),
        ..Student::default()
    }
}

/// A sealed record of `code` on `pack` by `who`, playing `steps`.
pub fn record(
    pack: &Pack,
    code: &str,
    who: Student,
    student_seed: u64,
    steps: &[Step],
    step_secs: u64,
) -> ResultRecord {
    let settings = parse(code).expect("a valid code");
    let session = play(pack, &settings, student_seed, steps, step_secs);
    ResultRecord::from_session(&session, pack, code, who, "0.1.0-test").expect("a finished session")
}

/// The code of a contest on `pack_id`.
pub fn code(pack_id: &str, seed: u32, count: Option<u8>, minutes: Option<u8>) -> String {
    ContestSettings {
        pack_id: pack_id.to_string(),
        seed,
        question_count: count,
        time_limit_minutes: minutes,
    }
    .code()
    .expect("valid settings")
}

/// One answer of a hand-made record: question, answer, seconds on it, timed out.
pub type Given<'a> = (&'a str, Option<Answer>, u64, bool);

/// A sealed record made by hand (as a phone would), for ranking and analytics examples.
pub fn hand_record(
    code: &str,
    who: Student,
    duration_secs: u64,
    answers: &[Given],
) -> ResultRecord {
    let mut r = ResultRecord {
        contest: code.to_string(),
        student: who,
        started_ms: T0,
        finished_ms: T0 + duration_secs * SEC,
        app_version: "0.1.0-test".into(),
        score: 0.0,
        max: 0.0,
        answers: answers
            .iter()
            .map(
                |(q, a, secs, timed_out)| halol::engine::result_record::RecordAnswer {
                    question: q.to_string(),
                    answer: a.clone(),
                    time_ms: secs * SEC,
                    timed_out: *timed_out,
                },
            )
            .collect(),
        seal: String::new(),
    };
    r.reseal();
    r
}

fn pick(id: &str) -> Option<Answer> {
    Some(Answer::Choice(id.to_string()))
}

fn yes(b: bool) -> Option<Answer> {
    Some(Answer::Bool(b))
}

/// A student of `class` at school `12-maktab`.
pub fn pupil(name: &str, class: &str) -> Student {
    Student {
        name: name.to_string(),
        class: Some(class.to_string()),
        school: Some("12-maktab".to_string()),
        student_id: None,
    }
}

/// The hand-computed example on `namuna` (law-419-date: `a` right; law-419-giver: `true` right;
/// school-exam-gift: `a` 1, `b` 0.5, `c` 0), in two classes with their own codes:
///
/// | class | student | date | giver | gift | score | time |
/// |---|---|---|---|---|---|---|
/// | 9-A | Aziz | a 10s | true 5s | a 20s | 3 | 100 s |
/// | 9-A | Bobur | b 20s | true 5s | b 40s | 1.5 | 80 s |
/// | 9-A | Dilnoza | a 30s | false 15s | a 20s | 2 | 90 s |
/// | 9-A | Nodir | a 10s | true 5s | c 40s | 2 | 70 s |
/// | 9-B | Kamola | a 30s | false 15s | a 20s | 2 | 90 s |
/// | 9-B | Sardor | b 20s | timed out 30s | b 40s | 0.5 | 50 s |
pub fn two_classes() -> (Pack, Collection, Collection) {
    let sample = pack("namuna");
    let (code_a, code_b) = (
        code("namuna", 100, None, None),
        code("namuna", 200, None, None),
    );
    let (mut a, mut b) = (
        Collection::new(&code_a).unwrap(),
        Collection::new(&code_b).unwrap(),
    );
    let rows: Vec<(&str, &str, u64, [Given; 3])> = vec![
        (
            "9-A",
            "Aziz",
            100,
            [
                ("law-419-date", pick("a"), 10, false),
                ("law-419-giver", yes(true), 5, false),
                ("school-exam-gift", pick("a"), 20, false),
            ],
        ),
        (
            "9-A",
            "Bobur",
            80,
            [
                ("law-419-date", pick("b"), 20, false),
                ("law-419-giver", yes(true), 5, false),
                ("school-exam-gift", pick("b"), 40, false),
            ],
        ),
        (
            "9-A",
            "Dilnoza",
            90,
            [
                ("law-419-date", pick("a"), 30, false),
                ("law-419-giver", yes(false), 15, false),
                ("school-exam-gift", pick("a"), 20, false),
            ],
        ),
        (
            "9-A",
            "Nodir",
            70,
            [
                ("school-exam-gift", pick("c"), 40, false),
                ("law-419-date", pick("a"), 10, false),
                ("law-419-giver", yes(true), 5, false),
            ],
        ),
        (
            "9-B",
            "Kamola",
            90,
            [
                ("law-419-giver", yes(false), 15, false),
                ("law-419-date", pick("a"), 30, false),
                ("school-exam-gift", pick("a"), 20, false),
            ],
        ),
        (
            "9-B",
            "Sardor",
            50,
            [
                ("law-419-date", pick("b"), 20, false),
                ("law-419-giver", None, 30, true),
                ("school-exam-gift", pick("b"), 40, false),
            ],
        ),
    ];
    for (class, name, secs, answers) in rows {
        let (code, collection) = if class == "9-A" {
            (&code_a, &mut a)
        } else {
            (&code_b, &mut b)
        };
        let outcome = import(
            hand_record(code, pupil(name, class), secs, &answers)
                .to_json()
                .as_bytes(),
            &sample,
            collection,
        );
        assert!(
            matches!(outcome, ImportOutcome::Accepted { .. }),
            "{name}: {outcome:?}"
        );
    }
    (sample, a, b)
}
