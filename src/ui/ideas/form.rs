//! The student's idea form: title, problem, solution, how to put it into practice, expected
//! effect, category, one to `max_authors` authors (name, age, school, class) and an optional
//! contact.
//!
//! - **Saved on every keystroke** (`on:input`) through the storage door (`halol.idea-draft`), so
//!   a reload or a killed browser loses no word; a status line says whether the draft is on the
//!   device or, with full or blocked storage, only in this page.
//! - **Live counters** under every text, counted as the engine counts ([`length`]), turning to a
//!   warning past the maximum.
//! - **Problems** come from the engine ([`validate_draft`]) and are worded here in the student's
//!   language: a text past its maximum at once, every other problem after a first failed submit,
//!   next to its field and in a summary at the top that takes the focus.

use crate::engine::idea::{
    length, validate_draft, Author, Bounds, DraftProblem, IdeaContest, IdeaDraft, IdeaField,
    IdeaRecord, ProblemKind,
};
use crate::engine::text::Lang;
use crate::ui::browser;
use crate::ui::browser::now_ms;
use crate::ui::i18n::contest::ContestMsg;
use crate::ui::i18n::ideas::{
    age_range, author_number, authors_hint, fix_problems, too_long, too_many_authors, too_short,
    IdeaMsg,
};
use crate::ui::i18n::{t, tx, use_lang, AnyText, Text};
use crate::ui::notices::{use_notices, Notices};
use crate::ui::quiz_page::APP_VERSION;
use crate::ui::storage::{StorageError, Store};
use leptos::prelude::*;

/// A problem of `field` in the student's words.
pub fn problem_text(field: IdeaField, kind: ProblemKind, lang: Lang) -> String {
    match kind {
        ProblemKind::Missing if field == IdeaField::Category => {
            IdeaMsg::ProblemCategory.text(lang).to_string()
        }
        ProblemKind::Missing => IdeaMsg::ProblemMissing.text(lang).to_string(),
        ProblemKind::TooShort { min } => too_short(min, lang),
        ProblemKind::TooLong { max } => too_long(max, lang),
        ProblemKind::UnknownCategory => IdeaMsg::ProblemCategory.text(lang).to_string(),
        ProblemKind::TooManyAuthors { max } => too_many_authors(max, lang),
        ProblemKind::NoAuthor => IdeaMsg::ProblemNoAuthor.text(lang).to_string(),
        ProblemKind::AgeNotANumber => IdeaMsg::ProblemAgeDigits.text(lang).to_string(),
        ProblemKind::AgeOutOfRange { min, max } => age_range(min, max, lang),
    }
}

/// The label of a field's control (the author's name is the student app's «your name»).
fn label_of(field: IdeaField) -> AnyText {
    match field {
        IdeaField::Title => IdeaMsg::Title.into(),
        IdeaField::Problem => IdeaMsg::Problem.into(),
        IdeaField::Solution => IdeaMsg::Solution.into(),
        IdeaField::Implementation => IdeaMsg::Implementation.into(),
        IdeaField::Effect => IdeaMsg::Effect.into(),
        IdeaField::Category => IdeaMsg::Category.into(),
        IdeaField::Authors => IdeaMsg::Authors.into(),
        IdeaField::AuthorName(_) => ContestMsg::YourName.into(),
        IdeaField::AuthorAge(_) => IdeaMsg::AuthorAge.into(),
        IdeaField::AuthorSchool(_) => IdeaMsg::AuthorSchool.into(),
        IdeaField::AuthorClass(_) => IdeaMsg::AuthorClass.into(),
        IdeaField::Contact => IdeaMsg::Contact.into(),
    }
}

/// The field's name in the summary: its label, with the author's number for an author's field.
pub fn field_name(field: IdeaField, lang: Lang) -> String {
    let label = label_of(field).text(lang);
    match field {
        IdeaField::AuthorName(i)
        | IdeaField::AuthorAge(i)
        | IdeaField::AuthorSchool(i)
        | IdeaField::AuthorClass(i) => format!("{} — {label}", author_number(i + 1, lang)),
        _ => label.to_string(),
    }
}

/// The id of a field's control (the summary links to it; the authors' list as a whole links to
/// the first name).
pub fn field_id(field: IdeaField) -> String {
    match field {
        IdeaField::Title => "idea-title".to_string(),
        IdeaField::Problem => "idea-problem".to_string(),
        IdeaField::Solution => "idea-solution".to_string(),
        IdeaField::Implementation => "idea-implementation".to_string(),
        IdeaField::Effect => "idea-effect".to_string(),
        IdeaField::Category => "idea-category".to_string(),
        IdeaField::Authors => "author-0-name".to_string(),
        IdeaField::AuthorName(i) => format!("author-{i}-name"),
        IdeaField::AuthorAge(i) => format!("author-{i}-age"),
        IdeaField::AuthorSchool(i) => format!("author-{i}-school"),
        IdeaField::AuthorClass(i) => format!("author-{i}-class"),
        IdeaField::Contact => "idea-contact".to_string(),
    }
}

