#!/usr/bin/env bash
# Builds the whole site (release) into one folder, default dist/:
#   1. the student app: index.html → dist/ (halol-web's wasm, CSS, quizzes/, public files, sw.js)
#   2. the teacher's page: teacher.html → dist/teacher/ (halol-teacher's own wasm and CSS)
# The order matters: each Trunk build empties only its own output folder, so the student build
# goes first and the teacher build then replaces only dist/teacher/. public_url = "./" keeps every
# link relative, so the site works from any sub-path; the teacher's page fetches the packs from
# ../quizzes/ and links students to ../?contest=CODE.
# The post_build hook (tools/build-sw.mjs) writes a service worker for each page: dist/sw.js
# (the student app) and dist/teacher/sw.js (the teacher's page, which also precaches the packs in
# ../quizzes/), so both work offline after one visit.
#   scripts/build.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist=${1:-dist}

trunk build index.html --release --dist "$dist"
trunk build teacher.html --release --dist "$dist/teacher"

# Both pages must be there: a build that wiped the other's files fails here, not in production.
for page in "$dist/index.html" "$dist/sw.js" "$dist/teacher/index.html" "$dist/teacher/sw.js"; do
  [ -f "$page" ] || { echo "build.sh: $page is missing" >&2; exit 1; }
done
ls "$dist"/quizzes/*.json >/dev/null
