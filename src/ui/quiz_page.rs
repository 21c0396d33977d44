//! One quiz: loads its pack, keeps the attempt in progress in storage, and shows the intro, the
//! question screen or the result for the current route.

use crate::engine::catalog::PackSummary;
use crate::engine::pack::edition::{self, Edition};
use crate::engine::pack::Pack;
use crate::engine::route::Route;
use crate::engine::saved::Attempt;
use crate::engine::session::{Mode, Session};
use crate::ui::app::NextTask;
use crate::ui::browser::{self, go, now_ms};
use crate::ui::i18n::{
    date, minutes, points, question_of, questions, show, t, use_lang, Msg, Text,
};
use crate::ui::notices::{use_notices, Notices};
use crate::ui::play_view::{KeptDraft, PlayView};
use crate::ui::result_view::ResultView;
use crate::ui::storage::Store;
use leptos::prelude::*;
use std::sync::Arc;

/// Pack editions fetched in this visit, with their pack id and edition: a few at most, so a list
/// (a hash map would add its hashing code to the student's wasm).
type Fetched = std::cell::RefCell<Vec<(String, Edition, Arc<Pack>)>>;

thread_local! {
    /// The packs as their questions files have them.
    static PACKS: Fetched = Default::default();
    /// The same packs with their notes, once fetched.
    static NOTES: Fetched = Default::default();
}

/// A pack edition fetched earlier in this visit, from `cache`.
fn cached(
    cache: &'static std::thread::LocalKey<Fetched>,
    id: &str,
    edition: Edition,
) -> Option<Arc<Pack>> {
    cache.with(|c| {
        c.borrow()
            .iter()
            .find(|(i, e, _)| i == id && *e == edition)
            .map(|(_, _, pack)| pack.clone())
    })
}

/// Why a pack could not be opened.
#[derive(Clone, Debug)]
pub enum LoadError {
    /// The file could not be fetched (offline before the first visit, or missing).
    Fetch(String),
    /// The file is not the pack edition expected (a damaged copy).
    Invalid(String),
}

/// A pack edition as fetched, with its edition, or why it could not be.
type Loaded = Result<(Arc<Pack>, Edition), LoadError>;

/// What the classroom contest's page (`contest/`, [`crate::ui::contest`]) adds to the quiz
/// screens, provided as context by that page only: the student app never links it.
#[derive(Clone, Copy)]
pub struct ContestPage {
    /// Seals the result of a finished attempt when it is the contest joined by code.
    pub seal: fn(&Store, &Session, &Pack, Notices),
    /// Under a finished attempt's result: its sealed record to hand over, if it has one.
    pub hand_off: fn(&Session) -> AnyView,
}

/// Whether the quiz screens are on the contest page, one folder below the student app.
fn on_contest_page() -> bool {
    use_context::<ContestPage>().is_some()
}

/// The link to a screen of the student app (`#/…`), from whichever page the quiz screens are on.
pub fn app_href(route: &Route) -> String {
    let up = if on_contest_page() { "../" } else { "" };
    format!("{up}{}", route.href())
}

/// Fetches the `edition` of the pack of `summary` (once per visit) from the student app's
/// `quizzes/` folder, which is `../quizzes/` from the contest page. The build validated it
/// ([`edition`]).
pub async fn load_pack(
    summary: PackSummary,
    on_contest_page: bool,
    edition: Edition,
) -> Result<Arc<Pack>, LoadError> {
    if let Some(pack) = cached(&PACKS, &summary.id, edition) {
        return Ok(pack);
    }
    let up = if on_contest_page { "../" } else { "" };
    let json = browser::fetch_text(&format!("{up}quizzes/{}", edition.path(&summary.id)))
        .await
        .map_err(LoadError::Fetch)?;
    let pack = Arc::new(
        edition::read(&summary.id, edition, &json)
            .map_err(|e| LoadError::Invalid(e.to_string()))?,
    );
    PACKS.with(|p| p.borrow_mut().push((summary.id, edition, pack.clone())));
    Ok(pack)
}

/// Fetches the notes of `pack`, the `edition` fetched by [`load_pack`] (once per visit): the
/// pack with its explanations, sources and option feedback.
async fn load_notes(
    pack: Arc<Pack>,
    on_contest_page: bool,
    edition: Edition,
) -> Result<Arc<Pack>, String> {
    if let Some(full) = cached(&NOTES, &pack.id, edition) {
        return Ok(full);
    }
    let up = if on_contest_page { "../" } else { "" };
    let json =
        browser::fetch_text(&format!("{up}quizzes/{}", edition.notes_path(&pack.id))).await?;
    let full = Arc::new(edition::read_notes(&pack, edition, &json).map_err(|e| e.to_string())?);
    NOTES.with(|n| {
        n.borrow_mut()
            .push((pack.id.clone(), edition, full.clone()))
    });
    Ok(full)
}

