//! The question screen: one question at a time, the answer inputs for each kind, practice
//! feedback, the contest timer, and keyboard control (number keys pick, Enter submits).

use crate::engine::pack::{Pack, QuestionBody};
use crate::engine::scoring::{Answer, ChoiceSet};
use crate::engine::session::{Mode, QuestionStatus, Session, SessionError};
use crate::ui::browser::now_ms;
use crate::ui::i18n::{
    clock, is_fallback, question_of, session_error, show, t, use_lang, Msg, Text,
};
use crate::ui::quiz_page::{Attempts, PackNotes};
use crate::ui::review::FeedbackPanel;
use leptos::prelude::*;
use std::sync::Arc;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// Runs `f` on the attempt in progress and returns what it returns.
fn with_session<R>(attempts: Attempts, f: impl FnOnce(&mut Session) -> R) -> Option<R> {
    let mut out = None;
    attempts.current.update(|s| {
        if let Some(s) = s.as_mut() {
            out = Some(f(s));
        }
    });
    out
}

/// The question screen of the attempt in progress.
#[component]
pub fn PlayView(
    /// The quiz's pack, as its questions file has it.
    pack: Arc<Pack>,
    /// The pack's notes, for the practice feedback (none: `pack` has its notes).
    #[prop(optional)]
    notes: Option<PackNotes>,
) -> impl IntoView {
    let lang = use_lang();
    let attempts = expect_context::<Attempts>();
    let now = RwSignal::new(now_ms());

    // The clock: contest limits are checked against real time, also after a reload.
    if let Ok(handle) = set_interval_with_handle(
        move || {
            let t = now_ms();
            now.set(t);
            let changed = attempts.current.with_untracked(|s| {
                s.as_ref().is_some_and(|s| {
                    let mut ticked = s.clone();
                    ticked.tick(t);
                    ticked != *s
                })
            });
            if changed {
                with_session(attempts, |s| s.tick(t));
            }
        },
        Duration::from_millis(500),
    ) {
        on_cleanup(move || handle.clear());
    }

    let index = Memo::new(move |_| attempts.current.with(|s| s.as_ref().map(Session::current)));
    let mode = attempts
        .current
        .with_untracked(|s| s.as_ref().map(Session::mode))
        .unwrap_or(Mode::Practice);
    let len = attempts
        .current
        .with_untracked(|s| s.as_ref().map_or(0, Session::len));

    let finish = move |_| {
        let unanswered = attempts
            .current
            .with_untracked(|s| s.as_ref().is_some_and(|s| s.answered_count() < s.len()));
        let confirmed = !unanswered
            || window()
                .confirm_with_message(Msg::UnansweredLeft.text(lang.get_untracked()))
                .unwrap_or(true);
        if confirmed {
            with_session(attempts, |s| s.finish(now_ms()));
        }
    };

    let timer = move || {
        if mode != Mode::Contest {
            return None;
        }
        let at = now.get();
        attempts.current.with(|s| {
            let s = s.as_ref()?;
            let total = s.remaining_ms(at);
            let question = s.question_remaining_ms(at);
            Some(view! {
                <div class="timer" role="timer" aria-live="off">
                    {total.map(|ms| view! {
                        <span>{t(Msg::TimeLeft)} ": " <strong>{clock(ms)}</strong></span>
                    })}
                    {question.map(|ms| view! {
                        <span>{t(Msg::QuestionTime)} ": " <strong>{clock(ms)}</strong></span>
                    })}
                </div>
            })
        })
    };

    let progress = move || {
        attempts.current.with(|s| {
            s.as_ref().map(|s| {
                let dots = (0..s.len())
                    .map(|i| {
                        let status = s.status(i).unwrap_or(QuestionStatus::NotSeen);
                        let class = match status {
                            _ if i == s.current() => "dot current",
                            QuestionStatus::Answered => "dot answered",
                            QuestionStatus::Unanswered => "dot skipped",
                            QuestionStatus::TimedOut => "dot timedout",
                            QuestionStatus::NotSeen => "dot",
                        };
                        view! { <span class=class></span> }
                    })
                    .collect_view();
                let (k, n, answered) = (s.position(), s.len(), s.answered_count());
                view! {
                    <div class="progress">
                        <p class="position">{move || question_of(k, n, lang.get())}</p>
                        <div
                            class="dots"
                            role="progressbar"
                            aria-label=move || Msg::AnsweredSoFar.text(lang.get())
                            aria-valuetext=format!("{answered} / {n}")
                            aria-valuemin="0"
                            aria-valuemax=n
                            aria-valuenow=answered
                        >
                            {dots}
                        </div>
                    </div>
                }
            })
        })
    };

    view! {
        <section class="play" data-mode=if mode == Mode::Contest { "contest" } else { "practice" }>
            {progress}
            {timer}
            {move || {
                index.get().map(|i| view! { <QuestionView pack=pack.clone() index=i len notes /> }.into_any())
            }}
            <div class="play-footer">
                <button type="button" class="btn secondary finish" on:click=finish>
                    {t(Msg::Finish)}
                </button>
            </div>
        </section>
    }
}

