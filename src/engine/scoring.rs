//! Answers and their scores: what a student answered ([`Answer`]), the fraction of a question's
//! points it earns ([`score`], per FORMAT.md), and the correct answer the review screen shows.
//! Correctness only: time never adds points.

use super::pack::{Question, QuestionBody};
use serde::{Deserialize, Serialize};

/// Fractions this close to 1 count as fully correct (sums of weights are floating point).
const EPSILON: f64 = 1e-9;

/// What a student answered, as plain data (stored in sessions and exports).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The id of the one chosen option (`single`, `situation`).
    Choice(String),
    /// The ids of every chosen option (`multiple`); may be empty.
    Choices(ChoiceSet),
    /// True or false (`true_false`).
    Bool(bool),
    /// Every item id, in the order the student put them (`ordering`).
    Order(Vec<String>),
}

/// Option ids as a set: sorted, each once. Stored as a JSON array in that order, as a set type
/// would store it, and read back into that order from any array. A sorted list, not a
/// `BTreeSet`: a few ids, and the tree's code would be in the student's wasm for them alone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "Vec<String>")]
pub struct ChoiceSet(Vec<String>);

impl ChoiceSet {
    /// Whether `id` is in the set.
    pub fn contains(&self, id: &str) -> bool {
        self.0.iter().any(|c| c == id)
    }

    /// Adds `id`; `false` when it was there already.
    pub fn insert(&mut self, id: String) -> bool {
        match self.0.binary_search(&id) {
            Ok(_) => false,
            Err(at) => {
                self.0.insert(at, id);
                true
            }
        }
    }

    /// Removes `id`; `false` when it was not there.
    pub fn remove(&mut self, id: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|c| c != id);
        self.0.len() != before
    }

    /// The ids in order.
    pub fn iter(&self) -> std::slice::Iter<'_, String> {
        self.0.iter()
    }

    /// How many ids.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<Vec<String>> for ChoiceSet {
    fn from(mut ids: Vec<String>) -> ChoiceSet {
        ids.sort_unstable();
        ids.dedup();
        ChoiceSet(ids)
    }
}

impl<const N: usize> From<[String; N]> for ChoiceSet {
    fn from(ids: [String; N]) -> ChoiceSet {
        ChoiceSet::from(Vec::from(ids))
    }
}

impl FromIterator<String> for ChoiceSet {
    fn from_iter<I: IntoIterator<Item = String>>(ids: I) -> ChoiceSet {
        ChoiceSet::from(ids.into_iter().collect::<Vec<_>>())
    }
}

