//! Component tests of the idea contest's pages in headless Chromium (wasm-bindgen-test): the
//! form's live counter and its problems in two languages, the draft saved through the storage
//! door on every keystroke and restored by a remount, the juror's marks saved on every click and
//! restored, a wrong file given to the juror with its reason, and the organizer's import listing
//! every file with its outcome.
#![cfg(target_arch = "wasm32")]

use halol::engine::idea::{Author, IdeaBox, IdeaContest, IdeaDraft, IdeaRecord, JuryPack};
use halol::engine::saved::{
    decode_idea_draft, decode_juror_work, decode_organizer, encode_prefs, Prefs,
};
use halol::engine::text::Lang;
use halol::ui::i18n::ideas::{fix_problems, too_long, too_short, IdeaMsg};
use halol::ui::i18n::jury::{marked_of, wrong_kind, JuryMsg};
use halol::ui::i18n::teacher::TeacherMsg;
use halol::ui::i18n::{self, Text};
use halol::ui::ideas::IdeasApp;
use halol::ui::jury::juror::JurorPanel;
use halol::ui::jury::organizer::OrganizerPanel;
use halol::ui::storage::Store;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const T0: u64 = 1_760_000_000_000;
const DRAFT_KEY: &str = "halol.idea-draft";
const WORK_KEY: &str = "halol.juror-work";

/// An empty `localStorage` but for the interface language, uz-Latn.
fn clear_in_uzbek() {
    clear_storage();
    local()
        .set_item(
            "halol.prefs",
            &encode_prefs(&Prefs {
                lang: Some(Lang::UzLatn),
            }),
        )
        .expect("localStorage can be written");
}

fn contest() -> IdeaContest {
    IdeaContest::from_json(include_str!("../quizzes/ideas/idea-contest.json"))
        .expect("the bundled settings validate")
}

/// A sealed idea titled `title`.
fn idea(title: &str, minutes: u64) -> IdeaRecord {
    let draft = IdeaDraft {
        title: title.into(),
        problem: format!("{title}: maktabda har oy pul yigʻiladi, hisobot yoʻq."),
        solution: format!("{title}: kirim va chiqimni ochiq taxtada yozib borish."),
        implementation: format!("{title}: ota-onalar qoʻmitasi yozadi."),
        effect: format!("{title}: yashirin yigʻimlar kamayadi."),
        category: "education".into(),
        authors: vec![Author {
            name: format!("Muallif {title}"),
            age: "15".into(),
            school: "12-maktab".into(),
            class: "9-A".into(),
        }],
        contact: String::new(),
    };
    IdeaRecord::submit(&draft, &contest(), T0 + minutes * 60_000, "test").expect("a valid draft")
}

/// A jury pack of two ideas.
fn pack() -> JuryPack {
    let mut ideas = IdeaBox::new(&contest().id);
    for (i, title) in ["Ochiq taxta", "Onlayn navbat"].iter().enumerate() {
        ideas.import_record(idea(title, i as u64));
    }
    JuryPack::build(&ideas, &contest(), 7)
        .expect("the pack is made")
        .0
}

