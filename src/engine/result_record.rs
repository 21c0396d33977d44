//! The result record a student hands to the teacher after a classroom contest: the contest code,
//! the student's fields, every answer with its time, the start and finish times, the app version,
//! the score the phone showed, and a seal over all of it. It travels as a JSON file (Telegram, USB)
//! or as a short numbered series of QR codes ([`ResultRecord::to_qr_chunks`]).
//!
//! # The JSON form (version 1)
//!
//! ```json
//! {"v":1,"contest":"14G2Z00M4W",
//!  "student":{"name":"Dilnoza Karimova","class":"9-B","school":"12-maktab"},
//!  "started_ms":1760000000000,"finished_ms":1760000095000,"app_version":"0.1.0",
//!  "score":2.5,"max":3.0,
//!  "answers":[{"question":"law-419-date","answer":{"choice":"a"},"time_ms":21000,"timed_out":false},
//!             {"question":"gift-teacher","answer":null,"time_ms":30000,"timed_out":true}],
//!  "seal":"<64 hex digits>"}
//! ```
//!
//! `class`, `school` and `student_id` are left out when empty; `answer` is the serde form of
//! [`Answer`] (`{"choice": id}`, `{"choices": [ids]}`, `{"bool": b}`, `{"order": [ids]}`) or
//! `null` when the question was skipped or timed out. Unknown fields are refused. The score and
//! maximum (rounded to thousandths) are only what the phone showed: the teacher's import re-grades
//! from the answers and never reads them.
//!
//! # The seal, and its threat model
//!
//! `seal` is HMAC-SHA-256, keyed with a constant built into the app, over the canonical
//! serialization of everything else (the same JSON without `seal`, compact, fields in the order
//! above). Changing any answer, time, name, code or score in the file without recomputing the seal
//! makes the import report the record as tampered.
//!
//! What this stops: casual edits of the file — a student (or a friend) opening the JSON in a text
//! editor to change an answer, shorten a time or fix a score. What it does not stop: the key ships
//! inside every copy of the app, so someone who extracts it from the WebAssembly can seal any record
//! they like; and the packs, with their answers, ship too, so a student can read the answer key
//! before the contest. A client-only app has no secret it can keep from its own user. Re-grading on
//! import means a forged *score* never counts, but forged *answers* with a recomputed seal do: for a
//! contest with stakes, the teacher watches the room, as for a paper test.
//!
//! # The QR form
//!
//! The compact JSON is encoded in base45 (RFC 9285), whose alphabet is QR's alphanumeric set, and
//! cut into parts `HALOL<i>/<n>/<tag>:<data>`: part `i` of `n`, `tag` = the first four hex digits
//! of the seal (upper case), so parts of two students' results are never mixed up. The parts can
//! be scanned in any order; [`ResultRecord::from_qr_chunks`] says which are missing.

use super::contest_code::{self, ContestCodeError};
use super::pack::Pack;
use super::qr_series::{self, join_numbers, SeriesError};
use super::scoring::Answer;
use super::seal::{self, to_json};
use super::session::Session;
use super::versioned::{self, VersionProblem};
use serde::{Deserialize, Serialize};

pub use super::qr_series::{base45_decode, base45_encode, MIN_QR_CHUNK};

/// The newest version of the record form.
pub const RECORD_VERSION: u64 = 1;

/// The prefix of every QR part.
pub const RESULT_QR_PREFIX: &str = "HALOL";

/// The student's own fields, as typed on the phone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Student {
    /// The name (required, not blank).
    pub name: String,
    /// The class, e.g. `9-B`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// The school.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub school: Option<String>,
    /// A student id, when the school uses them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student_id: Option<String>,
}

/// One question of the contest as the student met it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordAnswer {
    /// The question id in the pack.
    pub question: String,
    /// The answer, or `None` when skipped or timed out.
    pub answer: Option<Answer>,
    /// Time spent on the question, ms.
    pub time_ms: u64,
    /// Whether the question's own time ran out.
    pub timed_out: bool,
}

/// A sealed result record. Change a field and [`ResultRecord::verify`] fails until
/// [`ResultRecord::reseal`] (which only the app does) is called.
#[derive(Clone, Debug, PartialEq)]
pub struct ResultRecord {
    /// The contest code, canonical (ten characters, no hyphen).
    pub contest: String,
    /// Who took the contest.
    pub student: Student,
    /// When the contest started on the phone (ms since the epoch).
    pub started_ms: u64,
    /// When it finished (ms since the epoch).
    pub finished_ms: u64,
    /// The version of the app that made the record.
    pub app_version: String,
    /// The score the phone showed (thousandths); never trusted on import.
    pub score: f64,
    /// The maximum the phone showed (thousandths).
    pub max: f64,
    /// Every question of the contest, in the order the student saw them.
    pub answers: Vec<RecordAnswer>,
    /// HMAC-SHA-256 over the rest, 64 lower-case hex digits.
    pub seal: String,
}

