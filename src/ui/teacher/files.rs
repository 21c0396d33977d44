//! The browser's file edges of the teacher's page: reading the files the teacher picks or drops,
//! and handing a text to the browser as a download.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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

/// Offers `text` as a file download named `name` (a Blob, an object URL and a clicked
/// `<a download>`).
pub fn download(name: &str, text: &str, mime: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(err)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&a).map_err(err)?;
    a.click();
    a.remove();
    // The click has handed the file to the browser; the URL is released a little later.
    let release = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(release.unchecked_ref(), 10_000);
    }
    Ok(())
}
