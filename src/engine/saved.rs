//! The stored forms: what Halol keeps in the browser's local storage, as versioned JSON, kept
//! apart from the domain types so that a saved value stays readable after the code changes.
//!
//! Every stored value is a JSON object with a version number `v` (today `1` for each form):
//!
//! | form | written by | shape (version 1) |
//! |---|---|---|
//! | session in progress | [`encode_session`] | `{"v": 1, "session": <Session>}` |
//! | finished attempts | [`encode_attempt_log`] | `{"v": 1, "attempts": [<Attempt>, ...]}` (oldest first) |
//! | preferences | [`encode_prefs`] | `{"v": 1, "lang": "uz-Latn"}` (`lang` is `null` or absent when unset) |
//!
//! The teacher's contests and the student's contests have their forms below; the idea contest's
//! (the student's draft and submitted ideas, the juror's work, the organizer's state) are in
//! `saved/ideas.rs`, re-exported here.
//!
//! `<Session>` is the serde form of [`Session`]; `<Attempt>` is
//! `{"pack_id", "mode", "started_ms", "finished_ms", "score", "max", "answered", "correct",
//! "questions", "duration_ms", "session": <Session>}`. Because the version-1 forms embed these
//! types' serde shapes, those shapes are part of the promise: `tests/saved.rs` keeps a written
//! version-1 value of each form that must keep decoding.
//!
//! Decoding ([`decode_session`], [`decode_attempt_log`], [`decode_prefs`]) never guesses: text
//! that is not JSON, a version this code does not know, or JSON of the wrong shape is a
//! [`DecodeError`], and the storage shell keeps the unreadable text aside instead of dropping it.
//!
//! # Migrations
//!
//! Each `decode_*` reads `v` first and dispatches on it. Encoding always writes the newest
//! version. When a form changes, its version is bumped and the old one keeps being read:
//! 1. freeze the old shape: keep `mod v1` as it is, copying into it any domain type whose serde
//!    shape changes (so the old JSON keeps its own Rust type);
//! 2. add `mod v2` with the new shape and raise the form's `*_VERSION` constant;
//! 3. write a pure `fn x_v1_to_v2(old: v1::X) -> v2::X` next to the modules;
//! 4. add the arm `1 => Ok(x_v1_to_v2(body(value)?).into())` above the newest one in the
//!    form's `decode_*`;
//! 5. keep the version-1 golden value in `tests/saved.rs` and add a version-2 one.
//!
//! Today every form is at version 1, so there is no migration yet, only the dispatch.
//!
//! This module is pure (see `tests/purity.rs`): no browser crate, no clock, no randomness.

mod ideas;

pub use ideas::{
    decode_idea_draft, decode_juror_work, decode_my_ideas, decode_organizer, encode_idea_draft,
    encode_juror_work, encode_my_ideas, encode_organizer, JurorWork, OrganizerState,
    IDEA_DRAFT_VERSION, JUROR_WORK_VERSION, MY_IDEAS_VERSION, ORGANIZER_VERSION,
};

use super::pack::Pack;
use super::session::{Mode, Session};
use super::text::Lang;
use super::versioned::{self, VersionProblem};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::cmp::Ordering;

/// The newest version of the stored session form.
pub const SESSION_VERSION: u64 = 1;
/// The newest version of the stored attempt log form.
pub const ATTEMPTS_VERSION: u64 = 1;
/// The newest version of the stored preferences form.
pub const PREFS_VERSION: u64 = 1;

/// Why a stored value could not be read. The messages are meant for a student.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The text is not JSON at all (cut off or overwritten by something else).
    #[error("the saved data is damaged and cannot be read ({message})")]
    NotJson {
        /// The JSON parser's message, with line and column.
        message: String,
    },
    /// The value carries a version this app does not know, most likely written by a newer
    /// version of Halol.
    #[error(
        "the saved data has format version {found}, but this version of the app reads only up to \
         version {newest}; it was probably saved by a newer version of Halol, so update the app \
         to open it"
    )]
    UnknownVersion {
        /// The version found in the value.
        found: u64,
        /// The newest version this code reads for that form.
        newest: u64,
    },
    /// Valid JSON, but not the shape this form has (a missing or wrong field, for example).
    #[error("the saved data is incomplete or damaged ({message})")]
    Malformed {
        /// What does not fit, as serde reports it.
        message: String,
    },
}