/// The text of a field in `draft` (empty for the authors' list, or a row that is not there).
fn text_of(draft: &IdeaDraft, field: IdeaField) -> &str {
    let author = |i: usize, f: fn(&Author) -> &str| draft.authors.get(i).map_or("", f);
    match field {
        IdeaField::Title => &draft.title,
        IdeaField::Problem => &draft.problem,
        IdeaField::Solution => &draft.solution,
        IdeaField::Implementation => &draft.implementation,
        IdeaField::Effect => &draft.effect,
        IdeaField::Category => &draft.category,
        IdeaField::Contact => &draft.contact,
        IdeaField::Authors => "",
        IdeaField::AuthorName(i) => author(i, |a| &a.name),
        IdeaField::AuthorAge(i) => author(i, |a| &a.age),
        IdeaField::AuthorSchool(i) => author(i, |a| &a.school),
        IdeaField::AuthorClass(i) => author(i, |a| &a.class),
    }
}

/// The text of a field in `draft`, to change.
fn text_mut(draft: &mut IdeaDraft, field: IdeaField) -> Option<&mut String> {
    Some(match field {
        IdeaField::Title => &mut draft.title,
        IdeaField::Problem => &mut draft.problem,
        IdeaField::Solution => &mut draft.solution,
        IdeaField::Implementation => &mut draft.implementation,
        IdeaField::Effect => &mut draft.effect,
        IdeaField::Category => &mut draft.category,
        IdeaField::Contact => &mut draft.contact,
        IdeaField::Authors => return None,
        IdeaField::AuthorName(i) => &mut draft.authors.get_mut(i)?.name,
        IdeaField::AuthorAge(i) => &mut draft.authors.get_mut(i)?.age,
        IdeaField::AuthorSchool(i) => &mut draft.authors.get_mut(i)?.school,
        IdeaField::AuthorClass(i) => &mut draft.authors.get_mut(i)?.class,
    })
}

/// The draft being written, saved through the storage door on every change.
#[derive(Clone, Copy)]
struct Draft {
    value: RwSignal<IdeaDraft>,
    /// `None` before anything is saved or restored; `Some(true)` when the draft is in local
    /// storage; `Some(false)` when it is kept only in this page (storage full or blocked).
    saved: RwSignal<Option<bool>>,
    store: StoredValue<Store, LocalStorage>,
    notices: Notices,
}

impl Draft {
    /// Changes the draft and saves it at once.
    fn change(self, f: impl FnOnce(&mut IdeaDraft)) {
        self.value.update(f);
        let result = self
            .store
            .with_value(|s| self.value.with_untracked(|d| s.save_idea_draft(d)));
        let blocked = self
            .store
            .with_value(|s| matches!(s.problem(), Some(StorageError::Blocked)));
        let durable = matches!(result, Ok(()) | Err(StorageError::Unreadable { .. }));
        self.saved.set(Some(durable && !blocked));
        if let Err(e) = result {
            self.notices.storage(&e);
        }
    }
}

