//! Handing a sealed contest result to the teacher: as a JSON file (Telegram, USB) and as a short
//! numbered series of QR codes to scan.

use crate::engine::qr::render_svg;
use crate::engine::result_record::ResultRecord;
use crate::ui::browser;
use crate::ui::i18n::contest::ContestMsg;
use crate::ui::i18n::t;
use leptos::prelude::*;

/// Bytes of record text per QR code: dense enough to need few codes, sparse enough to scan from a
/// phone screen with a cheap camera.
pub const QR_CHUNK: usize = 400;

/// The file name of a record: `halol-<code>-<name>.json`, with only safe characters.
pub fn file_name(record: &ResultRecord) -> String {
    let name: String = record
        .student
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    format!("halol-{}-{}.json", record.contest, name.trim_matches('-'))
}

/// The file download and the QR series of `record`.
#[component]
pub fn HandOff(
    /// The sealed record to hand over.
    record: ResultRecord,
) -> impl IntoView {
    let json = record.to_json();
    let name = file_name(&record);
    let chunks = record.to_qr_chunks(QR_CHUNK);
    let total = chunks.len();
    let show_qr = RwSignal::new(false);
    let download = move |_| {
        let _ = browser::download(&name, "application/json", json.as_bytes());
    };
    view! {
        <section class="hand-off">
            <h2>{t(ContestMsg::HandOver)}</h2>
            <p>{t(ContestMsg::HandOverHint)}</p>
            <div class="actions">
                <button type="button" class="btn download" on:click=download>{t(ContestMsg::DownloadFile)}</button>
                <button type="button" class="btn secondary show-qr" on:click=move |_| show_qr.update(|s| *s = !*s)>
                    {t(ContestMsg::ShowQr)} {format!(" ({total})")}
                </button>
            </div>
            <QrSeries chunks show=show_qr />
        </section>
    }
}

/// The numbered QR codes of a series (a result's or an idea's), shown while `show` is true, each
/// labelled "i / n" for the scanner's order.
#[component]
pub fn QrSeries(
    /// The texts of the series, in order.
    chunks: Vec<String>,
    /// Whether the codes are shown.
    show: RwSignal<bool>,
) -> impl IntoView {
    let total = chunks.len();
    view! {
        <Show when=move || show.get()>
            <ol class="qr-series">
                {chunks
                    .iter()
                    .enumerate()
                    .map(|(i, chunk)| {
                        let svg = render_svg(chunk).unwrap_or_default();
                        view! {
                            <li class="qr">
                                <div
                                    class="qr-image"
                                    role="img"
                                    aria-label=format!("QR {}/{total}", i + 1)
                                    inner_html=svg
                                ></div>
                                <p class="qr-label">{format!("{} / {total}", i + 1)}</p>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </Show>
    }
}
