//! The teacher's page entry point: mounts the teacher app. Built for wasm32 by Trunk from
//! `teacher.html` into `dist/teacher/`, as its own wasm, so the student's first load never
//! carries it.

#[cfg(target_arch = "wasm32")]
fn main() {
    halol::ui::teacher::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "halol-teacher runs in the browser: build it with `scripts/build.sh` (see README.md), \
         then open teacher/ next to the student app"
    );
}
