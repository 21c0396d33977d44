//! Result records: seal and verify, the JSON form (a golden version-1 file), every field edited
//! in the JSON detected, the QR series in any order with missing parts named, base45.

#![cfg(not(target_arch = "wasm32"))]

mod contest_support;

use contest_support::{code, fixture, pack, play, record, student, Step, SEC, T0};
use halol::engine::contest_code::{contest_session, parse};
use halol::engine::result_record::{
    base45_decode, base45_encode, ImportError, RecordError, ResultRecord, Student,
};
use halol::engine::shuffle::shuffle;
use serde_json::{json, Value};

/// The golden record: namuna, all three questions, a Cyrillic name with a comma.
fn golden() -> ResultRecord {
    let sample = pack("namuna");
    let code = code("namuna", 2024, None, Some(5));
    let who = Student {
        name: "Дилноза Каримова, \"Д\"".into(),
        class: Some(" 9-Б ".into()),
        school: Some("12-мактаб".into()),
        student_id: Some("  ".into()),
    };
    record(
        &sample,
        &code,
        who,
        77,
        &[Step::Right, Step::Wrong, Step::Skip],
        20,
    )
}

#[test]
fn a_record_is_sealed_and_verifies() {
    let r = golden();
    assert!(r.verify());
    assert_eq!(r.seal.len(), 64);
    assert_eq!(r.student.class.as_deref(), Some("9-Б"), "trimmed");
    assert_eq!(r.student.student_id, None, "blank optional fields left out");
    assert_eq!(r.answers.len(), 3);
    assert_eq!(r.started_ms, T0);
    assert_eq!(r.finished_ms, T0 + 61 * SEC);
    assert_eq!((r.score, r.max), (1.0, 3.0));
    assert_eq!(r.app_version, "0.1.0-test");
    let back = ResultRecord::from_json(&r.to_json()).unwrap();
    assert_eq!(back, r);
    assert!(back.verify());
}

#[test]
fn the_version_1_form_keeps_reading_and_verifying() {
    // Written once by this code; the key and the canonical form are promises too.
    let text = fixture("record-v1.json");
    let r = ResultRecord::from_json(&text).unwrap();
    assert!(r.verify(), "the golden record's seal still matches");
    assert_eq!(r, golden());
    assert_eq!(r.to_json(), text.trim_end());
    // With a byte order mark and pretty-printed, it is the same record.
    let pretty =
        serde_json::to_string_pretty(&serde_json::from_str::<Value>(&text).unwrap()).unwrap();
    let again = ResultRecord::from_bytes(format!("\u{feff}{pretty}").as_bytes()).unwrap();
    assert!(again.verify());
}

/// One named edit of a record's JSON.
type Edit = Box<dyn Fn(&mut Value)>;

/// Applies `edit` to the golden record's JSON.
fn edited(edit: impl Fn(&mut Value)) -> ResultRecord {
    let mut value: Value = serde_json::from_str(&golden().to_json()).unwrap();
    edit(&mut value);
    ResultRecord::from_json(&value.to_string()).expect("the edited JSON still reads")
}

#[test]
fn editing_any_field_is_detected() {
    let other_code = code("namuna", 2025, None, Some(5));
    let edits: Vec<(&str, Edit)> = vec![
        (
            "contest",
            Box::new(move |v| v["contest"] = json!(other_code)),
        ),
        (
            "name",
            Box::new(|v| v["student"]["name"] = json!("Дилноза Каримова")),
        ),
        ("class", Box::new(|v| v["student"]["class"] = json!("11-А"))),
        (
            "school added id",
            Box::new(|v| v["student"]["student_id"] = json!("42")),
        ),
        (
            "school removed",
            Box::new(|v| {
                v["student"].as_object_mut().unwrap().remove("school");
            }),
        ),
        (
            "started",
            Box::new(|v| v["started_ms"] = json!(T0 + 30 * SEC)),
        ),
        (
            "finished",
            Box::new(|v| v["finished_ms"] = json!(T0 + 40 * SEC)),
        ),
        (
            "app version",
            Box::new(|v| v["app_version"] = json!("9.9.9")),
        ),
        ("score", Box::new(|v| v["score"] = json!(3.0))),
        ("max", Box::new(|v| v["max"] = json!(1.0))),
        ("seal", Box::new(|v| v["seal"] = json!("00".repeat(32)))),
        (
            "seal removed",
            Box::new(|v| {
                v.as_object_mut().unwrap().remove("seal");
            }),
        ),
        (
            "seal not hex",
            Box::new(|v| v["seal"] = json!("not hex at all")),
        ),
        (
            "answer dropped",
            Box::new(|v| {
                v["answers"].as_array_mut().unwrap().pop();
            }),
        ),
        (
            "answers swapped",
            Box::new(|v| v["answers"].as_array_mut().unwrap().swap(0, 1)),
        ),
    ];
    let mut count = edits.len();
    for (what, edit) in &edits {
        assert!(!edited(edit).verify(), "editing {what} is detected");
    }
    // Every field of every answer.
    let answers = golden().answers.len();
    for i in 0..answers {
        let per_answer: Vec<(&str, Edit)> = vec![
            (
                "answer",
                Box::new(move |v| {
                    let a = &mut v["answers"][i]["answer"];
                    *a = match a.clone() {
                        Value::Null => json!({"choice": "a"}),
                        _ => Value::Null,
                    };
                }),
            ),
            (
                "time",
                Box::new(move |v| {
                    let t = v["answers"][i]["time_ms"].as_u64().unwrap();
                    v["answers"][i]["time_ms"] = json!(t - 1);
                }),
            ),
            (
                "timed out",
                Box::new(move |v| {
                    let t = v["answers"][i]["timed_out"].as_bool().unwrap();
                    v["answers"][i]["timed_out"] = json!(!t);
                }),
            ),
            (
                "question",
                Box::new(move |v| v["answers"][i]["question"] = json!("law-419-date-x")),
            ),
        ];
        for (what, edit) in &per_answer {
            assert!(
                !edited(edit).verify(),
                "editing {what} of answer {i} is detected"
            );
            count += 1;
        }
    }
    assert_eq!(count, 15 + 4 * answers);
    // Reformatting alone is not an edit.
    assert!(edited(|_| {}).verify());
}

