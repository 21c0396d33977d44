//! The ranking of the ideas, authors revealed (`engine::idea::idea_ranking`): place (shared places
//! marked `=`), code, title, authors, weighted total, the spread between jurors with a visible
//! flag (icon and words) where they disagree beyond the rubric's threshold, the number of jurors,
//! and the mean of each criterion (last, so the flag stays in view on a narrower screen);
//! downloads as `.xlsx` (a sheet per juror) and CSV. Column headers come from the exports' own
//! table (`idea_headers`), so the page and the spreadsheet say the same words.

use super::organizer::Organizer;
use crate::engine::idea::{idea_headers, idea_ranking, idea_ranking_csv, idea_xlsx, IdeaRankRow};
use crate::ui::browser;
use crate::ui::i18n::jury::JuryMsg;
use crate::ui::i18n::teacher::TeacherMsg;
use crate::ui::i18n::{points, show, t, use_lang};
use leptos::prelude::*;

/// A number on the page: one decimal in the language's style, or a dash.
fn number(value: Option<f64>, lang: crate::engine::text::Lang) -> String {
    value.map_or_else(|| "—".to_string(), |v| points(v, lang))
}

/// The ranking table and its downloads.
#[component]
pub fn Ranking(
    /// The organizer's contest.
    org: Organizer,
) -> impl IntoView {
    let lang = use_lang();
    let rows: Memo<Vec<IdeaRankRow>> = Memo::new(move |_| {
        org.results.with(|r| {
            r.as_ref()
                .map(|(r, _)| org.ideas.with(|(b, _)| idea_ranking(r, b)))
                .unwrap_or_default()
        })
    });
    let scored = move || rows.with(|rows| rows.iter().any(|r| r.total.is_some()));
    let criteria = move || {
        org.results.with(|r| {
            r.as_ref()
                .map(|(r, _)| r.rubric().criteria.clone())
                .unwrap_or_default()
        })
    };
    let error = RwSignal::new(None::<String>);
    let base_name = move || {
        let contest = org.state.with_untracked(|s| s.contest.clone());
        format!("halol-ideas-{contest}")
    };
    let download_csv = move |_| {
        let csv = org.results.with_untracked(|r| {
            r.as_ref().map(|(r, _)| {
                rows.with_untracked(|rows| idea_ranking_csv(rows, r.rubric(), lang.get_untracked()))
            })
        });
        if let Some(csv) = csv {
            let name = format!("{}-ranking.csv", base_name());
            error.set(browser::download(&name, "text/csv;charset=utf-8", csv.as_bytes()).err());
        }
    };
    let download_xlsx = move |_| {
        let bytes = org.results.with_untracked(|r| {
            r.as_ref().map(|(r, _)| {
                rows.with_untracked(|rows| {
                    idea_xlsx(
                        rows,
                        &r.counted_sheets(),
                        r.rubric(),
                        lang.get_untracked(),
                        browser::now_ms(),
                    )
                })
            })
        });
        let name = format!("{}.xlsx", base_name());
        let mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        error.set(match bytes {
            Some(Ok(bytes)) => browser::download(&name, mime, &bytes).err(),
            Some(Err(e)) => Some(e.to_string()),
            None => None,
        });
    };

    view! {
        <section class="ranking-section card">
            <h2>{t(JuryMsg::OrgRanking)}</h2>
            <Show
                when=scored
                fallback=move || view! { <p class="hint">{t(JuryMsg::OrgNoScores)}</p> }
            >
                <p class="hint">{t(JuryMsg::OrgRankingHint)}</p>
                <div class="table-wrap">
                    <table class="idea-ranking">
                        <thead>
                            <tr>
                                {move || {
                                    let h = idea_headers(lang.get());
                                    let fixed = [
                                        h.place,
                                        h.code,
                                        h.title,
                                        h.authors,
                                        h.total,
                                        h.spread,
                                        h.disagreement,
                                        h.jurors,
                                    ];
                                    let names: Vec<String> = criteria()
                                        .iter()
                                        .map(|c| show(&c.title, lang.get()))
                                        .collect();
                                    view! {
                                        {fixed.map(|s| view! { <th scope="col">{s}</th> })}
                                        {names
                                            .into_iter()
                                            .map(|s| view! { <th scope="col" class="criterion-head">{s}</th> })
                                            .collect_view()}
                                    }
                                }}
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                let rows = rows.get();
                                let l = lang.get();
                                let h = idea_headers(l);
                                let shared = |i: usize| {
                                    rows[i].place.is_some()
                                        && ((i > 0 && rows[i - 1].place == rows[i].place)
                                            || rows.get(i + 1).is_some_and(|n| n.place == rows[i].place))
                                };
                                let marks: Vec<bool> = (0..rows.len()).map(shared).collect();
                                rows.iter()
                                    .zip(marks)
                                    .map(|(r, shared)| {
                                        let place = match (r.place, shared) {
                                            (Some(p), true) => format!("{p}="),
                                            (Some(p), false) => p.to_string(),
                                            (None, _) => "—".to_string(),
                                        };
                                        let authors = r
                                            .authors
                                            .iter()
                                            .map(|a| a.name.clone())
                                            .collect::<Vec<_>>()
                                            .join(", ");
                                        view! {
                                            <tr class:flagged=r.flagged data-code=r.code.clone()>
                                                <td class="place">{place}</td>
                                                <td class="code">{r.code.clone()}</td>
                                                <td class="title">{r.title.clone()}</td>
                                                <td class="authors">{authors}</td>
                                                <td class="total points">{number(r.total, l)}</td>
                                                <td class="spread points">{number(r.spread, l)}</td>
                                                <td class="flag">
                                                    {r.flagged.then(|| view! {
                                                        <span class="disagree">
                                                            <span aria-hidden="true">"⚠ "</span>
                                                            {h.disagreement}
                                                        </span>
                                                    })}
                                                </td>
                                                <td class="jurors points">{r.jurors}</td>
                                                {r
                                                    .means
                                                    .iter()
                                                    .map(|m| view! { <td class="mean points">{number(*m, l)}</td> })
                                                    .collect_view()}
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
                    <button type="button" class="btn secondary download-csv" on:click=download_csv>
                        {t(TeacherMsg::DownloadRanking)}
                    </button>
                </div>
                {move || error.get().map(|e| view! { <p class="error-panel" role="alert">{e}</p> })}
            </Show>
        </section>
    }
}
