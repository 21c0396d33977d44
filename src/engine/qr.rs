//! QR codes as pure data: drawing a text as an SVG image (a student's result series, the contest
//! link) and reading texts back from a grey-scale camera frame (the teacher's scanner). The shell
//! only moves pixels: it hands frames in and puts SVG on the page.

use qrcode::render::svg;
use qrcode::{Color, EcLevel, QrCode};

/// The SVG of one QR code carrying `text` (error correction level L, quiet zone, at least
/// 240 px), or `None` when the text is too long for one QR code.
pub fn render_svg(text: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    Some(
        code.render::<svg::Color>()
            .min_dimensions(240, 240)
            .quiet_zone(true)
            .build(),
    )
}

/// A grey-scale raster of the QR code of `text`: `scale` pixels per module and a four-module
/// quiet zone, dark modules 0 and light ones 255, as `(width, pixels)` (the image is square).
/// `None` when the text is too long for one QR code.
pub fn render_luma(text: &str, scale: usize) -> Option<(usize, Vec<u8>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::L).ok()?;
    let modules = code.width();
    let colors = code.to_colors();
    let side = (modules + 8) * scale;
    let mut pixels = vec![255u8; side * side];
    for (i, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (mx, my) = (i % modules + 4, i / modules + 4);
            for y in my * scale..(my + 1) * scale {
                pixels[y * side + mx * scale..y * side + (mx + 1) * scale].fill(0);
            }
        }
    }
    Some((side, pixels))
}

/// Every QR code text found in a grey-scale frame of `width` × `height` pixels (`luma`, one byte a
/// pixel, row by row). Codes that are found but cannot be read are left out; a frame with no
/// readable code gives an empty list (the scanner simply tries the next frame).
pub fn decode_luma(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || luma.len() < width * height {
        return Vec::new();
    }
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    image
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}
