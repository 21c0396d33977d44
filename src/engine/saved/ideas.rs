//! The stored forms of the idea contest, beside the quiz forms of `saved.rs` and under the same
//! rules (versioned JSON, decode errors, nothing lost silently):
//!
//! | form | written by | shape (version 1) |
//! |---|---|---|
//! | the student's draft | [`encode_idea_draft`] | `{"v": 1, "draft": <IdeaDraft>}` |
//! | the student's submitted ideas | [`encode_my_ideas`] | `{"v": 1, "ideas": [<idea file>, ...]}` (oldest first) |
//! | the juror's work | [`encode_juror_work`] | `{"v": 1, "pack": <jury pack file>, "sheet": <score sheet file>}` |
//! | the organizer's state | [`encode_organizer`] | `{"v": 1, "contest": id, "ideas": [<idea file>, ...], "jury": <JuryAssignment> or null, "sheets": [<score sheet file>, ...]}` |
//!
//! `<IdeaDraft>` is the serde form of [`IdeaDraft`] (`{"title", "problem", "solution",
//! "implementation", "effect", "category", "authors": [{"name", "age", "school", "class"}],
//! "contact"}`, every field optional); `<idea file>`, `<jury pack file>` and `<score sheet
//! file>` are those files' own version-1 JSON objects, seals included (a sheet in progress has
//! none); `<JuryAssignment>` is its serde form (`{"pack_id", "seed", "codes": [{"code", "idea"}],
//! "contest", "title", "categories", "rubric"}`).
//!
//! The organizer's state keeps only sealed files and the assignment: [`OrganizerState::idea_box`]
//! and [`OrganizerState::results`] import them again, so every seal is re-checked on each load,
//! and a file that no longer imports is returned with its outcome rather than dropped. A kept file
//! that does not even read makes the whole value unreadable, so the storage shell keeps it aside.

use super::{body, read_version, to_json, DecodeError};
use crate::engine::idea::{
    IdeaBox, IdeaDraft, IdeaFileError, IdeaImport, IdeaRecord, JuryAssignment, JuryPack,
    JuryResults, ScoreSheet, SheetImport,
};
use serde_json::Value;

/// The newest version of the stored draft.
pub const IDEA_DRAFT_VERSION: u64 = 1;
/// The newest version of the stored submitted ideas.
pub const MY_IDEAS_VERSION: u64 = 1;
/// The newest version of the stored juror's work.
pub const JUROR_WORK_VERSION: u64 = 1;
/// The newest version of the stored organizer's state.
pub const ORGANIZER_VERSION: u64 = 1;

/// A juror's work: the jury pack opened and the sheet in progress (or finished).
#[derive(Clone, Debug, PartialEq)]
pub struct JurorWork {
    /// The jury pack.
    pub pack: JuryPack,
    /// The juror's sheet for it.
    pub sheet: ScoreSheet,
}

/// The organizer's idea contest: the kept ideas, the jury pack's assignment (once made) and the
/// kept score sheets.
#[derive(Clone, Debug, PartialEq)]
pub struct OrganizerState {
    /// The contest's id.
    pub contest: String,
    /// The kept idea files, in import order.
    pub ideas: Vec<IdeaRecord>,
    /// The jury pack's assignment (codes, seed, rubric), once the pack is made.
    pub jury: Option<JuryAssignment>,
    /// The kept score sheets, in import order.
    pub sheets: Vec<ScoreSheet>,
}

impl OrganizerState {
    /// A new contest with nothing kept yet.
    pub fn new(contest_id: &str) -> OrganizerState {
        OrganizerState {
            contest: contest_id.to_string(),
            ideas: Vec::new(),
            jury: None,
            sheets: Vec::new(),
        }
    }

    /// The box rebuilt by importing the kept ideas again, with every one that no longer imports.
    pub fn idea_box(&self) -> (IdeaBox, Vec<(usize, IdeaImport)>) {
        IdeaBox::from_records(&self.contest, &self.ideas)
    }

    /// The jury round rebuilt by importing the kept sheets again, with every one that no longer
    /// imports; `None` before the jury pack is made.
    pub fn results(&self) -> Option<(JuryResults, Vec<(usize, SheetImport)>)> {
        let jury = self.jury.clone()?;
        Some(JuryResults::from_sheets(jury, &self.sheets))
    }

    /// Keeps exactly the ideas of `ideas` (after an import or a removal).
    pub fn keep_ideas(&mut self, ideas: &IdeaBox) {
        self.ideas = ideas.ideas().to_vec();
    }

    /// Keeps the round's assignment and exactly its sheets (after a jury pack is made, a sheet
    /// imported, a duplicate resolved).
    pub fn keep_results(&mut self, results: &JuryResults) {
        self.jury = Some(results.assignment().clone());
        self.sheets = results.sheets().iter().map(|k| k.sheet.clone()).collect();
    }
}

