// Journeys of a student taking quizzes on a phone: practice to the end with the review, a contest
// that survives a reload, and a stored value that does not parse.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, launchBrowser, phonePage, startServer } from './support.mjs';

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.stop();
});

/** Answers the question on screen with its first option (or the order as shown) and submits. */
async function answerCurrent(page) {
  const form = page.locator('form.question');
  await form.waitFor();
  const option = form.locator('label.option').first();
  if (await option.count()) await option.click();
  await form.locator('button.submit').click();
}

/** The number of answered questions, from the progress bar. */
async function answeredCount(page) {
  return Number(await page.locator('.dots[role=progressbar]').getAttribute('aria-valuenow'));
}

test('practice: feedback after each answer, then the result and a review of every question', async () => {
  const { page, errors, context } = await phonePage(browser);
  await page.goto(`${server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=practice]').click();
  await page.waitForURL(/#\/quiz\/namuna\/play$/);
  for (let i = 0; i < 3; i++) {
    await answerCurrent(page);
    // Practice shows the verdict and the explanation right away.
    const feedback = page.locator('.feedback');
    await feedback.waitFor();
    assert.match(await feedback.innerText(), /Izoh/);
    await page.locator('button.next').click();
  }
  await page.waitForURL(/#\/quiz\/namuna\/result$/);
  await page.locator('.score-card').waitFor();
  const items = page.locator('.review-item');
  assert.equal(await items.count(), 3);
  // Each reviewed question names a verdict in words, the explanation, and (law questions) the source.
  const first = await items.first().innerText();
  assert.match(first, /Toʻgʻri|Notoʻgʻri|Qisman/);
  assert.match(first, /Manba/);
  await page.screenshot({ path: join(artifacts, 'practice-result-360x640.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('contest: two answers, a reload, and the student lands on question 3 with both answers kept', async () => {
  const { page, errors, context } = await phonePage(browser);
  await page.goto(`${server.url}#/quiz/qonun-bilimdonlari`);
  await page.locator('button[data-mode=contest]').click();
  await page.locator('.timer').waitFor();
  // Contest: no feedback; the next question follows the answer.
  await answerCurrent(page);
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  assert.equal(await page.locator('.feedback').count(), 0);
  await answerCurrent(page);
  await page.locator('.position', { hasText: '3-savol' }).waitFor();
  assert.equal(await answeredCount(page), 2);
  const before = await page.evaluate(() => localStorage.getItem('halol.session.qonun-bilimdonlari'));

  await page.reload();
  await page.locator('.position', { hasText: '3-savol' }).waitFor();
  assert.equal(await answeredCount(page), 2);
  const after = JSON.parse(await page.evaluate(() => localStorage.getItem('halol.session.qonun-bilimdonlari')));
  const answered = JSON.stringify(after).match(/"answered"/g) ?? [];
  assert.equal(answered.length, 2, 'both answers are stored after the reload');
  assert.ok(before, 'the attempt was saved before the reload');
  await page.screenshot({ path: join(artifacts, 'contest-after-reload-360x640.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('garbage in the stored attempt: a message, and the garbage kept under a backup key', async () => {
  const { page, context } = await phonePage(browser);
  await page.goto(server.url);
  await page.locator('.pack-card').first().waitFor();
  const garbage = '{"v": 1, "session": {this is not json';
  await page.evaluate((g) => localStorage.setItem('halol.session.namuna', g), garbage);
  await page.goto(`${server.url}#/quiz/namuna`);
  await page.reload();
  const notice = page.locator('.notice[data-notice=StorageUnreadable]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /zaxira/);
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('halol.backup.'))
      .map((k) => [k, localStorage.getItem(k)]),
  );
  assert.ok(
    backups.some(([, v]) => v === garbage),
    `the garbage is preserved under a backup key; backups: ${JSON.stringify(backups)}`,
  );
  await context.close();
});
