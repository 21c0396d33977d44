//! The classroom contest's student page entry point: mounts the join screen, the contest and the
//! hand-off. Built for wasm32 by Trunk from `contest.html` into `dist/contest/`, as its own wasm,
//! so the student app's first load never carries the code parsing, sealing and QR drawing.

#[cfg(target_arch = "wasm32")]
fn main() {
    halol::ui::contest::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "halol-contest runs in the browser: build it with `scripts/build.sh` (see README.md), \
         then open contest/ next to the student app"
    );
}
