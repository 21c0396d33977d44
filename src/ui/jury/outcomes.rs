//! What happened to each file the organizer or a juror opened, in their language: a stable word
//! for each outcome (styling, tests) and the sentence to read. The engine says what happened
//! ([`IdeaImport`], [`SheetImport`], [`IdeaFileError`]); this module only words it.

use crate::engine::idea::{
    FileKind, IdeaFileError, IdeaImport, IdeaRejection, SheetImport, SheetRejection,
};
use crate::engine::text::Lang;
use crate::ui::i18n::jury::{marks_missing, same_text, wrong_kind, JuryMsg};
use crate::ui::i18n::teacher::TeacherMsg;
use crate::ui::i18n::Text;

/// The name of a kind of file, for "this is X, not Y" (`None`: not a Halol file).
pub fn kind_name(kind: FileKind) -> Option<JuryMsg> {
    match kind {
        FileKind::Idea => Some(JuryMsg::FileIdea),
        FileKind::JuryPack => Some(JuryMsg::FileJuryPack),
        FileKind::ScoreSheet => Some(JuryMsg::FileScores),
        FileKind::QuizResult => Some(JuryMsg::FileQuizResult),
        FileKind::Other => None,
    }
}

/// Why a file that should be `expected` cannot be read.
pub fn file_error(error: &IdeaFileError, expected: FileKind, lang: Lang) -> String {
    match error {
        IdeaFileError::WrongKind { found, .. } => match (kind_name(*found), kind_name(expected)) {
            (Some(found), Some(expected)) => wrong_kind(found, expected, lang),
            _ => JuryMsg::ReasonUnreadable.text(lang).to_string(),
        },
        IdeaFileError::UnknownVersion { .. } => JuryMsg::ReasonNewerVersion.text(lang).to_string(),
        IdeaFileError::NotText { .. }
        | IdeaFileError::NotJson { .. }
        | IdeaFileError::Malformed { .. }
        | IdeaFileError::Qr(_) => JuryMsg::ReasonUnreadable.text(lang).to_string(),
    }
}

/// The error for a file the browser could not read at all.
pub fn unreadable(expected: FileKind, message: String) -> IdeaFileError {
    IdeaFileError::NotJson { expected, message }
}

/// A stable word for an idea's outcome: `accepted`, `unreadable`, `not-an-idea`, `tampered`,
/// `other-contest`, `duplicate` or `same-text`.
pub fn idea_kind(outcome: &IdeaImport) -> &'static str {
    match outcome {
        IdeaImport::Accepted { .. } => "accepted",
        IdeaImport::Rejected(r) => match r {
            IdeaRejection::Unreadable(_) => "unreadable",
            IdeaRejection::NotAnIdea { .. } => "not-an-idea",
            IdeaRejection::Tampered { .. } => "tampered",
            IdeaRejection::OtherContest { .. } => "other-contest",
            IdeaRejection::Duplicate { .. } => "duplicate",
            IdeaRejection::SameText { .. } => "same-text",
        },
    }
}

/// The idea's title as the file gives it (empty when it could not be read).
pub fn idea_title(outcome: &IdeaImport) -> String {
    match outcome {
        IdeaImport::Accepted { title, .. } => title.clone(),
        IdeaImport::Rejected(r) => match r {
            IdeaRejection::Tampered { title }
            | IdeaRejection::OtherContest { title, .. }
            | IdeaRejection::Duplicate { title, .. }
            | IdeaRejection::SameText { title, .. } => title.clone(),
            IdeaRejection::Unreadable(_) | IdeaRejection::NotAnIdea { .. } => String::new(),
        },
    }
}

/// The verdict and the sentence for an idea's outcome, in `lang`.
pub fn idea_reason(outcome: &IdeaImport, lang: Lang) -> (&'static str, String) {
    let text = |m: JuryMsg| m.text(lang).to_string();
    match outcome {
        IdeaImport::Accepted { id, .. } => (TeacherMsg::Accepted.text(lang), format!("№ {id}")),
        IdeaImport::Rejected(r) => (
            JuryMsg::Rejected.text(lang),
            match r {
                IdeaRejection::Unreadable(e) => file_error(e, FileKind::Idea, lang),
                IdeaRejection::NotAnIdea { found } => file_error(
                    &IdeaFileError::WrongKind {
                        expected: FileKind::Idea,
                        found: *found,
                    },
                    FileKind::Idea,
                    lang,
                ),
                IdeaRejection::Tampered { .. } => text(JuryMsg::ReasonIdeaTampered),
                IdeaRejection::OtherContest { .. } => text(JuryMsg::ReasonOtherContest),
                IdeaRejection::Duplicate { .. } => text(JuryMsg::ReasonIdeaAgain),
                IdeaRejection::SameText { other, .. } => same_text(other, lang),
            },
        ),
    }
}

