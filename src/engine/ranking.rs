//! The ranking of a contest and its per-question analytics, over one collection or many merged
//! (several classes → one school ranking, for organizers).
//!
//! Ranking: the higher re-graded score first, then the shorter total time (start to finish);
//! equal in both, students share the place, in standard competition ranking ("1, 2, 2, 4").
//! Scores are compared to the thousandth, so sums of fractions such as 0.1 + 0.2 and 0.3 tie.
//! Time never adds points; it only breaks ties.

use super::import::{Collection, GradedAnswer, RecordId};
use super::pack::{Pack, QuestionBody};
use super::result_record::Student;
use super::scoring::Answer;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// One line of the ranking.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RankRow {
    /// The place, from 1; equal students share it and the next place is skipped.
    pub place: usize,
    /// The contest code the record belongs to (canonical).
    pub contest: String,
    /// The record's number in its collection.
    pub id: RecordId,
    /// Who.
    pub student: Student,
    /// The re-graded score.
    pub score: f64,
    /// The maximum.
    pub max: f64,
    /// From start to finish, ms.
    pub duration_ms: u64,
    /// Whether another record of the same student is still waiting for the teacher's choice.
    pub duplicate: bool,
    /// Every contest question, in pack order.
    pub answers: Vec<GradedAnswer>,
}

/// The question ids of the per-question columns of a ranking's exports: every question any row
/// has, in the order first met (one contest: its pack order; several contests with different
/// question subsets of one pack: each question once).
pub fn question_columns(rows: &[RankRow]) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    rows.iter()
        .flat_map(|r| r.answers.iter().map(|a| a.question_id.as_str()))
        .filter(|q| seen.insert(*q))
        .collect()
}

/// The ranking of every record of `collections` together.
pub fn rank(collections: &[&Collection]) -> Vec<RankRow> {
    let mut rows: Vec<RankRow> = collections
        .iter()
        .flat_map(|c| {
            c.entries().iter().map(|e| RankRow {
                place: 0,
                contest: c.contest().to_string(),
                id: e.id,
                student: e.record.student.clone(),
                score: e.graded.score,
                max: e.graded.max,
                duration_ms: e.graded.duration_ms,
                duplicate: e.duplicate,
                answers: e.graded.answers.clone(),
            })
        })
        .collect();
    rows.sort_by(|a, b| {
        compare(a, b)
            .then_with(|| a.student.name.cmp(&b.student.name))
            .then_with(|| a.contest.cmp(&b.contest))
            .then_with(|| a.id.cmp(&b.id))
    });
    for i in 0..rows.len() {
        rows[i].place = if i > 0 && compare(&rows[i - 1], &rows[i]) == Ordering::Equal {
            rows[i - 1].place
        } else {
            i + 1
        };
    }
    rows
}

/// Better first: higher score (to the thousandth), then less time.
fn compare(a: &RankRow, b: &RankRow) -> Ordering {
    milli(b.score)
        .cmp(&milli(a.score))
        .then(a.duration_ms.cmp(&b.duration_ms))
}

fn milli(x: f64) -> i64 {
    (x * 1000.0).round() as i64
}

/// The wrong option chosen most often for a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct WrongChoice {
    /// The option id (`true` or `false` for a true/false question).
    pub option: String,
    /// How many students chose it.
    pub count: usize,
}

/// How the class did on one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionStats {
    /// The question id.
    pub question_id: String,
    /// How many students had the question.
    pub students: usize,
    /// How many answered it.
    pub answered: usize,
    /// How many earned all its points.
    pub fully_correct: usize,
    /// `fully_correct / students` (0 when nobody had it).
    pub share_correct: f64,
    /// The wrong option chosen most often (the first in pack order on a tie); `None` when no
    /// wrong option was chosen, and for ordering questions.
    pub most_chosen_wrong: Option<WrongChoice>,
    /// The average time on the question over the students who had it, ms.
    pub average_time_ms: f64,
}

/// Per-question analytics over every record of `collections`, in `pack` order, for the questions
/// at least one student had. A wrong option is: a chosen option of a single or situation question
/// that does not earn every point, a chosen option of a multiple question whose weight is not
/// positive, and the wrong value (`true`/`false`) of a true/false question.
pub fn analytics(pack: &Pack, collections: &[&Collection]) -> Vec<QuestionStats> {
    let all: Vec<&GradedAnswer> = collections
        .iter()
        .flat_map(|c| c.entries())
        .flat_map(|e| &e.graded.answers)
        .collect();
    pack.questions
        .iter()
        .filter_map(|q| {
            let had: Vec<&&GradedAnswer> = all.iter().filter(|a| a.question_id == q.id).collect();
            if had.is_empty() {
                return None;
            }
            let students = had.len();
            let fully_correct = had
                .iter()
                .filter(|a| a.answer.is_some() && a.fraction >= 1.0)
                .count();
            let candidates: Vec<String> = match &q.body {
                QuestionBody::TrueFalse { .. } => vec!["true".into(), "false".into()],
                QuestionBody::Ordering { .. } => Vec::new(),
                _ => q.choices().iter().map(|c| c.id.clone()).collect(),
            };
            let wrong_of = |a: &GradedAnswer| -> Vec<String> {
                match (&q.body, &a.answer) {
                    (_, Some(Answer::Choice(id))) if a.fraction < 1.0 => vec![id.clone()],
                    (QuestionBody::Multiple { options }, Some(Answer::Choices(ids))) => options
                        .iter()
                        .filter(|o| o.weight <= 0.0 && ids.contains(&o.choice.id))
                        .map(|o| o.choice.id.clone())
                        .collect(),
                    (_, Some(Answer::Bool(b))) if a.fraction < 1.0 => vec![b.to_string()],
                    _ => Vec::new(),
                }
            };
            let wrong: Vec<String> = had.iter().flat_map(|a| wrong_of(a)).collect();
            let most_chosen_wrong = candidates
                .into_iter()
                .map(|option| {
                    let count = wrong.iter().filter(|w| **w == option).count();
                    WrongChoice { option, count }
                })
                .filter(|w| w.count > 0)
                .fold(None, |best: Option<WrongChoice>, w| match best {
                    Some(b) if b.count >= w.count => Some(b),
                    _ => Some(w),
                });
            Some(QuestionStats {
                question_id: q.id.clone(),
                students,
                answered: had.iter().filter(|a| a.answer.is_some()).count(),
                fully_correct,
                share_correct: fully_correct as f64 / students as f64,
                most_chosen_wrong,
                average_time_ms: had.iter().map(|a| a.time_ms as f64).sum::<f64>()
                    / students as f64,
            })
        })
        .collect()
}
