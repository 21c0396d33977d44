//! Quiz packs: the validated [`Pack`] a session runs on, and [`parse_pack`], which turns one pack
//! file (schema 1, `quizzes/FORMAT.md`) into it or into the list of every problem found.
//!
//! Parsing goes in stages, each of which collects all of its problems before stopping:
//! 1. the text must be JSON (a syntax error is reported with its line and column);
//! 2. the `schema` version must be one this code reads (`1`);
//! 3. the shape must be right: no unknown or misplaced fields, no `null`, every value of the right
//!    JSON type (checked on the untyped JSON, naming each field);
//! 4. the raw serde form ([`raw::RawPack`]) is read and every content rule is checked (ids, counts,
//!    ranges, correct answers, required texts), giving the validated [`Pack`].
//!
//! Later stages run only when the earlier ones found nothing, so a teacher fixes the shape first
//! and then sees the content problems.
//!
//! The student app does not download pack files: the build validates them and writes each one's
//! language editions ([`edition`]), which the app reads without validating again.

pub mod edition;
pub mod raw;
mod shape;
mod validate;

use super::text::LocalizedText;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The pack format version this code reads (the `schema` field).
pub const SCHEMA_VERSION: u64 = 1;

/// What a pack is about; decides, for example, whether every question must name its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PackKind {
    /// Questions on laws and official documents; each question names its `source`.
    Law,
    /// Questions on everyday honesty and ethics.
    Ethics,
    /// A mix of both.
    Mixed,
}

impl PackKind {
    /// Every pack kind, in the order FORMAT.md lists them.
    pub const ALL: [PackKind; 3] = [PackKind::Law, PackKind::Ethics, PackKind::Mixed];

    /// The name used in pack files (`law`, `ethics`, `mixed`).
    pub fn as_str(self) -> &'static str {
        match self {
            PackKind::Law => "law",
            PackKind::Ethics => "ethics",
            PackKind::Mixed => "mixed",
        }
    }

    /// Parses the name used in pack files.
    pub fn parse(name: &str) -> Option<PackKind> {
        PackKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// The kind of a question, as named in pack files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// One correct option.
    Single,
    /// Several weighted options.
    Multiple,
    /// A statement that is true or false.
    TrueFalse,
    /// Items to put in the right order.
    Ordering,
    /// A situation with graded choices and feedback for each.
    Situation,
}

impl QuestionKind {
    /// Every question kind, in the order FORMAT.md lists them (and summaries count them).
    pub const ALL: [QuestionKind; 5] = [
        QuestionKind::Single,
        QuestionKind::Multiple,
        QuestionKind::TrueFalse,
        QuestionKind::Ordering,
        QuestionKind::Situation,
    ];

    /// The name used in pack files (`single`, `multiple`, `true_false`, `ordering`, `situation`).
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionKind::Single => "single",
            QuestionKind::Multiple => "multiple",
            QuestionKind::TrueFalse => "true_false",
            QuestionKind::Ordering => "ordering",
            QuestionKind::Situation => "situation",
        }
    }

    /// Parses the name used in pack files.
    pub fn parse(name: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl fmt::Display for QuestionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A validated quiz pack: every rule of FORMAT.md holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    /// The pack id, equal to its file name without `.json`.
    pub id: String,
    /// What the pack is about.
    pub kind: PackKind,
    /// The title shown in the quiz list.
    pub title: LocalizedText,
    /// One or two sentences for the intro screen.
    pub description: LocalizedText,
    /// Defaults for one attempt.
    pub settings: Settings,
    /// The questions, in pack order (at least one).
    pub questions: Vec<Question>,
}

/// The defaults of a pack for one attempt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// How many questions one attempt draws (at least 1, at most the pack's count); `None`: all.
    pub question_count: Option<usize>,
    /// Total time for a contest attempt, in seconds (greater than 0).
    pub time_limit_secs: Option<u64>,
    /// Time for one question in a contest, in seconds (greater than 0).
    pub question_time_limit_secs: Option<u64>,
}

