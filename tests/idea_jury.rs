//! The jury pack and the juror's score sheet: nothing that names an author reaches the jurors,
//! codes are seeded and independent of import order, packs and sheets are sealed, and the juror's
//! helpers (marks in range, comments, completeness) work as the juror's screen needs.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;

use halol::engine::idea::{
    assign_codes, Completeness, FileKind, IdeaFileError, IdeaRecord, JuryError, JuryPack,
    MarkError, MissingMarks, ScoreSheet, SheetError,
};
use idea_support::{author, box_of, contest, draft, idea, jury, MIN, T0, VERSION};
use serde_json::{json, Value};

/// One named edit of a file's JSON.
type Edit = Box<dyn Fn(&mut Value)>;

/// A code, a criterion, a mark and what setting it gives.
type MarkCase = (
    &'static str,
    &'static str,
    Option<u32>,
    Result<(), MarkError>,
);

/// Ideas whose authors, schools, classes and contacts are easy to spot in a text.
fn distinctive() -> Vec<IdeaRecord> {
    let people = [
        (
            "Зулфизар Қўчқорова",
            "17",
            "Бухоро шаҳар 77-мактаб",
            "11-Ж",
            "@zulfizar_secret",
        ),
        (
            "Xurshidbek Oʻktamov",
            "23",
            "Samarqand davlat universiteti",
            "3-kurs",
            "+998 00 000 00 02",
        ),
        (
            "Авазбек Тешабоев",
            "12",
            "Тупроққалъа 3-мактаб",
            "6-Д",
            "avazbek.t@example.uz",
        ),
    ];
    people
        .iter()
        .enumerate()
        .map(|(i, (name, age, school, class, contact))| {
            let mut d = draft(
                &format!("Ғоя рақами {}", i + 1),
                "reporting",
                vec![
                    author(name, age, school, class),
                    author(
                        &format!("{name} ҳамкори"),
                        "19",
                        &format!("{school} лицей"),
                        "Ҳ-1",
                    ),
                ],
            );
            d.contact = contact.to_string();
            IdeaRecord::submit(&d, &contest(), T0 + 1234 + i as u64 * 7919, VERSION).unwrap()
        })
        .collect()
}

#[test]
fn the_jury_pack_names_no_author_school_contact_id_or_time() {
    let ideas = distinctive();
    let (pack, assignment) = jury(&box_of(&ideas), 2026);
    let text = pack.to_json();
    let mut secrets: Vec<String> = Vec::new();
    for r in &ideas {
        secrets.push(r.id.clone());
        secrets.push(r.submitted_ms.to_string());
        secrets.push(r.seal.clone());
        secrets.push(r.seal[..8].to_string());
        secrets.push(r.idea.contact.clone());
        for a in &r.idea.authors {
            secrets.extend([a.name.clone(), a.school.clone(), a.class.clone()]);
            // First names alone, and the names in Latin letters.
            secrets.push(a.name.split(' ').next().unwrap().to_string());
            secrets.push(halol::engine::transliterate::to_latin(&a.name));
        }
    }
    secrets.push(VERSION.to_string());
    for secret in &secrets {
        assert!(
            !text.contains(secret.as_str()),
            "the jury pack holds {secret:?}: {text}"
        );
    }
    for key in [
        "\"authors\"",
        "\"age\"",
        "\"school\"",
        "\"class\"",
        "\"contact\"",
        "\"submitted_ms\"",
        "\"app_version\"",
        "\"name\"",
    ] {
        assert!(!text.contains(key), "the jury pack has no {key} field");
    }
    // What the jurors do get: every idea's texts under its code.
    assert_eq!(pack.ideas.len(), 3);
    for r in &ideas {
        let code = assignment.code_of(&r.id).unwrap();
        let seen = pack.idea(code).unwrap();
        assert_eq!(seen.title, r.idea.title);
        assert_eq!(seen.problem, r.idea.problem);
        assert_eq!(seen.solution, r.idea.solution);
        assert_eq!(seen.implementation, r.idea.implementation);
        assert_eq!(seen.effect, r.idea.effect);
        assert_eq!(seen.category, "reporting");
        assert_eq!(assignment.idea_of(code), Some(r.id.as_str()));
    }
    assert_eq!(pack.rubric, contest().rubric, "the rubric is copied in");
    assert_eq!(pack.categories, contest().categories);
    assert_eq!(pack.category("reporting").unwrap().id, "reporting");
}

