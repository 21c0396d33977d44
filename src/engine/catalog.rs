//! The catalog: one summary per bundled quiz pack, enough to list the packs without loading them.

use super::text::LocalizedText;
use serde::{Deserialize, Serialize};

/// What the quiz list knows about one pack before the pack itself is fetched.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PackSummary {
    /// The pack id (equal to its file name without `.json`).
    pub id: String,
    /// The file name under `quizzes/`, fetched when the pack is opened.
    pub file: String,
    /// `law`, `ethics` or `mixed`.
    pub kind: String,
    /// The title shown in the list.
    pub title: LocalizedText,
    /// One or two sentences shown under the title.
    #[serde(default)]
    pub description: LocalizedText,
    /// How many questions the pack holds.
    pub question_count: usize,
}

/// The list of bundled packs, in file-name order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Catalog(pub Vec<PackSummary>);

impl Catalog {
    /// The summary of the pack with this id.
    pub fn get(&self, id: &str) -> Option<&PackSummary> {
        self.0.iter().find(|p| p.id == id)
    }

    /// The packs in catalog order, with the pack `featured` (if given and present) moved first.
    pub fn featured_first(&self, featured: Option<&str>) -> Vec<PackSummary> {
        let mut list = self.0.clone();
        if let Some(pos) = featured.and_then(|id| list.iter().position(|p| p.id == id)) {
            let pack = list.remove(pos);
            list.insert(0, pack);
        }
        list
    }
}
