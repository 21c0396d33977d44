//! Letters and their case for the scripts Uzbek text is written in: Latin (Basic Latin, Latin-1
//! Supplement, Latin Extended-A), the spacing modifier letters (`ʻ`, `ʼ`), and Cyrillic
//! (U+0400–U+04FF, Uzbek and Russian letters included).
//!
//! The standard library's `char::is_alphabetic`, `is_uppercase`, `to_lowercase` and
//! `to_uppercase` cover all of Unicode with tables that cost the student's wasm about 4.5 KB of
//! brotli; the transliterator needs these scripts only. Within them every function here agrees
//! with the standard library (`tests/letters.rs` checks each character); outside them no
//! character is a letter and none has a case.

/// Whether `c` is a letter (`char::is_alphabetic` within the scripts above).
pub fn is_letter(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => true,
        0xAA | 0xB5 | 0xBA => true,
        0xC0..=0xFF => c != '×' && c != '÷',
        0x100..=0x17F => true,
        0x2B0..=0x2C1 | 0x2C6..=0x2D1 | 0x2E0..=0x2E4 | 0x2EC | 0x2EE => true,
        0x400..=0x481 | 0x48A..=0x4FF => true,
        _ => false,
    }
}

/// Whether `c` is a letter or a digit (`char::is_alphanumeric` within the scripts above).
pub fn is_letter_or_digit(c: char) -> bool {
    is_letter(c) || matches!(c, '0'..='9' | '²' | '³' | '¹' | '¼' | '½' | '¾')
}

/// Whether `c` is a capital letter (`char::is_uppercase` within the scripts above).
pub fn is_upper(c: char) -> bool {
    to_lower(c) != c
}

/// The small letter of `c`, or `c` itself (the first character of `char::to_lowercase`).
pub fn to_lower(c: char) -> char {
    let n = c as u32;
    let lower = match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x410..=0x42F => n + 0x20,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        0x400..=0x40F => n + 0x50,
        0x4C0 => 0x4CF,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if n.is_multiple_of(2) => n + 1,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if n.is_multiple_of(2) => n + 1,
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if !n.is_multiple_of(2) => n + 1,
        _ => n,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// The capital letter of `c`, or `c` itself where the capital is not one character (`ß`, `ŉ`)
/// or there is none (otherwise `char::to_uppercase`).
pub fn to_upper(c: char) -> char {
    let n = c as u32;
    let upper = match n {
        0x61..=0x7A | 0xE0..=0xF6 | 0xF8..=0xFE | 0x430..=0x44F => n - 0x20,
        0xB5 => 0x39C,
        0xFF => 0x178,
        0x131 => 'I' as u32,
        0x17F => 'S' as u32,
        0x450..=0x45F => n - 0x50,
        0x4CF => 0x4C0,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if !n.is_multiple_of(2) => n - 1,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if !n.is_multiple_of(2) => n - 1,
        0x139..=0x148 | 0x179..=0x17E | 0x4C1..=0x4CE if n.is_multiple_of(2) => n - 1,
        _ => n,
    };
    char::from_u32(upper).unwrap_or(c)
}
