// The byte budget of the student's first load, checked by `make test` (cheap: no browser): every
// file a student's phone downloads on a first visit to a quiz (index.html with its inlined CSS,
// the JS glue, the wasm, the manifest and icons the page asks for, and the largest questions file
// of a quiz pack's language editions), brotli-compressed as a static host would serve them. A
// pack's notes file (explanations, sources, option feedback) is fetched once the quiz's questions
// are on screen, not by the first load: it is printed apart.
//   node tools/first-load.mjs [dist]
//
// FLOOR_KB is the size and speed budget (≤ 150 KB): a first load over it fails the test, so a
// change that adds to the student app is measured here before it lands (see ARCHITECTURE.md,
// plan point 11, for where the bytes go). `make bench` measures the first load in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const FLOOR_KB = 150;

const dist = process.argv[2] ?? 'dist';
const br = (path) => brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const top = readdirSync(dist);
const pick = (re, what) => {
  const found = top.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`first-load.mjs: one ${what} expected in ${dist}/, found ${found.length}`);
  return found[0];
};
// The app downloads a pack's language edition (quizzes/uz/ or quizzes/ru/), never the pack file.
const editions = ['uz', 'ru'].flatMap((e) =>
  readdirSync(join(dist, 'quizzes', e)).filter((f) => f.endsWith('.json')).map((f) => `quizzes/${e}/${f}`));
const largest = (files) => files
  .map((file) => ({ file, br: br(join(dist, file)) }))
  .sort((a, b) => b.br - a.br)[0];
const isNotes = (f) => f.endsWith('.notes.json');
const largestPack = largest(editions.filter((f) => !isNotes(f)));
const largestNotes = largest(editions.filter(isNotes));
const files = [
  'index.html',
  pick(/^halol-web-.*\.js$/, 'JS glue'),
  pick(/^halol-web-.*_bg\.wasm$/, 'wasm'),
  // The stylesheet is inlined into index.html; a separate one would be fetched too.
  ...top.filter((f) => /^main-.*\.css$/.test(f)),
  'manifest.webmanifest',
  'favicon.svg',
  'icon-192.png',
].map((file) => ({ file, br: br(join(dist, file)) }));
files.push(largestPack);

const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const f of files) console.log(`${f.file.padEnd(44)} ${kb(f.br).padStart(7)} KB`);
const total = files.reduce((s, f) => s + f.br, 0) / 1024;
console.log(`${'first load (brotli)'.padEnd(44)} ${total.toFixed(1).padStart(7)} KB`);
console.log(`${'then, once the questions are on screen:'.padEnd(44)}`);
console.log(`${largestNotes.file.padEnd(44)} ${kb(largestNotes.br).padStart(7)} KB`);
if (total <= FLOOR_KB) {
  console.log(`budget: met (≤ ${FLOOR_KB} KB)`);
} else {
  console.log(`budget: MISSED by ${(total - FLOOR_KB).toFixed(1)} KB (floor ${FLOOR_KB} KB; see make bench)`);
  console.error(`first-load.mjs: the student's first load is over its ${FLOOR_KB} KB budget`);
  process.exit(1);
}
