//! The idea contest's student page entry point: mounts the idea form. Built for wasm32 by Trunk
//! from `ideas.html` into `dist/ideas/`, as its own wasm, so the quiz app's first load never
//! carries it.

#[cfg(target_arch = "wasm32")]
fn main() {
    halol::ui::ideas::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "halol-ideas runs in the browser: build it with `scripts/build.sh` (see README.md), \
         then open ideas/ next to the student app"
    );
}
