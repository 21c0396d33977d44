//! The bundled idea contest settings (`quizzes/ideas/idea-contest.json`), embedded in the wasm of
//! the idea pages with `include_str!` and validated once by the engine. `tests/idea_config.rs`
//! checks natively that the bundled file validates, so the error branch is for a broken build.

use crate::engine::idea::{ConfigError, IdeaContest};
use std::sync::OnceLock;

/// The settings file's text, as bundled.
const SETTINGS: &str = include_str!("../../quizzes/ideas/idea-contest.json");

/// The bundled idea contest, validated on first use.
pub fn bundled() -> Result<&'static IdeaContest, &'static ConfigError> {
    static CONTEST: OnceLock<Result<IdeaContest, ConfigError>> = OnceLock::new();
    CONTEST
        .get_or_init(|| IdeaContest::from_json(SETTINGS))
        .as_ref()
}
