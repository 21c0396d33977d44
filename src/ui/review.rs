//! Showing answers: what the student answered, what is right, and why — used by the practice
//! feedback and by the review after an attempt. Right and wrong are said in words and symbols,
//! never by colour alone.

use crate::engine::pack::Question;
use crate::engine::scoring::Answer;
use crate::engine::session::Feedback;
use crate::ui::i18n::{is_fallback, show, t, use_lang, Msg, Text};
use crate::ui::quiz_page::{NotesState, PackNotes};
use leptos::prelude::*;
use std::sync::Arc;

/// The lines that describe `answer` to `question` in `lang` (option texts, or the order).
pub fn describe(
    question: &Question,
    answer: &Answer,
    lang: crate::engine::text::Lang,
) -> Vec<String> {
    let text_of = |id: &str| {
        question
            .choice(id)
            .map(|c| show(&c.text, lang))
            .unwrap_or_else(|| id.to_string())
    };
    match answer {
        Answer::Choice(id) => vec![text_of(id)],
        Answer::Choices(ids) => question
            .choices()
            .into_iter()
            .filter(|c| ids.contains(&c.id))
            .map(|c| show(&c.text, lang))
            .collect(),
        Answer::Bool(true) => vec![Msg::True.text(lang).to_string()],
        Answer::Bool(false) => vec![Msg::False.text(lang).to_string()],
        Answer::Order(ids) => ids
            .iter()
            .enumerate()
            .map(|(i, id)| format!("{}. {}", i + 1, text_of(id)))
            .collect(),
    }
}

/// The verdict for a fraction of the points: ✓ correct, ◐ partly, ✗ wrong.
pub fn verdict(fraction: f64) -> (&'static str, Msg, &'static str) {
    if fraction >= 1.0 {
        ("✓", Msg::Correct, "good")
    } else if fraction > 0.0 {
        ("◐", Msg::Partly, "partly")
    } else {
        ("✗", Msg::Wrong, "bad")
    }
}

/// The feedback on one answered question: verdict, the answers, option feedback, explanation and
/// source.
#[component]
pub fn FeedbackPanel(
    /// The question answered.
    question: Arc<Question>,
    /// What the engine says about the answer.
    feedback: Feedback,
    /// Whether the pack's notes are there: until they are, the explanation's place says so.
    #[prop(optional)]
    notes: NotesState,
    /// Fetches the notes again after a failure.
    #[prop(optional_no_strip)]
    retry: Option<PackNotes>,
) -> impl IntoView {
    let lang = use_lang();
    let (mark, msg, class) = match &feedback.answer {
        None => ("✗", Msg::NoAnswer, "bad"),
        Some(_) => verdict(feedback.fraction),
    };
    let percent = (feedback.fraction * 100.0).round() as u32;
    let show_percent =
        feedback.answer.is_some() && feedback.fraction > 0.0 && feedback.fraction < 1.0;
    let q = question.clone();
    let given = feedback.answer.clone();
    let right = feedback.correct_answer.clone();
    let explanation = feedback.explanation.clone();
    let source = question.source.clone();
    let option_feedback = feedback.option_feedback.clone();
    view! {
        <div class=format!("feedback {class}") role="status">
            <p class="verdict">
                <span class="mark" aria-hidden="true">{mark}</span> " "
                <strong>{move || msg.text(lang.get())}</strong>
                {show_percent.then(|| format!(" ({percent}%)"))}
            </p>
            {
                let q = q.clone();
                move || given.as_ref().map(|a| {
                    let lines = describe(&q, a, lang.get());
                    view! {
                        <div class="answer-lines">
                            <span class="label">{Msg::YourAnswer.text(lang.get())} ": "</span>
                            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        </div>
                    }
                    .into_any()
                })
            }
            {
                let q = q.clone();
                move || (!feedback.correct).then(|| {
                    let lines = describe(&q, &right, lang.get());
                    view! {
                        <div class="answer-lines">
                            <span class="label">{Msg::CorrectAnswer.text(lang.get())} ": "</span>
                            <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                        </div>
                    }
                    .into_any()
                })
            }
            {move || option_feedback.iter().map(|of| {
                let text = show(&of.feedback, lang.get());
                view! { <p class="option-feedback">{text}</p> }
            }).collect_view()}
            {match notes {
                NotesState::Ready => view! {
                    <p class="explanation">
                        <strong>{t(Msg::Explanation)} ": "</strong>
                        {move || show(&explanation, lang.get())}
                        {
                            let e = feedback.explanation.clone();
                            move || is_fallback(&e, lang.get()).then(|| view! {
                                <small class="fallback">" (" {Msg::NoTranslation.text(lang.get())} ")"</small>
                            }.into_any())
                        }
                    </p>
                    {source.map(|src| view! {
                        <p class="source"><strong>{t(Msg::Source)} ": "</strong>{move || show(&src, lang.get())}</p>
                    })}
                }
                .into_any(),
                NotesState::Fetching => view! {
                    <p class="explanation pending">{t(Msg::NotesLoading)}</p>
                }
                .into_any(),
                NotesState::Failed => view! {
                    <p class="explanation pending">
                        {t(Msg::NotesFailed)} " "
                        <button type="button" class="btn secondary" on:click=move |_| {
                            retry.into_iter().for_each(PackNotes::retry)
                        }>{t(Msg::TryAgain)}</button>
                    </p>
                }
                .into_any(),
            }}
        </div>
    }
}
