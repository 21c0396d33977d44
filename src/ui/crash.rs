//! The last line of defence: a panic anywhere replaces the page with a readable message in every
//! language instead of leaving a blank or frozen screen. Stored progress is untouched.
//!
//! The message itself lives once, as `<template id="crash">` in `shell/crash.html`, which Trunk
//! inlines into every page; the page also shows it when the wasm fails to start.

use std::panic;

/// Shown when the page has no crash template (e.g. in component tests).
const FALLBACK_MESSAGE: &str = "Something went wrong. Reload the page: your answers are saved.";

/// Installs a panic hook that logs the panic to the console and shows the crash message.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let message = document
            .get_element_by_id("crash")
            .map(|tpl| tpl.inner_html())
            .unwrap_or_else(|| format!(r#"<p role="alert">{FALLBACK_MESSAGE}</p>"#));
        if let Some(body) = document.body() {
            body.set_inner_html(&message);
        }
    }));
}
