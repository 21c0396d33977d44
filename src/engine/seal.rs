//! The keyed seals of every file Halol hands from one device to another (a classroom result, an
//! idea, a jury pack, a score sheet): HMAC-SHA-256 over a canonical form of the file's fields,
//! written as 64 lower-case hex digits, plus the short content ids shown to people.
//!
//! Each kind of file has its own [`Sealer`]: its own key and its own domain line put before the
//! canonical bytes, so a seal made for one kind never verifies as another, even over the same
//! bytes. The keys ship inside the public app, so a seal only makes a hand-edited file detectable;
//! it proves nothing against someone who reads the app (see `ARCHITECTURE.md`, threat model).

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// The key and the domain line of one kind of sealed file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sealer {
    key: &'static [u8],
    domain: &'static [u8],
}

/// Classroom result records (`result_record.rs`). Frozen: the golden version-1 record verifies
/// with exactly these bytes.
pub const RESULT_RECORD: Sealer = Sealer {
    key: b"halol/result-record/v1/seal-key: edits of this file are detected on import",
    domain: b"halol-result-record\n",
};

/// A student's idea (`idea/record.rs`).
pub const IDEA_RECORD: Sealer = Sealer {
    key: b"halol/idea-record/v1/seal-key: edits of this idea are detected on import",
    domain: b"halol-idea-record\n",
};

/// The organizer's jury pack (`idea/jury.rs`).
pub const JURY_PACK: Sealer = Sealer {
    key: b"halol/jury-pack/v1/seal-key: edits of this jury pack are detected on opening",
    domain: b"halol-jury-pack\n",
};

/// A juror's score sheet (`idea/score_sheet.rs`).
pub const SCORE_SHEET: Sealer = Sealer {
    key: b"halol/score-sheet/v1/seal-key: edits of these scores are detected on import",
    domain: b"halol-score-sheet\n",
};

impl Sealer {
    /// The seal of `canonical` (64 lower-case hex digits).
    pub fn seal(&self, canonical: &[u8]) -> String {
        hex(&self.mac(canonical).finalize().into_bytes())
    }

    /// Whether `seal` is this kind's seal of `canonical` (constant-time comparison).
    pub fn verify(&self, canonical: &[u8], seal: &str) -> bool {
        let Some(tag) = unhex(seal) else {
            return false;
        };
        self.mac(canonical).verify_slice(&tag).is_ok()
    }

    fn mac(&self, canonical: &[u8]) -> Hmac<Sha256> {
        let mut mac =
            Hmac::<Sha256>::new_from_slice(self.key).expect("HMAC accepts a key of any length");
        mac.update(self.domain);
        mac.update(canonical);
        mac
    }
}

/// A short id of `content` under `domain`: the first four bytes of SHA-256 over both, as eight
/// upper-case hex digits (readable aloud, enough to tell a district's ideas apart).
pub fn short_id(domain: &[u8], content: &[u8]) -> String {
    let mut hasher = Sha256::new();
    hasher.update(domain);
    hasher.update(content);
    hex(&hasher.finalize()[..4]).to_ascii_uppercase()
}

/// Bytes as lower-case hex digits.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Hex digits (either case) as bytes; `None` for an odd length or a non-hex character.
pub fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

/// The compact JSON of a file form. Every sealed form has string keys and finite numbers.
pub(crate) fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value)
        .expect("a sealed form has string keys and finite numbers, so it always serializes")
}
