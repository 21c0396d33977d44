#!/usr/bin/env bash
# The budget bench (`make bench`): builds the release bundle, installs Lighthouse 12.2.3 if
# missing, runs it 5 times per page and fails when a budget is missed. Reports in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
if [ ! -x tools/bench/node_modules/.bin/lighthouse ]; then
  echo "[bench] installing Lighthouse 12.2.3 into tools/bench/node_modules"
  npm ci --prefix tools/bench --no-audit --no-fund
fi
scripts/size.sh
# Lighthouse's Chromium leaves large temporary folders behind: keep them in target/, emptied first.
export TMPDIR="$PWD/target/tmp-bench"
rm -rf "$TMPDIR"
mkdir -p "$TMPDIR"
CHROME_PATH=/usr/bin/chromium node tools/bench.mjs "$@"
