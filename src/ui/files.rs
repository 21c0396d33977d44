//! Files the user gives the page (nothing is uploaded anywhere): the picker button, the drop zone
//! around it, and reading the chosen files. Used by the teacher's page (result files, class
//! files) and the jury page (idea files, jury packs, score sheets).

use crate::ui::i18n::{t, AnyText};
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Files read from a picker or a drop: each file's name and its bytes, or why it could not be
/// read.
pub type ReadFiles = Vec<(String, Result<Vec<u8>, String>)>;

/// The files of a `FileList` (picker or drop), in order.
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

/// Reads every file: its name and its bytes, or why it could not be read.
pub async fn read_all(files: Vec<web_sys::File>) -> ReadFiles {
    let mut out = Vec::with_capacity(files.len());
    for file in files {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => Ok(js_sys::Uint8Array::new(&buffer).to_vec()),
            Err(e) => Err(crate::ui::browser::js_error(e)),
        };
        out.push((file.name(), bytes));
    }
    out
}

/// Reads `list` and hands the files to `on_files` (when the page still wants them).
fn read_then(list: Vec<web_sys::File>, on_files: Callback<ReadFiles>) {
    if list.is_empty() {
        return;
    }
    spawn_local(async move {
        let read = read_all(list).await;
        // The page may have moved on meanwhile; then there is nobody to hand the files to.
        let _ = on_files.try_run(read);
    });
}

/// A button that opens the file picker for JSON files (the input itself is visually hidden but
/// labelled by the button) and hands the files read to `on_files`.
#[component]
pub fn FilePicker(
    /// The button's text.
    #[prop(into)]
    label: AnyText,
    /// The file input's `name` (tests and journeys find the input by it).
    name: &'static str,
    /// Whether many files may be chosen at once.
    #[prop(default = true)]
    multiple: bool,
    /// Extra classes of the button, e.g. `secondary`.
    #[prop(optional)]
    class: &'static str,
    /// Called with the files read, in order.
    on_files: Callback<ReadFiles>,
) -> impl IntoView {
    view! {
        <label class=format!("btn file-pick {class}")>
            {t(label)}
            <input
                class="visually-hidden"
                type="file"
                name=name
                multiple=multiple
                accept=".json,application/json"
                on:change=move |ev| {
                    let Some(input) = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
                        return;
                    };
                    read_then(list(input.files()), on_files);
                    input.set_value("");
                }
            />
        </label>
    }
}

/// The picker button and a drop zone around it.
#[component]
pub fn DropZone(
    /// The picker button's text.
    #[prop(into)]
    label: AnyText,
    /// The hint under it ("…or drop the files here").
    #[prop(into)]
    hint: AnyText,
    /// The file input's `name` (tests and journeys find the input by it).
    name: &'static str,
    /// Whether many files may be chosen (or dropped) at once.
    #[prop(default = true)]
    multiple: bool,
    /// Called with the files read, in order.
    on_files: Callback<ReadFiles>,
) -> impl IntoView {
    let over = RwSignal::new(false);
    view! {
        <div
            class="drop-zone"
            class:over=move || over.get()
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                over.set(true);
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                over.set(false);
                let mut dropped = list(ev.data_transfer().and_then(|d| d.files()));
                if !multiple {
                    dropped.truncate(1);
                }
                read_then(dropped, on_files);
            }
        >
            <FilePicker label name multiple on_files />
            <p class="hint">{t(hint)}</p>
        </div>
    }
}
