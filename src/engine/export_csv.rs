//! CSV exports of a contest: the ranking (place, name, class, school, score, maximum, time, then
//! one column per question) and the per-question analytics, with column headers in the teacher's
//! language.
//!
//! The files are written by the shared [`csv`](super::csv) helpers: RFC 4180, a UTF-8 byte order
//! mark, text cells guarded against formula injection, numbers with a decimal point; times are
//! whole seconds.
//!
//! An answer cell reads: the answer (`b`; `a;c` for several options; `true`/`false`; `c>a>b` for
//! an order), then ` ✓` when it earned every point, ` ✗` when none, or the fraction earned in
//! parentheses; empty when unanswered, `⏱` when the question's time ran out.

use super::csv::{number, seconds, Csv};
use super::import::GradedAnswer;
use super::ranking::{question_columns, QuestionStats, RankRow};
use super::scoring::Answer;
use super::text::Lang;

pub use super::csv::{text, BOM};

/// The column headers of both exports in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Headers {
    /// Place in the ranking.
    pub place: &'static str,
    /// The student's name.
    pub name: &'static str,
    /// The class.
    pub class: &'static str,
    /// The school.
    pub school: &'static str,
    /// The score.
    pub score: &'static str,
    /// The maximum score.
    pub max: &'static str,
    /// The total time in seconds.
    pub time: &'static str,
    /// The question's number in the pack's order.
    pub number: &'static str,
    /// The question id.
    pub question: &'static str,
    /// How many students had the question.
    pub students: &'static str,
    /// How many answered it.
    pub answered: &'static str,
    /// The share fully correct, in percent.
    pub share_correct: &'static str,
    /// The wrong option chosen most often.
    pub wrong_option: &'static str,
    /// How many chose it.
    pub wrong_count: &'static str,
    /// The average time in seconds.
    pub average_time: &'static str,
}

/// The headers in every language (the table to extend when a language is added).
pub const HEADERS: [(Lang, Headers); 4] = [
    (
        Lang::UzLatn,
        Headers {
            place: "Oʻrin",
            name: "Ism",
            class: "Sinf",
            school: "Maktab",
            score: "Ball",
            max: "Maksimum",
            time: "Vaqt, s",
            number: "№",
            question: "Savol",
            students: "Oʻquvchilar",
            answered: "Javob berdi",
            share_correct: "Toʻgʻri, %",
            wrong_option: "Eng koʻp tanlangan notoʻgʻri javob",
            wrong_count: "Necha marta",
            average_time: "Oʻrtacha vaqt, s",
        },
    ),
    (
        Lang::UzCyrl,
        Headers {
            place: "Ўрин",
            name: "Исм",
            class: "Синф",
            school: "Мактаб",
            score: "Балл",
            max: "Максимум",
            time: "Вақт, с",
            number: "№",
            question: "Савол",
            students: "Ўқувчилар",
            answered: "Жавоб берди",
            share_correct: "Тўғри, %",
            wrong_option: "Энг кўп танланган нотўғри жавоб",
            wrong_count: "Неча марта",
            average_time: "Ўртача вақт, с",
        },
    ),
    (
        Lang::Ru,
        Headers {
            place: "Место",
            name: "Имя",
            class: "Класс",
            school: "Школа",
            score: "Баллы",
            max: "Максимум",
            time: "Время, с",
            number: "№",
            question: "Вопрос",
            students: "Учеников",
            answered: "Ответили",
            share_correct: "Верно, %",
            wrong_option: "Самый частый неверный ответ",
            wrong_count: "Сколько раз",
            average_time: "Среднее время, с",
        },
    ),
    (
        Lang::En,
        Headers {
            place: "Place",
            name: "Name",
            class: "Class",
            school: "School",
            score: "Score",
            max: "Max",
            time: "Time, s",
            number: "No.",
            question: "Question",
            students: "Students",
            answered: "Answered",
            share_correct: "Correct, %",
            wrong_option: "Most chosen wrong answer",
            wrong_count: "Times chosen",
            average_time: "Average time, s",
        },
    ),
];

/// The headers in `lang`.
pub fn headers(lang: Lang) -> &'static Headers {
    &HEADERS
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("HEADERS has a row for every Lang (tests/contest_export.rs checks it)")
        .1
}

/// The ranking as CSV: one row per student in ranking order, the question columns headed by
/// their ids ([`question_columns`]: pack order; with several contests merged, every question any
/// of them asked, a cell left empty for a student who did not have it).
pub fn ranking_csv(rows: &[RankRow], lang: Lang) -> String {
    let h = headers(lang);
    let questions = question_columns(rows);
    let mut out = Csv::new();
    let mut header = vec![h.place, h.name, h.class, h.school, h.score, h.max, h.time];
    header.extend(questions.iter().copied());
    out.header(&header);
    for row in rows {
        let mut cells = vec![
            row.place.to_string(),
            text(&row.student.name),
            text(row.student.class.as_deref().unwrap_or("")),
            text(row.student.school.as_deref().unwrap_or("")),
            number(row.score),
            number(row.max),
            seconds(row.duration_ms as f64),
        ];
        cells.extend(questions.iter().map(|q| {
            row.answers
                .iter()
                .find(|a| a.question_id == *q)
                .map_or_else(String::new, |a| text(&answer_cell(a)))
        }));
        out.row(&cells);
    }
    out.finish()
}

/// The per-question analytics as CSV, one row per question.
pub fn analytics_csv(stats: &[QuestionStats], lang: Lang) -> String {
    let h = headers(lang);
    let mut out = Csv::new();
    out.header(&[
        h.number,
        h.question,
        h.students,
        h.answered,
        h.share_correct,
        h.wrong_option,
        h.wrong_count,
        h.average_time,
    ]);
    for (i, s) in stats.iter().enumerate() {
        let cells = vec![
            (i + 1).to_string(),
            text(&s.question_id),
            s.students.to_string(),
            s.answered.to_string(),
            number(s.share_correct * 100.0),
            s.most_chosen_wrong
                .as_ref()
                .map_or_else(String::new, |w| text(&w.option)),
            s.most_chosen_wrong
                .as_ref()
                .map_or_else(String::new, |w| w.count.to_string()),
            seconds(s.average_time_ms),
        ];
        out.row(&cells);
    }
    out.finish()
}

/// An answer as the ranking shows it (see the module doc).
pub fn answer_cell(a: &GradedAnswer) -> String {
    let Some(answer) = &a.answer else {
        return if a.timed_out {
            "⏱".to_string()
        } else {
            String::new()
        };
    };
    let given = match answer {
        Answer::Choice(id) => id.clone(),
        Answer::Choices(ids) => ids.iter().cloned().collect::<Vec<_>>().join(";"),
        Answer::Bool(b) => b.to_string(),
        Answer::Order(ids) => ids.join(">"),
    };
    if a.fraction >= 1.0 {
        format!("{given} ✓")
    } else if a.fraction <= 0.0 {
        format!("{given} ✗")
    } else {
        format!("{given} ({})", number(a.fraction))
    }
}
