//! Shared helpers of the `contest_*` tests: the real packs, finished contest sessions and sealed
//! records made from them.

#![allow(dead_code)]

use halol::engine::contest_code::{contest_session, parse, ContestSettings};
use halol::engine::pack::{parse_pack, Pack, Question};
use halol::engine::result_record::{ResultRecord, Student};
use halol::engine::scoring::{correct_answer, score, Answer};
use halol::engine::session::Session;
use std::collections::BTreeSet;

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
        Answer::Choices(_) => vec![Answer::Choices(BTreeSet::new())],
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
