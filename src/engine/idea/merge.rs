//! The organizer merging the jurors' score sheets into the ranking, and revealing the authors.
//!
//! # Importing sheets
//!
//! Each score sheet file is read, its seal checked and its jury pack compared; every outcome is
//! reported, nothing is dropped silently:
//!
//! - accepted (with how many marks it still misses);
//! - the same juror again (by name, `engine::text::match_key`): kept too, and every sheet of that
//!   juror is flagged until the organizer keeps one ([`JuryResults::resolve_duplicate`]); until
//!   then only the newest of them (latest export time, then latest import) counts;
//! - already imported (the very same sealed sheet again): not added twice;
//! - rejected: unreadable, not a score sheet, tampered, for another jury pack, naming an idea code
//!   that is not in the pack (or one twice), a criterion that is not in the rubric, or a mark above
//!   the criterion's maximum.
//!
//! # The arithmetic
//!
//! For each idea, over the counted sheets:
//! - **mean per criterion**: the mean of the marks given for it; a juror who did not mark the
//!   criterion is left out of that mean (none given: no mean);
//! - a juror's **weighted total** of the idea ([`juror_total`]), only when that juror marked every
//!   criterion of it: `100 × Σ (weight × mark / max) / Σ weight`, on 0–100;
//! - the idea's **weighted total**: the same formula over the criterion means, given only when at
//!   least one juror marked every criterion (when every juror is complete it equals the mean of the
//!   jurors' totals);
//! - **spread**: the highest minus the lowest of the complete jurors' totals (0 with one juror);
//!   **flagged** when the spread is above the rubric's `disagreement_threshold` (to the
//!   thousandth, so a spread equal to the threshold is not flagged);
//! - **jurors**: how many marked every criterion; **partial**: how many marked some but not all.
//!
//! Ranking: the higher weighted total first; totals equal to the thousandth share the place, in
//! standard competition ranking ("1, 2, 2, 4"). Ideas without a total are listed last, without a
//! place. Rows of equal rank are in code order.

use super::config::Rubric;
use super::draft::Author;
use super::inbox::IdeaBox;
use super::jury::JuryAssignment;
use super::score_sheet::{check_mark, MarkError, ScoreSheet};
use super::{FileKind, IdeaFileError};
use crate::engine::text::{match_key, LocalizedText};
use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// The number of a score sheet among the organizer's (unique, never reused).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SheetId(pub u64);

/// A score sheet kept by the organizer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptSheet {
    /// Its number.
    pub id: SheetId,
    /// The sheet as handed in.
    pub sheet: ScoreSheet,
    /// Whether another sheet of the same juror is kept too (the organizer chooses).
    pub duplicate: bool,
}

/// The organizer's jury round: the assignment of the jury pack and the sheets kept for it.
#[derive(Clone, Debug, PartialEq)]
pub struct JuryResults {
    assignment: JuryAssignment,
    sheets: Vec<KeptSheet>,
    next_id: u64,
}

