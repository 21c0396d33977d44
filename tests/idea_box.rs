//! The organizer's box of ideas: every file accepted or rejected with its reason, nothing
//! dropped, QR series too, and a reload that re-checks every seal.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;

use halol::engine::idea::{
    FileKind, IdeaBox, IdeaFileError, IdeaImport, IdeaRecord, IdeaRejection, JuryPack,
};
use idea_support::{box_of, contest, idea, jury};
use serde_json::{json, Value};

fn accepted(r: &IdeaRecord) -> IdeaImport {
    IdeaImport::Accepted {
        id: r.id.clone(),
        title: r.idea.title.clone(),
    }
}

fn rejected(reason: IdeaRejection) -> IdeaImport {
    IdeaImport::Rejected(reason)
}

#[test]
fn every_file_is_accepted_or_rejected_with_its_reason() {
    let a = idea("Очиқ бюджет тахтаси", 1);
    let b = idea("Онлайн навбат", 2);
    let result_json = std::fs::read_to_string(format!(
        "{}/tests/fixtures/contest/record-v1.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let mut tampered: Value = serde_json::from_str(&idea("Ҳалол кантин", 3).to_json()).unwrap();
    tampered["idea"]["title"] = json!("Ҳалол ошхона");
    let mut other_contest = idea("Бошқа танлов ғояси", 4);
    other_contest.contest = "boshqa-tanlov".into();
    other_contest.reseal();
    // The same title and solution, written differently (case, spaces, punctuation, script).
    let mut same_text = idea("Бошқа вақтда", 5);
    same_text.idea.title = "  ОЧИҚ   бюджет тахтаси!".into();
    same_text.idea.solution = a.idea.solution.to_uppercase().replace(':', " —");
    same_text.reseal();
    let (pack, _) = jury(&box_of(std::slice::from_ref(&a)), 1);

    let mut ideas = IdeaBox::new("innovatsion-goya");
    let cases: Vec<(&str, Vec<u8>, IdeaImport)> = vec![
        ("a", a.to_json().into_bytes(), accepted(&a)),
        (
            "b with a BOM",
            format!("\u{feff}{}", b.to_json()).into_bytes(),
            accepted(&b),
        ),
        (
            "a again",
            a.to_json().into_bytes(),
            rejected(IdeaRejection::Duplicate {
                id: a.id.clone(),
                title: a.idea.title.clone(),
            }),
        ),
        (
            "edited",
            tampered.to_string().into_bytes(),
            rejected(IdeaRejection::Tampered {
                title: "Ҳалол ошхона".into(),
            }),
        ),
        (
            "other contest",
            other_contest.to_json().into_bytes(),
            rejected(IdeaRejection::OtherContest {
                title: "Бошқа танлов ғояси".into(),
                found: "boshqa-tanlov".into(),
                expected: "innovatsion-goya".into(),
            }),
        ),
        (
            "same text",
            same_text.to_json().into_bytes(),
            rejected(IdeaRejection::SameText {
                id: same_text.id.clone(),
                title: same_text.idea.title.clone(),
                other: a.id.clone(),
            }),
        ),
        (
            "quiz result",
            result_json.into_bytes(),
            rejected(IdeaRejection::NotAnIdea {
                found: FileKind::QuizResult,
            }),
        ),
        (
            "jury pack",
            pack.to_json().into_bytes(),
            rejected(IdeaRejection::NotAnIdea {
                found: FileKind::JuryPack,
            }),
        ),
        (
            "photo",
            vec![0xff, 0xd8, 0xff, 0xe0],
            rejected(IdeaRejection::Unreadable(IdeaFileError::NotText {
                expected: FileKind::Idea,
            })),
        ),
        (
            "cut off",
            a.to_json().as_bytes()[..40].to_vec(),
            rejected(IdeaRejection::Unreadable(IdeaFileError::NotJson {
                expected: FileKind::Idea,
                message: "EOF while parsing a string at line 1 column 40".into(),
            })),
        ),
        (
            "newer app",
            br#"{"v":7,"file":"halol-idea"}"#.to_vec(),
            rejected(IdeaRejection::Unreadable(IdeaFileError::UnknownVersion {
                found: 7,
                newest: 1,
            })),
        ),
    ];
    for (what, bytes, expected) in &cases {
        let outcome = ideas.import(bytes);
        assert_eq!(&outcome, expected, "{what}");
        if let IdeaImport::Rejected(reason) = &outcome {
            assert!(!reason.to_string().is_empty(), "{what} says why");
        }
    }
    // Nothing dropped: every file has an outcome, and exactly the accepted ones are in the box.
    let kept: Vec<&str> = ideas.ideas().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(kept, [a.id.as_str(), b.id.as_str()]);
    assert_eq!(ideas.len(), 2);
    assert_eq!(ideas.idea(&b.id), Some(&b));
    assert_eq!(
        IdeaRejection::SameText {
            id: "B".into(),
            title: "T".into(),
            other: "A".into()
        }
        .to_string(),
        "the idea B «T» has the same title and solution as the idea A already in the box; if they \
         are really two ideas, ask the authors to tell them apart"
    );
}

#[test]
fn the_same_title_with_another_solution_is_another_idea() {
    let a = idea("Ҳалол мактаб", 1);
    let mut b = idea("Ҳалол мактаб", 2);
    assert_eq!(a.idea.solution, b.idea.solution, "same text so far");
    b.idea.solution = "Бутунлай бошқа ечим: ҳар бир ўқитувчи учун очиқ рейтинг.".into();
    b.reseal();
    let ideas = box_of(&[a, b]);
    assert_eq!(ideas.len(), 2);
}

#[test]
fn ideas_come_in_by_qr_too() {
    let a = idea("Онлайн навбат", 1);
    let mut ideas = IdeaBox::new("innovatsion-goya");
    let mut chunks = a.to_qr_chunks(300);
    chunks.reverse();
    assert_eq!(ideas.import_qr(&chunks), accepted(&a));
    assert_eq!(
        ideas.import_qr(&chunks[1..]),
        rejected(IdeaRejection::Unreadable(IdeaFileError::Qr(
            halol::engine::qr_series::SeriesError::Missing {
                missing: vec![chunks.len()],
                total: chunks.len()
            }
        )))
    );
}

#[test]
fn a_reload_imports_the_kept_records_again() {
    let a = idea("Очиқ бюджет", 1);
    let b = idea("Онлайн навбат", 2);
    let mut c = idea("Ҳалол кантин", 3);
    c.idea.title = "Ҳалол ошхона".into(); // edited after sealing, e.g. in a stored value
    let (ideas, refused) = IdeaBox::from_records(
        "innovatsion-goya",
        &[a.clone(), c.clone(), b.clone(), a.clone()],
    );
    assert_eq!(ideas.ideas(), [a.clone(), b]);
    assert_eq!(
        refused,
        vec![
            (
                1,
                rejected(IdeaRejection::Tampered {
                    title: "Ҳалол ошхона".into()
                })
            ),
            (
                3,
                rejected(IdeaRejection::Duplicate {
                    id: a.id.clone(),
                    title: a.idea.title.clone()
                })
            ),
        ]
    );
}

#[test]
fn the_organizer_can_take_an_idea_out() {
    let a = idea("Очиқ бюджет", 1);
    let b = idea("Онлайн навбат", 2);
    let mut ideas = box_of(&[a.clone(), b.clone()]);
    assert_eq!(ideas.remove(&a.id), Some(a.clone()));
    assert_eq!(ideas.remove(&a.id), None);
    assert_eq!(ideas.ideas(), [b]);
    // A jury pack needs at least one idea, and the box's contest.
    let empty = IdeaBox::new("innovatsion-goya");
    assert_eq!(
        JuryPack::build(&empty, &contest(), 1).map(|_| ()),
        Err(halol::engine::idea::JuryError::NoIdeas)
    );
    let other = IdeaBox::new("boshqa");
    assert_eq!(
        JuryPack::build(&other, &contest(), 1).map(|_| ()),
        Err(halol::engine::idea::JuryError::OtherContest {
            found: "boshqa".into(),
            expected: "innovatsion-goya".into()
        })
    );
}
