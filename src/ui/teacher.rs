//! The teacher's page (wasm32 only): a second Trunk entry (`teacher.html` → the `halol-teacher`
//! binary → `dist/teacher/`), so none of this code is in the student's first load.
//!
//! One page, top to bottom: create a contest ([`create`]), the list of the teacher's contests,
//! and for the chosen one its code and link, the collection of result files ([`collect`]) and the
//! ranking, per-question analytics and CSV downloads ([`results`]). Every contest and every result
//! kept lives in local storage under `halol.collections` (through [`crate::ui::storage`]), so a
//! reload keeps everything; the grades are never stored but recomputed from the kept records
//! against the pack ([`SavedContest::collection`]).

pub mod collect;
pub mod create;
pub mod results;
pub mod school;

use crate::bundled;
use crate::engine::catalog::PackSummary;
use crate::engine::contest_code;
use crate::engine::import::{Collection, ImportOutcome};
use crate::engine::pack::{parse_pack, Pack};
use crate::engine::saved::SavedContest;
use crate::engine::school::{class_file, class_file_name, merge_contests, Merged};
use crate::ui::app::{start_page, PageBar};
use crate::ui::browser;
use crate::ui::i18n::teacher::TeacherMsg;
use crate::ui::i18n::{t, tx, Msg};
use crate::ui::notices::Notices;
use crate::ui::storage::Store;
use collect::CollectResults;
use create::CreateContest;
use leptos::prelude::*;
use results::Results;

/// Mounts the teacher's page on `<body>`, after installing the panic logger and removing the
/// static loading indicator of `teacher.html`.
pub fn mount() {
    crate::ui::app::mount_page(TeacherApp);
}

/// The teacher's contests as stored, shared through context; every change is saved at once.
#[derive(Clone, Copy)]
pub struct Contests {
    /// Every contest, oldest first.
    pub list: RwSignal<Vec<SavedContest>>,
    store: StoredValue<Store, LocalStorage>,
    notices: Option<Notices>,
}

impl Contests {
    /// Loads the teacher's contests from `store` (a storage problem becomes a notice when a
    /// notice bar is provided) and provides them to the components below.
    pub fn provide(store: Store) -> Contests {
        let notices = use_context::<Notices>();
        let list = store.load_collections().unwrap_or_else(|e| {
            if let Some(n) = notices {
                n.storage(&e);
            }
            Vec::new()
        });
        let contests = Contests {
            list: RwSignal::new(list),
            store: StoredValue::new_local(store),
            notices,
        };
        provide_context(contests);
        contests
    }

    /// Changes the contest with this code (if any) and saves the list.
    pub fn change(&self, code: &str, f: impl FnOnce(&mut SavedContest)) {
        self.list.update(|list| {
            if let Some(c) = list.iter_mut().find(|c| c.code == code) {
                f(c);
            }
        });
        self.save();
    }

    /// Adds a new contest at the end and saves the list.
    pub fn add(&self, contest: SavedContest) {
        self.list.update(|list| list.push(contest));
        self.save();
    }

    /// Merges contests from class files into the list (see [`merge_contests`]) and saves it.
    pub fn merge(&self, incoming: Vec<SavedContest>) -> Merged {
        let mut merged = Merged::default();
        self.list
            .update(|list| merged = merge_contests(list, incoming));
        self.save();
        merged
    }

    /// The contest with this code, as it is now (untracked).
    pub fn get(&self, code: &str) -> Option<SavedContest> {
        self.list
            .with_untracked(|list| list.iter().find(|c| c.code == code).cloned())
    }

    fn save(&self) {
        let result = self
            .store
            .with_value(|s| self.list.with_untracked(|list| s.save_collections(list)));
        if let (Err(e), Some(n)) = (result, self.notices) {
            n.storage(&e);
        }
    }
}

/// The contests shared by [`Contests::provide`].
pub fn use_contests() -> Contests {
    expect_context::<Contests>()
}

/// The whole teacher's page.
#[component]
pub fn TeacherApp() -> impl IntoView {
    let (store, choose) = start_page();
    let contests = Contests::provide(store.get_value());

    // The contest shown below the list: the newest, until the teacher picks another.
    let selected = RwSignal::new(
        contests
            .list
            .with_untracked(|l| l.last().map(|c| c.code.clone())),
    );
    let on_created = move |contest: SavedContest| {
        let code = contest.code.clone();
        contests.add(contest);
        selected.set(Some(code));
    };

    view! {
        <PageBar title=TeacherMsg::Page on_choose=choose />
        <main id="main" class="teacher">
            <h1>{t(TeacherMsg::Page)}</h1>
            <p class="lead">{t(TeacherMsg::Lead)}</p>
            <CreateContest on_created />
            <ContestList selected />
            {move || selected.get().map(|code| view! { <ContestView code /> })}
            <school::SchoolPanel />
        </main>
    }
}

