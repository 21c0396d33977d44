// The static first screen (written into index.html by tools/prerender.mjs after the build; this
// file is its template). Before the wasm arrives, it draws the screen the app will draw: the home
// page or a quiz's intro, in the visitor's language, captured from the app itself. The app removes
// it in the same frame as it draws its own copy (`browser::end_boot`); until then the style sheet
// hides the app's nodes (`#boot.shell ~ *`). Wherever the app would draw something else (a saved
// attempt on the intro, another address), the loading indicator stays.
(function () {
  var screens = __SCREENS__;
  var langs = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'];
  var lang = null;
  function stored(key) {
    try {
      return localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }
  // The language chosen before, else the browser's (as i18n::detect).
  try {
    var prefs = JSON.parse(stored('halol.prefs'));
    if (prefs && langs.indexOf(prefs.lang) >= 0) lang = prefs.lang;
  } catch (e) {}
  var wanted = navigator.languages || [navigator.language || ''];
  for (var i = 0; !lang && i < wanted.length; i++) {
    var tag = String(wanted[i]).toLowerCase();
    if (tag.indexOf('uz-cyrl') === 0) lang = 'uz-Cyrl';
    else if (tag.indexOf('uz') === 0) lang = 'uz-Latn';
    else if (tag.indexOf('ru') === 0) lang = 'ru';
    else if (tag.indexOf('en') === 0) lang = 'en';
  }
  lang = lang || 'uz-Latn';
  // The loader (shell/start.js) preloads a quiz's pack edition for this language.
  window.halolLang = lang;
  if (location.search.indexOf('contest=') >= 0) return;
  var path = location.hash.replace(/^#/, '').replace(/^\/+|\/+$/g, '');
  var key = null;
  if (path === '') key = new Date().getDay() === 5 ? 'friday' : 'home';
  var quiz = /^quiz\/([a-z0-9-]+)$/.exec(path);
  // The intro of a quiz with a saved attempt shows it (resume, best score): the app draws that.
  if (quiz && stored('halol.session.' + quiz[1]) === null && (stored('halol.attempts') || '').indexOf('"' + quiz[1] + '"') < 0) {
    key = path;
  }
  var html = key && screens[lang][key];
  var boot = document.getElementById('boot');
  if (!html || !boot) return;
  boot.className = 'shell';
  boot.removeAttribute('role');
  boot.removeAttribute('aria-live');
  boot.innerHTML = html;
  document.documentElement.lang = lang;
  // The language menu works before the wasm too: the choice is stored as the app stores it
  // (halol.prefs, version 1), so the app starts in it, and the screen is redrawn in it at once.
  boot.addEventListener('change', function (e) {
    var chosen = e.target && e.target.value;
    if (e.target.tagName !== 'SELECT' || !screens[chosen]) return;
    try {
      localStorage.setItem('halol.prefs', JSON.stringify({ v: 1, lang: chosen }));
    } catch (err) {}
    boot.innerHTML = screens[chosen][key];
    document.documentElement.lang = chosen;
  });
  // Links work before the wasm (the app follows the address). A tap on one of the intro's mode
  // buttons is kept and repeated on the app's own button once it has taken over.
  var mode = null;
  boot.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('button[data-mode]');
    if (button) mode = button.getAttribute('data-mode');
  });
  new MutationObserver(function (changes, observer) {
    if (boot.isConnected) return;
    observer.disconnect();
    if (mode) {
      setTimeout(function () {
        var button = document.querySelector('main button[data-mode="' + mode + '"]');
        if (button) button.click();
      }, 0);
    }
  }).observe(document.body, { childList: true });
})();
