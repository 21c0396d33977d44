// The whole classroom contest across devices: a teacher makes a code, two students on their own
// phones (separate browser contexts) take the contest from the link and download their result
// files, the teacher imports both and leaves with the ranking and a spreadsheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, fakeCamera, phonePage, shownQrCodes, withServerAndBrowser } from './support.mjs';
import { readXlsx } from './xlsx.mjs';

const env = withServerAndBrowser();

/** A student's phone: joins by the link, takes the contest (`pick` chooses the option index of
 * each question), downloads the result file; resolves to the file's path and the SVG markup of
 * the result's QR codes as the phone shows them. */
async function student(link, name, pick) {
  const { page, errors, context } = await phonePage(env.browser);
  await page.goto(link);
  await page.locator('#student-name').fill(name);
  await page.locator('#student-class').fill('9-A');
  await page.locator('button.start-contest').click();
  const total = Number(await page.locator('.dots').getAttribute('aria-valuemax'));
  for (let i = 0; i < total; i++) {
    const form = page.locator('form.question');
    await form.waitFor();
    const options = form.locator('label.option');
    if (await options.count()) await options.nth(pick(i) % (await options.count())).click();
    await form.locator('button.submit').click();
  }
  const handOff = page.locator('.hand-off');
  await handOff.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), handOff.locator('button.download').click()]);
  const path = join(artifacts, download.suggestedFilename());
  await download.saveAs(path);
  const qrs = await shownQrCodes(handOff);
  assert.ok(qrs.length >= 1 && qrs.every((svg) => svg.includes('<svg')), `QR images: ${qrs.length}`);
  assert.deepEqual(errors, [], `${name}'s phone has no errors`);
  await context.close();
  return { path, qrs };
}

test('a teacher, two students on two phones, one ranking and one spreadsheet', async () => {
  const teacher = await phonePage(env.browser);
  const page = teacher.page;
  await page.goto(`${env.server.url}teacher/`);
  await page.locator('select[name=pack]').selectOption('namuna');
  await page.locator('input[name=minutes]').fill('10');
  await page.locator('input[name=name]').fill('Halollik haftaligi');
  await page.locator('input[name=class]').fill('9-A');
  await page.locator('button.make-code').click();
  const link = await page.locator('.contest-link').getAttribute('href');
  assert.match(link, /\?contest=[0-9A-Z]{10}$/);

  // Two students, each on a phone of their own.
  const { path: first } = await student(link, 'Nilufar Rahimova', () => 0);
  const { path: second, qrs } = await student(link, 'Jasur Toshev', () => 1);
  for (const path of [first, second]) {
    const record = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(record.contest, link.split('=')[1]);
    assert.match(record.seal, /^[0-9a-f]{64}$/);
  }

  // The teacher collects the first student's file, and the second student's QR codes with the
  // camera: the camera is a canvas stream showing the phone's QR codes one after the other (the
  // test's only stand-in), decoded by the page's own wasm.
  await page.locator('input[name=results]').setInputFiles([first]);
  await page.locator('.outcome').first().waitFor();
  await fakeCamera(page, qrs);
  await page.locator('button.scan-start').click();
  await page.locator('.outcome').nth(1).waitFor({ timeout: 20000 });
  assert.match(await page.locator('.scan-status').innerText(), /Oʻqildi/);
  await page.locator('button.scan-stop').click();
  await page.locator('button.scan-start').waitFor();
  const kinds = await page.locator('.outcome').evaluateAll((els) => els.map((e) => e.dataset.outcome));
  assert.deepEqual(kinds, ['accepted', 'accepted']);
  assert.match(await page.locator('.outcome').nth(1).innerText(), /QR.*Jasur Toshev/s);
  const names = await page.locator('table.ranking tbody td.name').allInnerTexts();
  assert.deepEqual([...names].sort(), ['Jasur Toshev', 'Nilufar Rahimova']);

  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-xlsx').click()]);
  const book = readFileSync(await xlsx.path());
  assert.equal(book.subarray(0, 2).toString(), 'PK', 'an .xlsx (zip) file');
  // The spreadsheet has the ranking shown on the page, one row per student, and every answer.
  const [ranking, perQuestion, answers] = readXlsx(book);
  assert.deepEqual(
    [ranking.name, perQuestion.name, answers.name],
    ['Reyting', 'Tahlil', 'Javoblar'],
  );
  assert.deepEqual(ranking.rows[0].slice(0, 4), ['Oʻrin', 'Ism', 'Sinf', 'Maktab']);
  const shown = await page.locator('table.ranking tbody tr').evaluateAll((rows) =>
    rows.map((r) => [r.querySelector('.place').innerText.replace('=', ''), r.querySelector('.name').innerText]),
  );
  assert.deepEqual(
    ranking.rows.slice(1).map((r) => [r[0], r[1]]),
    shown,
  );
  assert.equal(ranking.rows.length, 3, 'a header and two students');
  for (const row of ranking.rows.slice(1)) assert.equal(row[2], '9-A');
  assert.equal(perQuestion.rows.length, 1 + 3, 'a header and the three questions');
  assert.equal(answers.rows.length, 1 + 2 * 3, 'a header and every answer of both students');
  await page.screenshot({ path: join(artifacts, 'classroom-teacher-360x640.png'), fullPage: true });
  assert.deepEqual(teacher.errors, []);
  await teacher.context.close();
});
