//! The camera's browser edge for the teacher's scanner: open the back camera, grab a frame as
//! grey-scale pixels, stop. Decoding is the engine's ([`crate::engine::qr::decode_luma`]).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The longest side of a frame handed to the decoder: enough for a phone's QR code held at arm's
/// length, small enough to decode several frames a second on a cheap phone.
const MAX_SIDE: u32 = 640;

/// Why the camera did not open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraProblem {
    /// The teacher (or the browser's settings) refused the camera.
    Denied,
    /// No camera on this device, or the page is not on https (browsers give the camera only to
    /// secure pages).
    Missing,
    /// The camera is busy or failed.
    Failed,
}

/// Opens the back camera (the front one when there is no other) and plays it in `video`.
pub async fn open(
    video: &web_sys::HtmlVideoElement,
) -> Result<web_sys::MediaStream, CameraProblem> {
    let devices = web_sys::window()
        .ok_or(CameraProblem::Missing)?
        .navigator()
        .media_devices()
        .map_err(|_| CameraProblem::Missing)?;
    // `mediaDevices` is undefined on an insecure page: the call above then fails or gives undefined.
    if JsValue::from(devices.clone()).is_undefined() {
        return Err(CameraProblem::Missing);
    }
    let constraints = web_sys::MediaStreamConstraints::new();
    let video_wanted = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&video_wanted, &"facingMode".into(), &"environment".into());
    constraints.set_video(&video_wanted);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|_| CameraProblem::Missing)?;
    let stream: web_sys::MediaStream = JsFuture::from(promise)
        .await
        .map_err(|e| {
            match e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name())
                .as_deref()
            {
                Some("NotAllowedError" | "SecurityError") => CameraProblem::Denied,
                Some("NotFoundError" | "OverconstrainedError") => CameraProblem::Missing,
                _ => CameraProblem::Failed,
            }
        })?
        .unchecked_into();
    video.set_src_object(Some(&stream));
    if let Ok(playing) = video.play() {
        let _ = JsFuture::from(playing).await;
    }
    Ok(stream)
}

/// Stops every track of `stream` (the camera's light goes off).
pub fn stop(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// The current frame of `video` drawn on `canvas`, scaled down to at most `MAX_SIDE` pixels a side, as
/// `(width, height, luma)`; `None` until the video has a frame.
pub fn frame(
    video: &web_sys::HtmlVideoElement,
    canvas: &web_sys::HtmlCanvasElement,
) -> Option<(usize, usize, Vec<u8>)> {
    // HAVE_CURRENT_DATA
    if video.ready_state() < 2 {
        return None;
    }
    let (vw, vh) = (video.video_width(), video.video_height());
    if vw == 0 || vh == 0 {
        return None;
    }
    let scale = (f64::from(MAX_SIDE) / f64::from(vw.max(vh))).min(1.0);
    let (w, h) = (
        (f64::from(vw) * scale).round() as u32,
        (f64::from(vh) * scale).round() as u32,
    );
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
    let context: web_sys::CanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, w.into(), h.into())
        .ok()?;
    let rgba = context
        .get_image_data(0.0, 0.0, w.into(), h.into())
        .ok()?
        .data();
    // ITU-R BT.601 luma in fixed point.
    let luma = rgba
        .chunks_exact(4)
        .map(|p| ((77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2])) >> 8) as u8)
        .collect();
    Some((w as usize, h as usize, luma))
}