#[test]
fn codes_are_seeded_and_do_not_depend_on_import_order() {
    let ideas: Vec<IdeaRecord> = (0..12).map(|i| idea(&format!("Ғоя {i:02}"), i)).collect();
    let forward = box_of(&ideas);
    let mut reversed_order = ideas.clone();
    reversed_order.reverse();
    reversed_order.swap(2, 7);
    let backward = box_of(&reversed_order);
    let (pack_a, codes_a) = jury(&forward, 42);
    let (pack_b, codes_b) = jury(&backward, 42);
    assert_eq!(
        codes_a, codes_b,
        "the same ideas and seed give the same codes"
    );
    assert_eq!(pack_a, pack_b, "and the very same pack");
    assert_eq!(pack_a.id, codes_a.pack_id);
    let codes: Vec<&str> = codes_a.codes.iter().map(|c| c.code.as_str()).collect();
    let expected: Vec<String> = (1..=12).map(|i| format!("G-{i:02}")).collect();
    assert_eq!(codes, expected);
    // The code order is not the submission order.
    let by_code: Vec<&str> = codes_a.codes.iter().map(|c| c.idea.as_str()).collect();
    let by_time: Vec<&str> = ideas.iter().map(|r| r.id.as_str()).collect();
    assert_ne!(by_code, by_time);
    // Another seed, another order, another pack.
    let (pack_c, codes_c) = jury(&forward, 43);
    assert_ne!(codes_c.codes, codes_a.codes);
    assert_ne!(pack_c.id, pack_a.id);
    // The documented rule: ids sorted, then shuffled with the seed.
    let mut sorted = by_time.clone();
    sorted.sort();
    halol::engine::shuffle::shuffle(42, &mut sorted);
    assert_eq!(by_code, sorted);
}

#[test]
fn codes_widen_from_one_hundred_ideas() {
    let ids: Vec<String> = (0..120).map(|i| format!("{i:08X}")).collect();
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let codes = assign_codes(&refs, 7);
    assert_eq!(codes.len(), 120);
    assert_eq!(codes[0].code, "G-001");
    assert_eq!(codes[119].code, "G-120");
    let mut ideas: Vec<&str> = codes.iter().map(|c| c.idea.as_str()).collect();
    ideas.sort();
    assert_eq!(ideas, refs, "every idea once");
    assert_eq!(assign_codes(&["A", "B"], 1)[1].code, "G-02");
}

#[test]
fn the_organizer_rebuilds_the_same_pack_from_the_assignment() {
    let ideas = box_of(&distinctive());
    let (pack, assignment) = jury(&ideas, 5);
    assert_eq!(assignment.pack(&ideas), Ok(pack.clone()));
    // An idea imported later does not change the pack of the assignment.
    let mut more = ideas.clone();
    more.import(idea("Кечикиб келган ғоя", 99).to_json().as_bytes());
    assert_eq!(assignment.pack(&more), Ok(pack.clone()));
    // An idea taken out makes it impossible, and says which.
    let mut fewer = ideas.clone();
    let gone = assignment.codes[1].clone();
    fewer.remove(&gone.idea);
    assert_eq!(
        assignment.pack(&fewer),
        Err(JuryError::IdeaGone {
            id: gone.idea,
            code: gone.code
        })
    );
}

