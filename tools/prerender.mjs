// The student app's static first screen. Opens the built app (DIR, default dist/) in headless
// Chromium in each interface language, captures the markup the app draws for the home page (on a
// Friday and on another day) and for each quiz's intro, and writes it into DIR/index.html with the
// short script that picks the variant for the visitor's language and address before the wasm
// arrives (shell/first-screen.js). The page thus paints its real first screen after one round trip;
// when the wasm has drawn the same screen, the static copy is removed in the same frame
// (`browser::end_boot`).
//
// Captured from the running app, the copy is the app's own markup, so the two cannot drift: a
// journey (tests/e2e/first-screen.test.mjs) checks that they match in every language.
//   node tools/prerender.mjs [DIR]
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyInline } from './minify-js.mjs';
import { startServer } from './static-server.mjs';

const repo = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const dir = process.argv[2] ?? join(repo, 'dist');
const require = createRequire(join(repo, 'tools', 'package.json'));
const { chromium } = require('playwright-core');
const { transform } = require('lightningcss');

const LANGS = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'];
// A Friday (the Friday quiz comes first and is marked) and a Thursday, at noon local time.
const DAYS = { friday: '2026-11-27T12:00:00', home: '2026-11-26T12:00:00' };

/** The app's markup for `hash` in `lang` on `day`: every element it mounted on <body>. */
async function capture(browser, url, lang, hash, day) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.clock.setFixedTime(new Date(DAYS[day]));
  // The language as chosen by the student (the stored preference), so no browser setting matters.
  await page.addInitScript((l) => localStorage.setItem('halol.prefs', JSON.stringify({ v: 1, lang: l })), lang);
  await page.goto(`${url}${hash}`);
  // The screen itself, not the loading line drawn while a quiz's pack is read.
  await page.waitForSelector(hash === '#/' ? 'main#main .pack-list' : 'main#main .intro', { timeout: 30_000 });
  // Two frames, so every effect of the first render has run.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const html = await page.evaluate(() => {
    // A <select>'s choice is a property: written as an attribute, so the copy shows it.
    for (const select of document.querySelectorAll('select')) {
      for (const option of select.options) option.toggleAttribute('selected', option.selected);
    }
    const nodes = [...document.body.children].filter((e) => !['SCRIPT', 'NOSCRIPT', 'TEMPLATE'].includes(e.tagName));
    return nodes.map((e) => e.outerHTML).join('');
  });
  await context.close();
  if (errors.length) throw new Error(`${lang} ${hash}: ${errors.join('; ')}`);
  if (!html.startsWith('<header class="topbar">')) throw new Error(`${lang} ${hash}: unexpected markup: ${html.slice(0, 200)}`);
  // Leptos's empty placeholder comments carry nothing a static copy needs.
  return html.replace(/<!---->/g, '');
}

// The bundled packs: a pack's file name is its id (checked by the pack validation).
const packs = readdirSync(join(dir, 'quizzes'))
  .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
  .map((f) => f.slice(0, -'.json'.length));
const server = await startServer({ dir });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const screens = {};
try {
  for (const lang of LANGS) {
    const variants = {};
    variants.home = await capture(browser, server.url, lang, '#/', 'home');
    variants.friday = await capture(browser, server.url, lang, '#/', 'friday');
    for (const id of packs) variants[`quiz/${id}`] = await capture(browser, server.url, lang, `#/quiz/${id}`, 'home');
    screens[lang] = variants;
  }
} finally {
  await browser.close();
  server.stop();
}

/**
 * Trunk's loader of `html` replaced by shell/start.js, which starts the wasm after the first paint,
 * and its preloads of the JS and wasm removed (they would start both before the paint).
 */
function startAfterPaint(html) {
  const loader = /<script type="module">\s*import init, \* as bindings from '(\.\/[\w-]+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/[\w-]+_bg\.wasm)' \}\);[\s\S]*?<\/script>/;
  const found = loader.exec(html);
  if (!found) throw new Error("prerender: Trunk's loader script was not found in index.html");
  const [, js, wasm] = found;
  const start = readFileSync(join(repo, 'shell', 'start.js'), 'utf8').replace('__JS__', js).replace('__WASM__', wasm);
  let out = html.replace(loader, () => `<script type="module">\n${start}</script>`);
  for (const preload of [`<link rel="modulepreload" href="${js}"`, `<link rel="preload" href="${wasm}"`]) {
    const at = out.indexOf(preload);
    if (at < 0) throw new Error(`prerender: ${preload}> was not found in index.html`);
    out = out.slice(0, at) + out.slice(out.indexOf('>', at) + 1);
  }
  return out;
}

/**
 * `html` without the comments of its sources, and its inline scripts and styles minified (every
 * byte of index.html is in the first load): HTML comments go, each classic or module script is put
 * through terser (tools/minify-js.mjs), each stylesheet through lightningcss (comments and spaces
 * go, colours and rules are written short; nothing is rewritten for older browsers). The screens'
 * markup has no comments: Leptos's placeholders are dropped at capture.
 */
async function minified(html) {
  const out = html
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/(<style>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) =>
      open + transform({ filename: 'index.html', code: Buffer.from(css), minify: true }).code + close);
  const script = /(<script(?: type="module")?>)([\s\S]*?)(<\/script>)/g;
  const parts = [];
  let last = 0;
  for (const m of out.matchAll(script)) {
    parts.push(out.slice(last, m.index), m[1], await minifyInline(m[2], m[1].includes('module')), m[3]);
    last = m.index + m[0].length;
  }
  parts.push(out.slice(last));
  return parts.join('');
}

const index = join(dir, 'index.html');
const source = readFileSync(index, 'utf8');
const marker = '<!--first-screen-->';
if (!source.includes(marker)) throw new Error(`${index} has no ${marker} (shell/boot.html)`);
const picker = readFileSync(join(repo, 'shell', 'first-screen.js'), 'utf8');
// `<` written as \u003c keeps "</script>" inside the markup from closing the script.
const data = JSON.stringify(screens).replace(/</g, '\\u003c');
const script = `<script>\n${picker.replace('__SCREENS__', data)}</script>`;
writeFileSync(index, await minified(startAfterPaint(source.replace(marker, script))));
const count = LANGS.length * Object.keys(screens[LANGS[0]]).length;
console.log(`prerender: ${count} first screens (${LANGS.length} languages × ${Object.keys(screens[LANGS[0]]).join(', ')}) written into ${index}, ${data.length} bytes`);
