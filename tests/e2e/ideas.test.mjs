// The whole idea contest across devices, through files only: three students write ideas on their
// own phones (the first reloads in the middle and finds every word), the organizer imports the
// three idea files and makes the anonymous jury pack, two jurors in their own browsers score every
// idea and export their sheets (the second also an early, incomplete one: the organizer chooses
// between the two), and the organizer leaves with the ranking as .xlsx and CSV.
//
// The marks are chosen so the result is known: every criterion of an idea gets the same mark from
// a juror, so a juror's total is 20 × the mark. Juror 1 gives 5, 4, 3 and juror 2 gives 5, 1, 3 to
// the first, second and third idea: totals 100, 50 (80 and 20: a spread of 60, above the
// threshold of 25, so flagged) and 60; the ranking is first, third, second.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { artifacts, fakeCamera, phonePage, shownQrCodes, startServer, withServerAndBrowser } from './support.mjs';
import { readXlsx } from './xlsx.mjs';

const env = withServerAndBrowser();
const files = join(artifacts, 'ideas');
mkdirSync(files, { recursive: true });

const IDEAS = [
  {
    title: 'Maktab xarajatlari ochiq taxtada',
    category: 'education',
    problem: 'Ota-onalardan maktab taʼmiri uchun pul yigʻiladi, lekin qayerga sarflangani hech kimga koʻrsatilmaydi.',
    solution: 'Maktab kirish qismiga har oyning kirim va chiqimlari yoziladigan ochiq taxta qoʻyish va uni saytda ham eʼlon qilish.',
    implementation: 'Ota-onalar qoʻmitasi har oy hisobni yozadi, direktor imzolaydi.',
    effect: 'Yashirin yigʻimlar kamayadi, ota-onalar ishonchi ortadi.',
    authors: [
      { name: 'Nilufar Rahimova', age: '15', school: '12-maktab', class: '9-A' },
      { name: 'Jasur Toshev', age: '16', school: '12-maktab', class: '10-B' },
    ],
    contact: '+998 00 000 00 01',
  },
  {
    title: 'Poliklinika navbati onlayn',
    category: 'health',
    problem: 'Poliklinikada shifokorga navbat uchun pul soʻrashadi, navbat esa qogʻozda yuritiladi.',
    solution: 'Navbatni telefon orqali olinadigan ochiq elektron roʻyxatga oʻtkazish, har bir bemor oʻz oʻrnini koʻradi.',
    implementation: 'Tuman tibbiyot birlashmasi bilan bitta poliklinikada sinab koʻrish.',
    effect: 'Navbat uchun pora soʻrash imkoni yoʻqoladi.',
    authors: [{ name: 'Madina Olimova', age: '17', school: 'Tibbiyot kolleji', class: '' }],
    contact: '@madina_olimova',
  },
  {
    title: 'Xaridlar natijasi mahalla saytida',
    category: 'procurement',
    problem: 'Mahalla uchun qilingan davlat xaridlari kimdan va qanchaga olingani aholiga nomaʼlum.',
    solution: 'Har bir xarid natijasini narxi va yetkazib beruvchisi bilan mahalla sahifasida eʼlon qilish.',
    implementation: 'Yoshlar yetakchisi har hafta xaridlar portalidan maʼlumot olib joylaydi.',
    effect: 'Qimmat narxdagi xaridlar koʻrinib qoladi va kamayadi.',
    authors: [{ name: 'Sardor Karimov', age: '19', school: 'Toshkent davlat yuridik universiteti', class: '2-kurs' }],
    contact: 'sardor.karimov@example.uz',
  },
];

/** Every author's name, school and class and every contact: none of them may reach the jury. */
const PRIVATE = IDEAS.flatMap((i) => [i.contact, ...i.authors.flatMap((a) => [a.name, a.school, ...(a.class ? [a.class] : [])])]);

/** Nothing is wider than the phone's screen (no sideways scrolling). */
async function assertFits(page) {
  const [scroll, view] = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
  assert.ok(scroll <= view, `the page is ${scroll} px wide on a ${view} px screen`);
}

