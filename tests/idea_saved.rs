//! The idea contest's stored forms: each round-trips, a written version-1 value keeps decoding,
//! unknown versions and damaged values are errors (never a silent loss), and a reload re-checks
//! every seal.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;

use halol::engine::idea::{IdeaDraft, IdeaImport, IdeaRejection, JuryResults, ScoreSheet};
use halol::engine::saved::{
    decode_idea_draft, decode_juror_work, decode_my_ideas, decode_organizer, encode_idea_draft,
    encode_juror_work, encode_my_ideas, encode_organizer, DecodeError, JurorWork, OrganizerState,
};
use idea_support::{all, author, box_of, fixture, idea, jury, sheet, T0};
use serde_json::Value;

#[test]
fn the_draft_round_trips_and_its_version_1_form_keeps_decoding() {
    let mut d = IdeaDraft {
        title: "Онлайн навбат".into(),
        category: "health".into(),
        authors: vec![author("Дилноза", "1", "", ""), Default::default()],
        ..Default::default()
    };
    d.problem = "ярим ёзилган".into();
    assert_eq!(decode_idea_draft(&encode_idea_draft(&d)), Ok(d.clone()));
    // Written by this code once; a half-written draft with fields left out still reads.
    let written = r#"{"v":1,"draft":{"title":"Онлайн навбат","problem":"ярим ёзилган","solution":"","implementation":"","effect":"","category":"health","authors":[{"name":"Дилноза","age":"1","school":"","class":""},{"name":"","age":"","school":"","class":""}],"contact":""}}"#;
    assert_eq!(encode_idea_draft(&d), written);
    assert_eq!(decode_idea_draft(written), Ok(d));
    let sparse = decode_idea_draft(r#"{"v":1,"draft":{"title":"Ғоя"}}"#).unwrap();
    assert_eq!(sparse.title, "Ғоя");
    assert!(sparse.authors.is_empty());
}

#[test]
fn the_students_ideas_round_trip() {
    let golden = fixture("idea-v1.json");
    let ideas = vec![
        halol::engine::idea::IdeaRecord::from_json(&golden).unwrap(),
        idea("Иккинчи ғоя", 2),
    ];
    let text = encode_my_ideas(&ideas);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["v"], 1);
    assert_eq!(
        v["ideas"][0],
        serde_json::from_str::<Value>(&golden).unwrap(),
        "the file itself"
    );
    let back = decode_my_ideas(&text).unwrap();
    assert_eq!(back, ideas);
    assert!(back.iter().all(|r| r.verify()));
    assert_eq!(decode_my_ideas(r#"{"v":1,"ideas":[]}"#), Ok(vec![]));
}

#[test]
fn the_jurors_work_round_trips_in_progress_and_finished() {
    let a = idea("Биринчи", 1);
    let b = idea("Иккинчи", 2);
    let (pack, assignment) = jury(&box_of(&[a.clone(), b.clone()]), 8);
    let mut work = JurorWork {
        pack: pack.clone(),
        sheet: ScoreSheet::new(&pack, "Азиза"),
    };
    let code = assignment.code_of(&a.id).unwrap();
    work.sheet.set_mark(&pack, code, "impact", Some(4)).unwrap();
    work.sheet.set_comment(&pack, code, "ярим").unwrap();
    let text = encode_juror_work(&work);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["v"], 1);
    assert_eq!(v["pack"]["file"], "halol-jury-pack");
    assert_eq!(v["sheet"].get("seal"), None, "in progress: no seal");
    let back = decode_juror_work(&text).unwrap();
    assert_eq!(back, work);
    assert!(back.pack.verify());
    work.sheet.finish(T0, "t").unwrap();
    let finished = decode_juror_work(&encode_juror_work(&work)).unwrap();
    assert!(finished.sheet.verify());
}

#[test]
fn the_organizers_state_round_trips_and_reloads_with_every_seal_checked() {
    let a = idea("Биринчи", 1);
    let b = idea("Иккинчи", 2);
    let ideas = box_of(&[a.clone(), b.clone()]);
    let (pack, assignment) = jury(&ideas, 8);
    let mut results = JuryResults::new(assignment.clone());
    let s = sheet(&pack, &assignment, "Азиза", &[(&a.id, all([4; 5]))], T0);
    results.import(s.to_json().as_bytes());
    let mut state = OrganizerState::new("innovatsion-goya");
    assert_eq!(state.results().map(|_| ()), None, "no jury pack yet");
    state.keep_ideas(&ideas);
    state.keep_results(&results);
    let text = encode_organizer(&state);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["v"], 1);
    assert_eq!(v["ideas"][0]["file"], "halol-idea");
    assert_eq!(v["jury"]["seed"], 8);
    assert_eq!(v["jury"]["codes"][0]["code"], "G-01");
    assert_eq!(v["sheets"][0]["juror"], "Азиза");
    let back = decode_organizer(&text).unwrap();
    assert_eq!(back, state);
    let (reloaded, refused) = back.idea_box();
    assert_eq!(reloaded, ideas);
    assert!(refused.is_empty());
    let (reloaded, refused) = back.results().unwrap();
    assert_eq!(reloaded, results);
    assert!(refused.is_empty());
    // An idea edited inside the stored value is reported on reload, not silently dropped.
    let mut edited: Value = v.clone();
    edited["ideas"][1]["idea"]["title"] = Value::from("Учинчи");
    let state = decode_organizer(&edited.to_string()).unwrap();
    let (reloaded, refused) = state.idea_box();
    assert_eq!(reloaded.len(), 1);
    assert_eq!(
        refused,
        vec![(
            1,
            IdeaImport::Rejected(IdeaRejection::Tampered {
                title: "Учинчи".into()
            })
        )]
    );
}

