// The size and speed budget: serves the built dist/ on 127.0.0.1 with brotli (as a static host
// would), runs Lighthouse 12.2.3 in its default mobile mode (simulated slow 4G: 150 ms RTT,
// 1.6 Mbit/s, 4x CPU slowdown) RUNS times on the home page and on a quiz page, prints the median
// and range of each figure, writes every report to target/bench/, and exits 1 when a budget is
// missed.   node tools/bench.mjs [--runs 5]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './static-server.mjs';

const repo = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const out = join(repo, 'target', 'bench');
mkdirSync(out, { recursive: true });
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;
const lighthouse = join(repo, 'tools', 'bench', 'node_modules', '.bin', 'lighthouse');

const BUDGET = {
  firstLoadKB: 150, // everything the student's first load transfers, compressed
  performance: 98,
  accessibility: 100,
  bestPractices: 95,
  lcpMs: 1500,
  tbtMs: 100,
  cls: 0.02,
};

function runLighthouse(url, name, i) {
  const path = join(out, `${name}-${i + 1}.json`);
  execFileSync(
    lighthouse,
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${path}`,
      '--only-categories=performance,accessibility,best-practices',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage',
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  );
  const lhr = JSON.parse(readFileSync(path, 'utf8'));
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  // The first load: what the page itself fetched. The service worker's precache of the remaining
  // files happens after the page is interactive and is reported apart.
  // The wasm starts after the first paint (shell/start.js); when the service worker has taken
  // control by then, the page gets the file from the worker's cache (0 bytes in the page's log),
  // which the worker downloaded while precaching (not in the log). Such a file counts with its
  // brotli size, as the worker received it.
  const page = requests
    .filter((r) => !r.url.endsWith('/sw.js') && r.sessionTargetType !== 'worker')
    .map((r) => (r.transferSize || !r.url.startsWith(url.split('#')[0]) ? r : { ...r, transferSize: brotliBytes(r.url.slice(url.split('#')[0].length)) }));
  const byType = {};
  for (const r of page) byType[r.resourceType ?? 'Other'] = (byType[r.resourceType ?? 'Other'] ?? 0) + (r.transferSize ?? 0);
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    firstLoadKB: page.reduce((s, r) => s + (r.transferSize ?? 0), 0) / 1024,
    totalKB: lhr.audits['total-byte-weight'].numericValue / 1024,
    byType,
    failed: Object.values(lhr.categories)
      .flatMap((c) => c.auditRefs)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

/** The brotli size of the file of dist/ at `path` (relative to the site's root). */
function brotliBytes(path) {
  const file = join(repo, 'dist', decodeURIComponent(path.split(/[?#]/)[0]) || 'index.html');
  return existsSync(file) ? brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : 0;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x) => (Number.isInteger(x) ? String(x) : x.toFixed(x < 1 ? 3 : 1));

const server = await startServer({ dir: join(repo, 'dist') });
// Every file once, so the server has compressed it before Lighthouse asks (as a static host serves
// precompressed files).
async function warm(dir, prefix) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) await warm(path, `${prefix}${name}/`);
    else await (await fetch(`${server.url}${prefix}${name}`, { headers: { 'Accept-Encoding': 'br' } })).arrayBuffer();
  }
}
await warm(join(repo, 'dist'), '');
const pages = [
  ['home', server.url],
  ['quiz', `${server.url}#/quiz/qonun-bilimdonlari`],
];
let missed = [];
const summary = {};
try {
  for (const [name, url] of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(runLighthouse(url, name, i));
    summary[name] = runs;
    console.log(`\n${name} page (${url}), ${RUNS} runs: median [min – max]`);
    for (const key of ['performance', 'accessibility', 'bestPractices', 'lcpMs', 'tbtMs', 'cls', 'firstLoadKB', 'totalKB']) {
      const xs = runs.map((r) => r[key]);
      const med = median(xs);
      const budget = BUDGET[key];
      const higherIsBetter = ['performance', 'accessibility', 'bestPractices'].includes(key);
      const ok = budget === undefined || (higherIsBetter ? med >= budget : med <= budget);
      if (!ok) missed.push(`${name}: ${key} ${fmt(med)} (budget ${higherIsBetter ? '≥' : '≤'} ${budget})`);
      console.log(`  ${key.padEnd(14)} ${fmt(med).padStart(8)}  [${fmt(Math.min(...xs))} – ${fmt(Math.max(...xs))}]${budget === undefined ? '' : `  budget ${higherIsBetter ? '≥' : '≤'} ${budget} ${ok ? 'ok' : 'MISSED'}`}`);
    }
    const types = runs[0].byType;
    console.log(`  first load by type (KB): ${Object.entries(types).map(([t, b]) => `${t} ${(b / 1024).toFixed(1)}`).join(', ')}`);
    const failed = [...new Set(runs.flatMap((r) => r.failed))];
    if (failed.length) console.log(`  failing audits: ${failed.join(', ')}`);
  }
} finally {
  server.stop();
}
writeFileSync(join(out, 'summary.json'), JSON.stringify(summary, null, 2));
// What the other pages add (never part of the student's first load): their own folders of dist/,
// brotli at quality 11 as a static host would precompress them.
const brotliKB = (dir) => {
  let bytes = 0;
  (function walk(d) {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else bytes += brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    }
  })(dir);
  return bytes / 1024;
};
console.log('\nwhat the other pages add, not part of the student\'s first load (KB, brotli):');
for (const [page, who] of [['contest', 'students joining a classroom contest'], ['teacher', 'teachers'], ['ideas', 'idea form'], ['jury', 'organizers and jurors']]) {
  const dir = join(repo, 'dist', page);
  if (existsSync(dir)) console.log(`  ${page}/ (${who}): ${brotliKB(dir).toFixed(1)}`);
}
console.log(`reports: ${out}`);
if (missed.length) {
  console.log(`\nBUDGET MISSED:\n  ${missed.join('\n  ')}`);
  process.exit(1);
}
console.log('\nevery budget met');