/** Fills the form with `idea`, all but `skip` (a field id). */
async function fill(page, idea, { skip } = {}) {
  const texts = ['title', 'problem', 'solution', 'implementation', 'effect', 'contact'];
  for (const field of texts) {
    if (field !== skip) await page.locator(`#idea-${field}`).fill(idea[field]);
  }
  await page.locator('#idea-category').selectOption(idea.category);
  for (const [i, author] of idea.authors.entries()) {
    if (i > 0) await page.locator('button.add-author').click();
    for (const [field, value] of Object.entries(author)) {
      await page.locator(`#author-${i}-${field}`).fill(value);
    }
  }
}

/** Every field of the form as it reads now. */
async function readForm(page) {
  const value = (selector) => page.locator(selector).inputValue();
  const form = {};
  for (const field of ['title', 'problem', 'solution', 'implementation', 'effect', 'contact']) {
    form[field] = await value(`#idea-${field}`);
  }
  form.category = await value('#idea-category');
  form.authors = [];
  for (let i = 0; i < (await page.locator('fieldset.author-row').count()); i++) {
    const author = {};
    for (const field of ['name', 'age', 'school', 'class']) author[field] = await value(`#author-${i}-${field}`);
    form.authors.push(author);
  }
  return form;
}

/** Submits the form and downloads the sealed idea; resolves to the file's path. */
async function submitAndDownload(page, idea) {
  await page.locator('button.submit-idea').click();
  const card = page.locator('.submitted');
  await card.waitFor();
  assert.equal(await card.locator('.idea-title').innerText(), idea.title);
  const [download] = await Promise.all([page.waitForEvent('download'), card.locator('button.download-idea').click()]);
  assert.match(download.suggestedFilename(), /^halol-idea-[0-9A-F]{8}\.json$/);
  const path = join(files, download.suggestedFilename());
  await download.saveAs(path);
  const sealed = JSON.parse(readFileSync(path, 'utf8'));
  assert.equal(sealed.file, 'halol-idea');
  assert.equal(sealed.idea.title, idea.title);
  assert.deepEqual(
    sealed.idea.authors.map((a) => a.name),
    idea.authors.map((a) => a.name),
  );
  assert.match(sealed.seal, /^[0-9a-f]{64}$/);
  assert.equal(download.suggestedFilename(), `halol-idea-${sealed.id}.json`);
  return path;
}

/** A student's phone writes and submits `idea` in one go; resolves to the idea file's path and
 * the QR codes the phone shows for it. */
async function student(idea) {
  const { page, errors, context } = await phonePage(env.browser);
  await page.goto(`${env.server.url}ideas/`);
  await fill(page, idea);
  const path = await submitAndDownload(page, idea);
  const qrs = await shownQrCodes(page.locator('.submitted'));
  assert.deepEqual(errors, [], `${idea.authors[0].name}'s phone has no errors`);
  await context.close();
  return { path, qrs };
}

/** A juror in a browser of their own opens the pack, scores `marks[i]` on every criterion of the
 * idea titled IDEAS[i].title, and exports; resolves to the score files' paths. With `early`, the
 * juror first exports after the first idea (past the warning about missing marks), reloads, then
 * finishes: two sheets of the same juror. */