impl<'a> IntoIterator for &'a ChoiceSet {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// The fraction from 0 to 1 of the question's points that `answer` earns:
/// - `single`: 1 for the correct option, else 0;
/// - `multiple`: the sum of the chosen weights divided by the sum of the positive weights,
///   clamped to 0..=1 (unknown ids count 0);
/// - `true_false`: 1 when equal to the answer, else 0;
/// - `ordering`: the share of items in their correct position;
/// - `situation`: the chosen option's score.
///
/// An answer of the wrong shape for the question scores 0.
pub fn score(question: &Question, answer: &Answer) -> f64 {
    let raw = match (&question.body, answer) {
        (QuestionBody::Single { correct, .. }, Answer::Choice(id)) => {
            f64::from(u8::from(id == correct))
        }
        (QuestionBody::Multiple { options }, Answer::Choices(chosen)) => {
            let positive: f64 = options.iter().map(|o| o.weight.max(0.0)).sum();
            let got: f64 = options
                .iter()
                .filter(|o| chosen.contains(&o.choice.id))
                .map(|o| o.weight)
                .sum();
            if positive > 0.0 {
                got / positive
            } else {
                0.0
            }
        }
        (QuestionBody::TrueFalse { answer }, Answer::Bool(b)) => f64::from(u8::from(answer == b)),
        (QuestionBody::Ordering { items }, Answer::Order(order)) => {
            let right = items
                .iter()
                .zip(order)
                .filter(|(item, id)| item.id == **id)
                .count();
            right as f64 / items.len().max(1) as f64
        }
        (QuestionBody::Situation { options }, Answer::Choice(id)) => options
            .iter()
            .find(|o| &o.choice.id == id)
            .map_or(0.0, |o| o.score),
        _ => 0.0,
    };
    let clamped = raw.clamp(0.0, 1.0);
    if clamped > 1.0 - EPSILON {
        1.0
    } else {
        clamped
    }
}

/// Whether `answer` earns the whole of the question's points.
pub fn is_correct(question: &Question, answer: &Answer) -> bool {
    score(question, answer) >= 1.0
}

/// Whether `answer` has the shape the question expects and names only its own options: a
/// `Choice` of an existing option for single and situation, a set of existing options for
/// multiple, a `Bool` for true_false, and every item exactly once for ordering.
pub fn fits(question: &Question, answer: &Answer) -> bool {
    let known = |id: &String| question.choice(id).is_some();
    match (&question.body, answer) {
        (QuestionBody::Single { .. } | QuestionBody::Situation { .. }, Answer::Choice(id)) => {
            known(id)
        }
        (QuestionBody::Multiple { .. }, Answer::Choices(ids)) => ids.iter().all(known),
        (QuestionBody::TrueFalse { .. }, Answer::Bool(_)) => true,
        (QuestionBody::Ordering { items }, Answer::Order(order)) => {
            // Each item once: a handful of items, so a quadratic check and no set type.
            let once = order
                .iter()
                .enumerate()
                .all(|(i, id)| !order[..i].contains(id));
            order.len() == items.len() && once && order.iter().all(known)
        }
        _ => false,
    }
}

/// An answer that earns the full points: the correct option, every option with a positive
/// weight, the true/false answer, the items in the correct order, or the first situation option
/// scoring 1.
pub fn correct_answer(question: &Question) -> Answer {
    match &question.body {
        QuestionBody::Single { correct, .. } => Answer::Choice(correct.clone()),
        QuestionBody::Multiple { options } => Answer::Choices(
            options
                .iter()
                .filter(|o| o.weight > 0.0)
                .map(|o| o.choice.id.clone())
                .collect(),
        ),
        QuestionBody::TrueFalse { answer } => Answer::Bool(*answer),
        QuestionBody::Ordering { items } => {
            Answer::Order(items.iter().map(|i| i.id.clone()).collect())
        }
        QuestionBody::Situation { options } => Answer::Choice(
            options
                .iter()
                .find(|o| o.score >= 1.0)
                .or(options.first())
                .map(|o| o.choice.id.clone())
                .unwrap_or_default(),
        ),
    }
}

/// The option ids the review screen marks as right, in pack order: the correct option
/// (`single`), the options with a positive weight (`multiple`), every option scoring 1
/// (`situation`), the items in the correct order (`ordering`); empty for `true_false` (see
/// [`correct_answer`]).
pub fn correct_option_ids(question: &Question) -> Vec<&str> {
    match &question.body {
        QuestionBody::Single { correct, .. } => vec![correct.as_str()],
        QuestionBody::Multiple { options } => options
            .iter()
            .filter(|o| o.weight > 0.0)
            .map(|o| o.choice.id.as_str())
            .collect(),
        QuestionBody::TrueFalse { .. } => Vec::new(),
        QuestionBody::Ordering { items } => items.iter().map(|i| i.id.as_str()).collect(),
        QuestionBody::Situation { options } => options
            .iter()
            .filter(|o| o.score >= 1.0)
            .map(|o| o.choice.id.as_str())
            .collect(),
    }
}

/// The ids of the options an answer chose, for looking up their feedback (empty for `Bool`
/// and `Order` answers).
pub fn chosen_ids(answer: &Answer) -> Vec<&str> {
    match answer {
        Answer::Choice(id) => vec![id.as_str()],
        Answer::Choices(ids) => ids.iter().map(String::as_str).collect(),
        Answer::Bool(_) | Answer::Order(_) => Vec::new(),
    }
}
