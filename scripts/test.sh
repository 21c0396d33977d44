#!/usr/bin/env bash
# The one test command (`make test`): installs what is missing, then runs every layer and fails if
# any layer fails or runs no test:
#   1. cargo fmt --check
#   2. cargo clippy --all-targets -D warnings, for the host and for wasm32-unknown-unknown
#   3. native cargo test (the pure engine, the CLI, every bundled pack)
#   4. component tests (wasm-bindgen-test) in headless Chromium
#   5. end-to-end journeys (playwright-core + Chromium) against the release bundle on 127.0.0.1
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
# Temporary files of the browsers and test runners (Chromium's scoped dirs, profiles) go to a
# folder of the project that each run empties first, so repeated runs never fill the machine's /tmp.
export TMPDIR="$PWD/target/tmp"
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR"
export CHROME_PATH=/usr/bin/chromium

logs=target/test-logs
mkdir -p "$logs"
summary=()
step() { printf '\n==== %s\n' "$1"; }

# Sums "test result: ok. N passed" lines of cargo test output; fails the run when none passed.
cargo_tests() {
  local name=$1 log=$2
  shift 2
  if ! "$@" 2>&1 | tee "$log"; then
    echo "FAILED: $name"; exit 1
  fi
  local passed
  passed=$(grep -Eo 'test result: ok\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
  if [ "$passed" -eq 0 ]; then echo "FAILED: $name ran no test"; exit 1; fi
  summary+=("$name: $passed passed")
}

step "format"
cargo fmt --check
summary+=("cargo fmt --check: clean")

step "clippy (host)"
cargo clippy --all-targets --locked -- -D warnings
step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
summary+=("clippy host + wasm32: clean")

step "native tests"
cargo_tests "native cargo test" "$logs/native.log" cargo test --locked

step "component tests (headless Chromium)"
cargo_tests "component tests" "$logs/components.log" \
  cargo test --locked --target wasm32-unknown-unknown --test components --test storage --test teacher --test ideas

step "release bundle (every page into dist/)"
scripts/build.sh

step "byte budget of the student's first load"
node tools/first-load.mjs dist | tee "$logs/first-load.log"
summary+=("first load: $(grep -Eo 'first load \(brotli\) +[0-9.]+ KB' "$logs/first-load.log" | awk '{print $(NF-1)}') KB brotli; $(grep -E '^budget:' "$logs/first-load.log")")

step "end-to-end journeys (Chromium, release bundle on 127.0.0.1)"
if ! node --test --test-reporter=spec --test-concurrency=1 tests/e2e/ 2>&1 | tee "$logs/e2e.log"; then
  echo "FAILED: end-to-end journeys"; exit 1
fi
e2e_passed=$(grep -Eo '^ℹ pass [0-9]+' "$logs/e2e.log" | awk '{print $3}')
if [ "${e2e_passed:-0}" -eq 0 ]; then echo "FAILED: end-to-end ran no test"; exit 1; fi
summary+=("end-to-end: $e2e_passed passed (screenshots in target/e2e/)")

printf '\n==== summary\n'
printf '%s\n' "${summary[@]}"