#[wasm_bindgen_test]
async fn the_counter_counts_as_the_engine_does_and_problems_speak_the_students_language() {
    clear_in_uzbek();
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), IdeasApp);

    // Characters after trimming: six Cyrillic letters are 6, not 12 bytes.
    type_into(&root, "#idea-title", "  Ўқувчи  ", "input");
    expect_text(&root, "#idea-title-count", "6 / 120").await;

    // Past the maximum: a warning at once, before any submit.
    type_into(&root, "#idea-title", &"a".repeat(121), "input");
    expect_text(&root, "#idea-title-count", "⚠ 121 / 120").await;
    let counter: web_sys::HtmlElement = find(&root, "#idea-title-count");
    assert!(counter.class_list().contains("over"));
    expect_text(&root, "#idea-title-error", &too_long(120, Lang::UzLatn)).await;
    let problem: web_sys::HtmlElement = find(&root, "#idea-problem-error");
    assert!(
        problem.hidden(),
        "an empty field is not blamed before a submit"
    );

    // A failed submit: every problem, next to its field and in the summary, which takes the focus.
    type_into(&root, "#idea-title", "Ab", "input");
    find::<web_sys::HtmlElement>(&root, "button.submit-idea").click();
    let summary: web_sys::HtmlElement = find(&root, ".error-summary");
    wait_for("the summary to take the focus", &root, || {
        document().active_element().as_ref() == Some(summary.unchecked_ref())
    })
    .await;
    assert!(!summary.hidden());
    expect_text(&root, "#idea-title-error", "Kamida 5 ta belgi yozing.").await;
    assert_eq!(text(&root, "#idea-title-error"), too_short(5, Lang::UzLatn));
    assert_eq!(
        text(&root, "#idea-problem-error"),
        IdeaMsg::ProblemMissing.text(Lang::UzLatn)
    );
    assert_eq!(
        text(&root, "#idea-category-error"),
        IdeaMsg::ProblemCategory.text(Lang::UzLatn)
    );
    let listed = root
        .query_selector_all(".error-summary li")
        .unwrap()
        .length() as usize;
    assert_eq!(listed, 7, "{}", text(&root, ".error-summary"));
    assert_eq!(
        text(&root, ".error-summary h2"),
        fix_problems(listed, Lang::UzLatn)
    );

    // The same problems in Russian once the student switches the language.
    type_into(&root, ".lang-switch select", "ru", "change");
    expect_text(&root, "#idea-title-error", "Напишите не меньше 5 символов.").await;
    assert_eq!(text(&root, "#idea-title-error"), too_short(5, Lang::Ru));
    assert_eq!(
        text(&root, ".error-summary h2"),
        fix_problems(listed, Lang::Ru)
    );
    assert!(text(&root, ".error-summary").contains("Название идеи: Напишите не меньше 5 символов."));
    drop(handle);
    clear_storage();
}

#[wasm_bindgen_test]
async fn every_keystroke_is_saved_and_a_remount_restores_the_draft() {
    clear_in_uzbek();
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), IdeasApp);
    let stored = || {
        decode_idea_draft(
            &local()
                .get_item(DRAFT_KEY)
                .unwrap()
                .expect("a draft is stored"),
        )
        .expect("the stored draft reads back")
    };

    type_into(&root, "#idea-title", "Ochiq taxta", "input");
    assert_eq!(
        stored().title,
        "Ochiq taxta",
        "saved at the keystroke, not later"
    );
    type_into(
        &root,
        "#idea-problem",
        "Pul yigʻiladi,\nhisobot yoʻq.",
        "input",
    );
    type_into(&root, "#idea-category", "education", "change");
    type_into(&root, "#author-0-name", "Nilufar Rahimova", "input");
    find::<web_sys::HtmlElement>(&root, "button.add-author").click();
    wait_for("a second author row", &root, || {
        root.query_selector("#author-1-name")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    type_into(&root, "#author-1-age", "16", "input");
    let draft = stored();
    assert_eq!(draft.problem, "Pul yigʻiladi,\nhisobot yoʻq.");
    assert_eq!(draft.category, "education");
    assert_eq!(draft.authors.len(), 2);
    assert_eq!(draft.authors[0].name, "Nilufar Rahimova");
    assert_eq!(draft.authors[1].age, "16");
    expect_text(&root, ".save-state", IdeaMsg::DraftSaved.text(Lang::UzLatn)).await;

    // The page closes; a new one finds every word.
    drop(handle);
    root.remove();
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), IdeasApp);
    expect_value(&root, "#idea-title", "Ochiq taxta").await;
    expect_value(&root, "#idea-problem", "Pul yigʻiladi,\nhisobot yoʻq.").await;
    expect_value(&root, "#idea-category", "education").await;
    expect_value(&root, "#author-0-name", "Nilufar Rahimova").await;
    expect_value(&root, "#author-1-age", "16").await;
    drop(handle);
    clear_storage();
}

