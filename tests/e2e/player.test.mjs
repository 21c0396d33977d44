// Journeys of a student taking quizzes on a phone: practice to the end with the review, a contest
// that survives a reload, and a stored value that does not parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, bundledPacks, phonePage, withServerAndBrowser } from './support.mjs';

const env = withServerAndBrowser();

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
  const { page, errors, context } = await phonePage(env.browser);
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=practice]').click();
  await page.waitForURL(/#\/quiz\/namuna\/play$/);
  for (let i = 0; i < 3; i++) {
    await answerCurrent(page);
    // Practice shows the verdict and the explanation right away (the explanation as soon as the
    // notes file is there).
    const feedback = page.locator('.feedback');
    await feedback.locator('.explanation:not(.pending)').waitFor();
    assert.match(await feedback.innerText(), /Izoh: /);
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
  const { page, errors, context } = await phonePage(env.browser);
  await page.goto(`${env.server.url}#/quiz/qonun-bilimdonlari`);
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
  const { page, context } = await phonePage(env.browser);
  await page.goto(env.server.url);
  await page.locator('.pack-card').first().waitFor();
  const garbage = '{"v": 1, "session": {this is not json';
  await page.evaluate((g) => localStorage.setItem('halol.session.namuna', g), garbage);
  await page.goto(`${env.server.url}#/quiz/namuna`);
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

test('every bundled quiz can be taken to the end in both modes', async () => {
  const { page, errors, context } = await phonePage(env.browser);
  for (const pack of bundledPacks()) {
    for (const mode of ['practice', 'contest']) {
      await page.goto(`${env.server.url}#/quiz/${pack.id}`);
      await page.locator(`button[data-mode=${mode}]`).click();
      await page.waitForURL(new RegExp(`#/quiz/${pack.id}/play$`));
      const total = Number(await page.locator('.dots').getAttribute('aria-valuemax'));
      for (let i = 0; i < total; i++) {
        await answerCurrent(page);
        if (mode === 'practice') await page.locator('button.next').click();
      }
      await page.waitForURL(new RegExp(`#/quiz/${pack.id}/result$`));
      assert.equal(await page.locator('.review-item').count(), total, `${pack.id} ${mode}: every question is reviewed`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: number keys pick an option and Enter submits', async () => {
  const { page, errors, context } = await phonePage(env.browser);
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=practice]').click();
  await page.locator('form.question').waitFor();
  await page.keyboard.press('2');
  assert.equal(await page.locator('label.option.chosen').count(), 1);
  assert.equal(await page.locator('label.option').nth(1).getAttribute('class'), 'option chosen');
  await page.keyboard.press('Enter');
  await page.locator('.feedback').waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a contest whose time runs out while the page is closed ends with the answers given', async () => {
  const { page, errors, context } = await phonePage(env.browser);
  await page.clock.install();
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=contest]').click();
  await answerCurrent(page);
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  // The sample pack allows 180 s. Leave the page, let four minutes pass, come back.
  await page.goto('about:blank');
  await page.clock.fastForward('04:00');
  await page.goto(`${env.server.url}#/quiz/namuna/play`);
  await page.waitForURL(/#\/quiz\/namuna\/result$/);
  await page.locator('.review-item').first().waitFor();
  const review = await page.locator('.review').innerText();
  assert.match(review, /Sizning javobingiz/, 'the answer given before the time ran out is kept');
  assert.match(review, /Javob berilmagan/, 'unanswered questions are marked as such');
  assert.deepEqual(errors, []);
  await context.close();
});

test('blocked storage (private mode): a clear message, and the quiz still works', async () => {
  const { page, context } = await phonePage(env.browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(`${env.server.url}#/quiz/namuna`);
  const notice = page.locator('.notice[data-notice=StorageBlocked]');
  await notice.waitFor();
  assert.match(await notice.innerText(), /saqlanmaydi/);
  await page.locator('button[data-mode=practice]').click();
  for (let i = 0; i < 3; i++) {
    await answerCurrent(page);
    await page.locator('button.next').click();
  }
  await page.waitForURL(/#\/quiz\/namuna\/result$/);
  assert.equal(await page.locator('.review-item').count(), 3);
  await context.close();
});

test('starting over asks first; declining keeps the unfinished attempt', async () => {
  const { page, errors, context } = await phonePage(env.browser);
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=contest]').click();
  await answerCurrent(page);
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('.resume').waitFor();
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    dialog.dismiss();
  });
  await page.locator('button[data-mode=contest]').click();
  assert.match(asked, /oʻchiriladi/);
  await page.locator('.resume a.btn').click();
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  assert.equal(await answeredCount(page), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('notes that cannot be fetched: the answer stands, the panel says so, and trying again shows them', async () => {
  const { page, errors, context } = await phonePage(env.browser, { locale: 'ru-RU' });
  // The questions come; the notes file fails until the student tries again.
  let failing = true;
  await page.route('**/quizzes/ru/namuna.notes.json', (route) => (failing ? route.abort() : route.continue()));
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=practice]').click();
  await answerCurrent(page);
  const feedback = page.locator('.feedback');
  await feedback.locator('.explanation.pending button').waitFor();
  assert.match(await feedback.innerText(), /Не удалось загрузить пояснение: проверьте интернет\. Ваш ответ сохранён\./);
  // The verdict does not wait for the notes, and the answer is saved.
  assert.match(await feedback.locator('.verdict').innerText(), /Верно|Неверно|Частично/);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('halol.session.namuna')));
  assert.ok(saved.session.slots[0].state.answer, 'the answer is saved');
  failing = false;
  await feedback.locator('.explanation.pending button').click();
  await feedback.locator('.explanation:not(.pending)').waitFor();
  assert.match(await feedback.innerText(), /Пояснение: /);
  // Only the failed fetch is reported: no crash, no console error of the app's own.
  assert.deepEqual(errors.filter((e) => !/net::ERR_FAILED|Failed to load resource/.test(e)), []);
  await context.close();
});
