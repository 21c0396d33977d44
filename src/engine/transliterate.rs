//! Uzbek Cyrillic → Uzbek Latin transliteration, following the official 1995 rules.
//!
//! This module owns [`to_latin`]: the rules of the 1995 Uzbek Latin alphabet (Law 71-I of 6 May 1995)
//! and of the spelling rules approved by Cabinet of Ministers resolution No. 339 of 24 August 1995,
//! including their appendix ("«Imlo qoidalari»ga ilova") on how Cyrillic-only letters are written.
//! It is pure Rust with no dependencies and no allocation beyond the output and one word buffer;
//! letters and their case come from [`super::letters`], not from the Unicode tables of `std`.
//!
//! # The rules
//! - Letters map one to one (`қ → q`, `ҳ → h`, `х → x`, `ж → j`, `ш → sh`, `ч → ch`, `ў → oʻ`,
//!   `ғ → gʻ`, `щ → sh`, `ы → i`, `э → e`, `ё → yo`, `ю → yu`, `я → ya`).
//! - `е` is `ye` at the start of a word and after a vowel, `ъ` or `ь`; otherwise `e`.
//! - `ц` is `ts` between two vowels (глицерин → glitserin, конституция → konstitutsiya) and `s`
//!   everywhere else: at the start or end of a word, after a consonant, and before a consonant
//!   (the end of a stem followed by a suffix: абзацлар → abzaslar).
//! - `ь` is dropped; before `а`, `и`, `о`, `у`, `э`, `ы` it is written `y` (павильон → pavilyon); before
//!   `е`, `ё`, `ю`, `я` it is dropped and that letter is written with its `y` (премьера → premyera).
//! - `ъ` is the tutuq belgisi `ʼ` (маъно → maʼno, шеър → sheʼr, қалъа → qalʼa), except: after a
//!   consonant and before `е`, `ё`, `ю`, `я` (Russian loanwords) it is dropped and that letter is
//!   written with its `y` (объект → obyekt, разъезд → razyezd); after `ў` it is dropped
//!   (мўъжиза → moʻjiza).
//! - `с` followed by `ҳ` is written with a tutuq between them (Исҳоқ → Isʼhoq), because the two
//!   Latin letters would otherwise read as the single letter of `ш`. The check compares against the
//!   table, so if `ш` stops being spelt `sh` the tutuq disappears with it.
//! - Capitals: an all-caps word stays all caps (ЧИҚИШ → CHIQISH), a capital followed by a small letter
//!   gives title case (Шаҳар → Shahar, Ўзбекистон → Oʻzbekiston).
//! - Loanwords whose spelling the rules cannot predict (стажёр → stajor, бюджет → budjet, сентябрь →
//!   sentabr) are in the `EXCEPTIONS` table.
//! - Dates: the space after a year before `йил` and after a day before a month name is a hyphen in
//!   Latin (2017 йил 3 январда → 2017-yil 3-yanvarda, 2024 йилда → 2024-yilda); see `date_hyphen`.
//!   Other numbers keep their space (5 та → 5 ta, 5 йил → 5 yil, a duration).
//! - Everything that is not an Uzbek or Russian Cyrillic letter (digits, punctuation, Latin letters,
//!   emoji, line breaks, «quotes») passes through unchanged, apart from the date spaces above.
//!
//! # One table for the Latin letters
//! Every Latin spelling lives in `LETTERS`, and only there: `oʻ` and `gʻ` (with U+02BB MODIFIER
//! LETTER TURNED COMMA), `sh`, `ch`, and the tutuq belgisi `ʼ` (U+02BC MODIFIER LETTER APOSTROPHE).
//! The exception table spells its words in Cyrillic, so it never repeats a Latin letter. A spelling
//! reform that replaces `oʻ`, `gʻ`, `sh` or `ch` is therefore an edit of one table row each.

use super::letters::{is_letter, is_letter_or_digit, is_upper, to_lower, to_upper};