#[test]
fn unreadable_files_say_why() {
    let check = |input: &[u8], expected: ImportError| {
        assert_eq!(
            ResultRecord::from_bytes(input).map(|_| ()),
            Err(expected.clone()),
            "{}",
            String::from_utf8_lossy(input)
        );
        assert!(!expected.to_string().is_empty());
    };
    check(&[0xff, 0xfe, 0x00], ImportError::NotText);
    check(
        b"{\"v\":1,",
        ImportError::NotJson {
            message: "EOF while parsing a value at line 1 column 7".into(),
        },
    );
    check(b"{\"v\":2}", ImportError::UnknownVersion { found: 2 });
    check(
        b"[1]",
        ImportError::Malformed {
            message: "it is not a JSON object".into(),
        },
    );
    check(
        b"{\"seal\":\"x\"}",
        ImportError::Malformed {
            message: "the version number `v` is missing".into(),
        },
    );
    check(
        b"{\"v\":\"1\"}",
        ImportError::Malformed {
            message: "the version number `v` is not a whole number".into(),
        },
    );
    let mut extra: Value = serde_json::from_str(&golden().to_json()).unwrap();
    extra["points"] = json!(100);
    check(
        extra.to_string().as_bytes(),
        ImportError::Malformed {
            message: "unknown field `points`, expected one of `v`, `contest`, `student`, `started_ms`, `finished_ms`, `app_version`, `score`, `max`, `answers`, `seal` at line 1 column 361".into(),
        },
    );
}

#[test]
fn a_record_needs_a_finished_session_a_name_and_the_contest_pack() {
    let sample = pack("namuna");
    let code = code("namuna", 1, None, None);
    let settings = parse(&code).unwrap();
    let running = contest_session(&sample, &settings, 5, T0).unwrap();
    let done = play(&sample, &settings, 5, &[Step::Right], 10);
    let check = |r: Result<ResultRecord, RecordError>, expected: RecordError| {
        assert_eq!(r.map(|_| ()), Err(expected));
    };
    check(
        ResultRecord::from_session(&running, &sample, &code, student("A"), "1"),
        RecordError::NotFinished,
    );
    check(
        ResultRecord::from_session(&done, &sample, &code, student("   "), "1"),
        RecordError::NameMissing,
    );
    check(
        ResultRecord::from_session(&done, &sample, "ABC", student("A"), "1"),
        RecordError::Code(halol::engine::contest_code::ContestCodeError::WrongLength { found: 3 }),
    );
    let juma = code_for_juma();
    check(
        ResultRecord::from_session(&done, &sample, &juma, student("A"), "1"),
        RecordError::OtherPack {
            session_pack: "namuna".into(),
            contest_pack: "juma".into(),
        },
    );
    // Any typed form of the code is stored canonical.
    let typed = halol::engine::contest_code::group(&code).to_lowercase();
    let r = ResultRecord::from_session(&done, &sample, &typed, student("A"), "1").unwrap();
    assert_eq!(r.contest, code);
}

fn code_for_juma() -> String {
    code("juma", 1, None, None)
}

const QR_CHARS: &str = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

