//! The raw serde form of a pack file: exactly the JSON of `quizzes/FORMAT.md`, every field
//! optional so that a missing one becomes a located problem instead of a parse error. Nothing here
//! is checked; [`super::parse_pack`] turns it into the validated [`super::Pack`].

use crate::engine::text::LocalizedText;
use serde::{Deserialize, Serialize};

/// A pack file as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawPack {
    /// An optional link to `pack.schema.json` for editors; ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub json_schema: Option<String>,
    /// The format version; `1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<u64>,
    /// The pack id, `[a-z0-9-]+`, equal to the file name without `.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `law`, `ethics` or `mixed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The title shown in the quiz list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<LocalizedText>,
    /// One or two sentences for the intro screen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Defaults for one attempt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<RawSettings>,
    /// The questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub questions: Option<Vec<RawQuestion>>,
}

/// The `settings` object as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawSettings {
    /// How many questions one attempt draws.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_count: Option<i64>,
    /// Total time for a contest attempt, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_secs: Option<i64>,
    /// Time for one question in a contest, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_time_limit_secs: Option<i64>,
}

/// One question as written; which of `options`, `items` and `answer` apply depends on `kind`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawQuestion {
    /// Unique within the pack, `[a-z0-9-]+`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// `single`, `multiple`, `true_false`, `ordering` or `situation`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The question or the situation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// Why the answer is right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<LocalizedText>,
    /// The act and article or document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<LocalizedText>,
    /// A topic tag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// 1 to 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub difficulty: Option<i64>,
    /// The weight of the question in the total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points: Option<f64>,
    /// The options of `single`, `multiple` and `situation` questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<RawOption>>,
    /// The items of an `ordering` question, in the correct order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<RawItem>>,
    /// The answer of a `true_false` question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<bool>,
}

/// One option as written; `correct`, `weight` and `score` belong to single, multiple and
/// situation questions respectively.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RawOption {
    /// Unique within the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The text shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
    /// `single`: whether this is the correct option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub correct: Option<bool>,
    /// `multiple`: the weight from -1 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// `situation`: the score from 0 to 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
    /// Shown when this option is chosen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feedback: Option<LocalizedText>,
}

/// One item of an ordering question as written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawItem {
    /// Unique within the question.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The text shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalizedText>,
}
