//! The home page: the list of bundled quizzes.

use crate::bundled;
use crate::engine::catalog::Catalog;
use crate::ui::i18n::{show, use_lang};
use leptos::prelude::*;

/// Lists the bundled quiz packs by title. An unreadable catalog becomes an error for the
/// surrounding error boundary.
#[component]
pub fn HomePage() -> impl IntoView {
    move || bundled::catalog().map(|catalog| view! { <QuizList catalog /> })
}

/// The list of quizzes in `catalog`.
#[component]
pub fn QuizList(
    /// The packs to list.
    catalog: Catalog,
) -> impl IntoView {
    let lang = use_lang();
    let items = catalog.0;
    view! {
        <h1>"Viktorinalar"</h1>
        <ul class="pack-list" aria-label="Viktorinalar">
            {items
                .into_iter()
                .map(|pack| {
                    view! {
                        <li>
                            <div class="pack-card" data-pack=pack.id.clone()>
                                <h2>{move || show(&pack.title, lang.get())}</h2>
                                <p>{
                                    let d = pack.description.clone();
                                    move || show(&d, lang.get())
                                }</p>
                                <div class="pack-meta">{pack.question_count} " savol"</div>
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
