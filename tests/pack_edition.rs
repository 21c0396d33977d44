//! The packs' language editions (`engine::pack::edition`): what the student app downloads must
//! show every text exactly as the full pack does in each of its readers' languages, carry none of
//! the other languages, read back to the same pack (its questions file, then its notes file), and
//! refuse a damaged or foreign file.

#![cfg(not(target_arch = "wasm32"))]

use halol::engine::pack::edition::{self, Edition, EditionError};
use halol::engine::pack::{parse_pack, Pack};
use halol::engine::text::{Lang, LocalizedText};
use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

// An edition file is `[format, edition, pack]`; its pack is `[id, kind, title, description,
// settings, questions]`, each question `[id, text, explanation, source, topic, difficulty, points,
// kind, options, correct, answer]`, each option `[id, text, feedback, value]`.
const QUESTIONS: usize = 5;
const EXPLANATION: usize = 2;
const SOURCE: usize = 3;
const POINTS: usize = 6;
const KIND: usize = 7;
const OPTIONS: usize = 8;
const CORRECT: usize = 9;
const ANSWER: usize = 10;

/// Every bundled pack and every valid fixture, validated.
fn packs() -> Vec<Pack> {
    let mut files: Vec<PathBuf> = ["quizzes", "tests/fixtures/packs/valid"]
        .iter()
        .flat_map(|dir| fs::read_dir(Path::new(ROOT).join(dir)).unwrap())
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.ends_with(".json") && !name.ends_with(".schema.json")
        })
        .collect();
    files.sort();
    assert!(files.len() >= 8, "4 bundled packs and 4 fixtures");
    files
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            parse_pack(&name, &fs::read_to_string(p).unwrap()).expect("a valid pack")
        })
        .collect()
}

/// Every text of a pack, in a fixed order.
fn texts(pack: &Pack) -> Vec<&LocalizedText> {
    let mut all = vec![&pack.title, &pack.description];
    for q in &pack.questions {
        all.extend([&q.text, &q.explanation]);
        all.extend(q.source.as_ref());
        for c in q.choices() {
            all.push(&c.text);
            all.extend(c.feedback.as_ref());
        }
    }
    all
}

