//! The last line of defence: a panic anywhere replaces the page with a readable message in every
//! language instead of leaving a blank or frozen screen. Stored progress is untouched.

use std::panic;

/// The message shown after a crash, in the four languages of the app.
pub const CRASH_MESSAGE_HTML: &str = concat!(
    r#"<main class="crash"><div class="error-panel" role="alert">"#,
    r#"<p lang="uz-Latn"><strong>Kutilmagan xato yuz berdi.</strong> Sahifani qayta yuklang: javoblaringiz saqlangan.</p>"#,
    r#"<p lang="uz-Cyrl"><strong>Кутилмаган хато юз берди.</strong> Саҳифани қайта юкланг: жавобларингиз сақланган.</p>"#,
    r#"<p lang="ru"><strong>Произошла непредвиденная ошибка.</strong> Перезагрузите страницу: ваши ответы сохранены.</p>"#,
    r#"<p lang="en"><strong>Something went wrong.</strong> Reload the page: your answers are saved.</p>"#,
    r#"<p><button type="button" onclick="location.reload()">↻</button></p>"#,
    r#"</div></main>"#
);

/// Installs a panic hook that logs the panic to the console and shows [`CRASH_MESSAGE_HTML`].
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            body.set_inner_html(CRASH_MESSAGE_HTML);
        }
    }));
}
