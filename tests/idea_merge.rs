//! Merging the jurors' score sheets: the weighted arithmetic against hand-computed numbers, the
//! spread and the disagreement flag on both sides of the threshold, shared places, incomplete
//! sheets, the same juror twice, and every rejected sheet with its reason.
//!
//! The bundled rubric: relevance 25, originality 20, feasibility 25, impact 20, clarity 10, each
//! marked 0–5, threshold 25. A juror's total is `Σ weight × mark / 5` (the weights add up to 100),
//! e.g. marks 5, 4, 3, 2, 1 give (125 + 80 + 75 + 40 + 10) / 5 = 66.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;

use halol::engine::idea::{
    idea_ranking, juror_total, FileKind, IdeaFileError, IdeaRankRow, IdeaRecord, JuryAssignment,
    JuryPack, JuryResults, ScoreSheet, SheetId, SheetImport, SheetRejection, SheetResolveError,
};
use idea_support::{all, box_of, contest, idea, jury, sheet, MIN, T0};
use std::collections::BTreeMap;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn row<'a>(rows: &'a [IdeaRankRow], r: &IdeaRecord) -> &'a IdeaRankRow {
    rows.iter()
        .find(|x| x.idea_id == r.id)
        .expect("every idea has a row")
}

fn accepted(outcome: SheetImport) -> SheetId {
    match outcome {
        SheetImport::Accepted { id, .. } => id,
        other => panic!("expected accepted, got {other:?}"),
    }
}

#[test]
fn a_jurors_total_is_weighted_on_0_to_100() {
    let rubric = contest().rubric;
    let marks = |m: [u32; 5]| -> BTreeMap<String, u32> {
        rubric
            .criteria
            .iter()
            .map(|c| c.id.clone())
            .zip(m)
            .collect()
    };
    let cases = [
        ([5, 5, 5, 5, 5], 100.0),
        ([0, 0, 0, 0, 0], 0.0),
        ([5, 4, 3, 2, 1], 66.0),
        ([3, 3, 3, 3, 3], 60.0),
        ([5, 0, 0, 0, 0], 25.0),
        ([0, 0, 0, 0, 5], 10.0),
        ([5, 5, 4, 4, 2], 85.0),
        ([5, 5, 5, 3, 2], 86.0),
        ([1, 2, 3, 4, 5], 54.0),
    ];
    for (m, expected) in cases {
        assert_eq!(juror_total(&rubric, &marks(m)), Some(expected), "{m:?}");
    }
    let mut partial = marks([5, 5, 5, 5, 5]);
    partial.remove("impact");
    assert_eq!(
        juror_total(&rubric, &partial),
        None,
        "a missing criterion: no total"
    );
}

/// Five ideas X, Y, Z, V, W; jurors Aziza and Bobur mark X, Y, Z, V fully; Komil marks only X's
/// relevance and W's clarity.
struct Round {
    x: IdeaRecord,
    y: IdeaRecord,
    z: IdeaRecord,
    v: IdeaRecord,
    w: IdeaRecord,
    pack: JuryPack,
    assignment: JuryAssignment,
    results: JuryResults,
    rows: Vec<IdeaRankRow>,
}

