//! A whole idea contest across devices, through files only: three students' phones, the
//! organizer's laptop (closed and reopened between steps), two jurors' phones, and the final
//! ranking with the authors revealed.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;

use halol::engine::idea::{
    idea_ranking, idea_ranking_csv, idea_xlsx, IdeaImport, IdeaRecord, IdeaRejection, JuryPack,
    JuryResults, ScoreSheet, SheetImport,
};
use halol::engine::saved::{
    decode_juror_work, decode_my_ideas, decode_organizer, encode_juror_work, encode_my_ideas,
    encode_organizer, JurorWork, OrganizerState,
};
use halol::engine::text::Lang;
use idea_support::{author, contest, draft, MIN, T0, VERSION};

#[test]
fn students_organizer_and_jurors_meet_only_through_files() {
    let settings = contest();
    // Three phones: a team of two, and two students alone.
    let team = draft(
        "Мактаб бюджети деворда",
        "education",
        vec![
            author("Севара Юсупова", "16", "5-мактаб", "10-А"),
            author("Жасур Раҳимов", "17", "5-мактаб", "11-Б"),
        ],
    );
    let solo = draft(
        "Поликлиника навбати",
        "health",
        vec![author("Мадина Олимова", "19", "Тиббиёт коллежи", "")],
    );
    let third = draft(
        "Ошкора харидлар",
        "procurement",
        vec![author("Sardor Karimov", "22", "TDYU", "3-kurs")],
    );
    let files: Vec<IdeaRecord> = [team, solo, third]
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let r = IdeaRecord::submit(d, &settings, T0 + i as u64 * MIN, VERSION).unwrap();
            // The phone keeps its submitted ideas.
            let kept = decode_my_ideas(&encode_my_ideas(std::slice::from_ref(&r))).unwrap();
            assert_eq!(kept, std::slice::from_ref(&r));
            r
        })
        .collect();

    // The organizer imports every file (one by QR, one twice) and closes the laptop.
    let mut state = OrganizerState::new(&settings.id);
    let (mut ideas, _) = state.idea_box();
    assert!(matches!(
        ideas.import(files[0].to_json().as_bytes()),
        IdeaImport::Accepted { .. }
    ));
    assert!(matches!(
        ideas.import_qr(&files[1].to_qr_chunks(400)),
        IdeaImport::Accepted { .. }
    ));
    assert!(matches!(
        ideas.import(files[2].to_json().as_bytes()),
        IdeaImport::Accepted { .. }
    ));
    assert!(matches!(
        ideas.import(files[0].to_json().as_bytes()),
        IdeaImport::Rejected(IdeaRejection::Duplicate { .. })
    ));
    state.keep_ideas(&ideas);
    let stored = encode_organizer(&state);

    // Reopened: the jury pack is made and handed out.
    let mut state = decode_organizer(&stored).unwrap();
    let (ideas, refused) = state.idea_box();
    assert!(refused.is_empty());
    let (pack, assignment) = JuryPack::build(&ideas, &settings, 0x5EED).unwrap();
    state.keep_results(&JuryResults::new(assignment.clone()));
    let stored = encode_organizer(&state);
    let pack_file = pack.to_json();
    for name in ["Севара", "Жасур", "Мадина", "Sardor", "5-мактаб", "TDYU"] {
        assert!(!pack_file.contains(name), "{name} is not in the jury pack");
    }

    // Two jurors open the pack, score, close and reopen their app, and export.
    let jurors = [("Азиза Раҳимова", [5, 4, 3]), ("Бобур Тошев", [4, 4, 2])];
    let sheets: Vec<Vec<u8>> = jurors
        .iter()
        .map(|(name, level)| {
            let pack = JuryPack::from_bytes(pack_file.as_bytes()).unwrap();
            assert!(pack.verify());
            let mut work = JurorWork {
                sheet: ScoreSheet::new(&pack, name),
                pack,
            };
            for (k, r) in files.iter().enumerate() {
                let code = assignment.code_of(&r.id).unwrap();
                for c in &work.pack.rubric.criteria {
                    work.sheet
                        .set_mark(&work.pack, code, &c.id, Some(level[k]))
                        .unwrap();
                }
                work.sheet
                    .set_comment(&work.pack, code, &format!("{name}: {k}"))
                    .unwrap();
            }
            let mut work = decode_juror_work(&encode_juror_work(&work)).unwrap();
            assert!(work.sheet.completeness(&work.pack).is_complete());
            work.sheet.finish(T0 + 60 * MIN, VERSION).unwrap();
            work.sheet.to_json().into_bytes()
        })
        .collect();

    // The organizer reopens, imports the sheets, ranks and exports.
    let mut state = decode_organizer(&stored).unwrap();
    let (mut results, _) = state.results().unwrap();
    for s in &sheets {
        assert!(matches!(
            results.import(s),
            SheetImport::Accepted { missing: 0, .. }
        ));
    }
    state.keep_results(&results);
    let state = decode_organizer(&encode_organizer(&state)).unwrap();
    let (ideas, _) = state.idea_box();
    let (results, _) = state.results().unwrap();
    let rows = idea_ranking(&results, &ideas);
    let summary: Vec<(Option<usize>, &str, Option<f64>)> = rows
        .iter()
        .map(|r| (r.place, r.authors[0].name.as_str(), r.total))
        .collect();
    assert_eq!(
        summary,
        [
            (Some(1), "Севара Юсупова", Some(90.0)),
            (Some(2), "Мадина Олимова", Some(80.0)),
            (Some(3), "Sardor Karimov", Some(50.0)),
        ]
    );
    let csv = idea_ranking_csv(&rows, results.rubric(), Lang::Ru);
    assert!(csv.contains("Севара Юсупова; Жасур Раҳимов"));
    let xlsx = idea_xlsx(
        &rows,
        &results.counted_sheets(),
        results.rubric(),
        Lang::Ru,
        T0,
    )
    .unwrap();
    assert_eq!(&xlsx[..2], b"PK");
}