/// Whether the notes of the quiz on screen (explanations, sources, option feedback) can be
/// shown. They come in a file of their own, fetched when the questions are on screen, so a
/// feedback panel may be drawn before they are there.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum NotesState {
    /// Fetched (or not needed: the pack came whole).
    #[default]
    Ready,
    /// On their way.
    Fetching,
    /// The fetch failed (offline before the first visit had them); the student can try again.
    Failed,
}

/// The notes of the quiz on screen, handed by its screens to the feedback panels.
#[derive(Clone, Copy)]
pub struct PackNotes {
    /// The pack with its notes (and its edition); `None` while they are fetched, `Err` when
    /// that failed. The type of the quiz screen's own pack signal, so its code is shared.
    full: RwSignal<Option<Loaded>>,
    /// Bumped to fetch again after a failure.
    retry: RwSignal<u32>,
}

impl PackNotes {
    /// The pack to draw feedback from: `pack` with its notes once they are there (a reactive
    /// read), else `pack` itself; and whether the notes are there. Without `notes`, `pack` is
    /// taken to be whole.
    pub fn complete(notes: Option<PackNotes>, pack: &Arc<Pack>) -> (Arc<Pack>, NotesState) {
        match notes.map(|n| n.full.get()) {
            None => (pack.clone(), NotesState::Ready),
            Some(Some(Ok((full, _)))) => (full, NotesState::Ready),
            Some(Some(Err(_))) => (pack.clone(), NotesState::Failed),
            Some(None) => (pack.clone(), NotesState::Fetching),
        }
    }

    /// Fetches the notes again, after a failure.
    pub fn retry(self) {
        self.retry.update(|n| *n += 1);
    }
}

/// The screens of one quiz: intro, play and result, chosen by `route`.
#[component]
pub fn QuizScreen(
    /// The catalog entry of the quiz.
    summary: PackSummary,
    /// The current route (its pack id is this quiz's).
    route: Signal<Route>,
) -> impl IntoView {
    let retry = RwSignal::new(0u32);
    let contest_page = on_contest_page();
    KeptDraft::provide();
    // A switch between Russian and the other languages fetches the other edition; the screen
    // in the old language stays until it is there, and the attempt, saved on every change, goes
    // on in the new one. A plain signal set by a task, not a resource: the student app then
    // links none of the async resource and suspense machinery (about 5 KB of brotli).
    let lang = use_lang();
    let edition = Memo::new(move |_| Edition::for_lang(lang.get()));
    let loaded = RwSignal::new(None::<Loaded>);
    Effect::new(move |_| {
        retry.track();
        let wanted = edition.get();
        let summary = summary.clone();
        leptos::task::spawn_local(async move {
            let result = load_pack(summary, contest_page, wanted)
                .await
                .map(|pack| (pack, wanted));
            // A later switch of edition wins over a fetch that comes back late; a screen gone
            // in the meantime (its signals disposed) takes nothing.
            if edition.try_get_untracked() == Some(wanted) {
                loaded.try_set(Some(result));
            }
        });
    });
    move || match loaded.get() {
        None => view! { <p class="loading" role="status">{t(Msg::Loading)}</p> }.into_any(),
        // Reading the pack and drawing its screen are two tasks, not one long one.
        Some(Ok((pack, edition))) => view! {
            <NextTask>
                <QuizFlow pack=pack.clone() edition route />
            </NextTask>
        }
        .into_any(),
        Some(Err(err)) => {
            browser::end_boot();
            let detail = match err {
                LoadError::Fetch(e) => e,
                LoadError::Invalid(e) => e,
            };
            view! {
                <div class="error-panel" role="alert">
                    <p>{t(Msg::PackLoadFailed)}</p>
                    <pre class="detail">{detail}</pre>
                    <button class="btn" on:click=move |_| retry.update(|n| *n += 1)>"↻"</button>
                </div>
            }
            .into_any()
        }
    }
}

/// The attempt state of one quiz, shared by its screens.
#[derive(Clone, Copy)]
pub struct Attempts {
    /// The attempt in progress, if any (saved on every change).
    pub current: RwSignal<Option<Session>>,
    /// The latest finished attempt, for the result screen.
    pub last: RwSignal<Option<Session>>,
    /// The best finished attempt's score and maximum.
    pub best: RwSignal<Option<(f64, f64)>>,
}