fn round() -> Round {
    let x = idea("Икс ғояси", 1);
    let y = idea("Игрек ғояси", 2);
    let z = idea("Зет ғояси", 3);
    let v = idea("Ве ғояси", 4);
    let w = idea("Дубл-ве ғояси", 5);
    let ideas = box_of(&[x.clone(), y.clone(), z.clone(), v.clone(), w.clone()]);
    let (pack, assignment) = jury(&ideas, 777);
    let mut results = JuryResults::new(assignment.clone());
    let aziza = sheet(
        &pack,
        &assignment,
        "Азиза",
        &[
            (&x.id, all([5, 4, 3, 2, 1])),
            (&y.id, all([5, 5, 5, 5, 5])),
            (&z.id, all([2, 2, 2, 2, 2])),
            (&v.id, all([1, 1, 1, 1, 1])),
        ],
        T0 + MIN,
    );
    let mut bobur = sheet(
        &pack,
        &assignment,
        "Бобур",
        &[
            (&x.id, all([3, 3, 3, 3, 3])),
            (&y.id, all([1, 1, 1, 1, 1])),
            (&z.id, all([4, 4, 4, 4, 4])),
            (&v.id, all([1, 1, 1, 1, 1])),
        ],
        T0 + 2 * MIN,
    );
    let x_code = assignment.code_of(&x.id).unwrap().to_string();
    bobur
        .set_comment(&pack, &x_code, "Амалий, лекин оддий")
        .unwrap();
    bobur.finish(T0 + 2 * MIN, "t").unwrap();
    let komil = sheet(
        &pack,
        &assignment,
        "Комил",
        &[
            (&x.id, [Some(5), None, None, None, None]),
            (&w.id, [None, None, None, None, Some(4)]),
        ],
        T0 + 3 * MIN,
    );
    for s in [&aziza, &bobur, &komil] {
        accepted(results.import(s.to_json().as_bytes()));
    }
    let rows = idea_ranking(&results, &ideas);
    Round {
        x,
        y,
        z,
        v,
        w,
        pack,
        assignment,
        results,
        rows,
    }
}

#[test]
fn means_totals_and_spreads_match_the_hand_computed_numbers() {
    let r = round();
    // X: Aziza 66, Bobur 60, Komil only relevance 5.
    let x = row(&r.rows, &r.x);
    let means: Vec<f64> = x.means.iter().map(|m| m.unwrap()).collect();
    let expected = [13.0 / 3.0, 3.5, 3.0, 2.5, 2.0];
    for (m, e) in means.iter().zip(expected) {
        assert!(close(*m, e), "{means:?}");
    }
    // (25 × 13/3 + 20 × 3.5 + 25 × 3 + 20 × 2.5 + 10 × 2) / 5 = 64.666…
    assert!(close(
        x.total.unwrap(),
        (25.0 * 13.0 / 3.0 + 70.0 + 75.0 + 50.0 + 20.0) / 5.0
    ));
    assert!(close(x.total.unwrap(), 64.666_666_666_666_67));
    assert!(close(x.spread.unwrap(), 6.0), "66 − 60");
    assert!(!x.flagged);
    assert_eq!((x.jurors, x.partial), (2, 1));
    assert_eq!(x.comments.len(), 1);
    assert_eq!(x.comments[0].juror, "Бобур");
    assert_eq!(x.comments[0].comment, "Амалий, лекин оддий");
    // Y: 100 and 20 → 60, spread 80, flagged.
    let y = row(&r.rows, &r.y);
    assert_eq!(
        (y.total, y.spread, y.flagged),
        (Some(60.0), Some(80.0), true)
    );
    assert_eq!(y.means, vec![Some(3.0); 5]);
    // Z: 40 and 80 → 60, spread 40, flagged.
    let z = row(&r.rows, &r.z);
    assert_eq!(
        (z.total, z.spread, z.flagged),
        (Some(60.0), Some(40.0), true)
    );
    // V: 20 and 20.
    let v = row(&r.rows, &r.v);
    assert_eq!(
        (v.total, v.spread, v.flagged, v.jurors),
        (Some(20.0), Some(0.0), false, 2)
    );
    // W: only Komil's clarity 4: a mean for clarity, no total.
    let w = row(&r.rows, &r.w);
    assert_eq!(w.means, vec![None, None, None, None, Some(4.0)]);
    assert_eq!(
        (w.total, w.spread, w.flagged, w.jurors, w.partial),
        (None, None, false, 0, 1)
    );
    // Authors revealed.
    assert_eq!(x.title, r.x.idea.title);
    assert_eq!(x.authors, r.x.idea.authors);
    assert_eq!(x.category, "education");
    assert_eq!(
        x.category_title.get(halol::engine::text::Lang::Ru),
        Some("Образование")
    );
    assert_eq!(x.code, r.assignment.code_of(&r.x.id).unwrap());
}