/// The pack as JSON with every text field emptied (its presence kept).
fn blank(pack: &Pack) -> Value {
    fn walk(v: &mut Value) {
        match v {
            Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    let text = [
                        "title",
                        "description",
                        "text",
                        "explanation",
                        "source",
                        "feedback",
                    ];
                    if text.contains(&key.as_str()) {
                        *value = Value::Null;
                    } else {
                        walk(value);
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(pack).unwrap();
    walk(&mut v);
    v
}

#[test]
fn every_edition_shows_each_text_as_the_full_pack_does_for_its_readers() {
    for pack in packs() {
        for edition in Edition::ALL {
            let file = edition::write(&pack, edition);
            let questions =
                edition::read(&pack.id, edition, &file).expect("the edition reads back");
            let notes = edition::write_notes(&pack, edition);
            let read = edition::read_notes(&questions, edition, &notes).expect("the notes read");
            assert_eq!(
                read,
                edition.of(&pack),
                "{}: {edition:?} reads back",
                pack.id
            );
            let (full, reduced) = (texts(&pack), texts(&read));
            assert_eq!(full.len(), reduced.len());
            for lang in Lang::ALL
                .into_iter()
                .filter(|&l| Edition::for_lang(l) == edition)
            {
                for (a, b) in full.iter().zip(&reduced) {
                    assert_eq!(a.display(lang), b.display(lang), "{}: {lang:?}", pack.id);
                    assert_eq!(a.resolve(lang), b.resolve(lang), "{}: {lang:?}", pack.id);
                }
            }
            // Everything but the texts is the pack itself.
            assert_eq!(
                blank(&read),
                blank(&pack),
                "{}: {edition:?} keeps all but texts",
                pack.id
            );
            // The questions file alone is the pack without its notes, and has none of them.
            let mut bare = edition.of(&pack);
            for q in &mut bare.questions {
                q.explanation = LocalizedText::default();
                q.source = None;
                q.choices_mut().into_iter().for_each(|c| c.feedback = None);
            }
            assert_eq!(questions, bare, "{}: {edition:?} questions", pack.id);
            // Each explanation (its JSON, as written) is in the notes, not in the questions file.
            for q in &edition.of(&pack).questions {
                let json = serde_json::to_string(&q.explanation).unwrap();
                let entries = json.trim_start_matches('{').trim_end_matches('}');
                if entries.len() < 20 {
                    continue; // too short to be told apart from other texts
                }
                assert!(!file.contains(entries), "{}: {}", pack.id, q.id);
                assert!(notes.contains(entries), "{}: {}", pack.id, q.id);
            }
        }
    }
}

#[test]
fn the_notes_are_half_of_an_edition_and_none_of_its_questions_file() {
    for pack in packs().into_iter().filter(|p| p.questions.len() >= 10) {
        for edition in Edition::ALL {
            let (questions, notes) = (
                edition::write(&pack, edition),
                edition::write_notes(&pack, edition),
            );
            // In the questions file every explanation is empty and no source or feedback is set.
            let file: Value = serde_json::from_str(&questions).unwrap();
            for q in file[2][QUESTIONS].as_array().unwrap() {
                assert_eq!(
                    q[EXPLANATION],
                    Value::Object(Default::default()),
                    "{}",
                    pack.id
                );
                assert_eq!(q[SOURCE], Value::Null, "{}", pack.id);
                for option in q[OPTIONS].as_array().unwrap() {
                    assert_eq!(option[2], Value::Null, "{}: option feedback", pack.id);
                }
            }
            // The bundled packs explain every answer at length: the notes are a third or more.
            assert!(
                notes.len() * 2 > questions.len(),
                "{}: {edition:?}: questions {} bytes, notes {}",
                pack.id,
                questions.len(),
                notes.len()
            );
        }
    }
}

#[test]
fn notes_of_another_pack_or_edition_are_refused_with_a_reason() {
    let all = packs();
    let namuna = all.iter().find(|p| p.id == "namuna").unwrap();
    let juma = all.iter().find(|p| p.id == "juma").unwrap();
    let read = |pack: &Pack, edition: Edition| {
        edition::read(&pack.id, edition, &edition::write(pack, edition)).unwrap()
    };
    let bare = read(namuna, Edition::Ru);
    let notes = edition::write_notes(namuna, Edition::Ru);
    let mismatch = |pack: &Pack, edition: Edition, json: &str| match edition::read_notes(
        pack, edition, json,
    ) {
        Err(EditionError::Mismatch { path, .. }) => path,
        other => panic!("foreign notes were read: {other:?}"),
    };
    assert_eq!(mismatch(&bare, Edition::Uz, &notes), "uz/namuna.notes.json");
    assert_eq!(
        mismatch(&read(juma, Edition::Ru), Edition::Ru, &notes),
        "ru/juma.notes.json"
    );
    assert_eq!(
        mismatch(&bare, Edition::Ru, &notes.replacen("[3,", "[2,", 1)),
        "ru/namuna.notes.json"
    );
    // The same pack id with other questions: a question out of place, an option it lacks.
    let mut value: Value = serde_json::from_str(&notes).unwrap();
    value[2][QUESTIONS].as_array_mut().unwrap().swap(0, 1);
    let message = edition::read_notes(&bare, Edition::Ru, &value.to_string())
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        format!(
            "ru/namuna.notes.json: the file could not be read (question `{}` where `{}` was expected)",
            bare.questions[1].id, bare.questions[0].id
        )
    );
    let mut value: Value = serde_json::from_str(&notes).unwrap();
    let (index, question) = value[2][QUESTIONS]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .enumerate()
        .find(|(_, q)| !q[OPTIONS].as_array().unwrap().is_empty())
        .expect("namuna has option feedback");
    question[OPTIONS][0][0] = "zz".into();
    let message = edition::read_notes(&bare, Edition::Ru, &value.to_string())
        .unwrap_err()
        .to_string();
    assert!(
        message.ends_with(&format!(
            "question `{}`: no option `zz`)",
            bare.questions[index].id
        )),
        "{message}"
    );
    // Cut off in the middle.
    assert!(matches!(
        edition::read_notes(&bare, Edition::Ru, &notes[..notes.find("]]").unwrap()]),
        Err(EditionError::Unreadable { .. })
    ));
    // And the questions file read alone has no notes to show.
    assert!(bare
        .questions
        .iter()
        .all(|q| q.explanation.is_empty() && q.source.is_none()));
}

#[test]
fn an_edition_carries_none_of_the_other_editions_language() {
    for pack in packs() {
        // Both files of each edition.
        let both = |e: Edition| edition::write(&pack, e) + &edition::write_notes(&pack, e);
        let (uz, ru) = (both(Edition::Uz), both(Edition::Ru));
        assert!(
            !uz.contains("\"ru\":"),
            "{}: no Russian in the uz edition",
            pack.id
        );
        let with_ru = texts(&pack)
            .iter()
            .filter(|t| t.get(Lang::Ru).is_some())
            .count();
        let uz_cyrl_in_ru = ru.matches("\"uz-Cyrl\":").count();
        assert_eq!(
            uz_cyrl_in_ru,
            texts(&pack).len() - with_ru,
            "{}: the ru edition has uz-Cyrl only where Russian is missing",
            pack.id
        );
        let full = serde_json::to_string(&pack).unwrap().len();
        if with_ru == texts(&pack).len() {
            assert!(
                uz.len() * 3 < full * 2,
                "{}: uz {} of {full} bytes",
                pack.id,
                uz.len()
            );
            assert!(
                ru.len() * 3 < full * 2,
                "{}: ru {} of {full} bytes",
                pack.id,
                ru.len()
            );
        }
    }
}

#[test]
fn a_damaged_or_foreign_edition_file_is_refused_with_a_reason() {
    let pack = packs().into_iter().find(|p| p.id == "namuna").unwrap();
    let file = edition::write(&pack, Edition::Ru);
    // Cut off in the middle, as by a broken download.
    let half = (0..=file.len() / 2)
        .rev()
        .find(|&i| file.is_char_boundary(i))
        .unwrap();
    match edition::read("namuna", Edition::Ru, &file[..half]) {
        Err(EditionError::Unreadable { path, message }) => {
            assert_eq!(path, "ru/namuna.json");
            assert!(message.contains("line 1"), "{message}");
        }
        other => panic!("a cut-off file: {other:?}"),
    }
    // Another edition, another pack, another format version.
    let mismatch = |id: &str, edition: Edition, json: &str| {
        matches!(
            edition::read(id, edition, json),
            Err(EditionError::Mismatch { .. })
        )
    };
    assert!(mismatch("namuna", Edition::Uz, &file));
    assert!(mismatch("juma", Edition::Ru, &file));
    let format_2 = file.replacen("[3,", "[2,", 1);
    assert_ne!(format_2, file);
    assert!(mismatch("namuna", Edition::Ru, &format_2));
    let message = edition::read("namuna", Edition::Ru, &format_2)
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("ru/namuna.json: ") && message.contains("format 2"),
        "{message}"
    );
    // A pack file is not an edition file.
    let source = fs::read_to_string(Path::new(ROOT).join("quizzes/namuna.json")).unwrap();
    assert!(matches!(
        edition::read("namuna", Edition::Uz, &source),
        Err(EditionError::Unreadable { .. })
    ));
}

#[test]
fn a_question_its_kind_cannot_read_is_refused_with_a_reason() {
    let pack = packs().into_iter().find(|p| p.id == "namuna").unwrap();
    let file: Value = serde_json::from_str(&edition::write(&pack, Edition::Uz)).unwrap();
    let refused = |edit: &dyn Fn(&mut Value)| {
        let mut changed = file.clone();
        edit(&mut changed[2][QUESTIONS][0]);
        match edition::read("namuna", Edition::Uz, &changed.to_string()) {
            Err(EditionError::Unreadable { path, message }) => {
                assert_eq!(path, "uz/namuna.json");
                message
            }
            other => panic!("a broken question was read: {other:?}"),
        }
    };
    let first = pack.questions[0].id.clone();
    assert_eq!(
        refused(&|q| q[KIND] = "essay".into()),
        format!("question `{first}`: unknown kind `essay`")
    );
    for (kind, field, at) in [
        ("single", "correct", CORRECT),
        ("true_false", "answer", ANSWER),
    ] {
        let message = refused(&|q| {
            q[KIND] = kind.into();
            q[at] = Value::Null;
        });
        assert_eq!(message, format!("question `{first}`: no `{field}`"));
    }
    let message = refused(&|q| q[POINTS] = "one".into());
    assert!(message.contains("line 1"), "{message}");
}

#[test]
fn each_language_reads_its_own_edition() {
    assert_eq!(Edition::for_lang(Lang::Ru), Edition::Ru);
    for lang in [Lang::UzLatn, Lang::UzCyrl, Lang::En] {
        assert_eq!(Edition::for_lang(lang), Edition::Uz);
    }
    assert_eq!(Edition::Uz.path("juma"), "uz/juma.json");
    assert_eq!(Edition::Ru.path("juma"), "ru/juma.json");
    assert_eq!(Edition::Uz.notes_path("juma"), "uz/juma.notes.json");
}