/// Loads the saved attempts of `pack`, keeps them saved, and shows the screen for `route`.
#[component]
fn QuizFlow(pack: Arc<Pack>, edition: Edition, route: Signal<Route>) -> impl IntoView {
    let store = expect_context::<StoredValue<Store, LocalStorage>>();
    let notices = use_notices();
    let contest = use_context::<ContestPage>();
    browser::end_boot();

    let saved = store.with_value(|s| s.load_session(&pack.id));
    let current = match saved {
        Ok(Some(session)) if session.check_pack(&pack).is_ok() && !session.is_finished() => {
            Some(session)
        }
        Ok(_) => None,
        Err(e) => {
            notices.storage(&e);
            None
        }
    };
    let log = store.with_value(|s| s.load_attempts()).unwrap_or_else(|e| {
        notices.storage(&e);
        Default::default()
    });
    let last = log.for_pack(&pack.id).last().map(|a| a.session.clone());
    let best = log.best(&pack.id).map(|a| (a.score, a.max));
    // An attempt at the contest joined by code goes on on the contest page, which seals it.
    let joined_contest = contest.is_none()
        && current.as_ref().is_some_and(|session| {
            store
                .with_value(|s| s.load_contest_in_progress())
                .ok()
                .flatten()
                .is_some_and(|(pack_id, started_ms)| {
                    pack_id == pack.id && started_ms == session.started_ms()
                })
        });
    let attempts = Attempts {
        current: RwSignal::new(current),
        last: RwSignal::new(last),
        best: RwSignal::new(best),
    };
    provide_context(attempts);

    // Every change to the attempt in progress is saved; a finished attempt moves to the log.
    {
        let pack = pack.clone();
        Effect::new(move |_| {
            let Some(session) = attempts.current.get() else {
                return;
            };
            if session.is_finished() {
                let result = session.result(&pack);
                store.update_value(|s| {
                    if let Some(attempt) = Attempt::from_session(session.clone(), &pack) {
                        if let Err(e) = s.add_attempt(attempt) {
                            notices.storage(&e);
                        }
                    }
                    if let Err(e) = s.clear_session(&pack.id) {
                        notices.storage(&e);
                    }
                    if let Some(contest) = contest {
                        (contest.seal)(s, &session, &pack, notices);
                    }
                });
                let ratio = |(s, m): (f64, f64)| if m > 0.0 { s / m } else { 0.0 };
                let better = attempts
                    .best
                    .get_untracked()
                    .is_none_or(|b| ratio((result.score, result.max)) > ratio(b));
                if better {
                    attempts.best.set(Some((result.score, result.max)));
                }
                attempts.last.set(Some(session));
                attempts.current.set(None);
                go(&Route::Result(pack.id.clone()).href());
            } else {
                store.update_value(|s| {
                    if let Err(e) = s.save_session(&session) {
                        notices.storage(&e);
                    }
                });
            }
        });
    }

    // Which of this quiz's screens the route asks for. A route to another quiz renders nothing
    // here: this component is about to be replaced, and its signals may already be disposed.
    let pack_id = pack.id.clone();
    let screen = Memo::new(move |_| {
        route.with(|r| match r {
            _ if r.pack_id() != Some(pack_id.as_str()) => Screen::Elsewhere,
            Route::Play(_) => Screen::Play,
            Route::Result(_) => Screen::Result,
            _ => Screen::Intro,
        })
    });
    // The notes are fetched once the questions or the result are on screen: the first load of a
    // quiz is its questions file only. A failed fetch is tried again on the student's request,
    // or on the next change of screen.
    let notes = PackNotes {
        full: RwSignal::new(None),
        retry: RwSignal::new(0),
    };
    {
        let pack = pack.clone();
        let contest_page = contest.is_some();
        Effect::new(move |_| {
            notes.retry.track();
            let needed = matches!(screen.get(), Screen::Play | Screen::Result);
            if !needed || notes.full.with_untracked(|f| matches!(f, Some(Ok(_)))) {
                return;
            }
            notes.full.set(None);
            let pack = pack.clone();
            leptos::task::spawn_local(async move {
                let result = load_notes(pack, contest_page, edition).await;
                notes.full.try_set(Some(
                    result.map(|full| (full, edition)).map_err(LoadError::Fetch),
                ));
            });
        });
    }
    // Memos, so that answering (which changes the attempt) does not rebuild the screen.
    let has_current = Memo::new(move |_| attempts.current.with(Option::is_some));
    let has_last = Memo::new(move |_| attempts.last.with(Option::is_some));
    let play = Route::Play(pack.id.clone()).href();
    move || match screen.get() {
        Screen::Elsewhere => ().into_any(),
        Screen::Play if joined_contest && attempts.current.with_untracked(Option::is_some) => {
            browser::leave_for(&format!("contest/{play}"));
            ().into_any()
        }
        Screen::Play if has_current.get() => {
            view! { <PlayView pack=pack.clone() notes /> }.into_any()
        }
        // Drawn again when the notes come (the play view's feedback reads them itself, so the
        // question screen is never redrawn for them).
        Screen::Result if has_last.get() => {
            let (pack, state) = PackNotes::complete(Some(notes), &pack);
            view! { <ResultView pack notes=state retry=Some(notes) /> }.into_any()
        }
        _ => view! { <IntroView pack=pack.clone() /> }.into_any(),
    }
}

