//! A juror's score sheet: for every idea code of one jury pack, a whole-number mark from 0 to the
//! criterion's maximum for each criterion of the rubric, and a comment. The juror's app keeps the
//! sheet in progress (unsealed) and seals it when the juror exports it
//! ([`ScoreSheet::finish`]); a sheet may be exported before every mark is given (see
//! `merge.rs` for how unmarked criteria count).
//!
//! # The JSON form (version 1)
//!
//! ```json
//! {"v":1,"file":"halol-scores","jury_pack":"5C03E1AA","contest":"innovatsion-goya",
//!  "juror":"Азиза Раҳимова","exported_ms":1760000000000,"app_version":"0.1.0",
//!  "scores":[{"code":"G-01","marks":{"clarity":4,"feasibility":3,"impact":5,
//!                                    "originality":2,"relevance":5},"comment":"…"}, …],
//!  "seal":"<64 hex digits>"}
//! ```
//!
//! `marks` holds the criteria marked so far (keys in alphabetical order); `comment` is left out
//! when empty; `seal` is left out while the sheet is in progress. The seal is HMAC-SHA-256 with
//! the score sheet's own key over the form without `seal`.

use super::config::Rubric;
use super::jury::JuryPack;
use super::{body, file_text, read_file, FileKind, IdeaFileError};
use crate::engine::seal::{self, to_json};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The newest version of the score sheet file.
pub const SCORE_SHEET_VERSION: u64 = 1;

/// A juror's marks and comment for one idea.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdeaScore {
    /// The idea's code in the jury pack.
    pub code: String,
    /// Criterion id → mark, for the criteria marked so far.
    #[serde(default)]
    pub marks: BTreeMap<String, u32>,
    /// The juror's comment.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub comment: String,
}

/// A juror's score sheet for one jury pack.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ScoreSheet {
    /// The jury pack's id.
    pub jury_pack: String,
    /// The contest's id.
    pub contest: String,
    /// The juror's name.
    pub juror: String,
    /// When the juror exported it (ms since the epoch; 0 while in progress).
    pub exported_ms: u64,
    /// The version of the app that exported it (empty while in progress).
    pub app_version: String,
    /// One per idea of the pack, in code order.
    pub scores: Vec<IdeaScore>,
    /// HMAC-SHA-256 over the rest; empty while in progress (any change empties it).
    pub seal: String,
}

/// Why a mark or a comment cannot be set.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MarkError {
    /// No idea with this code in the pack.
    #[error("there is no idea {code} in this jury pack")]
    UnknownIdea {
        /// The code.
        code: String,
    },
    /// No criterion with this id in the rubric.
    #[error("there is no criterion `{criterion}` in this rubric")]
    UnknownCriterion {
        /// The criterion id.
        criterion: String,
    },
    /// The mark is above the criterion's maximum.
    #[error("a mark for `{criterion}` is from 0 to {max}, not {mark}")]
    OutOfRange {
        /// The criterion id.
        criterion: String,
        /// The mark given.
        mark: u32,
        /// The criterion's maximum.
        max: u32,
    },
}

/// Why a sheet cannot be exported.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// The juror's name is blank.
    #[error("write your name, so the organizer knows whose scores these are")]
    NoJuror,
}

/// The marks still missing for one idea.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MissingMarks {
    /// The idea's code.
    pub code: String,
    /// The criteria not marked yet, in rubric order.
    pub criteria: Vec<String>,
}

/// How far a sheet is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completeness {
    /// The ideas with marks missing, in code order (empty when complete).
    pub missing: Vec<MissingMarks>,
    /// How many marks are given.
    pub marked: usize,
    /// How many marks the pack asks for (ideas × criteria).
    pub total: usize,
}

impl Completeness {
    /// Whether every idea has every mark.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }
}

/// The version-1 form. Frozen: a change of shape is a new version.
mod v1 {
    use super::IdeaScore;
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Sheet {
        pub(super) v: u64,
        pub(super) file: String,
        pub(super) jury_pack: String,
        pub(super) contest: String,
        pub(super) juror: String,
        pub(super) exported_ms: u64,
        pub(super) app_version: String,
        pub(super) scores: Vec<IdeaScore>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub(super) seal: String,
    }
}

impl ScoreSheet {
    /// An empty sheet for `pack` (one entry per idea, no marks), by `juror`.
    pub fn new(pack: &JuryPack, juror: &str) -> ScoreSheet {
        ScoreSheet {
            jury_pack: pack.id.clone(),
            contest: pack.contest.clone(),
            juror: juror.to_string(),
            exported_ms: 0,
            app_version: String::new(),
            scores: pack
                .ideas
                .iter()
                .map(|i| IdeaScore {
                    code: i.code.clone(),
                    ..IdeaScore::default()
                })
                .collect(),
            seal: String::new(),
        }
    }

    /// Sets (or with `None` clears) the mark of idea `code` for `criterion`, checked against
    /// `pack`'s rubric. A mark above the criterion's maximum is refused.
    pub fn set_mark(
        &mut self,
        pack: &JuryPack,
        code: &str,
        criterion: &str,
        mark: Option<u32>,
    ) -> Result<(), MarkError> {
        let c = check_mark(&pack.rubric, criterion, mark.unwrap_or(0))?;
        let score = self.entry(pack, code)?;
        match mark {
            Some(m) => score.marks.insert(c, m),
            None => score.marks.remove(&c),
        };
        self.seal.clear();
        Ok(())
    }

    /// Sets the comment on idea `code` (kept as typed; trimmed when the sheet is finished).
    pub fn set_comment(
        &mut self,
        pack: &JuryPack,
        code: &str,
        comment: &str,
    ) -> Result<(), MarkError> {
        self.entry(pack, code)?.comment = comment.to_string();
        self.seal.clear();
        Ok(())
    }

