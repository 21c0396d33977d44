// Journeys in four languages: the first visit follows the browser, the switcher changes the
// interface and the quiz text at once, and a reload keeps the choice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { artifacts, bundledPacks, phonePage, withServerAndBrowser } from './support.mjs';

const env = withServerAndBrowser();

const namuna = bundledPacks().find((p) => p.id === 'namuna');

test('a first visit follows the browser language', async () => {
  const check = async (locale, heading, htmlLang) => {
    const { page, errors, context } = await phonePage(env.browser, { locale });
    await page.goto(env.server.url);
    await page.locator('h1', { hasText: heading }).waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), htmlLang, locale);
    assert.deepEqual(errors, []);
    await context.close();
  };
  await check('ru-RU', 'Викторины', 'ru');
  await check('en-GB', 'Quizzes', 'en');
  await check('uz-Cyrl-UZ', 'Викториналар', 'uz-Cyrl');
  await check('uz-UZ', 'Viktorinalar', 'uz-Latn');
  await check('de-DE', 'Viktorinalar', 'uz-Latn');
});

test('switching the language mid-quiz changes the interface and the question at once, and a reload keeps it', async () => {
  const { page, errors, context } = await phonePage(env.browser, { locale: 'uz-UZ' });
  // The app downloads one language edition of a pack at a time, never the pack file itself: its
  // questions file when the quiz opens, its notes file once the questions are on screen.
  const packs = [];
  const notes = [];
  page.on('request', (r) => {
    if (!r.url().includes('/quizzes/')) return;
    const file = r.url().split('/quizzes/')[1];
    (file.endsWith('.notes.json') ? notes : packs).push(file);
  });
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=practice]').waitFor();
  assert.deepEqual(notes, [], 'the intro fetches no notes');
  await page.locator('button[data-mode=practice]').click();
  const question = page.locator('.question-text').first();
  await question.waitFor();
  assert.match(await question.innerText(), /imzolangan/, 'uz-Latn, transliterated from the pack');
  assert.deepEqual(packs, ['uz/namuna.json']);
  const navigations = [];
  page.on('framenavigated', (f) => navigations.push(f.url()));

  // The first question answered, the second one open: the switch keeps both.
  await page.locator('label.option').first().click();
  await page.locator('button.submit').click();
  await page.locator('.feedback .explanation:not(.pending)').waitFor();
  assert.deepEqual(notes, ['uz/namuna.notes.json']);
  await page.locator('button.next').click();
  const second = namuna.questions[1];
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  // A pick not yet submitted survives the switches too (the Russian edition redraws the screen).
  const picked = async () => page.locator('label.option').evaluateAll((labels) =>
    labels.map((l) => `${l.classList.contains('chosen')}/${l.querySelector('input').checked}`));
  await page.locator('label.option').nth(1).click();
  assert.deepEqual(await picked(), ['false/false', 'true/true']);

  await page.locator('.lang-switch select').selectOption('ru');
  await page.locator('.question-text', { hasText: second.text.ru }).waitFor();
  assert.equal(await page.locator('button.submit').innerText(), 'Ответить');
  assert.deepEqual(await picked(), ['false/false', 'true/true'], 'the pick, kept in Russian');
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.deepEqual(navigations, [], 'no reload happened');
  assert.deepEqual(packs, ['uz/namuna.json', 'ru/namuna.json'], 'the Russian edition, once');

  await page.locator('.lang-switch select').selectOption('uz-Cyrl');
  await page.locator('.question-text', { hasText: second.text['uz-Cyrl'] }).waitFor();
  assert.equal(await page.locator('button.submit').innerText(), 'Жавоб бериш');
  // Still on the second question, the first one still answered.
  assert.equal(await page.locator('.dots .dot.answered').count(), 1);
  assert.equal(await page.locator('.dots .dot.current').count(), 1);
  assert.equal(await page.locator('.dots .dot').nth(1).getAttribute('class'), 'dot current');
  assert.deepEqual(packs, ['uz/namuna.json', 'ru/namuna.json'], 'the uz edition kept from before');
  assert.deepEqual(await picked(), ['false/false', 'true/true'], 'the pick, kept back in Uzbek');
  // And it is the answer submitted.
  await page.locator('button.submit').click();
  await page.locator('.feedback .explanation:not(.pending)').waitFor();
  assert.deepEqual(notes, ['uz/namuna.notes.json', 'ru/namuna.notes.json'], 'each edition once');
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('halol.session.namuna')));
  assert.equal(saved.session.slots[1].question_id, second.id);
  assert.deepEqual(saved.session.slots[1].state.answer, { bool: false }, 'Yolgʻon, the second option');

  await page.locator('.lang-switch select').selectOption('ru');
  await page.reload();
  await page.locator('.question-text', { hasText: second.text.ru }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.equal(await page.locator('.lang-switch select').inputValue(), 'ru');
  await page.screenshot({ path: join(artifacts, 'question-ru-360x640.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the result shows the date as each language writes it', async () => {
  const { page, errors, context } = await phonePage(env.browser, { locale: 'uz-UZ' });
  await page.clock.setFixedTime(new Date('2026-11-26T09:00:00+05:00'));
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('button[data-mode=practice]').click();
  await page.locator('button.submit').waitFor();
  // Finishing with unanswered questions asks for confirmation first.
  page.once('dialog', (dialog) => dialog.accept());
  await page.locator('button.finish').click();
  await page.locator('.score-card .date').waitFor();
  const dateIn = async (tag) => {
    await page.locator('.lang-switch select').selectOption(tag);
    return page.locator('.score-card .date').innerText();
  };
  assert.match(await dateIn('uz-Latn'), /2026-yil 26-noyabr/);
  assert.match(await dateIn('uz-Cyrl'), /2026 йил 26 ноябрь/);
  assert.match(await dateIn('ru'), /26 ноября 2026 г\./);
  assert.match(await dateIn('en'), /26 November 2026/);
  assert.deepEqual(errors, []);
  await context.close();
});