#[test]
fn equal_totals_share_the_place_and_ideas_without_a_total_come_last() {
    let r = round();
    let ranking: Vec<(Option<usize>, &str)> = r
        .rows
        .iter()
        .map(|row| (row.place, row.title.as_str()))
        .collect();
    // Y and Z tie at 60: places 1, 2, 2, 4, then W without a place. Ties in code order.
    let (first_tie, second_tie) = if r.assignment.code_of(&r.y.id) < r.assignment.code_of(&r.z.id) {
        (&r.y, &r.z)
    } else {
        (&r.z, &r.y)
    };
    assert_eq!(
        ranking,
        vec![
            (Some(1), r.x.idea.title.as_str()),
            (Some(2), first_tie.idea.title.as_str()),
            (Some(2), second_tie.idea.title.as_str()),
            (Some(4), r.v.idea.title.as_str()),
            (None, r.w.idea.title.as_str()),
        ]
    );
    let _ = &r.pack;
}

#[test]
fn the_flag_is_raised_only_above_the_threshold() {
    let p = idea("Пе ғояси", 1);
    let q = idea("Ку ғояси", 2);
    let s = idea("Эс ғояси", 3);
    let ideas = box_of(&[p.clone(), q.clone(), s.clone()]);
    let (pack, assignment) = jury(&ideas, 9);
    let mut results = JuryResults::new(assignment.clone());
    let a = sheet(
        &pack,
        &assignment,
        "Азиза",
        &[
            (&p.id, all([3; 5])),
            (&q.id, all([3; 5])),
            (&s.id, all([3; 5])),
        ],
        T0,
    );
    // P: 60 and 85 → spread 25 (= threshold): not flagged. Q: 60 and 86 → 26: flagged.
    // S: one juror only: spread 0.
    let b = sheet(
        &pack,
        &assignment,
        "Бобур",
        &[(&p.id, all([5, 5, 4, 4, 2])), (&q.id, all([5, 5, 5, 3, 2]))],
        T0,
    );
    accepted(results.import(a.to_json().as_bytes()));
    accepted(results.import(b.to_json().as_bytes()));
    let rows = idea_ranking(&results, &ideas);
    let cases = [
        (&p, 72.5, 25.0, false, 2),
        (&q, 73.0, 26.0, true, 2),
        (&s, 60.0, 0.0, false, 1),
    ];
    for (idea, total, spread, flagged, jurors) in cases {
        let r = row(&rows, idea);
        assert_eq!(
            (r.total, r.spread, r.flagged, r.jurors),
            (Some(total), Some(spread), flagged, jurors),
            "{}",
            idea.idea.title
        );
    }
    // A threshold of 0 flags any disagreement at all.
    let mut strict = assignment.clone();
    strict.rubric.disagreement_threshold = 0.0;
    let strict_pack = strict.pack(&ideas).unwrap();
    strict.pack_id = strict_pack.id.clone();
    let mut results = JuryResults::new(strict.clone());
    for juror in ["Азиза", "Бобур"] {
        let marks = if juror == "Азиза" {
            [3; 5]
        } else {
            [3, 3, 3, 3, 4]
        };
        let s = sheet(&strict_pack, &strict, juror, &[(&p.id, all(marks))], T0);
        accepted(results.import(s.to_json().as_bytes()));
    }
    let r = idea_ranking(&results, &ideas);
    assert!(close(row(&r, &p).spread.unwrap(), 2.0));
    assert!(row(&r, &p).flagged);
}

