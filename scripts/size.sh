#!/usr/bin/env bash
# Builds every page (scripts/build.sh) and prints raw, gzip and brotli bytes of each file: first the
# student app (dist/ without its sub-pages), then what each other page adds: the teacher's page
# (dist/teacher/), the idea contest's student page (dist/ideas/) and its organizer and juror page
# (dist/jury/).
#   scripts/size.sh [--no-build]   (--no-build: report on the dist/ already built)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
[ "${1:-}" = "--no-build" ] || scripts/build.sh
pages=(contest teacher ideas jury)
student=$(mktemp -d)
trap 'rm -rf "$student"' EXIT
cp -r dist/. "$student"
for page in "${pages[@]}"; do rm -rf "${student:?}/$page"; done
echo "== student app: dist/ without ${pages[*]/%//}"
node tools/size.mjs "$student"
for page in "${pages[@]}"; do
  echo
  echo "== what the $page page adds: dist/$page/"
  node tools/size.mjs "dist/$page"
done
