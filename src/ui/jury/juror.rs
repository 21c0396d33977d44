//! The juror's section: open the jury pack (a bad file gets its reason), write one's name, and
//! for every idea (by its anonymous code: category, title, problem, solution, implementation,
//! effect — never the authors) give one mark per criterion from 0 to its maximum and a comment.
//! Progress is counted as ideas with every mark given. The work (`JurorWork`: the pack and the
//! sheet) is saved under `halol.juror-work` on every mark, comment and keystroke.
//!
//! "Export my scores" seals the sheet (`ScoreSheet::finish`) and downloads it; a sheet with
//! marks missing may be exported after a warning that lists what is missing.

use super::outcomes::{file_error, unreadable};
use crate::engine::idea::{FileKind, IdeaFileError, JuryIdea, JuryPack, ScoreSheet, SheetError};
use crate::engine::saved::JurorWork;
use crate::ui::browser::{self, now_ms};
use crate::ui::files::{DropZone, ReadFiles};
use crate::ui::i18n::ideas::IdeaMsg;
use crate::ui::i18n::jury::{marked_of, JuryMsg};
use crate::ui::i18n::{show, t, tx, use_lang, Text};
use crate::ui::notices::{use_notices, Notices};
use crate::ui::quiz_page::APP_VERSION;
use crate::ui::storage::{StorageError, Store};
use leptos::prelude::*;

/// Why a jury pack was not opened.
#[derive(Clone, Debug, PartialEq)]
enum OpenProblem {
    /// The file is not a readable jury pack.
    File(IdeaFileError),
    /// The seal does not match.
    Tampered,
    /// The same pack is already open (the work is kept).
    SamePack,
}

/// The juror's work as stored, saved through the storage door on every change.
#[derive(Clone, Copy)]
pub struct Work {
    /// The pack and the sheet (none before a pack is opened).
    pub value: RwSignal<Option<JurorWork>>,
    /// `Some(true)`: in local storage; `Some(false)`: only in this page; `None`: nothing yet.
    saved: RwSignal<Option<bool>>,
    /// Whether the sheet as it is now was exported.
    exported: RwSignal<bool>,
    store: StoredValue<Store, LocalStorage>,
    notices: Notices,
}

impl Work {
    fn save(self) {
        let result = self.store.with_value(|s| {
            self.value
                .with_untracked(|w| w.as_ref().map_or(Ok(()), |w| s.save_juror_work(w)))
        });
        let blocked = self
            .store
            .with_value(|s| matches!(s.problem(), Some(StorageError::Blocked)));
        let durable = matches!(result, Ok(()) | Err(StorageError::Unreadable { .. }));
        self.saved.set(Some(durable && !blocked));
        if let Err(e) = result {
            self.notices.storage(&e);
        }
    }

    /// Changes the sheet (with its pack at hand) and saves the work at once.
    fn change(self, f: impl FnOnce(&JuryPack, &mut ScoreSheet)) {
        self.value.update(|w| {
            if let Some(w) = w {
                f(&w.pack, &mut w.sheet);
            }
        });
        self.exported.set(false);
        self.save();
    }
}

