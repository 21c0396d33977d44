//! The camera scanner of the teacher's page (students' results) and the organizer's (ideas): the
//! back camera films the QR codes one after the other; every few frames are decoded in wasm
//! ([`qr::decode_luma`]) and fed to the engine's [`Scan`], which says which codes of a file are
//! still missing; a whole series goes to `on_whole` for import. BarcodeDetector is not used: many
//! browsers lack it.

use crate::engine::qr;
use crate::engine::qr_scan::{Scan, ScanStep};
use crate::ui::camera::{self, CameraProblem};
use crate::ui::i18n::teacher::{scan_progress, scan_restarted, TeacherMsg};
use crate::ui::i18n::{t, use_lang, Text};
use leptos::leptos_dom::helpers::{set_interval_with_handle, IntervalHandle};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How often a frame is decoded.
const FRAME_EVERY: Duration = Duration::from_millis(200);

/// What the scanner tells the teacher.
#[derive(Clone, Debug, PartialEq)]
enum Status {
    Looking,
    NotOurs,
    Progress {
        scanned: usize,
        total: usize,
        missing: Vec<usize>,
    },
    Restarted(usize, Box<Status>),
    Read,
    Problem(CameraProblem),
}

impl Status {
    fn from_step(step: &ScanStep) -> Option<Status> {
        match step {
            ScanStep::Seen => None,
            ScanStep::NotOurs => Some(Status::NotOurs),
            ScanStep::Progress {
                scanned,
                total,
                missing,
            } => Some(Status::Progress {
                scanned: *scanned,
                total: *total,
                missing: missing.clone(),
            }),
            ScanStep::Restarted { abandoned, now } => Some(Status::Restarted(
                *abandoned,
                Box::new(Status::from_step(now).unwrap_or(Status::Looking)),
            )),
            ScanStep::Complete(_) => Some(Status::Read),
        }
    }

    fn text(&self, lang: crate::engine::text::Lang) -> String {
        match self {
            Status::Looking => TeacherMsg::ScanLooking.text(lang).to_string(),
            Status::NotOurs => TeacherMsg::ScanNotOurs.text(lang).to_string(),
            Status::Progress {
                scanned,
                total,
                missing,
            } => scan_progress(*scanned, *total, missing, lang),
            Status::Restarted(n, now) => format!("{} {}", scan_restarted(*n, lang), now.text(lang)),
            Status::Read => TeacherMsg::ScanRead.text(lang).to_string(),
            Status::Problem(CameraProblem::Denied) => {
                TeacherMsg::CameraDenied.text(lang).to_string()
            }
            Status::Problem(CameraProblem::Missing) => {
                TeacherMsg::CameraMissing.text(lang).to_string()
            }
            Status::Problem(CameraProblem::Failed) => {
                TeacherMsg::CameraFailed.text(lang).to_string()
            }
        }
    }
}

/// The camera scanner: a start button, then the camera's picture, a stop button and what was
/// read. Each whole series' QR texts go to `on_whole`.
#[component]
pub fn Scanner<F>(
    /// What to collect: `Scan::results()` or `Scan::ideas()`.
    scan: Scan,
    /// Called with the texts of every whole series.
    on_whole: F,
) -> impl IntoView
where
    F: Fn(Vec<String>) + Copy + Send + Sync + 'static,
{
    let lang = use_lang();
    let video = NodeRef::<leptos::html::Video>::new();
    let running = RwSignal::new(false);
    let status = RwSignal::new(None::<Status>);
    let scan = StoredValue::new(scan);
    let stream = StoredValue::new_local(None::<web_sys::MediaStream>);
    let timer = StoredValue::new_local(None::<IntervalHandle>);
    let canvas = StoredValue::new_local(
        document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok()),
    );

    let stop = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let Some(s) = stream.try_update_value(Option::take).flatten() {
            camera::stop(&s);
        }
        if let Some(v) = video.get_untracked() {
            v.set_src_object(None);
        }
        running.try_set(false);
    };
    on_cleanup(stop);

    let tick = move || {
        let (Some(v), Some(Some(c))) = (video.get_untracked(), canvas.try_get_value()) else {
            return;
        };
        let Some((w, h, luma)) = camera::frame(&v, &c) else {
            return;
        };
        for text in qr::decode_luma(w, h, &luma) {
            let Some(step) = scan.try_update_value(|s| s.add(&text)) else {
                return;
            };
            if let Some(now) = Status::from_step(&step) {
                status.set(Some(now));
            }
            if let ScanStep::Complete(parts) = step {
                on_whole(parts);
            }
        }
    };

    let start = move |_| {
        let Some(v) = video.get_untracked() else {
            return;
        };
        running.set(true);
        status.set(Some(Status::Looking));
        spawn_local(async move {
            match camera::open(&v).await {
                Ok(s) => {
                    if !running.try_get_untracked().unwrap_or(false) {
                        // Stopped (or unmounted) while the camera was opening.
                        camera::stop(&s);
                        return;
                    }
                    stream.set_value(Some(s));
                    timer.set_value(set_interval_with_handle(tick, FRAME_EVERY).ok());
                }
                Err(problem) => {
                    running.try_set(false);
                    status.try_set(Some(Status::Problem(problem)));
                }
            }
        });
    };

    view! {
        <div class="scanner">
            <Show
                when=move || running.get()
                fallback=move || {
                    view! {
                        <button type="button" class="btn secondary scan-start" on:click=start>
                            {t(TeacherMsg::ScanStart)}
                        </button>
                    }
                }
            >
                <button type="button" class="btn secondary scan-stop" on:click=move |_| stop()>
                    {t(TeacherMsg::ScanStop)}
                </button>
            </Show>
            <video
                node_ref=video
                class="camera"
                class:hidden=move || !running.get()
                playsinline=true
                muted=true
                aria-hidden="true"
            ></video>
            <p
                class="scan-status"
                class:error=move || matches!(status.get(), Some(Status::Problem(_)))
                role="status"
                aria-live="polite"
            >
                {move || status.get().map(|s| s.text(lang.get())).unwrap_or_default()}
            </p>
        </div>
    }
}
