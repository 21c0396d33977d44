//! The student's form: the idea as it is being written ([`IdeaDraft`]), its validation into
//! language-neutral problems ([`DraftProblem`]: the field and the kind; the UI words them in the
//! student's language), and the character count the form's live counters show ([`length`]).
//!
//! Rules (limits from the contest's settings):
//! - every text is counted in characters (Unicode scalar values) after trimming, so `Ўқувчи` is 6;
//! - a text field with a least of 0 may stay empty; otherwise empty is [`ProblemKind::Missing`],
//!   shorter than the least [`ProblemKind::TooShort`], longer than the most
//!   [`ProblemKind::TooLong`];
//! - the category must be one of the settings' ids;
//! - an author row whose four fields are all blank is ignored (a form may show an empty row);
//!   problems of an author name the row's index in the draft, counting blank rows too;
//! - at least one author, at most `limits.max_authors`;
//! - an age is written in digits (`15`, spaces around are fine) and lies in `limits.age`.

use super::config::{Bounds, IdeaContest};
use serde::{Deserialize, Serialize};

/// One author of an idea, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Author {
    /// The name.
    pub name: String,
    /// The age in years, as typed (checked by [`validate_draft`]).
    pub age: String,
    /// The school (or college, university, organisation).
    pub school: String,
    /// The class or group.
    pub class: String,
}

impl Author {
    /// Whether every field is blank (such a row is ignored).
    pub fn is_blank(&self) -> bool {
        [&self.name, &self.age, &self.school, &self.class]
            .iter()
            .all(|s| s.trim().is_empty())
    }
}

/// An idea as the student writes it. Every field is kept as typed; [`validate_draft`] says what
/// is missing, and [`IdeaRecord::submit`](super::record::IdeaRecord::submit) tidies it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct IdeaDraft {
    /// The idea's title.
    pub title: String,
    /// The problem it addresses.
    pub problem: String,
    /// The proposed solution.
    pub solution: String,
    /// How to put it into practice.
    pub implementation: String,
    /// The expected effect.
    pub effect: String,
    /// A category id from the settings.
    pub category: String,
    /// The authors (one, or a team).
    pub authors: Vec<Author>,
    /// An optional contact (phone, e-mail, Telegram).
    pub contact: String,
}

/// A field of the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdeaField {
    /// The title.
    Title,
    /// The problem.
    Problem,
    /// The solution.
    Solution,
    /// How to put it into practice.
    Implementation,
    /// The expected effect.
    Effect,
    /// The category.
    Category,
    /// The list of authors as a whole (none, or too many).
    Authors,
    /// The name of the author at this index of `authors`.
    AuthorName(usize),
    /// The age of the author at this index.
    AuthorAge(usize),
    /// The school of the author at this index.
    AuthorSchool(usize),
    /// The class of the author at this index.
    AuthorClass(usize),
    /// The contact.
    Contact,
}

/// What is wrong with a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProblemKind {
    /// Empty, but required.
    Missing,
    /// Fewer characters than the least.
    TooShort {
        /// The least.
        min: usize,
    },
    /// More characters than the most.
    TooLong {
        /// The most.
        max: usize,
    },
    /// Not one of the settings' categories.
    UnknownCategory,
    /// More authors than a team may have.
    TooManyAuthors {
        /// The most.
        max: usize,
    },
    /// No author at all.
    NoAuthor,
    /// The age is not written in digits.
    AgeNotANumber,
    /// The age is outside the contest's range.
    AgeOutOfRange {
        /// The youngest.
        min: usize,
        /// The oldest.
        max: usize,
    },
}

/// One problem of a draft: which field, and what.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{field:?}: {}", describe(*kind))]
pub struct DraftProblem {
    /// The field.
    pub field: IdeaField,
    /// What is wrong.
    pub kind: ProblemKind,
}

/// English words for logs and tests; the UI words problems in the student's language.
fn describe(kind: ProblemKind) -> String {
    match kind {
        ProblemKind::Missing => "this field is required".to_string(),
        ProblemKind::TooShort { min } => format!("write at least {min} characters"),
        ProblemKind::TooLong { max } => format!("write at most {max} characters"),
        ProblemKind::UnknownCategory => "choose a category from the list".to_string(),
        ProblemKind::TooManyAuthors { max } => format!("a team has at most {max} authors"),
        ProblemKind::NoAuthor => "add at least one author".to_string(),
        ProblemKind::AgeNotANumber => "write the age in digits".to_string(),
        ProblemKind::AgeOutOfRange { min, max } => {
            format!("the contest is for ages {min} to {max}")
        }
    }
}

