// Journey: a student opens Halol on a phone and sees the list of quizzes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, bundledPacks, phonePage, startServer, withServerAndBrowser } from './support.mjs';

const env = withServerAndBrowser();

test('the home page lists every bundled quiz on a 360×640 phone, without errors', async () => {
  const { page, errors, context } = await phonePage(env.browser);
  await page.goto(env.server.url);
  const packs = bundledPacks();
  // The static first screen (see first-screen.test.mjs) is gone once the app has drawn its own.
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 20000 });
  assert.equal(await page.locator('.pack-card').count(), packs.length);

  // No horizontal scrolling on a 360 px wide screen.
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(widths.scroll <= widths.client, `page is ${widths.scroll}px wide in a ${widths.client}px viewport`);

  await page.screenshot({ path: join(artifacts, 'home-360x640.png'), fullPage: true });
  assert.deepEqual(errors, [], 'the browser console stays free of errors');
  await context.close();
});

test('the page shows a readable message instead of a blank page when the app crashes', async () => {
  const { page, context } = await phonePage(env.browser);
  // Break the wasm download: the static shell must not stay a blank page forever.
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: 'not wasm' }));
  await page.goto(env.server.url);
  await page.getByRole('alert').first().waitFor({ timeout: 10000 });
  const text = await page.getByRole('alert').first().innerText();
  assert.match(text, /qayta yuklang|перезагрузите|reload/i);
  await context.close();
});

test('the same dist/ works from a sub-path of a static host', async () => {
  const sub = await startServer({ base: '/halol/' });
  try {
    const { page, errors, context } = await phonePage(env.browser);
    await page.goto(`${sub.url}#/quiz/namuna`);
    // The pack is fetched relative to the page, so the intro appears only if that works.
    await page.locator('button[data-mode=practice]').waitFor({ timeout: 20000 });
    assert.ok(page.url().startsWith(sub.url));
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    sub.stop();
  }
});

test('on Fridays the Friday quiz comes first, marked; on other days it does not', async () => {
  const firstCard = async (isoDate) => {
    const { page, errors, context } = await phonePage(env.browser);
    await page.clock.setFixedTime(new Date(isoDate));
    await page.goto(env.server.url);
    const card = page.locator('.pack-card').first();
    await card.waitFor();
    const result = { id: await card.getAttribute('data-pack'), badge: await card.locator('.badge').count() };
    assert.deepEqual(errors, []);
    await context.close();
    return result;
  };
  // 27 November 2026 is a Friday; 26 November a Thursday (noon, local time).
  assert.deepEqual(await firstCard('2026-11-27T12:00:00'), { id: 'juma', badge: 1 });
  const thursday = await firstCard('2026-11-26T12:00:00');
  assert.equal(thursday.badge, 0);
  assert.notEqual(thursday.id, 'juma');
});
