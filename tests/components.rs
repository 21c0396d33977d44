//! Component tests: real components mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use halol::engine::text::Lang;
use halol::ui::{home_page::HomePage, i18n};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn home_page_lists_every_bundled_quiz_title() {
    let root = container();
    let catalog = halol::bundled::catalog();
    assert!(!catalog.0.is_empty(), "at least one pack is bundled");
    let list = catalog.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        i18n::provide_lang(Lang::UzCyrl);
        view! { <HomePage catalog=list /> }
    });
    let text = root.text_content().unwrap_or_default();
    for pack in &catalog.0 {
        let title = pack
            .title
            .uz_cyrl()
            .expect("every pack has a uz-Cyrl title");
        assert!(
            text.contains(title),
            "the home page shows «{title}»; it shows: {text}"
        );
    }
    let cards = root
        .query_selector_all(".pack-card")
        .expect("selector is valid");
    assert_eq!(cards.length() as usize, catalog.0.len());
    drop(handle);
}

#[wasm_bindgen_test]
fn home_page_shows_titles_in_russian_when_asked() {
    let root = container();
    let catalog = halol::bundled::catalog();
    let list = catalog.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        i18n::provide_lang(Lang::Ru);
        view! { <HomePage catalog=list /> }
    });
    let text = root.text_content().unwrap_or_default();
    for pack in &catalog.0 {
        if let Some(ru) = pack.title.get(Lang::Ru) {
            assert!(
                text.contains(ru),
                "the Russian title «{ru}» is shown; got: {text}"
            );
        }
    }
    drop(handle);
}

#[wasm_bindgen_test]
fn the_interface_in_uz_latn_is_the_transliteration_of_uz_cyrl() {
    use i18n::{Msg, Text};
    // The tables hold uz-Cyrl, Russian and English; uz-Latn is made from uz-Cyrl.
    assert_eq!(Msg::Home.text(Lang::UzCyrl), "Бош саҳифа");
    assert_eq!(Msg::Home.text(Lang::UzLatn), "Bosh sahifa");
    assert_eq!(
        Msg::QuizzesLead.text(Lang::UzLatn),
        "Mashq qiling yoki tanlovda qatnashing. Internet boʻlmasa ham ishlaydi."
    );
    assert_eq!(Msg::Practice.text(Lang::UzLatn), "Mashq");
    // Made once: the same string every time.
    let first = Msg::Home.text(Lang::UzLatn);
    assert!(std::ptr::eq(first, Msg::Home.text(Lang::UzLatn)));
    // A view shows it.
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        i18n::provide_lang(Lang::UzLatn);
        view! { <p>{i18n::t(Msg::FridayBadge)}</p> }
    });
    assert_eq!(
        root.text_content().unwrap_or_default(),
        "Bugun juma — korrupsiyaga qarshi kurashish kuni"
    );
    drop(handle);
}

/// Mounts the question screen of a fresh `mode` attempt at the sample pack and returns its root.
fn mount_play(mode: halol::engine::session::Mode) -> (web_sys::HtmlElement, impl Drop) {
    mount_pack(include_str!("../quizzes/namuna.json"), mode, Lang::UzLatn)
}

/// Mounts the question screen of a fresh `mode` attempt at the pack `json`, shown in `lang`.
fn mount_pack(
    json: &str,
    mode: halol::engine::session::Mode,
    lang: Lang,
) -> (web_sys::HtmlElement, impl Drop) {
    use halol::engine::pack::parse_pack;
    use halol::engine::session::Session;
    use halol::ui::play_view::PlayView;
    use halol::ui::quiz_page::Attempts;
    use std::sync::Arc;

    let pack = Arc::new(parse_pack("namuna.json", json).expect("the test pack is valid"));
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        i18n::provide_lang(lang);
        let session = Session::start(&pack, mode, 7, js_sys::Date::now() as u64, None);
        provide_context(Attempts {
            current: RwSignal::new(Some(session)),
            last: RwSignal::new(None),
            best: RwSignal::new(None),
        });
        view! { <PlayView pack /> }
    });
    (root, handle)
}

