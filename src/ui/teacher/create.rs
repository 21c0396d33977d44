//! Creating a contest: a bundled pack, how many questions (all or N), a time limit in minutes (or
//! the pack's own), a contest and a class name → [`ContestSettings`] with a fresh seed → the code.

use crate::bundled;
use crate::engine::contest_code::{pack_number, seed_from, ContestSettings, MAX_FIELD};
use crate::engine::saved::SavedContest;
use crate::ui::browser;
use crate::ui::i18n::teacher::TeacherMsg;
use crate::ui::i18n::{self, t, use_lang, Text};
use leptos::prelude::*;

/// The form that makes a new contest; `on_created` gets it (code included) on submit.
#[component]
pub fn CreateContest(
    /// Called with the new contest once its code is made.
    on_created: impl Fn(SavedContest) + 'static,
) -> impl IntoView {
    let lang = use_lang();
    // Only packs with a contest number can be written in a code.
    let packs: Vec<_> = bundled::catalog()
        .0
        .into_iter()
        .filter(|p| pack_number(&p.id).is_some())
        .collect();
    let pack_id = RwSignal::new(packs.first().map(|p| p.id.clone()).unwrap_or_default());
    let count = RwSignal::new(String::new());
    let minutes = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let class = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let sizes: Vec<(String, usize)> = packs
        .iter()
        .map(|p| (p.id.clone(), p.question_count))
        .collect();
    let max_count = move || {
        pack_id.with(|id| {
            sizes
                .iter()
                .find(|(p, _)| p == id)
                .map_or(usize::from(MAX_FIELD), |(_, n)| {
                    (*n).min(usize::from(MAX_FIELD))
                })
        })
    };

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let number = |s: String| -> Result<Option<u8>, ()> {
            let s = s.trim();
            if s.is_empty() {
                Ok(None)
            } else {
                s.parse::<u8>().map(Some).map_err(drop)
            }
        };
        let (Ok(question_count), Ok(time_limit_minutes)) = (
            number(count.get_untracked()),
            number(minutes.get_untracked()),
        ) else {
            error.set(Some(format!("1–{MAX_FIELD}")));
            return;
        };
        let settings = ContestSettings {
            pack_id: pack_id.get_untracked(),
            seed: seed_from(browser::new_seed()),
            question_count,
            time_limit_minutes,
        };
        match settings.code() {
            Ok(code) => {
                error.set(None);
                on_created(SavedContest {
                    code,
                    name: name.get_untracked().trim().to_string(),
                    class: class.get_untracked().trim().to_string(),
                    created_ms: browser::now_ms(),
                    records: Vec::new(),
                });
            }
            Err(e) => error.set(Some(e.to_string())),
        }
    };

    view! {
        <form class="create-contest card" on:submit=submit>
            <h2>{t(TeacherMsg::NewContest)}</h2>
            <label class="field">
                <span>{t(TeacherMsg::Pack)}</span>
                <select
                    name="pack"
                    on:change=move |ev| pack_id.set(event_target_value(&ev))
                    prop:value=move || pack_id.get()
                >
                    {packs
                        .into_iter()
                        .map(|p| {
                            let title = p.title.clone();
                            let n = p.question_count;
                            let id = p.id.clone();
                            view! {
                                <option value=p.id.clone() selected=move || pack_id.with(|s| *s == id)>
                                    {move || {
                                        format!(
                                            "{} ({})",
                                            i18n::show(&title, lang.get()),
                                            i18n::questions(n, lang.get()),
                                        )
                                    }}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{t(TeacherMsg::QuestionCount)}</span>
                <input
                    name="count"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max=move || max_count().to_string()
                    placeholder=move || TeacherMsg::AllQuestions.text(lang.get())
                    prop:value=move || count.get()
                    on:input=move |ev| count.set(event_target_value(&ev))
                />
            </label>
            <label class="field">
                <span>{t(TeacherMsg::TimeLimit)}</span>
                <input
                    name="minutes"
                    type="number"
                    inputmode="numeric"
                    min="1"
                    max=MAX_FIELD.to_string()
                    prop:value=move || minutes.get()
                    on:input=move |ev| minutes.set(event_target_value(&ev))
                />
                <small class="hint">{t(TeacherMsg::OwnLimit)}</small>
            </label>
            <label class="field">
                <span>{t(TeacherMsg::ContestName)}</span>
                <input
                    name="name"
                    type="text"
                    required
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </label>
            <label class="field">
                <span>{t(TeacherMsg::Class)}</span>
                <input
                    name="class"
                    type="text"
                    required
                    prop:value=move || class.get()
                    on:input=move |ev| class.set(event_target_value(&ev))
                />
            </label>
            {move || error.get().map(|e| view! { <p class="error-panel" role="alert">{e}</p> })}
            <button type="submit" class="btn make-code">
                {t(TeacherMsg::MakeCode)}
            </button>
        </form>
    }
}
