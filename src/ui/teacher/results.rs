//! The contest's results: the ranking (place, name, class, score out of the maximum, time;
//! students equal in score and time share a place), the per-question analytics (share correct,
//! the most chosen wrong option, average time), and both as CSV downloads.

use super::Rebuilt;
use crate::engine::export_csv::{analytics_csv, ranking_csv};
use crate::engine::export_xlsx::contest_xlsx;
use crate::engine::pack::{Pack, QuestionBody};
use crate::engine::ranking::{analytics, rank, QuestionStats, RankRow};
use crate::ui::browser;
use crate::ui::i18n::teacher::TeacherMsg;
use crate::ui::i18n::{clock, points, show, t, use_lang, Msg, Text};
use leptos::prelude::*;

/// The ranking and the analytics of one contest's collection, for [`Results`].
pub fn contest_results(
    pack: StoredValue<Pack>,
    rebuilt: Memo<Rebuilt>,
) -> (Memo<Vec<RankRow>>, Memo<Vec<QuestionStats>>, Signal<String>) {
    let rows = Memo::new(move |_| {
        rebuilt.with(|r| r.as_ref().map(|(c, _)| rank(&[c])).unwrap_or_default())
    });
    let stats = Memo::new(move |_| {
        rebuilt.with(|r| {
            r.as_ref()
                .map(|(c, _)| pack.with_value(|p| analytics(p, &[c])))
                .unwrap_or_default()
        })
    });
    let stem = Signal::derive(move || {
        rebuilt.with(|r| {
            r.as_ref()
                .map(|(c, _)| format!("halol-{}", c.contest()))
                .unwrap_or_default()
        })
    });
    (rows, stats, stem)
}

