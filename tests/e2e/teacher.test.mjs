// The teacher's journey on a phone: create a contest and see its code, import three result files
// (two good, one hand-edited), see each listed with its outcome, reload and find everything still
// there, and download the ranking as CSV.
//
// The result files are real sealed records committed under tests/fixtures/contest/teacher/ (kept
// up to date by tests/contest_fixtures.rs) for the contest this journey creates: Math.random is
// fixed to 0.25, so the page draws a known seed and makes the code in code.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, phonePage, repo, withServerAndBrowser } from './support.mjs';
import { readXlsx } from './xlsx.mjs';

const env = withServerAndBrowser();
const fixtures = join(repo, 'tests', 'fixtures', 'contest', 'teacher');
const code = readFileSync(join(fixtures, 'code.txt'), 'utf8').trim();

/** The names in the ranking table, top first. */
async function rankingNames(page) {
  return page.locator('table.ranking tbody td.name').allInnerTexts();
}

test('teacher: create a contest, import three result files, reload, download the ranking CSV', async () => {
  const { page, errors, context } = await phonePage(env.browser);
  await page.addInitScript(() => {
    Math.random = () => 0.25;
  });
  await page.goto(`${env.server.url}teacher/`);

  // Create: the sample quiz, all questions, 10 minutes.
  await page.locator('select[name=pack]').selectOption('namuna');
  await page.locator('input[name=minutes]').fill('10');
  await page.locator('input[name=name]').fill('Halollik haftaligi');
  await page.locator('input[name=class]').fill('9-A');
  await page.locator('button.make-code').click();
  const shown = page.locator('.contest-code');
  await shown.waitFor();
  assert.equal(await shown.getAttribute('data-code'), code);
  assert.equal((await shown.innerText()).trim(), `${code.slice(0, 5)}-${code.slice(5)}`);
  assert.equal(await page.locator('.contest-link').getAttribute('href'), `${env.server.url}contest/?contest=${code}`);
  // The link as a QR code, for the students' phone cameras.
  await page.locator('.contest-qr svg').waitFor();
  await page.locator('.results').waitFor();
  await page.screenshot({ path: join(artifacts, 'teacher-code-360x640.png'), fullPage: true });

  // Collect: three files at once; each listed with its outcome, in the teacher's language.
  await page
    .locator('input[name=results]')
    .setInputFiles(['aziz.json', 'bobur.json', 'malika-edited.json'].map((f) => join(fixtures, f)));
  await page.locator('.outcome').nth(2).waitFor();
  const outcomes = await page.locator('.outcome').evaluateAll((els) => els.map((e) => [e.dataset.outcome, e.innerText]));
  assert.deepEqual(
    outcomes.map(([kind]) => kind),
    ['accepted', 'accepted', 'tampered'],
  );
  assert.match(outcomes[0][1], /aziz\.json.*Aziz Karimov.*Qabul qilindi/s);
  assert.match(outcomes[2][1], /malika-edited\.json.*Malika Tosheva.*oʻzgartirilgan/s);
  assert.deepEqual(await rankingNames(page), ['Aziz Karimov', 'Bobur Aliyev']);
  assert.equal(await page.locator('table.analytics tbody tr').count(), 3);
  await page.screenshot({ path: join(artifacts, 'teacher-results-360x640.png'), fullPage: true });

  // A reload keeps the contest and its results.
  await page.reload();
  await page.locator('table.ranking tbody tr').nth(1).waitFor();
  assert.equal(await page.locator('.contest-code').getAttribute('data-code'), code);
  assert.deepEqual(await rankingNames(page), ['Aziz Karimov', 'Bobur Aliyev']);

  // The ranking as CSV: BOM, a header, one row per student in ranking order.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-ranking').click()]);
  assert.equal(download.suggestedFilename(), `halol-${code}-ranking.csv`);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff'), 'starts with a byte order mark for Excel');
  const rows = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(rows.length, 3, csv);
  assert.match(rows[1], /^1,Aziz Karimov,9-A,12-maktab,3,3,\d+,/);
  assert.match(rows[2], /^2,Bobur Aliyev,9-A,12-maktab,[\d.]+,3,\d+,/);

  // The same as an Excel workbook: a zip file (the native tests read its sheets).
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-xlsx').click()]);
  assert.equal(xlsx.suggestedFilename(), `halol-${code}.xlsx`);
  const book = readFileSync(await xlsx.path());
  assert.equal(book.subarray(0, 2).toString(), 'PK');
  assert.ok(book.length > 3000, `a whole workbook, not an empty file: ${book.length} bytes`);

  // The class file for the organizer.
  const [classFile] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-class').click()]);
  assert.equal(classFile.suggestedFilename(), `halol-class-${code}.json`);
  const classPath = join(artifacts, classFile.suggestedFilename());
  await classFile.saveAs(classPath);

  assert.deepEqual(errors, []);
  await context.close();

  await organizer(classPath);
});

/** The organizer, on a device of their own: this class's file and another teacher's class (9-B,
 * another code, same quiz) give one ranking with school and class columns; a file loaded twice
 * adds nothing; the spreadsheet has the same rows. */
async function organizer(classPath) {
  const { page, errors, context } = await phonePage(env.browser);
  await page.goto(`${env.server.url}teacher/`);
  const school = page.locator('section.school');
  await school.waitFor();
  await school
    .locator('input[name=class-files]')
    .setInputFiles([classPath, join(fixtures, 'class-9-b.json'), classPath, join(fixtures, 'aziz.json')]);
  const loaded = school.locator('.class-files .outcome');
  await loaded.nth(3).waitFor();
  const texts = await loaded.allInnerTexts();
  assert.match(texts[0], /Yangi tanlovlar: 1, yangi natijalar: 2, avval bor edi: 0/);
  assert.match(texts[1], /Yangi tanlovlar: 1, yangi natijalar: 2, avval bor edi: 0/);
  assert.match(texts[2], /Yangi tanlovlar: 0, yangi natijalar: 0, avval bor edi: 2/);
  assert.match(texts[3], /aziz\.json — Bu Halol sinf fayli emas/, 'a result file is not a class file');

  // Tick both classes: one ranking.
  const boxes = school.locator('input[name=school-contest]');
  assert.equal(await boxes.count(), 2);
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  const rows = school.locator('table.ranking tbody tr');
  await rows.nth(3).waitFor();
  const table = await rows.evaluateAll((trs) =>
    trs.map((tr) => [tr.querySelector('.name').innerText, tr.querySelector('.school').innerText, tr.querySelector('.class').innerText]),
  );
  assert.deepEqual(table, [
    ['Sardor Qodirov', '12-maktab', '9-B'],
    ['Aziz Karimov', '12-maktab', '9-A'],
    ['Kamola Yusupova', '12-maktab', '9-B'],
    ['Bobur Aliyev', '12-maktab', '9-A'],
  ]);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), school.locator('button.download-xlsx').click()]);
  assert.equal(xlsx.suggestedFilename(), 'halol-school-2.xlsx');
  const [ranking] = readXlsx(readFileSync(await xlsx.path()));
  assert.deepEqual(
    ranking.rows.slice(1).map((r) => [r[0], r[1], r[2], r[3]]),
    [
      ['1', 'Sardor Qodirov', '9-B', '12-maktab'],
      ['2', 'Aziz Karimov', '9-A', '12-maktab'],
      ['3', 'Kamola Yusupova', '9-B', '12-maktab'],
      ['4', 'Bobur Aliyev', '9-A', '12-maktab'],
    ],
  );
  await page.screenshot({ path: join(artifacts, 'teacher-school-360x640.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
}