async function juror(packPath, name, marks, { laptop = false, early = false } = {}) {
  const { page, errors, context } = await phonePage(env.browser);
  if (laptop) await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${env.server.url}jury/#/juror`);
  await page.locator('input[name=jury-pack]').setInputFiles(packPath);
  await page.locator('.scoring').waitFor();
  await page.locator('#juror-name').fill(name);
  const cards = page.locator('li.jury-idea');
  assert.equal(await cards.count(), IDEAS.length);
  // The jurors see the ideas, never their authors.
  const shown = await page.locator('.juror-panel').innerText();
  for (const secret of PRIVATE) assert.ok(!shown.includes(secret), `${secret} is not shown to the jury`);

  const card = (i) => cards.filter({ has: page.locator('.idea-title', { hasText: IDEAS[i].title }) });
  const score = async (i) => {
    for (const criterion of await card(i).locator('fieldset.criterion').all()) {
      await criterion.locator(`label.seg[data-mark="${marks[i]}"]`).click();
    }
    await card(i).locator('textarea').fill(`${name}: ${marks[i]}`);
  };
  const exported = async (click, prefix = '') => {
    const [download] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = join(files, `${prefix}${download.suggestedFilename()}`);
    await download.saveAs(path);
    const sheet = JSON.parse(readFileSync(path, 'utf8'));
    assert.equal(sheet.file, 'halol-scores');
    assert.equal(sheet.juror, name);
    assert.equal(sheet.scores.length, 3);
    return path;
  };
  const paths = [];
  await score(0);
  if (early) {
    // Two ideas unmarked: a warning lists them before anything is exported.
    await page.locator('button.export-scores').click();
    const warning = page.locator('.export-warning');
    await warning.waitFor();
    assert.equal(await warning.locator('.missing-marks li').count(), 2);
    paths.push(await exported(() => warning.locator('button.export-anyway').click(), 'early-'));
    // The work survives a reload: the name and the marks given are still there.
    await page.reload();
    await page.locator('.scoring').waitFor();
    assert.equal(await page.locator('#juror-name').inputValue(), name);
    assert.equal(await card(0).locator(`label.seg[data-mark="${marks[0]}"] input:checked`).count(), 5);
  }
  await score(1);
  await score(2);
  await assertFits(page);
  assert.match(await page.locator('.progress-line').innerText(), /3 ta gʻoyadan 3 tasi baholandi/);
  paths.push(await exported(() => page.locator('button.export-scores').click()));
  await page.locator('.exported', { hasText: '✓' }).waitFor();
  await page.screenshot({ path: join(artifacts, `ideas-juror-${laptop ? 'laptop' : '360x640'}.png`) });
  assert.deepEqual(errors, [], `${name}'s browser has no errors`);
  await context.close();
  return paths;
}

