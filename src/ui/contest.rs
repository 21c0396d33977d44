//! The classroom contest's student page (wasm32 only): a Trunk entry of its own (`contest.html` →
//! the `halol-contest` binary → `dist/contest/`). A student comes here by the teacher's link or QR
//! code (`contest/?contest=CODE`), by the code typed on the join screen (`contest/#/join`), or
//! from the student app's buttons; here the contest is joined, played, sealed and handed to the
//! teacher (file, QR codes), and the student's sealed results are kept (`#/results`).
//!
//! The quiz screens are the student app's ([`Screen`], [`QuizScreen`](crate::ui::quiz_page));
//! this page adds what only a classroom contest needs through [`ContestPage`] in context, so the
//! student app's wasm, which practises and takes self-timed quizzes, carries none of it: no code
//! parsing, no sealing, no QR drawing. Both pages share local storage: a contest attempt resumed
//! from the student app's quiz page is sent back here, so its result is always sealed.

use crate::engine::catalog::Catalog;
use crate::engine::pack::Pack;
use crate::engine::result_record::ResultRecord;
use crate::engine::route::Route;
use crate::engine::session::Session;
use crate::ui::app::{hash_route, start_page, PageBar, Screen};
use crate::ui::hand_off::HandOff;
use crate::ui::i18n::Msg;
use crate::ui::join_page::JoinPage;
use crate::ui::my_results_page::MyResultsPage;
use crate::ui::notices::Notices;
use crate::ui::quiz_page::{ContestPage, APP_VERSION};
use crate::ui::storage::Store;
use leptos::prelude::*;

/// Mounts the contest page on `<body>`, after installing the panic logger and removing the static
/// loading indicator of `contest.html`.
pub fn mount() {
    crate::ui::app::mount_page(ContestApp);
}

/// The whole contest page: storage, language and notices, the top bar, and the screen for the
/// URL hash.
#[component]
pub fn ContestApp() -> impl IntoView {
    let (_, choose) = start_page();
    provide_context(ContestPage {
        seal: seal_contest_result,
        hand_off: result_hand_off,
    });
    let route = hash_route();
    view! {
        <PageBar title=Msg::JoinContest on_choose=choose />
        <main id="main">
            <Screen route=route.into() other=contest_screen />
        </main>
    }
}

/// The screens of this page that are not a quiz's: the join screen (also for `#/`) and the
/// student's results.
fn contest_screen(route: Route, _: Catalog) -> AnyView {
    match route {
        Route::MyResults => view! { <MyResultsPage /> }.into_any(),
        Route::Join(code) => view! { <JoinPage code /> }.into_any(),
        _ => view! { <JoinPage code=None /> }.into_any(),
    }
}

/// When `session` is the classroom contest the student joined by code, seals its result record
/// and keeps it with the student's contests (until the student deletes it).
fn seal_contest_result(store: &Store, session: &Session, pack: &Pack, notices: Notices) {
    let mut contests = match store.load_contests() {
        Ok(c) => c,
        Err(e) => {
            notices.storage(&e);
            return;
        }
    };
    let Some(entry) = contests.entry.clone() else {
        return;
    };
    if entry.pack_id != pack.id || entry.started_ms != session.started_ms() {
        return;
    }
    match ResultRecord::from_session(session, pack, &entry.code, entry.student, APP_VERSION) {
        Ok(record) => {
            contests.records.push(record.to_json());
            contests.entry = None;
            if let Err(e) = store.save_contests(&contests) {
                notices.storage(&e);
            }
        }
        Err(_) => notices.show(Msg::SealFailed),
    }
}

/// Under the result of a finished attempt: its sealed record to hand to the teacher, when the
/// attempt was a contest joined by code.
fn result_hand_off(session: &Session) -> AnyView {
    let store = expect_context::<StoredValue<Store, LocalStorage>>();
    let record = store.with_value(|s| s.load_contests()).ok().and_then(|c| {
        c.records
            .iter()
            .filter_map(|json| ResultRecord::from_json(json).ok())
            .find(|r| r.started_ms == session.started_ms())
    });
    record
        .map(|record| view! { <HandOff record /> }.into_any())
        .unwrap_or_else(|| ().into_any())
}
