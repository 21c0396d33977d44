//! Unit enums stored by name (`"practice"`, `"uz-Latn"`), read by one small reader of a name.
//!
//! serde's derived reader of an enum also accepts the `{"practice": null}` form and is compiled
//! once per enum (about 1 KB of wasm each); this one reads a string and looks it up in the
//! enum's table. The stored form is the derived `Serialize`'s, unchanged, and so is the error for
//! an unknown name. Each enum's tests check that every value reads back from what it writes.

use serde::de::{Error, Visitor};
use serde::Deserializer;
use std::fmt;

/// A unit enum stored by name.
pub trait Named: Copy + 'static {
    /// Every value, in the order of [`Named::NAMES`].
    const VALUES: &'static [Self];
    /// The stored name of each value (as its derived `Serialize` writes it).
    const NAMES: &'static [&'static str];
}

/// Reads a [`Named`] enum from its stored name.
pub fn deserialize<'de, D: Deserializer<'de>, T: Named>(deserializer: D) -> Result<T, D::Error> {
    Ok(T::VALUES[index(deserializer, T::NAMES)?])
}

/// The position of the stored name in `names`, or serde's "unknown variant" error (raised while
/// the name is read, so the parser adds where it is).
fn index<'de, D: Deserializer<'de>>(
    deserializer: D,
    names: &'static [&'static str],
) -> Result<usize, D::Error> {
    struct Name(&'static [&'static str]);
    impl Visitor<'_> for Name {
        type Value = usize;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a name")
        }
        fn visit_str<E: Error>(self, name: &str) -> Result<usize, E> {
            let names = self.0;
            names
                .iter()
                .position(|n| *n == name)
                .ok_or_else(|| E::unknown_variant(name, names))
        }
    }
    deserializer.deserialize_str(Name(names))
}

/// Makes a unit enum [`Named`] and reads it through [`deserialize`]:
/// `named_enum!(Mode: Mode::Practice => "practice", Mode::Contest => "contest");`
macro_rules! named_enum {
    ($t:ty: $($value:expr => $name:literal),+ $(,)?) => {
        impl $crate::engine::named::Named for $t {
            const VALUES: &'static [Self] = &[$($value),+];
            const NAMES: &'static [&'static str] = &[$($name),+];
        }

        impl<'de> serde::Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                $crate::engine::named::deserialize(deserializer)
            }
        }
    };
}
pub(crate) use named_enum;