test('students, an organizer and two jurors: three ideas, one blind jury pack, a ranking and a spreadsheet', async () => {
  // The first student writes most of the idea, reloads and finds every word.
  const first = await phonePage(env.browser);
  let page = first.page;
  await page.goto(`${env.server.url}ideas/`);
  await fill(page, IDEAS[0], { skip: 'effect' });
  assert.equal(await page.locator('#idea-title-count').innerText(), `${IDEAS[0].title.length} / 120`);
  await page.locator('.save-state', { hasText: '✓' }).waitFor();
  await page.reload();
  await page.locator('#idea-title').waitFor();
  const { effect, ...rest } = IDEAS[0];
  assert.deepEqual(await readForm(page), { ...rest, effect: '' }, 'every word is back after the reload');
  await assertFits(page);

  // Submitting without the effect: the summary takes the focus and the field says why.
  await page.locator('button.submit-idea').click();
  const summary = page.locator('.error-summary');
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
  assert.match(await summary.innerText(), /Kutilayotgan natija: Bu maydonni toʻldiring\./);
  assert.equal(await page.locator('#idea-effect-error').innerText(), 'Bu maydonni toʻldiring.');
  await page.screenshot({ path: join(artifacts, 'ideas-problems-360x640.png') });

  await page.locator('#idea-effect').fill(effect);
  await summary.waitFor({ state: 'hidden' });
  const firstFile = await submitAndDownload(page, IDEAS[0]);
  await page.screenshot({ path: join(artifacts, 'ideas-submitted-360x640.png') });

  // After a reload the form is empty and the idea is among "my ideas".
  await page.reload();
  await page.locator('.my-ideas .idea-card').first().waitFor();
  assert.equal(await page.locator('#idea-title').inputValue(), '');
  assert.deepEqual(await page.locator('.my-ideas .idea-title').allInnerTexts(), [IDEAS[0].title]);
  assert.deepEqual(first.errors, []);
  await first.context.close();

  // Two more students on their own phones.
  const second = await student(IDEAS[1]);
  const third = await student(IDEAS[2]);
  const ideaFiles = [firstFile, second.path, third.path];

  // The organizer imports two files (and one again: listed, not counted twice), and the third
  // idea from the student's QR codes with the camera.
  const organizer = await phonePage(env.browser);
  page = organizer.page;
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${env.server.url}jury/#/organizer`);
  await page.locator('input[name=ideas]').setInputFiles([ideaFiles[0], ideaFiles[1], ideaFiles[0]]);
  await page.locator('.idea-outcomes .outcome').nth(2).waitFor();
  await fakeCamera(page, third.qrs);
  await page.locator('button.scan-start').click();
  await page.locator('.idea-outcomes .outcome').nth(3).waitFor({ timeout: 30000 });
  await page.locator('button.scan-stop').click();
  const kinds = await page.locator('.idea-outcomes .outcome').evaluateAll((els) => els.map((e) => e.dataset.outcome));
  assert.deepEqual(kinds, ['accepted', 'accepted', 'duplicate', 'accepted']);
  assert.match(await page.locator('.idea-outcomes .outcome').nth(3).innerText(), /QR/);
  assert.equal(await page.locator('.accepted-idea').count(), 3);

  // The jury pack: every idea's text under a code, no author, school or contact.
  const [packDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button.make-pack-button').click()]);
  assert.match(packDownload.suggestedFilename(), /^halol-jury-[0-9A-F]{8}\.json$/);
  const packPath = join(files, packDownload.suggestedFilename());
  await packDownload.saveAs(packPath);
  const packText = readFileSync(packPath, 'utf8');
  const pack = JSON.parse(packText);
  assert.equal(pack.file, 'halol-jury-pack');
  assert.deepEqual(pack.ideas.map((i) => i.title).sort(), IDEAS.map((i) => i.title).sort());
  for (const secret of PRIVATE) assert.ok(!packText.includes(secret), `${secret} is not in the jury pack`);
  await page.locator('.pack-info').waitFor();
  // Making the pack again would replace it (and the jurors' sheets): saying no keeps it.
  page.once('dialog', (d) => d.dismiss());
  await page.locator('button.make-pack-button').click();
  assert.equal(await page.locator('.pack-info').getAttribute('data-pack'), pack.id);

  // Two jurors, each in a browser of their own; the second hands in an early sheet too.
  const [aziza] = await juror(packPath, 'Aziza Rahimova', [5, 4, 3]);
  const [early, bobur] = await juror(packPath, 'Bobur Aliyev', [5, 1, 3], { laptop: true, early: true });

  // The organizer imports the three sheets: Bobur's two wait side by side for a choice.
  await page.locator('input[name=sheets]').setInputFiles([aziza, early, bobur]);
  await page.locator('.sheet-outcomes .outcome').nth(2).waitFor();
  assert.deepEqual(
    await page.locator('.sheet-outcomes .outcome').evaluateAll((els) => els.map((e) => e.dataset.outcome)),
    ['accepted', 'accepted', 'same-juror'],
  );
  assert.match(await page.locator('.sheet-outcomes .outcome').nth(1).innerText(), /10 ta baho qoʻyilmagan/);
  const pair = page.locator('.duplicate-card');
  await pair.nth(1).waitFor();
  assert.deepEqual(await pair.locator('strong').allInnerTexts(), ['Bobur Aliyev', 'Bobur Aliyev']);
  await pair.filter({ hasText: '15 / 15' }).locator('button.keep').click();
  await pair.first().waitFor({ state: 'detached' });
  assert.deepEqual(await page.locator('ul.jurors li strong').allInnerTexts(), ['Aziza Rahimova', 'Bobur Aliyev']);

  await page.reload();
  const rows = page.locator('table.idea-ranking tbody tr');
  await rows.nth(2).waitFor();
  const expected = [IDEAS[0], IDEAS[2], IDEAS[1]];
  assert.deepEqual(await rows.locator('td.title').allInnerTexts(), expected.map((i) => i.title));
  assert.deepEqual(await rows.locator('td.place').allInnerTexts(), ['1', '2', '3']);
  assert.deepEqual(await rows.locator('td.total').allInnerTexts(), ['100', '60', '50']);
  assert.deepEqual(await rows.locator('td.jurors').allInnerTexts(), ['2', '2', '2']);
  assert.equal(await rows.nth(1).locator('td.authors').innerText(), 'Sardor Karimov');
  // The disagreement is flagged with an icon and words, on the second idea only.
  assert.deepEqual(await rows.evaluateAll((trs) => trs.map((tr) => tr.classList.contains('flagged'))), [false, false, true]);
  assert.match(await rows.nth(2).locator('td.flag').innerText(), /⚠\s*Hakamlar fikri farq qiladi/);
  await page.screenshot({ path: join(artifacts, 'ideas-ranking-laptop.png'), fullPage: true });

  // The spreadsheet: the ranking in the same order, authors revealed, a sheet per juror.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-xlsx').click()]);
  assert.equal(xlsx.suggestedFilename(), 'halol-ideas-innovatsion-goya.xlsx');
  const book = readXlsx(readFileSync(await xlsx.path()));
  assert.deepEqual(
    book.map((s) => s.name),
    ['Reyting', '1. Aziza Rahimova', '2. Bobur Aliyev'],
  );
  const [header, ...ranking] = book[0].rows;
  const col = (name) => header.indexOf(name);
  assert.ok(col('Oʻrin') === 0 && col('Nomi') > 0 && col('Mualliflar') > 0, header.join(' | '));
  assert.deepEqual(
    ranking.map((r) => [r[col('Oʻrin')], r[col('Nomi')], r[col('Umumiy ball (0–100)')], r[col('Hakamlar fikri farq qiladi')] ?? '']),
    [
      ['1', IDEAS[0].title, '100', ''],
      ['2', IDEAS[2].title, '60', ''],
      ['3', IDEAS[1].title, '50', 'ha'],
    ],
  );
  assert.equal(ranking[0][col('Mualliflar')], 'Nilufar Rahimova; Jasur Toshev');
  assert.equal(ranking[2][col('Aloqa')], IDEAS[1].contact);
  for (const sheet of book.slice(1)) assert.equal(sheet.rows.length, 1 + IDEAS.length, sheet.name);

  // The CSV: the same ranking.
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-csv').click()]);
  assert.equal(csvDownload.suggestedFilename(), 'halol-ideas-innovatsion-goya-ranking.csv');
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  assert.ok(csv.startsWith('\ufeff'), 'a byte order mark for Excel');
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(lines.length, 1 + IDEAS.length, csv);
  expected.forEach((idea, i) => {
    assert.ok(lines[i + 1].startsWith(`${i + 1},G-`), lines[i + 1]);
    assert.ok(lines[i + 1].includes(idea.title), `${idea.title} on line ${i + 2}`);
  });

  assert.deepEqual(organizer.errors, []);
  await organizer.context.close();
});

test('after one visit both idea pages work with the server gone: a draft kept, an idea sealed, the jury page open', async () => {
  const server = await startServer();
  const { page, errors, context } = await phonePage(env.browser);
  const controlled = () =>
    page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 20000 });
  await page.goto(`${server.url}jury/#/juror`);
  await page.locator('.juror-panel').waitFor();
  await controlled();
  assert.ok((await page.evaluate(() => caches.keys())).some((k) => k.startsWith('halol-jury-')));
  await page.goto(`${server.url}ideas/`);
  await page.locator('#idea-title').waitFor();
  await controlled();
  assert.ok((await page.evaluate(() => caches.keys())).some((k) => k.startsWith('halol-ideas-')));
  server.stop();

  // No network: the student's page reloads, keeps the draft and seals the idea.
  await page.reload();
  await fill(page, IDEAS[1]);
  await page.reload();
  assert.equal(await page.locator('#idea-title').inputValue(), IDEAS[1].title);
  await page.locator('button.submit-idea').click();
  await page.locator('.submitted').waitFor();

  // The idea stays on the phone until the student deletes it: saying no to the question keeps
  // it, yes removes it, and a reload agrees.
  const card = page.locator('.my-ideas .idea-card');
  await card.first().waitFor();
  assert.equal(await card.count(), 1);
  page.once('dialog', (d) => d.dismiss());
  await card.first().locator('button.delete-idea').click();
  await page.reload();
  await card.first().waitFor();
  assert.equal(await card.count(), 1, 'kept when the student says no');
  page.once('dialog', (d) => d.accept());
  await card.first().locator('button.delete-idea').click();
  await page.locator('.my-ideas .hint').waitFor();
  await page.reload();
  await page.locator('.my-ideas .hint').waitFor();
  assert.equal(await card.count(), 0, 'gone after a yes, and after a reload');

  // The jury page too opens with the server gone, ready for a pack.
  await page.goto(`${server.url}jury/#/juror`);
  await page.locator('.juror-panel').waitFor();
  assert.equal(await page.locator('input[name=jury-pack]').count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});
