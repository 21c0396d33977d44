// Reads the cells of an .xlsx file's sheets in the journeys, with node alone: the zip central
// directory, raw-deflated entries (node:zlib), shared strings and the sheet XML. Enough for the
// files the app writes (strings shared or inline, numbers as values); not a general reader.
import { inflateRawSync } from 'node:zlib';

/** The entries of a zip archive: name → contents. */
function unzip(buffer) {
  // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip file: no end of central directory');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('a broken zip central directory');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extra = buffer.readUInt16LE(at + 30);
    const comment = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescape(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e) =>
    e[0] === '#' ? String.fromCodePoint(Number(e[1] === 'x' ? `0${e.slice(1)}` : e.slice(1))) : entities[e],
  );
}

/** The text of every `<t>` inside `xml`, joined (rich text runs included). */
function texts(xml) {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => unescape(m[1])).join('');
}

/** Column letters → 0-based index. */
function column(ref) {
  let n = 0;
  for (const c of ref.match(/^[A-Z]+/)[0]) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** The sheets of the workbook in `buffer`: [{ name, rows: string[][] }], in workbook order. */
export function readXlsx(buffer) {
  const files = unzip(buffer);
  const text = (name) => files.get(name)?.toString('utf8') ?? '';
  const shared = [...text('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1]));
  const names = [...text('xl/workbook.xml').matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescape(m[1]));
  return names.map((name, i) => {
    const rows = [];
    for (const row of text(`xl/worksheets/sheet${i + 1}.xml`).matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells = [];
      for (const cell of row[1].matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = cell[1];
        const body = cell[2] ?? '';
        const ref = attrs.match(/\br="([A-Z]+)\d+"/)[1];
        const type = attrs.match(/\bt="(\w+)"/)?.[1];
        const value = body.match(/<v>([^<]*)<\/v>/)?.[1];
        cells[column(ref)] =
          type === 's' ? shared[Number(value)] : type === 'inlineStr' ? texts(body) : unescape(value ?? '');
      }
      rows.push(Array.from(cells, (c) => c ?? ''));
    }
    return { name, rows };
  });
}
