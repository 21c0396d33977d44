//! Joining a classroom contest: the code (typed, from a link `?contest=CODE` or a QR code), the
//! student's name and class, then the contest itself in contest mode.

use crate::bundled;
use crate::engine::contest_code::{self, ContestCodeError, ContestSettings};
use crate::engine::pack::edition::Edition;
use crate::engine::result_record::Student;
use crate::engine::route::Route;
use crate::engine::saved::ContestEntry;
use crate::ui::browser::{self, go, now_ms};
use crate::ui::i18n::contest::ContestMsg;
use crate::ui::i18n::{minutes, questions, show, t, use_lang, Msg};
use crate::ui::notices::use_notices;
use crate::ui::quiz_page::{app_href, load_pack};
use crate::ui::storage::Store;
use leptos::prelude::*;

/// What to tell the student about a code that does not parse.
fn code_message(error: &ContestCodeError) -> ContestMsg {
    match error {
        ContestCodeError::TypoDetected => ContestMsg::CodeTypo,
        ContestCodeError::UnsupportedVersion { .. } | ContestCodeError::UnknownPack { .. } => {
            ContestMsg::CodeUnknown
        }
        _ => ContestMsg::CodeInvalid,
    }
}

/// The join screen: code first, then the student's fields, then the contest.
#[component]
pub fn JoinPage(
    /// The code from the link, if the student came by one.
    code: Option<String>,
) -> impl IntoView {
    let lang = use_lang();
    let store = expect_context::<StoredValue<Store, LocalStorage>>();
    let notices = use_notices();
    let typed = RwSignal::new(code.clone().unwrap_or_default());
    let settings = RwSignal::new(None::<(String, ContestSettings)>);
    let code_error = RwSignal::new(None::<ContestMsg>);
    let check = move || {
        let text = typed.get_untracked();
        match contest_code::parse(&text).and_then(|s| Ok((contest_code::normalize(&text)?, s))) {
            Ok(found) => {
                settings.set(Some(found));
                code_error.set(None);
            }
            Err(e) => {
                settings.set(None);
                code_error.set(Some(code_message(&e)));
            }
        }
    };
    if code.is_some() {
        check();
    }

    let name = RwSignal::new(String::new());
    let class = RwSignal::new(String::new());
    let school = RwSignal::new(String::new());
    let student_id = RwSignal::new(String::new());
    let name_error = RwSignal::new(false);
    let starting = RwSignal::new(false);
    let start = move || {
        let Some((code, settings)) = settings.get_untracked() else {
            return;
        };
        if name.get_untracked().trim().is_empty() {
            name_error.set(true);
            return;
        }
        let optional = |s: RwSignal<String>| {
            let v = s.get_untracked().trim().to_string();
            (!v.is_empty()).then_some(v)
        };
        let student = Student {
            name: name.get_untracked().trim().to_string(),
            class: optional(class),
            school: optional(school),
            student_id: optional(student_id),
        };
        let Some(summary) = bundled::catalog().get(&settings.pack_id).cloned() else {
            code_error.set(Some(ContestMsg::CodeUnknown));
            return;
        };
        starting.set(true);
        leptos::task::spawn_local(async move {
            let edition = Edition::for_lang(lang.get_untracked());
            let Ok(pack) = load_pack(summary, true, edition).await else {
                starting.set(false);
                notices.show(Msg::PackLoadFailed);
                return;
            };
            let Ok(session) =
                contest_code::contest_session(&pack, &settings, browser::new_seed(), now_ms())
            else {
                starting.set(false);
                code_error.set(Some(ContestMsg::CodeInvalid));
                return;
            };
            store.with_value(|s| {
                let mut contests = s.load_contests().unwrap_or_else(|e| {
                    notices.storage(&e);
                    Default::default()
                });
                contests.entry = Some(ContestEntry {
                    code,
                    student,
                    pack_id: pack.id.clone(),
                    started_ms: session.started_ms(),
                });
                for result in [s.save_contests(&contests), s.save_session(&session)] {
                    if let Err(e) = result {
                        notices.storage(&e);
                    }
                }
            });
            go(&Route::Play(pack.id.clone()).href());
        });
    };

    let field =
        move |label: ContestMsg, value: RwSignal<String>, id: &'static str, required: bool| {
            view! {
                <label class="field" for=id>
                    <span class="field-label">{t(label)}</span>
                    <input
                        id=id
                        type="text"
                        autocomplete="off"
                        required=required
                        prop:value=move || value.get()
                        on:input=move |ev| value.set(event_target_value(&ev))
                    />
                </label>
            }
        };

    view! {
        <article class="join">
            <p><a href=app_href(&Route::Home) class="back">"← " {t(Msg::Home)}</a></p>
            <h1>{t(Msg::JoinContest)}</h1>
            <form class="code-form" on:submit=move |ev| {
                ev.prevent_default();
                check();
            }>
                <label class="field" for="contest-code">
                    <span class="field-label">{t(ContestMsg::ContestCode)}</span>
                    <input
                        id="contest-code"
                        class="code-input"
                        type="text"
                        inputmode="text"
                        autocomplete="off"
                        autocapitalize="characters"
                        spellcheck="false"
                        maxlength="16"
                        prop:value=move || typed.get()
                        on:input=move |ev| typed.set(event_target_value(&ev).to_uppercase())
                    />
                </label>
                <p class="hint">{t(ContestMsg::CodeHint)}</p>
                {move || code_error.get().map(|m| view! { <p class="error-panel" role="alert">{t(m)}</p> })}
                <button type="submit" class="btn check-code">{t(ContestMsg::CheckCode)}</button>
            </form>
            {move || settings.get().map(|(code, s)| {
                let summary = bundled::catalog().get(&s.pack_id).cloned();
                let title = summary.as_ref().map(|p| p.title.clone()).unwrap_or_default();
                let count = s
                    .question_count
                    .map(usize::from)
                    .or(summary.as_ref().map(|p| p.question_count))
                    .unwrap_or(0);
                let limit = s.time_limit_minutes;
                view! {
                    <section class="contest-card" data-code=code.clone()>
                        <h2>{move || show(&title, lang.get())}</h2>
                        <p class="pack-meta">
                            {contest_code::group(&code)} " · " {move || questions(count, lang.get())}
                            {move || limit.map(|m| format!(" · {}", minutes(u64::from(m) * 60, lang.get())))}
                        </p>
                        <form class="student-form" on:submit=move |ev| {
                            ev.prevent_default();
                            start();
                        }>
                            {field(ContestMsg::YourName, name, "student-name", true)}
                            {move || name_error.get().then(|| view! { <p class="error-panel" role="alert">{t(ContestMsg::NameRequired)}</p> })}
                            {field(ContestMsg::ClassName, class, "student-class", false)}
                            {field(ContestMsg::School, school, "student-school", false)}
                            {field(ContestMsg::StudentId, student_id, "student-id", false)}
                            <p class="hint">{t(Msg::ContestHint)}</p>
                            <button type="submit" class="btn start-contest" disabled=move || starting.get()>
                                {t(ContestMsg::StartContest)}
                            </button>
                        </form>
                    </section>
                }
            })}
        </article>
    }
}
