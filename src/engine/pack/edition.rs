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

/// The version of the edition files this code writes and reads (their first element). Format 2
/// is the flat form of the questions; format 3 moves the explanations, sources and option
/// feedback into a notes file of their own, and writes every part as an array.
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
///
/// Every part of the file is a JSON array, not an object: serde reads an array with one small
/// visitor per type, where an object needs its field names matched too (2 KB of brotli less in
/// the student's wasm), and the file is still text that any static host compresses.
#[derive(Serialize, Deserialize)]
struct EditionFile(
    /// The format version, [`FORMAT`].
    u32,
    /// The edition's folder name.
    String,
    FlatPack,
);

/// A [`Pack`] as an edition file carries it: id, kind by name (empty in the notes file), title,
/// description, settings (question count, time limit, question time limit) and questions.
#[derive(Serialize, Deserialize)]
struct FlatPack(
    String,
    String,
    LocalizedText,
    LocalizedText,
    (Option<usize>, Option<u64>, Option<u64>),
    Vec<FlatQuestion>,
);

/// A [`Question`] with its kind by name and one list of options for every kind: id, text,
/// explanation, source, topic, difficulty (1 to 3, read as a `u64`: one number reader less),
/// points, kind ([`QuestionKind::as_str`]), options (in pack order; `ordering`: the items in the
/// correct order; none for `true_false`), the correct option's id (`single`) and the answer
/// (`true_false`). The questions file leaves the explanation and source empty; the notes file has
/// the id, the explanation, the source and the options that have feedback, and nothing else.
#[derive(Serialize, Deserialize)]
struct FlatQuestion(
    String,
    LocalizedText,
    LocalizedText,
    Option<LocalizedText>,
    Option<String>,
    Option<u64>,
    f64,
    String,
    Vec<FlatChoice>,
    Option<String>,
    Option<bool>,
);

/// An option of a [`FlatQuestion`]: id, text, feedback (in the notes file only), and its weight
/// (`multiple`) or its score (`situation`).
#[derive(Serialize, Deserialize)]
struct FlatChoice(String, LocalizedText, Option<LocalizedText>, Option<f64>);

impl FlatChoice {
    fn of(choice: &Choice, value: Option<f64>) -> FlatChoice {
        FlatChoice(
            choice.id.clone(),
            choice.text.clone(),
            choice.feedback.clone(),
            value,
        )
    }

    /// The choice, and its value (0 when the file has none).
    fn split(self) -> (Choice, f64) {
        let FlatChoice(id, text, feedback, value) = self;
        (Choice { id, text, feedback }, value.unwrap_or(0.0))
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
        FlatQuestion(
            q.id.clone(),
            q.text.clone(),
            q.explanation.clone(),
            q.source.clone(),
            q.topic.clone(),
            q.difficulty.map(u64::from),
            q.points,
            q.kind().as_str().to_string(),
            options,
            correct,
            answer,
        )
    }

    /// The question without its notes (the questions file's part of it).
    fn without_notes(self) -> FlatQuestion {
        let FlatQuestion(id, text, _, _, topic, difficulty, points, kind, options, correct, answer) =
            self;
        let options = options
            .into_iter()
            .map(|FlatChoice(id, text, _, value)| FlatChoice(id, text, None, value))
            .collect();
        let no_explanation = LocalizedText::default();
        FlatQuestion(
            id,
            text,
            no_explanation,
            None,
            topic,
            difficulty,
            points,
            kind,
            options,
            correct,
            answer,
        )
    }

    /// The question's notes only (the notes file's part of it): its id, explanation and source,
    /// and the options that have feedback, with their id and feedback.
    fn notes(self) -> FlatQuestion {
        let FlatQuestion(id, _, explanation, source, _, _, _, _, options, _, _) = self;
        let options = options
            .into_iter()
            .filter_map(|FlatChoice(id, _, feedback, _)| {
                feedback.map(|f| FlatChoice(id, LocalizedText::default(), Some(f), None))
            })
            .collect();
        FlatQuestion(
            id,
            LocalizedText::default(),
            explanation,
            source,
            None,
            None,
            0.0,
            String::new(),
            options,
            None,
            None,
        )
    }

