//! The jurors' score sheets on the organizer's side: many files at once, each listed with its
//! outcome in the organizer's language; two sheets of the same juror side by side until the
//! organizer keeps one; and the jurors whose sheets count, with how many marks each misses.

use super::organizer::Organizer;
use super::outcomes::{sheet_juror, sheet_kind, sheet_reason, unreadable};
use crate::engine::idea::{FileKind, KeptSheet, SheetId, SheetImport, SheetRejection};
use crate::engine::text::match_key;
use crate::ui::files::{DropZone, ReadFiles};
use crate::ui::i18n::jury::{marks_missing, JuryMsg};
use crate::ui::i18n::teacher::TeacherMsg;
use crate::ui::i18n::{date, t, use_lang};
use leptos::prelude::*;

/// One score sheet file read, with what happened to it.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetOutcome {
    /// The file's name (or `#n` for a kept sheet that no longer imports).
    pub file: String,
    /// The juror it names (empty when unreadable).
    pub juror: String,
    /// What the import did.
    pub outcome: SheetImport,
}

/// How many marks a sheet gives, of how many the pack asks for.
fn marks_given(kept: &KeptSheet, asked: usize) -> (usize, usize) {
    let given = kept.sheet.scores.iter().map(|s| s.marks.len()).sum();
    (given, asked)
}