/// Picks the first option of the question on screen, waits for the answer button to enable, and
/// submits.
async fn answer_first_option(root: &web_sys::HtmlElement) {
    let find = |selector: &str| {
        root.query_selector(selector)
            .expect("selector is valid")
            .map(|e| e.unchecked_into::<web_sys::HtmlElement>())
    };
    if let Some(option) = find("label.option input") {
        option.click();
    }
    wait_for("the answer button to enable", root, || {
        find("button.submit").is_some_and(|b| !b.has_attribute("disabled"))
    })
    .await;
    find("button.submit")
        .expect("the answer button is on screen")
        .click();
}

#[wasm_bindgen_test]
async fn practice_shows_feedback_right_after_an_answer() {
    let (root, _handle) = mount_play(halol::engine::session::Mode::Practice);
    assert!(
        root.query_selector(".feedback").unwrap().is_none(),
        "no feedback before answering"
    );
    answer_first_option(&root).await;
    let has = |sel: &str| root.query_selector(sel).ok().flatten().is_some();
    wait_for("the practice feedback", &root, || has(".feedback")).await;
    let feedback = root.query_selector(".feedback").unwrap().unwrap();
    let text = feedback.text_content().unwrap_or_default();
    assert!(
        text.contains("Izoh"),
        "the feedback carries the explanation: {text}"
    );
    assert!(
        root.query_selector("button.next").unwrap().is_some(),
        "practice waits for Next"
    );
}

#[wasm_bindgen_test]
async fn contest_shows_no_feedback_and_moves_on() {
    let (root, _handle) = mount_play(halol::engine::session::Mode::Contest);
    assert!(root.text_content().unwrap_or_default().contains("1-savol"));
    assert!(
        root.query_selector(".timer").unwrap().is_some(),
        "a contest shows its timer"
    );
    answer_first_option(&root).await;
    let text = || root.text_content().unwrap_or_default();
    wait_for("question 2", &root, || text().contains("2-savol")).await;
    assert!(
        root.query_selector(".feedback").unwrap().is_none(),
        "a contest shows no feedback before the end: {}",
        root.inner_html()
    );
}

#[wasm_bindgen_test]
async fn a_question_without_a_russian_text_says_so_in_russian() {
    // The sample pack with the Russian text of every question removed.
    let mut pack: serde_json::Value =
        serde_json::from_str(include_str!("../quizzes/namuna.json")).expect("valid JSON");
    for q in pack["questions"].as_array_mut().expect("questions") {
        q["text"].as_object_mut().expect("a text map").remove("ru");
    }
    let (root, _handle) = mount_pack(
        &pack.to_string(),
        halol::engine::session::Mode::Practice,
        Lang::Ru,
    );
    let text = root.text_content().unwrap_or_default();
    assert!(
        text.contains("Перевода нет"),
        "the fallback note is shown: {text}"
    );
    assert!(
        text.contains("Қонун"),
        "the uz-Cyrl text is shown instead: {text}"
    );
    assert!(
        text.contains("Ответить"),
        "the interface stays Russian: {text}"
    );
}

#[wasm_bindgen_test]
async fn a_refused_skip_is_explained_in_the_students_language() {
    let (root, _handle) = mount_pack(
        include_str!("../quizzes/namuna.json"),
        halol::engine::session::Mode::Contest,
        Lang::Ru,
    );
    let text = || root.text_content().unwrap_or_default();
    // A contest moves on after each answer: answer the first two of the three questions.
    answer_first_option(&root).await;
    wait_for("question 2", &root, || text().contains("2 из 3")).await;
    answer_first_option(&root).await;
    wait_for("question 3", &root, || text().contains("3 из 3")).await;
    // Skipping the last open question has nowhere to go.
    root.query_selector("button.skip")
        .unwrap()
        .expect("the skip button is on screen")
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    let alert = || {
        root.query_selector(".error-panel[role=alert]")
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
    };
    wait_for("the refusal", &root, || alert().is_some()).await;
    assert_eq!(
        alert().unwrap(),
        "Все остальные вопросы отвечены или закрыты. Завершите викторину, чтобы увидеть результат."
    );
}
