// A small static file server for the built dist/ folder, as a static host would serve it:
// correct MIME types (application/wasm), brotli or gzip when the browser accepts it, long cache
// lifetimes for hashed file names, and an optional sub-path (`--base /halol/`).
//
//   node tools/serve.mjs [--dir dist] [--port 8090] [--base /] [--no-compress]
//
// It listens on 127.0.0.1 only and prints `serving <url>` once it accepts connections.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const root = resolve(opt('--dir', 'dist'));
const port = Number(opt('--port', '8090'));
let base = opt('--base', '/');
if (!base.endsWith('/')) base += '/';
const compress = !args.includes('--no-compress');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.md', '.txt']);
const HASHED = /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/;

// Compressed once per file version, as a static host serves precompressed files: compressing a
// wasm at brotli 11 on every request would take the CPU from the browser being measured.
const cache = new Map();
function compressed(file, info, encoding, body) {
  const key = `${encoding}:${file}:${info.mtimeMs}:${info.size}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = encoding === 'br' ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) : gzipSync(body, { level: 9 });
    cache.set(key, hit);
  }
  return hit;
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      if (path === base.slice(0, -1)) {
        res.writeHead(301, { Location: base });
        return res.end();
      }
      res.writeHead(404);
      return res.end('not found');
    }
    path = path.slice(base.length);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403);
      return res.end('forbidden');
    }
    const info = await stat(file).catch(() => null);
    if (!info || !info.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return res.end('not found');
    }
    const ext = extname(file);
    let body = await readFile(file);
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    };
    const accepts = String(req.headers['accept-encoding'] ?? '');
    if (compress && COMPRESSIBLE.has(ext)) {
      if (/\bbr\b/.test(accepts)) {
        body = compressed(file, info, 'br', body);
        headers['Content-Encoding'] = 'br';
      } else if (/\bgzip\b/.test(accepts)) {
        body = compressed(file, info, 'gzip', body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (err) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(String(err));
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving http://127.0.0.1:${server.address().port}${base} from ${root}`);
});