#[test]
fn a_jury_pack_is_sealed_and_edits_are_detected() {
    let (pack, _) = jury(&box_of(&distinctive()), 11);
    assert!(pack.verify());
    assert_eq!(pack.file_name(), format!("halol-jury-{}.json", pack.id));
    let back = JuryPack::from_bytes(format!("\u{feff}{}", pack.to_json()).as_bytes()).unwrap();
    assert_eq!(back, pack);
    assert!(back.verify());
    let edits: Vec<(&str, Edit)> = vec![
        ("id", Box::new(|v| v["id"] = json!("00000000"))),
        ("contest", Box::new(|v| v["contest"] = json!("boshqa"))),
        ("title", Box::new(|v| v["title"]["ru"] = json!("Другое"))),
        (
            "category name",
            Box::new(|v| v["categories"][0]["title"]["en"] = json!("School")),
        ),
        (
            "weight",
            Box::new(|v| v["rubric"]["criteria"][0]["weight"] = json!(90)),
        ),
        (
            "max",
            Box::new(|v| v["rubric"]["criteria"][1]["max"] = json!(10)),
        ),
        (
            "threshold",
            Box::new(|v| v["rubric"]["disagreement_threshold"] = json!(50.0)),
        ),
        (
            "idea title",
            Box::new(|v| v["ideas"][0]["title"] = json!("Бошқа")),
        ),
        (
            "idea code",
            Box::new(|v| v["ideas"][0]["code"] = json!("G-99")),
        ),
        (
            "ideas swapped",
            Box::new(|v| v["ideas"].as_array_mut().unwrap().swap(0, 2)),
        ),
        (
            "idea removed",
            Box::new(|v| {
                v["ideas"].as_array_mut().unwrap().pop();
            }),
        ),
        ("seal", Box::new(|v| v["seal"] = json!("ab".repeat(32)))),
    ];
    for (what, edit) in &edits {
        let mut v: Value = serde_json::from_str(&pack.to_json()).unwrap();
        edit(&mut v);
        let edited = JuryPack::from_json(&v.to_string()).expect("still reads");
        assert!(!edited.verify(), "editing {what} is detected");
    }
    assert_eq!(
        JuryPack::from_json(&idea("Бир ғоя", 1).to_json()).map(|_| ()),
        Err(IdeaFileError::WrongKind {
            expected: FileKind::JuryPack,
            found: FileKind::Idea
        })
    );
}

#[test]
fn the_juror_marks_comments_and_sees_what_is_missing() {
    let (pack, _) = jury(&box_of(&distinctive()), 3);
    let mut sheet = ScoreSheet::new(&pack, "  Азиза Раҳимова ");
    assert_eq!(sheet.jury_pack, pack.id);
    assert_eq!(sheet.scores.len(), 3);
    let all_criteria: Vec<String> = pack.rubric.criteria.iter().map(|c| c.id.clone()).collect();
    assert_eq!(
        sheet.completeness(&pack),
        Completeness {
            missing: ["G-01", "G-02", "G-03"]
                .iter()
                .map(|c| MissingMarks {
                    code: c.to_string(),
                    criteria: all_criteria.clone()
                })
                .collect(),
            marked: 0,
            total: 15,
        }
    );
    // Marks: 0 to the maximum; anything else is refused and changes nothing.
    let cases: Vec<MarkCase> = vec![
        ("G-01", "relevance", Some(5), Ok(())),
        ("G-01", "originality", Some(0), Ok(())),
        (
            "G-01",
            "clarity",
            Some(6),
            Err(MarkError::OutOfRange {
                criterion: "clarity".into(),
                mark: 6,
                max: 5,
            }),
        ),
        (
            "G-01",
            "beauty",
            Some(1),
            Err(MarkError::UnknownCriterion {
                criterion: "beauty".into(),
            }),
        ),
        (
            "G-09",
            "relevance",
            Some(1),
            Err(MarkError::UnknownIdea {
                code: "G-09".into(),
            }),
        ),
        ("G-02", "impact", Some(3), Ok(())),
        ("G-02", "impact", None, Ok(())),
        ("G-02", "feasibility", Some(4), Ok(())),
    ];
    for (code, criterion, mark, expected) in cases {
        assert_eq!(
            sheet.set_mark(&pack, code, criterion, mark),
            expected,
            "{code} {criterion} {mark:?}"
        );
    }
    assert_eq!(sheet.mark("G-01", "relevance"), Some(5));
    assert_eq!(sheet.mark("G-01", "clarity"), None);
    assert_eq!(sheet.mark("G-02", "impact"), None, "cleared");
    assert_eq!(
        sheet.set_comment(&pack, "G-03", "  Яхши, лекин қиммат.  "),
        Ok(())
    );
    assert_eq!(
        sheet.set_comment(&pack, "G-04", "x"),
        Err(MarkError::UnknownIdea {
            code: "G-04".into()
        })
    );
    let c = sheet.completeness(&pack);
    assert_eq!((c.marked, c.total, c.is_complete()), (3, 15, false));
    assert_eq!(
        c.missing[0],
        MissingMarks {
            code: "G-01".into(),
            criteria: vec!["feasibility".into(), "impact".into(), "clarity".into()]
        }
    );
    // Export: sealed, name and comments trimmed; any change unseals it.
    assert!(!sheet.verify(), "not sealed while in progress");
    sheet.finish(T0 + MIN, VERSION).unwrap();
    assert!(sheet.verify());
    assert_eq!(sheet.juror, "Азиза Раҳимова");
    assert_eq!(sheet.score("G-03").unwrap().comment, "Яхши, лекин қиммат.");
    assert_eq!(sheet.exported_ms, T0 + MIN);
    assert_eq!(
        sheet.file_name(),
        format!("halol-scores-{}-aziza-rahimova.json", pack.id)
    );
    let back = ScoreSheet::from_bytes(sheet.to_json().as_bytes()).unwrap();
    assert_eq!(back, sheet);
    assert!(back.verify());
    sheet.set_mark(&pack, "G-03", "impact", Some(2)).unwrap();
    assert!(!sheet.verify());
    assert_eq!(sheet.seal, "");
    sheet.set_juror("   ");
    assert_eq!(sheet.finish(T0, VERSION), Err(SheetError::NoJuror));
}

