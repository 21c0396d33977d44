//! Component tests: real components mounted in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use halol::engine::text::Lang;
use halol::ui::{home_page::HomePage, i18n};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element to mount into, attached to the document body.
fn container() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("div").expect("a div can be created");
    doc.body()
        .expect("the test page has a body")
        .append_child(&el)
        .expect("append works");
    el.unchecked_into()
}

#[wasm_bindgen_test]
fn home_page_lists_every_bundled_quiz_title() {
    let root = container();
    let catalog = halol::bundled::catalog().expect("the bundled catalog parses");
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
    let catalog = halol::bundled::catalog().expect("the bundled catalog parses");
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
