//! A submitted idea, sealed: the file a student hands to the organizer (Telegram, USB) or shows as
//! a short series of QR codes.
//!
//! # The JSON form (version 1)
//!
//! ```json
//! {"v":1,"file":"halol-idea","id":"3F9A2C1B","contest":"innovatsion-goya",
//!  "submitted_ms":1760000000000,"app_version":"0.1.0",
//!  "idea":{"title":"…","problem":"…","solution":"…","implementation":"…","effect":"…",
//!          "category":"education",
//!          "authors":[{"name":"Дилноза Каримова","age":"15","school":"12-мактаб","class":"9-Б"}],
//!          "contact":"+998 90 123 45 67"},
//!  "seal":"<64 hex digits>"}
//! ```
//!
//! `class` and `contact` are left out when empty; unknown fields are refused. The texts are the
//! tidied draft (trimmed, blank author rows left out, ages without leading zeros).
//!
//! # The id and the seal
//!
//! `id` is eight upper-case hex digits of SHA-256 over the canonical form without `id` and `seal`
//! (so it changes with any word of the idea and with the submission time): short enough to read
//! out, and the same on the student's phone and the organizer's laptop. `seal` is HMAC-SHA-256
//! with the idea's own key (`engine::seal::IDEA_RECORD`) over the compact JSON without `seal`.
//! [`IdeaRecord::verify`] checks both. The key ships in the app: the seal detects a hand-edited
//! file, not a determined forger (`ARCHITECTURE.md`, threat model).
//!
//! # The QR form
//!
//! The compact JSON as a base45 series `HALOLIDEA<i>/<n>/<tag>:<data>` (`engine::qr_series`), tag =
//! the seal's first four hex digits. A long idea needs many codes; the UI offers the QR form when
//! the series is short enough and the file otherwise.

use super::config::IdeaContest;
use super::draft::{tidy, validate_draft, Author, DraftProblem, IdeaDraft};
use super::{body, file_text, read_file, FileKind, IdeaFileError};
use crate::engine::qr_series;
use crate::engine::seal::{self, short_id, to_json};

/// The newest version of the idea file.
pub const IDEA_VERSION: u64 = 1;

/// The prefix of every QR part of an idea.
pub const IDEA_QR_PREFIX: &str = "HALOLIDEA";

/// Put before the canonical JSON when computing an idea's id.
const ID_DOMAIN: &[u8] = b"halol-idea-id\n";

/// A sealed idea. Change a field and [`IdeaRecord::verify`] fails.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdeaRecord {
    /// Eight upper-case hex digits, from the content and the time (see the module doc).
    pub id: String,
    /// The contest's id.
    pub contest: String,
    /// When the student submitted it (ms since the epoch).
    pub submitted_ms: u64,
    /// The version of the app that made it.
    pub app_version: String,
    /// The idea, tidied.
    pub idea: IdeaDraft,
    /// HMAC-SHA-256 over the rest, 64 lower-case hex digits.
    pub seal: String,
}

/// The version-1 form. Frozen: a change of shape is a new version.
mod v1 {
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Record {
        pub(super) v: u64,
        pub(super) file: String,
        /// Empty while computing the id (then left out).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub(super) id: String,
        pub(super) contest: String,
        pub(super) submitted_ms: u64,
        pub(super) app_version: String,
        pub(super) idea: Idea,
        /// Empty while computing the canonical form (then left out).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub(super) seal: String,
    }

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Idea {
        pub(super) title: String,
        pub(super) problem: String,
        pub(super) solution: String,
        pub(super) implementation: String,
        pub(super) effect: String,
        pub(super) category: String,
        pub(super) authors: Vec<Author>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub(super) contact: String,
    }

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Author {
        pub(super) name: String,
        pub(super) age: String,
        pub(super) school: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub(super) class: String,
    }
}

impl IdeaRecord {
    /// The sealed idea of `draft` for `contest`, submitted at `now_ms` by app version
    /// `app_version`; every problem of the draft when it cannot be submitted yet.
    pub fn submit(
        draft: &IdeaDraft,
        contest: &IdeaContest,
        now_ms: u64,
        app_version: &str,
    ) -> Result<IdeaRecord, Vec<DraftProblem>> {
        let problems = validate_draft(draft, contest);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut record = IdeaRecord {
            id: String::new(),
            contest: contest.id.clone(),
            submitted_ms: now_ms,
            app_version: app_version.to_string(),
            idea: tidy(draft),
            seal: String::new(),
        };
        record.reseal();
        Ok(record)
    }

