//! The catalog of the quiz packs bundled in `quizzes/`, embedded at build time by `build.rs`.

use crate::engine::catalog::{Catalog, CatalogError};

/// The catalog JSON that `build.rs` extracted from `quizzes/*.json`.
pub const CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

/// The bundled catalog, parsed.
pub fn catalog() -> Result<Catalog, CatalogError> {
    Catalog::from_json(CATALOG_JSON)
}
