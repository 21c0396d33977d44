#!/usr/bin/env bash
# Builds the release bundle and prints raw, gzip and brotli bytes of each file in dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
node tools/size.mjs dist
