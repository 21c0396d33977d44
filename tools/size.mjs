// Prints the raw, gzip and brotli size of every file in dist/ and the totals.
//   node tools/size.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(root);

const rows = files.map((path) => {
  const raw = readFileSync(path);
  return {
    file: relative(root, path),
    raw: raw.length,
    gzip: gzipSync(raw, { level: 9 }).length,
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const width = Math.max(4, ...rows.map((r) => r.file.length));
const line = (f, a, b, c) => console.log(`${f.padEnd(width)}  ${String(a).padStart(9)}  ${String(b).padStart(9)}  ${String(c).padStart(9)}`);
line('file', 'raw', 'gzip', 'brotli');
for (const r of rows) line(r.file, r.raw, r.gzip, r.br);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
line('total', sum('raw'), sum('gzip'), sum('br'));