/// One validated question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Unique within the pack, `[a-z0-9-]+`.
    pub id: String,
    /// The question or the situation.
    pub text: LocalizedText,
    /// Shown after answering: why the answer is right.
    pub explanation: LocalizedText,
    /// The act and article or document (always present in law packs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LocalizedText>,
    /// A topic tag, `[a-z0-9-]+`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// 1 (easy) to 3 (hard).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<u8>,
    /// The weight of the question in the total, greater than 0 (default 1).
    pub points: f64,
    /// What the student answers and what is right.
    pub body: QuestionBody,
}

/// One option of a question (or one item of an ordering question).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// Unique within the question; answers refer to options by this id.
    pub id: String,
    /// The text shown.
    pub text: LocalizedText,
    /// Shown when this option is chosen (always present on situation options, never on items).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<LocalizedText>,
}

/// An option of a `multiple` question with its weight.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeightedChoice {
    /// The option itself.
    pub choice: Choice,
    /// From -1 to 1; the correct options are those with a positive weight.
    pub weight: f64,
}

/// An option of a `situation` question with its score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoredChoice {
    /// The option itself; its `feedback` is always present.
    pub choice: Choice,
    /// From 0 to 1; at least one option of the question scores 1.
    pub score: f64,
}

/// The kind-specific part of a question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionBody {
    /// One correct option among 2 to 6.
    Single {
        /// The options, in pack order.
        options: Vec<Choice>,
        /// The id of the one correct option.
        correct: String,
    },
    /// 2 to 8 weighted options, at least one with a positive weight.
    Multiple {
        /// The options with their weights, in pack order.
        options: Vec<WeightedChoice>,
    },
    /// A statement to judge.
    TrueFalse {
        /// Whether the statement is true.
        answer: bool,
    },
    /// 2 to 6 items to put in order.
    Ordering {
        /// The items **in the correct order**.
        items: Vec<Choice>,
    },
    /// 3 or 4 graded choices with feedback.
    Situation {
        /// The options with their scores, in pack order.
        options: Vec<ScoredChoice>,
    },
}

impl Question {
    /// The kind of this question.
    pub fn kind(&self) -> QuestionKind {
        match self.body {
            QuestionBody::Single { .. } => QuestionKind::Single,
            QuestionBody::Multiple { .. } => QuestionKind::Multiple,
            QuestionBody::TrueFalse { .. } => QuestionKind::TrueFalse,
            QuestionBody::Ordering { .. } => QuestionKind::Ordering,
            QuestionBody::Situation { .. } => QuestionKind::Situation,
        }
    }

    /// The options (or ordering items) in pack order; empty for `true_false`.
    pub fn choices(&self) -> Vec<&Choice> {
        match &self.body {
            QuestionBody::Single { options, .. } => options.iter().collect(),
            QuestionBody::Multiple { options } => options.iter().map(|o| &o.choice).collect(),
            QuestionBody::TrueFalse { .. } => Vec::new(),
            QuestionBody::Ordering { items } => items.iter().collect(),
            QuestionBody::Situation { options } => options.iter().map(|o| &o.choice).collect(),
        }
    }

    /// The options (or ordering items), in pack order, to change.
    pub fn choices_mut(&mut self) -> Vec<&mut Choice> {
        match &mut self.body {
            QuestionBody::Single { options, .. } => options.iter_mut().collect(),
            QuestionBody::Multiple { options } => {
                options.iter_mut().map(|o| &mut o.choice).collect()
            }
            QuestionBody::TrueFalse { .. } => Vec::new(),
            QuestionBody::Ordering { items } => items.iter_mut().collect(),
            QuestionBody::Situation { options } => {
                options.iter_mut().map(|o| &mut o.choice).collect()
            }
        }
    }

    /// The option (or ordering item) with this id.
    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.choices().into_iter().find(|c| c.id == id)
    }
}

impl Pack {
    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// How many questions of each kind the pack holds, in [`QuestionKind::ALL`] order, leaving
    /// out kinds with no question.
    pub fn counts_by_kind(&self) -> Vec<(QuestionKind, usize)> {
        QuestionKind::ALL
            .into_iter()
            .map(|k| (k, self.questions.iter().filter(|q| q.kind() == k).count()))
            .filter(|&(_, n)| n > 0)
            .collect()
    }

