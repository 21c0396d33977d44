//! A pack's language editions: the files the student app and the classroom contest's page
//! download instead of the pack file itself.
//!
//! A pack file carries every language (uz-Cyrl and Russian in full), but a student reads one. The
//! build (`halol editions`, run by `scripts/build.sh`) validates each pack of `quizzes/` with
//! [`super::parse_pack`] and writes one file per [`Edition`]: the validated [`Pack`] with only the
//! texts that edition's readers see, as the serde form of the model. A Russian reader's file is
//! about half the pack's bytes.
//!
//! The app reads an edition straight into a [`Pack`] ([`read`]) and does not validate it again:
//! the file is the output of the validation, made by the same build as the app and cached with
//! it by the service worker. A damaged copy fails to read and is reported; a pack from anywhere
//! else (a teacher's own file) goes through [`super::parse_pack`].
//!
//! Every text shows as it would from the full pack: each text keeps the entries that
//! [`LocalizedText::display`] and [`LocalizedText::resolve`] read for the edition's languages, so
//! a missing Russian text still falls back to uz-Cyrl with its note, and uz-Latn is still the
//! authored Latin or else the transliteration.

use super::{Choice, Pack, QuestionBody};
use crate::engine::text::{Lang, LocalizedText};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The version of the edition files this code writes and reads (their `format` field).
pub const FORMAT: u32 = 1;

/// A language edition of a pack: which readers it serves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Edition {
    /// Readers of uz-Latn, uz-Cyrl and English: the uz-Cyrl texts, with the authored uz-Latn and
    /// English ones (English falls back to uz-Cyrl where it is missing, as in the full pack).
    Uz,
    /// Readers of Russian: the Russian texts, and uz-Cyrl where a Russian one is missing.
    Ru,
}

impl Edition {
    /// Every edition, in the order the build writes them.
    pub const ALL: [Edition; 2] = [Edition::Uz, Edition::Ru];

    /// The edition a reader of `lang` downloads.
    pub fn for_lang(lang: Lang) -> Edition {
        match lang {
            Lang::Ru => Edition::Ru,
            Lang::UzLatn | Lang::UzCyrl | Lang::En => Edition::Uz,
        }
    }

    /// The edition's folder under `quizzes/` (`uz`, `ru`).
    pub fn folder(self) -> &'static str {
        match self {
            Edition::Uz => "uz",
            Edition::Ru => "ru",
        }
    }

    /// The edition file of a pack, relative to `quizzes/`: `uz/juma.json`.
    pub fn path(self, pack_id: &str) -> String {
        format!("{}/{pack_id}.json", self.folder())
    }

    /// The languages whose entries a text keeps in this edition, in order of preference: the
    /// first one present is kept, and for [`Edition::Uz`] every one present.
    fn keeps(self, text: &LocalizedText) -> LocalizedText {
        let entry = |lang: Lang| {
            text.get(lang)
                .map(|s| (lang.tag().to_string(), s.to_string()))
        };
        let kept: BTreeMap<String, String> = match self {
            Edition::Uz => [Lang::UzCyrl, Lang::UzLatn, Lang::En]
                .into_iter()
                .filter_map(entry)
                .collect(),
            Edition::Ru => entry(Lang::Ru)
                .or_else(|| entry(Lang::UzCyrl))
                .into_iter()
                .collect(),
        };
        LocalizedText(kept)
    }

    /// `pack` as this edition's readers see it: every text reduced to this edition's entries.
    pub fn of(self, pack: &Pack) -> Pack {
        let keep = |t: &mut LocalizedText| *t = self.keeps(t);
        let mut out = pack.clone();
        keep(&mut out.title);
        keep(&mut out.description);
        for q in &mut out.questions {
            keep(&mut q.text);
            keep(&mut q.explanation);
            q.source.iter_mut().for_each(keep);
            let choices: Vec<&mut Choice> = match &mut q.body {
                QuestionBody::Single { options, .. } => options.iter_mut().collect(),
                QuestionBody::Multiple { options } => {
                    options.iter_mut().map(|o| &mut o.choice).collect()
                }
                QuestionBody::TrueFalse { .. } => Vec::new(),
                QuestionBody::Ordering { items } => items.iter_mut().collect(),
                QuestionBody::Situation { options } => {
                    options.iter_mut().map(|o| &mut o.choice).collect()
                }
            };
            for c in choices {
                keep(&mut c.text);
                c.feedback.iter_mut().for_each(keep);
            }
        }
        out
    }
}

/// An edition file: its format version, which edition it is, and the pack.
#[derive(Serialize, Deserialize)]
struct EditionFile {
    format: u32,
    edition: Edition,
    pack: Pack,
}

/// The file of `edition` of the validated `pack` (compact JSON).
pub fn write(pack: &Pack, edition: Edition) -> String {
    let file = EditionFile {
        format: FORMAT,
        edition,
        pack: edition.of(pack),
    };
    serde_json::to_string(&file).expect("a pack always serializes")
}

/// Why an edition file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum EditionError {
    /// Not the JSON of an edition file (a damaged or cut-off copy).
    #[error("{path}: the file could not be read ({message})")]
    Unreadable {
        /// The file, relative to `quizzes/`.
        path: String,
        /// The parser's message, with its line and column.
        message: String,
    },
    /// An edition file of another format version, another edition or another pack.
    #[error("{path}: this is not the file this version of Halol expects (format {format}, edition {edition}, pack `{pack}`)")]
    Mismatch {
        /// The file, relative to `quizzes/`.
        path: String,
        /// The format version found.
        format: u32,
        /// The edition found.
        edition: &'static str,
        /// The pack id found.
        pack: String,
    },
}

/// Reads the file of `edition` of the pack `pack_id` (see the module doc: no validation beyond
/// the file's own format, edition and pack id).
pub fn read(pack_id: &str, edition: Edition, json: &str) -> Result<Pack, EditionError> {
    let path = edition.path(pack_id);
    let file: EditionFile = serde_json::from_str(json).map_err(|e| EditionError::Unreadable {
        path: path.clone(),
        message: e.to_string(),
    })?;
    if file.format != FORMAT || file.edition != edition || file.pack.id != pack_id {
        return Err(EditionError::Mismatch {
            path,
            format: file.format,
            edition: file.edition.folder(),
            pack: file.pack.id,
        });
    }
    Ok(file.pack)
}
