//! The idea contest's organizer and juror page entry point: mounts the jury app. Built for
//! wasm32 by Trunk from `jury.html` into `dist/jury/`, as its own wasm, so students never load
//! the spreadsheet writer or the merging.

#[cfg(target_arch = "wasm32")]
fn main() {
    halol::ui::jury::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "halol-jury runs in the browser: build it with `scripts/build.sh` (see README.md), \
         then open jury/ next to the student app"
    );
}
