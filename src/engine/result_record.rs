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
use super::scoring::Answer;
use super::session::Session;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sha2::Sha256;

/// The newest version of the record form.
pub const RECORD_VERSION: u64 = 1;

/// The key of the seal. Not a secret from anyone who reads the app (see the module doc): it only
/// makes a hand-edited file detectable.
const SEAL_KEY: &[u8] =
    b"halol/result-record/v1/seal-key: edits of this file are detected on import";

/// Put before the canonical JSON, so this key never seals anything else by accident.
const SEAL_DOMAIN: &[u8] = b"halol-result-record\n";

/// The prefix of every QR part.
const QR_PREFIX: &str = "HALOL";

/// The smallest part size [`ResultRecord::to_qr_chunks`] accepts (smaller requests are raised).
pub const MIN_QR_CHUNK: usize = 32;

/// The base45 alphabet (RFC 9285): QR's alphanumeric characters.
const BASE45: &[u8; 45] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

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

fn join_numbers(numbers: &[usize]) -> String {
    numbers
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ")
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
        self.seal = hex(&mac(&self.canonical()).finalize().into_bytes());
    }

    /// Whether the seal matches every field: `false` when anything was edited after sealing.
    pub fn verify(&self) -> bool {
        let Some(tag) = unhex(&self.seal) else {
            return false;
        };
        mac(&self.canonical()).verify_slice(&tag).is_ok()
    }

    /// The record's JSON file contents (compact, version 1).
    pub fn to_json(&self) -> String {
        to_json(&self.to_v1(self.seal.clone()))
    }

    /// Reads a record file's text (version 1). Does not check the seal: see
    /// [`ResultRecord::verify`].
    pub fn from_json(json: &str) -> Result<ResultRecord, ImportError> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let value: Value = serde_json::from_str(json).map_err(|e| ImportError::NotJson {
            message: e.to_string(),
        })?;
        let version = value
            .as_object()
            .and_then(|o| o.get("v"))
            .ok_or_else(|| ImportError::Malformed {
                message: "the version number `v` is missing".to_string(),
            })?
            .as_u64()
            .ok_or_else(|| ImportError::Malformed {
                message: "the version number `v` is not a whole number".to_string(),
            })?;
        match version {
            1 => {
                let r: v1::Record =
                    serde_json::from_value(value).map_err(|e| ImportError::Malformed {
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
        let max = max_bytes_per_chunk.max(MIN_QR_CHUNK);
        let data = base45_encode(self.to_json().as_bytes());
        let tag = self.tag();
        // The header grows with the number of parts; find the smallest count that fits.
        let mut n = 1;
        loop {
            let header = format!("{QR_PREFIX}{n}/{n}/{tag}:").len();
            let room = max - header;
            let needed = data.len().div_ceil(room).max(1);
            if needed <= n {
                let chars: Vec<char> = data.chars().collect();
                let pieces: Vec<String> = if chars.is_empty() {
                    vec![String::new()]
                } else {
                    chars.chunks(room).map(|c| c.iter().collect()).collect()
                };
                let total = pieces.len();
                return pieces
                    .into_iter()
                    .enumerate()
                    .map(|(i, piece)| format!("{QR_PREFIX}{}/{total}/{tag}:{piece}", i + 1))
                    .collect();
            }
            n = needed;
        }
    }

    /// Reassembles a record from its QR texts, scanned in any order (a part scanned twice is
    /// fine). Does not check the seal: see [`ResultRecord::verify`].
    pub fn from_qr_chunks(chunks: &[String]) -> Result<ResultRecord, ImportError> {
        let mut series: Option<(usize, String)> = None;
        let mut parts: Vec<Option<&str>> = Vec::new();
        if chunks.is_empty() {
            return Err(ImportError::NoParts);
        }
        for chunk in chunks {
            let chunk = chunk.trim_start();
            let (index, total, tag, data) =
                split_chunk(chunk).ok_or_else(|| ImportError::NotAResultCode {
                    start: chunk.chars().take(12).collect(),
                })?;
            match &series {
                None => {
                    series = Some((total, tag.to_string()));
                    parts = vec![None; total];
                }
                Some((t, g)) if *t == total && g == tag => {}
                Some(_) => return Err(ImportError::MixedSeries),
            }
            match parts[index - 1] {
                Some(seen) if seen != data => return Err(ImportError::MixedSeries),
                _ => parts[index - 1] = Some(data),
            }
        }
        let missing: Vec<usize> = parts
            .iter()
            .enumerate()
            .filter(|(_, p)| p.is_none())
            .map(|(i, _)| i + 1)
            .collect();
        if !missing.is_empty() {
            return Err(ImportError::MissingParts {
                missing,
                total: parts.len(),
            });
        }
        let data: String = parts.into_iter().flatten().collect();
        let bytes = base45_decode(&data).ok_or(ImportError::BadQrData)?;
        let record = ResultRecord::from_bytes(&bytes)?;
        match &series {
            Some((_, tag)) if *tag == record.tag() => Ok(record),
            _ => Err(ImportError::MixedSeries),
        }
    }

    /// The duration from start to finish, ms.
    pub fn duration_ms(&self) -> u64 {
        self.finished_ms.saturating_sub(self.started_ms)
    }

    /// The QR series tag: the first four hex digits of the seal, upper case.
    fn tag(&self) -> String {
        let mut tag: String = self.seal.chars().take(4).collect();
        while tag.len() < 4 {
            tag.push('0');
        }
        tag.to_ascii_uppercase()
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

    /// The bytes the seal covers: the domain line and the compact JSON without `seal`.
    fn canonical(&self) -> Vec<u8> {
        let mut bytes = SEAL_DOMAIN.to_vec();
        bytes.extend_from_slice(to_json(&self.to_v1(String::new())).as_bytes());
        bytes
    }
}

/// Splits `HALOL<i>/<n>/<tag>:<data>` into its parts; `None` when it is not such a text.
fn split_chunk(chunk: &str) -> Option<(usize, usize, &str, &str)> {
    let rest = chunk.strip_prefix(QR_PREFIX)?;
    let (header, data) = rest.split_once(':')?;
    let mut fields = header.split('/');
    let index: usize = fields.next()?.parse().ok()?;
    let total: usize = fields.next()?.parse().ok()?;
    let tag = fields.next()?;
    if fields.next().is_some()
        || index == 0
        || index > total
        || total > 999
        || tag.len() != 4
        || !tag.bytes().all(|b| b.is_ascii_hexdigit())
    {
        return None;
    }
    Some((index, total, tag, data))
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

fn mac(message: &[u8]) -> Hmac<Sha256> {
    let mut mac =
        Hmac::<Sha256>::new_from_slice(SEAL_KEY).expect("HMAC accepts a key of any length");
    mac.update(message);
    mac
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .expect("a record has string keys and finite numbers, so it always serializes")
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// Base45 (RFC 9285): two bytes become three characters, a last single byte two.
pub fn base45_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(2) * 3);
    for pair in bytes.chunks(2) {
        let (mut n, digits) = match pair {
            [a, b] => (usize::from(*a) * 256 + usize::from(*b), 3),
            [a] => (usize::from(*a), 2),
            _ => unreachable!("chunks(2) gives one or two bytes"),
        };
        for _ in 0..digits {
            out.push(char::from(BASE45[n % 45]));
            n /= 45;
        }
    }
    out
}

/// Decodes base45 (RFC 9285); `None` for a character outside the alphabet, a dangling character,
/// or a group too large for its bytes.
pub fn base45_decode(text: &str) -> Option<Vec<u8>> {
    let values: Vec<usize> = text
        .bytes()
        .map(|c| BASE45.iter().position(|&a| a == c))
        .collect::<Option<_>>()?;
    let mut out = Vec::with_capacity(values.len() / 3 * 2 + 1);
    for group in values.chunks(3) {
        match group {
            [c, d, e] => {
                let n = c + d * 45 + e * 45 * 45;
                if n > 0xFFFF {
                    return None;
                }
                out.push((n / 256) as u8);
                out.push((n % 256) as u8);
            }
            [c, d] => {
                let n = c + d * 45;
                if n > 0xFF {
                    return None;
                }
                out.push(n as u8);
            }
            _ => return None,
        }
    }
    Some(out)
}
