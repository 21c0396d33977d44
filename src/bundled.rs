//! The catalog of the quiz packs bundled in `quizzes/`, compiled in from the table `build.rs`
//! writes.

use crate::engine::catalog::{Catalog, PackSummary};
use crate::engine::text::LocalizedText;

/// A pack's row: id, file name, kind, title, description (each text as (language tag, text)
/// pairs), question count.
type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    &'static [(&'static str, &'static str)],
    usize,
);

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The bundled catalog.
pub fn catalog() -> Catalog {
    let text = |entries: &[(&str, &str)]| entries.iter().copied().collect::<LocalizedText>();
    Catalog(
        PACKS
            .iter()
            .map(
                |&(id, file, kind, title, description, question_count)| PackSummary {
                    id: id.to_string(),
                    file: file.to_string(),
                    kind: kind.to_string(),
                    title: text(title),
                    description: text(description),
                    question_count,
                },
            )
            .collect(),
    )
}