/// What the student has picked so far on the current question.
#[derive(Clone, Debug, Default, PartialEq)]
struct Draft {
    /// Chosen option ids (single, situation: at most one; multiple: any).
    chosen: ChoiceSet,
    /// The true/false choice.
    verdict: Option<bool>,
    /// The ordering items in the order the student arranged them.
    order: Vec<String>,
}

/// The picks not yet submitted on a question of an attempt, kept by the quiz's screen
/// ([`crate::ui::quiz_page::QuizScreen`]) above the question screen: a switch to or from
/// Russian loads the other language edition of the pack and draws the question screen anew,
/// and the student's ticks survive it.
#[derive(Clone, Copy)]
pub struct KeptDraft(StoredValue<Option<(u64, usize, Draft)>>);

impl KeptDraft {
    /// Provides an empty keeper to the components below.
    pub fn provide() {
        provide_context(KeptDraft(StoredValue::new(None)));
    }
}

/// One question with its answer inputs and, in practice, its feedback.
#[component]
fn QuestionView(
    pack: Arc<Pack>,
    index: usize,
    len: usize,
    notes: Option<PackNotes>,
) -> impl IntoView {
    let lang = use_lang();
    let attempts = expect_context::<Attempts>();
    let kept = use_context::<KeptDraft>();
    let (question, order, mode, started_ms) = attempts.current.with_untracked(|s| {
        let s = s
            .as_ref()
            .expect("the play view is shown only with an attempt in progress");
        (
            s.question(&pack, index)
                .cloned()
                .expect("a session's questions are in its pack"),
            s.slot(index).map(|sl| sl.order.clone()).unwrap_or_default(),
            s.mode(),
            s.started_ms(),
        )
    });
    let question = Arc::new(question);
    let kept_here = kept.and_then(|k| {
        k.0.with_value(|d| match d {
            Some((started, i, draft)) if *started == started_ms && *i == index => {
                Some(draft.clone())
            }
            _ => None,
        })
    });
    let draft = RwSignal::new(kept_here.unwrap_or_else(|| Draft {
        order: if matches!(question.body, QuestionBody::Ordering { .. }) {
            order.clone()
        } else {
            Vec::new()
        },
        ..Draft::default()
    }));
    if let Some(kept) = kept {
        Effect::new(move |_| {
            let d = draft.get();
            kept.0.set_value(Some((started_ms, index, d)));
        });
    }
    let error = RwSignal::new(None::<Msg>);
    let status = Memo::new(move |_| {
        attempts
            .current
            .with(|s| s.as_ref().and_then(|s| s.status(index)))
            .unwrap_or(QuestionStatus::NotSeen)
    });
    let answered = move || status.get() == QuestionStatus::Answered;
    let multiple = matches!(question.body, QuestionBody::Multiple { .. });
    let is_tf = matches!(question.body, QuestionBody::TrueFalse { .. });
    let is_ordering = matches!(question.body, QuestionBody::Ordering { .. });

    // The options in display order, as (id, text) pairs; true/false gets two synthetic options.
    let options: Vec<(String, crate::engine::text::LocalizedText)> = if is_tf {
        Vec::new()
    } else {
        order
            .iter()
            .filter_map(|id| question.choice(id).map(|c| (c.id.clone(), c.text.clone())))
            .collect()
    };
    let option_count = if is_tf { 2 } else { options.len() };

    let shown_order = StoredValue::new(order.clone());
    let pick = move |k: usize| {
        if answered() || is_ordering {
            return;
        }
        draft.update(|d| {
            if is_tf {
                d.verdict = Some(k == 0);
            } else if let Some(id) = shown_order.with_value(|o| o.get(k).cloned()) {
                if multiple {
                    if !d.chosen.remove(&id) {
                        d.chosen.insert(id);
                    }
                } else {
                    d.chosen = ChoiceSet::from([id]);
                }
            }
        });
    };

    let submit = {
        let question = question.clone();
        let pack = pack.clone();
        move || {
            if answered() {
                return;
            }
            let d = draft.get_untracked();
            let answer = match &question.body {
                QuestionBody::TrueFalse { .. } => d.verdict.map(Answer::Bool),
                QuestionBody::Multiple { .. } => {
                    (!d.chosen.is_empty()).then(|| Answer::Choices(d.chosen.clone()))
                }
                QuestionBody::Ordering { .. } => Some(Answer::Order(d.order.clone())),
                _ => d.chosen.iter().next().cloned().map(Answer::Choice),
            };
            let Some(answer) = answer else {
                return;
            };
            let t = now_ms();
            let outcome = with_session(attempts, |s| {
                let r = s.answer(&pack, answer, t);
                if r.is_ok() && s.mode() == Mode::Contest {
                    if s.all_closed() {
                        s.finish(t);
                    } else {
                        let _ = s.next(t);
                    }
                }
                r
            });
            if let Some(Err(e)) = outcome {
                error.set(Some(session_error(&e)));
            }
        }
    };

    // Number keys pick an option (1 = first); Enter submits (or goes on after practice feedback)
    // unless the focus is on a button, link or select, which handle Enter themselves.
    let key_listener = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key() || ev.alt_key() || ev.meta_key() {
            return;
        }
        if ev.key() == "Enter" {
            let doc = document();
            let in_control = doc.active_element().is_some_and(|el| {
                el.closest("button, a, select, textarea")
                    .ok()
                    .flatten()
                    .is_some()
            });
            if !in_control {
                if let Some(button) = doc
                    .query_selector(
                        "form.question button.submit:not([disabled]), form.question button.next",
                    )
                    .ok()
                    .flatten()
                {
                    ev.prevent_default();
                    button.unchecked_into::<web_sys::HtmlElement>().click();
                }
            }
            return;
        }
        if let Some(d) = ev.key().chars().next().and_then(|c| c.to_digit(10)) {
            let k = d as usize;
            if k >= 1 && k <= option_count && ev.key().len() == 1 {
                pick(k - 1);
            }
        }
    });
    on_cleanup(move || key_listener.remove());

    let next = {
        let pack = pack.clone();
        move |_| {
            let t = now_ms();
            with_session(attempts, |s| {
                if s.all_closed() {
                    s.finish(t);
                } else if let Err(SessionError::NothingLeft) = s.next(t) {
                    s.finish(t);
                }
            });
            let _ = &pack;
        }
    };
    let skip = move |_| {
        let t = now_ms();
        let r = with_session(attempts, |s| s.skip(t));
        if let Some(Err(e)) = r {
            error.set(Some(session_error(&e)));
        }
    };

    let name = format!("q-{index}");
    let text = question.text.clone();
    let hint = if is_ordering {
        Msg::OrderHint
    } else if multiple {
        Msg::ChooseMany
    } else {
        Msg::ChooseOne
    };

    let inputs = if is_ordering {
        view! { <OrderingInput question=question.clone() draft answered=Signal::derive(answered) /> }
            .into_any()
    } else {
        let rows: Vec<(String, Signal<String>)> = if is_tf {
            vec![
                (
                    "true".to_string(),
                    Signal::derive(move || Msg::True.text(lang.get()).to_string()),
                ),
                (
                    "false".to_string(),
                    Signal::derive(move || Msg::False.text(lang.get()).to_string()),
                ),
            ]
        } else {
            options
                .iter()
                .map(|(id, text)| {
                    let text = text.clone();
                    (id.clone(), Signal::derive(move || show(&text, lang.get())))
                })
                .collect()
        };
        rows.into_iter()
            .enumerate()
            .map(|(k, (id, label))| {
                let id_for_check = id.clone();
                let checked = move || {
                    draft.with(|d| {
                        if is_tf {
                            d.verdict == Some(k == 0)
                        } else {
                            d.chosen.contains(&id_for_check)
                        }
                    })
                };
                let chosen = checked.clone();
                view! {
                    <label class="option" class:chosen=chosen>
                        <input
                            type=if multiple { "checkbox" } else { "radio" }
                            name=name.clone()
                            value=id
                            prop:checked=checked
                            disabled=answered
                            on:change=move |_| pick(k)
                        />
                        <span class="key" aria-hidden="true">{k + 1}</span>
                        <span class="option-text">{label}</span>
                    </label>
                }
            })
            .collect_view()
            .into_any()
    };

    let submit_form = {
        let submit = submit.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            submit();
        }
    };
    let can_submit = move || {
        draft.with(|d| {
            if is_tf {
                d.verdict.is_some()
            } else if is_ordering {
                true
            } else {
                !d.chosen.is_empty()
            }
        })
    };
    // The feedback reads the pack with its notes, which may come after the question is drawn.
    let feedback = {
        let pack = pack.clone();
        move || {
            if mode != Mode::Practice || !answered() {
                return None;
            }
            let (pack, state) = PackNotes::complete(notes, &pack);
            let (question, feedback) = attempts.current.with(|s| {
                let s = s.as_ref()?;
                Some((s.question(&pack, index)?.clone(), s.feedback(&pack, index)?))
            })?;
            Some(
                view! {
                    <FeedbackPanel question=Arc::new(question) feedback notes=state retry=notes />
                }
                .into_any(),
            )
        }
    };
    let _ = len;

    view! {
        <form class="question" on:submit=submit_form>
            <fieldset>
                <legend>
                    <span class="question-text">{
                        let text = text.clone();
                        move || show(&text, lang.get())
                    }</span>
                    {move || is_fallback(&text, lang.get()).then(|| view! {
                        <small class="fallback">{Msg::NoTranslation.text(lang.get())}</small>
                    }.into_any())}
                    <span class="hint">{move || hint.text(lang.get())}</span>
                </legend>
                <div class="options">{inputs}</div>
            </fieldset>
            {move || error.get().map(|e| view! { <p class="error-panel" role="alert">{move || e.text(lang.get())}</p> }.into_any())}
            {feedback}
            <div class="actions">
                {move || if answered() {
                    view! {
                        <button type="button" class="btn next" on:click=next.clone()>
                            {t(Msg::Next)} " →"
                        </button>
                    }.into_any()
                } else {
                    view! {
                        <button type="submit" class="btn submit" disabled=move || !can_submit()>
                            {t(Msg::Answer)}
                        </button>
                        <button type="button" class="btn secondary skip" on:click=skip>
                            {t(Msg::Skip)}
                        </button>
                    }.into_any()
                }}
            </div>
            <p class="kbd-hint">{t(Msg::KeyboardHint)}</p>
        </form>
    }
}

