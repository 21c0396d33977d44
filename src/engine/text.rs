//! Languages and localized text: the maps from language tag to string that every pack field uses.

use super::named::named_enum;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::fmt;

/// A language and script the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Lang {
    /// Uzbek in the official Latin script.
    #[serde(rename = "uz-Latn")]
    UzLatn,
    /// Uzbek in Cyrillic script: the authored form of every pack text.
    #[serde(rename = "uz-Cyrl")]
    UzCyrl,
    /// Russian.
    #[serde(rename = "ru")]
    Ru,
    /// English.
    #[serde(rename = "en")]
    En,
}

named_enum!(Lang: Lang::UzLatn => "uz-Latn", Lang::UzCyrl => "uz-Cyrl", Lang::Ru => "ru", Lang::En => "en");

impl Lang {
    /// Every language, in the order the language switcher shows them.
    pub const ALL: [Lang; 4] = [Lang::UzLatn, Lang::UzCyrl, Lang::Ru, Lang::En];

    /// The BCP 47 tag, as used in pack files and in `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::UzLatn => "uz-Latn",
            Lang::UzCyrl => "uz-Cyrl",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// Parses a tag as written in pack files (`uz-Cyrl`, `uz-Latn`, `ru`, `en`).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.tag() == tag)
    }
}

/// A text in several languages. `uz-Cyrl` is the authored form; other languages are optional.
/// Its JSON is an object from language tag to text (a repeated tag: the last one counts).
///
/// The entries are a list sorted by tag, each tag once, not a map type: a text has one to four
/// of them, and a tree map's code (insert, clone, drop of `String` pairs) was in the student's
/// wasm for nothing else.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalizedText(Vec<(String, String)>);

impl<K: Into<String>, V: Into<String>> FromIterator<(K, V)> for LocalizedText {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(entries: I) -> LocalizedText {
        let mut text = LocalizedText::default();
        for (tag, value) in entries {
            text.insert(tag.into(), value.into());
        }
        text
    }
}

impl Serialize for LocalizedText {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(tag, text)| (tag, text)))
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<LocalizedText, D::Error> {
        struct Entries;
        impl<'de> Visitor<'de> for Entries {
            type Value = LocalizedText;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of texts by language")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocalizedText, A::Error> {
                let mut text = LocalizedText::default();
                while let Some((tag, value)) = map.next_entry()? {
                    text.insert(tag, value);
                }
                Ok(text)
            }
        }
        deserializer.deserialize_map(Entries)
    }
}

/// Which language a [`LocalizedText::resolve`] answer actually came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Resolved {
    /// The text exists in the language asked for.
    Exact,
    /// The language asked for is missing; this is the authored uz-Cyrl text instead.
    FallbackUzCyrl,
}

impl LocalizedText {
    /// Sets the text of the language `tag`, replacing the one it had.
    pub fn insert(&mut self, tag: String, text: String) {
        match self.0.binary_search_by(|(t, _)| t.as_str().cmp(&tag)) {
            Ok(i) => self.0[i].1 = text,
            Err(i) => self.0.insert(i, (tag, text)),
        }
    }

    /// Every (language tag, text) entry, in tag order, empty texts included.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0
            .iter()
            .map(|(tag, text)| (tag.as_str(), text.as_str()))
    }

    /// Whether the text has no entry at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The text in `lang` if present (non-empty).
    pub fn get(&self, lang: Lang) -> Option<&str> {
        self.entries()
            .find(|&(tag, _)| tag == lang.tag())
            .map(|(_, text)| text)
            .filter(|s| !s.trim().is_empty())
    }

    /// The authored uz-Cyrl text, if present.
    pub fn uz_cyrl(&self) -> Option<&str> {
        self.get(Lang::UzCyrl)
    }

    /// The text to show in `lang`: the exact text, else the uz-Cyrl text (marked as a fallback),
    /// else the empty string. Transliteration to uz-Latn is the caller's step, not this one.
    pub fn resolve(&self, lang: Lang) -> (&str, Resolved) {
        match self.get(lang) {
            Some(s) => (s, Resolved::Exact),
            None => (self.uz_cyrl().unwrap_or(""), Resolved::FallbackUzCyrl),
        }
    }

    /// The text as shown to a reader of `lang`: the authored text in that language when present;
    /// for uz-Latn otherwise the official transliteration of the uz-Cyrl text; for other languages
    /// the uz-Cyrl text (see [`LocalizedText::resolve`] to know that a fallback happened).
    pub fn display(&self, lang: Lang) -> Cow<'_, str> {
        match (self.get(lang), lang) {
            (Some(s), _) => Cow::Borrowed(s),
            (None, Lang::UzLatn) => {
                Cow::Owned(super::transliterate::to_latin(self.uz_cyrl().unwrap_or("")))
            }
            (None, _) => Cow::Borrowed(self.uz_cyrl().unwrap_or("")),
        }
    }
}

/// The words of `text` for telling whether two texts say the same: transliterated to Latin,
/// lower-cased, apostrophes (`'`, `ʻ`, `’` …) left out, and only letters and digits kept (words
/// separated by one space). `Oʻrinboy  Aliyev`, `o'rinboy aliyev` and `Ўринбой Алиев` give the same
/// key. Used for a student's identity in a classroom contest, a juror's, and an idea's text.
pub fn match_key(text: &str) -> String {
    super::transliterate::to_latin(text)
        .to_lowercase()
        .replace(
            ['\'', '\u{2018}', '\u{2019}', '\u{2bb}', '\u{2bc}', '`'],
            "",
        )
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}