/// The ranking and analytics tables with their downloads: of one contest, or of several classes
/// together (`school`: then the school column is shown too).
#[component]
pub fn Results(
    /// The pack the contests are on.
    pack: StoredValue<Pack>,
    /// The ranking, from `ranking::rank` (or `school::school_ranking`).
    rows: Memo<Vec<RankRow>>,
    /// The per-question analytics.
    stats: Memo<Vec<QuestionStats>>,
    /// The downloads' file name without extension, e.g. `halol-481GM0C1SQ`.
    stem: Signal<String>,
    /// Whether to show the school column (several classes).
    #[prop(optional)]
    school: bool,
) -> impl IntoView {
    let lang = use_lang();
    let error = RwSignal::new(None::<String>);
    let download_ranking = move |_| {
        let csv = rows.with_untracked(|r| ranking_csv(r, lang.get_untracked()));
        let name = format!("{}-ranking.csv", stem.get_untracked());
        error.set(browser::download(&name, "text/csv;charset=utf-8", csv.as_bytes()).err());
    };
    let download_analytics = move |_| {
        let csv = stats.with_untracked(|s| analytics_csv(s, lang.get_untracked()));
        let name = format!("{}-questions.csv", stem.get_untracked());
        error.set(browser::download(&name, "text/csv;charset=utf-8", csv.as_bytes()).err());
    };
    let download_xlsx = move |_| {
        let bytes = rows.with_untracked(|r| {
            stats.with_untracked(|s| contest_xlsx(r, s, lang.get_untracked(), browser::now_ms()))
        });
        let name = format!("{}.xlsx", stem.get_untracked());
        let mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        error.set(match bytes {
            Ok(bytes) => browser::download(&name, mime, &bytes).err(),
            Err(e) => Some(e.to_string()),
        });
    };

    // The text of an option (or true/false) of a question, in the current language.
    let option_text = move |question_id: &str, option: &str| -> String {
        pack.with_value(|p| {
            let Some(q) = p.question(question_id) else {
                return option.to_string();
            };
            if let QuestionBody::TrueFalse { .. } = q.body {
                let msg = if option == "true" {
                    Msg::True
                } else {
                    Msg::False
                };
                return msg.text(lang.get()).to_string();
            }
            q.choices()
                .into_iter()
                .find(|c| c.id == option)
                .map(|c| format!("{option}) {}", show(&c.text, lang.get())))
                .unwrap_or_else(|| option.to_string())
        })
    };
    let question_text = move |question_id: &str| -> String {
        pack.with_value(|p| {
            p.question(question_id)
                .map(|q| show(&q.text, lang.get()))
                .unwrap_or_else(|| question_id.to_string())
        })
    };

    view! {
        <section class="results card">
            <h2>{t(TeacherMsg::Ranking)}</h2>
            <Show
                when=move || rows.with(|r| !r.is_empty())
                fallback=move || view! { <p class="hint">{t(TeacherMsg::NoResults)}</p> }
            >
                <div class="table-wrap">
                    <table class="ranking">
                        <thead>
                            <tr>
                                <th scope="col">{t(TeacherMsg::Place)}</th>
                                <th scope="col">{t(TeacherMsg::Name)}</th>
                                {school.then(|| view! { <th scope="col">{t(TeacherMsg::School)}</th> })}
                                <th scope="col">{t(TeacherMsg::Class)}</th>
                                <th scope="col">{t(Msg::Score)}</th>
                                <th scope="col">{t(Msg::TimeTaken)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let rows = rows.get();
                                let shared = |i: usize| {
                                    (i > 0 && rows[i - 1].place == rows[i].place)
                                        || rows.get(i + 1).is_some_and(|n| n.place == rows[i].place)
                                };
                                let marks: Vec<bool> = (0..rows.len()).map(shared).collect();
                                rows.iter()
                                    .zip(marks)
                                    .map(|(r, shared)| {
                                        let (score, max) = (r.score, r.max);
                                        let place = if shared {
                                            format!("{}=", r.place)
                                        } else {
                                            r.place.to_string()
                                        };
                                        view! {
                                            <tr class:duplicate=r.duplicate>
                                                <td class="place">{place}</td>
                                                <td class="name">{r.student.name.clone()}</td>
                                                {school
                                                    .then(|| {
                                                        view! {
                                                            <td class="school">
                                                                {r.student.school.clone().unwrap_or_default()}
                                                            </td>
                                                        }
                                                    })}
                                                <td class="class">{r.student.class.clone().unwrap_or_default()}</td>
                                                <td class="points">
                                                    {move || {
                                                        format!(
                                                            "{} / {}",
                                                            points(score, lang.get()),
                                                            points(max, lang.get()),
                                                        )
                                                    }}
                                                </td>
                                                <td>{clock(r.duration_ms)}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
                <h2>{t(TeacherMsg::PerQuestion)}</h2>
                <div class="table-wrap">
                    <table class="analytics">
                        <thead>
                            <tr>
                                <th scope="col">"#"</th>
                                <th scope="col">{t(TeacherMsg::Question)}</th>
                                <th scope="col">{t(TeacherMsg::ShareCorrect)}</th>
                                <th scope="col">{t(TeacherMsg::WrongOption)}</th>
                                <th scope="col">{t(TeacherMsg::AverageTime)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                stats
                                    .get()
                                    .into_iter()
                                    .enumerate()
                                    .map(|(i, s)| {
                                        let qid = s.question_id.clone();
                                        let wrong = s.most_chosen_wrong.clone();
                                        let share = (s.share_correct * 100.0).round();
                                        view! {
                                            <tr>
                                                <td>{i + 1}</td>
                                                <td class="question">
                                                    {
                                                        let qid = qid.clone();
                                                        move || question_text(&qid)
                                                    }
                                                </td>
                                                <td>{format!("{share}% ({}/{})", s.fully_correct, s.students)}</td>
                                                <td>
                                                    {move || {
                                                        wrong
                                                            .as_ref()
                                                            .map(|w| {
                                                                format!("{} × {}", option_text(&qid, &w.option), w.count)
                                                            })
                                                            .unwrap_or_else(|| "—".to_string())
                                                    }}
                                                </td>
                                                <td>{clock(s.average_time_ms.round() as u64)}</td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
                <div class="actions">
                    <button type="button" class="btn download-xlsx" on:click=download_xlsx>
                        {t(TeacherMsg::DownloadXlsx)}
                    </button>
                    <button type="button" class="btn secondary download-ranking" on:click=download_ranking>
                        {t(TeacherMsg::DownloadRanking)}
                    </button>
                    <button type="button" class="btn secondary download-analytics" on:click=download_analytics>
                        {t(TeacherMsg::DownloadAnalytics)}
                    </button>
                </div>
                {move || error.get().map(|e| view! { <p class="error-panel" role="alert">{e}</p> })}
            </Show>
        </section>
    }
}