#[test]
fn unreadable_stored_values_are_errors() {
    let check =
        |decode: &dyn Fn(&str) -> Result<(), DecodeError>, json: &str, expected: DecodeError| {
            assert_eq!(decode(json), Err(expected), "{json}");
        };
    let draft = |j: &str| decode_idea_draft(j).map(|_| ());
    let mine = |j: &str| decode_my_ideas(j).map(|_| ());
    let juror = |j: &str| decode_juror_work(j).map(|_| ());
    let organizer = |j: &str| decode_organizer(j).map(|_| ());
    check(
        &draft,
        r#"{"v":2,"draft":{}}"#,
        DecodeError::UnknownVersion {
            found: 2,
            newest: 1,
        },
    );
    check(
        &mine,
        r#"{"v":3,"ideas":[]}"#,
        DecodeError::UnknownVersion {
            found: 3,
            newest: 1,
        },
    );
    check(
        &juror,
        r#"{"v":9}"#,
        DecodeError::UnknownVersion {
            found: 9,
            newest: 1,
        },
    );
    check(
        &organizer,
        r#"{"v":2}"#,
        DecodeError::UnknownVersion {
            found: 2,
            newest: 1,
        },
    );
    check(
        &draft,
        "{\"v\":1,",
        DecodeError::NotJson {
            message: "EOF while parsing a value at line 1 column 7".into(),
        },
    );
    check(
        &mine,
        r#"{"v":1,"ideas":[{"v":1,"file":"halol-jury-pack"}]}"#,
        DecodeError::Malformed {
            message: "a kept idea: this file is a jury pack, not an idea; open it where it belongs"
                .into(),
        },
    );
    check(
        &organizer,
        r#"{"v":1,"contest":"innovatsion-goya","ideas":[],"jury":null}"#,
        DecodeError::Malformed {
            message: "missing field `sheets` at line 1 column 59".into(),
        },
    );
    let err = decode_juror_work(r#"{"v":1,"pack":{"v":1,"file":"halol-jury-pack"},"sheet":{}}"#)
        .unwrap_err();
    assert!(
        matches!(&err, DecodeError::Malformed { message } if message.starts_with("the jury pack: this file is damaged")),
        "{err:?}"
    );
}
