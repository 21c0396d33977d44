//! The idea contest's settings, bundled as `quizzes/ideas/idea-contest.json` (format:
//! `quizzes/ideas/FORMAT.md`): the contest's id and title, the categories a student chooses from,
//! the jury's rubric (criteria with their maximum mark and weight, and the disagreement
//! threshold) and the limits of the student's form.
//!
//! [`IdeaContest::from_json`] reads the raw form and validates it into [`IdeaContest`], collecting
//! every problem with its place, not just the first.
//!
//! # The scale of totals
//!
//! A juror's **weighted total** of an idea is on 0–100:
//! `100 × Σ (weight × mark / max) / Σ weight` over the criteria. Weights are whole numbers and only
//! their ratios matter (the bundled rubric uses percentages that add up to 100). The
//! `disagreement_threshold` is on the same 0–100 scale: an idea is flagged when the highest and
//! the lowest of its jurors' weighted totals differ by more than the threshold.

use super::draft::IdeaField;
use crate::engine::text::{Lang, LocalizedText};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The newest settings format (`"schema": 1`).
pub const CONFIG_SCHEMA: u64 = 1;

/// A category a student files an idea under.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// `[a-z0-9-]+`, unique.
    pub id: String,
    /// Its name.
    pub title: LocalizedText,
}

/// One criterion of the rubric.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// `[a-z0-9-]+`, unique.
    pub id: String,
    /// Its name (a column header).
    pub title: LocalizedText,
    /// One line for jurors: what to look at.
    pub description: LocalizedText,
    /// The highest mark (marks are whole numbers from 0), 1 to 100.
    pub max: u32,
    /// The weight in the total, a whole number greater than 0 (only ratios matter).
    pub weight: u32,
}

/// The jury's rubric. Copied into every jury pack, so a juror scores against exactly what the
/// organizer used.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rubric {
    /// The criteria, in the order jurors and spreadsheets show them.
    pub criteria: Vec<Criterion>,
    /// On the 0–100 scale of weighted totals (see the module doc), rounded to thousandths: an idea
    /// whose jurors' totals differ by more than this is flagged.
    pub disagreement_threshold: f64,
}

impl Rubric {
    /// The criterion with this id.
    pub fn criterion(&self, id: &str) -> Option<&Criterion> {
        self.criteria.iter().find(|c| c.id == id)
    }

    /// The sum of the weights.
    pub fn total_weight(&self) -> u64 {
        self.criteria.iter().map(|c| u64::from(c.weight)).sum()
    }
}

/// The least and the most of something, both included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bounds {
    /// The least (0: the field may stay empty).
    pub min: usize,
    /// The most.
    pub max: usize,
}

/// The limits of the student's form. Text limits count characters after trimming, as
/// [`length`](super::draft::length) does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// The idea's title.
    pub title: Bounds,
    /// The problem it addresses.
    pub problem: Bounds,
    /// The proposed solution.
    pub solution: Bounds,
    /// How to put it into practice.
    pub implementation: Bounds,
    /// The expected effect.
    pub effect: Bounds,
    /// The optional contact (min 0).
    pub contact: Bounds,
    /// Each author's name.
    pub author_name: Bounds,
    /// Each author's school (or college, university, organisation).
    pub school: Bounds,
    /// Each author's class or group (min 0: optional).
    pub class: Bounds,
    /// Each author's age in years.
    pub age: Bounds,
    /// The most authors of one idea (a team).
    pub max_authors: usize,
}

impl Limits {
    /// The text limits of a field, for the form's live counter; `None` for the category, the
    /// author list and the age, which have no character count.
    pub fn of(&self, field: IdeaField) -> Option<Bounds> {
        match field {
            IdeaField::Title => Some(self.title),
            IdeaField::Problem => Some(self.problem),
            IdeaField::Solution => Some(self.solution),
            IdeaField::Implementation => Some(self.implementation),
            IdeaField::Effect => Some(self.effect),
            IdeaField::Contact => Some(self.contact),
            IdeaField::AuthorName(_) => Some(self.author_name),
            IdeaField::AuthorSchool(_) => Some(self.school),
            IdeaField::AuthorClass(_) => Some(self.class),
            IdeaField::Category | IdeaField::Authors | IdeaField::AuthorAge(_) => None,
        }
    }
}

