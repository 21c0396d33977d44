// Halol's service worker: after the first visit, every file of this build comes from the cache,
// so the app opens, reloads and runs quizzes with the network off.
//
// - Every page (the student app in dist/, and contest/, teacher/, ideas/, jury/) has a worker and a
//   cache name of its own (NAME), so none deletes another's files.
// - The cache is keyed by the build (BUILD is a hash of every file): a new deploy installs into a
//   new cache beside the old one, and files of two builds are never mixed.
// - A new version waits until the page asks it to take over (the student agrees to reload);
//   then the old caches are deleted.
// Written by hand (about 50 lines) instead of a library such as Workbox: the whole job is a
// precache of a fixed file list, and a library would add more code than it saves.
const NAME = '__NAME__';
const BUILD = '__BUILD__';
const FILES = __FILES__;
const CACHE = `${NAME}-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(`${NAME}-`) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Only this page itself is answered with its index.html; other pages inside the scope (the
  // pages in contest/, teacher/, … for the student app's worker) are not this worker's to serve.
  if (request.mode === 'navigate') {
    const path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
    if (path !== '' && path !== 'index.html') return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Page loads (any URL of the app, with any query) get this build's index.html.
      const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
      const hit = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
      return hit ?? fetch(request);
    }),
  );
});
