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
//!
//! The file is not the serde form of [`Pack`] but a flat one ([`FlatQuestion`]): each question
//! names its kind and has one list of options whatever the kind, so the student's wasm carries
//! one small reader instead of serde's reader of the `QuestionBody` enum, with a struct per
//! variant and a list type per kind of option.
//!
//! Each edition is two files. The questions file ([`write`], [`read`]) has what a quiz needs to
//! start and to score: the pack's texts, settings and questions with their options and correct
//! answers. The notes file ([`write_notes`], [`read_notes`]) has what is shown after an answer:
//! each question's explanation and source, and each option's feedback, about half the bytes. The
//! app fetches the questions file when a quiz opens and the notes when its questions are on
//! screen, so the first load of a quiz carries only the first.

use super::{
    Choice, Pack, PackKind, Question, QuestionBody, QuestionKind, ScoredChoice, Settings,
    WeightedChoice,
};
use crate::engine::text::{Lang, LocalizedText};
use serde::{Deserialize, Serialize};

/// The version of the edition files this code writes and reads (their `format` field). Format 2
/// is the flat form of the questions; format 3 moves the explanations, sources and option
/// feedback into a notes file of their own.
pub const FORMAT: u32 = 3;

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

    /// The questions file of a pack, relative to `quizzes/`: `uz/juma.json`.
    pub fn path(self, pack_id: &str) -> String {
        format!("{}/{pack_id}.json", self.folder())
    }

    /// The notes file of a pack, relative to `quizzes/`: `uz/juma.notes.json`.
    pub fn notes_path(self, pack_id: &str) -> String {
        format!("{}/{pack_id}.notes.json", self.folder())
    }

    /// The languages whose entries a text keeps in this edition, in order of preference: the
    /// first one present is kept, and for [`Edition::Uz`] every one present.
    fn keeps(self, text: &LocalizedText) -> LocalizedText {
        let entry = |lang: Lang| text.get(lang).map(|s| (lang.tag(), s));
        match self {
            Edition::Uz => [Lang::UzCyrl, Lang::UzLatn, Lang::En]
                .into_iter()
                .filter_map(entry)
                .collect(),
            Edition::Ru => entry(Lang::Ru)
                .or_else(|| entry(Lang::UzCyrl))
                .into_iter()
                .collect(),
        }
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
            for c in q.choices_mut() {
                keep(&mut c.text);
                c.feedback.iter_mut().for_each(keep);
            }
        }
        out
    }
}

/// An edition file, of either kind: its format version, which edition it is (its folder name,
/// `uz` or `ru`), and the pack. The questions file has the pack without its notes; the notes
/// file has, for each question in the pack's order, only its id and notes, and its options'
/// ids and feedback. One form for both, so the app has one reader for both.
#[derive(Serialize, Deserialize)]
struct EditionFile {
    format: u32,
    edition: String,
    pack: FlatPack,
}

/// Whether `value` is its type's default (left out of a file, read back as the default).
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// A [`Pack`] as an edition file carries it: its kind by name, each question flat.
#[derive(Serialize, Deserialize)]
struct FlatPack {
    id: String,
    #[serde(default, skip_serializing_if = "is_default")]
    kind: String,
    #[serde(default, skip_serializing_if = "is_default")]
    title: LocalizedText,
    #[serde(default, skip_serializing_if = "is_default")]
    description: LocalizedText,
    #[serde(default, skip_serializing_if = "is_default")]
    settings: Settings,
    questions: Vec<FlatQuestion>,
}

/// A [`Question`] with its kind by name and one list of options for every kind: in the
/// questions file without its notes (explanation, source), in the notes file with its id and
/// notes only.
#[derive(Serialize, Deserialize)]
struct FlatQuestion {
    id: String,
    #[serde(default, skip_serializing_if = "is_default")]
    text: LocalizedText,
    #[serde(default, skip_serializing_if = "is_default")]
    explanation: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    topic: Option<String>,
    /// 1 to 3, read as a `u64` (one number reader less in the student's wasm).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    difficulty: Option<u64>,
    #[serde(default, skip_serializing_if = "is_default")]
    points: f64,
    /// [`QuestionKind::as_str`].
    #[serde(default, skip_serializing_if = "is_default")]
    kind: String,
    /// The options in pack order (`ordering`: the items in the correct order); none for
    /// `true_false`. In the notes file, the options that have feedback.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    options: Vec<FlatChoice>,
    /// `single`: the id of the correct option.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    correct: Option<String>,
    /// `true_false`: whether the statement is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    answer: Option<bool>,
}

