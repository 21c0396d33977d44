// The student app's loader (tools/prerender.mjs puts it in place of Trunk's). It starts the app
// once the static first screen is on the screen, so the screen's few kilobytes do not share the slow
// network with the wasm's two hundred; on a quiz's address (#/quiz/<id>…) the quiz's pack is
// preloaded beside the wasm: the language edition the app will fetch (quizzes/ru/<id>.json for
// Russian, else quizzes/uz/<id>.json; engine::pack::edition), whose fetch reuses the preload.
await new Promise((painted) => {
  // The first paint's entry arrives once that paint is on the screen. At the latest after half a
  // second: a tab opened in the background paints nothing until it is shown.
  setTimeout(painted, 500);
  try {
    new PerformanceObserver((list, observer) => {
      if (list.getEntriesByName('first-contentful-paint').length) {
        observer.disconnect();
        painted();
      }
    }).observe({ type: 'paint', buffered: true });
  } catch (e) {
    requestAnimationFrame(() => setTimeout(painted, 0));
  }
});
const quiz = /^#\/quiz\/([a-z0-9-]+)/.exec(location.hash);
if (quiz) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = `quizzes/${window.halolLang === 'ru' ? 'ru' : 'uz'}/${quiz[1]}.json`;
  document.head.appendChild(link);
}
// The wasm and its JS glue download side by side, not one after the other. The module is
// compiled from its bytes once they are all there, not while they stream in: streaming
// compilation decodes the module on the main thread as the bytes arrive (one task of about 30 ms
// in Lighthouse's trace of the home page), the compilation of a whole module runs on the
// browser's background threads.
const download = fetch('__WASM__').then((response) => {
  if (!response.ok) throw new Error(`__WASM__: ${response.status}`);
  return response.arrayBuffer();
});
const bindings = await import('__JS__');
const wasm = await bindings.default({ module_or_path: await download });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
