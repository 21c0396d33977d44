//! Messages to the student that outlive one screen: storage blocked, full or unreadable. Shown as
//! dismissible banners at the top of every page, in the current language.

use crate::ui::i18n::{t, use_lang, Msg, Text};
use crate::ui::storage::StorageError;
use leptos::prelude::*;

/// The banners currently shown.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<Msg>>);

impl Notices {
    /// Shows `msg` (once, however often it is reported).
    pub fn show(&self, msg: Msg) {
        self.0.update(|list| {
            if !list.contains(&msg) {
                list.push(msg);
            }
        });
    }

    /// Shows the message for a storage problem.
    pub fn storage(&self, error: &StorageError) {
        self.show(match error {
            StorageError::Blocked => Msg::StorageBlocked,
            StorageError::Full => Msg::StorageFull,
            StorageError::Unreadable { .. } => Msg::StorageUnreadable,
        });
    }
}

/// Provides the notices to every component below.
pub fn provide_notices() -> Notices {
    let n = Notices(RwSignal::new(Vec::new()));
    provide_context(n);
    n
}

/// The notices of the app (a detached, unseen list when none is provided, as in tests).
pub fn use_notices() -> Notices {
    use_context::<Notices>().unwrap_or_else(|| Notices(RwSignal::new(Vec::new())))
}

/// The `data-notice` of a banner: which message it is, for tests and styles (the messages that
/// are shown as banners; any other is `other`).
fn notice_key(msg: Msg) -> &'static str {
    match msg {
        Msg::StorageBlocked => "StorageBlocked",
        Msg::StorageFull => "StorageFull",
        Msg::StorageUnreadable => "StorageUnreadable",
        Msg::SealFailed => "SealFailed",
        Msg::PackLoadFailed => "PackLoadFailed",
        _ => "other",
    }
}

/// The banners.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let lang = use_lang();
    let notices = use_notices();
    move || {
        notices
            .0
            .get()
            .into_iter()
            .map(|msg| {
                view! {
                    <div class="notice" role="alert" data-notice=notice_key(msg)>
                        <p>{move || msg.text(lang.get())}</p>
                        <button
                            type="button"
                            class="btn secondary"
                            on:click=move |_| notices.0.update(|l| l.retain(|m| *m != msg))
                        >
                            {t(Msg::Dismiss)}
                        </button>
                    </div>
                }
            })
            .collect_view()
    }
}
