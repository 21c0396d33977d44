// Journeys of a student in a classroom contest: join by a link or a typed code, take the
// contest, hand the sealed result over as a file and as QR codes, find it again later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, phonePage, withServerAndBrowser } from './support.mjs';

const env = withServerAndBrowser();
// The sample pack, 3 questions, 5 minutes (tests/contest_link_codes.rs checks this code).
const CODE = '481GM0C1SQ';

async function takeContest(page, name) {
  await page.locator('#student-name').fill(name);
  await page.locator('#student-class').fill('9-B');
  await page.locator('button.start-contest').click();
  await page.waitForURL(/#\/quiz\/namuna\/play$/);
  for (let i = 0; i < 3; i++) {
    const form = page.locator('form.question');
    await form.waitFor();
    const option = form.locator('label.option').first();
    if (await option.count()) await option.click();
    await form.locator('button.submit').click();
  }
  await page.waitForURL(/#\/quiz\/namuna\/result$/);
}

test('a link with the code: name, contest, then the result file and QR codes to hand over', async () => {
  const { page, errors, context } = await phonePage(env.browser);
  // The teacher's link opens the contest page, which has a wasm of its own.
  await page.goto(`${env.server.url}contest/?contest=${CODE}`);
  await page.locator('.contest-card').waitFor();
  assert.ok(!page.url().includes('?contest='), 'the code leaves the address once read');
  assert.ok(page.url().startsWith(`${env.server.url}contest/#/join/${CODE}`));
  await takeContest(page, 'Malika Karimova');

  const handOff = page.locator('.hand-off');
  await handOff.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), handOff.locator('button.download').click()]);
  assert.match(download.suggestedFilename(), /^halol-481GM0C1SQ-Malika-Karimova\.json$/);
  const record = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(record.v, 1);
  assert.equal(record.contest, CODE);
  assert.equal(record.student.name, 'Malika Karimova');
  assert.equal(record.student.class, '9-B');
  assert.equal(record.answers.length, 3);
  assert.match(record.seal, /^[0-9a-f]{64}$/);

  await handOff.locator('button.show-qr').click();
  const qrs = handOff.locator('.qr-image svg');
  await qrs.first().waitFor();
  assert.ok((await qrs.count()) >= 1);
  await page.screenshot({ path: join(artifacts, 'contest-hand-off-360x640.png'), fullPage: true });

  // The result stays on the phone: it is listed later (the student app's button leads there),
  // and can be downloaded again.
  await page.goto(env.server.url);
  await page.locator('a.results-link').click();
  await page.waitForURL(/contest\/#\/results$/);
  await page.locator('.record-card').first().waitFor();
  assert.match(await page.locator('.record-card').first().innerText(), /Malika Karimova/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a typed code with a typo is caught; the right code joins; a reload mid-contest keeps it', async () => {
  const { page, errors, context } = await phonePage(env.browser);
  // An old link to the student app's join screen leads to the contest page.
  await page.goto(`${env.server.url}#/join`);
  await page.waitForURL(/contest\/#\/join$/);
  await page.locator('#contest-code').fill('481GM-0C1SR');
  await page.locator('button.check-code').click();
  await page.getByRole('alert').filter({ hasText: /xato/ }).waitFor();
  assert.equal(await page.locator('.contest-card').count(), 0);

  await page.locator('#contest-code').fill('481gm-0c1sq');
  await page.locator('button.check-code').click();
  await page.locator('.contest-card').waitFor();
  // A name is required.
  await page.locator('button.start-contest').click();
  assert.equal(await page.locator('.contest-card').count(), 1);
  await page.locator('#student-name').fill('Jasur');
  await page.locator('button.start-contest').click();
  await page.waitForURL(/#\/quiz\/namuna\/play$/);
  const form = page.locator('form.question');
  const option = form.locator('label.option').first();
  await option.click();
  await form.locator('button.submit').click();
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  await page.reload();
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  // Resumed from the student app's quiz page, the contest goes on on the contest page, which seals it.
  await page.goto(`${env.server.url}#/quiz/namuna`);
  await page.locator('.resume a.btn').click();
  await page.waitForURL(/contest\/#\/quiz\/namuna\/play$/);
  await page.locator('.position', { hasText: '2-savol' }).waitFor();
  for (let i = 0; i < 2; i++) {
    const o = page.locator('form.question label.option').first();
    await page.locator('form.question').waitFor();
    if (await o.count()) await o.click();
    await page.locator('form.question button.submit').click();
  }
  await page.locator('.hand-off').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
