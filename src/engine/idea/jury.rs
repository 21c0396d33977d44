//! The jury pack: what the organizer hands to every juror. Each idea gets an anonymous code, and
//! the pack carries only what a juror judges — the code, the category, the title, the problem, the
//! solution, the implementation and the expected effect — **never** the authors, their ages,
//! schools, classes or contact, the idea's id or its submission time. The rubric and the
//! categories are copied in, so a juror's app scores against exactly what the organizer used.
//!
//! # Codes
//!
//! [`assign_codes`]: the ideas' ids are sorted, then shuffled with the organizer's seed (SplitMix64
//! and Fisher–Yates, `engine::shuffle`), and the codes `G-01`, `G-02` … are given in that order
//! (three digits from 100 ideas on). So the codes do not reveal the order of submission or import:
//! the same ideas and the same seed give the same codes whatever order the files came in, and
//! another seed gives another order. The pack lists the ideas by code.
//!
//! The organizer keeps a [`JuryAssignment`] (pack id, seed, code → idea id, and the copied
//! contest title, categories and rubric): enough to rebuild the very same pack
//! ([`JuryAssignment::pack`]) and to merge the score sheets later.
//!
//! # The JSON form (version 1)
//!
//! ```json
//! {"v":1,"file":"halol-jury-pack","id":"5C03E1AA","contest":"innovatsion-goya",
//!  "title":{"uz-Cyrl":"…","ru":"…"},
//!  "categories":[{"id":"education","title":{…}}, …],
//!  "rubric":{"criteria":[{"id":"relevance","title":{…},"description":{…},"max":5,"weight":25}, …],
//!            "disagreement_threshold":25.0},
//!  "ideas":[{"code":"G-01","category":"education","title":"…","problem":"…","solution":"…",
//!            "implementation":"…","effect":"…"}, …],
//!  "seal":"<64 hex digits>"}
//! ```
//!
//! `id` is eight hex digits of SHA-256 over the form without `id` and `seal`; `seal` is
//! HMAC-SHA-256 with the jury pack's own key over the form without `seal`.

use super::config::{Category, IdeaContest, Rubric};
use super::inbox::IdeaBox;
use super::{body, file_text, read_file, FileKind, IdeaFileError};
use crate::engine::seal::{self, short_id, to_json};
use crate::engine::shuffle::shuffle;
use crate::engine::text::LocalizedText;
use serde::{Deserialize, Serialize};

/// The newest version of the jury pack file.
pub const JURY_PACK_VERSION: u64 = 1;

/// Put before the canonical JSON when computing a pack's id.
const ID_DOMAIN: &[u8] = b"halol-jury-pack-id\n";

/// One idea as the jurors see it: no authors, no id, no time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JuryIdea {
    /// The anonymous code (`G-01`).
    pub code: String,
    /// The category id.
    pub category: String,
    /// The title.
    pub title: String,
    /// The problem it addresses.
    pub problem: String,
    /// The proposed solution.
    pub solution: String,
    /// How to put it into practice.
    pub implementation: String,
    /// The expected effect.
    pub effect: String,
}

/// A sealed jury pack.
#[derive(Clone, Debug, PartialEq)]
pub struct JuryPack {
    /// Eight upper-case hex digits from the content (score sheets name it).
    pub id: String,
    /// The contest's id.
    pub contest: String,
    /// The contest's title.
    pub title: LocalizedText,
    /// The categories, as the organizer's settings had them.
    pub categories: Vec<Category>,
    /// The rubric to score with.
    pub rubric: Rubric,
    /// The ideas, by code.
    pub ideas: Vec<JuryIdea>,
    /// HMAC-SHA-256 over the rest, 64 lower-case hex digits.
    pub seal: String,
}

/// One code and the idea behind it (the organizer's secret).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeEntry {
    /// The anonymous code.
    pub code: String,
    /// The idea's id.
    pub idea: String,
}

