//! The Leptos shell (wasm32 only): components turn DOM events into engine calls and render what
//! comes back. Nothing here decides quiz rules; that is the engine's job.

pub mod app;
pub mod browser;
pub mod camera;
pub mod contest;
pub mod crash;
pub mod files;
pub mod hand_off;
pub mod home_page;
pub mod i18n;
pub mod idea_contest;
pub mod ideas;
pub mod join_page;
pub mod jury;
pub mod my_results_page;
pub mod notices;
pub mod play_view;
pub mod quiz_page;
pub mod result_view;
pub mod review;
pub mod scanner;
pub mod storage;
pub mod teacher;

/// Mounts the app on `<body>`, after installing the panic logger and removing the static loading
/// indicator that `index.html` shows while the wasm starts.
pub fn mount() {
    app::mount_page(app::App);
}