/// The form. Needs the store in context; `on_submitted` gets the sealed idea (the caller stores
/// it, then clears the draft).
#[component]
pub fn IdeaForm(
    /// The contest's settings (categories, limits).
    contest: &'static IdeaContest,
    /// Called with the sealed idea once the draft is valid and submitted.
    on_submitted: Callback<IdeaRecord>,
) -> impl IntoView {
    let lang = use_lang();
    let store = expect_context::<StoredValue<Store, LocalStorage>>();
    let notices = use_notices();
    let restored = store
        .with_value(|s| s.load_idea_draft())
        .unwrap_or_else(|e| {
            notices.storage(&e);
            None
        });
    let was_saved = restored.is_some();
    let mut first = restored.unwrap_or_default();
    if first.authors.is_empty() {
        first.authors.push(Author::default());
    }
    let draft = Draft {
        value: RwSignal::new(first),
        saved: RwSignal::new(was_saved.then_some(true)),
        store,
        notices,
    };
    let limits = &contest.limits;
    let problems = Memo::new(move |_| draft.value.with(|d| validate_draft(d, contest)));
    // After a failed submit, every problem is shown; before, only texts past their maximum.
    let checked = RwSignal::new(false);
    let problem_of = move |field: IdeaField| {
        Signal::derive(move || {
            problems.with(|all| {
                all.iter()
                    .find(|p| p.field == field)
                    .filter(|p| checked.get() || matches!(p.kind, ProblemKind::TooLong { .. }))
                    .copied()
            })
        })
    };

    let summary = NodeRef::<leptos::html::Div>::new();
    let show_summary = move || checked.get() && problems.with(|p| !p.is_empty());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let result = draft
            .value
            .with_untracked(|d| IdeaRecord::submit(d, contest, now_ms(), APP_VERSION));
        match result {
            Ok(record) => on_submitted.run(record),
            Err(_) => {
                checked.set(true);
                request_animation_frame(move || {
                    if let Some(el) = summary.get_untracked() {
                        let _ = el.focus();
                    }
                });
            }
        }
    };

    let authors = Memo::new(move |_| draft.value.with(|d| d.authors.len()));
    let max_authors = limits.max_authors;
    let add_author = move |_| {
        draft.change(|d| {
            if d.authors.len() < max_authors {
                d.authors.push(Author::default());
            }
        });
        let last = authors.get_untracked().saturating_sub(1);
        request_animation_frame(move || browser::focus(&format!("author-{last}-name")));
    };
    let remove_author = move |i: usize| {
        draft.change(|d| {
            if d.authors.len() > 1 && i < d.authors.len() {
                d.authors.remove(i);
            }
        });
    };

    let text =
        move |field: IdeaField, kind: Kind, hint: Option<IdeaMsg>, bounds: Option<Bounds>| {
            text_field(draft, field, kind, hint, bounds, problem_of(field))
        };
    let author_row = move |i: usize| {
        let legend = move || author_number(i + 1, lang.get());
        view! {
            <fieldset class="author-row" data-author=i>
                <legend>{legend}</legend>
                {text(IdeaField::AuthorName(i), Kind::Line, None, Some(limits.author_name))}
                {text(IdeaField::AuthorAge(i), Kind::Number, None, None)}
                {text(IdeaField::AuthorSchool(i), Kind::Line, None, Some(limits.school))}
                {text(IdeaField::AuthorClass(i), Kind::Line, None, Some(limits.class))}
                <Show when=move || { authors.get() > 1 }>
                    <button
                        type="button"
                        class="btn secondary remove-author"
                        on:click=move |_| remove_author(i)
                    >
                        {t(IdeaMsg::RemoveAuthor)}
                    </button>
                </Show>
            </fieldset>
        }
    };
    let authors_problem = problem_of(IdeaField::Authors);
    let category_problem = problem_of(IdeaField::Category);

    view! {
        <form class="idea-form card" novalidate on:submit=submit>
            <p class="hint">{t(IdeaMsg::BlindHint)}</p>
            <div
                class="error-summary"
                role="alert"
                tabindex="-1"
                node_ref=summary
                hidden=move || !show_summary()
            >
                <h2>{move || fix_problems(problems.with(Vec::len), lang.get())}</h2>
                <ul>
                    {move || {
                        problems
                            .get()
                            .into_iter()
                            .map(|DraftProblem { field, kind }| {
                                let id = field_id(field);
                                let href = format!("#{id}");
                                view! {
                                    <li>
                                        <a
                                            href=href
                                            on:click=move |ev| {
                                                ev.prevent_default();
                                                browser::focus(&id);
                                            }
                                        >
                                            {move || {
                                                format!(
                                                    "{}: {}",
                                                    field_name(field, lang.get()),
                                                    problem_text(field, kind, lang.get()),
                                                )
                                            }}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
            {text(IdeaField::Title, Kind::Line, None, Some(limits.title))}
            {text(IdeaField::Problem, Kind::Area, Some(IdeaMsg::ProblemHint), Some(limits.problem))}
            {text(IdeaField::Solution, Kind::Area, Some(IdeaMsg::SolutionHint), Some(limits.solution))}
            {text(
                IdeaField::Implementation,
                Kind::Area,
                Some(IdeaMsg::ImplementationHint),
                Some(limits.implementation),
            )}
            {text(IdeaField::Effect, Kind::Area, Some(IdeaMsg::EffectHint), Some(limits.effect))}
            <div class="field">
                <label class="field-label" for="idea-category">
                    {t(IdeaMsg::Category)}
                </label>
                <select
                    id="idea-category"
                    name="category"
                    aria-invalid=move || category_problem.with(Option::is_some).to_string()
                    aria-describedby="idea-category-error"
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        draft.change(|d| d.category = value);
                    }
                >
                    <option value="" prop:selected=move || draft.value.with(|d| d.category.is_empty())>
                        {t(IdeaMsg::ChooseCategory)}
                    </option>
                    {contest
                        .categories
                        .iter()
                        .map(|c| {
                            let id = c.id.clone();
                            view! {
                                <option
                                    value=c.id.clone()
                                    prop:selected=move || draft.value.with(|d| d.category == id)
                                >
                                    {tx(c.title.clone())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <FieldError id="idea-category-error" problem=category_problem />
            </div>
            <fieldset class="authors" aria-describedby="idea-authors-hint idea-authors-error">
                <legend class="field-label">{t(IdeaMsg::Authors)}</legend>
                <p class="hint" id="idea-authors-hint">
                    {move || authors_hint(max_authors, lang.get())}
                </p>
                <FieldError id="idea-authors-error" problem=authors_problem />
                {move || (0..authors.get()).map(author_row).collect_view()}
                <Show when=move || { authors.get() < max_authors }>
                    <button type="button" class="btn secondary add-author" on:click=add_author>
                        {t(IdeaMsg::AddAuthor)}
                    </button>
                </Show>
            </fieldset>
            {text(IdeaField::Contact, Kind::Line, Some(IdeaMsg::ContactHint), Some(limits.contact))}
            <div class="actions">
                <button type="submit" class="btn submit-idea">
                    {t(IdeaMsg::Submit)}
                </button>
            </div>
            <p class="save-state" role="status" aria-live="polite">
                {move || match draft.saved.get() {
                    None => "",
                    Some(true) => IdeaMsg::DraftSaved.text(lang.get()),
                    Some(false) => IdeaMsg::KeptInMemory.text(lang.get()),
                }}
            </p>
        </form>
    }
}

/// The kind of control of a text field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// One line.
    Line,
    /// Several lines.
    Area,
    /// A number typed on the phone's number keyboard (the age).
    Number,
}

/// One text field: label, hint, control, live counter (when it has bounds) and its problem.
fn text_field(
    draft: Draft,
    field: IdeaField,
    kind: Kind,
    hint: Option<IdeaMsg>,
    bounds: Option<Bounds>,
    problem: Signal<Option<DraftProblem>>,
) -> impl IntoView {
    let id = field_id(field);
    let (hint_id, count_id, error_id) = (
        format!("{id}-hint"),
        format!("{id}-count"),
        format!("{id}-error"),
    );
    let mut described = vec![];
    if hint.is_some() {
        described.push(hint_id.clone());
    }
    if bounds.is_some() {
        described.push(count_id.clone());
    }
    described.push(error_id.clone());
    let described = described.join(" ");
    let value = move || draft.value.with(|d| text_of(d, field).to_string());
    let on_input = move |ev: leptos::ev::Event| {
        let typed = event_target_value(&ev);
        draft.change(|d| {
            if let Some(text) = text_mut(d, field) {
                *text = typed;
            }
        });
    };
    let invalid = move || problem.with(Option::is_some).to_string();
    let control = match kind {
        Kind::Area => view! {
            <textarea
                id=id.clone()
                name=id.clone()
                rows="5"
                aria-describedby=described
                aria-invalid=invalid
                prop:value=value
                on:input=on_input
            ></textarea>
        }
        .into_any(),
        Kind::Line | Kind::Number => view! {
            <input
                id=id.clone()
                name=id.clone()
                type="text"
                inputmode=if kind == Kind::Number { "numeric" } else { "text" }
                autocomplete="off"
                aria-describedby=described
                aria-invalid=invalid
                prop:value=value
                on:input=on_input
            />
        }
        .into_any(),
    };
    let counter = bounds.map(|b| {
        let count = move || draft.value.with(|d| length(text_of(d, field)));
        view! {
            <span class="counter" id=count_id class:over=move || { count() > b.max } aria-live="polite">
                {move || {
                    let n = count();
                    if n > b.max { format!("⚠ {n} / {}", b.max) } else { format!("{n} / {}", b.max) }
                }}
            </span>
        }
    });
    view! {
        <div class="field" data-field=id.clone()>
            <label class="field-label" for=id.clone()>
                {t(label_of(field))}
            </label>
            {hint.map(|h| view! { <span class="hint" id=hint_id>{t(h)}</span> })}
            {control}
            {counter}
            <FieldError id=error_id problem />
        </div>
    }
}

/// A field's problem, in the student's language (nothing when there is none).
#[component]
fn FieldError(
    /// The element's id (the control's `aria-describedby` names it).
    #[prop(into)]
    id: String,
    /// The problem to show.
    problem: Signal<Option<DraftProblem>>,
) -> impl IntoView {
    let lang = use_lang();
    view! {
        <p class="field-error" id=id hidden=move || problem.with(Option::is_none)>
            {move || {
                problem
                    .get()
                    .map(|p| problem_text(p.field, p.kind, lang.get()))
                    .unwrap_or_default()
            }}
        </p>
    }
}
