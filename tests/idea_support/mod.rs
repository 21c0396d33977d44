//! Shared helpers of the `idea_*` tests: the bundled settings, valid drafts with distinctive
//! authors, sealed ideas, a box, a jury pack and finished score sheets.

#![allow(dead_code)]

use halol::engine::idea::{
    Author, IdeaBox, IdeaContest, IdeaDraft, IdeaImport, IdeaRecord, JuryAssignment, JuryPack,
    ScoreSheet,
};

/// A fixed submission time (ms since the epoch).
pub const T0: u64 = 1_760_000_000_000;
/// One minute in ms.
pub const MIN: u64 = 60_000;
/// The app version the tests seal with.
pub const VERSION: &str = "0.1.0-test";

/// The bundled settings' text.
pub fn bundled_json() -> String {
    let path = format!(
        "{}/quizzes/ideas/idea-contest.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).expect("the bundled idea contest is readable")
}

/// The bundled settings.
pub fn contest() -> IdeaContest {
    IdeaContest::from_json(&bundled_json()).expect("the bundled idea contest validates")
}

/// A file from `tests/fixtures/ideas/`.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/ideas/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).expect("the fixture is readable")
}

/// An author.
pub fn author(name: &str, age: &str, school: &str, class: &str) -> Author {
    Author {
        name: name.into(),
        age: age.into(),
        school: school.into(),
        class: class.into(),
    }
}

/// A valid draft titled `title`, in `category`, by `authors`; every text long enough and
/// different for every title.
pub fn draft(title: &str, category: &str, authors: Vec<Author>) -> IdeaDraft {
    IdeaDraft {
        title: title.into(),
        problem: format!("{title}: маҳаллада ҳужжат олиш учун пора сўралади, навбатлар узун."),
        solution: format!(
            "{title}: ариза ва навбатни онлайн қилиш, ҳар бир қадамни очиқ кўрсатиш."
        ),
        implementation: format!("{title}: ҳокимият билан бирга синов ўтказиш."),
        effect: format!("{title}: пора камаяди, одамлар вақтини тежайди."),
        category: category.into(),
        authors,
        contact: String::new(),
    }
}

/// A sealed idea titled `title` by one author, submitted `minutes` after [`T0`].
pub fn idea(title: &str, minutes: u64) -> IdeaRecord {
    let who = author(&format!("Муаллиф {title}"), "16", "12-мактаб", "10-А");
    IdeaRecord::submit(
        &draft(title, "education", vec![who]),
        &contest(),
        T0 + minutes * MIN,
        VERSION,
    )
    .expect("the test draft is valid")
}

/// A box holding `records`, each accepted.
pub fn box_of(records: &[IdeaRecord]) -> IdeaBox {
    let mut ideas = IdeaBox::new("innovatsion-goya");
    for r in records {
        let outcome = ideas.import(r.to_json().as_bytes());
        assert!(
            matches!(outcome, IdeaImport::Accepted { .. }),
            "{outcome:?}"
        );
    }
    ideas
}

/// The jury pack and assignment of `ideas` under `seed`.
pub fn jury(ideas: &IdeaBox, seed: u64) -> (JuryPack, JuryAssignment) {
    JuryPack::build(ideas, &contest(), seed).expect("the pack is made")
}

/// A finished sheet by `juror`: for each `(idea id, marks)` the marks in rubric order (relevance,
/// originality, feasibility, impact, clarity; `None` = not marked) and no comment.
pub fn sheet(
    pack: &JuryPack,
    assignment: &JuryAssignment,
    juror: &str,
    marks: &[(&str, [Option<u32>; 5])],
    exported_ms: u64,
) -> ScoreSheet {
    let mut s = ScoreSheet::new(pack, juror);
    for (idea_id, given) in marks {
        let code = assignment.code_of(idea_id).expect("the idea has a code");
        for (criterion, mark) in pack.rubric.criteria.iter().zip(given) {
            s.set_mark(pack, code, &criterion.id, *mark)
                .expect("a mark in range");
        }
    }
    s.finish(exported_ms, VERSION)
        .expect("the juror has a name");
    s
}

/// Every mark given.
pub fn all(marks: [u32; 5]) -> [Option<u32>; 5] {
    marks.map(Some)
}