/// The teacher's contests, newest first, as buttons that choose the one shown.
#[component]
fn ContestList(
    /// The code of the contest shown.
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let contests = use_contests();
    view! {
        <Show when=move || contests.list.with(|l| !l.is_empty())>
            <section class="contest-list">
                <h2>{t(TeacherMsg::Contests)}</h2>
                <ul>
                    {move || {
                        contests
                            .list
                            .get()
                            .into_iter()
                            .rev()
                            .map(|c| {
                                let code = c.code.clone();
                                let mine = code.clone();
                                let current = move || {
                                    selected.with(|s| s.as_deref() == Some(mine.as_str()))
                                };
                                let label = format!(
                                    "{} · {} · {} ({})",
                                    contest_code::group(&c.code),
                                    c.name,
                                    c.class,
                                    c.records.len(),
                                );
                                view! {
                                    <li>
                                        <button
                                            type="button"
                                            class="btn secondary contest-pick"
                                            aria-pressed=move || current().to_string()
                                            on:click=move |_| selected.set(Some(code.clone()))
                                        >
                                            {label}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}

/// One contest: its code and link, then (once its pack is loaded) collecting and results.
#[component]
fn ContestView(
    /// The contest's code (canonical).
    code: String,
) -> impl IntoView {
    let contests = use_contests();
    let Some(contest) = contests.get(&code) else {
        return ().into_any();
    };
    let summary = contest_code::parse(&code)
        .ok()
        .and_then(|s| bundled::catalog().get(&s.pack_id).cloned());
    let Some(summary) = summary else {
        return view! {
            <div class="error-panel" role="alert">
                <p>{t(Msg::PackLoadFailed)}</p>
            </div>
        }
        .into_any();
    };
    let retry = RwSignal::new(0u32);
    let pack = {
        let summary = summary.clone();
        LocalResource::new(move || {
            retry.track();
            load_pack(summary.clone())
        })
    };
    let title = tx(summary.title.clone());
    view! {
        <section class="contest">
            <ContestCode code=contest.code.clone() />
            <p class="contest-meta">
                <strong>{contest.name.clone()}</strong>
                " · "
                {contest.class.clone()}
                " · "
                {title}
            </p>
            <ClassFile code=code.clone() />
            <Suspense fallback=move || {
                view! { <p class="loading" role="status">{t(Msg::Loading)}</p> }
            }>
                {move || {
                    let code = code.clone();
                    pack.get()
                        .map(|loaded| match loaded {
                            Ok(pack) => view! { <ContestPanel pack code /> }.into_any(),
                            Err(detail) => {
                                view! {
                                    <div class="error-panel" role="alert">
                                        <p>{t(Msg::PackLoadFailed)}</p>
                                        <pre class="detail">{detail}</pre>
                                        <button class="btn" on:click=move |_| retry.update(|n| *n += 1)>
                                            "↻"
                                        </button>
                                    </div>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </section>
    }
    .into_any()
}

/// Fetches and validates a pack from the student app's `quizzes/` folder (`../quizzes/<file>`,
/// relative to `teacher/`).
pub(crate) async fn load_pack(summary: PackSummary) -> Result<Pack, String> {
    let json = browser::fetch_text(&format!("../quizzes/{}", summary.file)).await?;
    parse_pack(&summary.file, &json).map_err(|p| p.to_string())
}

/// The collection of one contest, rebuilt from its kept records, with the records that no
/// longer import (listed, never dropped silently).
pub type Rebuilt = Option<(Collection, Vec<(usize, ImportOutcome)>)>;

/// Collecting and results of one contest on its loaded pack. Needs [`Contests`] in context.
#[component]
pub fn ContestPanel(
    /// The contest's pack.
    pack: Pack,
    /// The contest's code (canonical).
    code: String,
) -> impl IntoView {
    let contests = use_contests();
    let pack = StoredValue::new(pack);
    let rebuilt = {
        let code = code.clone();
        Memo::new(move |_| -> Rebuilt {
            contests.list.with(|list| {
                let contest = list.iter().find(|c| c.code == code)?;
                pack.with_value(|p| contest.collection(p).ok())
            })
        })
    };
    let (rows, stats, stem) = results::contest_results(pack, rebuilt);
    view! {
        <CollectResults pack code rebuilt />
        <Results pack rows stats stem />
    }
}

/// The class file of a contest, for the organizer who ranks several classes together.
#[component]
fn ClassFile(
    /// The contest's code (canonical).
    code: String,
) -> impl IntoView {
    let contests = use_contests();
    let error = RwSignal::new(None::<String>);
    let download = move |_| {
        let Some(contest) = contests.get(&code) else {
            return;
        };
        let contest = [contest];
        let name = class_file_name(&contest);
        let json = class_file(&contest);
        error.set(browser::download(&name, "application/json", json.as_bytes()).err());
    };
    view! {
        <div class="class-file">
            <button type="button" class="btn secondary download-class" on:click=download>
                {t(TeacherMsg::SchoolClassFile)}
            </button>
            <p class="hint">{t(TeacherMsg::SchoolClassFileHint)}</p>
            {move || error.get().map(|e| view! { <p class="error-panel" role="alert">{e}</p> })}
        </div>
    }
}

/// The contest code, large and grouped for the board, and the link for students.
#[component]
pub fn ContestCode(
    /// The code (canonical).
    code: String,
) -> impl IntoView {
    let link = student_link(&code);
    view! {
        <div class="code-card">
            <p class="label">{t(TeacherMsg::Code)}</p>
            <p class="contest-code" data-code=code.clone()>
                {contest_code::group(&code)}
            </p>
            <p class="hint">{t(TeacherMsg::CodeHint)}</p>
            <p class="label">{t(TeacherMsg::Link)}</p>
            <p>
                <a class="contest-link" href=link.clone()>
                    {link.clone()}
                </a>
            </p>
            // Students scan this with the phone's camera: it opens the student app on the contest.
            <div
                class="qr-image contest-qr"
                role="img"
                aria-label=format!("QR: {link}")
                inner_html=crate::engine::qr::render_svg(&link).unwrap_or_default()
            ></div>
        </div>
    }
}

/// The absolute link that opens the contest page on this contest: `../contest/?contest=CODE` from
/// the teacher's page.
pub fn student_link(code: &str) -> String {
    let relative = format!("../contest/?contest={code}");
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    web_sys::Url::new_with_base(&relative, &base)
        .map(|u| u.href())
        .unwrap_or(relative)
}
