#!/usr/bin/env bash
# Installs what building, serving and testing Halol needs, and skips what is already present at the
# right version. Nothing is downloaded from outside the package registries (crates.io, npm, Debian).
#
#   scripts/setup.sh            toolchain for building and serving (wasm32 target, Trunk,
#                               wasm-bindgen, wasm-opt from npm's binaryen, and Debian's Rust
#                               1.96 with its library source in tools/rust-web/, which
#                               scripts/release-env.sh uses to build the release wasm smaller;
#                               Chromium and playwright-core, with which the build captures the
#                               static first screen)
#   scripts/setup.sh --browser  the same, plus chromedriver for the component tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
# Debian 12's rustc-web (security updates), its LLVM, for the release wasm (scripts/release-env.sh).
RUST_WEB_VERSION=1.96
RUST_WEB_SERIES=1.96
RUST_WEB_LLVM=22
# The CLI must equal the wasm-bindgen crate version in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)

say() { printf '[setup] %s\n' "$*"; }
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"

want_browser=0
[ "${1:-}" = "--browser" ] && want_browser=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding the Rust component $component"
    rustup component add "$component"
  fi
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing Trunk $TRUNK_VERSION from crates.io (several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 10 minutes)"
  # No --locked: its lock file names a webpki-roots version the registry here does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# The release wasm is built by Debian's rustc-web 1.96 with its standard library rebuilt for size
# (see scripts/release-env.sh). rustup cannot download a library source here, Debian ships one:
# the packages are unpacked into tools/rust-web/, nothing is installed system-wide.
rust_web=tools/rust-web
rust_web_ok() {
  LD_LIBRARY_PATH="$rust_web/usr/lib/x86_64-linux-gnu" "$rust_web/usr/bin/rustc" --version 2>/dev/null \
    | grep -q "^rustc $RUST_WEB_VERSION" && [ -d "$rust_web/usr/lib/rustlib/src/rust/library/std" ]
}
if ! rust_web_ok; then
  say "unpacking Debian's rustc-web $RUST_WEB_VERSION and its library source into $rust_web"
  debs=$(mktemp -d)
  packages=(rustc-web libstd-rust-web-dev "libstd-rust-web-$RUST_WEB_SERIES" rust-web-src "libllvm$RUST_WEB_LLVM")
  if ! (cd "$debs" && apt-get download "${packages[@]}"); then
    as_root apt-get update
    (cd "$debs" && apt-get download "${packages[@]}")
  fi
  rm -rf "$rust_web"
  mkdir -p "$rust_web"
  for deb in "$debs"/*.deb; do dpkg -x "$deb" "$rust_web"; done
  rm -rf "$debs"
  rust_web_ok || { echo "setup.sh: $rust_web/usr/bin/rustc is not rustc $RUST_WEB_VERSION" >&2; exit 1; }
fi

npm_ok=1
[ -x tools/node_modules/.bin/wasm-opt ] || npm_ok=0
[ -d tools/node_modules/playwright-core ] || npm_ok=0
[ -d tools/node_modules/terser ] || npm_ok=0
[ -d tools/node_modules/lightningcss ] || npm_ok=0
if [ "$npm_ok" = 1 ] && ! tools/node_modules/.bin/wasm-opt --version | grep -q "version $BINARYEN_VERSION"; then
  npm_ok=0
fi
if [ "$npm_ok" = 0 ]; then
  say "installing npm tools (binaryen $BINARYEN_VERSION for wasm-opt, terser, lightningcss, playwright-core) into tools/node_modules"
  npm ci --prefix tools --no-audit --no-fund
fi

# Chromium: the build captures the student app's static first screen with it (tools/prerender.mjs);
# the component tests drive it through chromedriver.
browser_packages=()
command -v chromium >/dev/null || browser_packages+=(chromium)
[ "$want_browser" = 0 ] || command -v chromedriver >/dev/null || browser_packages+=(chromium-driver)
if [ "${#browser_packages[@]}" -gt 0 ]; then
  say "installing ${browser_packages[*]} from Debian packages"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y "${browser_packages[@]}"
fi

say "fetching crates"
cargo fetch --quiet
say "ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}'), release $(LD_LIBRARY_PATH="$rust_web/usr/lib/x86_64-linux-gnu" "$rust_web/usr/bin/rustc" --version)"
