//! The organizer's section: (1) import the students' idea files, each listed with its outcome,
//! and the accepted ideas with a way to take one out; (2) make the anonymous jury pack (codes
//! shuffled with a fresh seed) and download it; (3) the jurors' score sheets ([`super::sheets`]);
//! (4) the ranking ([`super::ranking`]).
//!
//! The organizer's contest ([`OrganizerState`]: the sealed ideas, the jury assignment, the sealed
//! sheets) is saved under `halol.organizer` after every change; the idea box and the jury round
//! are rebuilt from it by the engine, so every seal is checked again after a reload and a kept
//! file that no longer imports is listed, not dropped.

use super::outcomes::{idea_kind, idea_reason, idea_title, unreadable};
use super::ranking::Ranking;
use super::sheets::Sheets;
use crate::engine::idea::{
    FileKind, IdeaBox, IdeaContest, IdeaImport, IdeaRejection, JuryError, JuryPack, JuryResults,
    SheetImport,
};
use crate::engine::qr_scan::Scan;
use crate::engine::saved::OrganizerState;
use crate::ui::browser;
use crate::ui::files::{DropZone, ReadFiles};
use crate::ui::i18n::jury::{ideas_count, JuryMsg};
use crate::ui::i18n::teacher::TeacherMsg;
use crate::ui::i18n::{show, t, tx, use_lang, Text};
use crate::ui::notices::{use_notices, Notices};
use crate::ui::scanner::Scanner;
use crate::ui::storage::Store;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// The idea box rebuilt from the kept ideas, with every kept idea that no longer imports.
pub type Rebuilt = (IdeaBox, Vec<(usize, IdeaImport)>);

/// The jury round rebuilt from the assignment and the kept sheets, with every kept sheet that no
/// longer imports; `None` before the jury pack is made.
pub type Round = Option<(JuryResults, Vec<(usize, SheetImport)>)>;

/// The organizer's contest as stored, and what the engine rebuilds from it. Every change is
/// saved at once.
#[derive(Clone, Copy)]
pub struct Organizer {
    /// The stored contest.
    pub state: RwSignal<OrganizerState>,
    /// The box of ideas rebuilt from the kept ideas, with the kept ones that no longer import.
    pub ideas: Memo<Rebuilt>,
    /// The jury round rebuilt from the assignment and the kept sheets (none before the pack).
    pub results: Memo<Round>,
    store: StoredValue<Store, LocalStorage>,
    notices: Notices,
}

impl Organizer {
    /// Loads the organizer's contest from the store in context (a new one for `contest` when
    /// none is stored; a storage problem becomes a notice).
    pub fn load(contest: &IdeaContest) -> Organizer {
        let store = expect_context::<StoredValue<Store, LocalStorage>>();
        let notices = use_notices();
        let stored = store
            .with_value(|s| s.load_organizer())
            .unwrap_or_else(|e| {
                notices.storage(&e);
                None
            });
        let state = RwSignal::new(stored.unwrap_or_else(|| OrganizerState::new(&contest.id)));
        Organizer {
            state,
            ideas: Memo::new(move |_| state.with(OrganizerState::idea_box)),
            results: Memo::new(move |_| state.with(OrganizerState::results)),
            store,
            notices,
        }
    }

    /// Changes the contest and saves it.
    pub fn change(&self, f: impl FnOnce(&mut OrganizerState)) {
        self.state.update(f);
        let result = self
            .store
            .with_value(|s| self.state.with_untracked(|st| s.save_organizer(st)));
        if let Err(e) = result {
            self.notices.storage(&e);
        }
    }

    /// The box of ideas as it is now (untracked).
    pub fn idea_box(&self) -> IdeaBox {
        self.ideas.with_untracked(|(b, _)| b.clone())
    }

    /// The jury round as it is now (untracked), once the pack is made.
    pub fn jury_results(&self) -> Option<JuryResults> {
        self.results
            .with_untracked(|r| r.as_ref().map(|(r, _)| r.clone()))
    }
}

/// One idea file read, with what happened to it.
#[derive(Clone, Debug, PartialEq)]
pub struct IdeaOutcome {
    /// The file's name (or `#n` for a kept idea that no longer imports).
    pub file: String,
    /// What the import did.
    pub outcome: IdeaImport,
}

/// The organizer's whole section.
#[component]
pub fn OrganizerPanel(
    /// The contest's settings (categories, rubric).
    contest: &'static IdeaContest,
) -> impl IntoView {
    let org = Organizer::load(contest);
    view! {
        <section class="organizer">
            <p class="lead">{t(JuryMsg::OrgLead)}</p>
            <p class="contest-title">
                <strong>{tx(contest.title.clone())}</strong>
            </p>
            <CollectIdeas org />
            <MakePack org contest />
            <Sheets org />
            <Ranking org />
        </section>
    }
}