/// What the organizer keeps of a jury pack: its id, the seed, the codes and the copied settings.
/// Its serde form is part of the organizer's stored state (`engine::saved`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JuryAssignment {
    /// The pack's id.
    pub pack_id: String,
    /// The seed the codes were shuffled with.
    pub seed: u64,
    /// Every code, in code order.
    pub codes: Vec<CodeEntry>,
    /// The contest's id.
    pub contest: String,
    /// The contest's title, as copied into the pack.
    pub title: LocalizedText,
    /// The categories, as copied into the pack.
    pub categories: Vec<Category>,
    /// The rubric, as copied into the pack.
    pub rubric: Rubric,
}

/// Why a jury pack cannot be made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JuryError {
    /// The box is empty.
    #[error("there is no idea to judge yet; import the students' idea files first")]
    NoIdeas,
    /// The box and the settings are for different contests.
    #[error("the ideas are for the contest `{found}`, but the settings are for `{expected}`")]
    OtherContest {
        /// The box's contest.
        found: String,
        /// The settings' contest.
        expected: String,
    },
    /// An idea of the assignment is no longer in the box.
    #[error(
        "the idea {id} (code {code}) was taken out of the box after the jury pack was made, so the \
         same pack cannot be made again; make a new jury pack"
    )]
    IdeaGone {
        /// The idea's id.
        id: String,
        /// Its code.
        code: String,
    },
}

/// The codes of `idea_ids` under `seed`: ids sorted, shuffled with the seed, then `G-01`, `G-02`
/// … in that order (see the module doc). Returned in code order.
pub fn assign_codes(idea_ids: &[&str], seed: u64) -> Vec<CodeEntry> {
    let mut ids: Vec<&str> = idea_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    shuffle(seed, &mut ids);
    let width = ids.len().to_string().len().max(2);
    ids.into_iter()
        .enumerate()
        .map(|(i, id)| CodeEntry {
            code: format!("G-{:0width$}", i + 1),
            idea: id.to_string(),
        })
        .collect()
}

/// The version-1 form. Frozen: a change of shape is a new version.
mod v1 {
    use super::{Category, JuryIdea, LocalizedText, Rubric};
    use serde::{Deserialize, Serialize};

    #[derive(Serialize, Deserialize)]
    #[serde(deny_unknown_fields)]
    pub(super) struct Pack {
        pub(super) v: u64,
        pub(super) file: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub(super) id: String,
        pub(super) contest: String,
        pub(super) title: LocalizedText,
        pub(super) categories: Vec<Category>,
        pub(super) rubric: Rubric,
        pub(super) ideas: Vec<JuryIdea>,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        pub(super) seal: String,
    }
}

impl JuryPack {
    /// The jury pack of every idea in `ideas`, coded under `seed` (a random number the shell
    /// draws), with `contest`'s title, categories and rubric; and the organizer's assignment.
    pub fn build(
        ideas: &IdeaBox,
        contest: &IdeaContest,
        seed: u64,
    ) -> Result<(JuryPack, JuryAssignment), JuryError> {
        if ideas.contest() != contest.id {
            return Err(JuryError::OtherContest {
                found: ideas.contest().to_string(),
                expected: contest.id.clone(),
            });
        }
        if ideas.is_empty() {
            return Err(JuryError::NoIdeas);
        }
        let ids: Vec<&str> = ideas.ideas().iter().map(|r| r.id.as_str()).collect();
        let mut assignment = JuryAssignment {
            pack_id: String::new(),
            seed,
            codes: assign_codes(&ids, seed),
            contest: contest.id.clone(),
            title: contest.title.clone(),
            categories: contest.categories.clone(),
            rubric: contest.rubric.clone(),
        };
        let pack = assignment.pack(ideas)?;
        assignment.pack_id = pack.id.clone();
        Ok((pack, assignment))
    }