/// How one Cyrillic letter is written in Latin. The strings are lower case; capitals are derived.
#[derive(Clone, Copy, Debug)]
enum Spelling {
    /// Always written the same way.
    Fixed(&'static str),
    /// Written exactly as another letter of the table (`щ` as `ш`).
    As(char),
    /// `е`: `initial` at the start of a word and after a vowel, `ъ` or `ь`; `plain` after a consonant.
    Ye {
        initial: &'static str,
        plain: &'static str,
    },
    /// `ц`: `between_vowels` between two vowels, `other` everywhere else.
    Tse {
        between_vowels: &'static str,
        other: &'static str,
    },
    /// `ъ`: the tutuq belgisi `mark`, or nothing (see the module doc).
    HardSign { mark: &'static str },
    /// `ь`: `glide` before a vowel that has no `y` of its own, nothing elsewhere.
    SoftSign { glide: &'static str },
}

/// The Latin alphabet: each lower-case Cyrillic letter and its Latin spelling, sorted by code point
/// (the lookup is a binary search). The only place Latin letters are written.
static LETTERS: &[(char, Spelling)] = &[
    ('а', Spelling::Fixed("a")),
    ('б', Spelling::Fixed("b")),
    ('в', Spelling::Fixed("v")),
    ('г', Spelling::Fixed("g")),
    ('д', Spelling::Fixed("d")),
    (
        'е',
        Spelling::Ye {
            initial: "ye",
            plain: "e",
        },
    ),
    ('ж', Spelling::Fixed("j")),
    ('з', Spelling::Fixed("z")),
    ('и', Spelling::Fixed("i")),
    ('й', Spelling::Fixed("y")),
    ('к', Spelling::Fixed("k")),
    ('л', Spelling::Fixed("l")),
    ('м', Spelling::Fixed("m")),
    ('н', Spelling::Fixed("n")),
    ('о', Spelling::Fixed("o")),
    ('п', Spelling::Fixed("p")),
    ('р', Spelling::Fixed("r")),
    ('с', Spelling::Fixed("s")),
    ('т', Spelling::Fixed("t")),
    ('у', Spelling::Fixed("u")),
    ('ф', Spelling::Fixed("f")),
    ('х', Spelling::Fixed("x")),
    (
        'ц',
        Spelling::Tse {
            between_vowels: "ts",
            other: "s",
        },
    ),
    ('ч', Spelling::Fixed("ch")),
    ('ш', Spelling::Fixed("sh")),
    ('щ', Spelling::As('ш')),
    ('ъ', Spelling::HardSign { mark: "\u{2BC}" }),
    ('ы', Spelling::Fixed("i")),
    ('ь', Spelling::SoftSign { glide: "y" }),
    ('э', Spelling::Fixed("e")),
    ('ю', Spelling::Fixed("yu")),
    ('я', Spelling::Fixed("ya")),
    ('ё', Spelling::Fixed("yo")),
    ('ў', Spelling::Fixed("o\u{2BB}")),
    ('ғ', Spelling::Fixed("g\u{2BB}")),
    ('қ', Spelling::Fixed("q")),
    ('ҳ', Spelling::Fixed("h")),
];

/// Words whose Latin form the letter rules cannot predict, with sources in FACTS.md part B.
///
/// Each row is `(cyrillic, respelled)`: lower-case Cyrillic, matched case-insensitively against the
/// start of a word — the whole word, or the word followed by Uzbek suffixes (`сентябрда`,
/// `бюджетни`). The match is replaced by `respelled`, a Cyrillic spelling that the letter rules turn
/// into the right Latin, in the case pattern of the word (all caps, title or lower case). Spelling
/// the rows in Cyrillic keeps every Latin letter in [`LETTERS`].
static EXCEPTIONS: &[(&str, &str)] = &[
    // я → a in month names: 1995 rules, rule 1 ("sentabr, noyabr"); ILOVA.
    ("сентябр", "сентабр"),
    ("октябр", "октабр"),
    // ё, ю, я after a consonant in Russian loanwords: ILOVA item 1.2 (the dictionary decides).
    ("стажёр", "стажор"),
    ("бюджет", "буджет"),
    ("фляг", "флаг"),
    // щ → sh, but мещан → meshshan: ILOVA item 5.
    ("мещан", "мешшан"),
    // ц → s after a prefix: ILOVA item 4 (антициклон → antisiklon).
    ("антицикл", "антисикл"),
];

/// Transliterates Uzbek Cyrillic text to the official Uzbek Latin alphabet (1995 rules).
///
/// Russian words written in Cyrillic inside Uzbek text follow the same rules, as the official
/// appendix prescribes. Anything that is not an Uzbek or Russian Cyrillic letter is copied unchanged.
///
/// ```
/// use halol::engine::transliterate::to_latin;
/// assert_eq!(to_latin("Ҳалоллик менинг танловим"), "Halollik mening tanlovim");
/// assert_eq!(to_latin("ЎРҚ-419"), "O\u{2BB}RQ-419");
/// ```
pub fn to_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut word: Vec<char> = Vec::new();
    let mut respelled: Vec<char> = Vec::new();
    for (i, c) in text.char_indices() {
        if is_letter(c) {
            word.push(c);
        } else if let Some(composed) = word.last().and_then(|&last| compose(last, c)) {
            // A decomposed ё, й or ў (base letter + combining mark) is one letter.
            *word.last_mut().expect("and_then above saw a last letter") = composed;
        } else {
            write_word(&word, &mut respelled, &mut out);
            word.clear();
            if is_date_space(c)
                && date_hyphen(&text[..i], &text[i + c.len_utf8()..], &mut respelled)
            {
                out.push('-');
            } else {
                out.push(c);
            }
        }
    }
    write_word(&word, &mut respelled, &mut out);
    out
}

/// Month names as lower-case Cyrillic stems (the nominative without `ь`, which the Uzbek Cyrillic
/// texts write with or without it): FACTS.md part C1. `май` is the whole word, so the Russian
/// genitive `мая` never matches.
static MONTHS: &[&str] = &[
    "январ",
    "феврал",
    "март",
    "апрел",
    "май",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// The word `йил` ("year"), lower-case Cyrillic, matched at the start of a word (`йилда`, `йилги`).
const YEAR: &str = "йил";

/// Whether `c` is a space that may separate a number from `йил` or a month in a date.
fn is_date_space(c: char) -> bool {
    c == ' ' || c == '\u{A0}'
}

/// Whether the space between `before` and `after` is the one a Latin date writes as a hyphen
/// (FACTS.md part C2: «2017 йил 3 январда» → «2017-yil 3-yanvarda»; Cyrillic writes a space).
///
/// That is the case when `before` ends in a number that stands alone (not after a letter, a digit,
/// `.` or `,`, so `12.12.2017`, `1,5` and `A1` are left alone) and `after` starts with a word that
/// - starts with `йил`, and the number is a year of four digits from 1000 to 2100 («2024 йилда» →
///   «2024-yilda», «2020–2021 йилларда» → «2020–2021-yillarda»; a duration such as «5 йил» or
///   «3 йилдан» keeps its space), or
/// - is a month name, bare or followed by Uzbek suffixes ([`MONTH_SUFFIXES`]: `январда`,
///   `июндаги`, `сентябри`), and the number is a day from 1 to 31. Russian case forms (`января`,
///   `марта`, `июне`) and other words that start like a month (`майдон`) keep the space.
fn date_hyphen(before: &str, after: &str, word: &mut Vec<char>) -> bool {
    let digits = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .count();
    if digits == 0 || digits > 4 {
        return false;
    }
    let (head, number) = before.split_at(before.len() - digits);
    if head
        .chars()
        .next_back()
        .is_some_and(|p| is_letter_or_digit(p) || p == '.' || p == ',')
    {
        return false;
    }
    let Ok(number) = number.parse::<u32>() else {
        return false;
    };
    word.clear();
    for c in after.chars() {
        if is_letter(c) {
            word.push(lower(c));
        } else if let Some(composed) = word.last().and_then(|&last| compose(last, c)) {
            *word.last_mut().expect("and_then above saw a last letter") = composed;
        } else {
            break;
        }
    }
    let starts_with = |stem: &str| -> Option<usize> {
        let len = stem.chars().count();
        (word.len() >= len && word.iter().copied().zip(stem.chars()).all(|(w, s)| w == s))
            .then_some(len)
    };
    if digits == 4 && (1000..=2100).contains(&number) {
        return starts_with(YEAR).is_some();
    }
    if digits > 2 || !(1..=31).contains(&number) {
        return false;
    }
    MONTHS.iter().any(|month| {
        let Some(len) = starts_with(month) else {
            return false;
        };
        let rest = &word[len..];
        is_suffix_chain(rest.strip_prefix(&['ь']).unwrap_or(rest))
    })
}

/// Uzbek suffixes that follow a month name in a date (lower-case Cyrillic): `январда`,
/// `июндаги`, `сентябрдан`, `декабрида` (и + да), `майгача`.
static MONTH_SUFFIXES: &[&str] = &[
    "да", "дан", "даги", "га", "гача", "ги", "ни", "нинг", "и", "ча", "дир", "ми", "дек", "гина",
];

/// Whether `rest` is empty or a chain of [`MONTH_SUFFIXES`]: so `майдон`, `майли`, `мартаба` and
/// the Russian `января`, `марта`, `июне` are not month names.
fn is_suffix_chain(rest: &[char]) -> bool {
    rest.is_empty()
        || MONTH_SUFFIXES.iter().any(|suffix| {
            let len = suffix.chars().count();
            rest.len() >= len
                && rest
                    .iter()
                    .copied()
                    .zip(suffix.chars())
                    .all(|(r, s)| r == s)
                && is_suffix_chain(&rest[len..])
        })
}

/// Writes one word (a run of letters) in Latin, after applying [`EXCEPTIONS`].
fn write_word(word: &[char], scratch: &mut Vec<char>, out: &mut String) {
    if word.is_empty() {
        return;
    }
    if respell(word, scratch) {
        write_letters(scratch, out);
    } else {
        write_letters(word, out);
    }
}

/// If `word` starts with an exception, fills `scratch` with its respelled form and returns true.
fn respell(word: &[char], scratch: &mut Vec<char>) -> bool {
    let Some(&(stem, respelled)) = EXCEPTIONS.iter().find(|(stem, _)| {
        let mut letters = word.iter().map(|&c| lower(c));
        stem.chars().all(|s| letters.next() == Some(s))
    }) else {
        return false;
    };
    let stem_len = stem.chars().count();
    let letters = &word[..stem_len];
    let all_caps = stem_len > 1 && letters.iter().all(|&c| is_upper(c));
    scratch.clear();
    for (i, r) in respelled.chars().enumerate() {
        if all_caps || (i == 0 && is_upper(letters[0])) {
            scratch.push(to_upper(r));
        } else {
            scratch.push(r);
        }
    }
    scratch.extend_from_slice(&word[stem_len..]);
    true
}

/// Writes the letters of one word in Latin; `word` holds no separators.
fn write_letters(word: &[char], out: &mut String) {
    for (i, &c) in word.iter().enumerate() {
        let low = lower(c);
        let Some(spelling) = spelling(low) else {
            out.push(c);
            continue;
        };
        let prev = i.checked_sub(1).map(|p| word[p]);
        let next = word.get(i + 1).copied();
        let prev_low = prev.map(lower);
        let next_low = next.map(lower);
        let case = if !is_upper(c) {
            Case::Lower
        } else if next.is_some_and(is_upper) || (next.is_none() && prev.is_some_and(is_upper)) {
            Case::Upper
        } else {
            Case::Title
        };
        if prev_low == Some('с') && low == 'ҳ' && reads_as_sh() {
            push_cased(out, tutuq(), case);
        }
        let latin = match spelling {
            Spelling::Fixed(s) => s,
            Spelling::As(_) => unreachable!("spelling() resolves Spelling::As"),
            Spelling::Ye { initial, plain } => match prev_low {
                None => initial,
                Some(p) if is_vowel(p) || p == 'ъ' || p == 'ь' => initial,
                Some(_) => plain,
            },
            Spelling::Tse {
                between_vowels,
                other,
            } => {
                if prev_low.is_some_and(is_vowel) && next_low.is_some_and(is_vowel) {
                    between_vowels
                } else {
                    other
                }
            }
            Spelling::HardSign { mark } => match (prev_low, next_low) {
                (Some('ў'), _) => "",
                (Some(p), Some(n)) if is_consonant(p) && is_iotated(n) => "",
                _ => mark,
            },
            Spelling::SoftSign { glide } => match next_low {
                Some(n) if is_vowel(n) && !is_iotated(n) => glide,
                _ => "",
            },
        };
        push_cased(out, latin, case);
    }
}

/// The Latin spelling of a lower-case Cyrillic letter, or `None` if it is not in [`LETTERS`].
fn spelling(c: char) -> Option<Spelling> {
    let found = LETTERS
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| LETTERS[i].1)?;
    match found {
        Spelling::As(other) => spelling(other),
        s => Some(s),
    }
}

/// The tutuq belgisi as written in [`LETTERS`] for `ъ`.
fn tutuq() -> &'static str {
    match spelling('ъ') {
        Some(Spelling::HardSign { mark }) => mark,
        _ => unreachable!("LETTERS spells ъ as a HardSign"),
    }
}

/// Whether `с` + `ҳ` in Latin would read as the single letter of `ш` (true for `s` + `h` = `sh`).
fn reads_as_sh() -> bool {
    let fixed = |c| match spelling(c) {
        Some(Spelling::Fixed(s)) => s,
        _ => "",
    };
    let (s, h, sh) = (fixed('с'), fixed('ҳ'), fixed('ш'));
    sh.len() == s.len() + h.len() && sh.starts_with(s) && sh.ends_with(h)
}

/// How a letter's Latin spelling is capitalised.
#[derive(Clone, Copy)]
enum Case {
    Lower,
    /// First letter capital: `Sh`, `Oʻ`, `Ye`.
    Title,
    /// All capitals: `SH`, `OʻZ`, `YE`.
    Upper,
}

fn push_cased(out: &mut String, latin: &str, case: Case) {
    match case {
        Case::Lower => out.push_str(latin),
        Case::Upper => out.extend(latin.chars().map(to_upper)),
        Case::Title => {
            let mut chars = latin.chars();
            if let Some(first) = chars.next() {
                out.push(to_upper(first));
                out.push_str(chars.as_str());
            }
        }
    }
}

/// The lower-case form of a letter (Cyrillic letters have a one-letter lower case).
fn lower(c: char) -> char {
    to_lower(c)
}

/// Cyrillic vowel letters (lower case).
fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'а' | 'е' | 'ё' | 'и' | 'о' | 'у' | 'ў' | 'э' | 'ю' | 'я' | 'ы'
    )
}

