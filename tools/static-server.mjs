// Starts tools/serve.mjs (the static server with brotli, as a host would serve dist/) on a free
// port of 127.0.0.1 in a child process; shared by the build's capture (prerender.mjs), the bench
// and the end-to-end journeys.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const serve = join(fileURLToPath(new URL('.', import.meta.url)), 'serve.mjs');

/** Serves `dir` under `base`; resolves to { url, stop, child } once the server listens. */
export function startServer({ dir, base = '/' }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [serve, '--dir', dir, '--port', '0', '--base', base], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/serving (\S+)/);
      if (m) resolve({ url: m[1], stop: () => child.kill(), child });
    });
    child.on('exit', (code) => reject(new Error(`the static server exited with ${code}: ${out}`)));
  });
}