/// The length of a text as the form's counter shows it and the limits count it: characters after
/// trimming.
pub fn length(text: &str) -> usize {
    text.trim().chars().count()
}

/// The age written in `text` (digits, spaces around allowed); `None` otherwise.
pub fn parse_age(text: &str) -> Option<usize> {
    let t = text.trim();
    if t.is_empty() || t.len() > 3 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// Every problem of `draft` under `contest`'s limits, in form order (empty when it can be
/// submitted). See the module doc for the rules.
pub fn validate_draft(draft: &IdeaDraft, contest: &IdeaContest) -> Vec<DraftProblem> {
    let l = &contest.limits;
    let mut problems = Vec::new();
    let p = &mut problems;
    check_text(p, IdeaField::Title, &draft.title, l.title);
    check_text(p, IdeaField::Problem, &draft.problem, l.problem);
    check_text(p, IdeaField::Solution, &draft.solution, l.solution);
    check_text(
        p,
        IdeaField::Implementation,
        &draft.implementation,
        l.implementation,
    );
    check_text(p, IdeaField::Effect, &draft.effect, l.effect);
    let category = draft.category.trim();
    if category.is_empty() {
        problems.push(DraftProblem {
            field: IdeaField::Category,
            kind: ProblemKind::Missing,
        });
    } else if contest.category(category).is_none() {
        problems.push(DraftProblem {
            field: IdeaField::Category,
            kind: ProblemKind::UnknownCategory,
        });
    }
    let authors: Vec<(usize, &Author)> = draft
        .authors
        .iter()
        .enumerate()
        .filter(|(_, a)| !a.is_blank())
        .collect();
    if authors.is_empty() {
        problems.push(DraftProblem {
            field: IdeaField::Authors,
            kind: ProblemKind::NoAuthor,
        });
    } else if authors.len() > l.max_authors {
        problems.push(DraftProblem {
            field: IdeaField::Authors,
            kind: ProblemKind::TooManyAuthors { max: l.max_authors },
        });
    }
    for (i, a) in authors {
        check_text(
            &mut problems,
            IdeaField::AuthorName(i),
            &a.name,
            l.author_name,
        );
        let age = if a.age.trim().is_empty() {
            Some(ProblemKind::Missing)
        } else {
            match parse_age(&a.age) {
                None => Some(ProblemKind::AgeNotANumber),
                Some(n) if n < l.age.min || n > l.age.max => Some(ProblemKind::AgeOutOfRange {
                    min: l.age.min,
                    max: l.age.max,
                }),
                Some(_) => None,
            }
        };
        if let Some(kind) = age {
            problems.push(DraftProblem {
                field: IdeaField::AuthorAge(i),
                kind,
            });
        }
        check_text(
            &mut problems,
            IdeaField::AuthorSchool(i),
            &a.school,
            l.school,
        );
        check_text(&mut problems, IdeaField::AuthorClass(i), &a.class, l.class);
    }
    check_text(&mut problems, IdeaField::Contact, &draft.contact, l.contact);
    problems
}

fn check_text(problems: &mut Vec<DraftProblem>, field: IdeaField, value: &str, bounds: Bounds) {
    if let Some(kind) = text_problem(value, bounds) {
        problems.push(DraftProblem { field, kind });
    }
}

/// The problem of one text under its bounds.
fn text_problem(value: &str, bounds: Bounds) -> Option<ProblemKind> {
    let n = length(value);
    if n == 0 && bounds.min > 0 {
        Some(ProblemKind::Missing)
    } else if n < bounds.min && n > 0 {
        Some(ProblemKind::TooShort { min: bounds.min })
    } else if n > bounds.max {
        Some(ProblemKind::TooLong { max: bounds.max })
    } else {
        None
    }
}

/// The draft as it is sealed: every text trimmed, blank author rows left out, ages written
/// without leading zeros, the category trimmed.
pub fn tidy(draft: &IdeaDraft) -> IdeaDraft {
    let t = |s: &str| s.trim().to_string();
    IdeaDraft {
        title: t(&draft.title),
        problem: t(&draft.problem),
        solution: t(&draft.solution),
        implementation: t(&draft.implementation),
        effect: t(&draft.effect),
        category: t(&draft.category),
        authors: draft
            .authors
            .iter()
            .filter(|a| !a.is_blank())
            .map(|a| Author {
                name: t(&a.name),
                age: parse_age(&a.age).map_or_else(|| t(&a.age), |n| n.to_string()),
                school: t(&a.school),
                class: t(&a.class),
            })
            .collect(),
        contact: t(&draft.contact),
    }
}