/// A finished attempt, kept so that results, the best score and the review screen can be shown
/// later. The numbers are copied from the session's result when the attempt ends, so the list
/// can be shown without the pack.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// The pack the attempt was on.
    pub pack_id: String,
    /// Practice or contest.
    pub mode: Mode,
    /// When it started (ms since the epoch).
    pub started_ms: u64,
    /// When it finished (ms since the epoch).
    pub finished_ms: u64,
    /// Points earned.
    pub score: f64,
    /// Points possible.
    pub max: f64,
    /// How many questions were answered.
    pub answered: usize,
    /// How many answers earned all their points.
    pub correct: usize,
    /// How many questions the attempt had.
    pub questions: usize,
    /// From start to finish, ms (breaks ties; never adds points).
    pub duration_ms: u64,
    /// The finished session itself, to reopen the review screen.
    pub session: Session,
}

impl Attempt {
    /// The attempt record of a finished `session` on `pack`, with its result computed from the
    /// pack. `None` when the session is not finished or belongs to another pack.
    pub fn from_session(session: Session, pack: &Pack) -> Option<Attempt> {
        let finished_ms = session.finished_ms()?;
        if session.pack_id() != pack.id {
            return None;
        }
        let result = session.result(pack);
        Some(Attempt {
            pack_id: session.pack_id().to_string(),
            mode: session.mode(),
            started_ms: session.started_ms(),
            finished_ms,
            score: result.score,
            max: result.max,
            answered: result.answered,
            correct: result.correct,
            questions: session.len(),
            duration_ms: result.duration_ms,
            session,
        })
    }

    /// The share of the points earned, 0 to 1 (0 when the attempt had no points to earn).
    pub fn ratio(&self) -> f64 {
        if self.max > 0.0 && self.score.is_finite() {
            (self.score / self.max).clamp(0.0, 1.0)
        } else {
            0.0
        }
    }

    /// Whether this attempt ranks above `other`: a higher share of the points, then a shorter
    /// duration. `Ordering::Greater` means better.
    pub fn rank_against(&self, other: &Attempt) -> Ordering {
        self.ratio()
            .total_cmp(&other.ratio())
            .then_with(|| other.duration_ms.cmp(&self.duration_ms))
    }
}

/// How many finished attempts the log keeps per pack. Each carries its whole session (a few KB
/// for the largest pack), so an unbounded log would fill local storage (about 5 MB) after a few
/// hundred attempts; the intro screen only shows the best and the last.
pub const ATTEMPTS_KEPT_PER_PACK: usize = 20;

/// Every finished attempt on this device, in the order they were added (oldest first); at most
/// [`ATTEMPTS_KEPT_PER_PACK`] per pack.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AttemptLog {
    attempts: Vec<Attempt>,
}

impl AttemptLog {
    /// An empty log.
    pub fn new() -> AttemptLog {
        AttemptLog::default()
    }

    /// Adds a finished attempt at the end (the newest). When its pack then has more than
    /// [`ATTEMPTS_KEPT_PER_PACK`] attempts, the oldest of them is dropped, unless it is the best
    /// one (the best score is never lost): then the oldest after it goes.
    pub fn push(&mut self, attempt: Attempt) {
        let pack_id = attempt.pack_id.clone();
        self.attempts.push(attempt);
        if self.for_pack(&pack_id).count() <= ATTEMPTS_KEPT_PER_PACK {
            return;
        }
        let best = self.best_index(&pack_id);
        if let Some(oldest) = self
            .attempts
            .iter()
            .enumerate()
            .position(|(i, a)| a.pack_id == pack_id && Some(i) != best)
        {
            self.attempts.remove(oldest);
        }
    }

