//! The result of the latest finished attempt and the review of every question.

use crate::engine::pack::Pack;
use crate::engine::route::Route;
use crate::engine::session::Session;
use crate::ui::i18n::{clock, date, points, show, t, use_lang, Msg};
use crate::ui::quiz_page::{app_href, Attempts, ContestPage, NotesState, PackNotes};
use crate::ui::review::FeedbackPanel;
use leptos::prelude::*;
use std::sync::Arc;

/// Score, counts and time of the latest attempt, then every question with the answer given, the
/// right one, the explanation and the source.
#[component]
pub fn ResultView(
    /// The quiz's pack, with its notes when `notes` is [`NotesState::Ready`].
    pack: Arc<Pack>,
    /// Whether the pack's notes are there (the screen is drawn again when they come).
    #[prop(optional)]
    notes: NotesState,
    /// Fetches the notes again after a failure.
    #[prop(optional_no_strip)]
    retry: Option<PackNotes>,
) -> impl IntoView {
    let lang = use_lang();
    let attempts = expect_context::<Attempts>();
    let session: Session = attempts
        .last
        .get_untracked()
        .expect("the result view is shown only after a finished attempt");
    let result = session.result(&pack);
    let percent = if result.max > 0.0 {
        (result.score / result.max * 100.0).round() as u32
    } else {
        0
    };
    let review = (0..session.len())
        .filter_map(|i| {
            let question = Arc::new(session.question(&pack, i)?.clone());
            let feedback = session.feedback(&pack, i)?;
            let text = question.text.clone();
            Some(view! {
                <li class="review-item">
                    <p class="question-text"><span class="num">{i + 1} ". "</span>{move || show(&text, lang.get())}</p>
                    <FeedbackPanel question feedback notes retry />
                </li>
            })
        })
        .collect_view();
    // On the contest page, a contest joined by code: its sealed record, to hand to the teacher.
    let hand_off = use_context::<ContestPage>().map(|contest| (contest.hand_off)(&session));
    let title = pack.title.clone();
    let intro = app_href(&Route::Intro(pack.id.clone()));
    view! {
        <article class="result">
            <p><a href=app_href(&Route::Home) class="back">"← " {t(Msg::Home)}</a></p>
            <h1>{t(Msg::Result)} ": " {move || show(&title, lang.get())}</h1>
            <div class="score-card" role="status">
                <p class="score">
                    <span class="label">{t(Msg::Score)}</span>
                    <strong>
                        {move || format!("{} / {}", points(result.score, lang.get()), points(result.max, lang.get()))}
                    </strong>
                    <span class="percent">{percent} "%"</span>
                </p>
                <p>{t(Msg::CorrectCount)} ": " {result.correct} " / " {session.len()}</p>
                <p>{t(Msg::TimeTaken)} ": " {clock(result.duration_ms)}</p>
                {session.finished_ms().map(|ms| view! {
                    <p class="date">{t(Msg::Date)} ": " {move || date(ms, lang.get())}</p>
                })}
                <a class="btn" href=intro>{t(Msg::TryAgain)}</a>
            </div>
            {hand_off}
            <h2>{t(Msg::Review)}</h2>
            <ol class="review">{review}</ol>
        </article>
    }
}
