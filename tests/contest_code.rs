//! Contest codes: round trips over many settings, every single-character typo and adjacent
//! transposition of a thousand codes detected, forgiving input, sentence errors, and the same
//! code giving the same questions to every student in a different order.

#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{pack, T0};
use halol::engine::contest_code::{
    contest_questions, contest_session, group, normalize, pack_id_of, pack_number, parse,
    seed_from, ContestCodeError, ContestSettings, SettingsError, CODE_LEN, PACK_NUMBERS,
    SEED_LIMIT,
};
use halol::engine::session::{Mode, Session};
use halol::engine::shuffle::SplitMix64;
use std::collections::BTreeSet;

const ALPHABET: &str = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn settings(pack_id: &str, seed: u32, count: Option<u8>, minutes: Option<u8>) -> ContestSettings {
    ContestSettings {
        pack_id: pack_id.to_string(),
        seed,
        question_count: count,
        time_limit_minutes: minutes,
    }
}

/// `check(input, expected)` for `parse`.
fn check(input: &str, expected: Result<ContestSettings, ContestCodeError>) {
    assert_eq!(parse(input), expected, "parsing {input:?}");
}

/// Many settings drawn from a fixed seed, covering every pack and the field edges.
fn many_settings(n: usize) -> Vec<ContestSettings> {
    let mut rng = SplitMix64::new(7);
    let edges = [None, Some(1), Some(2), Some(20), Some(126), Some(127)];
    (0..n)
        .map(|i| {
            let (pack_id, _) = PACK_NUMBERS[i % PACK_NUMBERS.len()];
            let seed = match i % 5 {
                0 => 0,
                1 => SEED_LIMIT - 1,
                _ => rng.below(u64::from(SEED_LIMIT)) as u32,
            };
            settings(
                pack_id,
                seed,
                edges[rng.below(6) as usize],
                edges[rng.below(6) as usize],
            )
        })
        .collect()
}

/// A code whose 45 data bits are `bits`, with the check character that makes it pass (found by
/// trying all 32: exactly one passes the check).
fn code_with_bits(bits: u64) -> String {
    let data: String = (0..CODE_LEN - 1)
        .map(|i| ALPHABET.as_bytes()[((bits >> (5 * (CODE_LEN - 2 - i))) & 31) as usize] as char)
        .collect();
    let passing: Vec<String> = ALPHABET
        .chars()
        .map(|c| format!("{data}{c}"))
        .filter(|code| parse(code) != Err(ContestCodeError::TypoDetected))
        .collect();
    assert_eq!(passing.len(), 1, "one check character for {data}");
    passing.into_iter().next().unwrap()
}

#[test]
fn codes_round_trip_over_many_settings() {
    for s in many_settings(2000) {
        let code = s.code().unwrap();
        assert_eq!(code.chars().count(), CODE_LEN, "{s:?}");
        assert!(code.chars().all(|c| ALPHABET.contains(c)), "{code}");
        check(&code, Ok(s));
    }
}

#[test]
fn the_bit_layout_is_as_documented() {
    // version 1, pack 4 (namuna), 3 questions, 5 minutes, seed 12345.
    let bits = (1u64 << 42) | (4 << 36) | (3 << 29) | (5 << 22) | 12345;
    check(
        &code_with_bits(bits),
        Ok(settings("namuna", 12345, Some(3), Some(5))),
    );
    assert_eq!(
        settings("namuna", 12345, Some(3), Some(5)).code().unwrap(),
        code_with_bits(bits)
    );
    // Zero count and zero minutes mean "all" and "the pack's".
    let bits = (1u64 << 42) | (1 << 36) | 77;
    check(
        &code_with_bits(bits),
        Ok(settings("qonun-bilimdonlari", 77, None, None)),
    );
}

#[test]
fn every_single_typo_and_adjacent_transposition_of_a_thousand_codes_is_detected() {
    let mut checked = 0usize;
    for s in many_settings(1000) {
        let code: Vec<char> = s.code().unwrap().chars().collect();
        for i in 0..CODE_LEN {
            for c in ALPHABET.chars().filter(|&c| c != code[i]) {
                let mut typo = code.clone();
                typo[i] = c;
                let typo: String = typo.into_iter().collect();
                assert_eq!(parse(&typo), Err(ContestCodeError::TypoDetected), "{typo}");
                checked += 1;
            }
        }
        for i in 0..CODE_LEN - 1 {
            if code[i] == code[i + 1] {
                continue;
            }
            let mut swapped = code.clone();
            swapped.swap(i, i + 1);
            let swapped: String = swapped.into_iter().collect();
            assert_eq!(
                parse(&swapped),
                Err(ContestCodeError::TypoDetected),
                "{swapped}"
            );
            checked += 1;
        }
    }
    assert!(checked > 1000 * CODE_LEN * 31, "{checked} variants checked");
}

