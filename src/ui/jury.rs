//! The idea contest's organizer and juror page (wasm32 only): a fourth Trunk entry (`jury.html` →
//! the `halol-jury` binary → `dist/jury/`). The spreadsheet writer and the merging of score sheets
//! live here, so a student's phone never loads them.
//!
//! Two sections, chosen with the tabs at the top and remembered in the URL hash (`#/organizer`,
//! `#/juror`):
//!
//! - the **organizer** ([`organizer`]): import the students' idea files, make the anonymous jury
//!   pack, import the jurors' score sheets ([`sheets`]), and leave with the ranking, authors
//!   revealed, as `.xlsx` and CSV ([`ranking`]); everything kept under `halol.organizer`;
//! - the **juror** ([`juror`]): open the jury pack, mark every idea on every criterion, comment,
//!   and export the sealed score sheet; the work is kept under `halol.juror-work` on every change.
//!
//! Every file read is listed with what happened to it, in the reader's language ([`outcomes`]);
//! files come from a picker or are dropped on the page ([`crate::ui::files`]).

pub mod juror;
pub mod organizer;
pub mod outcomes;
pub mod ranking;
pub mod sheets;

use crate::ui::app::{start_page, PageBar};
use crate::ui::browser;
use crate::ui::i18n::ideas::IdeaMsg;
use crate::ui::i18n::jury::JuryMsg;
use crate::ui::i18n::t;
use crate::ui::idea_contest;
use juror::JurorPanel;
use leptos::prelude::*;
use organizer::OrganizerPanel;

/// Mounts the organizer and juror page on `<body>`, after installing the panic logger and
/// removing the static loading indicator of `jury.html`.
pub fn mount() {
    crate::ui::app::mount_page(JuryApp);
}

/// The two sections of the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Collecting ideas, the jury pack, the sheets and the ranking.
    Organizer,
    /// Scoring a jury pack.
    Juror,
}

impl Section {
    /// The section a URL hash names (`#/organizer`, `#/juror`), if any.
    pub fn from_hash(hash: &str) -> Option<Section> {
        match hash.trim_start_matches('#').trim_start_matches('/') {
            "organizer" => Some(Section::Organizer),
            "juror" => Some(Section::Juror),
            _ => None,
        }
    }

    /// The URL hash of this section.
    pub fn hash(self) -> &'static str {
        match self {
            Section::Organizer => "#/organizer",
            Section::Juror => "#/juror",
        }
    }
}

/// The whole page: storage (as `StoredValue<Store, LocalStorage>` in context), language and
/// notices, the top bar, the tabs and the chosen section.
#[component]
pub fn JuryApp() -> impl IntoView {
    let (store, choose) = start_page();
    // Without a hash, a device that holds a juror's work and no organizer's contest is a juror's.
    let first = Section::from_hash(&browser::location_hash()).unwrap_or_else(|| {
        let juror = store.with_value(|s| s.load_juror_work().ok().flatten().is_some());
        let organizer = store.with_value(|s| s.load_organizer().ok().flatten().is_some());
        if juror && !organizer {
            Section::Juror
        } else {
            Section::Organizer
        }
    });
    let section = RwSignal::new(first);
    let listener = window_event_listener(leptos::ev::hashchange, move |_| {
        if let Some(s) = Section::from_hash(&browser::location_hash()) {
            section.set(s);
        }
    });
    on_cleanup(move || listener.remove());
    let tab = move |s: Section, label: JuryMsg| {
        view! {
            <a
                class="tab"
                class:current=move || section.get() == s
                href=s.hash()
                aria-current=move || (section.get() == s).then_some("page")
                data-section=s.hash()
            >
                {t(label)}
            </a>
        }
    };
    view! {
        <PageBar title=IdeaMsg::Page on_choose=choose />
        <main id="main" class="jury">
            <h1>{t(JuryMsg::Page)}</h1>
            <nav class="tabs">
                {tab(Section::Organizer, JuryMsg::TabOrganizer)}
                {tab(Section::Juror, JuryMsg::TabJuror)}
            </nav>
            {move || match section.get() {
                Section::Organizer => match idea_contest::bundled() {
                    Ok(contest) => view! { <OrganizerPanel contest /> }.into_any(),
                    Err(e) => {
                        view! {
                            <div class="error-panel" role="alert">
                                <p>{t(IdeaMsg::SettingsBroken)}</p>
                                <pre class="detail">{e.to_string()}</pre>
                            </div>
                        }
                            .into_any()
                    }
                },
                Section::Juror => view! { <JurorPanel /> }.into_any(),
            }}
        </main>
    }
}
