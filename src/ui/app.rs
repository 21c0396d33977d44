//! The root component: storage, language and notices as context, the top bar with the language
//! switcher, and the screen for the URL hash.

use crate::bundled;
use crate::engine::catalog::Catalog;
use crate::engine::route::Route;
use crate::engine::saved::Prefs;
use crate::engine::text::Lang;
use crate::ui::browser;
use crate::ui::home_page::HomePage;
use crate::ui::i18n::{self, lang_name, t, use_lang, AnyText, Msg, Text};
use crate::ui::notices::{provide_notices, NoticeBar, Notices};
use crate::ui::quiz_page::{app_href, QuizScreen};
use crate::ui::storage::Store;
use leptos::prelude::*;

/// Mounts a page's root component on `<body>`, after installing the panic logger and removing the
/// static loading indicator the page shows while its wasm starts. Every page's entry point.
pub fn mount_page<F, N>(page: F)
where
    F: FnOnce() -> N + 'static,
    N: IntoView + 'static,
{
    crate::ui::crash::install_panic_hook();
    // Starting the wasm and drawing the page are separate tasks, not one long one, so the browser
    // can paint and answer input in between (Total Blocking Time, see `make bench`).
    set_timeout(
        move || {
            // A static first screen stays until the screen it shows is drawn (each screen calls
            // `browser::end_boot`); at the latest it goes after a few seconds, so a screen that
            // forgot to call it stays usable. The loading indicator goes at once.
            if browser::shows_first_screen() {
                set_timeout(browser::end_boot, std::time::Duration::from_secs(8));
            } else {
                browser::end_boot();
            }
            leptos::mount::mount_to_body(page);
        },
        std::time::Duration::ZERO,
    );
}

/// Draws `children` one task after its parent, so the first render of a page is split into
/// shorter tasks (the top bar first, then the screen).
#[component]
pub fn NextTask(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    set_timeout(move || ready.set(true), std::time::Duration::ZERO);
    move || ready.get().then(|| children())
}

/// What the pages in sub-folders (teacher/, ideas/, jury/) start with: notices, local storage
/// (also provided as context, `StoredValue<Store, LocalStorage>`), the interface language (kept in
/// `<html lang>`), and what the language switcher calls (the choice is remembered).
pub fn start_page() -> (
    StoredValue<Store, LocalStorage>,
    impl Fn(Lang) + Copy + 'static,
) {
    let notices = provide_notices();
    let (store, initial) = open_store(notices);
    let lang = i18n::provide_lang(initial);
    Effect::new(move |_| browser::set_document_lang(lang.0.get()));
    let store = StoredValue::new_local(store);
    provide_context(store);
    let choose = move |new: Lang| {
        lang.0.set(new);
        if let Err(e) = store.with_value(|s| s.save_prefs(&Prefs { lang: Some(new) })) {
            notices.storage(&e);
        }
    };
    (store, choose)
}

/// The top bar of a page in a sub-folder (the brand links back to the quizzes, the page's title,
/// the language switcher) and the notice bar under it.
#[component]
pub fn PageBar<F>(
    /// The page's title.
    #[prop(into)]
    title: AnyText,
    /// Called with the language the user picks.
    on_choose: F,
) -> impl IntoView
where
    F: Fn(Lang) + Copy + Send + Sync + 'static,
{
    view! {
        <header class="topbar">
            <a class="brand" href="../">"Halol"</a>
            <span class="topbar-title">{t(title)}</span>
            <LangSwitch on_choose />
        </header>
        <NoticeBar />
    }
}

/// Opens local storage (a problem with it becomes a notice) and reads the language to start
/// with: the one chosen before, else the browser's. Shared by the student app and the teacher's
/// page.
pub fn open_store(notices: Notices) -> (Store, Lang) {
    let store = Store::open();
    if let Some(problem) = store.problem() {
        notices.storage(&problem);
    }
    let prefs = store.load_prefs().unwrap_or_else(|e| {
        notices.storage(&e);
        Prefs::default()
    });
    let initial = prefs
        .lang
        .unwrap_or_else(|| i18n::detect(&browser::preferred_languages()));
    (store, initial)
}

