//! The Leptos shell (wasm32 only).
pub fn mount() {}