/// Why a record cannot be made on the phone.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RecordError {
    /// The session is still running.
    #[error("the contest is not finished yet; finish it to get the result to hand in")]
    NotFinished,
    /// The session ran on another pack than the contest's.
    #[error(
        "this attempt was on the quiz `{session_pack}`, but the contest is on `{contest_pack}`"
    )]
    OtherPack {
        /// The session's pack.
        session_pack: String,
        /// The contest's pack.
        contest_pack: String,
    },
    /// The name is blank.
    #[error("write your name, so the teacher knows whose result this is")]
    NameMissing,
    /// The contest code does not read.
    #[error("the contest code cannot be read: {0}")]
    Code(#[from] ContestCodeError),
}

/// Why a result file or QR series cannot be read. Messages are for the teacher importing it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// The bytes are not UTF-8 text.
    #[error("this file is not a Halol result (it is not text); ask the student to send the result file again")]
    NotText,
    /// The text is not JSON.
    #[error("this file is not a Halol result or it is cut off ({message}); ask the student to send it again")]
    NotJson {
        /// The parser's message, with line and column.
        message: String,
    },
    /// A version this app does not read.
    #[error(
        "this result was made by a newer version of Halol (record format {found}, this app reads \
         up to {RECORD_VERSION}); update the app to import it"
    )]
    UnknownVersion {
        /// The version found.
        found: u64,
    },
    /// JSON, but not the shape of a result record.
    #[error("this file is not a Halol result or it is damaged ({message})")]
    Malformed {
        /// What does not fit.
        message: String,
    },
    /// No QR part was given.
    #[error("no QR code was scanned")]
    NoParts,
    /// A scanned QR code is not part of a Halol result.
    #[error("a scanned QR code is not a Halol result (it starts with `{start}`)")]
    NotAResultCode {
        /// Its first characters.
        start: String,
    },
    /// Parts of different results (or different series) were mixed.
    #[error("these QR codes belong to different results; scan one student's codes at a time")]
    MixedSeries,
    /// Some parts of the series are missing.
    #[error("{} of the {total} QR codes of this result are missing (number {}); scan them too", missing.len(), join_numbers(missing))]
    MissingParts {
        /// The missing part numbers (1-based).
        missing: Vec<usize>,
        /// How many parts the series has.
        total: usize,
    },
    /// The QR data does not decode.
    #[error("the QR codes of this result are damaged; scan them again")]
    BadQrData,
}

impl From<SeriesError> for ImportError {
    fn from(e: SeriesError) -> ImportError {
        match e {
            SeriesError::NoParts => ImportError::NoParts,
            SeriesError::Foreign { start } => ImportError::NotAResultCode { start },
            SeriesError::Mixed => ImportError::MixedSeries,
            SeriesError::Missing { missing, total } => ImportError::MissingParts { missing, total },
            SeriesError::BadData => ImportError::BadQrData,
        }
    }
}

/// The version-1 form. Frozen: a change of shape is a new version.
mod v1 {
    use super::{RecordAnswer, Student};
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Record {
        pub(super) v: u64,
        pub(super) contest: String,
        pub(super) student: Student,
        pub(super) started_ms: u64,
        pub(super) finished_ms: u64,
        pub(super) app_version: String,
        pub(super) score: f64,
        pub(super) max: f64,
        pub(super) answers: Vec<RecordAnswer>,
        /// Empty while computing the canonical form (then left out).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub(super) seal: String,
    }
}

impl ResultRecord {
    /// The sealed record of a finished contest `session` on `pack`, for the contest `contest_code`
    /// (any typed form), by `student` (fields trimmed; blank optional fields left out), made by
    /// app version `app_version`.
    pub fn from_session(
        session: &Session,
        pack: &Pack,
        contest_code: &str,
        student: Student,
        app_version: &str,
    ) -> Result<ResultRecord, RecordError> {
        let settings = contest_code::parse(contest_code)?;
        if session.pack_id() != settings.pack_id || pack.id != settings.pack_id {
            return Err(RecordError::OtherPack {
                session_pack: session.pack_id().to_string(),
                contest_pack: settings.pack_id,
            });
        }
        let finished_ms = session.finished_ms().ok_or(RecordError::NotFinished)?;
        let student = tidy(student);
        if student.name.is_empty() {
            return Err(RecordError::NameMissing);
        }
        let result = session.result(pack);
        let mut record = ResultRecord {
            contest: contest_code::normalize(contest_code)?,
            student,
            started_ms: session.started_ms(),
            finished_ms,
            app_version: app_version.to_string(),
            score: thousandths(result.score),
            max: thousandths(result.max),
            answers: result
                .per_question
                .into_iter()
                .map(|o| RecordAnswer {
                    question: o.question_id,
                    answer: o.answer,
                    time_ms: o.time_ms,
                    timed_out: o.timed_out,
                })
                .collect(),
            seal: String::new(),
        };
        record.reseal();
        Ok(record)
    }

