# Sourced by scripts/build.sh: how the release wasm of every page is compiled. The standard
# library is rebuilt with the app (-Zbuild-std) for size, and a panic stops the wasm at once
# (-Cpanic=immediate-abort) instead of formatting a message nobody reads: the page's crash guard
# (shell/crash.html) sees the trap and shows the crash message. With -Zlocation-detail=none no
# source paths are kept for panics. Together about 30 KB of brotli off the student's first load
# (measured with `make size`). With -Zfmt-debug=none, `{:?}` and derived `Debug` print nothing
# (3.5 KB more): messages shown to people never use `Debug` (ui::browser::js_error), and serde's
# errors lose only the quoted value of an unexpected string. Leptos's `--cfg erase_components`
# type-erases each component's view, so the rendering code is not copied per view type (12.9 KB).
# It was once left out for the main thread; alternating Lighthouse runs of the quiz page now find
# no cost (ARCHITECTURE.md, plan point 9).
#
# rustup's toolchain has no library source here, so the compiler is Debian's rustc-web with its
# source (unpacked into tools/rust-web/ by scripts/setup.sh); RUSTC_BOOTSTRAP lets its stable
# release take the -Z flags. Its own target folder keeps these builds apart from the stable
# toolchain's (tests, clippy).
rust_web="$PWD/tools/rust-web"
export RUSTC="$rust_web/usr/bin/rustc"
export LD_LIBRARY_PATH="$rust_web/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$(rustup run stable rustc --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none --cfg erase_components"
export CARGO_TARGET_DIR="$PWD/target/release-web"