/// An option of a [`FlatQuestion`]: a [`Choice`] with its weight (`multiple`) or its score
/// (`situation`) as `value`; its feedback in the notes file only.
#[derive(Serialize, Deserialize)]
struct FlatChoice {
    id: String,
    #[serde(default, skip_serializing_if = "is_default")]
    text: LocalizedText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    feedback: Option<LocalizedText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    value: Option<f64>,
}

impl FlatChoice {
    fn of(choice: &Choice, value: Option<f64>) -> FlatChoice {
        FlatChoice {
            id: choice.id.clone(),
            text: choice.text.clone(),
            feedback: choice.feedback.clone(),
            value,
        }
    }

    /// The choice, and its value (0 when the file has none).
    fn split(self) -> (Choice, f64) {
        let choice = Choice {
            id: self.id,
            text: self.text,
            feedback: self.feedback,
        };
        (choice, self.value.unwrap_or(0.0))
    }
}

impl FlatQuestion {
    fn of(q: &Question) -> FlatQuestion {
        let (options, correct, answer) = match &q.body {
            QuestionBody::Single { options, correct } => (
                options.iter().map(|c| FlatChoice::of(c, None)).collect(),
                Some(correct.clone()),
                None,
            ),
            QuestionBody::Multiple { options } => (
                options
                    .iter()
                    .map(|o| FlatChoice::of(&o.choice, Some(o.weight)))
                    .collect(),
                None,
                None,
            ),
            QuestionBody::TrueFalse { answer } => (Vec::new(), None, Some(*answer)),
            QuestionBody::Ordering { items } => (
                items.iter().map(|c| FlatChoice::of(c, None)).collect(),
                None,
                None,
            ),
            QuestionBody::Situation { options } => (
                options
                    .iter()
                    .map(|o| FlatChoice::of(&o.choice, Some(o.score)))
                    .collect(),
                None,
                None,
            ),
        };
        FlatQuestion {
            id: q.id.clone(),
            text: q.text.clone(),
            explanation: q.explanation.clone(),
            source: q.source.clone(),
            topic: q.topic.clone(),
            difficulty: q.difficulty.map(u64::from),
            points: q.points,
            kind: q.kind().as_str().to_string(),
            options,
            correct,
            answer,
        }
    }

    /// The question, or what its kind lacks.
    fn into_question(self) -> Result<Question, String> {
        let id = self.id;
        let lacks = |what: &str| format!("question `{id}`: no `{what}`");
        let options = self.options.into_iter().map(FlatChoice::split);
        let body = match QuestionKind::parse(&self.kind) {
            Some(QuestionKind::Single) => QuestionBody::Single {
                correct: self.correct.ok_or_else(|| lacks("correct"))?,
                options: options.map(|(c, _)| c).collect(),
            },
            Some(QuestionKind::Multiple) => QuestionBody::Multiple {
                options: options
                    .map(|(choice, weight)| WeightedChoice { choice, weight })
                    .collect(),
            },
            Some(QuestionKind::TrueFalse) => QuestionBody::TrueFalse {
                answer: self.answer.ok_or_else(|| lacks("answer"))?,
            },
            Some(QuestionKind::Ordering) => QuestionBody::Ordering {
                items: options.map(|(c, _)| c).collect(),
            },
            Some(QuestionKind::Situation) => QuestionBody::Situation {
                options: options
                    .map(|(choice, score)| ScoredChoice { choice, score })
                    .collect(),
            },
            None => return Err(format!("question `{id}`: unknown kind `{}`", self.kind)),
        };
        let difficulty = match self.difficulty.map(u8::try_from) {
            Some(Ok(d)) => Some(d),
            Some(Err(_)) => return Err(format!("question `{id}`: no such difficulty")),
            None => None,
        };
        Ok(Question {
            id,
            text: self.text,
            explanation: self.explanation,
            source: self.source,
            topic: self.topic,
            difficulty,
            points: self.points,
            body,
        })
    }
}