/// Importing score sheets, the duplicates to choose from and the jurors counted.
#[component]
pub fn Sheets(
    /// The organizer's contest.
    org: Organizer,
) -> impl IntoView {
    let lang = use_lang();
    let outcomes = RwSignal::new(Vec::<SheetOutcome>::new());
    // A new jury pack starts a new round: the outcomes of the old one no longer apply.
    let pack_id = Memo::new(move |_| {
        org.state
            .with(|s| s.jury.as_ref().map(|j| j.pack_id.clone()))
    });
    Effect::new(move |previous: Option<Option<String>>| {
        let now = pack_id.get();
        if previous.is_some_and(|p| p != now) {
            outcomes.set(Vec::new());
        }
        now
    });
    let take = Callback::new(move |read: ReadFiles| {
        let Some(mut results) = org.jury_results() else {
            return;
        };
        let listed: Vec<SheetOutcome> =
            read.into_iter()
                .map(|(file, bytes)| {
                    let outcome = match bytes {
                        Ok(bytes) => results.import(&bytes),
                        Err(message) => SheetImport::Rejected(SheetRejection::Unreadable(
                            unreadable(FileKind::ScoreSheet, message),
                        )),
                    };
                    let juror = match &outcome {
                        SheetImport::AlreadyImported { id } => results
                            .sheets()
                            .iter()
                            .find(|k| k.id == *id)
                            .map(|k| k.sheet.juror.clone())
                            .unwrap_or_default(),
                        other => sheet_juror(other),
                    };
                    SheetOutcome {
                        file,
                        juror,
                        outcome,
                    }
                })
                .collect();
        org.change(|s| s.keep_results(&results));
        outcomes.update(|o| o.extend(listed));
    });
    let keep = move |id: SheetId| {
        let Some(mut results) = org.jury_results() else {
            return;
        };
        if results.resolve_duplicate(id).is_ok() {
            org.change(|s| s.keep_results(&results));
        }
    };
    // The kept sheets that no longer import: listed too.
    let refused = move || {
        org.results.with(|r| {
            r.as_ref()
                .map(|(_, refused)| {
                    refused
                        .iter()
                        .map(|(i, outcome)| SheetOutcome {
                            file: format!("#{}", i + 1),
                            juror: sheet_juror(outcome),
                            outcome: outcome.clone(),
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let asked = move || {
        org.results.with(|r| {
            r.as_ref().map_or(0, |(r, _)| {
                r.assignment().codes.len() * r.rubric().criteria.len()
            })
        })
    };
    let duplicates = move || {
        org.results.with(|r| {
            let Some((r, _)) = r else {
                return Vec::new();
            };
            let mut groups: Vec<(String, Vec<KeptSheet>)> = Vec::new();
            for k in r.sheets().iter().filter(|k| k.duplicate) {
                let key = match_key(&k.sheet.juror);
                match groups.iter_mut().find(|(g, _)| *g == key) {
                    Some((_, g)) => g.push(k.clone()),
                    None => groups.push((key, vec![k.clone()])),
                }
            }
            groups
        })
    };
    let counted = move || {
        org.results.with(|r| {
            r.as_ref()
                .map(|(r, _)| {
                    r.counted()
                        .into_iter()
                        .filter(|k| !k.duplicate)
                        .cloned()
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };

    view! {
        <section class="sheets card">
            <h2>{t(JuryMsg::OrgSheets)}</h2>
            <Show
                when=move || pack_id.with(Option::is_some)
                fallback=move || view! { <p class="hint">{t(JuryMsg::OrgNeedPack)}</p> }
            >
                <DropZone
                    label=JuryMsg::OrgChooseSheets
                    hint=TeacherMsg::DropHere
                    name="sheets"
                    multiple=true
                    on_files=take
                />
            </Show>
            <Show when=move || !outcomes.with(Vec::is_empty) || !refused().is_empty()>
                <h3>{t(TeacherMsg::FilesRead)}</h3>
                <ul class="outcomes sheet-outcomes" aria-live="polite">
                    {move || {
                        outcomes
                            .get()
                            .into_iter()
                            .chain(refused())
                            .map(|o| {
                                let kind = sheet_kind(&o.outcome);
                                let outcome = o.outcome.clone();
                                view! {
                                    <li
                                        class="outcome"
                                        class:accepted=kind == "accepted"
                                        class:duplicate=kind == "same-juror"
                                        data-outcome=kind
                                    >
                                        <span class="file">{o.file}</span>
                                        " "
                                        <strong class="who">{o.juror}</strong>
                                        " — "
                                        {move || {
                                            let (verdict, reason) = sheet_reason(&outcome, lang.get());
                                            view! {
                                                <span class="verdict">{verdict}</span>
                                                {(!reason.is_empty()).then_some(": ")}
                                                <span class="reason">{reason}</span>
                                            }
                                        }}
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
            {move || {
                let groups = duplicates();
                (!groups.is_empty())
                    .then(|| {
                        view! {
                            <h3>{t(JuryMsg::OrgDuplicates)}</h3>
                            {groups
                                .into_iter()
                                .map(|(_, sheets)| {
                                    view! {
                                        <div class="duplicates">
                                            {sheets
                                                .into_iter()
                                                .map(|k| {
                                                    let id = k.id;
                                                    let exported = k.sheet.exported_ms;
                                                    let (given, of) = marks_given(&k, asked());
                                                    view! {
                                                        <div class="duplicate-card" data-sheet=id.0>
                                                            <p>
                                                                <strong>{k.sheet.juror.clone()}</strong>
                                                            </p>
                                                            <p>
                                                                {t(JuryMsg::OrgExported)} ": "
                                                                {move || date(exported, lang.get())}
                                                            </p>
                                                            <p>
                                                                {t(JuryMsg::OrgMarksGiven)} ": "
                                                                {format!("{given} / {of}")}
                                                            </p>
                                                            <button
                                                                type="button"
                                                                class="btn keep"
                                                                on:click=move |_| keep(id)
                                                            >
                                                                {t(TeacherMsg::Keep)}
                                                            </button>
                                                        </div>
                                                    }
                                                })
                                                .collect_view()}
                                        </div>
                                    }
                                })
                                .collect_view()}
                        }
                    })
            }}
            {move || {
                let jurors = counted();
                (!jurors.is_empty())
                    .then(|| {
                        let of = asked();
                        view! {
                            <h3>{t(JuryMsg::OrgJurors)}</h3>
                            <ul class="jurors">
                                {jurors
                                    .into_iter()
                                    .map(|k| {
                                        let (given, _) = marks_given(&k, of);
                                        let missing = of.saturating_sub(given);
                                        view! {
                                            <li class="juror" data-sheet=k.id.0>
                                                <strong>{k.sheet.juror.clone()}</strong>
                                                {(missing > 0)
                                                    .then(|| {
                                                        view! {
                                                            " — "
                                                            <span class="missing">
                                                                {move || marks_missing(missing, lang.get())}
                                                            </span>
                                                        }
                                                    })}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })
            }}
        </section>
    }
}
