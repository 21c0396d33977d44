//! The contest code a teacher writes on the board: ten characters that tell every phone which
//! pack, which questions and how much time, so the same code gives the same contest everywhere
//! without a server.
//!
//! # Alphabet
//!
//! Crockford's base32: `0123456789ABCDEFGHJKMNPQRSTVWXYZ` (no `I`, `L`, `O`, `U`). Reading is
//! forgiving: lower case is accepted, `I` and `L` read as `1`, `O` as `0`, and hyphens and spaces
//! are ignored, so `abcde-fghjk` and `ABCDEFGHJK` are the same code. [`group`] writes a code as
//! `ABCDE-FGHJK` for the board.
//!
//! # Bit layout (format version 1)
//!
//! Nine data characters carry 45 bits, most significant first; the tenth is the check character.
//!
//! | bits (44 = first) | width | field |
//! |---|---|---|
//! | 44–42 | 3 | format version, `1` ([`CODE_VERSION`]) |
//! | 41–36 | 6 | pack number from [`PACK_NUMBERS`] (1–63; 0 is never used) |
//! | 35–29 | 7 | number of questions, 1–127; 0 = all the pack's questions |
//! | 28–22 | 7 | total time limit in minutes, 1–127; 0 = the pack's own limit |
//! | 21–0 | 22 | the question-subset seed, 0–4 194 303 ([`SEED_LIMIT`]) |
//!
//! The version sits in the first character's top bits, so a later format can change everything
//! after it and an old app still says "update the app" instead of "typo".
//!
//! # Check character
//!
//! The symbols are read as elements of the field GF(32) (polynomial x⁵ + x² + 1) and folded as
//! `acc = α·acc + d` (α = x), a Damm-style check over a totally anti-symmetric quasigroup. The check
//! character makes the fold over all ten characters zero. Changing one character by `e ≠ 0` changes
//! the fold by `e·αᵏ ≠ 0`; swapping neighbours `x ≠ y` changes it by `(x + y)·αᵏ·(α + 1) ≠ 0`. So
//! **every single-character typo and every adjacent transposition is detected**, including those
//! touching the check character itself; `tests/contest_code.rs` checks it over every such error of
//! a thousand codes.
//!
//! # Same contest, shuffled per student
//!
//! [`contest_questions`] draws the question subset from the code's seed alone (so every phone has
//! the same questions); [`contest_session`] then starts a contest session on exactly those
//! questions with the student's own seed, which orders the questions and their options.

use super::pack::Pack;
use super::session::{Mode, Session};
use super::shuffle::SplitMix64;
use serde::{Deserialize, Serialize};

/// The format version this code writes and reads.
pub const CODE_VERSION: u8 = 1;

/// How many characters a code has (nine data characters and the check character).
pub const CODE_LEN: usize = 10;

/// Seeds are below this number (22 bits).
pub const SEED_LIMIT: u32 = 1 << 22;

/// The largest number of questions, and of minutes, a code can carry.
pub const MAX_FIELD: u8 = 127;

/// The stable number of each bundled pack in contest codes. A number is never reused or changed:
/// a new pack gets the next free number, so codes written today keep their meaning.
pub const PACK_NUMBERS: &[(&str, u8)] = &[
    ("qonun-bilimdonlari", 1),
    ("halollik-tanlovim", 2),
    ("juma", 3),
    ("namuna", 4),
];

/// Crockford's base32 symbols, value = position.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Mixed into the code's seed so the subset draw never equals a student's order draw.
const SUBSET_SALT: u64 = 0x4841_4C4F_4C00_0000;

/// What a contest code says: the pack, the subset seed, how many questions and how much time.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ContestSettings {
    /// The pack id (one of [`PACK_NUMBERS`]).
    pub pack_id: String,
    /// Chooses the question subset; below [`SEED_LIMIT`] (see [`seed_from`]).
    pub seed: u32,
    /// How many questions (1–127); `None`: all the pack's questions.
    pub question_count: Option<u8>,
    /// The total time limit in minutes (1–127); `None`: the pack's own limit.
    pub time_limit_minutes: Option<u8>,
}