#[test]
fn a_score_sheet_is_sealed_and_edits_are_detected() {
    let (pack, _) = jury(&box_of(&distinctive()), 3);
    let mut sheet = ScoreSheet::new(&pack, "Бобур");
    for code in ["G-01", "G-02", "G-03"] {
        for c in &pack.rubric.criteria {
            sheet.set_mark(&pack, code, &c.id, Some(3)).unwrap();
        }
    }
    sheet.set_comment(&pack, "G-02", "Аниқ").unwrap();
    sheet.finish(T0, VERSION).unwrap();
    let text = sheet.to_json();
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["file"], "halol-scores");
    assert_eq!(v["scores"][1]["comment"], "Аниқ");
    assert_eq!(
        v["scores"][0].get("comment"),
        None,
        "empty comment left out"
    );
    assert_eq!(v["scores"][0]["marks"]["clarity"], 3);
    let edits: Vec<(&str, Edit)> = vec![
        (
            "mark",
            Box::new(|v| v["scores"][0]["marks"]["impact"] = json!(5)),
        ),
        (
            "mark removed",
            Box::new(|v| {
                v["scores"][0]["marks"]
                    .as_object_mut()
                    .unwrap()
                    .remove("impact");
            }),
        ),
        (
            "comment",
            Box::new(|v| v["scores"][1]["comment"] = json!("Ёмон")),
        ),
        ("juror", Box::new(|v| v["juror"] = json!("Азиза"))),
        ("pack", Box::new(|v| v["jury_pack"] = json!("00000000"))),
        ("contest", Box::new(|v| v["contest"] = json!("boshqa"))),
        ("time", Box::new(|v| v["exported_ms"] = json!(1))),
        ("version", Box::new(|v| v["app_version"] = json!("9"))),
        ("code", Box::new(|v| v["scores"][0]["code"] = json!("G-03"))),
    ];
    for (what, edit) in &edits {
        let mut v: Value = serde_json::from_str(&text).unwrap();
        edit(&mut v);
        assert!(
            !ScoreSheet::from_json(&v.to_string()).unwrap().verify(),
            "editing {what} is detected"
        );
    }
    // Marks are whole numbers: a fraction or a negative mark does not even read.
    for bad in [json!(2.5), json!(-1), json!("5")] {
        let mut v: Value = serde_json::from_str(&text).unwrap();
        v["scores"][0]["marks"]["impact"] = bad.clone();
        assert!(
            matches!(
                ScoreSheet::from_json(&v.to_string()),
                Err(IdeaFileError::Malformed { .. })
            ),
            "{bad}"
        );
    }
}