/// Why a score sheet was not accepted. Messages are for the organizer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SheetRejection {
    /// The file cannot be read.
    #[error("{0}")]
    Unreadable(IdeaFileError),
    /// Another kind of file.
    #[error("this file is {found}, not a juror's score sheet; import it where it belongs")]
    NotAScoreSheet {
        /// What the file is.
        found: FileKind,
    },
    /// The seal does not match.
    #[error(
        "the scores of {juror} were changed after they were exported, so they were not counted; \
         ask {juror} to export the score file again"
    )]
    Tampered {
        /// The juror's name (as it reads now).
        juror: String,
    },
    /// The sheet scores another jury pack.
    #[error(
        "the scores of {juror} are for the jury pack {found}, not for this one ({expected}); the \
         juror should score the current jury pack"
    )]
    OtherJuryPack {
        /// The juror.
        juror: String,
        /// The sheet's pack id.
        found: String,
        /// This round's pack id.
        expected: String,
    },
    /// The sheet names codes that are not in the pack (or one twice).
    #[error("the scores of {juror} name ideas that are not in this jury pack ({codes})")]
    UnknownIdea {
        /// The juror.
        juror: String,
        /// The codes, comma-separated.
        codes: String,
    },
    /// The sheet marks a criterion that is not in the rubric.
    #[error("the scores of {juror} give a mark for `{criterion}`, which is not in the rubric")]
    UnknownCriterion {
        /// The juror.
        juror: String,
        /// The criterion id.
        criterion: String,
    },
    /// A mark above the criterion's maximum.
    #[error(
        "the scores of {juror} give idea {code} the mark {mark} for `{criterion}`, but the \
         highest mark is {max}"
    )]
    MarkOutOfRange {
        /// The juror.
        juror: String,
        /// The idea's code.
        code: String,
        /// The criterion id.
        criterion: String,
        /// The mark.
        mark: u32,
        /// The maximum.
        max: u32,
    },
}

/// What importing one score sheet did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SheetImport {
    /// Kept.
    Accepted {
        /// Its number.
        id: SheetId,
        /// The juror.
        juror: String,
        /// How many marks it does not give (0: complete).
        missing: usize,
    },
    /// Kept, but the same juror's sheet was already there: every sheet of that juror is flagged
    /// until the organizer keeps one.
    SameJuror {
        /// Its number.
        id: SheetId,
        /// The juror.
        juror: String,
        /// The same juror's sheets already kept.
        others: Vec<SheetId>,
    },
    /// This very sheet (same seal) is already kept; not added again.
    AlreadyImported {
        /// The sheet already there.
        id: SheetId,
    },
    /// Not kept, with the reason.
    Rejected(SheetRejection),
}

/// Why [`JuryResults::resolve_duplicate`] could not act.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SheetResolveError {
    /// No sheet with that number.
    #[error("there is no score sheet number {0} any more")]
    NoSuchSheet(u64),
    /// The sheet has no duplicate.
    #[error("score sheet number {0} has no other sheet of the same juror to choose from")]
    NotADuplicate(u64),
}

impl JuryResults {
    /// No sheet yet, for the jury pack of `assignment`.
    pub fn new(assignment: JuryAssignment) -> JuryResults {
        JuryResults {
            assignment,
            sheets: Vec::new(),
            next_id: 1,
        }
    }

    /// The round rebuilt from kept sheets (in order), each imported again, with the outcome of
    /// every sheet that no longer imports (its index in `sheets`), so nothing is lost silently.
    pub fn from_sheets(
        assignment: JuryAssignment,
        sheets: &[ScoreSheet],
    ) -> (JuryResults, Vec<(usize, SheetImport)>) {
        let mut results = JuryResults::new(assignment);
        let refused = sheets
            .iter()
            .enumerate()
            .filter_map(|(i, s)| match results.import_sheet(s.clone()) {
                SheetImport::Accepted { .. } | SheetImport::SameJuror { .. } => None,
                other => Some((i, other)),
            })
            .collect();
        (results, refused)
    }

    /// The jury pack's assignment.
    pub fn assignment(&self) -> &JuryAssignment {
        &self.assignment
    }

    /// The rubric of the jury pack.
    pub fn rubric(&self) -> &Rubric {
        &self.assignment.rubric
    }

    /// Every sheet kept, in import order.
    pub fn sheets(&self) -> &[KeptSheet] {
        &self.sheets
    }

    /// The sheets that count: one per juror (for a juror with several, the newest; see the module
    /// doc), in import order.
    pub fn counted(&self) -> Vec<&KeptSheet> {
        let mut newest: BTreeMap<String, &KeptSheet> = BTreeMap::new();
        for k in &self.sheets {
            let key = match_key(&k.sheet.juror);
            match newest.get(&key) {
                Some(n) if n.sheet.exported_ms > k.sheet.exported_ms => {}
                _ => {
                    newest.insert(key, k);
                }
            }
        }
        let ids: BTreeSet<SheetId> = newest.values().map(|k| k.id).collect();
        self.sheets.iter().filter(|k| ids.contains(&k.id)).collect()
    }