/// The juror's whole section. Needs the store in context.
#[component]
pub fn JurorPanel() -> impl IntoView {
    let lang = use_lang();
    let store = expect_context::<StoredValue<Store, LocalStorage>>();
    let notices = use_notices();
    let loaded = store
        .with_value(|s| s.load_juror_work())
        .unwrap_or_else(|e| {
            notices.storage(&e);
            None
        });
    let work = Work {
        saved: RwSignal::new(loaded.is_some().then_some(true)),
        value: RwSignal::new(loaded),
        exported: RwSignal::new(false),
        store,
        notices,
    };
    let problem = RwSignal::new(None::<OpenProblem>);
    let open = Callback::new(move |read: ReadFiles| {
        let Some((_, bytes)) = read.into_iter().next() else {
            return;
        };
        let pack = bytes
            .map_err(|message| unreadable(FileKind::JuryPack, message))
            .and_then(|b| JuryPack::from_bytes(&b));
        let pack = match pack {
            Err(e) => return problem.set(Some(OpenProblem::File(e))),
            Ok(p) if !p.verify() => return problem.set(Some(OpenProblem::Tampered)),
            Ok(p) => p,
        };
        let current = work.value.with_untracked(|w| {
            w.as_ref().map(|w| {
                let started = w
                    .sheet
                    .scores
                    .iter()
                    .any(|s| !s.marks.is_empty() || !s.comment.trim().is_empty());
                (w.pack.id.clone(), started, w.sheet.juror.clone())
            })
        });
        if let Some((id, started, _)) = &current {
            if *id == pack.id {
                return problem.set(Some(OpenProblem::SamePack));
            }
            if *started
                && !window()
                    .confirm_with_message(JuryMsg::JurorConfirmReplace.text(lang.get_untracked()))
                    .unwrap_or(false)
            {
                return;
            }
        }
        let juror = current.map(|(_, _, j)| j).unwrap_or_default();
        let sheet = ScoreSheet::new(&pack, &juror);
        work.value.set(Some(JurorWork { pack, sheet }));
        work.exported.set(false);
        work.save();
        problem.set(None);
    });
    let pack_id = Memo::new(move |_| work.value.with(|w| w.as_ref().map(|w| w.pack.id.clone())));
    let problem_view = move || {
        problem.get().map(|p| {
            let (class, text) = match p {
                OpenProblem::File(e) => (
                    "error-panel",
                    file_error(&e, FileKind::JuryPack, lang.get()),
                ),
                OpenProblem::Tampered => (
                    "error-panel",
                    JuryMsg::JurorPackTampered.text(lang.get()).to_string(),
                ),
                OpenProblem::SamePack => (
                    "notice-inline",
                    JuryMsg::JurorSamePack.text(lang.get()).to_string(),
                ),
            };
            view! { <p class=format!("open-problem {class}") role="alert">{text}</p> }
        })
    };
    view! {
        <section class="juror-panel">
            <p class="lead">{t(JuryMsg::JurorLead)}</p>
            <Show when=move || pack_id.with(Option::is_none)>
                <DropZone
                    label=JuryMsg::JurorOpenPack
                    hint=JuryMsg::DropFile
                    name="jury-pack"
                    multiple=false
                    on_files=open
                />
                {problem_view}
            </Show>
            {move || {
                pack_id
                    .get()
                    .and_then(|_| work.value.with_untracked(|w| w.as_ref().map(|w| w.pack.clone())))
                    .map(|pack| view! { <Scoring pack work /> })
            }}
            <Show when=move || pack_id.with(Option::is_some)>
                <details class="open-another card">
                    <summary>{t(JuryMsg::JurorOpenAnother)}</summary>
                    <DropZone
                        label=JuryMsg::JurorOpenPack
                        hint=JuryMsg::DropFile
                        name="another-pack"
                        multiple=false
                        on_files=open
                    />
                </details>
                {problem_view}
            </Show>
        </section>
    }
}

