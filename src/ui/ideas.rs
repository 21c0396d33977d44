//! The idea contest's student page (wasm32 only): a third Trunk entry (`ideas.html` → the
//! `halol-ideas` binary → `dist/ideas/`), so none of it is in the quiz app's first load, and none
//! of the organizer's code (spreadsheet writer, merging) is in it.
//!
//! One page, top to bottom: the contest's title and description from the bundled settings
//! ([`crate::ui::idea_contest`]), the form ([`form`]: saved on every keystroke under
//! `halol.idea-draft`), or, right after a submission, the sealed idea to hand over
//! ([`hand_off`]: the file, and QR codes when the idea is short enough), and the student's
//! submitted ideas ([`my_ideas`], kept under `halol.my-ideas`).

pub mod form;
pub mod hand_off;
pub mod my_ideas;

use crate::engine::idea::{IdeaContest, IdeaRecord};
use crate::ui::app::{start_page, PageBar};
use crate::ui::i18n::ideas::IdeaMsg;
use crate::ui::i18n::{date, t, tx, use_lang, Msg};
use crate::ui::idea_contest;
use crate::ui::notices::use_notices;
use crate::ui::storage::{StorageError, Store};
use form::IdeaForm;
use hand_off::IdeaHandOff;
use leptos::prelude::*;
use my_ideas::MyIdeas;

/// Mounts the student's idea page on `<body>`, after installing the panic logger and removing
/// the static loading indicator of `ideas.html`.
pub fn mount() {
    crate::ui::app::mount_page(IdeasApp);
}

/// The whole student's idea page: storage (as `StoredValue<Store, LocalStorage>` in context),
/// language and notices, the top bar, and the contest.
#[component]
pub fn IdeasApp() -> impl IntoView {
    let (_, choose) = start_page();
    view! {
        <PageBar title=IdeaMsg::Page on_choose=choose />
        <main id="main" class="ideas">
            <p>
                <a href="../" class="back quizzes-link">"← " {t(Msg::Quizzes)}</a>
            </p>
            {match idea_contest::bundled() {
                Ok(contest) => view! { <IdeaContestPage contest /> }.into_any(),
                Err(e) => {
                    view! {
                        <div class="error-panel" role="alert">
                            <p>{t(IdeaMsg::SettingsBroken)}</p>
                            <pre class="detail">{e.to_string()}</pre>
                        </div>
                    }
                        .into_any()
                }
            }}
        </main>
    }
}

/// The contest's title and description, the form (or the idea just submitted) and the
/// student's ideas. Needs the store in context.
#[component]
pub fn IdeaContestPage(
    /// The contest's settings.
    contest: &'static IdeaContest,
) -> impl IntoView {
    let store = expect_context::<StoredValue<Store, LocalStorage>>();
    let notices = use_notices();
    let mine = RwSignal::new(store.with_value(|s| s.load_my_ideas()).unwrap_or_else(|e| {
        notices.storage(&e);
        Vec::new()
    }));
    let submitted = RwSignal::new(None::<IdeaRecord>);
    // The sealed idea is stored among the student's ideas first; only once it is safely there
    // is the draft forgotten. When the list could be kept only in memory (storage full), the
    // draft stays stored, so a reload still has every word.
    let on_submitted = Callback::new(move |record: IdeaRecord| {
        let stored = store.with_value(|s| s.add_my_idea(record.clone()));
        let safe = matches!(stored, Ok(()) | Err(StorageError::Unreadable { .. }));
        if let Err(e) = &stored {
            notices.storage(e);
        }
        if safe {
            if let Err(e) = store.with_value(|s| s.clear_idea_draft()) {
                notices.storage(&e);
            }
        }
        mine.update(|m| m.push(record.clone()));
        submitted.set(Some(record));
    });
    let another = Callback::new(move |()| submitted.set(None));
    view! {
        <h1>{tx(contest.title.clone())}</h1>
        <p class="lead">{tx(contest.description.clone())}</p>
        {move || match submitted.get() {
            Some(record) => view! { <Submitted record on_another=another /> }.into_any(),
            None => view! { <IdeaForm contest on_submitted /> }.into_any(),
        }}
        <MyIdeas mine />
    }
}

/// The idea just submitted: its number and date, the file and QR codes, and a way to write
/// another. Takes the focus, so a screen reader announces it.
#[component]
fn Submitted(
    /// The sealed idea.
    record: IdeaRecord,
    /// Called when the student wants to write another idea.
    on_another: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let card = NodeRef::<leptos::html::Section>::new();
    request_animation_frame(move || {
        if let Some(el) = card.get_untracked() {
            let _ = el.focus();
        }
    });
    let submitted_ms = record.submitted_ms;
    let key = record.id.clone();
    view! {
        <section class="submitted card" tabindex="-1" node_ref=card data-idea=key>
            <h2>{t(IdeaMsg::Ready)}</h2>
            <p class="idea-title">
                <strong>{record.idea.title.clone()}</strong>
            </p>
            <p class="idea-meta">
                {t(IdeaMsg::Number)} ": " <strong class="idea-id">{record.id.clone()}</strong> " · "
                {t(IdeaMsg::SubmittedOn)} ": " {move || date(submitted_ms, lang.get())}
            </p>
            <IdeaHandOff record />
            <div class="actions">
                <button type="button" class="btn secondary write-another" on:click=move |_| on_another.run(())>
                    {t(IdeaMsg::WriteAnother)}
                </button>
            </div>
        </section>
    }
}
