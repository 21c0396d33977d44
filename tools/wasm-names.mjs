// Short names for the wasm's imports and exports, in the wasm and its JS glue alike.
//
// wasm-bindgen names each import after the JS function it binds and a hash
// (`__wbg_fetch_c30fc2ed77d76a76`), and each closure export after its full Rust type
// (`wasm_bindgen_<hash>___convert__closures_____invoke___…`): about 7 KB of names in the student
// wasm, each written once in the wasm and once in the glue (2 KB of brotli in the wasm alone).
// Binaryen's `--minify-imports-and-exports` does this for Emscripten, but re-encodes the whole
// module; this rewrites only the import and export sections and leaves the code as wasm-opt made
// it. A name is renamed only where it is a whole word in the glue, and every import must be
// found there exactly once (its key in the import object), so a glue of another shape fails the
// build instead of loading a broken page. `memory` and `main`, which other code may read, keep
// their names. Exports the glue no longer uses can be dropped (`drop`).
import { readFileSync, writeFileSync } from 'node:fs';

/** Reads an unsigned LEB128 number at `pos` of `buf`: [value, next position]. */
function leb(buf, pos) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = buf[pos++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, pos];
  }
}

/** The unsigned LEB128 encoding of `n`. */
function encodeLeb(n) {
  const out = [];
  do {
    let byte = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}

/** A wasm name: its length, then its UTF-8 bytes. */
const encodeName = (name) => {
  const bytes = Buffer.from(name, 'utf8');
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
};

/** Reads a name at `pos`: [name, next position]. */
function readName(buf, pos) {
  const [len, start] = leb(buf, pos);
  return [buf.subarray(start, start + len).toString('utf8'), start + len];
}

/** Skips an import's description (after its kind byte) at `pos`: the next position. */
function skipImportDesc(buf, kind, pos) {
  const limits = (p) => {
    const flags = buf[p++];
    [, p] = leb(buf, p);
    if (flags & 1) [, p] = leb(buf, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(buf, pos)[1]; // function: its type index
    case 1: return limits(pos + 1); // table: element type, limits
    case 2: return limits(pos); // memory: limits
    case 3: return pos + 2; // global: value type, mutability
    case 4: return leb(buf, pos + 1)[1]; // tag: attribute, type index
    default: throw new Error(`wasm-names: unknown import kind ${kind}`);
  }
}

/** Short JS identifiers, none of them `main` or `memory`: a…z, A…Z, then two letters. */
function* shortNames() {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) yield a;
  for (const a of letters) for (const b of letters) yield a + b;
}

const KEPT = new Set(['memory', 'main']);
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const word = (name) => new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, 'g');

/**
 * Renames the imports and exports of the wasm at `wasmPath` (rewritten in place) and returns
 * `glue` with the same renames, and the bytes saved in the wasm.
 */
export function shortenWasmNames(wasmPath, glue, { drop = /$^/ } = {}) {
  const buf = readFileSync(wasmPath);
  const names = shortNames();
  const renames = new Map(); // old name → new name (imports and exports share none)
  const rename = (old) => {
    if (KEPT.has(old)) return old;
    if (!renames.has(old)) renames.set(old, names.next().value);
    return renames.get(old);
  };
  const modules = new Map();
  const importNames = new Set();
  const dropped = [];
  const parts = [buf.subarray(0, 8)];
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, start] = leb(buf, pos + 1);
    const end = start + size;
    if (id === 2 || id === 7) {
      let [count, p] = leb(buf, start);
      const entries = [encodeLeb(count)];
      for (let i = 0; i < count; i++) {
        if (id === 2) {
          let module;
          let name;
          [module, p] = readName(buf, p);
          [name, p] = readName(buf, p);
          const kind = buf[p];
          const descEnd = skipImportDesc(buf, kind, p + 1);
          if (!modules.has(module)) modules.set(module, String.fromCharCode(97 + modules.size));
          importNames.add(name);
          entries.push(encodeName(modules.get(module)), encodeName(rename(name)), buf.subarray(p, descEnd));
          p = descEnd;
        } else {
          let name;
          [name, p] = readName(buf, p);
          const [, descEnd] = leb(buf, p + 1);
          if (drop.test(name)) dropped.push(name);
          else entries.push(encodeName(rename(name)), buf.subarray(p, descEnd));
          p = descEnd;
        }
      }
      if (id === 7) entries[0] = encodeLeb(count - dropped.length);
      if (p !== end) throw new Error(`wasm-names: section ${id} not read to its end`);
      const body = Buffer.concat(entries);
      parts.push(Buffer.from([id]), encodeLeb(body.length), body);
    } else {
      parts.push(buf.subarray(pos, end));
    }
    pos = end;
  }
  // The glue: each import once (its key in the import object), each module name once (quoted),
  // no dropped export.
  for (const name of dropped) {
    if (word(name).test(glue)) throw new Error(`wasm-names: the dropped export ${name} is used by the glue`);
  }
  let out = glue;
  for (const [old, short] of renames) {
    const found = out.match(word(old))?.length ?? 0;
    if (importNames.has(old) && found !== 1) {
      throw new Error(`wasm-names: the import ${old} is in the glue ${found} times, not once`);
    }
    out = out.replace(word(old), short);
  }
  for (const [module, short] of modules) {
    const quoted = new RegExp(`(["'])${escape(module)}\\1`, 'g');
    const found = out.match(quoted)?.length ?? 0;
    if (found !== 1) throw new Error(`wasm-names: the module ${module} is in the glue ${found} times, not once`);
    out = out.replace(quoted, `"${short}"`);
  }
  const wasm = Buffer.concat(parts);
  writeFileSync(wasmPath, wasm);
  return { glue: out, saved: buf.length - wasm.length, renamed: renames.size, dropped: dropped.length };
}