    /// Sets the juror's name.
    pub fn set_juror(&mut self, juror: &str) {
        self.juror = juror.to_string();
        self.seal.clear();
    }

    /// The mark of idea `code` for `criterion`, if given.
    pub fn mark(&self, code: &str, criterion: &str) -> Option<u32> {
        self.score(code)?.marks.get(criterion).copied()
    }

    /// The marks and comment of idea `code`.
    pub fn score(&self, code: &str) -> Option<&IdeaScore> {
        self.scores.iter().find(|s| s.code == code)
    }

    /// Which marks are still missing, against `pack`.
    pub fn completeness(&self, pack: &JuryPack) -> Completeness {
        let mut missing = Vec::new();
        let mut marked = 0;
        for idea in &pack.ideas {
            let given = self.score(&idea.code);
            let criteria: Vec<String> = pack
                .rubric
                .criteria
                .iter()
                .filter(|c| !given.is_some_and(|s| s.marks.contains_key(&c.id)))
                .map(|c| c.id.clone())
                .collect();
            marked += pack.rubric.criteria.len() - criteria.len();
            if !criteria.is_empty() {
                missing.push(MissingMarks {
                    code: idea.code.clone(),
                    criteria,
                });
            }
        }
        Completeness {
            missing,
            marked,
            total: pack.ideas.len() * pack.rubric.criteria.len(),
        }
    }

    /// Seals the sheet for export at `now_ms` by app version `app_version`: the juror's name and
    /// the comments are trimmed. Refused when the name is blank. Marks may still be missing.
    pub fn finish(&mut self, now_ms: u64, app_version: &str) -> Result<(), SheetError> {
        let juror = self.juror.trim();
        if juror.is_empty() {
            return Err(SheetError::NoJuror);
        }
        self.juror = juror.to_string();
        for s in &mut self.scores {
            s.comment = s.comment.trim().to_string();
        }
        self.exported_ms = now_ms;
        self.app_version = app_version.to_string();
        self.seal = seal::SCORE_SHEET.seal(&self.canonical());
        Ok(())
    }

    /// Whether the sheet is sealed and the seal matches every field.
    pub fn verify(&self) -> bool {
        seal::SCORE_SHEET.verify(&self.canonical(), &self.seal)
    }

    /// The file's contents (compact JSON, version 1); without `seal` while in progress.
    pub fn to_json(&self) -> String {
        to_json(&self.to_v1(&self.seal))
    }

    /// A file name for the download: `halol-scores-<pack id>-<juror>.json`, the name reduced to
    /// Latin letters, digits and hyphens.
    pub fn file_name(&self) -> String {
        let name = crate::engine::text::match_key(&self.juror).replace(' ', "-");
        let name: String = name
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        if name.is_empty() {
            format!("halol-scores-{}.json", self.jury_pack)
        } else {
            format!("halol-scores-{}-{name}.json", self.jury_pack)
        }
    }

    /// Reads a score sheet's text (version 1; a byte order mark is ignored). Does not check the
    /// seal: see [`ScoreSheet::verify`].
    pub fn from_json(json: &str) -> Result<ScoreSheet, IdeaFileError> {
        let (_, value) = read_file(json, FileKind::ScoreSheet, SCORE_SHEET_VERSION)?;
        let s: v1::Sheet = body(value)?;
        Ok(ScoreSheet {
            jury_pack: s.jury_pack,
            contest: s.contest,
            juror: s.juror,
            exported_ms: s.exported_ms,
            app_version: s.app_version,
            scores: s.scores,
            seal: s.seal,
        })
    }

    /// Reads a score sheet's bytes (UTF-8, with or without a byte order mark).
    pub fn from_bytes(bytes: &[u8]) -> Result<ScoreSheet, IdeaFileError> {
        ScoreSheet::from_json(file_text(bytes, FileKind::ScoreSheet)?)
    }

    /// The entry of idea `code`, made when the pack has the code but the sheet not yet.
    fn entry(&mut self, pack: &JuryPack, code: &str) -> Result<&mut IdeaScore, MarkError> {
        if pack.idea(code).is_none() {
            return Err(MarkError::UnknownIdea {
                code: code.to_string(),
            });
        }
        let i = match self.scores.iter().position(|s| s.code == code) {
            Some(i) => i,
            None => {
                self.scores.push(IdeaScore {
                    code: code.to_string(),
                    ..IdeaScore::default()
                });
                self.scores.len() - 1
            }
        };
        Ok(&mut self.scores[i])
    }

    fn to_v1(&self, seal: &str) -> v1::Sheet {
        v1::Sheet {
            v: SCORE_SHEET_VERSION,
            file: FileKind::ScoreSheet.tag().unwrap_or_default().to_string(),
            jury_pack: self.jury_pack.clone(),
            contest: self.contest.clone(),
            juror: self.juror.clone(),
            exported_ms: self.exported_ms,
            app_version: self.app_version.clone(),
            scores: self.scores.clone(),
            seal: seal.to_string(),
        }
    }

    fn canonical(&self) -> Vec<u8> {
        to_json(&self.to_v1("")).into_bytes()
    }
}

/// Checks that `criterion` is in `rubric` and `mark` within its range; its id.
pub(super) fn check_mark(rubric: &Rubric, criterion: &str, mark: u32) -> Result<String, MarkError> {
    let c = rubric
        .criterion(criterion)
        .ok_or_else(|| MarkError::UnknownCriterion {
            criterion: criterion.to_string(),
        })?;
    if mark > c.max {
        return Err(MarkError::OutOfRange {
            criterion: c.id.clone(),
            mark,
            max: c.max,
        });
    }
    Ok(c.id.clone())
}