/// Scoring one jury pack: the name, the progress, every idea with its marks and comment, and
/// the export.
#[component]
fn Scoring(
    /// The pack being scored (rendered once; the marks come from `work`).
    pack: JuryPack,
    /// The juror's work.
    work: Work,
) -> impl IntoView {
    let lang = use_lang();
    let completeness = Memo::new(move |_| {
        work.value
            .with(|w| w.as_ref().map(|w| w.sheet.completeness(&w.pack)))
    });
    let progress = move || {
        let n = work
            .value
            .with(|w| w.as_ref().map_or(0, |w| w.pack.ideas.len()));
        let missing = completeness.with(|c| c.as_ref().map_or(0, |c| c.missing.len()));
        marked_of(n - missing.min(n), n, lang.get())
    };
    let name_problem = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let export = move || {
        let mut finished = Err(SheetError::NoJuror);
        work.value.update(|w| {
            if let Some(w) = w {
                finished = w.sheet.finish(now_ms(), APP_VERSION);
            }
        });
        work.save();
        match finished {
            Ok(()) => {
                let file = work.value.with_untracked(|w| {
                    w.as_ref().map(|w| (w.sheet.file_name(), w.sheet.to_json()))
                });
                if let Some((name, json)) = file {
                    let _ = browser::download(&name, "application/json", json.as_bytes());
                    work.exported.set(true);
                }
                confirming.set(false);
            }
            Err(SheetError::NoJuror) => {
                name_problem.set(true);
                browser::focus("juror-name");
            }
        }
    };
    let on_export = move |_| {
        let blank = work
            .value
            .with_untracked(|w| w.as_ref().is_none_or(|w| w.sheet.juror.trim().is_empty()));
        if blank {
            name_problem.set(true);
            browser::focus("juror-name");
            return;
        }
        let complete = completeness.with_untracked(|c| c.as_ref().is_some_and(|c| c.is_complete()));
        if complete {
            export();
        } else {
            confirming.set(true);
            request_animation_frame(move || browser::focus("export-warning"));
        }
    };
    let criterion_title = {
        let rubric = pack.rubric.clone();
        move |id: &str, lang| {
            rubric
                .criterion(id)
                .map_or_else(|| id.to_string(), |c| show(&c.title, lang))
        }
    };
    let title = pack.title.clone();
    let pack_id = pack.id.clone();
    let ideas = pack.ideas.clone();
    view! {
        <div class="scoring">
            <p class="contest-title">
                <strong>{tx(title)}</strong>
                " · "
                {t(JuryMsg::OrgPackId)}
                " "
                <span class="pack-id">{pack_id}</span>
            </p>
            <div class="field">
                <label class="field-label" for="juror-name">{t(JuryMsg::JurorName)}</label>
                <input
                    id="juror-name"
                    name="juror-name"
                    type="text"
                    autocomplete="name"
                    aria-describedby="juror-name-error"
                    aria-invalid=move || name_problem.get().to_string()
                    prop:value=move || work.value.with(|w| w.as_ref().map(|w| w.sheet.juror.clone()).unwrap_or_default())
                    on:input=move |ev| {
                        let name = event_target_value(&ev);
                        name_problem.set(false);
                        work.change(|_, sheet| sheet.set_juror(&name));
                    }
                />
                <p class="field-error" id="juror-name-error" hidden=move || !name_problem.get()>
                    {t(JuryMsg::JurorNameNeeded)}
                </p>
            </div>
            <p class="progress-line" role="status" aria-live="polite">{progress}</p>
            <p class="hint">{t(JuryMsg::JurorCriteriaHelp)}</p>
            <ol class="jury-ideas">
                {ideas
                    .into_iter()
                    .map(|idea| view! { <IdeaToScore idea pack=pack.clone() work /> })
                    .collect_view()}
            </ol>
            <div class="actions">
                <button type="button" class="btn export-scores" on:click=on_export>
                    {t(JuryMsg::JurorExport)}
                </button>
            </div>
            <Show when=move || confirming.get()>
                <div class="export-warning error-panel" id="export-warning" role="alert" tabindex="-1">
                    <p>
                        <strong>{t(JuryMsg::JurorIncomplete)}</strong>
                    </p>
                    <ul class="missing-marks">
                        {
                            let criterion_title = criterion_title.clone();
                            move || {
                                let l = lang.get();
                                completeness
                                    .get()
                                    .map(|c| c.missing)
                                    .unwrap_or_default()
                                    .into_iter()
                                    .map(|m| {
                                        let names = m
                                            .criteria
                                            .iter()
                                            .map(|c| criterion_title(c, l))
                                            .collect::<Vec<_>>()
                                            .join(", ");
                                        view! { <li data-code=m.code.clone()>{format!("{}: {names}", m.code)}</li> }
                                    })
                                    .collect_view()
                            }
                        }
                    </ul>
                    <div class="actions">
                        <button type="button" class="btn export-anyway" on:click=move |_| export()>
                            {t(JuryMsg::JurorExportAnyway)}
                        </button>
                        <button type="button" class="btn secondary" on:click=move |_| confirming.set(false)>
                            {t(JuryMsg::JurorKeepScoring)}
                        </button>
                    </div>
                </div>
            </Show>
            <p class="exported" role="status" aria-live="polite">
                {move || work.exported.get().then(|| JuryMsg::JurorExported.text(lang.get()))}
            </p>
            <p class="save-state" role="status" aria-live="polite">
                {move || match work.saved.get() {
                    None => "",
                    Some(true) => JuryMsg::JurorScoresSaved.text(lang.get()),
                    Some(false) => IdeaMsg::KeptInMemory.text(lang.get()),
                }}
            </p>
        </div>
    }
}