    /// The score sheets that count, for [`idea_xlsx`](super::export::idea_xlsx).
    pub fn counted_sheets(&self) -> Vec<&ScoreSheet> {
        self.counted().into_iter().map(|k| &k.sheet).collect()
    }

    /// Takes a sheet out (the organizer discards it); `None` when it is not there.
    pub fn remove(&mut self, id: SheetId) -> Option<ScoreSheet> {
        let i = self.sheets.iter().position(|k| k.id == id)?;
        let removed = self.sheets.remove(i);
        self.reflag();
        Some(removed.sheet)
    }

    /// Keeps the sheet `keep` and removes the other sheets of the same juror. Returns the numbers
    /// removed.
    pub fn resolve_duplicate(&mut self, keep: SheetId) -> Result<Vec<SheetId>, SheetResolveError> {
        let kept = self
            .sheets
            .iter()
            .find(|k| k.id == keep)
            .ok_or(SheetResolveError::NoSuchSheet(keep.0))?;
        if !kept.duplicate {
            return Err(SheetResolveError::NotADuplicate(keep.0));
        }
        let key = match_key(&kept.sheet.juror);
        let removed: Vec<SheetId> = self
            .sheets
            .iter()
            .filter(|k| k.id != keep && match_key(&k.sheet.juror) == key)
            .map(|k| k.id)
            .collect();
        self.sheets.retain(|k| !removed.contains(&k.id));
        self.reflag();
        Ok(removed)
    }

    /// Imports one score sheet file (its bytes: UTF-8 JSON, with or without a byte order mark).
    pub fn import(&mut self, bytes: &[u8]) -> SheetImport {
        match ScoreSheet::from_bytes(bytes) {
            Ok(sheet) => self.import_sheet(sheet),
            Err(IdeaFileError::WrongKind { found, .. }) => {
                SheetImport::Rejected(SheetRejection::NotAScoreSheet { found })
            }
            Err(e) => SheetImport::Rejected(SheetRejection::Unreadable(e)),
        }
    }

    /// Imports a sheet already read (see the module doc for the outcomes).
    pub fn import_sheet(&mut self, sheet: ScoreSheet) -> SheetImport {
        let juror = sheet.juror.clone();
        if !sheet.verify() {
            return SheetImport::Rejected(SheetRejection::Tampered { juror });
        }
        if sheet.jury_pack != self.assignment.pack_id {
            return SheetImport::Rejected(SheetRejection::OtherJuryPack {
                juror,
                found: sheet.jury_pack,
                expected: self.assignment.pack_id.clone(),
            });
        }
        if let Some(same) = self.sheets.iter().find(|k| k.sheet.seal == sheet.seal) {
            return SheetImport::AlreadyImported { id: same.id };
        }
        let mut seen = BTreeSet::new();
        let strays: Vec<&str> = sheet
            .scores
            .iter()
            .filter(|s| self.assignment.idea_of(&s.code).is_none() || !seen.insert(s.code.as_str()))
            .map(|s| s.code.as_str())
            .collect();
        if !strays.is_empty() {
            return SheetImport::Rejected(SheetRejection::UnknownIdea {
                codes: strays.join(", "),
                juror,
            });
        }
        for s in &sheet.scores {
            for (criterion, &mark) in &s.marks {
                match check_mark(&self.assignment.rubric, criterion, mark) {
                    Ok(_) => {}
                    Err(MarkError::OutOfRange {
                        criterion,
                        mark,
                        max,
                    }) => {
                        return SheetImport::Rejected(SheetRejection::MarkOutOfRange {
                            juror,
                            code: s.code.clone(),
                            criterion,
                            mark,
                            max,
                        })
                    }
                    Err(_) => {
                        return SheetImport::Rejected(SheetRejection::UnknownCriterion {
                            juror,
                            criterion: criterion.clone(),
                        })
                    }
                }
            }
        }
        let given: usize = sheet.scores.iter().map(|s| s.marks.len()).sum();
        let asked = self.assignment.codes.len() * self.assignment.rubric.criteria.len();
        let missing = asked.saturating_sub(given);
        let id = SheetId(self.next_id);
        self.next_id += 1;
        let key = match_key(&juror);
        let others: Vec<SheetId> = self
            .sheets
            .iter()
            .filter(|k| match_key(&k.sheet.juror) == key)
            .map(|k| k.id)
            .collect();
        self.sheets.push(KeptSheet {
            id,
            sheet,
            duplicate: false,
        });
        self.reflag();
        if others.is_empty() {
            SheetImport::Accepted { id, juror, missing }
        } else {
            SheetImport::SameJuror { id, juror, others }
        }
    }

