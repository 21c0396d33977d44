// Trunk post_build hook (before tools/build-sw.mjs, so the worker's build id covers the result):
// minifies the page's wasm-bindgen JS glue in the staging folder with terser. The glue is in every
// first load, and Trunk's own JS minifier cannot read ES modules. terser keeps property names (the
// wasm's imports and exports, the module's exports) and shortens local names; then the wasm's
// import and export names are shortened in the wasm and the glue alike (tools/wasm-names.mjs).
// Also exports `minifyInline`, which tools/prerender.mjs uses for the inline scripts of index.html.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { shortenWasmNames } from './wasm-names.mjs';

// wasm-bindgen exports the stream adapters of a dependency (wasm-streams, which Leptos's server
// functions use to hand streams to JavaScript): three JS classes in the glue and thirteen wasm
// exports with the code behind them, 1.4 KB of brotli in every page. No page has server
// functions, so nothing creates them; they are removed from the glue before it is minified, and
// their exports from the wasm. A glue of another shape, or one that still names them, fails the
// build.
const STREAM_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];
const STREAM_EXPORTS = /intounderlying/i;
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-reference-types',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-multivalue'];

/** The glue `src` without the stream adapter classes and their finalization registries. */
export function withoutStreamAdapters(src) {
  let out = src;
  for (const cls of STREAM_CLASSES) {
    const start = out.indexOf(`export class ${cls} {`);
    if (start < 0) continue;
    const last = `if (Symbol.dispose) ${cls}.prototype[Symbol.dispose] = ${cls}.prototype.free;\n`;
    const end = out.indexOf(last, start);
    const registry = new RegExp(`const ${cls}Finalization = [^;]*;\\n`);
    if (end < 0 || !registry.test(out)) throw new Error(`minify-js.mjs: the glue's ${cls} is not of the expected shape`);
    out = (out.slice(0, start) + out.slice(end + last.length)).replace(registry, '');
  }
  if (STREAM_EXPORTS.test(out)) throw new Error('minify-js.mjs: the glue still uses a stream adapter');
  return out;
}

/** `code` minified; `module` for an ES module (top-level names are then local and shortened). */
export async function minifyInline(code, module) {
  const out = await minify(code, {
    module,
    compress: { passes: 2 },
    mangle: true,
    // Escapes `</script` and `<!--` in strings, so the result stays inside its <script> element.
    format: { inline_script: true },
  });
  return out.code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
  // The glue: <bin>-<hash>.js at the top of the page's folder (snippets/ are left as written).
  const glue = readdirSync(staging).filter((f) => /^halol-[a-z]+-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) throw new Error(`minify-js.mjs: one JS glue expected in ${staging}, found ${glue.length}`);
  const path = join(staging, glue[0]);
  const before = readFileSync(path, 'utf8');
  const minified = await minifyInline(withoutStreamAdapters(before), true);
  const wasm = join(staging, glue[0].replace(/\.js$/, '_bg.wasm'));
  const { glue: after, saved, renamed, dropped } = shortenWasmNames(wasm, minified, { drop: STREAM_EXPORTS });
  // The code only the dropped exports reached goes too (the features are those of the build).
  if (dropped) {
    execFileSync('wasm-opt', [...WASM_FEATURES, '--remove-unused-module-elements', wasm, '-o', wasm]);
  }
  writeFileSync(path, after);
  console.log(`minify-js: ${glue[0]} ${before.length} → ${after.length} bytes; ${renamed} wasm imports and exports renamed, ${dropped} dropped; ${saved} bytes off the wasm before the unused code is removed`);
}
