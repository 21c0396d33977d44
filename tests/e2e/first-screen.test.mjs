// Journey: the static first screen. Before the wasm arrives, the page already shows the screen the
// app is about to draw (the quiz list, or a quiz's intro) in the student's language; when the app
// has drawn it, the two swap in one frame: same words, same places, and no later largest paint.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { phonePage, withServerAndBrowser } from './support.mjs';

const env = withServerAndBrowser();

/**
 * Opens `hash` with the wasm held back, returns what the static screen shows, then lets the wasm
 * through and returns what the app shows once it has replaced the static screen.
 */
async function staticThenApp(page, hash) {
  let release;
  const released = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__paints = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__paints.push(e.startTime);
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
  await page.goto(env.server.url + hash);
  await page.locator('#boot.shell main').waitFor();
  const before = await page.evaluate(() => ({
    text: document.body.innerText,
    lang: document.documentElement.lang,
    main: document.querySelector('#boot main').getBoundingClientRect().toJSON(),
  }));
  const releasedAt = await page.evaluate(() => performance.now());
  release();
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 20000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const after = await page.evaluate(() => ({
    text: document.body.innerText,
    lang: document.documentElement.lang,
    main: document.querySelector('main').getBoundingClientRect().toJSON(),
    paints: window.__paints,
  }));
  return { before, after, releasedAt };
}

for (const [locale, lang, heading] of [
  ['uz-UZ', 'uz-Latn', 'Viktorinalar'],
  ['uz-Cyrl-UZ', 'uz-Cyrl', 'Викториналар'],
  ['ru-RU', 'ru', 'Викторины'],
  ['en-US', 'en', 'Quizzes'],
]) {
  test(`the quiz list shows before the wasm arrives and the app takes it over unchanged (${lang})`, async () => {
    const { page, errors, context } = await phonePage(env.browser, { locale });
    await page.clock.setFixedTime(new Date('2026-11-26T12:00:00')); // a Thursday
    const { before, after, releasedAt } = await staticThenApp(page, '');
    assert.equal(before.lang, lang);
    assert.ok(before.text.includes(heading), `the static screen is in ${lang}: ${before.text.slice(0, 120)}`);
    assert.equal(after.text, before.text, 'the app draws exactly the words of the static screen');
    assert.equal(after.lang, lang);
    assert.deepEqual(after.main, before.main, 'and in the same place');
    // The largest paint is the static screen's: the app's identical copy adds none.
    assert.ok(after.paints.length > 0);
    assert.ok(after.paints.every((t) => t < releasedAt), `largest paints at ${after.paints} (wasm released at ${releasedAt})`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a quiz's intro shows before the wasm arrives, in the language chosen before", async () => {
  const { page, errors, context } = await phonePage(env.browser, { locale: 'en-US' });
  await page.addInitScript(() => localStorage.setItem('halol.prefs', JSON.stringify({ v: 1, lang: 'uz-Cyrl' })));
  const { before, after, releasedAt } = await staticThenApp(page, '#/quiz/qonun-bilimdonlari');
  assert.equal(before.lang, 'uz-Cyrl');
  assert.ok(before.text.includes('Қонун билимдонлари'), before.text.slice(0, 200));
  assert.equal(after.text, before.text);
  assert.deepEqual(after.main, before.main);
  assert.ok(after.paints.every((t) => t < releasedAt), `largest paints at ${after.paints} (wasm released at ${releasedAt})`);
  // The intro's buttons work once the app has taken over.
  await page.locator('button[data-mode="practice"]').click();
  await page.locator('form.question').first().waitFor({ timeout: 10000 });
  assert.deepEqual(errors, []);
  await context.close();
});

test('on a Friday the static quiz list puts the Friday quiz first, as the app does', async () => {
  const { page, errors, context } = await phonePage(env.browser, { locale: 'ru-RU' });
  await page.clock.setFixedTime(new Date('2026-11-27T12:00:00')); // a Friday
  const { before, after } = await staticThenApp(page, '');
  assert.equal(after.text, before.text);
  assert.equal(await page.locator('.pack-card').first().getAttribute('data-pack'), 'juma');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a tap on the static intro's button before the wasm arrives starts that mode once the app runs", async () => {
  const { page, errors, context } = await phonePage(env.browser, { serviceWorkers: 'block' });
  let release;
  const released = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('#boot.shell button[data-mode="contest"]').click();
  release();
  await page.locator('form.question').waitFor({ timeout: 20000 });
  assert.match(await page.locator('.timer, [role="timer"]').first().innerText(), /\d/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the language chosen on the static screen redraws it at once and is the one the app starts in', async () => {
  const { page, errors, context } = await phonePage(env.browser, { locale: 'uz-UZ', serviceWorkers: 'block' });
  let release;
  const released = new Promise((r) => (release = r));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(env.server.url);
  await page.locator('#boot.shell h1', { hasText: 'Viktorinalar' }).waitFor();
  await page.locator('#boot.shell select').selectOption('ru');
  await page.locator('#boot.shell h1', { hasText: 'Викторины' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  const before = await page.evaluate(() => document.body.innerText);
  release();
  await page.locator('#boot').waitFor({ state: 'detached', timeout: 20000 });
  assert.equal(await page.evaluate(() => document.body.innerText), before);
  assert.equal(await page.locator('select').inputValue(), 'ru');
  assert.deepEqual(errors, []);
  // Remembered as if chosen in the app: after a reload (the wasm held back again) the static
  // screen is Russian.
  await page.route(/_bg\.wasm$/, () => {});
  await page.reload();
  await page.locator('#boot.shell h1', { hasText: 'Викторины' }).waitFor();
  await context.close();
});

test('a quiz with a saved attempt keeps the loading indicator: the app draws its resume screen', async () => {
  const { page, context } = await phonePage(env.browser, { serviceWorkers: 'block' });
  await page.goto(env.server.url);
  await page.locator('.pack-card[data-pack="namuna"]').click();
  await page.locator('button[data-mode="practice"]').click();
  await page.locator('form.question').first().waitFor({ timeout: 10000 });
  // Reopened with the wasm held back: no static intro (it would lack the saved attempt).
  await page.route(/_bg\.wasm$/, () => {});
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.reload();
  await page.locator('#boot').waitFor();
  assert.notEqual(await page.locator('#boot').getAttribute('class'), 'shell');
  assert.match(await page.locator('#boot').innerText(), /Yuklanmoqda/);
  await context.close();
});