#[test]
fn every_rejected_sheet_says_why() {
    let r = round();
    let ideas = box_of(&[
        r.x.clone(),
        r.y.clone(),
        r.z.clone(),
        r.v.clone(),
        r.w.clone(),
    ]);
    let (other_pack, other_assignment) = jury(&ideas, 778);
    let mut results = JuryResults::new(r.assignment.clone());
    let good = sheet(
        &r.pack,
        &r.assignment,
        "Азиза",
        &[(&r.x.id, all([1; 5]))],
        T0,
    );
    let forged = |edit: &dyn Fn(&mut ScoreSheet)| {
        let mut s = good.clone();
        edit(&mut s);
        s.finish(T0, "t").unwrap();
        s.to_json().into_bytes()
    };
    let x_code = r.assignment.code_of(&r.x.id).unwrap().to_string();
    let mut tampered: serde_json::Value = serde_json::from_str(&good.to_json()).unwrap();
    tampered["scores"][0]["marks"]["relevance"] = serde_json::json!(5);
    let cases: Vec<(&str, Vec<u8>, SheetImport)> = vec![
        (
            "not JSON",
            b"scores".to_vec(),
            SheetImport::Rejected(SheetRejection::Unreadable(IdeaFileError::NotJson {
                expected: FileKind::ScoreSheet,
                message: "expected value at line 1 column 1".into(),
            })),
        ),
        (
            "an idea",
            r.x.to_json().into_bytes(),
            SheetImport::Rejected(SheetRejection::NotAScoreSheet {
                found: FileKind::Idea,
            }),
        ),
        (
            "the jury pack",
            r.pack.to_json().into_bytes(),
            SheetImport::Rejected(SheetRejection::NotAScoreSheet {
                found: FileKind::JuryPack,
            }),
        ),
        (
            "edited",
            tampered.to_string().into_bytes(),
            SheetImport::Rejected(SheetRejection::Tampered {
                juror: "Азиза".into(),
            }),
        ),
        (
            "another pack",
            sheet(&other_pack, &other_assignment, "Азиза", &[], T0)
                .to_json()
                .into_bytes(),
            SheetImport::Rejected(SheetRejection::OtherJuryPack {
                juror: "Азиза".into(),
                found: other_pack.id.clone(),
                expected: r.pack.id.clone(),
            }),
        ),
        (
            "unknown code",
            forged(&|s| s.scores[0].code = "G-99".into()),
            SheetImport::Rejected(SheetRejection::UnknownIdea {
                juror: "Азиза".into(),
                codes: "G-99".into(),
            }),
        ),
        (
            "a code twice",
            forged(&|s| s.scores[1].code = s.scores[0].code.clone()),
            SheetImport::Rejected(SheetRejection::UnknownIdea {
                juror: "Азиза".into(),
                codes: good.scores[0].code.clone(),
            }),
        ),
        (
            "unknown criterion",
            forged(&|s| {
                s.scores[0].marks.insert("beauty".into(), 1);
            }),
            SheetImport::Rejected(SheetRejection::UnknownCriterion {
                juror: "Азиза".into(),
                criterion: "beauty".into(),
            }),
        ),
        (
            "mark out of range",
            forged(&|s| {
                let i = s.scores.iter().position(|x| x.code == x_code).unwrap();
                s.scores[i].marks.insert("impact".into(), 6);
            }),
            SheetImport::Rejected(SheetRejection::MarkOutOfRange {
                juror: "Азиза".into(),
                code: x_code.clone(),
                criterion: "impact".into(),
                mark: 6,
                max: 5,
            }),
        ),
        (
            "good",
            good.to_json().into_bytes(),
            SheetImport::Accepted {
                id: SheetId(1),
                juror: "Азиза".into(),
                missing: 20,
            },
        ),
        (
            "good again",
            good.to_json().into_bytes(),
            SheetImport::AlreadyImported { id: SheetId(1) },
        ),
    ];
    for (what, bytes, expected) in &cases {
        let outcome = results.import(bytes);
        assert_eq!(&outcome, expected, "{what}");
        if let SheetImport::Rejected(reason) = &outcome {
            assert!(!reason.to_string().is_empty());
        }
    }
    assert_eq!(results.sheets().len(), 1, "only the good sheet is kept");
    assert_eq!(
        SheetRejection::MarkOutOfRange {
            juror: "Азиза".into(),
            code: "G-03".into(),
            criterion: "impact".into(),
            mark: 6,
            max: 5
        }
        .to_string(),
        "the scores of Азиза give idea G-03 the mark 6 for `impact`, but the highest mark is 5"
    );
}