/// Up and down buttons to arrange the items of an ordering question.
#[component]
fn OrderingInput(
    question: Arc<crate::engine::pack::Question>,
    draft: RwSignal<Draft>,
    answered: Signal<bool>,
) -> impl IntoView {
    let lang = use_lang();
    let swap = move |i: usize, j: usize| {
        draft.update(|d| {
            if i < d.order.len() && j < d.order.len() {
                d.order.swap(i, j);
            }
        })
    };
    move || {
        let order = draft.with(|d| d.order.clone());
        let n = order.len();
        let rows = order
            .into_iter()
            .enumerate()
            .map(|(i, id)| {
                let text = question
                    .choice(&id)
                    .map(|c| c.text.clone())
                    .unwrap_or_default();
                view! {
                    <li class="order-item">
                        <span class="key" aria-hidden="true">{i + 1}</span>
                        <span class="option-text">{move || show(&text, lang.get())}</span>
                        <span class="order-buttons">
                            <button
                                type="button"
                                class="btn secondary icon"
                                aria-label=move || Msg::MoveUp.text(lang.get())
                                disabled=move || answered.get() || i == 0
                                on:click=move |_| swap(i, i.wrapping_sub(1))
                            >"↑"</button>
                            <button
                                type="button"
                                class="btn secondary icon"
                                aria-label=move || Msg::MoveDown.text(lang.get())
                                disabled=move || answered.get() || i + 1 == n
                                on:click=move |_| swap(i, i + 1)
                            >"↓"</button>
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! { <ol class="ordering">{rows}</ol> }
    }
}
