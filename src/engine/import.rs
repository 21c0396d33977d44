//! The teacher collecting results: each record file or QR series is read, its seal checked, its
//! contest compared, its answers **re-graded against the pack** (the score in the record is never
//! read), and it is either accepted into the contest's [`Collection`] or reported with its
//! reason. Nothing is dropped silently:
//!
//! - accepted: added, with its re-graded result;
//! - duplicate (the same student, by normalised name, class, school and student id, already
//!   there): added too, and both flagged until the teacher keeps one
//!   ([`Collection::resolve_duplicate`]);
//! - already imported (the very same sealed record scanned or opened again): reported, not added
//!   twice;
//! - rejected: tampered (the seal does not match), wrong contest, unreadable (with the reason),
//!   or answers to questions that are not in this contest.

use super::contest_code::{self, contest_questions, ContestCodeError, ContestSettings};
use super::pack::Pack;
use super::result_record::{ImportError, ResultRecord, Student};
use super::scoring;
use super::text::match_key;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The number of a record in its collection (unique within it, never reused).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RecordId(pub u64);

/// One question of a record, re-graded against the pack: the same outcome a student's own
/// session reports, computed by the teacher's app from the record's answers.
pub type GradedAnswer = super::session::QuestionOutcome;

/// A record's result as the teacher's app computes it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Graded {
    /// Points earned.
    pub score: f64,
    /// Points possible.
    pub max: f64,
    /// From start to finish, ms (breaks ties; never adds points).
    pub duration_ms: u64,
    /// One per contest question, in pack order (the same columns for every student).
    pub answers: Vec<GradedAnswer>,
}

/// A record kept in a collection.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// Its number in the collection.
    pub id: RecordId,
    /// The record as handed in.
    pub record: ResultRecord,
    /// Its re-graded result.
    pub graded: Graded,
    /// Whether another record of the same student is in the collection too (the teacher
    /// chooses with [`Collection::resolve_duplicate`]).
    pub duplicate: bool,
}

/// The records accepted for one contest, in the order they were imported.
#[derive(Clone, Debug, PartialEq)]
pub struct Collection {
    contest: String,
    settings: ContestSettings,
    entries: Vec<Entry>,
    next_id: u64,
}

/// Why a record was not accepted. Messages are for the teacher.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Rejection {
    /// The seal does not match: the file was edited after the phone made it.
    #[error(
        "the result of {name} was changed after it was made (an answer, time, name or score was \
         edited), so it was not counted; ask {name} to hand in the result from the phone again"
    )]
    Tampered {
        /// The name in the record (as it reads now).
        name: String,
    },
    /// The record is for another contest.
    #[error(
        "the result of {name} is for the contest {found}, not for this one ({expected}); import it \
         into its own contest"
    )]
    WrongContest {
        /// The name in the record.
        name: String,
        /// The record's contest code.
        found: String,
        /// This collection's contest code.
        expected: String,
    },
    /// The file or QR series cannot be read.
    #[error("{0}")]
    Unreadable(#[from] ImportError),
    /// The record answers questions that are not in this contest (or one twice).
    #[error(
        "the result of {name} answers questions that are not in this contest ({questions}); it \
         was probably made with a different version of the quiz, so it was not counted"
    )]
    OtherQuestions {
        /// The name in the record.
        name: String,
        /// The unexpected question ids, comma-separated.
        questions: String,
    },
}

/// What importing one record did.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportOutcome {
    /// Added to the collection.
    Accepted {
        /// Its number.
        id: RecordId,
        /// Its re-graded score.
        score: f64,
        /// The maximum.
        max: f64,
    },
    /// Added, but the same student was already there: every record of that student is flagged
    /// until the teacher keeps one.
    Duplicate {
        /// Its number.
        id: RecordId,
        /// The records of the same student already in the collection.
        others: Vec<RecordId>,
    },
    /// This exact record (same seal) is already in the collection; not added again.
    AlreadyImported {
        /// The record already there.
        id: RecordId,
    },
    /// Not added, with the reason.
    Rejected(Rejection),
}

/// Why [`Collection::resolve_duplicate`] could not act.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ResolveError {
    /// No record with that number.
    #[error("there is no result number {0} in this contest any more")]
    NoSuchRecord(u64),
    /// The record has no duplicate.
    #[error("result number {0} has no duplicate to choose from")]
    NotADuplicate(u64),
}

impl Collection {
    /// An empty collection for the contest with this code (any typed form).
    pub fn new(contest_code: &str) -> Result<Collection, ContestCodeError> {
        Ok(Collection {
            settings: contest_code::parse(contest_code)?,
            contest: contest_code::normalize(contest_code)?,
            entries: Vec::new(),
            next_id: 1,
        })
    }

    /// The contest code, canonical.
    pub fn contest(&self) -> &str {
        &self.contest
    }

    /// The contest's settings.
    pub fn settings(&self) -> &ContestSettings {
        &self.settings
    }

