//! The last line of defence against a blank or frozen screen lives in the page, not here: a panic
//! stops the wasm (the release build aborts at once, see `scripts/release-env.sh`), the trap
//! reaches the page as a `WebAssembly.RuntimeError`, and the guard in `shell/crash.html` (inlined
//! into every page) replaces the page with a readable message in every language. Stored progress
//! is untouched.
//!
//! Debug builds (component tests, `trunk serve`) also log the panic's message to the console.

/// Logs panics to the browser console in debug builds; nothing in the release build, whose
/// panics abort without a message.
pub fn install_panic_hook() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
}
