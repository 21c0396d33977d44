//! The idea contest's settings: the bundled file validates and says what the format promises, and
//! broken settings are refused with every problem and its place.

#![cfg(not(target_arch = "wasm32"))]

mod idea_support;

use halol::engine::idea::{Bounds, ConfigError, ConfigProblem, IdeaContest, IdeaField};
use halol::engine::text::Lang;
use idea_support::{bundled_json, contest};
use serde_json::{json, Value};

#[test]
fn the_bundled_settings_validate() {
    let c = contest();
    assert_eq!(c.id, "innovatsion-goya");
    assert_eq!(
        c.title.get(Lang::UzCyrl),
        Some("Коррупцияга қарши энг яхши инновацион ғоя")
    );
    assert_eq!(
        c.title.display(Lang::UzLatn),
        "Korrupsiyaga qarshi eng yaxshi innovatsion gʻoya"
    );
    let categories: Vec<&str> = c.categories.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        categories,
        [
            "education",
            "health",
            "public-services",
            "local-government",
            "youth-mahalla",
            "procurement",
            "reporting",
            "other"
        ]
    );
    let rubric: Vec<(&str, u32, u32)> = c
        .rubric
        .criteria
        .iter()
        .map(|k| (k.id.as_str(), k.max, k.weight))
        .collect();
    assert_eq!(
        rubric,
        [
            ("relevance", 5, 25),
            ("originality", 5, 20),
            ("feasibility", 5, 25),
            ("impact", 5, 20),
            ("clarity", 5, 10)
        ]
    );
    assert_eq!(c.rubric.total_weight(), 100, "weights are percentages");
    assert_eq!(c.rubric.disagreement_threshold, 25.0);
    let l = &c.limits;
    assert_eq!(l.title, Bounds { min: 5, max: 120 });
    assert_eq!(l.problem, Bounds { min: 30, max: 1500 });
    assert_eq!(l.solution, Bounds { min: 30, max: 1500 });
    assert_eq!(l.implementation, Bounds { min: 20, max: 1000 });
    assert_eq!(l.effect, Bounds { min: 20, max: 1000 });
    assert_eq!(l.contact, Bounds { min: 0, max: 120 });
    assert_eq!(l.age, Bounds { min: 10, max: 30 });
    assert_eq!(l.max_authors, 5);
    assert_eq!(l.of(IdeaField::Title), Some(l.title));
    assert_eq!(l.of(IdeaField::AuthorClass(3)), Some(l.class));
    assert_eq!(l.of(IdeaField::AuthorAge(0)), None);
    assert_eq!(l.of(IdeaField::Category), None);
}

#[test]
fn every_bundled_text_is_in_uzbek_cyrillic_russian_and_english() {
    let c = contest();
    let mut texts = vec![("title", &c.title), ("description", &c.description)];
    texts.extend(c.categories.iter().map(|k| (k.id.as_str(), &k.title)));
    for k in &c.rubric.criteria {
        texts.push((k.id.as_str(), &k.title));
        texts.push((k.id.as_str(), &k.description));
    }
    for (place, text) in texts {
        for lang in [Lang::UzCyrl, Lang::Ru, Lang::En] {
            assert!(text.get(lang).is_some(), "{place} has {lang:?}");
        }
        let cyrl = text.get(Lang::UzCyrl).unwrap();
        assert!(
            !cyrl.chars().any(|ch| ch.is_ascii_alphabetic()),
            "{place}: the uz-Cyrl text has no Latin letters: {cyrl}"
        );
        assert!(
            !cyrl.contains(['ы', 'щ', 'Ы', 'Щ']),
            "{place}: Uzbek, not Russian spelling: {cyrl}"
        );
    }
    // Uzbek letters are written as in Uzbekistan (ў, қ, ғ, ҳ), not replaced by Russian ones.
    let all = bundled_json();
    for letter in ['ў', 'қ', 'ғ', 'ҳ'] {
        assert!(all.contains(letter), "{letter} is used");
    }
}

/// The bundled settings with `edit` applied.
fn edited(edit: impl Fn(&mut Value)) -> String {
    let mut value: Value = serde_json::from_str(&bundled_json()).unwrap();
    edit(&mut value);
    value.to_string()
}

/// `check(edit, problems)`: the edited settings are refused with exactly these problems.
fn check(edit: impl Fn(&mut Value), expected: &[ConfigProblem]) {
    match IdeaContest::from_json(&edited(edit)) {
        Err(ConfigError::Invalid { problems }) => assert_eq!(problems, expected),
        other => panic!("expected {expected:?}, got {other:?}"),
    }
}

fn place(s: &str) -> String {
    s.to_string()
}