    /// The question, or what its kind lacks.
    fn into_question(self) -> Result<Question, String> {
        let FlatQuestion(
            id,
            text,
            explanation,
            source,
            topic,
            difficulty,
            points,
            kind,
            options,
            correct,
            answer,
        ) = self;
        let lacks = |what: &str| format!("question `{id}`: no `{what}`");
        let options = options.into_iter().map(FlatChoice::split);
        let body = match QuestionKind::parse(&kind) {
            Some(QuestionKind::Single) => QuestionBody::Single {
                correct: correct.ok_or_else(|| lacks("correct"))?,
                options: options.map(|(c, _)| c).collect(),
            },
            Some(QuestionKind::Multiple) => QuestionBody::Multiple {
                options: options
                    .map(|(choice, weight)| WeightedChoice { choice, weight })
                    .collect(),
            },
            Some(QuestionKind::TrueFalse) => QuestionBody::TrueFalse {
                answer: answer.ok_or_else(|| lacks("answer"))?,
            },
            Some(QuestionKind::Ordering) => QuestionBody::Ordering {
                items: options.map(|(c, _)| c).collect(),
            },
            Some(QuestionKind::Situation) => QuestionBody::Situation {
                options: options
                    .map(|(choice, score)| ScoredChoice { choice, score })
                    .collect(),
            },
            None => return Err(format!("question `{id}`: unknown kind `{kind}`")),
        };
        let difficulty = match difficulty.map(u8::try_from) {
            Some(Ok(d)) => Some(d),
            Some(Err(_)) => return Err(format!("question `{id}`: no such difficulty")),
            None => None,
        };
        Ok(Question {
            id,
            text,
            explanation,
            source,
            topic,
            difficulty,
            points,
            body,
        })
    }
}

/// The questions file (`notes: false`) or the notes file of `edition` of the validated `pack`
/// (compact JSON).
fn file(pack: &Pack, edition: Edition, notes: bool) -> String {
    let pack = edition.of(pack);
    let questions = pack.questions.iter().map(FlatQuestion::of);
    let flat = if notes {
        FlatPack(
            pack.id,
            String::new(),
            LocalizedText::default(),
            LocalizedText::default(),
            (None, None, None),
            questions.map(FlatQuestion::notes).collect(),
        )
    } else {
        let Settings {
            question_count,
            time_limit_secs,
            question_time_limit_secs,
        } = pack.settings;
        FlatPack(
            pack.id,
            pack.kind.as_str().to_string(),
            pack.title,
            pack.description,
            (question_count, time_limit_secs, question_time_limit_secs),
            questions.map(FlatQuestion::without_notes).collect(),
        )
    };
    let file = EditionFile(FORMAT, edition.folder().to_string(), flat);
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
    let EditionFile(format, found, pack) =
        serde_json::from_str(json).map_err(|e| EditionError::Unreadable {
            path: path.clone(),
            message: e.to_string(),
        })?;
    if format != FORMAT || found != edition.folder() || pack.0 != pack_id {
        return Err(EditionError::Mismatch {
            path,
            format,
            edition: found,
            pack: pack.0,
        });
    }
    Ok(pack)
}

/// Reads the questions file of `edition` of the pack `pack_id` (see the module doc: no
/// validation beyond the file's own format, edition and pack id). The pack has no notes yet:
/// empty explanations, no sources, no option feedback ([`read_notes`] adds them).
pub fn read(pack_id: &str, edition: Edition, json: &str) -> Result<Pack, EditionError> {
    let path = edition.path(pack_id);
    let FlatPack(id, kind, title, description, settings, questions) =
        read_file(path.clone(), pack_id, edition, json)?;
    let unreadable = |message: String| EditionError::Unreadable {
        path: path.clone(),
        message,
    };
    let kind =
        PackKind::parse(&kind).ok_or_else(|| unreadable(format!("unknown pack kind `{kind}`")))?;
    let questions = questions
        .into_iter()
        .map(FlatQuestion::into_question)
        .collect::<Result<_, _>>()
        .map_err(unreadable)?;
    let (question_count, time_limit_secs, question_time_limit_secs) = settings;
    Ok(Pack {
        id,
        kind,
        title,
        description,
        settings: Settings {
            question_count,
            time_limit_secs,
            question_time_limit_secs,
        },
        questions,
    })
}

/// `pack`, read from the questions file of `edition`, with the notes of that edition's notes file
/// `json`. The file must be the notes of this very pack: the same questions in the same order,
/// each option it gives feedback for one of its question's.
pub fn read_notes(pack: &Pack, edition: Edition, json: &str) -> Result<Pack, EditionError> {
    let path = edition.notes_path(&pack.id);
    let FlatPack(.., notes) = read_file(path.clone(), &pack.id, edition, json)?;
    let unreadable = |message: String| EditionError::Unreadable {
        path: path.clone(),
        message,
    };
    if notes.len() != pack.questions.len() {
        return Err(unreadable(format!(
            "notes of {} questions for {}",
            notes.len(),
            pack.questions.len()
        )));
    }
    let mut full = pack.clone();
    for (q, notes) in full.questions.iter_mut().zip(notes) {
        let FlatQuestion(id, _, explanation, source, _, _, _, _, options, _, _) = notes;
        if id != q.id {
            return Err(unreadable(format!(
                "question `{id}` where `{}` was expected",
                q.id
            )));
        }
        q.explanation = explanation;
        q.source = source;
        let mut choices = q.choices_mut();
        for FlatChoice(option, _, feedback, _) in options {
            let choice = choices
                .iter_mut()
                .find(|c| c.id == option)
                .ok_or_else(|| unreadable(format!("question `{id}`: no option `{option}`")))?;
            choice.feedback = feedback;
        }
    }
    Ok(full)
}