/// The whole student app: practice and self-timed quizzes. A classroom contest (joined by code,
/// sealed, handed over) has its own page, `contest/`: the join and results routes lead there.
#[component]
pub fn App() -> impl IntoView {
    let (_, choose) = start_page();
    let route = hash_route();

    // A new version is offered between quizzes only, never on the question screen.
    let update_ready = RwSignal::new(browser::update_waiting());
    let update_listener =
        window_event_listener_untyped("halol-update-ready", move |_| update_ready.set(true));
    on_cleanup(move || update_listener.remove());
    let offer_update = move || update_ready.get() && !matches!(route.get(), Route::Play(_));

    // Three tasks after the wasm starts, not one: the page's state, then the top bar, then the
    // screen. The top bar is there before the screen, which replaces the static first screen.
    view! {
        <NextTask>
            <header class="topbar">
                <a class="brand" href="#/">"Halol"</a>
                <LangSwitch on_choose=choose />
            </header>
            <NoticeBar />
            <Show when=offer_update>
                <div class="notice update" role="status">
                    <p>{t(Msg::UpdateReady)}</p>
                    <button type="button" class="btn" on:click=move |_| browser::apply_update()>
                        {t(Msg::Reload)}
                    </button>
                </div>
            </Show>
        </NextTask>
        <main id="main">
            <NextTask>
                <NextTask>
                    <Screen route=route.into() other=student_screen />
                </NextTask>
            </NextTask>
        </main>
    }
}

/// The screen of the URL hash, kept in a signal that follows the hash. A link `?contest=CODE`
/// becomes the join route; the query is dropped from the address so a reload later does not
/// join again.
pub fn hash_route() -> RwSignal<Route> {
    let first = match browser::contest_param() {
        Some(code) => {
            let route = Route::Join(Some(code));
            browser::replace_location(&route.href());
            route
        }
        None => Route::parse(&browser::location_hash()),
    };
    let route = RwSignal::new(first);
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        route.set(Route::parse(&browser::location_hash()));
        window().scroll_to_with_x_and_y(0.0, 0.0);
    });
    on_cleanup(move || listener.remove());
    route
}

/// The student app's screens that are not a quiz's: the home page, and the way to the contest
/// page for its routes (old links and bookmarks of `#/join` and `#/results` keep working).
fn student_screen(route: Route, catalog: Catalog) -> AnyView {
    match route {
        Route::Join(_) | Route::MyResults => {
            browser::end_boot();
            browser::leave_for(&format!("contest/{}", route.href()));
            view! { <p class="loading" role="status">{t(Msg::Loading)}</p> }.into_any()
        }
        _ => view! { <HomePage catalog /> }.into_any(),
    }
}

/// The screen for `route`: a quiz's screens (intro, questions,
/// result) share one component, so moving between them keeps the loaded pack; any other route
/// is drawn by the page's `other`.
#[component]
pub fn Screen(route: Signal<Route>, other: fn(Route, Catalog) -> AnyView) -> impl IntoView {
    let pack_id = Memo::new(move |_| route.with(|r| r.pack_id().map(str::to_string)));
    // Screens that are not a quiz's.
    let elsewhere = Memo::new(move |_| route.with(|r| r.pack_id().is_none().then(|| r.clone())));
    move || {
        let catalog = bundled::catalog();
        match pack_id.get() {
            Some(id) => match catalog.get(&id) {
                Some(summary) => view! { <QuizScreen summary=summary.clone() route /> }.into_any(),
                None => view! { <NotFound /> }.into_any(),
            },
            None => match elsewhere.get() {
                Some(Route::NotFound(_)) | None => view! { <NotFound /> }.into_any(),
                Some(r) => other(r, catalog),
            },
        }
    }
}

/// "Page not found", with the way home.
#[component]
fn NotFound() -> impl IntoView {
    browser::end_boot();
    view! {
        <div class="error-panel" role="alert">
            <p>{t(Msg::NotFound)}</p>
            <a class="btn" href=app_href(&Route::Home)>{t(Msg::Home)}</a>
        </div>
    }
}

/// The language switcher: a labelled select, reachable from every page (of both apps).
#[component]
pub fn LangSwitch(
    /// Called with the language the reader picks.
    on_choose: impl Fn(Lang) + 'static,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <label class="lang-switch">
            <span class="visually-hidden">{t(Msg::Language)}</span>
            <select
                aria-label=move || Msg::Language.text(lang.get())
                on:change=move |ev| {
                    if let Some(l) = Lang::from_tag(&event_target_value(&ev)) {
                        on_choose(l);
                    }
                }
            >
                {Lang::ALL
                    .into_iter()
                    .map(|l| {
                        view! {
                            <option value=l.tag() selected=move || lang.get() == l>
                                {lang_name(l)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}
