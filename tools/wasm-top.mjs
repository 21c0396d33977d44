// Where the wasm's bytes go: sums function body sizes by crate (and by halol module) from the
// name section of an unstripped build, e.g.
//   cargo build --release --target wasm32-unknown-unknown --bin halol-web
//   node tools/wasm-top.mjs target/wasm32-unknown-unknown/release/halol-web.wasm
// The sizes are before wasm-opt and compression: compare them with each other, not with dist/.
import { readFileSync } from 'node:fs';

const buf = readFileSync(process.argv[2]);
let p = 8;
const leb = () => {
  let r = 0, s = 0, b;
  do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80);
  return r;
};
let imported = 0;
const bodies = [];
const names = new Map();
while (p < buf.length) {
  const id = buf[p++];
  const size = leb();
  const end = p + size;
  if (id === 2) {
    for (let n = leb(), i = 0; i < n; i++) {
      p += leb(); p += leb();
      const kind = buf[p++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { p++; const f = buf[p++]; leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = buf[p++]; leb(); if (f & 1) leb(); }
      else if (kind === 3) p += 2;
      else if (kind === 4) { p++; leb(); }
    }
  } else if (id === 10) {
    for (let n = leb(), i = 0; i < n; i++) { const s = leb(); bodies.push(s); p += s; }
  } else if (id === 0) {
    const nl = leb();
    const name = buf.subarray(p, p + nl).toString();
    p += nl;
    if (name === 'name') {
      while (p < end) {
        const sid = buf[p++];
        const ssize = leb();
        const send = p + ssize;
        if (sid === 1) for (let n = leb(), i = 0; i < n; i++) { const idx = leb(); const l = leb(); names.set(idx, buf.subarray(p, p + l).toString()); p += l; }
        p = send;
      }
    }
  }
  p = end;
}
// The first path segment of a mangled (legacy `_ZN`) or demangled name, `halol::<module>` kept.
function owner(name) {
  let segs = [];
  const m = name.match(/^_ZN(.*)E$/);
  if (m) {
    let d = m[1];
    while (d.length) {
      const n = d.match(/^(\d+)/);
      if (!n) break;
      const len = Number(n[1]);
      segs.push(d.slice(n[1].length, n[1].length + len));
      d = d.slice(n[1].length + len);
    }
  } else {
    segs = name.split('::');
  }
  let first = (segs[0] ?? name).replace(/^_\$LT\$/, '').replace(/\$.*$/, '');
  if (first === 'halol' && segs[1]) first += `::${segs[1]}${segs[2] && segs[1] !== 'bundled' ? `::${segs[2]}` : ''}`;
  return first || name.slice(0, 24);
}
const groups = new Map();
bodies.forEach((size, i) => {
  const key = owner(names.get(i + imported) ?? '?');
  groups.set(key, (groups.get(key) ?? 0) + size);
});
const total = bodies.reduce((a, b) => a + b, 0);
console.log(`${total} bytes of code in ${bodies.length} functions`);
for (const [k, v] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] ?? 30))) {
  console.log(`${String(v).padStart(9)}  ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}
