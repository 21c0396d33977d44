//! The version number `v` of a versioned JSON form (the stored forms of [`super::saved`], a
//! result record), read straight from the text in one pass that skips every other field.
//!
//! The reader then deserializes the body of that version from the same text. Nothing goes
//! through `serde_json::Value`: each form's deserializer is compiled once, for text, which keeps
//! the student's wasm smaller (the `Value` route compiled every stored form's deserializer a
//! second time, for `Value`, with the map type behind it).

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::fmt;

/// Why a text has no readable version number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionProblem {
    /// The text is not JSON (cut off, or something else): the parser's message.
    NotJson(String),
    /// Valid JSON, but not an object.
    NotObject,
    /// An object without `v`.
    Missing,
    /// `v` is there but is not a whole number ≥ 0.
    NotWhole,
}

impl VersionProblem {
    /// What is wrong with the shape, for the readers' "malformed" errors (not for
    /// [`VersionProblem::NotJson`], whose message is the parser's).
    pub fn shape_message(&self) -> &'static str {
        match self {
            VersionProblem::NotJson(_) => "it is not JSON",
            VersionProblem::NotObject => "it is not a JSON object",
            VersionProblem::Missing => "the version number `v` is missing",
            VersionProblem::NotWhole => "the version number `v` is not a whole number",
        }
    }
}

/// Reads the version number `v` of the JSON object in `json`. Checks that the whole text is
/// JSON, so a body read afterwards fails only on its shape.
pub fn read_version(json: &str) -> Result<u64, VersionProblem> {
    match serde_json::from_str::<Head>(json) {
        Ok(Head(Some(Some(v)))) => Ok(v),
        Ok(Head(Some(None))) => Err(VersionProblem::NotWhole),
        Ok(Head(None)) => Err(VersionProblem::Missing),
        // Not an object, or not JSON at all (`[broken`): the parser stops at the first
        // character of a value that is not an object, so the rest is checked on its own.
        Err(e) if e.is_data() => match serde_json::from_str::<IgnoredAny>(json) {
            Ok(_) => Err(VersionProblem::NotObject),
            Err(e) => Err(VersionProblem::NotJson(e.to_string())),
        },
        Err(e) => Err(VersionProblem::NotJson(e.to_string())),
    }
}

/// An object's `v`: absent (`None`), not a whole number (`Some(None)`), or the number.
struct Head(Option<Option<u64>>);

impl<'de> de::Deserialize<'de> for Head {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Head, D::Error> {
        deserializer.deserialize_map(HeadVisitor)
    }
}

struct HeadVisitor;

impl<'de> Visitor<'de> for HeadVisitor {
    type Value = Head;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Head, A::Error> {
        let mut v = None;
        while let Some(key) = map.next_key::<Key>()? {
            if key.0 {
                v = Some(map.next_value::<Whole>()?.0);
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(Head(v))
    }
}

/// A key of the object: whether it is `v`.
struct Key(bool);

impl<'de> de::Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Key, D::Error> {
        struct KeyVisitor;
        impl Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a key")
            }
            fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
                Ok(Key(key == "v"))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// Any JSON value: the number if it is a whole number ≥ 0.
struct Whole(Option<u64>);

impl<'de> de::Deserialize<'de> for Whole {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Whole, D::Error> {
        struct WholeVisitor;
        impl<'de> Visitor<'de> for WholeVisitor {
            type Value = Whole;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("any value")
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Whole, E> {
                Ok(Whole(Some(v)))
            }
            fn visit_i64<E: de::Error>(self, _: i64) -> Result<Whole, E> {
                Ok(Whole(None))
            }
            fn visit_f64<E: de::Error>(self, _: f64) -> Result<Whole, E> {
                Ok(Whole(None))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<Whole, E> {
                Ok(Whole(None))
            }
            fn visit_str<E: de::Error>(self, _: &str) -> Result<Whole, E> {
                Ok(Whole(None))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Whole, E> {
                Ok(Whole(None))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Whole, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Whole(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Whole, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Whole(None))
            }
        }
        deserializer.deserialize_any(WholeVisitor)
    }
}
