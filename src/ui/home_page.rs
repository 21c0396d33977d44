//! The home page: the list of bundled quizzes (on Fridays the Friday quiz comes first), and the
//! ways to the classroom contest, the idea contest (`ideas/`) and the teachers' and organizers'
//! pages (`teacher/`, `jury/`).

use crate::engine::catalog::Catalog;
use crate::engine::route::Route;
use crate::ui::browser;
use crate::ui::i18n::{questions, show, t, use_lang, Msg};
use leptos::prelude::*;

/// The id of the pack featured on Fridays, the weekly anti-corruption day.
pub const FRIDAY_PACK: &str = "juma";

/// Lists the quiz packs of `catalog` by title, each linking to its intro.
#[component]
pub fn HomePage(
    /// The packs to list.
    catalog: Catalog,
) -> impl IntoView {
    let lang = use_lang();
    let friday = browser::local_weekday() == 5;
    let items = catalog.featured_first(friday.then_some(FRIDAY_PACK));
    browser::end_boot();
    view! {
        <h1>{t(Msg::Quizzes)}</h1>
        <p class="lead">{t(Msg::QuizzesLead)}</p>
        <nav class="contest-links">
            <a class="btn join-link" href="contest/">{t(Msg::JoinContest)}</a>
            <a class="btn secondary results-link" href=format!("contest/{}", Route::MyResults.href())>{t(Msg::MyResults)}</a>
            <a class="btn secondary ideas-link" href="ideas/">{t(Msg::IdeasLink)}</a>
        </nav>
        <ul class="pack-list">
            {items
                .into_iter()
                .map(|pack| {
                    let featured = friday && pack.id == FRIDAY_PACK;
                    let title = pack.title.clone();
                    let description = pack.description.clone();
                    let n = pack.question_count;
                    view! {
                        <li>
                            <a class="pack-card" class:featured=featured href=Route::Intro(pack.id.clone()).href() data-pack=pack.id.clone()>
                                {featured.then(|| view! { <span class="badge">{t(Msg::FridayBadge)}</span> })}
                                <h2>{move || show(&title, lang.get())}</h2>
                                <p>{move || show(&description, lang.get())}</p>
                                <span class="pack-meta">{move || questions(n, lang.get())}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <p class="teacher-link"><a href="teacher/">{t(Msg::ForTeachers)} " →"</a></p>
        <p class="jury-link"><a href="jury/">{t(Msg::JuryLink)} " →"</a></p>
    }
}
