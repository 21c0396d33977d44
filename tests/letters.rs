//! `engine::letters` agrees with the standard library on every character of the scripts it
//! covers, and knows no letter outside them.

use halol::engine::letters::{is_letter, is_letter_or_digit, is_upper, to_lower, to_upper};

/// The blocks `engine::letters` covers: Basic Latin, Latin-1 Supplement, Latin Extended-A, the
/// spacing modifier letters and Cyrillic.
fn covered(c: char) -> bool {
    matches!(c as u32, 0..=0x17F | 0x2B0..=0x2FF | 0x400..=0x4FF)
}

#[test]
fn within_its_scripts_it_agrees_with_the_standard_library() {
    let mut checked = 0;
    for c in (0..=0x4FF)
        .filter_map(char::from_u32)
        .filter(|&c| covered(c))
    {
        assert_eq!(
            is_letter(c),
            c.is_alphabetic(),
            "is_letter {c:?} U+{:04X}",
            c as u32
        );
        assert_eq!(
            is_letter_or_digit(c),
            c.is_alphanumeric(),
            "is_letter_or_digit {c:?}"
        );
        assert_eq!(
            is_upper(c),
            c.is_uppercase(),
            "is_upper {c:?} U+{:04X}",
            c as u32
        );
        let lower: Vec<char> = c.to_lowercase().collect();
        assert_eq!(to_lower(c), lower[0], "to_lower {c:?} U+{:04X}", c as u32);
        let upper: Vec<char> = c.to_uppercase().collect();
        let expected = if upper.len() == 1 { upper[0] } else { c };
        assert_eq!(to_upper(c), expected, "to_upper {c:?} U+{:04X}", c as u32);
        checked += 1;
    }
    assert_eq!(checked, 0x180 + 0x50 + 0x100);
}

#[test]
fn the_uzbek_letters_pair_up() {
    let pairs = "Ўў Ққ Ғғ Ҳҳ Ёё Йй Цц Ъъ Ьь Ээ Юю Яя Щщ Ыы Ѓѓ Ӏӏ Ӂӂ Ӑӑ Ÿÿ İi Ĳĳ Ĺĺ Žž";
    for pair in pairs.split(' ') {
        let mut chars = pair.chars();
        let (upper, lower) = (chars.next().unwrap(), chars.next().unwrap());
        assert!(is_upper(upper) && !is_upper(lower), "{pair}");
        assert_eq!(to_lower(upper), lower, "{pair}");
        if upper != 'İ' {
            assert_eq!(to_upper(lower), upper, "{pair}");
        }
    }
    // The Latin letters oʻ and gʻ and the tutuq belgisi are letters without case.
    for c in ['ʻ', 'ʼ'] {
        assert!(is_letter(c) && !is_upper(c));
        assert_eq!((to_lower(c), to_upper(c)), (c, c));
    }
}

#[test]
fn outside_its_scripts_nothing_is_a_letter_or_has_a_case() {
    for c in [
        'Ω', 'ω', 'א', 'ب', '中', 'Ա', 'Ꙁ', '😀', 'ǅ', 'Ɓ', '\u{345}', '٣', '₂',
    ] {
        assert!(!covered(c));
        assert!(
            !is_letter(c) && !is_letter_or_digit(c) && !is_upper(c),
            "{c:?}"
        );
        assert_eq!((to_lower(c), to_upper(c)), (c, c), "{c:?}");
    }
}