/// The validated settings of an idea contest.
#[derive(Clone, Debug, PartialEq)]
pub struct IdeaContest {
    /// `[a-z0-9-]+`; every idea file names it.
    pub id: String,
    /// The contest's title.
    pub title: LocalizedText,
    /// A few sentences for the student's form (may be empty).
    pub description: LocalizedText,
    /// The categories, in the order the form lists them.
    pub categories: Vec<Category>,
    /// The jury's rubric.
    pub rubric: Rubric,
    /// The limits of the student's form.
    pub limits: Limits,
}

impl IdeaContest {
    /// The category with this id.
    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }
}

/// The raw form, as written in the file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    schema: u64,
    id: String,
    title: LocalizedText,
    #[serde(default)]
    description: LocalizedText,
    categories: Vec<Category>,
    rubric: Rubric,
    limits: Limits,
}

/// One thing wrong in the settings, with its place (`categories[2].title` …).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ConfigProblem {
    /// A settings format this app does not read.
    #[error("schema: this app reads settings format {CONFIG_SCHEMA}, not {found}")]
    Schema {
        /// The `schema` found.
        found: u64,
    },
    /// An id that is not `[a-z0-9-]+`.
    #[error("{place}: the id `{id}` may use only lowercase Latin letters a-z, digits and hyphens")]
    BadId {
        /// Where.
        place: String,
        /// The id.
        id: String,
    },
    /// An id used twice in one list.
    #[error("{place}: the id `{id}` is used twice; every id in the list must be different")]
    DuplicateId {
        /// Where.
        place: String,
        /// The id.
        id: String,
    },
    /// A text without a language every text needs.
    #[error("{place}: the {lang} text is missing (every text needs uz-Cyrl and ru)")]
    MissingText {
        /// Where.
        place: String,
        /// The language tag.
        lang: String,
    },
    /// A language tag the app does not know.
    #[error(
        "{place}: unknown language `{lang}`; use uz-Cyrl, uz-Latn, ru or en (mind the capitals)"
    )]
    UnknownLanguage {
        /// Where.
        place: String,
        /// The tag.
        lang: String,
    },
    /// No category.
    #[error("categories: the list is empty; give at least one category")]
    NoCategories,
    /// No criterion.
    #[error("rubric.criteria: the list is empty; give at least one criterion")]
    NoCriteria,
    /// A weight of 0.
    #[error("{place}: the weight must be a whole number greater than 0")]
    WeightNotPositive {
        /// Where.
        place: String,
    },
    /// A highest mark outside 1 to 100.
    #[error("{place}: the highest mark must be from 1 to 100, not {max}")]
    BadMax {
        /// Where.
        place: String,
        /// The value.
        max: u32,
    },
    /// A threshold outside 0 to 100.
    #[error(
        "rubric.disagreement_threshold: must be a number from 0 to 100 (the scale of weighted \
         totals), not {value}"
    )]
    BadThreshold {
        /// The value.
        value: f64,
    },
    /// A limit whose least is above its most.
    #[error("{place}: the least ({min}) is more than the most ({max})")]
    MinAboveMax {
        /// Where.
        place: String,
        /// The least.
        min: usize,
        /// The most.
        max: usize,
    },
    /// A limit whose most is 0 (nothing could be written, or no author could join).
    #[error("{place}: the most must be at least 1")]
    ZeroMax {
        /// Where.
        place: String,
    },
}

/// Why the settings cannot be used.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ConfigError {
    /// The text is not JSON.
    #[error("the idea contest settings are not valid JSON ({message})")]
    NotJson {
        /// The parser's message, with line and column.
        message: String,
    },
    /// JSON, but a field is missing, unknown or of the wrong type.
    #[error("the idea contest settings do not have the expected fields ({message}); see quizzes/ideas/FORMAT.md")]
    Malformed {
        /// What does not fit, as serde reports it.
        message: String,
    },
    /// Every field is there, but some values break the rules.
    #[error("the idea contest settings have {} problem(s): {}", problems.len(), join(problems))]
    Invalid {
        /// Every problem, in file order.
        problems: Vec<ConfigProblem>,
    },
}

