//! Collecting results: many result files at once, from a file picker (`multiple`) or dropped on
//! the page. Each file goes through [`import`] against the contest's pack and is listed with what
//! happened to it, in the teacher's language: accepted, or its reason (tampered, wrong contest,
//! unreadable, duplicate, already imported, other questions). Nothing is dropped silently.
//! Duplicates (the same student twice) are shown side by side until the teacher keeps one.

use super::{use_contests, Rebuilt};
use crate::engine::import::{
    import, import_qr, student_key, Collection, Entry, ImportOutcome, Rejection,
};
use crate::engine::pack::Pack;
use crate::engine::qr_scan::Scan;
use crate::engine::result_record::ImportError;
use crate::ui::files::{DropZone, ReadFiles};
use crate::ui::i18n::teacher::TeacherMsg;
use crate::ui::i18n::{clock, points, t, use_lang, Msg, Text};
use crate::ui::scanner::Scanner;
use leptos::prelude::*;

/// What happened to one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileOutcome {
    /// The file's name.
    pub file: String,
    /// Whose result it is, when it could be read.
    pub who: String,
    /// What the import did.
    pub outcome: ImportOutcome,
}

/// A stable word for an outcome (for styling and tests): `accepted`, `duplicate`,
/// `already-imported`, `tampered`, `wrong-contest`, `unreadable` or `other-questions`.
pub fn outcome_kind(outcome: &ImportOutcome) -> &'static str {
    match outcome {
        ImportOutcome::Accepted { .. } => "accepted",
        ImportOutcome::Duplicate { .. } => "duplicate",
        ImportOutcome::AlreadyImported { .. } => "already-imported",
        ImportOutcome::Rejected(Rejection::Tampered { .. }) => "tampered",
        ImportOutcome::Rejected(Rejection::WrongContest { .. }) => "wrong-contest",
        ImportOutcome::Rejected(Rejection::Unreadable(_)) => "unreadable",
        ImportOutcome::Rejected(Rejection::OtherQuestions { .. }) => "other-questions",
    }
}

/// The sentence the teacher reads for an outcome.
pub fn outcome_msg(outcome: &ImportOutcome) -> TeacherMsg {
    match outcome {
        ImportOutcome::Accepted { .. } => TeacherMsg::Accepted,
        ImportOutcome::Duplicate { .. } => TeacherMsg::Duplicate,
        ImportOutcome::AlreadyImported { .. } => TeacherMsg::AlreadyImported,
        ImportOutcome::Rejected(Rejection::Tampered { .. }) => TeacherMsg::Tampered,
        ImportOutcome::Rejected(Rejection::WrongContest { .. }) => TeacherMsg::WrongContest,
        ImportOutcome::Rejected(Rejection::Unreadable(_)) => TeacherMsg::Unreadable,
        ImportOutcome::Rejected(Rejection::OtherQuestions { .. }) => TeacherMsg::OtherQuestions,
    }
}

/// Imports the files read into `collection`, in order, and says what happened to each.
pub fn import_files(read: ReadFiles, pack: &Pack, collection: &mut Collection) -> Vec<FileOutcome> {
    read.into_iter()
        .map(|(file, bytes)| {
            let outcome = match bytes {
                Ok(bytes) => import(&bytes, pack, collection),
                Err(message) => {
                    ImportOutcome::Rejected(Rejection::Unreadable(ImportError::NotJson { message }))
                }
            };
            describe(file, outcome, collection)
        })
        .collect()
}

/// Imports one result read by the camera (its whole QR series) and says what happened.
pub fn import_scanned(parts: &[String], pack: &Pack, collection: &mut Collection) -> FileOutcome {
    let outcome = import_qr(parts, pack, collection);
    describe("QR".to_string(), outcome, collection)
}

/// The line of the list for one imported file or scanned series.
fn describe(file: String, outcome: ImportOutcome, collection: &Collection) -> FileOutcome {
    let name_of = |id| {
        collection
            .entry(id)
            .map(|e: &Entry| e.record.student.name.clone())
    };
    let who = match &outcome {
        ImportOutcome::Accepted { id, .. }
        | ImportOutcome::Duplicate { id, .. }
        | ImportOutcome::AlreadyImported { id } => name_of(*id).unwrap_or_default(),
        ImportOutcome::Rejected(
            Rejection::Tampered { name }
            | Rejection::WrongContest { name, .. }
            | Rejection::OtherQuestions { name, .. },
        ) => name.clone(),
        ImportOutcome::Rejected(Rejection::Unreadable(_)) => String::new(),
    };
    FileOutcome { file, who, outcome }
}

/// One import into a contest's collection, listing what happened.
type ImportStep = Box<dyn FnOnce(&Pack, &mut Collection) -> Vec<FileOutcome>>;

