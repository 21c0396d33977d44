// Shared pieces of the end-to-end journeys: serve the built dist/ on 127.0.0.1, launch the system
// Chromium through playwright-core, open a phone-sized page that records every console error.
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startServer as startStaticServer } from '../../tools/static-server.mjs';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(repo, 'tools', 'package.json'));
const { chromium } = require('playwright-core');

/** Where screenshots and other artifacts of the journeys go. */
export const artifacts = join(repo, 'target', 'e2e');
mkdirSync(artifacts, { recursive: true });

/** The bundled packs, read from quizzes/*.json (the same files the app lists). */
export function bundledPacks() {
  return readdirSync(join(repo, 'quizzes'))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .map((f) => JSON.parse(readFileSync(join(repo, 'quizzes', f), 'utf8')));
}

// Every server a test file started stops when the file's tests end, also after a failed test
// that never reached its own stop() (a running server would keep the test process alive).
const servers = new Set();
after(() => {
  for (const child of servers) child.kill();
});

/** Starts tools/serve.mjs on a free port; resolves to { url, stop }. */
export async function startServer({ base = '/', dir = join(repo, 'dist') } = {}) {
  const server = await startStaticServer({ dir, base });
  servers.add(server.child);
  return server;
}

/** Launches headless Chromium with the flags that keep it quiet on a closed network. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A phone-sized page (360×640, touch) whose console errors and page errors are collected.
 * `serviceWorkers: 'block'` keeps every request on the network (and visible to `page.route`).
 */
export async function phonePage(browser, { locale = 'uz-UZ', serviceWorkers = 'allow' } = {}) {
  const context = await browser.newContext({
    serviceWorkers,
    viewport: { width: 360, height: 640 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => errors.push(`request failed: ${req.url()} ${req.failure()?.errorText}`));
  return { context, page, errors };
}

/**
 * Starts the static server on dist/ and the browser before the tests of a file and stops them
 * after; returns an object whose `server` and `browser` are set once they run.
 */
export function withServerAndBrowser() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.stop();
  });
  return env;
}

/** Gives `page` a camera that films `svgs` (QR codes as the app draws them, e.g. taken from a
 * phone's screen) one after the other, 300 ms each: a canvas stream handed out by
 * `getUserMedia`. The only stand-in in the camera journeys; the page decodes the frames itself. */
export async function fakeCamera(page, svgs) {
  await page.evaluate((svgs) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 480;
    canvas.style.cssText = 'position:absolute;left:-9999px';
    document.body.append(canvas);
    const images = svgs.map((svg) => {
      const img = new Image();
      img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      return img;
    });
    const ctx = canvas.getContext('2d');
    let shown = 0;
    setInterval(() => {
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 480, 480);
      const img = images[shown++ % images.length];
      if (img.complete) ctx.drawImage(img, 40, 40, 400, 400);
    }, 300);
    Object.defineProperty(navigator.mediaDevices, 'getUserMedia', {
      value: async () => canvas.captureStream(10),
    });
  }, svgs);
}

/** The SVG markup of every QR code shown in `scope` (after its "show QR codes" button). */
export async function shownQrCodes(scope) {
  await scope.locator('button.show-qr').click();
  await scope.locator('.qr-series .qr-image svg').first().waitFor();
  return scope.locator('.qr-series .qr-image').evaluateAll((els) => els.map((e) => e.innerHTML));
}
