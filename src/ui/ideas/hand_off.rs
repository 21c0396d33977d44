//! Handing a sealed idea to the organizer: the JSON file (`halol-idea-<id>.json`, for Telegram or
//! USB) and, when the idea is short enough, a numbered series of QR codes, cut into parts of the
//! same size as a quiz result's (`ui::hand_off::QR_CHUNK`).

use crate::engine::idea::IdeaRecord;
use crate::ui::browser;
use crate::ui::hand_off::{QrSeries, QR_CHUNK};
use crate::ui::i18n::contest::ContestMsg;
use crate::ui::i18n::ideas::IdeaMsg;
use crate::ui::i18n::t;
use leptos::prelude::*;

/// The most QR codes offered for one idea; a longer idea is handed over as a file only.
pub const MAX_QR_CODES: usize = 8;

/// The download button and, when the idea fits, the QR series of `record`.
#[component]
pub fn IdeaHandOff(
    /// The sealed idea.
    record: IdeaRecord,
) -> impl IntoView {
    let json = record.to_json();
    let name = record.file_name();
    let chunks = record.to_qr_chunks(QR_CHUNK);
    let total = chunks.len();
    let fits = total <= MAX_QR_CODES;
    let show_qr = RwSignal::new(false);
    let download = move |_| {
        let _ = browser::download(&name, "application/json", json.as_bytes());
    };
    view! {
        <div class="idea-hand-off">
            <p class="hint">{t(IdeaMsg::HandOffHint)}</p>
            <div class="actions">
                <button type="button" class="btn download-idea" on:click=download>
                    {t(ContestMsg::DownloadFile)}
                </button>
                {fits
                    .then(|| {
                        view! {
                            <button
                                type="button"
                                class="btn secondary show-qr"
                                aria-expanded=move || show_qr.get().to_string()
                                on:click=move |_| show_qr.update(|s| *s = !*s)
                            >
                                {t(ContestMsg::ShowQr)}
                                {format!(" ({total})")}
                            </button>
                        }
                    })}
            </div>
            {(!fits).then(|| view! { <p class="hint qr-too-long">{t(IdeaMsg::QrTooLong)}</p> })}
            <QrSeries chunks show=show_qr />
        </div>
    }
}
