//! The organizer's box of ideas: every idea file (or QR series) is read, its seal checked, its
//! contest compared, and it is either accepted or reported with its reason. Nothing is dropped
//! silently:
//!
//! - accepted: kept, in import order;
//! - rejected: unreadable (with the reason), not an idea file (a jury pack, a score sheet, a quiz
//!   result …), tampered (the seal or the id does not match), another contest, a duplicate (an idea
//!   with the same id is already in the box: the same file again), or the same text as another
//!   idea (the same title and solution once case, script, punctuation and spacing are set aside:
//!   `engine::text::match_key`), naming the idea already there.
//!
//! Only the sealed records are kept (`engine::saved::OrganizerState`), so a reload imports them
//! again and re-checks every seal.

use super::record::IdeaRecord;
use super::{FileKind, IdeaFileError};
use crate::engine::text::match_key;

/// The ideas accepted for one contest, in the order they were imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IdeaBox {
    contest: String,
    ideas: Vec<IdeaRecord>,
}

/// Why an idea was not accepted. Messages are for the organizer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IdeaRejection {
    /// The file or QR series cannot be read.
    #[error("{0}")]
    Unreadable(IdeaFileError),
    /// Another kind of file.
    #[error("this file is {found}, not an idea; import it where it belongs")]
    NotAnIdea {
        /// What the file is.
        found: FileKind,
    },
    /// The seal or the id does not match: the file was edited after the phone made it.
    #[error(
        "the idea «{title}» was changed after it was submitted, so it was not accepted; ask the \
         authors to send the file from the phone again"
    )]
    Tampered {
        /// The title in the file (as it reads now).
        title: String,
    },
    /// The idea is for another contest.
    #[error("the idea «{title}» is for the contest `{found}`, not for this one (`{expected}`)")]
    OtherContest {
        /// The title.
        title: String,
        /// The file's contest id.
        found: String,
        /// This box's contest id.
        expected: String,
    },
    /// An idea with the same id is already in the box.
    #[error("the idea {id} «{title}» is already in the box (the same file was imported again)")]
    Duplicate {
        /// The id.
        id: String,
        /// The title.
        title: String,
    },
    /// Another idea in the box has the same title and solution.
    #[error(
        "the idea {id} «{title}» has the same title and solution as the idea {other} already in \
         the box; if they are really two ideas, ask the authors to tell them apart"
    )]
    SameText {
        /// The new idea's id.
        id: String,
        /// Its title.
        title: String,
        /// The id of the idea already in the box.
        other: String,
    },
}

/// What importing one idea did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IdeaImport {
    /// Kept in the box.
    Accepted {
        /// The idea's id.
        id: String,
        /// Its title.
        title: String,
    },
    /// Not kept, with the reason.
    Rejected(IdeaRejection),
}

impl IdeaBox {
    /// An empty box for the contest with this id.
    pub fn new(contest_id: &str) -> IdeaBox {
        IdeaBox {
            contest: contest_id.to_string(),
            ideas: Vec::new(),
        }
    }

    /// The box rebuilt from kept records (in order), each imported again, with the outcome of
    /// every record that no longer imports (its index in `records`), so nothing is lost silently.
    pub fn from_records(
        contest_id: &str,
        records: &[IdeaRecord],
    ) -> (IdeaBox, Vec<(usize, IdeaImport)>) {
        let mut ideas = IdeaBox::new(contest_id);
        let refused = records
            .iter()
            .enumerate()
            .filter_map(|(i, r)| match ideas.import_record(r.clone()) {
                IdeaImport::Accepted { .. } => None,
                other => Some((i, other)),
            })
            .collect();
        (ideas, refused)
    }

    /// The contest's id.
    pub fn contest(&self) -> &str {
        &self.contest
    }

    /// Every idea kept, in import order.
    pub fn ideas(&self) -> &[IdeaRecord] {
        &self.ideas
    }

    /// The idea with this id.
    pub fn idea(&self, id: &str) -> Option<&IdeaRecord> {
        self.ideas.iter().find(|r| r.id == id)
    }

    /// How many ideas are kept.
    pub fn len(&self) -> usize {
        self.ideas.len()
    }

    /// Whether no idea is kept yet.
    pub fn is_empty(&self) -> bool {
        self.ideas.is_empty()
    }

    /// Takes an idea out of the box (the organizer withdraws it); `None` when it is not there.
    pub fn remove(&mut self, id: &str) -> Option<IdeaRecord> {
        let i = self.ideas.iter().position(|r| r.id == id)?;
        Some(self.ideas.remove(i))
    }

    /// Imports one idea file (its bytes: UTF-8 JSON, with or without a byte order mark).
    pub fn import(&mut self, bytes: &[u8]) -> IdeaImport {
        match IdeaRecord::from_bytes(bytes) {
            Ok(record) => self.import_record(record),
            Err(e) => IdeaImport::Rejected(unreadable(e)),
        }
    }

    /// Imports one idea from its scanned QR texts (any order).
    pub fn import_qr(&mut self, chunks: &[String]) -> IdeaImport {
        match IdeaRecord::from_qr_chunks(chunks) {
            Ok(record) => self.import_record(record),
            Err(e) => IdeaImport::Rejected(unreadable(e)),
        }
    }

    /// Imports an idea already read (see the module doc for the outcomes).
    pub fn import_record(&mut self, record: IdeaRecord) -> IdeaImport {
        let title = record.idea.title.clone();
        if !record.verify() {
            return IdeaImport::Rejected(IdeaRejection::Tampered { title });
        }
        if record.contest != self.contest {
            return IdeaImport::Rejected(IdeaRejection::OtherContest {
                title,
                found: record.contest,
                expected: self.contest.clone(),
            });
        }
        if self.idea(&record.id).is_some() {
            return IdeaImport::Rejected(IdeaRejection::Duplicate {
                id: record.id,
                title,
            });
        }
        let key = text_key(&record);
        if let Some(other) = self.ideas.iter().find(|r| text_key(r) == key) {
            return IdeaImport::Rejected(IdeaRejection::SameText {
                id: record.id,
                title,
                other: other.id.clone(),
            });
        }
        let id = record.id.clone();
        self.ideas.push(record);
        IdeaImport::Accepted { id, title }
    }
}

/// The key that says two ideas have the same text: title and solution, words only.
fn text_key(record: &IdeaRecord) -> String {
    format!(
        "{}|{}",
        match_key(&record.idea.title),
        match_key(&record.idea.solution)
    )
}

fn unreadable(e: IdeaFileError) -> IdeaRejection {
    match e {
        IdeaFileError::WrongKind { found, .. } => IdeaRejection::NotAnIdea { found },
        e => IdeaRejection::Unreadable(e),
    }
}