    /// A one-line summary, e.g. `3 questions (single 1, true_false 1, situation 1)`.
    pub fn summary(&self) -> String {
        let n = self.questions.len();
        let counts: Vec<String> = self
            .counts_by_kind()
            .into_iter()
            .map(|(k, c)| format!("{k} {c}"))
            .collect();
        let noun = if n == 1 { "question" } else { "questions" };
        format!("{n} {noun} ({})", counts.join(", "))
    }
}

/// One problem found in a pack file, located by file, question and field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file name as given to [`parse_pack`].
    pub file: String,
    /// The question id, or `questions[N]` when the question has no usable id; `None` for problems
    /// of the pack as a whole.
    pub question: Option<String>,
    /// The field, e.g. `options[2].text` or `settings.question_count`; `None` when the problem is
    /// the whole file (invalid JSON).
    pub field: Option<String>,
    /// What is wrong and how to fix it, in plain English.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}: {}: {}",
            self.file,
            self.question.as_deref().unwrap_or("-"),
            self.field.as_deref().unwrap_or("-"),
            self.message
        )
    }
}

/// Every problem found in one pack file (never empty), in a stable order: pack fields first, in
/// FORMAT.md order, then each question in file order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackProblems(pub Vec<Problem>);

impl fmt::Display for PackProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for PackProblems {}

/// Collects problems for one file.
pub(crate) struct Sink {
    file: String,
    problems: Vec<Problem>,
}

impl Sink {
    fn new(file: &str) -> Sink {
        Sink {
            file: file.to_string(),
            problems: Vec::new(),
        }
    }

    /// Records a problem at a question (or the pack when `None`) and a field.
    fn push(&mut self, question: Option<&str>, field: Option<&str>, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.clone(),
            question: question.map(str::to_string),
            field: field.map(str::to_string),
            message: message.into(),
        });
    }

    fn is_empty(&self) -> bool {
        self.problems.is_empty()
    }

    fn into_err(self) -> PackProblems {
        PackProblems(self.problems)
    }
}

/// Parses and validates one pack file. `file_name` locates the problems and must name the pack:
/// its last path component without `.json` has to equal the pack id. Every problem is collected
/// (see the module doc for the stages).
pub fn parse_pack(file_name: &str, json: &str) -> Result<Pack, PackProblems> {
    let mut sink = Sink::new(file_name);
    // A leading byte-order mark is allowed.
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value: serde_json::Value = match serde_json::from_str(json) {
        Ok(value) => value,
        Err(e) => {
            sink.push(None, None, json_syntax_message(&e));
            return Err(sink.into_err());
        }
    };
    if !shape::check_schema_version(&value, &mut sink) {
        return Err(sink.into_err());
    }
    let before_shape = sink.problems.len();
    shape::check(&value, &mut sink);
    if sink.problems.len() > before_shape {
        return Err(sink.into_err());
    }
    let raw = match raw::RawPack::deserialize(&value) {
        Ok(raw) => raw,
        Err(e) => {
            // The shape check accepts only what the raw form reads; this is a safety net.
            sink.push(None, None, format!("the pack could not be read: {e}"));
            return Err(sink.into_err());
        }
    };
    match validate::validate(&raw, pack_stem(file_name), &mut sink) {
        Some(pack) if sink.is_empty() => Ok(pack),
        _ => Err(sink.into_err()),
    }
}

/// The file name without folders and without `.json`.
fn pack_stem(file_name: &str) -> &str {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    base.strip_suffix(".json").unwrap_or(base)
}

/// A sentence for a JSON syntax error, with its line and column.
fn json_syntax_message(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let what = full.strip_suffix(&suffix).unwrap_or(&full);
    format!(
        "this is not valid JSON: {what} (line {}, column {}); look for a missing comma, quote or bracket near there",
        e.line(),
        e.column()
    )
}