#[test]
fn qr_chunks_round_trip_in_any_order() {
    let law = pack("qonun-bilimdonlari");
    let code = code("qonun-bilimdonlari", 4242, Some(20), None);
    let steps: Vec<Step> = (0..20)
        .map(|i| match i % 3 {
            0 => Step::Right,
            1 => Step::Wrong,
            _ => Step::Skip,
        })
        .collect();
    let r = record(&law, &code, student("Ўринбой Алиев"), 3, &steps, 30);
    for (max, seed) in [(4000, 1), (1000, 2), (300, 3), (100, 4), (5, 5)] {
        let mut chunks = r.to_qr_chunks(max);
        let n = chunks.len();
        assert!(chunks.iter().all(|c| c.len() <= max.max(32)), "max {max}");
        assert!(chunks
            .iter()
            .all(|c| c.chars().all(|ch| QR_CHARS.contains(ch))));
        assert!(chunks[0].starts_with(&format!("HALOL1/{n}/{}:", r.seal[..4].to_uppercase())));
        shuffle(seed, &mut chunks);
        // A part scanned twice is harmless.
        chunks.push(chunks[0].clone());
        let back = ResultRecord::from_qr_chunks(&chunks).unwrap();
        assert_eq!(back, r, "max {max}, {n} parts");
        assert!(back.verify());
    }
    assert_eq!(r.to_qr_chunks(4000).len(), 1);
}

#[test]
fn missing_mixed_and_foreign_qr_parts_are_reported() {
    let sample = pack("namuna");
    let code = code("namuna", 8, None, None);
    let a = record(&sample, &code, student("Aziz"), 1, &[Step::Right], 5);
    let b = record(&sample, &code, student("Bobur"), 2, &[Step::Wrong], 5);
    let chunks = a.to_qr_chunks(120);
    let n = chunks.len();
    assert!(n >= 4, "{n} parts");
    let check = |chunks: Vec<String>, expected: ImportError| {
        assert_eq!(
            ResultRecord::from_qr_chunks(&chunks).map(|_| ()),
            Err(expected)
        );
    };
    let without = |skip: &[usize]| -> Vec<String> {
        chunks
            .iter()
            .enumerate()
            .filter(|(i, _)| !skip.contains(&(i + 1)))
            .map(|(_, c)| c.clone())
            .collect()
    };
    check(
        without(&[2]),
        ImportError::MissingParts {
            missing: vec![2],
            total: n,
        },
    );
    check(
        without(&[1, n]),
        ImportError::MissingParts {
            missing: vec![1, n],
            total: n,
        },
    );
    let message = ImportError::MissingParts {
        missing: vec![2, 4],
        total: 5,
    }
    .to_string();
    assert_eq!(
        message,
        "2 of the 5 QR codes of this result are missing (number 2, 4); scan them too"
    );
    check(Vec::new(), ImportError::NoParts);
    let mut mixed = without(&[1]);
    mixed.push(b.to_qr_chunks(120)[0].clone());
    check(mixed, ImportError::MixedSeries);
    check(
        vec!["https://example.org".into()],
        ImportError::NotAResultCode {
            start: "https://exam".into(),
        },
    );
    check(
        vec!["HALOL0/3/ABCD:xyz".into()],
        ImportError::NotAResultCode {
            start: "HALOL0/3/ABC".into(),
        },
    );
    check(
        vec!["HALOL4/3/ABCD:xyz".into()],
        ImportError::NotAResultCode {
            start: "HALOL4/3/ABC".into(),
        },
    );
    check(vec!["HALOL1/1/ABCD:#".into()], ImportError::BadQrData);
    let header = chunks[0].split_once(':').unwrap().0.to_string();
    let mut changed = chunks.clone();
    changed[0] = format!(
        "{header}:{}",
        "0".repeat(chunks[0].len() - header.len() - 1)
    );
    changed.push(chunks[0].clone());
    check(changed, ImportError::MixedSeries);
}

#[test]
fn base45_follows_rfc_9285() {
    let cases: &[(&[u8], &str)] = &[
        (b"", ""),
        (b"AB", "BB8"),
        (b"Hello!!", "%69 VD92EX0"),
        (b"base-45", "UJCLQE7W581"),
        (b"ietf!", "QED8WEX0"),
        (&[0xff, 0xff], "FGW"),
        (&[0xff], "U5"),
    ];
    for (bytes, text) in cases {
        assert_eq!(base45_encode(bytes), *text);
        assert_eq!(base45_decode(text).as_deref(), Some(*bytes));
    }
    for bad in ["GGW", "A", "ABCD", "ab", "V5"] {
        assert_eq!(base45_decode(bad), None, "{bad}");
    }
    let all: Vec<u8> = (0..=255).collect();
    assert_eq!(base45_decode(&base45_encode(&all)).unwrap(), all);
}
