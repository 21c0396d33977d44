#!/usr/bin/env bash
# Builds the whole site (release) into one folder, default dist/:
#   1. the student app: index.html → dist/ (halol-web's wasm, CSS, quizzes/ with each pack's
#      language editions, public files, sw.js), with its static first screen captured from the
#      built app in headless Chromium
#   2. the classroom contest's student page: contest.html → dist/contest/ (halol-contest: joining
#      by code, sealing, hand-off by file and QR codes, the student's results)
#   3. the teacher's page: teacher.html → dist/teacher/ (halol-teacher's own wasm and CSS)
#   4. the idea contest's student page: ideas.html → dist/ideas/ (halol-ideas, light: no
#      spreadsheet writer, no QR reader)
#   5. the idea contest's organizer and juror page: jury.html → dist/jury/ (halol-jury)
# The order matters: each Trunk build empties only its own output folder, so the student build
# goes first and each later build then replaces only its own sub-folder. public_url = "./" keeps
# every link relative, so the site works from any sub-path; the teacher's page fetches the packs
# from ../quizzes/ and links students to ../contest/?contest=CODE.
# The post_build hook (tools/build-sw.mjs) writes a service worker for each page, with a cache
# named after the page: dist/sw.js (the student app), dist/contest/sw.js and dist/teacher/sw.js
# (which also precache the packs in ../quizzes/), dist/ideas/sw.js and dist/jury/sw.js, so every
# page works offline after one visit. The student app also registers the contest page's worker
# (once its own is active), so a phone that opened Halol once can join a classroom contest with no
# network.
# Compiled by Debian's rustc-web with the standard library rebuilt for size (scripts/release-env.sh).
#   scripts/build.sh [DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
dist=${1:-dist}
# The command-line tool writes the packs' language editions (built before the release compiler's
# settings are loaded: it is a native program of the stable toolchain).
cargo build --quiet --bin halol
halol="${CARGO_TARGET_DIR:-target}/debug/halol"
# The release compiler and its size flags (standard library rebuilt, panics abort at once).
source scripts/release-env.sh

trunk build index.html --release --dist "$dist"
# Each pack, validated, as the language editions the student app and the contest page download
# (dist/quizzes/uz/, dist/quizzes/ru/; engine::pack::edition).
"$halol" editions quizzes "$dist/quizzes"
# The static first screen: the app's own home and quiz intros, captured in headless Chromium,
# written into index.html (tools/prerender.mjs); then the worker again, for the new index.html.
node tools/prerender.mjs "$dist"
TRUNK_STAGING_DIR="$dist" TRUNK_HTML_FILE=index.html TRUNK_SOURCE_DIR="$PWD" node tools/build-sw.mjs
trunk build contest.html --release --dist "$dist/contest"
trunk build teacher.html --release --dist "$dist/teacher"
trunk build ideas.html --release --dist "$dist/ideas"
trunk build jury.html --release --dist "$dist/jury"

# Every page must be there: a build that wiped another's files fails here, not in production.
for page in "$dist/index.html" "$dist/sw.js" "$dist/contest/index.html" "$dist/contest/sw.js" "$dist/teacher/index.html" "$dist/teacher/sw.js" \
  "$dist/ideas/index.html" "$dist/ideas/sw.js" "$dist/jury/index.html" "$dist/jury/sw.js"; do
  [ -f "$page" ] || { echo "build.sh: $page is missing" >&2; exit 1; }
done
ls "$dist"/quizzes/*.json "$dist"/quizzes/uz/*.json "$dist"/quizzes/ru/*.json >/dev/null