    /// Every attempt, oldest first.
    pub fn attempts(&self) -> &[Attempt] {
        &self.attempts
    }

    /// How many attempts there are.
    pub fn len(&self) -> usize {
        self.attempts.len()
    }

    /// Whether there is no attempt yet.
    pub fn is_empty(&self) -> bool {
        self.attempts.is_empty()
    }

    /// The attempts on one pack, oldest first.
    pub fn for_pack<'a>(&'a self, pack_id: &'a str) -> impl Iterator<Item = &'a Attempt> + 'a {
        self.attempts.iter().filter(move |a| a.pack_id == pack_id)
    }

    /// The best attempt on a pack: the highest share of the points, then the shortest duration;
    /// of attempts equal in both, the earliest. `None` when the pack was never finished.
    pub fn best(&self, pack_id: &str) -> Option<&Attempt> {
        self.best_index(pack_id).map(|i| &self.attempts[i])
    }

    /// Where [`AttemptLog::best`] is in the log.
    fn best_index(&self, pack_id: &str) -> Option<usize> {
        let on_pack = self
            .attempts
            .iter()
            .enumerate()
            .filter(|(_, a)| a.pack_id == pack_id);
        on_pack
            .fold(None, |best: Option<(usize, &Attempt)>, (i, a)| match best {
                Some((_, b)) if a.rank_against(b) != Ordering::Greater => best,
                _ => Some((i, a)),
            })
            .map(|(i, _)| i)
    }
}

/// The student's preferences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    /// The interface language chosen, if the student chose one.
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// The version-1 stored forms. Frozen: a change of shape is a new version (see the module doc).
mod v1 {
    use super::{Attempt, Lang, Session};
    use serde::{Deserialize, Serialize};
    use std::borrow::Cow;

    /// `{"v": 1, "session": <Session>}`
    #[derive(Serialize, Deserialize)]
    pub(super) struct SavedSession<'a> {
        pub(super) v: u64,
        pub(super) session: Cow<'a, Session>,
    }

    /// `{"v": 1, "attempts": [<Attempt>, ...]}`
    #[derive(Serialize, Deserialize)]
    pub(super) struct SavedAttempts<'a> {
        pub(super) v: u64,
        pub(super) attempts: Cow<'a, [Attempt]>,
    }

    /// `{"v": 1, "lang": "uz-Latn"}`
    #[derive(Serialize, Deserialize)]
    pub(super) struct SavedPrefs {
        pub(super) v: u64,
        #[serde(default)]
        pub(super) lang: Option<Lang>,
    }
}

/// The stored form of a session in progress (newest version).
pub fn encode_session(session: &Session) -> String {
    to_json(&v1::SavedSession {
        v: SESSION_VERSION,
        session: std::borrow::Cow::Borrowed(session),
    })
}

/// Reads a stored session of any known version.
pub fn decode_session(json: &str) -> Result<Session, DecodeError> {
    match read_version(json)? {
        1 => Ok(body::<v1::SavedSession>(json)?.session.into_owned()),
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: SESSION_VERSION,
        }),
    }
}

/// The stored form of the attempt log (newest version).
pub fn encode_attempt_log(log: &AttemptLog) -> String {
    to_json(&v1::SavedAttempts {
        v: ATTEMPTS_VERSION,
        attempts: std::borrow::Cow::Borrowed(&log.attempts),
    })
}

/// Reads a stored attempt log of any known version.
pub fn decode_attempt_log(json: &str) -> Result<AttemptLog, DecodeError> {
    match read_version(json)? {
        1 => Ok(AttemptLog {
            attempts: body::<v1::SavedAttempts>(json)?.attempts.into_owned(),
        }),
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: ATTEMPTS_VERSION,
        }),
    }
}

/// The stored form of the preferences (newest version).
pub fn encode_prefs(prefs: &Prefs) -> String {
    to_json(&v1::SavedPrefs {
        v: PREFS_VERSION,
        lang: prefs.lang,
    })
}