/// One idea as the jury sees it, with a segmented control per criterion and the comment.
#[component]
fn IdeaToScore(
    /// The idea (anonymous).
    idea: JuryIdea,
    /// Its pack (categories and rubric).
    pack: JuryPack,
    /// The juror's work.
    work: Work,
) -> impl IntoView {
    let lang = use_lang();
    let code = idea.code.clone();
    let category = pack
        .category(&idea.category)
        .map(|c| c.title.clone())
        .unwrap_or_default();
    let complete = {
        let code = code.clone();
        move || {
            work.value.with(|w| {
                w.as_ref().is_some_and(|w| {
                    w.pack
                        .rubric
                        .criteria
                        .iter()
                        .all(|c| w.sheet.mark(&code, &c.id).is_some())
                })
            })
        }
    };
    let texts = [
        (IdeaMsg::Problem, idea.problem.clone()),
        (IdeaMsg::Solution, idea.solution.clone()),
        (IdeaMsg::Implementation, idea.implementation.clone()),
        (IdeaMsg::Effect, idea.effect.clone()),
    ];
    let comment_id = format!("comment-{code}");
    let criteria = pack
        .rubric
        .criteria
        .iter()
        .map(|c| {
            let name = format!("mark-{code}-{}", c.id);
            let description_id = format!("{name}-about");
            let described = description_id.clone();
            let (code, cid, max) = (code.clone(), c.id.clone(), c.max);
            let marks = (0..=max)
                .map(|m| {
                    let (code, cid) = (code.clone(), cid.clone());
                    let (code2, cid2) = (code.clone(), cid.clone());
                    view! {
                        <label class="seg" data-mark=m>
                            <input
                                type="radio"
                                name=name.clone()
                                value=m
                                prop:checked=move || {
                                    work.value.with(|w| {
                                        w.as_ref().and_then(|w| w.sheet.mark(&code, &cid)) == Some(m)
                                    })
                                }
                                on:change=move |_| {
                                    work.change(|pack, sheet| {
                                        let _ = sheet.set_mark(pack, &code2, &cid2, Some(m));
                                    })
                                }
                            />
                            <span>{m}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset class="criterion" data-criterion=c.id.clone() aria-describedby=described>
                    <legend>
                        {tx(c.title.clone())}
                        <span class="max">{format!(" (0–{max})")}</span>
                    </legend>
                    <p class="hint" id=description_id>{tx(c.description.clone())}</p>
                    <div class="segmented">{marks}</div>
                </fieldset>
            }
        })
        .collect_view();
    let comment = {
        let code = code.clone();
        move || {
            work.value.with(|w| {
                w.as_ref()
                    .and_then(|w| w.sheet.score(&code).map(|s| s.comment.clone()))
                    .unwrap_or_default()
            })
        }
    };
    let comment_code = code.clone();
    view! {
        <li class="jury-idea card" class:complete=complete data-code=code.clone()>
            <h3>
                <span class="code">{code.clone()}</span>
                " · "
                <span class="idea-title">{idea.title.clone()}</span>
            </h3>
            <p class="idea-meta">
                {t(IdeaMsg::Category)} ": " {move || show(&category, lang.get())}
            </p>
            {texts
                .into_iter()
                .map(|(label, text)| {
                    view! {
                        <h4>{t(label)}</h4>
                        <p class="idea-text">{text}</p>
                    }
                })
                .collect_view()}
            {criteria}
            <div class="field">
                <label class="field-label" for=comment_id.clone()>{t(JuryMsg::JurorComment)}</label>
                <textarea
                    id=comment_id
                    rows="3"
                    prop:value=comment
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        work.change(|pack, sheet| {
                            let _ = sheet.set_comment(pack, &comment_code, &text);
                        });
                    }
                ></textarea>
            </div>
        </li>
    }
}
