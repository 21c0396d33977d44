//! The root component: language context, an app-wide error boundary and the page.

use crate::engine::text::Lang;
use crate::ui::{home_page::HomePage, i18n};
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    i18n::provide_lang(Lang::UzLatn);
    view! {
        <header class="topbar">
            <a class="brand" href="./">"Halol"</a>
        </header>
        <main id="main">
            <ErrorBoundary fallback=|errors| {
                view! {
                    <div class="error-panel" role="alert">
                        <p><strong>"Xatolik / Хатолик / Ошибка / Error"</strong></p>
                        <ul>
                            {move || {
                                errors
                                    .get()
                                    .into_iter()
                                    .map(|(_, e)| view! { <li>{e.to_string()}</li> })
                                    .collect_view()
                            }}
                        </ul>
                    </div>
                }
            }>
                <HomePage />
            </ErrorBoundary>
        </main>
    }
}
