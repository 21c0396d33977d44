// Journeys without a network: after one visit the app opens, reloads, loads a quiz, resumes and
// finishes with the server gone; a new deploy is offered, never forced, and only between quizzes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { artifacts, bundledPacks, launchBrowser, phonePage, repo, startServer } from './support.mjs';

const namuna = bundledPacks().find((p) => p.id === 'namuna');

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A copy of dist/ that a test may change, as a new deploy would. */
function copyOfDist() {
  const dir = mkdtempSync(join(tmpdir(), 'halol-dist-'));
  cpSync(join(repo, 'dist'), dir, { recursive: true });
  return dir;
}

/** Waits until the service worker controls the page (every file of the build is cached then). */
async function waitForOffline(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 });
}

test('after one visit the app works with the server gone: open, reload, quiz, resume, finish', async () => {
  const server = await startServer({ dir: copyOfDist() });
  const { page, context } = await phonePage(browser);
  await page.goto(server.url);
  await page.locator('.pack-card').first().waitFor();
  await waitForOffline(page);
  server.stop();

  await page.reload();
  await page.locator('.pack-card').first().waitFor();
  await page.goto(`${server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=practice]').click();
  await page.locator('label.option').first().click();
  await page.locator('button.submit').click();
  await page.locator('.feedback').waitFor();
  await page.locator('button.next').click();
  await page.locator('.position', { hasText: '2-savol' }).waitFor();

  await page.reload();
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  // The Russian edition of the pack comes from the cache too.
  await page.locator('.lang-switch select').selectOption('ru');
  await page.locator('.question-text', { hasText: namuna.questions[1].text.ru }).waitFor();
  for (let i = 0; i < 2; i++) {
    const option = page.locator('label.option').first();
    if (await option.count()) await option.click();
    await page.locator('button.submit').click();
    await page.locator('button.next').click();
  }
  await page.locator('.score-card').waitFor();
  assert.equal(await page.locator('.review-item').count(), 3);
  await page.screenshot({ path: join(artifacts, 'offline-result-360x640.png'), fullPage: true });
  await context.close();
});

test('a phone that opened Halol once joins a classroom contest with the server gone', async () => {
  const server = await startServer({ dir: copyOfDist() });
  const { page, errors, context } = await phonePage(browser);
  await page.goto(server.url);
  await page.locator('.pack-card').first().waitFor();
  // The home page also installs the contest page's worker, which precaches that page and the packs.
  const contestReady = () =>
    page.evaluate(() =>
      navigator.serviceWorker.getRegistrations().then((all) => all.some((r) => r.scope.endsWith('/contest/') && r.active)),
    );
  for (let i = 0; !(await contestReady()); i++) {
    assert.ok(i < 300, "the contest page's worker is installed within 30 s");
    await page.waitForTimeout(100);
  }
  server.stop();

  await page.goto(`${server.url}contest/?contest=481GM0C1SQ`);
  await page.locator('.contest-card').waitFor();
  await page.locator('#student-name').fill('Dilnoza');
  await page.locator('button.start-contest').click();
  await page.locator('form.question').waitFor();
  assert.match(page.url(), /contest\/#\/quiz\/namuna\/play$/);
  assert.deepEqual(errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)), []);
  await context.close();
});

test('a new deploy is offered between quizzes, never on the question screen, and applied on request', async () => {
  const dir = copyOfDist();
  const server = await startServer({ dir });
  const { page, errors, context } = await phonePage(browser);
  await page.goto(`${server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=contest]').click();
  await page.locator('form.question').waitFor();
  await waitForOffline(page);
  const oldBuild = readFileSync(join(dir, 'sw.js'), 'utf8').match(/const BUILD = '(\w+)'/)[1];

  // Deploy a new build: same files, new build id.
  const newBuild = 'feedfacefeedface';
  writeFileSync(join(dir, 'sw.js'), readFileSync(join(dir, 'sw.js'), 'utf8').replace(oldBuild, newBuild));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(() => window.halolUpdate !== undefined, null, { timeout: 20000 });
  assert.equal(await page.locator('.notice.update').count(), 0, 'no offer in the middle of a contest');

  await page.goto(`${server.url}#/`);
  const offer = page.locator('.notice.update');
  await offer.waitFor();
  await Promise.all([page.waitForEvent('load'), offer.locator('button').click()]);
  await page.locator('.pack-card').first().waitFor();
  await page.waitForFunction(
    (b) => caches.keys().then((keys) => keys.includes(`halol-app-${b}`) && keys.length === 1),
    newBuild,
    { timeout: 20000 },
  );
  assert.deepEqual(errors, []);
  await context.close();
  server.stop();
});

test("the student app's service worker leaves the teacher's page alone", async () => {
  const server = await startServer({ dir: copyOfDist() });
  const { page, errors, context } = await phonePage(browser);
  await page.goto(server.url);
  await page.locator('.pack-card').first().waitFor();
  await waitForOffline(page);
  await page.locator('.teacher-link a').click();
  await page.waitForURL(/\/teacher\/$/);
  await page.locator('main.teacher').waitFor();
  assert.equal(await page.locator('.pack-list').count(), 0, 'the teacher page, not the student list');
  assert.deepEqual(errors, []);
  await context.close();
  server.stop();
});

test("the teacher's page works offline after one visit: reload, the contest, its pack, an import", async () => {
  const server = await startServer({ dir: copyOfDist() });
  const { page, errors, context } = await phonePage(browser);
  await page.goto(`${server.url}teacher/`);
  await page.locator('select[name=pack]').selectOption('namuna');
  await page.locator('input[name=name]').fill('Offline');
  await page.locator('input[name=class]').fill('9-A');
  await page.locator('button.make-code').click();
  await page.locator('.collect').waitFor();
  await waitForOffline(page);
  const cached = await page.evaluate(() => caches.keys());
  assert.ok(cached.some((k) => k.startsWith('halol-teacher-')), `a teacher cache among ${cached}`);
  server.stop();

  await page.reload();
  await page.locator('.contest-code').waitFor();
  // The pack comes from the worker's cache: collecting works with the server gone.
  const record = join(repo, 'tests', 'fixtures', 'contest', 'record-v1.json');
  await page.locator('input[name=results]').setInputFiles([record]);
  await page.locator('.outcome').first().waitFor();
  assert.equal(await page.locator('.outcome').first().getAttribute('data-outcome'), 'wrong-contest');
  assert.deepEqual(errors, []);
  await context.close();
});