    /// Flags every sheet whose juror has another sheet kept.
    fn reflag(&mut self) {
        let keys: Vec<String> = self
            .sheets
            .iter()
            .map(|k| match_key(&k.sheet.juror))
            .collect();
        for (i, k) in self.sheets.iter_mut().enumerate() {
            k.duplicate = keys.iter().filter(|other| **other == keys[i]).count() > 1;
        }
    }
}

/// A juror's comment on an idea.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JurorComment {
    /// The juror.
    pub juror: String,
    /// The comment.
    pub comment: String,
}

/// One line of the idea ranking, authors revealed.
#[derive(Clone, Debug, PartialEq)]
pub struct IdeaRankRow {
    /// The place, from 1 (equal totals share it); `None` for an idea without a total.
    pub place: Option<usize>,
    /// The anonymous code.
    pub code: String,
    /// The idea's id.
    pub idea_id: String,
    /// The title (empty if the idea was taken out of the box).
    pub title: String,
    /// The category id.
    pub category: String,
    /// The category's name (the id as uz-Cyrl text when the category is unknown).
    pub category_title: LocalizedText,
    /// The authors, revealed.
    pub authors: Vec<Author>,
    /// The contact, revealed.
    pub contact: String,
    /// The mean mark per criterion, in rubric order (`None`: nobody marked it).
    pub means: Vec<Option<f64>>,
    /// The weighted total on 0–100 (`None`: no juror marked every criterion).
    pub total: Option<f64>,
    /// The highest minus the lowest juror's total (`None` without a total).
    pub spread: Option<f64>,
    /// Whether the spread is above the rubric's disagreement threshold.
    pub flagged: bool,
    /// How many jurors marked every criterion.
    pub jurors: usize,
    /// How many jurors marked some criteria but not all.
    pub partial: usize,
    /// The jurors' comments, in the order the sheets were imported.
    pub comments: Vec<JurorComment>,
}

/// A juror's weighted total on 0–100 from `marks` (criterion id → mark), or `None` when a
/// criterion of `rubric` is not marked (see the module doc).
pub fn juror_total(rubric: &Rubric, marks: &BTreeMap<String, u32>) -> Option<f64> {
    let fractions: Option<Vec<f64>> = rubric
        .criteria
        .iter()
        .map(|c| marks.get(&c.id).map(|&m| f64::from(m)))
        .collect();
    weighted(rubric, &fractions?)
}

/// `100 × Σ (weight × value / max) / Σ weight`, values in rubric order.
fn weighted(rubric: &Rubric, values: &[f64]) -> Option<f64> {
    let total_weight = rubric.total_weight();
    if total_weight == 0 || values.len() != rubric.criteria.len() {
        return None;
    }
    let sum: f64 = rubric
        .criteria
        .iter()
        .zip(values)
        .map(|(c, v)| f64::from(c.weight) * v / f64::from(c.max.max(1)))
        .sum();
    Some(100.0 * sum / total_weight as f64)
}