#[test]
fn typed_forms_are_forgiving() {
    let s = settings("juma", 4_000_000, Some(10), Some(15));
    let code = s.code().unwrap();
    let grouped = group(&code);
    assert_eq!(grouped, format!("{}-{}", &code[..5], &code[5..]));
    let lower = code.to_lowercase();
    let spaced: String = code
        .chars()
        .enumerate()
        .flat_map(|(i, c)| if i % 3 == 2 { vec![c, ' '] } else { vec![c] })
        .collect();
    for typed in [
        code.clone(),
        grouped.clone(),
        lower.clone(),
        group(&lower),
        format!("  {spaced}  "),
        code.replace('1', "l").replace('0', "O"),
        code.replace('1', "i").replace('0', "o"),
    ] {
        check(&typed, Ok(s.clone()));
        assert_eq!(normalize(&typed).unwrap(), code, "{typed}");
    }
    // group leaves unreadable text as it is.
    assert_eq!(group("abc"), "abc");
}

#[test]
fn bad_codes_get_sentences() {
    let good = settings("namuna", 99, None, None).code().unwrap();
    check("", Err(ContestCodeError::WrongLength { found: 0 }));
    check(&good[..9], Err(ContestCodeError::WrongLength { found: 9 }));
    check(
        &format!("{good}7"),
        Err(ContestCodeError::WrongLength { found: 11 }),
    );
    check(
        &format!("{}U", &good[..9]),
        Err(ContestCodeError::BadCharacter {
            character: 'U',
            position: 10,
        }),
    );
    check(
        &format!("A*{}", &good[2..]),
        Err(ContestCodeError::BadCharacter {
            character: '*',
            position: 2,
        }),
    );
    // Version 2 and 7, and version 0 (never written).
    for version in [0u64, 2, 7] {
        check(
            &code_with_bits((version << 42) | (4 << 36)),
            Err(ContestCodeError::UnsupportedVersion {
                found: version as u8,
            }),
        );
    }
    // Pack numbers nobody has.
    for number in [0u64, 5, 63] {
        check(
            &code_with_bits((1 << 42) | (number << 36)),
            Err(ContestCodeError::UnknownPack {
                number: number as u8,
            }),
        );
    }
    let messages = [
        ContestCodeError::TypoDetected.to_string(),
        ContestCodeError::UnknownPack { number: 9 }.to_string(),
        ContestCodeError::UnsupportedVersion { found: 2 }.to_string(),
        ContestCodeError::WrongLength { found: 9 }.to_string(),
    ];
    assert!(messages[0].contains("typo"), "{}", messages[0]);
    assert!(messages[1].contains("update the app"), "{}", messages[1]);
    assert!(messages[2].contains("newer version"), "{}", messages[2]);
    assert!(messages[3].contains("has 9"), "{}", messages[3]);
}

#[test]
fn settings_that_do_not_fit_a_code_are_refused() {
    let cases = [
        (
            settings("no-such-pack", 1, None, None),
            SettingsError::PackHasNoNumber {
                pack_id: "no-such-pack".into(),
            },
        ),
        (
            settings("juma", 1, Some(0), None),
            SettingsError::QuestionCount { count: 0 },
        ),
        (
            settings("juma", 1, Some(128), None),
            SettingsError::QuestionCount { count: 128 },
        ),
        (
            settings("juma", 1, None, Some(0)),
            SettingsError::TimeLimit { minutes: 0 },
        ),
        (
            settings("juma", 1, None, Some(200)),
            SettingsError::TimeLimit { minutes: 200 },
        ),
        (
            settings("juma", SEED_LIMIT, None, None),
            SettingsError::SeedTooLarge { seed: SEED_LIMIT },
        ),
    ];
    for (s, expected) in cases {
        assert_eq!(s.code(), Err(expected), "{s:?}");
    }
}

#[test]
fn pack_numbers_are_stable_unique_and_fit_six_bits() {
    // Frozen: changing a number breaks every code already written on a board.
    assert_eq!(
        PACK_NUMBERS,
        &[
            ("qonun-bilimdonlari", 1),
            ("halollik-tanlovim", 2),
            ("juma", 3),
            ("namuna", 4),
        ]
    );
    let numbers: BTreeSet<u8> = PACK_NUMBERS.iter().map(|p| p.1).collect();
    assert_eq!(numbers.len(), PACK_NUMBERS.len());
    assert!(numbers.iter().all(|&n| (1..64).contains(&n)));
    for &(id, n) in PACK_NUMBERS {
        assert_eq!(pack_number(id), Some(n));
        assert_eq!(pack_id_of(n), Some(id));
    }
    // Every bundled pack has a number.
    let dir = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/quizzes")).unwrap();
    for entry in dir {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if let Some(id) = name.strip_suffix(".json").filter(|n| *n != "pack.schema") {
            assert!(pack_number(id).is_some(), "{id} has no contest number");
        }
    }
}

