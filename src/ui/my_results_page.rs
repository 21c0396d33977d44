//! The student's sealed contest results: each can be handed over again (file, QR codes) or
//! deleted, and stays on the phone until the student deletes it.

use crate::engine::result_record::ResultRecord;
use crate::engine::route::Route;
use crate::ui::hand_off::HandOff;
use crate::ui::i18n::contest::ContestMsg;
use crate::ui::i18n::{date, points, t, use_lang, Msg, Text};
use crate::ui::notices::use_notices;
use crate::ui::quiz_page::app_href;
use crate::ui::storage::Store;
use leptos::prelude::*;

/// The list of the student's contest results, newest first.
#[component]
pub fn MyResultsPage() -> impl IntoView {
    let lang = use_lang();
    let store = expect_context::<StoredValue<Store, LocalStorage>>();
    let notices = use_notices();
    let load = move || {
        store.with_value(|s| s.load_contests()).unwrap_or_else(|e| {
            notices.storage(&e);
            Default::default()
        })
    };
    let records = RwSignal::new(load().records);
    let delete = move |index: usize| {
        let confirmed = window()
            .confirm_with_message(ContestMsg::ConfirmDelete.text(lang.get_untracked()))
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        let mut contests = load();
        if index < contests.records.len() {
            contests.records.remove(index);
            if let Err(e) = store.with_value(|s| s.save_contests(&contests)) {
                notices.storage(&e);
            }
        }
        records.set(contests.records);
    };
    view! {
        <article class="my-results">
            <p><a href=app_href(&Route::Home) class="back">"← " {t(Msg::Home)}</a></p>
            <h1>{t(Msg::MyResults)}</h1>
            {move || {
                let list = records.get();
                if list.is_empty() {
                    return view! { <p class="lead">{t(ContestMsg::NoResults)}</p> }.into_any();
                }
                let items = list
                    .iter()
                    .enumerate()
                    .rev()
                    .filter_map(|(i, json)| ResultRecord::from_json(json).ok().map(|r| (i, r)))
                    .map(|(i, record)| {
                        let (score, max, finished) = (record.score, record.max, record.finished_ms);
                        view! {
                            <li class="record-card">
                                <p>
                                    <strong>{record.student.name.clone()}</strong>
                                    " · " {crate::engine::contest_code::group(&record.contest)}
                                </p>
                                <p class="pack-meta">
                                    {move || date(finished, lang.get())} " · "
                                    {move || format!("{} / {}", points(score, lang.get()), points(max, lang.get()))}
                                </p>
                                <HandOff record />
                                <button type="button" class="btn secondary delete" on:click=move |_| delete(i)>
                                    {t(ContestMsg::Delete)}
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ol class="record-list">{items}</ol> }.into_any()
            }}
        </article>
    }
}
