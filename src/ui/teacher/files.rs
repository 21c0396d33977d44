//! The browser's file edges of the teacher's page: reading the files the teacher picks or drops.

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
