//! Halol: offline-first quiz and idea contests against corruption, for young people in Uzbekistan.
//!
//! The crate has two halves:
//! - [`engine`]: the pure core (quiz packs, validation, sessions, scoring, formats). It never touches
//!   the browser, reads no clock and draws no random number; it is tested natively.
//! - `ui` (wasm32 only): the Leptos shell that turns DOM events into engine calls and renders the
//!   results, plus the one module that owns the browser's storage.

pub mod bundled;
pub mod engine;

#[cfg(target_arch = "wasm32")]
pub mod ui;