/// Reads stored preferences of any known version.
pub fn decode_prefs(json: &str) -> Result<Prefs, DecodeError> {
    match read_version(json)? {
        1 => Ok(Prefs {
            lang: body::<v1::SavedPrefs>(json)?.lang,
        }),
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: PREFS_VERSION,
        }),
    }
}

/// Version of the stored form of the student's own contests ([`MyContests`]).
pub const CONTESTS_VERSION: u64 = 1;

/// A contest the student joined by its code and has not finished yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContestEntry {
    /// The contest code as typed or scanned (normalised).
    pub code: String,
    /// Who takes it.
    pub student: crate::engine::result_record::Student,
    /// The pack of the contest.
    pub pack_id: String,
    /// When the attempt started (ms since the epoch): ties the entry to its session.
    pub started_ms: u64,
}

/// The student's side of classroom contests: the contest in progress, if any, and every sealed
/// result record, kept until the student deletes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MyContests {
    /// The contest being taken.
    #[serde(default)]
    pub entry: Option<ContestEntry>,
    /// Sealed result records, oldest first, each in its own versioned JSON form
    /// (see [`crate::engine::result_record::ResultRecord::to_json`]).
    #[serde(default)]
    pub records: Vec<String>,
}

/// The stored form of the student's contests: `{"v": 1, "entry": …, "records": […]}`.
pub fn encode_contests(contests: &MyContests) -> String {
    #[derive(Serialize)]
    struct Saved<'a> {
        v: u64,
        #[serde(flatten)]
        contests: &'a MyContests,
    }
    to_json(&Saved {
        v: CONTESTS_VERSION,
        contests,
    })
}

/// Reads the stored form of the student's contests of any known version.
pub fn decode_contests(json: &str) -> Result<MyContests, DecodeError> {
    match read_version(json)? {
        // `v` is not a field of `MyContests`, so its reader skips it.
        1 => body::<MyContests>(json),
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: CONTESTS_VERSION,
        }),
    }
}

/// The pack id and start (ms) of the contest being taken, read from the stored form of the
/// student's contests without the rest of it. The student app asks only this, to send an attempt
/// at that contest back to the contest page, so its wasm carries no reader of the student's name
/// or of the sealed records.
pub fn decode_contest_in_progress(json: &str) -> Result<Option<(String, u64)>, DecodeError> {
    #[derive(Deserialize)]
    struct Entry {
        pack_id: String,
        started_ms: u64,
    }
    #[derive(Deserialize)]
    struct Contests {
        #[serde(default)]
        entry: Option<Entry>,
    }
    match read_version(json)? {
        1 => Ok(body::<Contests>(json)?
            .entry
            .map(|e| (e.pack_id, e.started_ms))),
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: CONTESTS_VERSION,
        }),
    }
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect(
        "the stored forms have string keys and no non-finite floats, so they always serialize",
    )
}

/// Reads the version number `v` of the stored text `json`.
fn read_version(json: &str) -> Result<u64, DecodeError> {
    versioned::read_version(json).map_err(|problem| match problem {
        VersionProblem::NotJson(message) => DecodeError::NotJson { message },
        shape => DecodeError::Malformed {
            message: shape.shape_message().to_string(),
        },
    })
}

/// Reads the body of the stored text `json`, whose version is known.
fn body<T: DeserializeOwned>(json: &str) -> Result<T, DecodeError> {
    serde_json::from_str(json).map_err(|e| DecodeError::Malformed {
        message: e.to_string(),
    })
}

// ---------------------------------------------------------------------------------------------
// The teacher's contests and the results collected for them (the teacher's page).
// ---------------------------------------------------------------------------------------------

/// The newest version of the stored form of the teacher's contests.
pub const COLLECTIONS_VERSION: u64 = 1;

