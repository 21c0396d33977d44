//! Sealed ideas: seal and verify, a golden version-1 file, every field edited in the JSON
//! detected, unreadable files named, a quiz result never read or verified as an idea (and back),
//! and the QR series in any order.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;

use halol::engine::idea::{FileKind, IdeaDraft, IdeaFileError, IdeaRecord};
use halol::engine::qr_series::SeriesError;
use halol::engine::result_record::{ImportError, ResultRecord};
use halol::engine::seal::{IDEA_RECORD, JURY_PACK, RESULT_RECORD, SCORE_SHEET};
use halol::engine::shuffle::shuffle;
use idea_support::{author, contest, draft, fixture, idea, T0, VERSION};
use serde_json::{json, Value};

/// The golden idea: a team of two, a contact, a comma and quotes in the title.
fn golden() -> IdeaRecord {
    let mut d: IdeaDraft = draft(
        "Мактаб, \"очиқ\" бюджет",
        "local-government",
        vec![
            author("Дилноза Каримова", "15", "12-мактаб", "9-Б"),
            author("Ўринбой Алиев", "16", "12-мактаб", ""),
        ],
    );
    d.contact = "@dilnoza_k".into();
    IdeaRecord::submit(&d, &contest(), T0, VERSION).unwrap()
}

#[test]
fn an_idea_is_sealed_and_verifies() {
    let r = golden();
    assert!(r.verify());
    assert_eq!(r.seal.len(), 64);
    assert_eq!(r.id.len(), 8);
    assert!(r
        .id
        .chars()
        .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_lowercase()));
    assert_eq!(r.contest, "innovatsion-goya");
    assert_eq!(r.submitted_ms, T0);
    assert_eq!(r.app_version, VERSION);
    assert_eq!(r.file_name(), format!("halol-idea-{}.json", r.id));
    let back = IdeaRecord::from_json(&r.to_json()).unwrap();
    assert_eq!(back, r);
    assert!(back.verify());
    // The id follows the content and the time.
    let later = IdeaRecord::submit(&r.idea, &contest(), T0 + 1, VERSION).unwrap();
    assert_ne!(later.id, r.id);
    let again = IdeaRecord::submit(&r.idea, &contest(), T0, VERSION).unwrap();
    assert_eq!(
        again, r,
        "the same idea at the same time is the same record"
    );
}

#[test]
fn the_version_1_form_keeps_reading_and_verifying() {
    // Written once by this code; the key, the id and the canonical form are promises too.
    let text = fixture("idea-v1.json");
    let r = IdeaRecord::from_json(&text).unwrap();
    assert!(r.verify(), "the golden idea's seal still matches");
    assert_eq!(r, golden());
    assert_eq!(r.to_json(), text.trim_end());
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["file"], "halol-idea");
    assert_eq!(
        v["idea"]["authors"][1].get("class"),
        None,
        "empty class left out"
    );
    let pretty = serde_json::to_string_pretty(&v).unwrap();
    let again = IdeaRecord::from_bytes(format!("\u{feff}{pretty}").as_bytes()).unwrap();
    assert!(again.verify());
}

type Edit = Box<dyn Fn(&mut Value)>;

fn edited(edit: &dyn Fn(&mut Value)) -> IdeaRecord {
    let mut value: Value = serde_json::from_str(&golden().to_json()).unwrap();
    edit(&mut value);
    IdeaRecord::from_json(&value.to_string()).expect("the edited JSON still reads")
}

