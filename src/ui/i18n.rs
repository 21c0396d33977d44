//! Interface language: the current [`Lang`] as a reactive context, and how pack text is shown in it.

use crate::engine::text::{Lang, LocalizedText};
use leptos::prelude::*;

/// The language the interface and the quiz text are shown in, shared through context.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// Provides the interface language to every component below.
pub fn provide_lang(initial: Lang) -> UiLang {
    let lang = UiLang(RwSignal::new(initial));
    provide_context(lang);
    lang
}

/// The current interface language (uz-Latn when no provider is mounted).
pub fn use_lang() -> Signal<Lang> {
    match use_context::<UiLang>() {
        Some(UiLang(sig)) => sig.into(),
        None => Signal::stored(Lang::UzLatn),
    }
}

/// A pack text as shown in `lang` (uz-Latn is transliterated from uz-Cyrl when not authored).
pub fn show(text: &LocalizedText, lang: Lang) -> String {
    text.display(lang).into_owned()
}