/// The app version written into result records, idea files and score sheets.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The screens of one quiz.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    Intro,
    Play,
    Result,
    /// The route is about another quiz.
    Elsewhere,
}

/// The quiz's intro: description, size and time, the two modes, and resuming.
#[component]
fn IntroView(pack: Arc<Pack>) -> impl IntoView {
    let lang = use_lang();
    let attempts = expect_context::<Attempts>();
    let count = pack
        .settings
        .question_count
        .unwrap_or(pack.questions.len())
        .min(pack.questions.len());
    let time = pack.settings.time_limit_secs;
    let start = {
        let pack = pack.clone();
        move |mode: Mode| {
            let in_progress = attempts.current.with_untracked(Option::is_some);
            let confirmed = !in_progress
                || window()
                    .confirm_with_message(Msg::ConfirmStartOver.text(lang.get_untracked()))
                    .unwrap_or(false);
            if !confirmed {
                return;
            }
            let session = Session::start(&pack, mode, browser::new_seed(), now_ms(), None);
            attempts.current.set(Some(session));
            go(&Route::Play(pack.id.clone()).href());
        }
    };
    let start_practice = {
        let start = start.clone();
        move |_| start(Mode::Practice)
    };
    let start_contest = move |_| start(Mode::Contest);
    let id = pack.id.clone();
    let title = pack.title.clone();
    let description = pack.description.clone();
    view! {
        <article class="intro">
            <p><a href=app_href(&Route::Home) class="back">"← " {t(Msg::Home)}</a></p>
            <h1>{move || show(&title, lang.get())}</h1>
            <p class="lead">{move || show(&description, lang.get())}</p>
            {move || {
                attempts.current.get().map(|s| {
                    let id = id.clone();
                    view! {
                        <div class="resume" role="status">
                            <p>
                                <strong>{t(Msg::InProgress)}</strong>
                                ": " {
                                    let (k, n) = (s.position(), s.len());
                                    move || question_of(k, n, lang.get())
                                }
                            </p>
                            <a class="btn" href=Route::Play(id).href()>{t(Msg::Continue)}</a>
                        </div>
                    }
                    .into_any()
                })
            }}
            {move || attempts.best.get().map(|(score, max)| view! {
                <p class="best">
                    {t(Msg::BestScore)} ": "
                    {move || format!("{} / {}", points(score, lang.get()), points(max, lang.get()))}
                </p>
            }.into_any())}
            {move || attempts.last.get().and_then(|s| s.finished_ms()).map(|ms| view! {
                <p class="last-attempt">
                    {t(Msg::LastAttempt)} ": " {move || date(ms, lang.get())}
                </p>
            }.into_any())}
            <div class="modes">
                <section class="mode">
                    <h2>{t(Msg::Practice)}</h2>
                    <p>{t(Msg::PracticeHint)}</p>
                    <p class="pack-meta">{move || questions(count, lang.get())}</p>
                    <button type="button" class="btn" data-mode="practice" on:click=start_practice>
                        {move || if attempts.current.with(|c| c.is_some()) { Msg::StartOver } else { Msg::Practice }.text(lang.get())}
                    </button>
                </section>
                <section class="mode">
                    <h2>{t(Msg::Contest)}</h2>
                    <p>{t(Msg::ContestHint)}</p>
                    <p class="pack-meta">
                        {move || questions(count, lang.get())}
                        {move || time.map(|t| format!(" · {}", minutes(t, lang.get())))}
                    </p>
                    <button type="button" class="btn" data-mode="contest" on:click=start_contest>
                        {move || if attempts.current.with(|c| c.is_some()) { Msg::StartOver } else { Msg::Contest }.text(lang.get())}
                    </button>
                </section>
            </div>
        </article>
    }
}
