//! What the component tests (wasm-bindgen-test in headless Chromium) share: local storage, a
//! fresh element to mount into, waiting for the screen, finding and reading elements, typing and
//! choosing files as a user would.
#![allow(dead_code)]

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The page's `localStorage`.
pub fn local() -> web_sys::Storage {
    web_sys::window()
        .expect("the test page has a window")
        .local_storage()
        .expect("the test page may use localStorage")
        .expect("the test page has localStorage")
}

/// An empty `localStorage`, at the start and the end of every test.
pub fn clear_storage() {
    local().clear().expect("localStorage can be cleared");
}

/// A fresh element to mount into, attached to the document body.
pub fn container() -> web_sys::HtmlElement {
    let doc = document();
    let el = doc.create_element("div").expect("a div can be created");
    doc.body()
        .expect("the test page has a body")
        .append_child(&el)
        .expect("append works");
    el.unchecked_into()
}

/// Waits (at most three seconds) until `condition` holds, yielding to the browser between checks.
pub async fn wait_for(what: &str, root: &web_sys::HtmlElement, condition: impl Fn() -> bool) {
    let start = js_sys::Date::now();
    while !condition() {
        assert!(
            js_sys::Date::now() - start < 3000.0,
            "waited three seconds for {what}; the screen shows: {}",
            root.inner_html()
        );
        let next_frame = js_sys::Promise::new(&mut |resolve, _| {
            window()
                .request_animation_frame(&resolve)
                .expect("requestAnimationFrame is available");
        });
        wasm_bindgen_futures::JsFuture::from(next_frame)
            .await
            .expect("a frame comes");
    }
}

pub fn find<T: JsCast>(root: &web_sys::HtmlElement, selector: &str) -> T {
    root.query_selector(selector)
        .expect("the selector is valid")
        .unwrap_or_else(|| panic!("`{selector}` is on the screen: {}", root.inner_html()))
        .unchecked_into()
}

pub fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    find::<web_sys::HtmlElement>(root, selector)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_string()
}

/// Waits until the text of `selector` is `expected` (the screen updates a moment after an event).
pub async fn expect_text(root: &web_sys::HtmlElement, selector: &str, expected: &str) {
    wait_for(
        &format!("`{selector}` to read «{expected}»"),
        root,
        || {
            root.query_selector(selector)
                .ok()
                .flatten()
                .and_then(|e| e.text_content())
                .is_some_and(|t| t.trim() == expected)
        },
    )
    .await;
}

/// Waits until the form control `selector` holds `expected`.
pub async fn expect_value(root: &web_sys::HtmlElement, selector: &str, expected: &str) {
    wait_for(
        &format!("`{selector}` to hold «{expected}»"),
        root,
        || {
            root.query_selector(selector).ok().flatten().is_some()
                && value_of(root, selector) == expected
        },
    )
    .await;
}

/// Types `value` into the form control `selector` as a user would (value, then the event).
pub fn type_into(root: &web_sys::HtmlElement, selector: &str, value: &str, event: &str) {
    let el: web_sys::HtmlElement = find(root, selector);
    js_sys::Reflect::set(&el, &"value".into(), &value.into()).expect("value is settable");
    el.dispatch_event(&web_sys::Event::new(event).expect("an event"))
        .expect("dispatch works");
}

pub fn value_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    let el: web_sys::HtmlElement = find(root, selector);
    js_sys::Reflect::get(&el, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Hands `files` (name, contents) to the file input `selector`, as a picker would.
pub fn choose_files(root: &web_sys::HtmlElement, selector: &str, files: &[(&str, &str)]) {
    let transfer = web_sys::DataTransfer::new().expect("DataTransfer can be made");
    for (name, contents) in files {
        let file = web_sys::File::new_with_str_sequence(
            &js_sys::Array::of1(&JsValue::from_str(contents)),
            name,
        )
        .expect("a file can be made");
        transfer
            .items()
            .add_with_file(&file)
            .expect("the file is added");
    }
    let input: web_sys::HtmlInputElement = find(root, selector);
    input.set_files(transfer.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

/// Every element matching `selector` as `(data-outcome, text)`: the outcome lists of imports.
pub fn outcomes(root: &web_sys::HtmlElement, selector: &str) -> Vec<(String, String)> {
    let found = root
        .query_selector_all(selector)
        .expect("the selector is valid");
    (0..found.length())
        .map(|i| {
            let li: web_sys::Element = found.get(i).unwrap().unchecked_into();
            (
                li.get_attribute("data-outcome").unwrap_or_default(),
                li.text_content().unwrap_or_default(),
            )
        })
        .collect()
}
