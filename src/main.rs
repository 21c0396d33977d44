//! The browser entry point: mounts the app. Built for wasm32 by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    halol::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("halol-web runs in the browser: build it with `trunk build` (see README.md)");
}
