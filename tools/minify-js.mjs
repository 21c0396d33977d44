// Trunk post_build hook (before tools/build-sw.mjs, so the worker's build id covers the result):
// minifies the page's wasm-bindgen JS glue in the staging folder with terser. The glue is in every
// first load, and Trunk's own JS minifier cannot read ES modules. terser keeps property names (the
// wasm's imports and exports, the module's exports) and shortens local names; then the wasm's
// import and export names are shortened in the wasm and the glue alike (tools/wasm-names.mjs).
// Also exports `minifyInline`, which tools/prerender.mjs uses for the inline scripts of index.html.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { shortenWasmNames } from './wasm-names.mjs';

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
  const minified = await minifyInline(before, true);
  const wasm = join(staging, glue[0].replace(/\.js$/, '_bg.wasm'));
  const { glue: after, saved, renamed } = shortenWasmNames(wasm, minified);
  writeFileSync(path, after);
  console.log(`minify-js: ${glue[0]} ${before.length} → ${after.length} bytes; ${renamed} wasm imports and exports renamed, ${saved} bytes off the wasm`);
}
