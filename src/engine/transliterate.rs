//! Uzbek Cyrillic → Uzbek Latin transliteration (placeholder until the transliterator lands).

/// Transliterates Uzbek Cyrillic text to the official Uzbek Latin alphabet.
pub fn to_latin(text: &str) -> String {
    text.to_string()
}