    /// The idea with this code.
    pub fn idea(&self, code: &str) -> Option<&JuryIdea> {
        self.ideas.iter().find(|i| i.code == code)
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    /// Recomputes the id and the seal (the organizer's app does it when it builds the pack).
    pub fn reseal(&mut self) {
        self.id = short_id(ID_DOMAIN, to_json(&self.to_v1("", "")).as_bytes());
        self.seal = seal::JURY_PACK.seal(&self.canonical());
    }

    /// Whether the id and the seal match every field.
    pub fn verify(&self) -> bool {
        self.id == short_id(ID_DOMAIN, to_json(&self.to_v1("", "")).as_bytes())
            && seal::JURY_PACK.verify(&self.canonical(), &self.seal)
    }

    /// The file's contents (compact JSON, version 1).
    pub fn to_json(&self) -> String {
        to_json(&self.to_v1(&self.id, &self.seal))
    }

    /// A file name for the download: `halol-jury-<id>.json`.
    pub fn file_name(&self) -> String {
        format!("halol-jury-{}.json", self.id)
    }

    /// Reads a jury pack's text (version 1; a byte order mark is ignored). Does not check the
    /// seal: see [`JuryPack::verify`].
    pub fn from_json(json: &str) -> Result<JuryPack, IdeaFileError> {
        let (_, value) = read_file(json, FileKind::JuryPack, JURY_PACK_VERSION)?;
        let p: v1::Pack = body(value)?;
        Ok(JuryPack {
            id: p.id,
            contest: p.contest,
            title: p.title,
            categories: p.categories,
            rubric: p.rubric,
            ideas: p.ideas,
            seal: p.seal,
        })
    }

    /// Reads a jury pack's bytes (UTF-8, with or without a byte order mark).
    pub fn from_bytes(bytes: &[u8]) -> Result<JuryPack, IdeaFileError> {
        JuryPack::from_json(file_text(bytes, FileKind::JuryPack)?)
    }

    fn to_v1(&self, id: &str, seal: &str) -> v1::Pack {
        v1::Pack {
            v: JURY_PACK_VERSION,
            file: FileKind::JuryPack.tag().unwrap_or_default().to_string(),
            id: id.to_string(),
            contest: self.contest.clone(),
            title: self.title.clone(),
            categories: self.categories.clone(),
            rubric: self.rubric.clone(),
            ideas: self.ideas.clone(),
            seal: seal.to_string(),
        }
    }

    fn canonical(&self) -> Vec<u8> {
        to_json(&self.to_v1(&self.id, "")).into_bytes()
    }
}

impl JuryAssignment {
    /// The jury pack of this assignment, from the ideas in `ideas` (the same ideas give the same
    /// pack, id and seal included).
    pub fn pack(&self, ideas: &IdeaBox) -> Result<JuryPack, JuryError> {
        let ideas = self
            .codes
            .iter()
            .map(|c| {
                let r = ideas.idea(&c.idea).ok_or_else(|| JuryError::IdeaGone {
                    id: c.idea.clone(),
                    code: c.code.clone(),
                })?;
                let i = &r.idea;
                Ok(JuryIdea {
                    code: c.code.clone(),
                    category: i.category.clone(),
                    title: i.title.clone(),
                    problem: i.problem.clone(),
                    solution: i.solution.clone(),
                    implementation: i.implementation.clone(),
                    effect: i.effect.clone(),
                })
            })
            .collect::<Result<Vec<_>, JuryError>>()?;
        let mut pack = JuryPack {
            id: String::new(),
            contest: self.contest.clone(),
            title: self.title.clone(),
            categories: self.categories.clone(),
            rubric: self.rubric.clone(),
            ideas,
            seal: String::new(),
        };
        pack.reseal();
        Ok(pack)
    }

    /// The idea id behind a code.
    pub fn idea_of(&self, code: &str) -> Option<&str> {
        self.codes
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.idea.as_str())
    }

    /// The code of an idea.
    pub fn code_of(&self, idea_id: &str) -> Option<&str> {
        self.codes
            .iter()
            .find(|c| c.idea == idea_id)
            .map(|c| c.code.as_str())
    }

    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}
