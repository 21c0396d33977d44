//! Several classes together, for organizers (and a teacher with several classes): load teachers'
//! class files (merged into the contests kept on this device), tick the contests of one quiz, and
//! get one ranking with school and class columns, with the same tables and downloads as a single
//! contest ([`Results`]).

use super::results::Results;
use super::{load_pack, use_contests};
use crate::bundled;
use crate::engine::contest_code;
use crate::engine::import::Collection;
use crate::engine::pack::Pack;
use crate::engine::ranking::analytics;
use crate::engine::saved::SavedContest;
use crate::engine::school::{read_class_file, school_ranking};
use crate::ui::files::{FilePicker, ReadFiles};
use crate::ui::i18n::teacher::{class_merged, TeacherMsg};
use crate::ui::i18n::{t, tx, use_lang, Msg, Text};
use leptos::prelude::*;

/// What happened to one class file.
#[derive(Clone, Debug, PartialEq)]
struct Loaded {
    file: String,
    /// `(contests added, results added, results already here)`, or why the file was refused.
    outcome: Result<(usize, usize, usize), String>,
}

/// The pack id of a contest code (canonical).
fn pack_of(code: &str) -> Option<String> {
    contest_code::parse(code).ok().map(|s| s.pack_id)
}

/// Loading class files, ticking contests, and their one ranking.
#[component]
pub fn SchoolPanel() -> impl IntoView {
    let contests = use_contests();
    let lang = use_lang();
    let picked = RwSignal::new(Vec::<String>::new());
    let loaded = RwSignal::new(Vec::<Loaded>::new());

    let take = Callback::new(move |read: ReadFiles| {
        for (file, bytes) in read {
            let outcome = bytes.and_then(|b| read_class_file(&b).map_err(|e| e.to_string()));
            let outcome = outcome.map(|incoming| {
                let m = contests.merge(incoming);
                (m.contests_added, m.records_added, m.records_known)
            });
            loaded.update(|l| l.push(Loaded { file, outcome }));
        }
    });

    // The pack of the ticked contests (the first one's): only contests of that pack can be added.
    let pack_id = Memo::new(move |_| picked.with(|p| p.first().and_then(|c| pack_of(c))));
    let pack = LocalResource::new(move || {
        let summary = pack_id
            .get()
            .and_then(|id| bundled::catalog().get(&id).cloned());
        async move {
            match summary {
                Some(summary) => Some(load_pack(summary).await),
                None => None,
            }
        }
    });

    view! {
        <section class="school card">
            <h2>{t(TeacherMsg::SchoolTitle)}</h2>
            <p class="hint">{t(TeacherMsg::SchoolLead)}</p>
            <FilePicker
                name="class-files"
                label=TeacherMsg::SchoolLoadFiles
                class="secondary"
                on_files=take
            />
            <ul class="outcomes class-files" aria-live="polite">
                {move || {
                    loaded
                        .get()
                        .into_iter()
                        .map(|l| {
                            let kind = if l.outcome.is_ok() { "accepted" } else { "unreadable" };
                            let text = move || match &l.outcome {
                                Ok((c, a, k)) => class_merged(*c, *a, *k, lang.get()),
                                Err(detail) => {
                                    format!("{} ({detail})", TeacherMsg::SchoolNotClassFile.text(lang.get()))
                                }
                            };
                            view! {
                                <li class=format!("outcome {kind}") data-outcome=kind>
                                    <span class="file">{l.file.clone()}</span>
                                    " — "
                                    <span class="reason">{text}</span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || contests.list.with(|l| !l.is_empty())>
            <fieldset class="school-pick">
                <legend>{t(TeacherMsg::SchoolPick)}</legend>
                {move || {
                    contests
                        .list
                        .get()
                        .into_iter()
                        .map(|c| {
                            let code = c.code.clone();
                            let mine = pack_of(&code);
                            let title = mine
                                .as_ref()
                                .and_then(|id| bundled::catalog().get(id).cloned())
                                .map(|s| s.title);
                            let checked = {
                                let code = code.clone();
                                move || picked.with(|p| p.contains(&code))
                            };
                            let other_pack = {
                                let mine = mine.clone();
                                move || pack_id.get().is_some_and(|id| Some(id) != mine)
                            };
                            let toggle = {
                                let code = code.clone();
                                move |_| {
                                    picked.update(|p| match p.iter().position(|c| *c == code) {
                                        Some(i) => {
                                            p.remove(i);
                                        }
                                        None => p.push(code.clone()),
                                    })
                                }
                            };
                            view! {
                                <label class="check">
                                    <input
                                        type="checkbox"
                                        name="school-contest"
                                        value=code.clone()
                                        prop:checked=checked
                                        disabled=other_pack
                                        on:change=toggle
                                    />
                                    {format!(
                                        "{} · {} · {} ({}) · ",
                                        contest_code::group(&code),
                                        c.name,
                                        c.class,
                                        c.records.len(),
                                    )}
                                    {title.map(tx)}
                                </label>
                            }
                        })
                        .collect_view()
                }}
            </fieldset>
            </Show>
            <Suspense>
                {move || {
                    pack.get()
                        .flatten()
                        .map(|loaded| match loaded {
                            Ok(pack) => view! { <SchoolResults pack picked /> }.into_any(),
                            Err(detail) => {
                                view! {
                                    <div class="error-panel" role="alert">
                                        <p>{t(Msg::PackLoadFailed)}</p>
                                        <pre class="detail">{detail}</pre>
                                    </div>
                                }
                                    .into_any()
                            }
                        })
                }}
            </Suspense>
        </section>
    }
}

/// The one ranking of the ticked contests on their loaded pack.
#[component]
fn SchoolResults(pack: Pack, picked: RwSignal<Vec<String>>) -> impl IntoView {
    let contests = use_contests();
    let pack = StoredValue::new(pack);
    // The ticked contests with their collections, rebuilt from the kept records.
    let classes = Memo::new(move |_| -> Vec<(SavedContest, Collection)> {
        let codes = picked.get();
        contests.list.with(|list| {
            list.iter()
                .filter(|c| codes.contains(&c.code))
                .filter_map(|c| {
                    let (collection, _) = pack.with_value(|p| c.collection(p).ok())?;
                    Some((c.clone(), collection))
                })
                .collect()
        })
    });
    let rows = Memo::new(move |_| {
        classes.with(|cs| school_ranking(&cs.iter().map(|(s, c)| (s, c)).collect::<Vec<_>>()))
    });
    let stats = Memo::new(move |_| {
        classes.with(|cs| {
            let collections: Vec<&Collection> = cs.iter().map(|(_, c)| c).collect();
            pack.with_value(|p| analytics(p, &collections))
        })
    });
    let stem = Signal::derive(move || format!("halol-school-{}", picked.with(Vec::len)));
    view! { <Results pack rows stats stem school=true /> }
}