fn join(problems: &[ConfigProblem]) -> String {
    problems
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

impl IdeaContest {
    /// Reads and validates the settings (see `quizzes/ideas/FORMAT.md`). A byte order mark is
    /// ignored.
    pub fn from_json(json: &str) -> Result<IdeaContest, ConfigError> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let raw: Raw = serde_json::from_str(json).map_err(|e| match e.classify() {
            serde_json::error::Category::Data => ConfigError::Malformed {
                message: e.to_string(),
            },
            _ => ConfigError::NotJson {
                message: e.to_string(),
            },
        })?;
        let mut problems = Vec::new();
        if raw.schema != CONFIG_SCHEMA {
            problems.push(ConfigProblem::Schema { found: raw.schema });
        }
        check_id(&mut problems, "id", &raw.id);
        check_text(&mut problems, "title", &raw.title, true);
        check_text(&mut problems, "description", &raw.description, false);

        if raw.categories.is_empty() {
            problems.push(ConfigProblem::NoCategories);
        }
        let mut seen = BTreeSet::new();
        for (i, c) in raw.categories.iter().enumerate() {
            let place = format!("categories[{i}]");
            check_id(&mut problems, &format!("{place}.id"), &c.id);
            if !seen.insert(c.id.as_str()) {
                problems.push(ConfigProblem::DuplicateId {
                    place: format!("{place}.id"),
                    id: c.id.clone(),
                });
            }
            check_text(&mut problems, &format!("{place}.title"), &c.title, true);
        }

        if raw.rubric.criteria.is_empty() {
            problems.push(ConfigProblem::NoCriteria);
        }
        let mut seen = BTreeSet::new();
        for (i, c) in raw.rubric.criteria.iter().enumerate() {
            let place = format!("rubric.criteria[{i}]");
            check_id(&mut problems, &format!("{place}.id"), &c.id);
            if !seen.insert(c.id.as_str()) {
                problems.push(ConfigProblem::DuplicateId {
                    place: format!("{place}.id"),
                    id: c.id.clone(),
                });
            }
            check_text(&mut problems, &format!("{place}.title"), &c.title, true);
            check_text(
                &mut problems,
                &format!("{place}.description"),
                &c.description,
                true,
            );
            if !(1..=100).contains(&c.max) {
                problems.push(ConfigProblem::BadMax {
                    place: format!("{place}.max"),
                    max: c.max,
                });
            }
            if c.weight == 0 {
                problems.push(ConfigProblem::WeightNotPositive {
                    place: format!("{place}.weight"),
                });
            }
        }
        let threshold = raw.rubric.disagreement_threshold;
        if !(0.0..=100.0).contains(&threshold) {
            problems.push(ConfigProblem::BadThreshold { value: threshold });
        }

        let l = &raw.limits;
        for (name, b, needs_text) in [
            ("title", l.title, true),
            ("problem", l.problem, true),
            ("solution", l.solution, true),
            ("implementation", l.implementation, true),
            ("effect", l.effect, true),
            ("contact", l.contact, true),
            ("author_name", l.author_name, true),
            ("school", l.school, true),
            ("class", l.class, true),
            ("age", l.age, false),
        ] {
            let place = format!("limits.{name}");
            if b.min > b.max {
                problems.push(ConfigProblem::MinAboveMax {
                    place,
                    min: b.min,
                    max: b.max,
                });
            } else if needs_text && b.max == 0 {
                problems.push(ConfigProblem::ZeroMax { place });
            }
        }
        if l.max_authors == 0 {
            problems.push(ConfigProblem::ZeroMax {
                place: "limits.max_authors".to_string(),
            });
        }

        if !problems.is_empty() {
            return Err(ConfigError::Invalid { problems });
        }
        let mut rubric = raw.rubric;
        rubric.disagreement_threshold = (threshold * 1000.0).round() / 1000.0;
        Ok(IdeaContest {
            id: raw.id,
            title: raw.title,
            description: raw.description,
            categories: raw.categories,
            rubric,
            limits: raw.limits,
        })
    }
}

fn check_id(problems: &mut Vec<ConfigProblem>, place: &str, id: &str) {
    if !is_id(id) {
        problems.push(ConfigProblem::BadId {
            place: place.to_string(),
            id: id.to_string(),
        });
    }
}

/// Whether `s` is an id: `[a-z0-9-]+`.
pub(crate) fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Checks the language tags of a text and, when `required` (or when the text has any language at
/// all), that it holds uz-Cyrl and ru.
fn check_text(
    problems: &mut Vec<ConfigProblem>,
    place: &str,
    text: &LocalizedText,
    required: bool,
) {
    for (lang, _) in text.entries() {
        if Lang::from_tag(lang).is_none() {
            problems.push(ConfigProblem::UnknownLanguage {
                place: place.to_string(),
                lang: lang.to_string(),
            });
        }
    }
    if !required && text.is_empty() {
        return;
    }
    for lang in [Lang::UzCyrl, Lang::Ru] {
        if text.get(lang).is_none() {
            problems.push(ConfigProblem::MissingText {
                place: place.to_string(),
                lang: lang.tag().to_string(),
            });
        }
    }
}