/// A stable word for a score sheet's outcome: `accepted`, `same-juror`, `already-imported`,
/// `unreadable`, `not-a-score-sheet`, `tampered`, `other-pack`, `unknown-idea`,
/// `unknown-criterion` or `mark-out-of-range`.
pub fn sheet_kind(outcome: &SheetImport) -> &'static str {
    match outcome {
        SheetImport::Accepted { .. } => "accepted",
        SheetImport::SameJuror { .. } => "same-juror",
        SheetImport::AlreadyImported { .. } => "already-imported",
        SheetImport::Rejected(r) => match r {
            SheetRejection::Unreadable(_) => "unreadable",
            SheetRejection::NotAScoreSheet { .. } => "not-a-score-sheet",
            SheetRejection::Tampered { .. } => "tampered",
            SheetRejection::OtherJuryPack { .. } => "other-pack",
            SheetRejection::UnknownIdea { .. } => "unknown-idea",
            SheetRejection::UnknownCriterion { .. } => "unknown-criterion",
            SheetRejection::MarkOutOfRange { .. } => "mark-out-of-range",
        },
    }
}

/// The juror a sheet's outcome names (empty when the file could not be read).
pub fn sheet_juror(outcome: &SheetImport) -> String {
    match outcome {
        SheetImport::Accepted { juror, .. } | SheetImport::SameJuror { juror, .. } => juror.clone(),
        SheetImport::AlreadyImported { .. } => String::new(),
        SheetImport::Rejected(r) => match r {
            SheetRejection::Tampered { juror }
            | SheetRejection::OtherJuryPack { juror, .. }
            | SheetRejection::UnknownIdea { juror, .. }
            | SheetRejection::UnknownCriterion { juror, .. }
            | SheetRejection::MarkOutOfRange { juror, .. } => juror.clone(),
            SheetRejection::Unreadable(_) | SheetRejection::NotAScoreSheet { .. } => String::new(),
        },
    }
}

/// The verdict and the sentence for a score sheet's outcome, in `lang`.
pub fn sheet_reason(outcome: &SheetImport, lang: Lang) -> (&'static str, String) {
    let text = |m: JuryMsg| m.text(lang).to_string();
    let (accepted, rejected) = (
        TeacherMsg::Accepted.text(lang),
        JuryMsg::Rejected.text(lang),
    );
    match outcome {
        SheetImport::Accepted { missing: 0, .. } => (accepted, String::new()),
        SheetImport::Accepted { missing, .. } => (accepted, marks_missing(*missing, lang)),
        SheetImport::SameJuror { .. } => (accepted, text(JuryMsg::SheetSameJuror)),
        SheetImport::AlreadyImported { .. } => (rejected, text(JuryMsg::SheetAgain)),
        SheetImport::Rejected(r) => (
            rejected,
            match r {
                SheetRejection::Unreadable(e) => file_error(e, FileKind::ScoreSheet, lang),
                SheetRejection::NotAScoreSheet { found } => file_error(
                    &IdeaFileError::WrongKind {
                        expected: FileKind::ScoreSheet,
                        found: *found,
                    },
                    FileKind::ScoreSheet,
                    lang,
                ),
                SheetRejection::Tampered { .. } => text(JuryMsg::SheetTampered),
                SheetRejection::OtherJuryPack { .. } => text(JuryMsg::SheetOtherPack),
                SheetRejection::UnknownIdea { codes, .. } => {
                    format!("{}: {codes}", text(JuryMsg::SheetUnknownIdea))
                }
                SheetRejection::UnknownCriterion { criterion, .. } => {
                    format!("{}: {criterion}", text(JuryMsg::SheetUnknownCriterion))
                }
                SheetRejection::MarkOutOfRange {
                    code,
                    criterion,
                    mark,
                    max,
                    ..
                } => format!(
                    "{}: {code} · {criterion} = {mark} > {max}",
                    text(JuryMsg::SheetMarkTooHigh)
                ),
            },
        ),
    }
}
