//! The pure core. Nothing under `engine` imports a browser crate (`leptos`, `web_sys`, `js_sys`,
//! `gloo`, `wasm_bindgen`), reads the clock or draws a random number: times and seeds are passed in.
//! `tests/purity.rs` enforces this.

pub mod catalog;
pub mod contest_code;
pub mod csv;
pub mod dates;
pub mod export_csv;
pub mod export_xlsx;
pub mod idea;
pub mod import;
pub mod letters;
pub mod named;
pub mod pack;
pub mod qr;
pub mod qr_scan;
pub mod qr_series;
pub mod ranking;
pub mod result_record;
pub mod route;
pub mod saved;
pub mod school;
pub mod scoring;
pub mod seal;
pub mod session;
pub mod shuffle;
pub mod text;
pub mod transliterate;
pub mod versioned;
pub mod workbook;