/// Why a typed or scanned contest code cannot be used. Messages are for the student or teacher
/// typing it.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ContestCodeError {
    /// Not ten characters once hyphens and spaces are left out.
    #[error(
        "a contest code has {CODE_LEN} letters and digits, but this one has {found}; check that \
         no character is missing or added"
    )]
    WrongLength {
        /// How many characters were found.
        found: usize,
    },
    /// A character that is not in the code alphabet.
    #[error(
        "`{character}` (character {position}) cannot be in a contest code; codes use the digits \
         and the letters A–Z except I, L, O and U"
    )]
    BadCharacter {
        /// The character.
        character: char,
        /// Its 1-based position among the code's characters.
        position: usize,
    },
    /// The check character does not match: a character was mistyped or two were swapped.
    #[error(
        "this contest code has a typo (a wrong character or two swapped); compare it with the \
         board again"
    )]
    TypoDetected,
    /// A format version this app does not read.
    #[error(
        "this contest code was made by a newer version of Halol (code format {found}); update the \
         app to join"
    )]
    UnsupportedVersion {
        /// The version found.
        found: u8,
    },
    /// A pack number this app does not know.
    #[error(
        "this contest uses a quiz this app does not have (quiz number {number}); update the app \
         to join"
    )]
    UnknownPack {
        /// The pack number found.
        number: u8,
    },
    /// The pack opened is not the contest's pack.
    #[error("this contest is on the quiz `{expected}`, but the quiz `{found}` was opened")]
    OtherPack {
        /// The contest's pack id.
        expected: String,
        /// The pack given.
        found: String,
    },
}

/// Why settings cannot be written as a code. Messages are for the teacher creating a contest.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SettingsError {
    /// The pack has no contest number.
    #[error("the quiz `{pack_id}` cannot be used for a classroom contest yet (it has no contest number)")]
    PackHasNoNumber {
        /// The pack id.
        pack_id: String,
    },
    /// Zero or more than 127 questions.
    #[error("a contest has from 1 to {MAX_FIELD} questions (or all of them), not {count}")]
    QuestionCount {
        /// The number asked for.
        count: u8,
    },
    /// Zero or more than 127 minutes.
    #[error(
        "a contest time limit is from 1 to {MAX_FIELD} minutes (or the quiz's own), not {minutes}"
    )]
    TimeLimit {
        /// The minutes asked for.
        minutes: u8,
    },
    /// The seed does not fit in 22 bits.
    #[error("the contest seed {seed} is too large; make it with `seed_from`")]
    SeedTooLarge {
        /// The seed given.
        seed: u32,
    },
}

/// A contest seed (below [`SEED_LIMIT`]) from any 64 random bits the shell drew.
pub fn seed_from(random: u64) -> u32 {
    // The top bits of SplitMix64-like sources are as good as the low ones; fold them all in.
    ((random ^ (random >> 22) ^ (random >> 44)) % u64::from(SEED_LIMIT)) as u32
}

/// The contest number of a pack id, if it has one.
pub fn pack_number(pack_id: &str) -> Option<u8> {
    PACK_NUMBERS
        .iter()
        .find(|(id, _)| *id == pack_id)
        .map(|&(_, n)| n)
}

/// The pack id with this contest number, if any.
pub fn pack_id_of(number: u8) -> Option<&'static str> {
    PACK_NUMBERS
        .iter()
        .find(|&&(_, n)| n == number)
        .map(|&(id, _)| id)
}

impl ContestSettings {
    /// The ten-character code (no hyphens; see [`group`] for the board).
    pub fn code(&self) -> Result<String, SettingsError> {
        let pack = pack_number(&self.pack_id).ok_or_else(|| SettingsError::PackHasNoNumber {
            pack_id: self.pack_id.clone(),
        })?;
        let count = match self.question_count {
            None => 0,
            Some(c @ 1..=MAX_FIELD) => c,
            Some(count) => return Err(SettingsError::QuestionCount { count }),
        };
        let minutes = match self.time_limit_minutes {
            None => 0,
            Some(m @ 1..=MAX_FIELD) => m,
            Some(minutes) => return Err(SettingsError::TimeLimit { minutes }),
        };
        if self.seed >= SEED_LIMIT {
            return Err(SettingsError::SeedTooLarge { seed: self.seed });
        }
        let bits = (u64::from(CODE_VERSION) << 42)
            | (u64::from(pack) << 36)
            | (u64::from(count) << 29)
            | (u64::from(minutes) << 22)
            | u64::from(self.seed);
        let mut symbols: Vec<u8> = (0..CODE_LEN - 1)
            .map(|i| ((bits >> (5 * (CODE_LEN - 2 - i))) & 31) as u8)
            .collect();
        symbols.push(check_symbol(&symbols));
        Ok(symbols
            .into_iter()
            .map(|s| char::from(ALPHABET[usize::from(s)]))
            .collect())
    }

    /// The total time limit in milliseconds the code sets, if it sets one.
    pub fn time_limit_ms(&self) -> Option<u64> {
        self.time_limit_minutes.map(|m| u64::from(m) * 60_000)
    }
}

