//! The contest codes used by the end-to-end journeys decode to the contests they describe.
#![cfg(not(target_arch = "wasm32"))]

use halol::engine::contest_code::{parse, ContestSettings};

#[test]
fn the_journeys_contest_code_is_the_sample_pack_with_three_questions_and_five_minutes() {
    assert_eq!(
        parse("481GM-0C1SQ"),
        Ok(ContestSettings {
            pack_id: "namuna".into(),
            seed: 12345,
            question_count: Some(3),
            time_limit_minutes: Some(5),
        })
    );
}
