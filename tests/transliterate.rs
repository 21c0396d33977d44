//! Uzbek Cyrillic → Latin transliteration, checked against data files of pairs.
//!
//! `tests/data/translit-pairs.tsv` holds the official test pairs (a copy of the content team's
//! file); `tests/data/translit-extra.tsv` holds more cases. Both have the columns
//! `cyrillic<TAB>latin<TAB>source` under a header line; blank lines and lines starting with `#` are
//! skipped. In the text columns `\n`, `\r`, `\t`, `\\` and `\u{XXXX}` are escapes. Every mismatch is
//! reported, not only the first.

use halol::engine::transliterate::to_latin;

#[test]
fn official_pairs() {
    check_pairs(
        "translit-pairs.tsv",
        include_str!("data/translit-pairs.tsv"),
    );
}

#[test]
fn extra_pairs() {
    check_pairs(
        "translit-extra.tsv",
        include_str!("data/translit-extra.tsv"),
    );
}

/// Every letter of the Uzbek and Russian Cyrillic alphabets, in both cases, alone and next to every
/// other letter, comes out with no Cyrillic letter left.
#[test]
fn no_cyrillic_letter_survives() {
    let lower = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяўғқҳ";
    let letters: Vec<char> = lower
        .chars()
        .chain(lower.chars().flat_map(char::to_uppercase))
        .collect();
    let mut inputs = vec![lower.to_string(), lower.to_uppercase()];
    for &a in &letters {
        for &b in &letters {
            inputs.push(format!("{a}{b} а{a}{b}о м{a}{b}н {a}{b}-{a}"));
        }
    }
    let leftovers: Vec<String> = inputs
        .iter()
        .filter_map(|input| {
            let latin = to_latin(input);
            latin
                .chars()
                .any(|c| ('\u{400}'..='\u{4FF}').contains(&c))
                .then(|| format!("{input:?} → {latin:?}"))
        })
        .collect();
    assert!(
        leftovers.is_empty(),
        "Cyrillic left in {} outputs:\n{}",
        leftovers.len(),
        leftovers.join("\n")
    );
}

/// Text without Cyrillic letters comes back byte for byte.
#[test]
fn text_without_cyrillic_is_unchanged() {
    let ascii: String = (' '..='~').collect();
    let others = "oʻgʻil maʼno «» „“ ‘’ — … № € 🇺🇿👍🏽 \r\n\t\u{0} і ї є ә ө ү";
    for text in [ascii.as_str(), others, ""] {
        assert_eq!(to_latin(text), text);
    }
}

/// Checks every pair of one data file and lists all mismatches.
fn check_pairs(file: &str, data: &str) {
    let mut checked = 0;
    let mut failures = Vec::new();
    for (number, line) in data.lines().enumerate().skip(1) {
        let number = number + 1;
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let columns: Vec<&str> = line.split('\t').collect();
        let [cyrillic, latin, ..] = columns[..] else {
            failures.push(format!(
                "{file}:{number}: needs cyrillic<TAB>latin, got {line:?}"
            ));
            continue;
        };
        let source = columns.get(2).copied().unwrap_or("");
        let (cyrillic, latin) = (unescape(cyrillic), unescape(latin));
        let got = to_latin(&cyrillic);
        checked += 1;
        if got != latin {
            failures.push(format!(
                "{file}:{number}: {cyrillic:?}\n    expected {latin:?}\n    got      {got:?}\n    ({source})"
            ));
        }
    }
    assert!(checked > 0, "{file} has no pairs");
    assert!(
        failures.is_empty(),
        "{} of {checked} pairs in {file} fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Decodes the escapes `\n`, `\r`, `\t`, `\\` and `\u{XXXX}` of a data-file column.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some('u') => {
                let rest = chars.as_str();
                let hex = rest
                    .strip_prefix('{')
                    .and_then(|r| r.split_once('}'))
                    .map(|(hex, _)| hex)
                    .unwrap_or_else(|| panic!("bad \\u escape in {text:?}"));
                let code = u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or_else(|| panic!("bad \\u{{{hex}}} in {text:?}"));
                out.push(code);
                chars = rest[hex.len() + 2..].chars();
            }
            other => panic!("unknown escape \\{other:?} in {text:?}"),
        }
    }
    out
}
