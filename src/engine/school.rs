//! Several classes together: the class file a teacher hands to the organizer (every contest with
//! every sealed record kept), merging such files on one device, and one ranking over many classes
//! with school and class columns.
//!
//! The class file is the teacher's stored form of the chosen contests
//! ([`encode_collections`]): one format, one reader, one version number. It carries only
//! sealed records, never grades: on the organizer's device every record is checked and re-graded
//! again against the organizer's own copy of the pack, so a class file edited by hand gains
//! nothing (an edited record is listed as tampered, as in a teacher's own import).

use super::import::Collection;
use super::ranking::{rank, RankRow};
use super::saved::{decode_collections, encode_collections, DecodeError, SavedContest};

/// A class file could not be read.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ClassFileError {
    /// Not UTF-8 text.
    #[error("the file is not a text file")]
    NotText,
    /// Not a class file, or a damaged one.
    #[error("this is not a Halol class file, or it is damaged: {0}")]
    Unreadable(DecodeError),
    /// A class file without any contest.
    #[error("the class file holds no contest")]
    Empty,
}

/// The class file of `contests` (their codes, names, classes and every kept record).
pub fn class_file(contests: &[SavedContest]) -> String {
    encode_collections(contests)
}

/// A file name for the class file of `contests`: `halol-class-<code>.json` for one contest,
/// `halol-classes-<n>.json` for several.
pub fn class_file_name(contests: &[SavedContest]) -> String {
    match contests {
        [one] => format!("halol-class-{}.json", one.code),
        many => format!("halol-classes-{}.json", many.len()),
    }
}

/// Reads a class file's bytes (UTF-8, with or without a byte order mark).
pub fn read_class_file(bytes: &[u8]) -> Result<Vec<SavedContest>, ClassFileError> {
    let text = std::str::from_utf8(bytes).map_err(|_| ClassFileError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let contests = decode_collections(text).map_err(ClassFileError::Unreadable)?;
    if contests.is_empty() {
        return Err(ClassFileError::Empty);
    }
    Ok(contests)
}

/// What merging a class file changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Merged {
    /// Contests that were new on this device.
    pub contests_added: usize,
    /// Records added (to new or known contests).
    pub records_added: usize,
    /// Records this device already had (the same sealed record), not added twice.
    pub records_known: usize,
}

/// Adds `incoming` contests to `list`: a contest with a code already on the device gets the
/// records it did not have (its name and class stay as they were); a new code is added whole.
/// Records are only kept here: duplicates of a student, tampered records and the like are found
/// when the collection is rebuilt ([`SavedContest::collection`]), and listed there.
pub fn merge_contests(list: &mut Vec<SavedContest>, incoming: Vec<SavedContest>) -> Merged {
    let mut merged = Merged::default();
    for contest in incoming {
        match list.iter_mut().find(|c| c.code == contest.code) {
            Some(known) => {
                for record in contest.records {
                    if known.records.contains(&record) {
                        merged.records_known += 1;
                    } else {
                        known.records.push(record);
                        merged.records_added += 1;
                    }
                }
            }
            None => {
                merged.contests_added += 1;
                merged.records_added += contest.records.len();
                list.push(contest);
            }
        }
    }
    merged
}

/// One ranking over several contests (classes) of one pack: the engine's ranking of all their
/// records together, where a student who left the class field empty gets the class the teacher
/// gave the contest, so the class column is never blank.
pub fn school_ranking(classes: &[(&SavedContest, &Collection)]) -> Vec<RankRow> {
    let collections: Vec<&Collection> = classes.iter().map(|(_, c)| *c).collect();
    let mut rows = rank(&collections);
    for row in &mut rows {
        let blank = row
            .student
            .class
            .as_deref()
            .is_none_or(|c| c.trim().is_empty());
        if blank {
            if let Some((contest, _)) = classes.iter().find(|(s, _)| s.code == row.contest) {
                if !contest.class.trim().is_empty() {
                    row.student.class = Some(contest.class.clone());
                }
            }
        }
    }
    rows
}