    /// Recomputes the id and the seal over the current fields. The app calls it when it makes a
    /// record; an import never does.
    pub fn reseal(&mut self) {
        self.id = self.content_id();
        self.seal = seal::IDEA_RECORD.seal(&self.canonical());
    }

    /// Whether the id and the seal match every field: `false` when anything was edited.
    pub fn verify(&self) -> bool {
        self.id == self.content_id() && seal::IDEA_RECORD.verify(&self.canonical(), &self.seal)
    }

    /// The file's contents (compact JSON, version 1).
    pub fn to_json(&self) -> String {
        to_json(&self.to_v1(self.id.clone(), self.seal.clone()))
    }

    /// A file name for the download: `halol-idea-<id>.json`.
    pub fn file_name(&self) -> String {
        format!("halol-idea-{}.json", self.id)
    }

    /// Reads an idea file's text (version 1; a byte order mark is ignored). Does not check the
    /// seal: see [`IdeaRecord::verify`].
    pub fn from_json(json: &str) -> Result<IdeaRecord, IdeaFileError> {
        let (_, value) = read_file(json, FileKind::Idea, IDEA_VERSION)?;
        let r: v1::Record = body(value)?;
        Ok(IdeaRecord {
            id: r.id,
            contest: r.contest,
            submitted_ms: r.submitted_ms,
            app_version: r.app_version,
            idea: IdeaDraft {
                title: r.idea.title,
                problem: r.idea.problem,
                solution: r.idea.solution,
                implementation: r.idea.implementation,
                effect: r.idea.effect,
                category: r.idea.category,
                authors: r
                    .idea
                    .authors
                    .into_iter()
                    .map(|a| Author {
                        name: a.name,
                        age: a.age,
                        school: a.school,
                        class: a.class,
                    })
                    .collect(),
                contact: r.idea.contact,
            },
            seal: r.seal,
        })
    }

    /// Reads an idea file's bytes (UTF-8, with or without a byte order mark).
    pub fn from_bytes(bytes: &[u8]) -> Result<IdeaRecord, IdeaFileError> {
        IdeaRecord::from_json(file_text(bytes, FileKind::Idea)?)
    }

    /// The idea as QR texts of at most `max_bytes_per_chunk` characters each (at least
    /// [`qr_series::MIN_QR_CHUNK`]), `HALOLIDEA<i>/<n>/<tag>:<data>`, all in QR's alphanumeric set.
    pub fn to_qr_chunks(&self, max_bytes_per_chunk: usize) -> Vec<String> {
        qr_series::to_chunks(
            IDEA_QR_PREFIX,
            &qr_series::tag_of(&self.seal),
            self.to_json().as_bytes(),
            max_bytes_per_chunk,
        )
    }

    /// Reassembles an idea from its QR texts, scanned in any order. Does not check the seal.
    pub fn from_qr_chunks(chunks: &[String]) -> Result<IdeaRecord, IdeaFileError> {
        let (tag, bytes) = qr_series::from_chunks(IDEA_QR_PREFIX, chunks)?;
        let record = IdeaRecord::from_bytes(&bytes)?;
        if tag == qr_series::tag_of(&record.seal) {
            Ok(record)
        } else {
            Err(IdeaFileError::Qr(qr_series::SeriesError::Mixed))
        }
    }

    fn to_v1(&self, id: String, seal: String) -> v1::Record {
        let i = &self.idea;
        v1::Record {
            v: IDEA_VERSION,
            file: FileKind::Idea.tag().unwrap_or_default().to_string(),
            id,
            contest: self.contest.clone(),
            submitted_ms: self.submitted_ms,
            app_version: self.app_version.clone(),
            idea: v1::Idea {
                title: i.title.clone(),
                problem: i.problem.clone(),
                solution: i.solution.clone(),
                implementation: i.implementation.clone(),
                effect: i.effect.clone(),
                category: i.category.clone(),
                authors: i
                    .authors
                    .iter()
                    .map(|a| v1::Author {
                        name: a.name.clone(),
                        age: a.age.clone(),
                        school: a.school.clone(),
                        class: a.class.clone(),
                    })
                    .collect(),
                contact: i.contact.clone(),
            },
            seal,
        }
    }

    /// The id this content should have.
    fn content_id(&self) -> String {
        short_id(
            ID_DOMAIN,
            to_json(&self.to_v1(String::new(), String::new())).as_bytes(),
        )
    }

    /// The bytes the seal covers (after the seal's domain line): the compact JSON without `seal`.
    fn canonical(&self) -> Vec<u8> {
        to_json(&self.to_v1(self.id.clone(), String::new())).into_bytes()
    }
}