/// Vowel letters that carry their own `y` sound: `е`, `ё`, `ю`, `я` (lower case).
fn is_iotated(c: char) -> bool {
    matches!(c, 'е' | 'ё' | 'ю' | 'я')
}

/// Cyrillic consonant letters (lower case): letters of the table that are neither vowels nor signs.
fn is_consonant(c: char) -> bool {
    !is_vowel(c) && c != 'ъ' && c != 'ь' && spelling(c).is_some()
}

/// Composes a Cyrillic base letter and a following combining mark into one letter (NFC for the
/// letters Uzbek uses: ё, й, ў), so text pasted in decomposed form transliterates the same.
fn compose(base: char, mark: char) -> Option<char> {
    match (base, mark) {
        ('е', '\u{308}') => Some('ё'),
        ('Е', '\u{308}') => Some('Ё'),
        ('и', '\u{306}') => Some('й'),
        ('И', '\u{306}') => Some('Й'),
        ('у', '\u{306}') => Some('ў'),
        ('У', '\u{306}') => Some('Ў'),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_table_is_sorted_for_binary_search() {
        assert!(LETTERS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn exceptions_are_lower_case_cyrillic_of_known_letters() {
        for (stem, respelled) in EXCEPTIONS {
            for c in stem.chars().chain(respelled.chars()) {
                assert!(
                    c.is_lowercase() && spelling(c).is_some(),
                    "{stem} → {respelled}: {c:?} is not a lower-case letter of LETTERS"
                );
            }
        }
    }
}
