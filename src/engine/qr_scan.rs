//! A camera scan of QR series, as pure state: the shell hands in every text the camera reads
//! ([`super::qr::decode_luma`]) and learns what to tell the user. A file may take several codes;
//! the scan collects the parts of one series of its kind (in any order, a part seen twice is
//! fine) and says which numbers are still missing, and when the series is whole it hands the parts
//! over for the import ([`super::import::import_qr`] for a classroom result,
//! `IdeaBox::import_qr` for an idea). A part of another file's series starts that series instead
//! (the unfinished one is reported, never imported half).

use super::idea::record::IDEA_QR_PREFIX;
use super::qr_series::{self, SeriesError};
use super::result_record::RESULT_QR_PREFIX;

/// What one scanned text did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ScanStep {
    /// A part already scanned, or a part of a result already handed over in this scan (the
    /// camera sees the same code many times a second).
    Seen,
    /// A QR code that is not part of this kind of file (the contest link, a web address, another
    /// kind of Halol file…).
    NotOurs,
    /// A new part of the series; `missing` are the part numbers (1-based) still to scan.
    Progress {
        /// Parts scanned of this series.
        scanned: usize,
        /// Parts in the series.
        total: usize,
        /// The part numbers still missing.
        missing: Vec<usize>,
    },
    /// A part of another result arrived before the series being scanned was whole: the scan now
    /// collects the new series; `abandoned` parts of the old one were not imported.
    Restarted {
        /// Parts of the unfinished series that were set aside.
        abandoned: usize,
        /// The state of the new series (never `Restarted` itself).
        now: Box<ScanStep>,
    },
    /// Every part is there: import these texts. The scan starts afresh (and from now on ignores
    /// these parts).
    Complete(Vec<String>),
}

/// The parts of the series being scanned, and the parts of the series already handed over (the
/// camera keeps seeing a code until the student lowers the phone: it is not imported twice).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scan {
    prefix: &'static str,
    parts: Vec<String>,
    done: std::collections::HashSet<String>,
}

impl Scan {
    /// An empty scan of classroom results (`HALOL…` series).
    pub fn results() -> Scan {
        Scan::of(RESULT_QR_PREFIX)
    }

    /// An empty scan of ideas (`HALOLIDEA…` series).
    pub fn ideas() -> Scan {
        Scan::of(IDEA_QR_PREFIX)
    }

    fn of(prefix: &'static str) -> Scan {
        Scan {
            prefix,
            parts: Vec::new(),
            done: Default::default(),
        }
    }

    /// How many parts of the current series are scanned.
    pub fn scanned(&self) -> usize {
        self.parts.len()
    }

    /// Takes one text read from a camera frame.
    pub fn add(&mut self, text: &str) -> ScanStep {
        let text = text.trim();
        if self.done.contains(text) || self.parts.iter().any(|p| p == text) {
            return ScanStep::Seen;
        }
        let mut candidate = self.parts.clone();
        candidate.push(text.to_string());
        match qr_series::from_chunks(self.prefix, &candidate) {
            Err(SeriesError::Foreign { .. } | SeriesError::NoParts) => ScanStep::NotOurs,
            Err(SeriesError::Mixed) if !self.parts.is_empty() => {
                let abandoned = std::mem::take(&mut self.parts).len();
                match self.add(text) {
                    ScanStep::Restarted { now, .. } => ScanStep::Restarted { abandoned, now },
                    now => ScanStep::Restarted {
                        abandoned,
                        now: Box::new(now),
                    },
                }
            }
            Err(SeriesError::Missing { missing, total }) => {
                self.parts = candidate;
                ScanStep::Progress {
                    scanned: total - missing.len(),
                    total,
                    missing,
                }
            }
            // Whole (or whole but damaged, or not a readable file): the import says which, with
            // its reason, so nothing is dropped silently.
            _ => {
                self.parts.clear();
                self.done.extend(candidate.iter().cloned());
                ScanStep::Complete(candidate)
            }
        }
    }
}
