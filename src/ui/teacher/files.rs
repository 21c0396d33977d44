//! The browser's file edges of the teacher's page: the file picker, reading the files the teacher
//! picks or drops.

use crate::ui::i18n::{t, Msg};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A button that opens the file picker for many JSON files (the input itself is visually hidden
/// but labelled by the button) and hands the chosen files to `on_files`.
#[component]
pub fn FilePicker<F>(
    /// The input's name (for tests and forms).
    name: &'static str,
    /// The button's text.
    label: Msg,
    /// Extra classes of the button, e.g. `secondary`.
    #[prop(optional)]
    class: &'static str,
    /// Called with the chosen files.
    on_files: F,
) -> impl IntoView
where
    F: Fn(Vec<web_sys::File>) + Copy + Send + Sync + 'static,
{
    view! {
        <label class=format!("btn file-pick {class}")>
            {t(label)}
            <input
                class="visually-hidden"
                type="file"
                name=name
                multiple
                accept=".json,application/json"
                on:change=move |ev| {
                    let Some(input) = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                        return;
                    };
                    on_files(list(input.files()));
                    input.set_value("");
                }
            />
        </label>
    }
}

/// The files of a `FileList` (picker or drop), in order.
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Reads every file: its name and its bytes, or why it could not be read.
pub async fn read_all(files: Vec<web_sys::File>) -> Vec<(String, Result<Vec<u8>, String>)> {
    let mut out = Vec::with_capacity(files.len());
    for file in files {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(e) => Err(format!("{e:?}")),
        };
        out.push((file.name(), bytes));
    }
    out
}