#[test]
fn broken_settings_are_refused_with_every_problem_and_its_place() {
    check(
        |v| v["schema"] = json!(2),
        &[ConfigProblem::Schema { found: 2 }],
    );
    check(
        |v| v["id"] = json!("Innovatsion Goya"),
        &[ConfigProblem::BadId {
            place: place("id"),
            id: "Innovatsion Goya".into(),
        }],
    );
    check(
        |v| v["categories"][3]["id"] = json!("health"),
        &[ConfigProblem::DuplicateId {
            place: place("categories[3].id"),
            id: "health".into(),
        }],
    );
    check(
        |v| v["rubric"]["criteria"][4]["id"] = json!("relevance"),
        &[ConfigProblem::DuplicateId {
            place: place("rubric.criteria[4].id"),
            id: "relevance".into(),
        }],
    );
    check(
        |v| {
            v["categories"][0]["title"]
                .as_object_mut()
                .unwrap()
                .remove("ru");
        },
        &[ConfigProblem::MissingText {
            place: place("categories[0].title"),
            lang: "ru".into(),
        }],
    );
    check(
        |v| {
            v["rubric"]["criteria"][1]["description"] =
                json!({"uz-Latn": "Yangilik", "ru": "Новизна"})
        },
        &[ConfigProblem::MissingText {
            place: place("rubric.criteria[1].description"),
            lang: "uz-Cyrl".into(),
        }],
    );
    check(
        |v| v["title"]["uz"] = json!("Gʻoya"),
        &[ConfigProblem::UnknownLanguage {
            place: place("title"),
            lang: "uz".into(),
        }],
    );
    check(
        |v| v["categories"] = json!([]),
        &[ConfigProblem::NoCategories],
    );
    check(
        |v| v["rubric"]["criteria"] = json!([]),
        &[ConfigProblem::NoCriteria],
    );
    check(
        |v| v["rubric"]["criteria"][2]["weight"] = json!(0),
        &[ConfigProblem::WeightNotPositive {
            place: place("rubric.criteria[2].weight"),
        }],
    );
    check(
        |v| v["rubric"]["criteria"][0]["max"] = json!(0),
        &[ConfigProblem::BadMax {
            place: place("rubric.criteria[0].max"),
            max: 0,
        }],
    );
    check(
        |v| v["rubric"]["criteria"][0]["max"] = json!(101),
        &[ConfigProblem::BadMax {
            place: place("rubric.criteria[0].max"),
            max: 101,
        }],
    );
    check(
        |v| v["rubric"]["disagreement_threshold"] = json!(-1),
        &[ConfigProblem::BadThreshold { value: -1.0 }],
    );
    check(
        |v| v["rubric"]["disagreement_threshold"] = json!(100.5),
        &[ConfigProblem::BadThreshold { value: 100.5 }],
    );
    check(
        |v| v["limits"]["problem"] = json!({"min": 1600, "max": 1500}),
        &[ConfigProblem::MinAboveMax {
            place: place("limits.problem"),
            min: 1600,
            max: 1500,
        }],
    );
    check(
        |v| v["limits"]["age"] = json!({"min": 31, "max": 30}),
        &[ConfigProblem::MinAboveMax {
            place: place("limits.age"),
            min: 31,
            max: 30,
        }],
    );
    check(
        |v| v["limits"]["contact"] = json!({"min": 0, "max": 0}),
        &[ConfigProblem::ZeroMax {
            place: place("limits.contact"),
        }],
    );
    check(
        |v| v["limits"]["max_authors"] = json!(0),
        &[ConfigProblem::ZeroMax {
            place: place("limits.max_authors"),
        }],
    );
    // Several problems at once are all reported, in file order.
    check(
        |v| {
            v["id"] = json!("");
            v["rubric"]["criteria"][0]["weight"] = json!(0);
            v["rubric"]["criteria"][3]["weight"] = json!(0);
        },
        &[
            ConfigProblem::BadId {
                place: place("id"),
                id: String::new(),
            },
            ConfigProblem::WeightNotPositive {
                place: place("rubric.criteria[0].weight"),
            },
            ConfigProblem::WeightNotPositive {
                place: place("rubric.criteria[3].weight"),
            },
        ],
    );
}

#[test]
fn problems_read_as_sentences() {
    let err = IdeaContest::from_json(&edited(|v| {
        v["rubric"]["criteria"][2]["weight"] = json!(0);
        v["limits"]["title"] = json!({"min": 9, "max": 5});
    }))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "the idea contest settings have 2 problem(s): rubric.criteria[2].weight: the weight must \
         be a whole number greater than 0; limits.title: the least (9) is more than the most (5)"
    );
}

#[test]
fn settings_that_do_not_parse_say_why() {
    assert_eq!(
        IdeaContest::from_json("{\"schema\": 1,"),
        Err(ConfigError::NotJson {
            message: "EOF while parsing a value at line 1 column 13".into()
        })
    );
    let missing = IdeaContest::from_json(&edited(|v| {
        v.as_object_mut().unwrap().remove("rubric");
    }));
    assert!(
        matches!(&missing, Err(ConfigError::Malformed { message }) if message.contains("missing field `rubric`")),
        "{missing:?}"
    );
    let unknown = IdeaContest::from_json(&edited(|v| v["prize"] = json!("laptop")));
    assert!(
        matches!(&unknown, Err(ConfigError::Malformed { message }) if message.contains("unknown field `prize`")),
        "{unknown:?}"
    );
    let negative = IdeaContest::from_json(&edited(|v| {
        v["rubric"]["criteria"][0]["weight"] = json!(-5)
    }));
    assert!(
        matches!(negative, Err(ConfigError::Malformed { .. })),
        "{negative:?}"
    );
    // A byte order mark is fine; a fractional threshold is kept to the thousandth.
    let c = IdeaContest::from_json(&format!(
        "\u{feff}{}",
        edited(|v| v["rubric"]["disagreement_threshold"] = json!(12.34567))
    ))
    .unwrap();
    assert_eq!(c.rubric.disagreement_threshold, 12.346);
}