mod v1 {
    use crate::engine::idea::{IdeaDraft, JuryAssignment};
    use serde::{Deserialize, Serialize};
    use serde_json::Value;

    /// `{"v": 1, "draft": <IdeaDraft>}`
    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Draft {
        pub(super) v: u64,
        pub(super) draft: IdeaDraft,
    }

    /// `{"v": 1, "ideas": [...]}`
    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Ideas {
        pub(super) v: u64,
        pub(super) ideas: Vec<Value>,
    }

    /// `{"v": 1, "pack": {...}, "sheet": {...}}`
    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct JurorWork {
        pub(super) v: u64,
        pub(super) pack: Value,
        pub(super) sheet: Value,
    }

    /// `{"v": 1, "contest", "ideas", "jury", "sheets"}`
    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Organizer {
        pub(super) v: u64,
        pub(super) contest: String,
        pub(super) ideas: Vec<Value>,
        pub(super) jury: Option<JuryAssignment>,
        pub(super) sheets: Vec<Value>,
    }
}

/// A file's JSON as a value to embed.
fn object(json: &str) -> Value {
    serde_json::from_str(json).expect("a file's own JSON always parses back")
}

/// A kept file read back; `what` names it in the error.
fn kept<T>(
    value: &Value,
    what: &str,
    read: impl Fn(&str) -> Result<T, IdeaFileError>,
) -> Result<T, DecodeError> {
    read(&value.to_string()).map_err(|e| DecodeError::Malformed {
        message: format!("{what}: {e}"),
    })
}

/// The stored form of the student's draft (newest version).
pub fn encode_idea_draft(draft: &IdeaDraft) -> String {
    to_json(&v1::Draft {
        v: IDEA_DRAFT_VERSION,
        draft: draft.clone(),
    })
}

/// Reads a stored draft of any known version.
pub fn decode_idea_draft(json: &str) -> Result<IdeaDraft, DecodeError> {
    match read_version(json)? {
        1 => Ok(body::<v1::Draft>(json)?.draft),
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: IDEA_DRAFT_VERSION,
        }),
    }
}

/// The stored form of the student's submitted ideas, oldest first (newest version).
pub fn encode_my_ideas(ideas: &[IdeaRecord]) -> String {
    to_json(&v1::Ideas {
        v: MY_IDEAS_VERSION,
        ideas: ideas.iter().map(|r| object(&r.to_json())).collect(),
    })
}

/// Reads the student's stored ideas of any known version.
pub fn decode_my_ideas(json: &str) -> Result<Vec<IdeaRecord>, DecodeError> {
    match read_version(json)? {
        1 => body::<v1::Ideas>(json)?
            .ideas
            .iter()
            .map(|r| kept(r, "a kept idea", IdeaRecord::from_json))
            .collect(),
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: MY_IDEAS_VERSION,
        }),
    }
}

/// The stored form of the juror's work (newest version).
pub fn encode_juror_work(work: &JurorWork) -> String {
    to_json(&v1::JurorWork {
        v: JUROR_WORK_VERSION,
        pack: object(&work.pack.to_json()),
        sheet: object(&work.sheet.to_json()),
    })
}

/// Reads the juror's stored work of any known version.
pub fn decode_juror_work(json: &str) -> Result<JurorWork, DecodeError> {
    match read_version(json)? {
        1 => {
            let w = body::<v1::JurorWork>(json)?;
            Ok(JurorWork {
                pack: kept(&w.pack, "the jury pack", JuryPack::from_json)?,
                sheet: kept(&w.sheet, "the score sheet", ScoreSheet::from_json)?,
            })
        }
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: JUROR_WORK_VERSION,
        }),
    }
}

/// The stored form of the organizer's state (newest version).
pub fn encode_organizer(state: &OrganizerState) -> String {
    to_json(&v1::Organizer {
        v: ORGANIZER_VERSION,
        contest: state.contest.clone(),
        ideas: state.ideas.iter().map(|r| object(&r.to_json())).collect(),
        jury: state.jury.clone(),
        sheets: state.sheets.iter().map(|s| object(&s.to_json())).collect(),
    })
}

/// Reads the organizer's stored state of any known version.
pub fn decode_organizer(json: &str) -> Result<OrganizerState, DecodeError> {
    match read_version(json)? {
        1 => {
            let o = body::<v1::Organizer>(json)?;
            Ok(OrganizerState {
                contest: o.contest,
                ideas: o
                    .ideas
                    .iter()
                    .map(|r| kept(r, "a kept idea", IdeaRecord::from_json))
                    .collect::<Result<_, _>>()?,
                jury: o.jury,
                sheets: o
                    .sheets
                    .iter()
                    .map(|s| kept(s, "a kept score sheet", ScoreSheet::from_json))
                    .collect::<Result<_, _>>()?,
            })
        }
        found => Err(DecodeError::UnknownVersion {
            found,
            newest: ORGANIZER_VERSION,
        }),
    }
}