    /// Recomputes the seal over the current fields. The app calls it when it makes a record; an
    /// import never does.
    pub fn reseal(&mut self) {
        self.seal = seal::RESULT_RECORD.seal(&self.canonical());
    }

    /// Whether the seal matches every field: `false` when anything was edited after sealing.
    pub fn verify(&self) -> bool {
        seal::RESULT_RECORD.verify(&self.canonical(), &self.seal)
    }

    /// The record's JSON file contents (compact, version 1).
    pub fn to_json(&self) -> String {
        to_json(&self.to_v1(self.seal.clone()))
    }

    /// Reads a record file's text (version 1). Does not check the seal: see
    /// [`ResultRecord::verify`].
    pub fn from_json(json: &str) -> Result<ResultRecord, ImportError> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let version = versioned::read_version(json).map_err(|problem| match problem {
            VersionProblem::NotJson(message) => ImportError::NotJson { message },
            shape => ImportError::Malformed {
                message: shape.shape_message().to_string(),
            },
        })?;
        match version {
            1 => {
                let r: v1::Record =
                    serde_json::from_str(json).map_err(|e| ImportError::Malformed {
                        message: e.to_string(),
                    })?;
                Ok(ResultRecord {
                    contest: r.contest,
                    student: r.student,
                    started_ms: r.started_ms,
                    finished_ms: r.finished_ms,
                    app_version: r.app_version,
                    score: r.score,
                    max: r.max,
                    answers: r.answers,
                    seal: r.seal,
                })
            }
            found => Err(ImportError::UnknownVersion { found }),
        }
    }

    /// Reads a record file's bytes (UTF-8, with or without a byte order mark).
    pub fn from_bytes(bytes: &[u8]) -> Result<ResultRecord, ImportError> {
        ResultRecord::from_json(std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?)
    }

    /// The record as QR texts of at most `max_bytes_per_chunk` characters each (at least
    /// [`MIN_QR_CHUNK`]; smaller values are raised to it), `HALOL<i>/<n>/<tag>:<data>`. All
    /// characters are in QR's alphanumeric set.
    pub fn to_qr_chunks(&self, max_bytes_per_chunk: usize) -> Vec<String> {
        qr_series::to_chunks(
            RESULT_QR_PREFIX,
            &self.tag(),
            self.to_json().as_bytes(),
            max_bytes_per_chunk,
        )
    }

    /// Reassembles a record from its QR texts, scanned in any order (a part scanned twice is
    /// fine). Does not check the seal: see [`ResultRecord::verify`].
    pub fn from_qr_chunks(chunks: &[String]) -> Result<ResultRecord, ImportError> {
        let (tag, bytes) = qr_series::from_chunks(RESULT_QR_PREFIX, chunks)?;
        let record = ResultRecord::from_bytes(&bytes)?;
        if tag == record.tag() {
            Ok(record)
        } else {
            Err(ImportError::MixedSeries)
        }
    }

    /// The duration from start to finish, ms.
    pub fn duration_ms(&self) -> u64 {
        self.finished_ms.saturating_sub(self.started_ms)
    }

    /// The QR series tag: the first four hex digits of the seal, upper case.
    fn tag(&self) -> String {
        qr_series::tag_of(&self.seal)
    }

    fn to_v1(&self, seal: String) -> v1::Record {
        v1::Record {
            v: RECORD_VERSION,
            contest: self.contest.clone(),
            student: self.student.clone(),
            started_ms: self.started_ms,
            finished_ms: self.finished_ms,
            app_version: self.app_version.clone(),
            score: self.score,
            max: self.max,
            answers: self.answers.clone(),
            seal,
        }
    }

    /// The bytes the seal covers (after the seal's domain line): the compact JSON without `seal`.
    fn canonical(&self) -> Vec<u8> {
        to_json(&self.to_v1(String::new())).into_bytes()
    }
}

fn tidy(student: Student) -> Student {
    let optional = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Student {
        name: student.name.trim().to_string(),
        class: optional(student.class),
        school: optional(student.school),
        student_id: optional(student.student_id),
    }
}

/// Rounded to thousandths, which JSON reads back exactly.
fn thousandths(x: f64) -> f64 {
    if x.is_finite() {
        (x * 1000.0).round() / 1000.0
    } else {
        0.0
    }
}