#[test]
fn seeds_from_random_bits_are_in_range() {
    for x in [0, 1, u64::MAX, 0xDEAD_BEEF_CAFE_BABE, 1 << 63] {
        assert!(seed_from(x) < SEED_LIMIT, "{x}");
    }
    let distinct: BTreeSet<u32> = (0..1000u64)
        .map(|i| seed_from(i.wrapping_mul(0x9E37_79B9_7F4A_7C15)))
        .collect();
    assert!(distinct.len() > 990);
}

fn order(session: &Session) -> Vec<(String, Vec<String>)> {
    session
        .slots()
        .iter()
        .map(|s| (s.question_id.clone(), s.order.clone()))
        .collect()
}

#[test]
fn the_same_code_gives_every_student_the_same_questions_in_their_own_order() {
    let law = pack("qonun-bilimdonlari");
    let code = settings("qonun-bilimdonlari", 31337, Some(15), Some(25))
        .code()
        .unwrap();
    let contest = parse(&code).unwrap();
    let subset = contest_questions(&law, &contest);
    assert_eq!(subset.len(), 15);
    let a = contest_session(&law, &contest, 1, T0).unwrap();
    let b = contest_session(&law, &contest, 2, T0 + 5).unwrap();
    let ids = |s: &Session| -> BTreeSet<String> {
        s.slots().iter().map(|s| s.question_id.clone()).collect()
    };
    assert_eq!(ids(&a), subset.iter().cloned().collect());
    assert_eq!(ids(&a), ids(&b));
    assert_ne!(order(&a), order(&b), "two students see different orders");
    assert_ne!(
        a.slots().iter().map(|s| &s.question_id).collect::<Vec<_>>(),
        b.slots().iter().map(|s| &s.question_id).collect::<Vec<_>>(),
    );
    // The same student seed gives the same order (a reload).
    assert_eq!(
        order(&a),
        order(&contest_session(&law, &contest, 1, T0).unwrap())
    );
    // The code's time limit and the pack's per-question limit.
    assert_eq!(a.mode(), Mode::Contest);
    assert_eq!(a.time_limit_ms(), Some(25 * 60_000));
    assert_eq!(a.question_time_limit_ms(), Some(90_000));
    assert_eq!(a.started_ms(), T0);
    // Another contest seed gives another subset.
    let other = settings("qonun-bilimdonlari", 31338, Some(15), Some(25));
    assert_ne!(contest_questions(&law, &other), subset);
}

#[test]
fn question_count_and_time_limit_defaults() {
    let law = pack("qonun-bilimdonlari");
    let all = settings("qonun-bilimdonlari", 5, None, None);
    assert_eq!(contest_questions(&law, &all).len(), law.questions.len());
    let session = contest_session(&law, &all, 9, T0).unwrap();
    assert_eq!(session.len(), law.questions.len());
    assert_eq!(
        session.time_limit_ms(),
        Some(1_200_000),
        "the pack's own limit"
    );
    let more = settings("qonun-bilimdonlari", 5, Some(127), None);
    assert_eq!(contest_questions(&law, &more).len(), law.questions.len());
    // Pack order.
    let subset = contest_questions(&law, &settings("qonun-bilimdonlari", 5, Some(10), None));
    let positions: Vec<usize> = subset
        .iter()
        .map(|id| law.questions.iter().position(|q| &q.id == id).unwrap())
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{positions:?}");
}

#[test]
fn a_contest_session_refuses_another_pack() {
    let sample = pack("namuna");
    let s = settings("juma", 1, None, None);
    assert_eq!(
        contest_session(&sample, &s, 1, T0).map(|_| ()),
        Err(ContestCodeError::OtherPack {
            expected: "juma".into(),
            found: "namuna".into()
        })
    );
}

#[test]
fn start_with_questions_takes_exactly_the_questions_given() {
    let law = pack("qonun-bilimdonlari");
    let ids: Vec<String> = [
        "law419-number",
        "no-such-question",
        "law419-purpose",
        "law419-number",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let practice = Session::start_with_questions(&law, Mode::Practice, &ids, 3, T0, Some(60_000));
    assert_eq!(
        practice
            .slots()
            .iter()
            .map(|s| s.question_id.as_str())
            .collect::<Vec<_>>(),
        ["law419-number", "law419-purpose"],
        "unknown ids and repeats left out, practice keeps the order given"
    );
    assert_eq!(practice.time_limit_ms(), None, "no limit in practice");
    assert_eq!(
        practice.slots()[0].order,
        ["a", "b", "c", "d"],
        "pack order in practice"
    );
    let contest = Session::start_with_questions(&law, Mode::Contest, &ids, 3, T0, None);
    assert_eq!(contest.len(), 2);
    assert_eq!(contest.time_limit_ms(), Some(1_200_000));
    assert_eq!(contest.seed(), 3);
    assert_eq!(contest.slots()[0].first_shown_ms, Some(T0));
}