    /// Every record kept, in import order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The record with this number.
    pub fn entry(&self, id: RecordId) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// How many records are kept.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no record is kept yet.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Keeps the record `keep` and removes the other records of the same student. Returns the
    /// numbers removed.
    pub fn resolve_duplicate(&mut self, keep: RecordId) -> Result<Vec<RecordId>, ResolveError> {
        let kept = self.entry(keep).ok_or(ResolveError::NoSuchRecord(keep.0))?;
        if !kept.duplicate {
            return Err(ResolveError::NotADuplicate(keep.0));
        }
        let key = student_key(&kept.record.student);
        let removed: Vec<RecordId> = self
            .entries
            .iter()
            .filter(|e| e.id != keep && student_key(&e.record.student) == key)
            .map(|e| e.id)
            .collect();
        self.entries.retain(|e| !removed.contains(&e.id));
        if let Some(e) = self.entries.iter_mut().find(|e| e.id == keep) {
            e.duplicate = false;
        }
        Ok(removed)
    }
}

/// Imports one result file (its bytes: UTF-8 JSON, with or without a byte order mark) into
/// `collection`, re-grading it against `pack` (the contest's pack).
pub fn import(input: &[u8], pack: &Pack, collection: &mut Collection) -> ImportOutcome {
    match ResultRecord::from_bytes(input) {
        Ok(record) => import_record(record, pack, collection),
        Err(e) => ImportOutcome::Rejected(Rejection::Unreadable(e)),
    }
}

/// Imports one result from its scanned QR texts (any order).
pub fn import_qr(chunks: &[String], pack: &Pack, collection: &mut Collection) -> ImportOutcome {
    match ResultRecord::from_qr_chunks(chunks) {
        Ok(record) => import_record(record, pack, collection),
        Err(e) => ImportOutcome::Rejected(Rejection::Unreadable(e)),
    }
}

/// Imports a record already read: checks the seal, the contest and the questions, re-grades it
/// and adds it (see the module doc for the outcomes).
pub fn import_record(
    record: ResultRecord,
    pack: &Pack,
    collection: &mut Collection,
) -> ImportOutcome {
    let name = record.student.name.clone();
    if !record.verify() {
        return ImportOutcome::Rejected(Rejection::Tampered { name });
    }
    if record.contest != collection.contest {
        return ImportOutcome::Rejected(Rejection::WrongContest {
            name,
            found: contest_code::group(&record.contest),
            expected: contest_code::group(&collection.contest),
        });
    }
    if let Some(same) = collection
        .entries
        .iter()
        .find(|e| e.record.seal == record.seal)
    {
        return ImportOutcome::AlreadyImported { id: same.id };
    }
    let graded = match grade(&record, pack, &collection.settings) {
        Ok(g) => g,
        Err(questions) => {
            return ImportOutcome::Rejected(Rejection::OtherQuestions { name, questions });
        }
    };
    let id = RecordId(collection.next_id);
    collection.next_id += 1;
    let key = student_key(&record.student);
    let mut others = Vec::new();
    for e in &mut collection.entries {
        if student_key(&e.record.student) == key {
            e.duplicate = true;
            others.push(e.id);
        }
    }
    let (score, max) = (graded.score, graded.max);
    collection.entries.push(Entry {
        id,
        record,
        graded,
        duplicate: !others.is_empty(),
    });
    if others.is_empty() {
        ImportOutcome::Accepted { id, score, max }
    } else {
        ImportOutcome::Duplicate { id, others }
    }
}

/// Re-grades `record` against `pack`: one answer per contest question (in pack order), a
/// question missing from the record counts as unanswered. The record's own score is not read.
/// Errors with the comma-separated ids of answers to questions outside the contest (or repeated).
pub fn grade(
    record: &ResultRecord,
    pack: &Pack,
    settings: &ContestSettings,
) -> Result<Graded, String> {
    let questions = if pack.id == settings.pack_id {
        contest_questions(pack, settings)
    } else {
        Vec::new()
    };
    let mut seen = BTreeSet::new();
    let strays: Vec<&str> = record
        .answers
        .iter()
        .filter(|a| !questions.contains(&a.question) || !seen.insert(a.question.as_str()))
        .map(|a| a.question.as_str())
        .collect();
    if !strays.is_empty() {
        return Err(strays.join(", "));
    }
    let answers: Vec<GradedAnswer> = questions
        .iter()
        .map(|id| {
            let question = pack
                .question(id)
                .expect("contest_questions names pack questions");
            let given = record.answers.iter().find(|a| &a.question == id);
            let answer = given.and_then(|a| a.answer.clone());
            let fraction = answer.as_ref().map_or(0.0, |a| scoring::score(question, a));
            GradedAnswer {
                question_id: id.clone(),
                fraction,
                points: question.points,
                earned: question.points * fraction,
                time_ms: given.map_or(0, |a| a.time_ms),
                timed_out: given.is_some_and(|a| a.timed_out),
                answer,
            }
        })
        .collect();
    Ok(Graded {
        score: answers.iter().map(|a| a.earned).sum(),
        max: answers.iter().map(|a| a.points).sum(),
        duration_ms: record.duration_ms(),
        answers,
    })
}

/// The key that says two records are the same student: name, class, school and student id,
/// each transliterated to Latin, lower-cased, apostrophes (`'`, `ʻ`, `’` …) left out, and only
/// letters and digits kept (words separated by one space): `Oʻrinboy  Aliyev`, `o'rinboy aliyev`
/// and `Ўринбой Алиев` are the same.
pub fn student_key(student: &Student) -> String {
    let norm = match_key;
    let opt = |s: &Option<String>| s.as_deref().map(norm).unwrap_or_default();
    format!(
        "{}|{}|{}|{}",
        norm(&student.name),
        opt(&student.class),
        opt(&student.school),
        opt(&student.student_id)
    )
}