/// A classroom contest the teacher made, with every result kept for it, as stored:
/// `{"v": 1, "contests": [{"code", "name", "class", "created_ms", "records": [<record>, ...]}]}`
/// where `<record>` is the result record's own version-1 JSON object
/// ([`ResultRecord::to_json`](super::result_record::ResultRecord::to_json)), seal included.
///
/// Only the records are kept, not the grades: [`SavedContest::collection`] rebuilds the
/// [`Collection`](super::import::Collection) by importing them again in order, so the seal is
/// checked and the answers re-graded against the pack every time, and a duplicate the teacher
/// has not yet resolved is flagged again.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedContest {
    /// The contest code, canonical (ten characters).
    pub code: String,
    /// The contest's name, as the teacher typed it.
    pub name: String,
    /// The class, as the teacher typed it.
    pub class: String,
    /// When the teacher made it (ms since the epoch).
    pub created_ms: u64,
    /// The records kept, in the order they were imported.
    pub records: Vec<super::result_record::ResultRecord>,
}

impl SavedContest {
    /// The contest's collection, rebuilt by importing the kept records against `pack` (the
    /// contest's pack). Records that no longer import (another pack version) are left out of the
    /// collection and returned with their outcome, so nothing is dropped silently.
    pub fn collection(
        &self,
        pack: &Pack,
    ) -> Result<
        (
            super::import::Collection,
            Vec<(usize, super::import::ImportOutcome)>,
        ),
        super::contest_code::ContestCodeError,
    > {
        use super::import::{import_record, Collection, ImportOutcome};
        let mut collection = Collection::new(&self.code)?;
        let mut refused = Vec::new();
        for (i, record) in self.records.iter().enumerate() {
            match import_record(record.clone(), pack, &mut collection) {
                ImportOutcome::Accepted { .. } | ImportOutcome::Duplicate { .. } => {}
                other => refused.push((i, other)),
            }
        }
        Ok((collection, refused))
    }

    /// Keeps exactly the records of `collection` (after an import or a duplicate resolved).
    pub fn keep(&mut self, collection: &super::import::Collection) {
        self.records = collection
            .entries()
            .iter()
            .map(|e| e.record.clone())
            .collect();
    }
}

mod v1_collections {
    use serde::{Deserialize, Serialize};
    use serde_json::Value;

    /// `{"v": 1, "contests": [...]}`
    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Saved {
        pub(super) v: u64,
        pub(super) contests: Vec<Contest>,
    }

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Contest {
        pub(super) code: String,
        pub(super) name: String,
        pub(super) class: String,
        pub(super) created_ms: u64,
        pub(super) records: Vec<Value>,
    }
}

/// The stored form of the teacher's contests (newest version).
pub fn encode_collections(contests: &[SavedContest]) -> String {
    let contests = contests
        .iter()
        .map(|c| v1_collections::Contest {
            code: c.code.clone(),
            name: c.name.clone(),
            class: c.class.clone(),
            created_ms: c.created_ms,
            records: c
                .records
                .iter()
                .map(|r| {
                    serde_json::from_str(&r.to_json())
                        .expect("a result record's JSON always parses back")
                })
                .collect(),
        })
        .collect();
    to_json(&v1_collections::Saved {
        v: COLLECTIONS_VERSION,
        contests,
    })
}

/// Reads the teacher's stored contests of any known version. A record that does not read makes
/// the whole value unreadable (so the storage keeps it aside instead of losing that record).
pub fn decode_collections(json: &str) -> Result<Vec<SavedContest>, DecodeError> {
    match read_version(json)? {
        1 => body::<v1_collections::Saved>(json)?
            .contests
            .into_iter()
            .map(|c| {
                let records = c
                    .records
                    .iter()
                    .map(|r| {
                        super::result_record::ResultRecord::from_json(&r.to_string()).map_err(|e| {
                            DecodeError::Malformed {
                                message: format!("a kept result: {e}"),
                            }
                        })
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(SavedContest {
                    code: c.code,
                    name: c.name,
                    class: c.class,
                    created_ms: c.created_ms,
                    records,
                })
            })
            .collect(),
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: COLLECTIONS_VERSION,
        }),
    }
}
