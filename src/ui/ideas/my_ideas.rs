//! The student's submitted ideas, newest first: each with its title, number, date and state, the
//! file (and QR codes) to hand over again, and deletion after a confirmation. Kept under
//! `halol.my-ideas` until the student deletes them.

use super::hand_off::IdeaHandOff;
use crate::engine::idea::IdeaRecord;
use crate::ui::i18n::contest::ContestMsg;
use crate::ui::i18n::ideas::IdeaMsg;
use crate::ui::i18n::{date, t, use_lang, Text};
use crate::ui::notices::use_notices;
use crate::ui::storage::Store;
use leptos::prelude::*;

/// The list of the student's ideas. Needs the store in context.
#[component]
pub fn MyIdeas(
    /// The submitted ideas, oldest first (shared with the page, which adds new ones).
    mine: RwSignal<Vec<IdeaRecord>>,
) -> impl IntoView {
    let lang = use_lang();
    let store = expect_context::<StoredValue<Store, LocalStorage>>();
    let notices = use_notices();
    let delete = move |id: String| {
        let confirmed = window()
            .confirm_with_message(IdeaMsg::ConfirmDelete.text(lang.get_untracked()))
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        mine.update(|list| list.retain(|r| r.id != id));
        if let Err(e) = mine.with_untracked(|list| store.with_value(|s| s.save_my_ideas(list))) {
            notices.storage(&e);
        }
    };
    view! {
        <section class="my-ideas">
            <h2>{t(IdeaMsg::MyIdeas)}</h2>
            {move || {
                let list = mine.get();
                if list.is_empty() {
                    return view! { <p class="hint">{t(IdeaMsg::MyIdeasEmpty)}</p> }.into_any();
                }
                let items = list
                    .into_iter()
                    .rev()
                    .map(|record| {
                        let id = record.id.clone();
                        let submitted_ms = record.submitted_ms;
                        let key = record.id.clone();
                        view! {
                            <li class="idea-card card" data-idea=key>
                                <h3 class="idea-title">{record.idea.title.clone()}</h3>
                                <p class="idea-meta">
                                    {t(IdeaMsg::Number)} ": " <strong class="idea-id">{record.id.clone()}</strong>
                                    " · " {move || date(submitted_ms, lang.get())}
                                </p>
                                <p class="idea-state">{t(IdeaMsg::StateSubmitted)}</p>
                                <IdeaHandOff record />
                                <div class="actions">
                                    <button
                                        type="button"
                                        class="btn secondary delete-idea"
                                        on:click=move |_| delete(id.clone())
                                    >
                                        {t(ContestMsg::Delete)}
                                    </button>
                                </div>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ol class="idea-list">{items}</ol> }.into_any()
            }}
        </section>
    }
}