#[test]
fn the_same_juror_twice_waits_for_the_organizers_choice() {
    let r = round();
    let ideas = box_of(&[
        r.x.clone(),
        r.y.clone(),
        r.z.clone(),
        r.v.clone(),
        r.w.clone(),
    ]);
    let mut results = r.results.clone();
    // Aziza sends corrected scores later, her name typed in Latin letters.
    let again = sheet(
        &r.pack,
        &r.assignment,
        "AZIZA",
        &[
            (&r.x.id, all([5; 5])),
            (&r.y.id, all([5; 5])),
            (&r.z.id, all([2; 5])),
            (&r.v.id, all([1; 5])),
        ],
        T0 + 10 * MIN,
    );
    assert_eq!(
        results.import(again.to_json().as_bytes()),
        SheetImport::SameJuror {
            id: SheetId(4),
            juror: "AZIZA".into(),
            others: vec![SheetId(1)]
        }
    );
    let flags: Vec<(SheetId, bool)> = results
        .sheets()
        .iter()
        .map(|k| (k.id, k.duplicate))
        .collect();
    assert_eq!(
        flags,
        [
            (SheetId(1), true),
            (SheetId(2), false),
            (SheetId(3), false),
            (SheetId(4), true)
        ]
    );
    // Until the organizer chooses, the newer sheet counts: X is now (100 + 60) / 2 with Komil's
    // relevance in the mean: relevance (5 + 3 + 5) / 3, the rest (5 + 3) / 2.
    let counted: Vec<SheetId> = results.counted().iter().map(|k| k.id).collect();
    assert_eq!(counted, [SheetId(2), SheetId(3), SheetId(4)]);
    let rows = idea_ranking(&results, &ideas);
    let x = row(&rows, &r.x);
    assert!(close(
        x.total.unwrap(),
        (25.0 * 13.0 / 3.0 + 20.0 * 4.0 + 25.0 * 4.0 + 20.0 * 4.0 + 10.0 * 4.0) / 5.0
    ));
    assert!(close(x.spread.unwrap(), 40.0));
    // The organizer keeps the first one.
    assert_eq!(results.resolve_duplicate(SheetId(1)), Ok(vec![SheetId(4)]));
    assert!(results.sheets().iter().all(|k| !k.duplicate));
    assert_eq!(idea_ranking(&results, &ideas), r.rows);
    assert_eq!(
        results.resolve_duplicate(SheetId(1)),
        Err(SheetResolveError::NotADuplicate(1))
    );
    assert_eq!(
        results.resolve_duplicate(SheetId(4)),
        Err(SheetResolveError::NoSuchSheet(4))
    );
    // A sheet can be discarded; the ranking follows.
    let komil = results.remove(SheetId(3)).unwrap();
    assert_eq!(komil.juror, "Комил");
    let rows = idea_ranking(&results, &ideas);
    assert_eq!(row(&rows, &r.x).partial, 0);
    assert_eq!(row(&rows, &r.w).means, vec![None; 5]);
    assert_eq!(results.remove(SheetId(3)), None);
}

#[test]
fn a_reload_imports_the_kept_sheets_again() {
    let r = round();
    let kept: Vec<ScoreSheet> = r.results.sheets().iter().map(|k| k.sheet.clone()).collect();
    let mut broken = kept[1].clone();
    broken.juror = "Бобур Б.".into();
    let (again, refused) = JuryResults::from_sheets(
        r.assignment.clone(),
        &[kept[0].clone(), broken, kept[2].clone()],
    );
    assert_eq!(again.sheets().len(), 2);
    assert_eq!(
        refused,
        vec![(
            1,
            SheetImport::Rejected(SheetRejection::Tampered {
                juror: "Бобур Б.".into()
            })
        )]
    );
    let (same, none) = JuryResults::from_sheets(r.assignment.clone(), &kept);
    assert!(none.is_empty());
    assert_eq!(same, r.results);
}
