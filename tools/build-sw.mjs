// Trunk post_build hook: writes sw.js into the staging folder with the list of every file of the
// build and a build id hashed from their contents (see tools/sw.template.js).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('TRUNK_STAGING_DIR is not set: run this as a Trunk post_build hook');
// Every page gets a worker of its own, with a cache named after the page (index.html → halol-app,
// contest.html → halol-contest, teacher.html → halol-teacher, ideas.html → halol-ideas, jury.html → halol-jury), so no worker
// deletes another's files. The pages in sub-folders also precache the icon they use from ../,
// and the teacher's and contest pages the packs they fetch from the student app's ../quizzes/.
const page = basename(process.env.TRUNK_HTML_FILE ?? 'index.html', '.html');
if (!/^[a-z0-9-]+$/.test(page)) throw new Error(`build-sw.mjs: a page name made of a-z, 0-9 and - is expected, not ${page}`);
const name = page === 'index' ? 'halol-app' : `halol-${page}`;
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();

// The packs' language editions, one folder each under quizzes/ (engine::pack::edition).
const EDITIONS = ['uz', 'ru'];
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name !== 'sw.js' && !name.endsWith('.md') && !name.endsWith('.schema.json')) files.push(path);
  }
})(staging);
// The student app reads only the editions of quizzes/; the pack files beside them are for the
// teacher's page, whose own worker keeps them.
const isPackFile = (url) => url.startsWith('quizzes/') && !EDITIONS.some((e) => url.startsWith(`quizzes/${e}/`));

const hash = createHash('sha256');
const urls = [];
for (const path of files) {
  const url = relative(staging, path).split(sep).join('/');
  if (page === 'index' && isPackFile(url)) continue;
  hash.update(url).update('\0').update(readFileSync(path));
  urls.push(url === 'index.html' ? './' : `./${url}`);
}
// The teacher's page reads the pack files themselves (../quizzes/*.json, validated there); the
// contest page, like the student app, reads the packs' language editions (../quizzes/uz/ and
// ../quizzes/ru/, written into the student app's folder by `halol editions` before this build).
const precache = (folder, url) => {
  const found = readdirSync(folder).filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json')).sort();
  if (!found.length) throw new Error(`build-sw.mjs: no pack in ${folder}`);
  for (const file of found) {
    hash.update(`${url}/${file}`).update('\0').update(readFileSync(join(folder, file)));
    urls.push(`${url}/${file}`);
  }
};
if (page === 'teacher') precache(join(source, 'quizzes'), '../quizzes');
if (page === 'contest') {
  const dist = process.env.TRUNK_DIST_DIR;
  if (!dist) throw new Error('TRUNK_DIST_DIR is not set: run this as a Trunk post_build hook');
  for (const edition of EDITIONS) precache(join(dist, '..', 'quizzes', edition), `../quizzes/${edition}`);
}
if (page !== 'index') urls.push('../favicon.svg');
const build = hash.digest('hex').slice(0, 16);
const template = readFileSync(fileURLToPath(new URL('./sw.template.js', import.meta.url)), 'utf8');
const sw = template.replace('__NAME__', name).replace('__BUILD__', build).replace('__FILES__', JSON.stringify(urls, null, 2));
writeFileSync(join(staging, 'sw.js'), sw);
console.log(`sw.js (${name}): build ${build}, ${urls.length} files precached`);
