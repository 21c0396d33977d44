#!/usr/bin/env bash
# Builds both pages (scripts/build.sh) and prints raw, gzip and brotli bytes of each file: first the
# student app (dist/ without teacher/), then what the teacher's page adds (dist/teacher/).
#   scripts/size.sh [--no-build]   (--no-build: report on the dist/ already built)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
[ "${1:-}" = "--no-build" ] || scripts/build.sh
student=$(mktemp -d)
trap 'rm -rf "$student"' EXIT
cp -r dist/. "$student"
rm -rf "$student/teacher"
echo "== student app: dist/ without teacher/"
node tools/size.mjs "$student"
echo
echo "== what the teacher's page adds: dist/teacher/"
node tools/size.mjs dist/teacher
