//! A file picker inside a drop zone: the organizer's idea files and score sheets (many at once)
//! and the juror's jury pack (one). The files are read in the page (`teacher::files`) and handed
//! over with their names; nothing is uploaded anywhere.

use crate::ui::i18n::{t, Msg};
use crate::ui::teacher::files;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

/// Files read from a picker or a drop: each file's name and its bytes, or why it could not be
/// read.
pub type ReadFiles = Vec<(String, Result<Vec<u8>, String>)>;

/// The picker button (a label around a hidden file input) and the drop zone around it.
#[component]
pub fn DropZone(
    /// The picker button's text.
    label: Msg,
    /// The hint under it ("…or drop the files here").
    hint: Msg,
    /// The file input's `name` (tests and journeys find the input by it).
    name: &'static str,
    /// Whether many files may be chosen at once.
    multiple: bool,
    /// Called with the files read, in order.
    on_files: Callback<ReadFiles>,
) -> impl IntoView {
    let over = RwSignal::new(false);
    let take = move |list: Vec<web_sys::File>| {
        if list.is_empty() {
            return;
        }
        spawn_local(async move {
            let read = files::read_all(list).await;
            // The page may have moved on meanwhile; then there is nobody to hand the files to.
            let _ = on_files.try_run(read);
        });
    };
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
                let mut list = files::list(ev.data_transfer().and_then(|d| d.files()));
                if !multiple {
                    list.truncate(1);
                }
                take(list);
            }
        >
            <label class="btn file-pick">
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
                        take(files::list(input.files()));
                        input.set_value("");
                    }
                />
            </label>
            <p class="hint">{t(hint)}</p>
        </div>
    }
}
