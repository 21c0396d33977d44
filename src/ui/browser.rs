//! The browser's edges that the engine must not touch: the clock, random seeds, the preferred
//! languages, the weekday, the page's `lang`, the static first screen, and fetching bundled files.

use crate::engine::text::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Milliseconds since the Unix epoch, from the device clock.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A fresh seed for shuffling a new attempt.
pub fn new_seed() -> u64 {
    // Two draws of 32 bits each: Math.random has 52 bits of precision at most.
    let hi = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let lo = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (hi << 32) | lo
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}

/// Removes the page's loading indicator or static first screen (`#boot`, see
/// `shell/first-screen.js`). Called by each screen as it draws: the static copy and the app's own
/// nodes, hidden behind it, swap in one frame.
pub fn end_boot() {
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

/// Whether the page shows the static first screen (the app removes it once it draws the same).
pub fn shows_first_screen() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
        .is_some_and(|boot| boot.class_name() == "shell")
}

/// The device's offset from UTC in minutes, east positive (Tashkent: +300).
pub fn utc_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// The device's local day of the week, 0 = Sunday … 5 = Friday.
pub fn local_weekday() -> u32 {
    js_sys::Date::new_0().get_day()
}

/// Sets `<html lang>` so screen readers and fonts follow the chosen language.
pub fn set_document_lang(lang: Lang) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// The current URL hash (`#/quiz/law`), or `""`.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Navigates to a URL hash (adds a history entry, so the back button returns).
pub fn go(hash: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Leaves this page for `url` (relative to the page), in place of it in the history.
pub fn leave_for(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().replace(url);
    }
}

/// What a JavaScript error says, for an error message: `Name: message` for an `Error` (a
/// `DOMException` too), else the thrown value as text. Never `{:?}`: the release build compiles
/// `Debug` formatting to nothing (`-Zfmt-debug=none`, scripts/release-env.sh).
pub fn js_error(e: wasm_bindgen::JsValue) -> String {
    if let Some(error) = e.dyn_ref::<js_sys::Error>() {
        return format!(
            "{}: {}",
            String::from(error.name()),
            String::from(error.message())
        );
    }
    e.as_string()
        .or_else(|| js_sys::JSON::stringify(&e).ok().and_then(|s| s.as_string()))
        .unwrap_or_else(|| "unknown error".to_string())
}

/// Fetches a file relative to the page (e.g. `quizzes/juma.json`) as text.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(js_error)?;
    let response: web_sys::Response = response.dyn_into().map_err(js_error)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(js_error)?)
        .await
        .map_err(js_error)?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

/// Whether a new version of the app is installed and waiting (see `index.html`).
pub fn update_waiting() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"halolUpdate".into()).ok())
        .is_some_and(|v| !v.is_undefined() && !v.is_null())
}

/// Lets the waiting new version take over; the page then reloads once (see `index.html`).
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(f) = js_sys::Reflect::get(&window, &"halolApplyUpdate".into()) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let _ = f.call0(&window);
        }
    }
}

/// Offers `content` as a file download named `file_name`: a Blob, an object URL and a click on a
/// hidden `<a download>`; the URL is released a little later, once the browser has the file.
pub fn download(file_name: &str, mime: &str, content: &[u8]) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(js_error)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js_error)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js_error)?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&a).map_err(js_error)?;
    a.click();
    a.remove();
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// The `contest` parameter of the page URL (`?contest=CODE`), if any.
pub fn contest_param() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("contest="))
        .map(|v| v.to_string())
        .filter(|v| !v.is_empty())
}

/// Replaces the page address with `hash` on the current path, dropping any query, without a new
/// history entry or a reload.
pub fn replace_location(hash: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let path = window.location().pathname().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{hash}")),
        );
    }
}

/// Moves the keyboard focus to the element with this id (a field named in a summary of problems,
/// a warning just shown); nothing when there is none.
pub fn focus(id: &str) {
    if let Some(el) = leptos::prelude::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