/// Importing idea files and the list of accepted ideas.
#[component]
fn CollectIdeas(org: Organizer) -> impl IntoView {
    let lang = use_lang();
    let outcomes = RwSignal::new(Vec::<IdeaOutcome>::new());
    let take = Callback::new(move |read: ReadFiles| {
        let mut ideas = org.idea_box();
        let listed: Vec<IdeaOutcome> =
            read.into_iter()
                .map(|(file, bytes)| IdeaOutcome {
                    file,
                    outcome: match bytes {
                        Ok(bytes) => ideas.import(&bytes),
                        Err(message) => IdeaImport::Rejected(IdeaRejection::Unreadable(
                            unreadable(FileKind::Idea, message),
                        )),
                    },
                })
                .collect();
        org.change(|s| s.keep_ideas(&ideas));
        outcomes.update(|o| o.extend(listed));
    });
    // A whole idea read from a student's QR codes: imported like a file.
    let scanned = move |parts: Vec<String>| {
        let mut ideas = org.idea_box();
        let outcome = ideas.import_qr(&parts);
        org.change(|s| s.keep_ideas(&ideas));
        outcomes.update(|o| {
            o.push(IdeaOutcome {
                file: "QR".to_string(),
                outcome,
            })
        });
    };
    // The kept ideas that no longer import (another contest's settings): listed too.
    let refused = move || {
        org.ideas.with(|(_, refused)| {
            refused
                .iter()
                .map(|(i, outcome)| IdeaOutcome {
                    file: format!("#{}", i + 1),
                    outcome: outcome.clone(),
                })
                .collect::<Vec<_>>()
        })
    };
    let remove = move |id: String| {
        let in_pack = org
            .state
            .with_untracked(|s| s.jury.as_ref().is_some_and(|j| j.code_of(&id).is_some()));
        let question = if in_pack {
            JuryMsg::OrgConfirmRemoveInPack
        } else {
            JuryMsg::OrgConfirmRemove
        };
        let confirmed = window()
            .confirm_with_message(question.text(lang.get_untracked()))
            .unwrap_or(false);
        if !confirmed {
            return;
        }
        let mut ideas = org.idea_box();
        if ideas.remove(&id).is_some() {
            org.change(|s| s.keep_ideas(&ideas));
        }
    };
    let code_of = move |id: &str| -> Option<String> {
        org.state.with(|s| {
            s.jury
                .as_ref()
                .and_then(|j| j.code_of(id).map(str::to_string))
        })
    };

    view! {
        <section class="collect-ideas card">
            <h2>{t(JuryMsg::OrgCollect)}</h2>
            <DropZone
                label=JuryMsg::OrgChooseIdeas
                hint=TeacherMsg::DropHere
                name="ideas"
                multiple=true
                on_files=take
            />
            <Scanner scan=Scan::ideas() on_whole=scanned />
            <Show when=move || !outcomes.with(Vec::is_empty) || !refused().is_empty()>
                <h3>{t(TeacherMsg::FilesRead)}</h3>
                <ul class="outcomes idea-outcomes" aria-live="polite">
                    {move || {
                        outcomes
                            .get()
                            .into_iter()
                            .chain(refused())
                            .map(|o| {
                                let kind = idea_kind(&o.outcome);
                                let accepted = kind == "accepted";
                                let title = idea_title(&o.outcome);
                                let outcome = o.outcome.clone();
                                view! {
                                    <li class="outcome" class:accepted=accepted data-outcome=kind>
                                        <span class="file">{o.file}</span>
                                        " "
                                        <strong class="who">{title}</strong>
                                        " — "
                                        {move || {
                                            let (verdict, reason) = idea_reason(&outcome, lang.get());
                                            view! {
                                                <span class="verdict">{verdict}</span>
                                                ": "
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
            <h3>
                {t(JuryMsg::OrgAccepted)} " "
                <span class="count">
                    {move || format!("({})", ideas_count(org.ideas.with(|(b, _)| b.len()), lang.get()))}
                </span>
            </h3>
            {move || {
                let list = org.ideas.with(|(b, _)| b.ideas().to_vec());
                if list.is_empty() {
                    return view! { <p class="hint">{t(JuryMsg::OrgNoIdeas)}</p> }.into_any();
                }
                view! {
                    <ol class="accepted-ideas">
                        {list
                            .into_iter()
                            .map(|r| {
                                let id = r.id.clone();
                                let category = r.idea.category.clone();
                                let authors = r
                                    .idea
                                    .authors
                                    .iter()
                                    .map(|a| a.name.clone())
                                    .collect::<Vec<_>>()
                                    .join(", ");
                                let code = code_of(&r.id);
                                view! {
                                    <li class="accepted-idea" data-idea=r.id.clone()>
                                        <div class="idea-head">
                                            {code.map(|c| view! { <span class="code">{c}</span> " " })}
                                            <strong class="idea-title">{r.idea.title.clone()}</strong>
                                        </div>
                                        <p class="idea-meta">
                                            <span class="category">
                                                {move || category_title(&category, lang.get())}
                                            </span>
                                            " · "
                                            <span class="authors">{authors}</span>
                                            " · № "
                                            {r.id.clone()}
                                        </p>
                                        <button
                                            type="button"
                                            class="btn secondary remove-idea"
                                            on:click=move |_| remove(id.clone())
                                        >
                                            {t(JuryMsg::OrgRemove)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                    .into_any()
            }}
        </section>
    }
}

/// A category's name in `lang` from the bundled settings (its id when unknown).
fn category_title(id: &str, lang: crate::engine::text::Lang) -> String {
    crate::ui::idea_contest::bundled()
        .ok()
        .and_then(|c| c.category(id))
        .map_or_else(|| id.to_string(), |c| show(&c.title, lang))
}

/// Making the jury pack and downloading it again.
#[component]
fn MakePack(org: Organizer, contest: &'static IdeaContest) -> impl IntoView {
    let lang = use_lang();
    let error = RwSignal::new(None::<JuryMsg>);
    let download = move |pack: &JuryPack| {
        let _ = browser::download(
            &pack.file_name(),
            "application/json",
            pack.to_json().as_bytes(),
        );
    };
    let make = move |_| {
        let exists = org.state.with_untracked(|s| s.jury.is_some());
        if exists
            && !window()
                .confirm_with_message(JuryMsg::OrgConfirmNewPack.text(lang.get_untracked()))
                .unwrap_or(false)
        {
            return;
        }
        match JuryPack::build(&org.idea_box(), contest, browser::new_seed()) {
            Ok((pack, assignment)) => {
                org.change(|s| s.keep_results(&JuryResults::new(assignment)));
                error.set(None);
                download(&pack);
            }
            Err(e) => error.set(Some(jury_error(&e))),
        }
    };
    let again = move |_| {
        let rebuilt = org
            .state
            .with_untracked(|s| s.jury.clone())
            .map(|j| j.pack(&org.idea_box()));
        match rebuilt {
            Some(Ok(pack)) => {
                error.set(None);
                download(&pack);
            }
            Some(Err(e)) => error.set(Some(jury_error(&e))),
            None => error.set(Some(JuryMsg::OrgNeedIdeas)),
        }
    };
    // The pack no longer matches the box: ideas were added or taken out after it was made.
    let stale = move || {
        let boxed: BTreeSet<String> = org
            .ideas
            .with(|(b, _)| b.ideas().iter().map(|r| r.id.clone()).collect());
        org.state.with(|s| {
            s.jury.as_ref().is_some_and(|j| {
                j.codes
                    .iter()
                    .map(|c| c.idea.clone())
                    .collect::<BTreeSet<_>>()
                    != boxed
            })
        })
    };
    let info = move || {
        org.state
            .with(|s| s.jury.as_ref().map(|j| (j.pack_id.clone(), j.codes.len())))
    };
    view! {
        <section class="make-pack card">
            <h2>{t(JuryMsg::OrgPack)}</h2>
            <p class="hint">{t(JuryMsg::OrgPackLead)}</p>
            {move || {
                info()
                    .map(|(id, n)| {
                        let key = id.clone();
                        view! {
                            <p class="pack-info" data-pack=key>
                                {t(JuryMsg::OrgPackId)} " " <strong>{id}</strong> " · "
                                {move || ideas_count(n, lang.get())}
                            </p>
                        }
                    })
            }}
            <Show when=stale>
                <p class="notice-inline" role="status">{t(JuryMsg::OrgPackStale)}</p>
            </Show>
            <div class="actions">
                <button type="button" class="btn make-pack-button" on:click=make>
                    {t(JuryMsg::OrgMakePack)}
                </button>
                <Show when=move || info().is_some()>
                    <button type="button" class="btn secondary download-pack" on:click=again>
                        {t(JuryMsg::OrgDownloadPack)}
                    </button>
                </Show>
            </div>
            {move || error.get().map(|m| view! { <p class="error-panel" role="alert">{t(m)}</p> })}
        </section>
    }
}

/// What to tell the organizer when a jury pack cannot be made.
fn jury_error(error: &JuryError) -> JuryMsg {
    match error {
        JuryError::NoIdeas => JuryMsg::OrgNeedIdeas,
        JuryError::OtherContest { .. } => JuryMsg::ReasonOtherContest,
        JuryError::IdeaGone { .. } => JuryMsg::OrgPackStale,
    }
}