/// The questions file (`notes: false`) or the notes file of `edition` of the validated `pack`
/// (compact JSON).
fn file(pack: &Pack, edition: Edition, notes: bool) -> String {
    let pack = edition.of(pack);
    let questions = pack.questions.iter().map(FlatQuestion::of).map(|q| {
        if notes {
            FlatQuestion {
                id: q.id,
                text: LocalizedText::default(),
                explanation: q.explanation,
                source: q.source,
                topic: None,
                difficulty: None,
                points: 0.0,
                kind: String::new(),
                options: q
                    .options
                    .into_iter()
                    .filter(|o| o.feedback.is_some())
                    .map(|o| FlatChoice {
                        text: LocalizedText::default(),
                        value: None,
                        ..o
                    })
                    .collect(),
                correct: None,
                answer: None,
            }
        } else {
            FlatQuestion {
                explanation: LocalizedText::default(),
                source: None,
                options: q
                    .options
                    .into_iter()
                    .map(|o| FlatChoice {
                        feedback: None,
                        ..o
                    })
                    .collect(),
                ..q
            }
        }
    });
    let flat = if notes {
        FlatPack {
            id: pack.id,
            kind: String::new(),
            title: LocalizedText::default(),
            description: LocalizedText::default(),
            settings: Settings::default(),
            questions: questions.collect(),
        }
    } else {
        FlatPack {
            id: pack.id,
            kind: pack.kind.as_str().to_string(),
            title: pack.title,
            description: pack.description,
            settings: pack.settings,
            questions: questions.collect(),
        }
    };
    let file = EditionFile {
        format: FORMAT,
        edition: edition.folder().to_string(),
        pack: flat,
    };
    serde_json::to_string(&file).expect("a pack always serializes")
}

/// The questions file of `edition` of the validated `pack` (compact JSON).
pub fn write(pack: &Pack, edition: Edition) -> String {
    file(pack, edition, false)
}

/// The notes file of `edition` of the validated `pack` (compact JSON).
pub fn write_notes(pack: &Pack, edition: Edition) -> String {
    file(pack, edition, true)
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
        edition: String,
        /// The pack id found.
        pack: String,
    },
}

/// Reads an edition file at `path` of the pack `pack_id`: its pack, if it is the file of this
/// format, edition and pack.
fn read_file(
    path: String,
    pack_id: &str,
    edition: Edition,
    json: &str,
) -> Result<FlatPack, EditionError> {
    let file: EditionFile = serde_json::from_str(json).map_err(|e| EditionError::Unreadable {
        path: path.clone(),
        message: e.to_string(),
    })?;
    if file.format != FORMAT || file.edition != edition.folder() || file.pack.id != pack_id {
        return Err(EditionError::Mismatch {
            path,
            format: file.format,
            edition: file.edition,
            pack: file.pack.id,
        });
    }
    Ok(file.pack)
}

/// Reads the questions file of `edition` of the pack `pack_id` (see the module doc: no
/// validation beyond the file's own format, edition and pack id). The pack has no notes yet:
/// empty explanations, no sources, no option feedback ([`read_notes`] adds them).
pub fn read(pack_id: &str, edition: Edition, json: &str) -> Result<Pack, EditionError> {
    let path = edition.path(pack_id);
    let pack = read_file(path.clone(), pack_id, edition, json)?;
    let unreadable = |message: String| EditionError::Unreadable {
        path: path.clone(),
        message,
    };
    let kind = PackKind::parse(&pack.kind)
        .ok_or_else(|| unreadable(format!("unknown pack kind `{}`", pack.kind)))?;
    let questions = pack
        .questions
        .into_iter()
        .map(FlatQuestion::into_question)
        .collect::<Result<_, _>>()
        .map_err(unreadable)?;
    Ok(Pack {
        id: pack.id,
        kind,
        title: pack.title,
        description: pack.description,
        settings: pack.settings,
        questions,
    })
}

/// `pack`, read from the questions file of `edition`, with the notes of that edition's notes file
/// `json`. The file must be the notes of this very pack: the same questions in the same order,
/// each option it gives feedback for one of its question's.
pub fn read_notes(pack: &Pack, edition: Edition, json: &str) -> Result<Pack, EditionError> {
    let path = edition.notes_path(&pack.id);
    let notes = read_file(path.clone(), &pack.id, edition, json)?;
    let unreadable = |message: String| EditionError::Unreadable {
        path: path.clone(),
        message,
    };
    if notes.questions.len() != pack.questions.len() {
        return Err(unreadable(format!(
            "notes of {} questions for {}",
            notes.questions.len(),
            pack.questions.len()
        )));
    }
    let mut full = pack.clone();
    for (q, notes) in full.questions.iter_mut().zip(notes.questions) {
        if notes.id != q.id {
            return Err(unreadable(format!(
                "question `{}` where `{}` was expected",
                notes.id, q.id
            )));
        }
        q.explanation = notes.explanation;
        q.source = notes.source;
        let id = q.id.clone();
        let mut choices = q.choices_mut();
        for option in notes.options {
            let choice = choices
                .iter_mut()
                .find(|c| c.id == option.id)
                .ok_or_else(|| unreadable(format!("question `{id}`: no option `{}`", option.id)))?;
            choice.feedback = option.feedback;
        }
    }
    Ok(full)
}