/// The file picker, the drop zone, the list of outcomes and the duplicates to choose from.
#[component]
pub fn CollectResults(
    /// The contest's pack.
    pack: StoredValue<Pack>,
    /// The contest's code (canonical).
    code: String,
    /// The contest's collection, rebuilt from its kept records.
    rebuilt: Memo<Rebuilt>,
) -> impl IntoView {
    let contests = use_contests();
    let lang = use_lang();
    let code = StoredValue::new(code);
    let outcomes = RwSignal::new(Vec::<FileOutcome>::new());

    // Rebuilds the contest's collection, lets `import` add to it, keeps the records and lists
    // what happened.
    let import_with = move |import: ImportStep| {
        let Some(code) = code.try_get_value() else {
            return;
        };
        let Some(contest) = contests.get(&code) else {
            return;
        };
        let done = pack
            .try_with_value(|p| {
                let (mut collection, _) = contest.collection(p).ok()?;
                let listed = import(p, &mut collection);
                Some((collection, listed))
            })
            .flatten();
        if let Some((collection, listed)) = done {
            contests.change(&code, |c| c.keep(&collection));
            outcomes.update(|o| o.extend(listed));
        }
    };

    let take = Callback::new(move |read: ReadFiles| {
        import_with(Box::new(move |p, c| import_files(read, p, c)));
    });

    // A whole QR series from the camera: imported like a file.
    let scanned = move |parts: Vec<String>| {
        import_with(Box::new(move |p, c| vec![import_scanned(&parts, p, c)]));
    };

    let keep = move |id| {
        let code = code.get_value();
        let Some(contest) = contests.get(&code) else {
            return;
        };
        let resolved = pack.with_value(|p| {
            let (mut collection, _) = contest.collection(p).ok()?;
            collection.resolve_duplicate(id).ok()?;
            Some(collection)
        });
        if let Some(collection) = resolved {
            contests.change(&code, |c| c.keep(&collection));
        }
    };

    // The kept records that no longer import (another version of the pack): listed too.
    let refused = move || {
        rebuilt.with(|r| {
            r.as_ref()
                .map(|(_, refused)| refused.clone())
                .unwrap_or_default()
        })
    };
    let duplicates = move || {
        rebuilt.with(|r| {
            let Some((c, _)) = r else {
                return Vec::new();
            };
            let mut groups: Vec<(String, Vec<Entry>)> = Vec::new();
            for e in c.entries().iter().filter(|e| e.duplicate) {
                let key = student_key(&e.record.student);
                match groups.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, g)) => g.push(e.clone()),
                    None => groups.push((key, vec![e.clone()])),
                }
            }
            groups
        })
    };

    view! {
        <section class="collect card">
            <h2>{t(TeacherMsg::Collect)}</h2>
            <DropZone
                label=TeacherMsg::ChooseFiles
                hint=TeacherMsg::DropHere
                name="results"
                on_files=take
            />
            <Scanner scan=Scan::results() on_whole=scanned />
            <Show when=move || !outcomes.with(Vec::is_empty) || !refused().is_empty()>
                <h3>{t(TeacherMsg::FilesRead)}</h3>
                <ul class="outcomes" aria-live="polite">
                    {move || {
                        let kept = refused()
                            .into_iter()
                            .map(|(i, outcome)| FileOutcome {
                                file: format!("#{}", i + 1),
                                who: String::new(),
                                outcome,
                            });
                        outcomes
                            .get()
                            .into_iter()
                            .chain(kept)
                            .map(|o| {
                                let kind = outcome_kind(&o.outcome);
                                let msg = outcome_msg(&o.outcome);
                                view! {
                                    <li class=format!("outcome {kind}") data-outcome=kind>
                                        <span class="file">{o.file}</span>
                                        " "
                                        <strong class="who">{o.who}</strong>
                                        " — "
                                        <span class="reason">{move || msg.text(lang.get())}</span>
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
                            <h3>{t(TeacherMsg::Duplicates)}</h3>
                            {groups
                                .into_iter()
                                .map(|(_, entries)| {
                                    view! {
                                        <div class="duplicates">
                                            {entries
                                                .into_iter()
                                                .map(|e| {
                                                    let id = e.id;
                                                    let s = e.record.student.clone();
                                                    let answered = e
                                                        .graded
                                                        .answers
                                                        .iter()
                                                        .filter(|a| a.answer.is_some())
                                                        .count();
                                                    let total = e.graded.answers.len();
                                                    let (score, max) = (e.graded.score, e.graded.max);
                                                    let duration = e.graded.duration_ms;
                                                    view! {
                                                        <div class="duplicate-card" data-record=id.0>
                                                            <p>
                                                                <strong>{s.name}</strong>
                                                                " "
                                                                {s.class.unwrap_or_default()}
                                                            </p>
                                                            <p>
                                                                {t(Msg::Score)}
                                                                ": "
                                                                {move || {
                                                                    format!(
                                                                        "{} / {}",
                                                                        points(score, lang.get()),
                                                                        points(max, lang.get()),
                                                                    )
                                                                }}
                                                            </p>
                                                            <p>
                                                                {t(Msg::TimeTaken)}
                                                                ": "
                                                                {clock(duration)}
                                                            </p>
                                                            <p>
                                                                {t(Msg::AnsweredSoFar)}
                                                                ": "
                                                                {format!("{answered} / {total}")}
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
        </section>
    }
}