/// The ranking of every idea of the jury pack, over the counted sheets of `results`, with the
/// authors revealed from `ideas` (see the module doc for the arithmetic and the order).
pub fn idea_ranking(results: &JuryResults, ideas: &IdeaBox) -> Vec<IdeaRankRow> {
    let rubric = results.rubric();
    let counted = results.counted();
    let threshold = milli(rubric.disagreement_threshold);
    let mut rows: Vec<IdeaRankRow> = results
        .assignment
        .codes
        .iter()
        .map(|entry| {
            let scores: Vec<(&ScoreSheet, &BTreeMap<String, u32>, &str)> = counted
                .iter()
                .filter_map(|k| {
                    k.sheet
                        .score(&entry.code)
                        .map(|s| (&k.sheet, &s.marks, s.comment.as_str()))
                })
                .collect();
            let means: Vec<Option<f64>> = rubric
                .criteria
                .iter()
                .map(|c| {
                    let given: Vec<f64> = scores
                        .iter()
                        .filter_map(|(_, marks, _)| marks.get(&c.id).map(|&m| f64::from(m)))
                        .collect();
                    (!given.is_empty()).then(|| given.iter().sum::<f64>() / given.len() as f64)
                })
                .collect();
            let totals: Vec<f64> = scores
                .iter()
                .filter_map(|(_, marks, _)| juror_total(rubric, marks))
                .collect();
            let partial = scores
                .iter()
                .filter(|(_, marks, _)| !marks.is_empty() && juror_total(rubric, marks).is_none())
                .count();
            let total = if totals.is_empty() {
                None
            } else {
                let means: Option<Vec<f64>> = means.iter().copied().collect();
                means.and_then(|m| weighted(rubric, &m))
            };
            let spread = total.map(|_| {
                let max = totals.iter().copied().fold(f64::MIN, f64::max);
                let min = totals.iter().copied().fold(f64::MAX, f64::min);
                max - min
            });
            let record = ideas.idea(&entry.idea);
            let category = record.map(|r| r.idea.category.clone()).unwrap_or_default();
            let category_title = results
                .assignment
                .category(&category)
                .map(|c| c.title.clone())
                .unwrap_or_else(|| LocalizedText::from_iter([("uz-Cyrl", category.clone())]));
            IdeaRankRow {
                place: None,
                code: entry.code.clone(),
                idea_id: entry.idea.clone(),
                title: record.map(|r| r.idea.title.clone()).unwrap_or_default(),
                category,
                category_title,
                authors: record.map(|r| r.idea.authors.clone()).unwrap_or_default(),
                contact: record.map(|r| r.idea.contact.clone()).unwrap_or_default(),
                means,
                total,
                spread,
                flagged: spread.is_some_and(|s| milli(s) > threshold),
                jurors: totals.len(),
                partial,
                comments: scores
                    .iter()
                    .filter(|(_, _, comment)| !comment.is_empty())
                    .map(|(sheet, _, comment)| JurorComment {
                        juror: sheet.juror.clone(),
                        comment: comment.to_string(),
                    })
                    .collect(),
            }
        })
        .collect();
    rows.sort_by(|a, b| compare(a, b).then_with(|| a.code.cmp(&b.code)));
    for i in 0..rows.len() {
        if rows[i].total.is_none() {
            continue;
        }
        rows[i].place = if i > 0 && compare(&rows[i - 1], &rows[i]) == Ordering::Equal {
            rows[i - 1].place
        } else {
            Some(i + 1)
        };
    }
    rows
}

/// Better first: a higher total (to the thousandth); no total last.
fn compare(a: &IdeaRankRow, b: &IdeaRankRow) -> Ordering {
    match (a.total, b.total) {
        (Some(x), Some(y)) => milli(y).cmp(&milli(x)),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn milli(x: f64) -> i64 {
    (x * 1000.0).round() as i64
}
