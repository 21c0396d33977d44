// Draws the app icons (a white «H» on the brand green) as PNG files in public/:
// icon-192.png, icon-512.png (rounded corners) and icon-maskable-512.png (full bleed, the glyph
// inside the central safe zone). Run once after changing the design: node tools/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x0f, 0x5f, 0x4a];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (const b of buf) {
    c = (crc ^ b) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      row.set([r, g, b, a], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
// The «H» in a 64-unit design grid (as in favicon.svg): two posts and a bar, stroke 7.
function glyph(u, v) {
  const post = (cx) => Math.abs(u - cx) <= 3.5 && v >= 12.5 && v <= 51.5;
  const bar = u >= 18 && u <= 46 && Math.abs(v - 32) <= 3.5;
  return post(18) || post(46) || bar;
}
function icon(size, { maskable }) {
  const scale = maskable ? 0.8 : 1; // the maskable glyph stays inside the 80 % safe zone
  return png(size, (x, y) => {
    const u = ((x / size - 0.5) / scale + 0.5) * 64;
    const v = ((y / size - 0.5) / scale + 0.5) * 64;
    if (!maskable) {
      const r = size * (14 / 64);
      const dx = Math.max(r - x, 0, x - (size - r));
      const dy = Math.max(r - y, 0, y - (size - r));
      if (dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
    }
    return [...(glyph(u, v) ? WHITE : GREEN), 255];
  });
}
writeFileSync('public/icon-192.png', icon(192, { maskable: false }));
writeFileSync('public/icon-512.png', icon(512, { maskable: false }));
writeFileSync('public/icon-maskable-512.png', icon(512, { maskable: true }));
console.log('wrote public/icon-192.png, public/icon-512.png, public/icon-maskable-512.png');