/// Reads a typed or scanned contest code (any case, hyphens and spaces ignored, `I`/`L` as `1`,
/// `O` as `0`) into its settings.
pub fn parse(code: &str) -> Result<ContestSettings, ContestCodeError> {
    let symbols = symbols(code)?;
    if fold(&symbols) != 0 {
        return Err(ContestCodeError::TypoDetected);
    }
    let bits = symbols[..CODE_LEN - 1]
        .iter()
        .fold(0u64, |acc, &s| (acc << 5) | u64::from(s));
    let field = |shift: u32, width: u32| ((bits >> shift) & ((1 << width) - 1)) as u32;
    let version = field(42, 3) as u8;
    if version != CODE_VERSION {
        return Err(ContestCodeError::UnsupportedVersion { found: version });
    }
    let number = field(36, 6) as u8;
    let pack_id = pack_id_of(number).ok_or(ContestCodeError::UnknownPack { number })?;
    let nonzero = |v: u32| (v != 0).then_some(v as u8);
    Ok(ContestSettings {
        pack_id: pack_id.to_string(),
        seed: field(0, 22),
        question_count: nonzero(field(29, 7)),
        time_limit_minutes: nonzero(field(22, 7)),
    })
}

/// The canonical form of a typed code (ten upper-case characters, no hyphens), without checking
/// its check character or contents.
pub fn normalize(code: &str) -> Result<String, ContestCodeError> {
    Ok(symbols(code)?
        .into_iter()
        .map(|s| char::from(ALPHABET[usize::from(s)]))
        .collect())
}

/// A code written for the board, `ABCDE-FGHJK` (normalized when it reads; otherwise as given).
pub fn group(code: &str) -> String {
    match normalize(code) {
        Ok(c) => format!("{}-{}", &c[..5], &c[5..]),
        Err(_) => code.to_string(),
    }
}

/// The questions of the contest, in pack order: drawn from the code's seed alone, so every phone
/// gets the same ones. `question_count` `None` means every question; a count above the pack's
/// size means every question too.
pub fn contest_questions(pack: &Pack, settings: &ContestSettings) -> Vec<String> {
    let total = pack.questions.len();
    let wanted = settings
        .question_count
        .map_or(total, usize::from)
        .min(total);
    let mut picked: Vec<usize> = (0..total).collect();
    SplitMix64::new(SUBSET_SALT ^ u64::from(settings.seed)).shuffle(&mut picked);
    picked.truncate(wanted);
    picked.sort_unstable();
    picked
        .into_iter()
        .map(|i| pack.questions[i].id.clone())
        .collect()
}

/// A contest session for one student: the contest's questions ([`contest_questions`]), in an
/// order (of questions and options) drawn from `student_seed`, with the code's time limit (or the
/// pack's). Errors when `pack` is not the contest's pack.
pub fn contest_session(
    pack: &Pack,
    settings: &ContestSettings,
    student_seed: u64,
    now_ms: u64,
) -> Result<Session, ContestCodeError> {
    if pack.id != settings.pack_id {
        return Err(ContestCodeError::OtherPack {
            expected: settings.pack_id.clone(),
            found: pack.id.clone(),
        });
    }
    Ok(Session::start_with_questions(
        pack,
        Mode::Contest,
        &contest_questions(pack, settings),
        student_seed,
        now_ms,
        settings.time_limit_ms(),
    ))
}

/// The symbol values of a code, after leaving out hyphens and spaces and reading look-alikes.
fn symbols(code: &str) -> Result<Vec<u8>, ContestCodeError> {
    let chars: Vec<char> = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if chars.len() != CODE_LEN {
        return Err(ContestCodeError::WrongLength { found: chars.len() });
    }
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let upper = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                other => other,
            };
            ALPHABET
                .iter()
                .position(|&a| char::from(a) == upper)
                .map(|p| p as u8)
                .ok_or(ContestCodeError::BadCharacter {
                    character: c,
                    position: i + 1,
                })
        })
        .collect()
}

/// Multiplication by α = x in GF(32) with the polynomial x⁵ + x² + 1.
fn times_alpha(v: u8) -> u8 {
    let shifted = v << 1;
    if shifted & 0b10_0000 != 0 {
        shifted ^ 0b10_0101
    } else {
        shifted
    }
}

/// The fold `acc = α·acc + d` over the symbols (addition in GF(32) is XOR).
fn fold(symbols: &[u8]) -> u8 {
    symbols.iter().fold(0, |acc, &d| times_alpha(acc) ^ d)
}

/// The check symbol that makes the fold over `data` and it zero.
fn check_symbol(data: &[u8]) -> u8 {
    times_alpha(fold(data))
}
