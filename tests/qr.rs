//! The QR path: a result's QR series as the app draws it is read back by the app's own reader.
#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{code, pack, record, student, Step};
use halol::engine::qr::{decode_luma, render_luma, render_svg};
use halol::engine::result_record::ResultRecord;

#[test]
fn texts_drawn_as_qr_codes_are_read_back() {
    let check = |text: &str| {
        let (side, pixels) = render_luma(text, 4).expect("fits one QR code");
        assert_eq!(
            decode_luma(side, side, &pixels),
            vec![text.to_string()],
            "{text}"
        );
    };
    check("http://127.0.0.1:8080/?contest=481GM0C1SQ");
    check("HALOL1/3/ABCD:%69 VD92EX0");
    check("Ўзбекча матн ва oʻzbekcha");
}

#[test]
fn a_whole_result_series_survives_drawing_and_reading() {
    let law = pack("qonun-bilimdonlari");
    let code = code("qonun-bilimdonlari", 7, Some(20), Some(20));
    let steps: Vec<Step> = (0..20)
        .map(|i| if i % 3 == 0 { Step::Wrong } else { Step::Right })
        .collect();
    let record = record(&law, &code, student("Ўринбой Алиев"), 3, &steps, 30);
    let chunks = record.to_qr_chunks(400);
    assert!(chunks.len() > 1, "a series of several codes");
    let mut read: Vec<String> = chunks
        .iter()
        .flat_map(|chunk| {
            let (side, pixels) = render_luma(chunk, 3).expect("each chunk fits a QR code");
            decode_luma(side, side, &pixels)
        })
        .collect();
    read.reverse(); // scanned in any order
    assert_eq!(ResultRecord::from_qr_chunks(&read), Ok(record));
}

#[test]
fn frames_without_a_code_give_nothing() {
    assert!(decode_luma(64, 64, &[255; 64 * 64]).is_empty());
    assert!(
        decode_luma(64, 64, &[0; 10]).is_empty(),
        "a short buffer is not read past its end"
    );
    assert!(decode_luma(0, 0, &[]).is_empty());
    assert!(
        render_svg(&"x".repeat(5000)).is_none(),
        "too long for one QR code"
    );
}