#[test]
fn editing_any_field_is_detected() {
    let edits: Vec<(&str, Edit)> = vec![
        ("id", Box::new(|v| v["id"] = json!("00000000"))),
        (
            "id removed",
            Box::new(|v| {
                v.as_object_mut().unwrap().remove("id");
            }),
        ),
        (
            "contest",
            Box::new(|v| v["contest"] = json!("boshqa-tanlov")),
        ),
        ("time", Box::new(|v| v["submitted_ms"] = json!(T0 - 1))),
        (
            "app version",
            Box::new(|v| v["app_version"] = json!("9.9.9")),
        ),
        (
            "title",
            Box::new(|v| v["idea"]["title"] = json!("Бошқа ном")),
        ),
        (
            "problem",
            Box::new(|v| v["idea"]["problem"] = json!("Бошқа муаммо, бошқа муаммо, бошқа")),
        ),
        (
            "solution",
            Box::new(|v| v["idea"]["solution"] = json!("Бошқа ечим, бошқа ечим, бошқа ечим")),
        ),
        (
            "implementation",
            Box::new(|v| v["idea"]["implementation"] = json!("Бошқа йўл, бошқа йўл")),
        ),
        (
            "effect",
            Box::new(|v| v["idea"]["effect"] = json!("Бошқа натижа, бошқа натижа")),
        ),
        (
            "category",
            Box::new(|v| v["idea"]["category"] = json!("health")),
        ),
        (
            "contact",
            Box::new(|v| v["idea"]["contact"] = json!("@someone_else")),
        ),
        (
            "contact removed",
            Box::new(|v| {
                v["idea"].as_object_mut().unwrap().remove("contact");
            }),
        ),
        (
            "author name",
            Box::new(|v| v["idea"]["authors"][0]["name"] = json!("Дилноза К.")),
        ),
        (
            "author age",
            Box::new(|v| v["idea"]["authors"][0]["age"] = json!("14")),
        ),
        (
            "author school",
            Box::new(|v| v["idea"]["authors"][0]["school"] = json!("1-мактаб")),
        ),
        (
            "author class",
            Box::new(|v| v["idea"]["authors"][0]["class"] = json!("11-А")),
        ),
        (
            "class added",
            Box::new(|v| v["idea"]["authors"][1]["class"] = json!("10-В")),
        ),
        (
            "author removed",
            Box::new(|v| {
                v["idea"]["authors"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "authors swapped",
            Box::new(|v| v["idea"]["authors"].as_array_mut().unwrap().swap(0, 1)),
        ),
        (
            "author added",
            Box::new(|v| {
                v["idea"]["authors"]
                    .as_array_mut()
                    .unwrap()
                    .push(json!({"name": "Бегона", "age": "15", "school": "12-мактаб"}))
            }),
        ),
        ("seal", Box::new(|v| v["seal"] = json!("00".repeat(32)))),
        (
            "seal removed",
            Box::new(|v| {
                v.as_object_mut().unwrap().remove("seal");
            }),
        ),
        ("seal not hex", Box::new(|v| v["seal"] = json!("not hex"))),
    ];
    assert_eq!(edits.len(), 24);
    for (what, edit) in &edits {
        assert!(
            !edited(edit.as_ref()).verify(),
            "editing {what} is detected"
        );
    }
    assert!(
        edited(&|_| {}).verify(),
        "reformatting alone is not an edit"
    );
}

#[test]
fn unreadable_files_say_why() {
    let check = |input: &[u8], expected: IdeaFileError| {
        assert_eq!(
            IdeaRecord::from_bytes(input).map(|_| ()),
            Err(expected.clone()),
            "{}",
            String::from_utf8_lossy(input)
        );
        assert!(!expected.to_string().is_empty());
    };
    let idea = FileKind::Idea;
    check(
        &[0xff, 0xfe, 0x00],
        IdeaFileError::NotText { expected: idea },
    );
    check(
        b"{\"v\":1,",
        IdeaFileError::NotJson {
            expected: idea,
            message: "EOF while parsing a value at line 1 column 7".into(),
        },
    );
    check(
        b"{\"v\":2,\"file\":\"halol-idea\"}",
        IdeaFileError::UnknownVersion {
            found: 2,
            newest: 1,
        },
    );
    check(
        b"{\"file\":\"halol-idea\"}",
        IdeaFileError::Malformed {
            message: "the version number `v` is missing".into(),
        },
    );
    check(
        b"[1]",
        IdeaFileError::WrongKind {
            expected: idea,
            found: FileKind::Other,
        },
    );
    check(
        b"{\"v\":1,\"file\":\"halol-jury-pack\"}",
        IdeaFileError::WrongKind {
            expected: idea,
            found: FileKind::JuryPack,
        },
    );
    check(
        b"{\"v\":1,\"file\":\"halol-scores\"}",
        IdeaFileError::WrongKind {
            expected: idea,
            found: FileKind::ScoreSheet,
        },
    );
    let mut extra: Value = serde_json::from_str(&golden().to_json()).unwrap();
    extra["prize"] = json!(1);
    let err = IdeaRecord::from_bytes(extra.to_string().as_bytes()).unwrap_err();
    assert!(
        matches!(&err, IdeaFileError::Malformed { message } if message.starts_with("unknown field `prize`")),
        "{err:?}"
    );
    assert_eq!(
        IdeaFileError::WrongKind {
            expected: idea,
            found: FileKind::QuizResult
        }
        .to_string(),
        "this file is a quiz result, not an idea; open it where it belongs"
    );
    assert_eq!(
        IdeaFileError::WrongKind {
            expected: idea,
            found: FileKind::Other
        }
        .to_string(),
        "this file is not an idea (it is not a Halol file)"
    );
}

#[test]
fn a_quiz_result_is_never_an_idea_and_an_idea_never_a_quiz_result() {
    let result_json = std::fs::read_to_string(format!(
        "{}/tests/fixtures/contest/record-v1.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let result = ResultRecord::from_json(&result_json).unwrap();
    assert!(result.verify());
    assert_eq!(
        IdeaRecord::from_json(&result_json),
        Err(IdeaFileError::WrongKind {
            expected: FileKind::Idea,
            found: FileKind::QuizResult
        })
    );
    let idea_json = golden().to_json();
    assert!(matches!(
        ResultRecord::from_json(&idea_json),
        Err(ImportError::Malformed { .. })
    ));
    // Each kind of file has its own key and domain: no seal verifies as another kind's, even over
    // the very same bytes.
    let sealers = [RESULT_RECORD, IDEA_RECORD, JURY_PACK, SCORE_SHEET];
    for bytes in [
        result_json.trim_end().as_bytes(),
        idea_json.as_bytes(),
        b"".as_slice(),
    ] {
        for (i, a) in sealers.iter().enumerate() {
            let seal = a.seal(bytes);
            assert!(a.verify(bytes, &seal));
            for (j, b) in sealers.iter().enumerate() {
                if i != j {
                    assert_ne!(seal, b.seal(bytes), "sealers {i} and {j}");
                    assert!(!b.verify(bytes, &seal), "sealer {j} refuses {i}'s seal");
                }
            }
        }
    }
}

const QR_CHARS: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

#[test]
fn qr_chunks_round_trip_in_any_order() {
    let mut long = golden();
    long.idea.solution = "Ҳар бир маҳаллада очиқ бюджет тахтаси. ".repeat(30);
    long.reseal();
    assert!(long.verify());
    for (r, max, seed) in [
        (golden(), 4000, 1),
        (golden(), 300, 2),
        (long.clone(), 1000, 3),
        (long, 2953, 4),
    ] {
        let mut chunks = r.to_qr_chunks(max);
        let n = chunks.len();
        assert!(chunks.iter().all(|c| c.len() <= max), "max {max}");
        assert!(chunks
            .iter()
            .all(|c| c.chars().all(|ch| QR_CHARS.contains(ch))));
        assert!(chunks[0].starts_with(&format!("HALOLIDEA1/{n}/{}:", r.seal[..4].to_uppercase())));
        shuffle(seed, &mut chunks);
        chunks.push(chunks[0].clone());
        let back = IdeaRecord::from_qr_chunks(&chunks).unwrap();
        assert_eq!(back, r, "max {max}, {n} parts");
        assert!(back.verify());
    }
    assert_eq!(golden().to_qr_chunks(4000).len(), 1);
}

#[test]
fn foreign_and_missing_qr_parts_are_reported() {
    let a = golden();
    let chunks = a.to_qr_chunks(200);
    let n = chunks.len();
    assert!(n >= 4, "{n} parts");
    let check = |chunks: &[String], expected: IdeaFileError| {
        assert_eq!(
            IdeaRecord::from_qr_chunks(chunks).map(|_| ()),
            Err(expected)
        );
    };
    check(
        &chunks[1..],
        IdeaFileError::Qr(SeriesError::Missing {
            missing: vec![1],
            total: n,
        }),
    );
    check(&[], IdeaFileError::Qr(SeriesError::NoParts));
    let mut mixed = chunks[1..].to_vec();
    mixed.push(idea("Бошқа ғоя", 3).to_qr_chunks(200)[0].clone());
    check(&mixed, IdeaFileError::Qr(SeriesError::Mixed));
    // A classroom result's QR codes are not an idea's, and the other way round.
    let result_json = std::fs::read_to_string(format!(
        "{}/tests/fixtures/contest/record-v1.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let result = ResultRecord::from_json(&result_json).unwrap();
    let result_chunks = result.to_qr_chunks(200);
    check(
        &result_chunks,
        IdeaFileError::Qr(SeriesError::Foreign {
            start: result_chunks[0].chars().take(12).collect(),
        }),
    );
    assert_eq!(
        ResultRecord::from_qr_chunks(&chunks).map(|_| ()),
        Err(ImportError::NotAResultCode {
            start: chunks[0].chars().take(12).collect()
        })
    );
}