/// Mounts the juror's section on the real local storage.
fn mount_juror(
    root: &web_sys::HtmlElement,
) -> leptos::mount::UnmountHandle<impl leptos::tachys::view::Mountable> {
    leptos::mount::mount_to(root.clone(), || {
        i18n::provide_lang(Lang::UzLatn);
        provide_context(StoredValue::new_local(Store::open()));
        view! { <JurorPanel /> }
    })
}

#[wasm_bindgen_test]
async fn the_jurors_marks_are_saved_on_every_click_and_come_back() {
    clear_storage();
    let pack = pack();
    let root = container();
    let handle = mount_juror(&root);
    choose_files(
        &root,
        "input[name=jury-pack]",
        &[("jury.json", &pack.to_json())],
    );
    wait_for("the pack to open", &root, || {
        root.query_selector(".scoring").ok().flatten().is_some()
    })
    .await;
    let code = pack.ideas[0].code.clone();
    let criterion = pack.rubric.criteria[0].id.clone();
    let stored = || {
        decode_juror_work(
            &local()
                .get_item(WORK_KEY)
                .unwrap()
                .expect("the work is stored"),
        )
        .expect("the stored work reads back")
    };
    assert_eq!(stored().pack, pack, "the pack is kept as opened");

    let mark = format!("li.jury-idea[data-code='{code}'] fieldset[data-criterion='{criterion}'] label.seg[data-mark='3']");
    find::<web_sys::HtmlElement>(&root, &mark).click();
    assert_eq!(
        stored().sheet.mark(&code, &criterion),
        Some(3),
        "saved at the click"
    );
    type_into(&root, "#juror-name", "Aziza Rahimova", "input");
    type_into(
        &root,
        &format!("#comment-{code}"),
        "Aniq va foydali",
        "input",
    );
    let work = stored();
    assert_eq!(work.sheet.juror, "Aziza Rahimova");
    assert_eq!(work.sheet.score(&code).unwrap().comment, "Aniq va foydali");
    // One mark of five does not make an idea marked.
    expect_text(&root, ".progress-line", &marked_of(0, 2, Lang::UzLatn)).await;

    // Closed and opened again: the mark, the name and the comment are back.
    drop(handle);
    root.remove();
    let root = container();
    let handle = mount_juror(&root);
    wait_for("the scoring screen", &root, || {
        root.query_selector(".scoring").ok().flatten().is_some()
    })
    .await;
    let radio: web_sys::HtmlInputElement = find(&root, &format!("{mark} input"));
    assert!(radio.checked());
    expect_value(&root, "#juror-name", "Aziza Rahimova").await;
    expect_value(&root, &format!("#comment-{code}"), "Aniq va foydali").await;
    assert_eq!(
        root.query_selector_all("input[type=radio]:checked")
            .unwrap()
            .length(),
        1
    );
    drop(handle);
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_juror_handed_an_idea_file_is_told_what_it_is() {
    clear_storage();
    let root = container();
    let handle = mount_juror(&root);
    choose_files(
        &root,
        "input[name=jury-pack]",
        &[("idea.json", &idea("Ochiq taxta", 0).to_json())],
    );
    wait_for("the reason", &root, || {
        root.query_selector(".open-problem")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    assert_eq!(
        text(&root, ".open-problem"),
        wrong_kind(JuryMsg::FileIdea, JuryMsg::FileJuryPack, Lang::UzLatn)
    );
    assert!(root.query_selector(".scoring").unwrap().is_none());
    assert!(
        local().get_item(WORK_KEY).unwrap().is_none(),
        "nothing stored"
    );
    drop(handle);
    clear_storage();
}

#[wasm_bindgen_test]
async fn the_organizer_sees_every_idea_file_with_its_outcome() {
    clear_storage();
    let good = idea("Ochiq taxta", 0).to_json();
    let edited = idea("Onlayn navbat", 1)
        .to_json()
        .replace("Onlayn navbat", "Onlayn navbat!");
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), || {
        i18n::provide_lang(Lang::UzLatn);
        provide_context(StoredValue::new_local(Store::open()));
        let contest: &'static IdeaContest = Box::leak(Box::new(contest()));
        view! { <OrganizerPanel contest /> }
    });
    choose_files(
        &root,
        "input[name=ideas]",
        &[
            ("good.json", &good),
            ("edited.json", &edited),
            ("pack.json", &pack().to_json()),
            ("notes.txt", "not json"),
        ],
    );
    wait_for("four outcomes", &root, || {
        root.query_selector_all(".idea-outcomes .outcome")
            .unwrap()
            .length()
            == 4
    })
    .await;
    let listed = outcomes(&root, ".idea-outcomes .outcome");
    let expect = [
        (
            "accepted",
            "good.json",
            TeacherMsg::Accepted.text(Lang::UzLatn).to_string(),
        ),
        (
            "tampered",
            "edited.json",
            JuryMsg::ReasonIdeaTampered.text(Lang::UzLatn).to_string(),
        ),
        (
            "not-an-idea",
            "pack.json",
            wrong_kind(JuryMsg::FileJuryPack, JuryMsg::FileIdea, Lang::UzLatn),
        ),
        (
            "unreadable",
            "notes.txt",
            JuryMsg::ReasonUnreadable.text(Lang::UzLatn).to_string(),
        ),
    ];
    for ((kind, line), (want, file, reason)) in listed.iter().zip(expect) {
        assert_eq!(kind, want, "{line}");
        assert!(
            line.contains(file) && line.contains(&reason),
            "{line} names {file} and says «{reason}»"
        );
    }
    assert_eq!(
        root.query_selector_all(".accepted-idea").unwrap().length(),
        1
    );
    // Kept in local storage at once, sealed.
    let state = decode_organizer(&local().get_item("halol.organizer").unwrap().unwrap()).unwrap();
    assert_eq!(state.ideas.len(), 1);
    assert!(state.ideas[0].verify());
    drop(handle);
    clear_storage();
}

#[wasm_bindgen_test]
async fn an_unreadable_draft_is_set_aside_and_never_overwritten() {
    clear_in_uzbek();
    local()
        .set_item(DRAFT_KEY, "{\"v\": 1, \"draft\": [cut off")
        .unwrap();
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), IdeasApp);
    wait_for("the notice", &root, || {
        root.query_selector("[data-notice=StorageUnreadable]")
            .ok()
            .flatten()
            .is_some()
    })
    .await;
    let backup = "halol.backup.halol.idea-draft.0";
    assert_eq!(
        local().get_item(backup).unwrap().as_deref(),
        Some("{\"v\": 1, \"draft\": [cut off")
    );
    // Typing works, and saves a new draft; the old text stays in its backup.
    type_into(&root, "#idea-title", "Yangi gʻoya", "input");
    let draft = decode_idea_draft(&local().get_item(DRAFT_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(draft.title, "Yangi gʻoya");
    assert_eq!(
        local().get_item(backup).unwrap().as_deref(),
        Some("{\"v\": 1, \"draft\": [cut off")
    );
    drop(handle);
    clear_storage();
}

#[wasm_bindgen_test]
fn a_submitted_idea_is_stored_even_over_an_unreadable_list() {
    clear_storage();
    local().set_item("halol.my-ideas", "not json").unwrap();
    let store = Store::open();
    let record = idea("Ochiq taxta", 0);
    let added = store.add_my_idea(record.clone());
    assert!(
        matches!(&added, Err(halol::ui::storage::StorageError::Unreadable { backup_key: Some(k), .. }) if k == "halol.backup.halol.my-ideas.0"),
        "{added:?}"
    );
    assert_eq!(store.load_my_ideas(), Ok(vec![record]));
    assert_eq!(
        local()
            .get_item("halol.backup.halol.my-ideas.0")
            .unwrap()
            .as_deref(),
        Some("not json")
    );
    clear_storage();
}
