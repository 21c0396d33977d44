//! The idea contest: students (alone or in a team) write an idea against corruption on their
//! phones, an organizer collects the sealed idea files, gives each an anonymous code and hands a
//! **jury pack** to the jurors, each juror scores every idea on the rubric and hands back a
//! **score sheet**, and the organizer merges the sheets into a ranking, reveals the authors and
//! exports a spreadsheet.
//!
//! ```text
//!  quizzes/ideas/idea-contest.json ──▶ config::IdeaContest (categories, rubric, limits)
//!  student:   IdeaDraft ──validate_draft──▶ IdeaRecord::submit ──▶ idea file / QR series
//!  organizer: IdeaBox::import (every file, a reason for each one refused)
//!             JuryPack::build(seed) ──▶ jury pack file (codes G-01…, no authors) + JuryAssignment
//!  juror:     ScoreSheet (marks, comments) ──finish──▶ score sheet file
//!  organizer: JuryResults::import ──▶ idea_ranking ──▶ idea_ranking_csv / idea_xlsx
//! ```
//!
//! Every file that travels between devices is versioned JSON (`{"v": 1, "file": "halol-…", …}`)
//! sealed with its own HMAC key (`engine::seal`), so one kind never verifies as another, and the
//! `file` field tells the organizer that a jury pack was dropped where idea files were expected.
//! Everything here is pure: times and seeds are passed in.

pub mod config;
pub mod draft;
pub mod export;
pub mod inbox;
pub mod jury;
pub mod merge;
pub mod record;
pub mod score_sheet;

pub use config::{
    Bounds, Category, ConfigError, ConfigProblem, Criterion, IdeaContest, Limits, Rubric,
};
pub use draft::{length, validate_draft, Author, DraftProblem, IdeaDraft, IdeaField, ProblemKind};
pub use export::{idea_headers, idea_ranking_csv, idea_xlsx, IdeaHeaders, IDEA_HEADERS};
pub use inbox::{IdeaBox, IdeaImport, IdeaRejection};
pub use jury::{assign_codes, CodeEntry, JuryAssignment, JuryError, JuryIdea, JuryPack};
pub use merge::{
    idea_ranking, juror_total, IdeaRankRow, JurorComment, JuryResults, KeptSheet, SheetId,
    SheetImport, SheetRejection, SheetResolveError,
};
pub use record::IdeaRecord;
pub use score_sheet::{Completeness, IdeaScore, MarkError, MissingMarks, ScoreSheet, SheetError};

use super::qr_series::SeriesError;
use serde_json::Value;

/// The kinds of Halol files an organizer or a juror may be handed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// A student's idea (`"file": "halol-idea"`).
    Idea,
    /// An organizer's jury pack (`"file": "halol-jury-pack"`).
    JuryPack,
    /// A juror's score sheet (`"file": "halol-scores"`).
    ScoreSheet,
    /// A classroom quiz result (the result record, which has no `file` field).
    QuizResult,
    /// Anything else.
    Other,
}

impl FileKind {
    /// The value of the `file` field of this kind (`None` for the kinds that have none).
    pub fn tag(self) -> Option<&'static str> {
        match self {
            FileKind::Idea => Some("halol-idea"),
            FileKind::JuryPack => Some("halol-jury-pack"),
            FileKind::ScoreSheet => Some("halol-scores"),
            FileKind::QuizResult | FileKind::Other => None,
        }
    }

    /// What a JSON value is: by its `file` field, or a quiz result by its shape.
    pub fn of(value: &Value) -> FileKind {
        let Some(object) = value.as_object() else {
            return FileKind::Other;
        };
        match object.get("file").and_then(Value::as_str) {
            Some(tag) => [FileKind::Idea, FileKind::JuryPack, FileKind::ScoreSheet]
                .into_iter()
                .find(|k| k.tag() == Some(tag))
                .unwrap_or(FileKind::Other),
            None if object.contains_key("student") && object.contains_key("answers") => {
                FileKind::QuizResult
            }
            None => FileKind::Other,
        }
    }

    /// The kind in words, with its article (`an idea`, `a jury pack` …).
    fn describe(self) -> &'static str {
        match self {
            FileKind::Idea => "an idea",
            FileKind::JuryPack => "a jury pack",
            FileKind::ScoreSheet => "a juror's score sheet",
            FileKind::QuizResult => "a quiz result",
            FileKind::Other => "not a Halol file",
        }
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.describe())
    }
}

/// Why an idea file, a jury pack or a score sheet cannot be read. Messages are for the person
/// opening it (organizer or juror).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdeaFileError {
    /// The bytes are not UTF-8 text.
    #[error("this file is not {expected} (it is not text); ask for the file again")]
    NotText {
        /// What was expected.
        expected: FileKind,
    },
    /// The text is not JSON.
    #[error("this file is not {expected} or it is cut off ({message}); ask for the file again")]
    NotJson {
        /// What was expected.
        expected: FileKind,
        /// The parser's message, with line and column.
        message: String,
    },
    /// Another kind of file.
    #[error("{}", wrong_kind(*expected, *found))]
    WrongKind {
        /// What was expected.
        expected: FileKind,
        /// What the file is.
        found: FileKind,
    },
    /// A version this app does not read.
    #[error(
        "this file was made by a newer version of Halol (format {found}, this app reads up to \
         {newest}); update the app to open it"
    )]
    UnknownVersion {
        /// The version found.
        found: u64,
        /// The newest version this app reads.
        newest: u64,
    },
    /// The right kind of file, but damaged or edited out of shape.
    #[error("this file is damaged ({message}); ask for the file again")]
    Malformed {
        /// What does not fit.
        message: String,
    },
    /// The QR series does not make a file.
    #[error("{0}")]
    Qr(#[from] SeriesError),
}

fn wrong_kind(expected: FileKind, found: FileKind) -> String {
    match found {
        FileKind::Other => format!("this file is not {expected} (it is not a Halol file)"),
        found => format!("this file is {found}, not {expected}; open it where it belongs"),
    }
}

/// Reads a file's bytes as text (a byte order mark is dropped).
fn file_text(bytes: &[u8], expected: FileKind) -> Result<&str, IdeaFileError> {
    let text = std::str::from_utf8(bytes).map_err(|_| IdeaFileError::NotText { expected })?;
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Parses a file's text, checks its kind and reads its version. The body is then read by the
/// caller for that version.
fn read_file(json: &str, expected: FileKind, newest: u64) -> Result<(u64, Value), IdeaFileError> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let value: Value = serde_json::from_str(json).map_err(|e| IdeaFileError::NotJson {
        expected,
        message: e.to_string(),
    })?;
    let found = FileKind::of(&value);
    if found != expected {
        return Err(IdeaFileError::WrongKind { expected, found });
    }
    let version = value
        .get("v")
        .ok_or_else(|| malformed("the version number `v` is missing"))?
        .as_u64()
        .ok_or_else(|| malformed("the version number `v` is not a whole number"))?;
    if version == 0 || version > newest {
        return Err(IdeaFileError::UnknownVersion {
            found: version,
            newest,
        });
    }
    Ok((version, value))
}

/// Reads the body of a value whose kind and version are known.
fn body<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, IdeaFileError> {
    serde_json::from_value(value).map_err(|e| IdeaFileError::Malformed {
        message: e.to_string(),
    })
}

fn malformed(message: &str) -> IdeaFileError {
    IdeaFileError::Malformed {
        message: message.to_string(),
    }
}
