//! The stored forms (`engine::saved`), natively: round trips of every form on real sessions of
//! the bundled sample pack, one `check` per decoder over a table of broken inputs, the written
//! version-1 values that must keep decoding (the format is a promise), and the best attempt.

#![cfg(not(target_arch = "wasm32"))]

use halol::engine::pack::{parse_pack, Pack};
use halol::engine::saved::{
    decode_attempt_log, decode_prefs, decode_session, encode_attempt_log, encode_prefs,
    encode_session, Attempt, AttemptLog, DecodeError, Prefs, ATTEMPTS_VERSION, PREFS_VERSION,
    SESSION_VERSION,
};
use halol::engine::scoring::correct_answer;
use halol::engine::session::{Mode, Session};
use halol::engine::text::Lang;

const T0: u64 = 1_760_000_000_000;
const SEC: u64 = 1000;

fn namuna() -> Pack {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/quizzes/namuna.json");
    parse_pack("namuna.json", &std::fs::read_to_string(path).unwrap()).unwrap()
}

/// A contest session on the sample pack after `answers` correct answers, 10 s apart, finished
/// when `finish` is set.
fn session(pack: &Pack, mode: Mode, seed: u64, answers: usize, finish: bool) -> Session {
    let mut s = Session::start(pack, mode, seed, T0, None);
    let mut now = T0;
    for _ in 0..answers {
        now += 10 * SEC;
        let q = s.current_question(pack).unwrap();
        s.answer(pack, correct_answer(q), now).unwrap();
        if !s.all_closed() {
            s.next(now).unwrap();
        }
    }
    if finish {
        s.finish(now + SEC);
    }
    s
}

fn attempt(pack: &Pack, seed: u64, answers: usize) -> Attempt {
    Attempt::from_session(session(pack, Mode::Contest, seed, answers, true), pack).unwrap()
}

#[test]
fn sessions_round_trip_at_every_stage() {
    let pack = namuna();
    let cases = [
        session(&pack, Mode::Contest, 1, 0, false),
        session(&pack, Mode::Contest, 2, 1, false),
        session(&pack, Mode::Practice, 3, 2, false),
        session(&pack, Mode::Contest, 4, 3, true),
        session(&pack, Mode::Practice, u64::MAX, 1, true),
    ];
    for s in cases {
        let json = encode_session(&s);
        assert!(json.starts_with(r#"{"v":1,"session":{"#), "{json}");
        assert_eq!(decode_session(&json), Ok(s), "{json}");
    }
}

#[test]
fn attempt_logs_round_trip() {
    let pack = namuna();
    let mut log = AttemptLog::new();
    assert_eq!(
        encode_attempt_log(&log),
        r#"{"v":1,"attempts":[]}"#,
        "an empty log"
    );
    assert_eq!(
        decode_attempt_log(&encode_attempt_log(&log)),
        Ok(log.clone())
    );
    for (seed, answers) in [(1, 0), (2, 3), (3, 2)] {
        log.push(attempt(&pack, seed, answers));
        let json = encode_attempt_log(&log);
        assert_eq!(decode_attempt_log(&json), Ok(log.clone()), "{json}");
    }
    assert_eq!(log.len(), 3);
    let seeds: Vec<u64> = log.attempts().iter().map(|a| a.session.seed()).collect();
    assert_eq!(seeds, [1, 2, 3], "oldest first");
}

#[test]
fn prefs_round_trip() {
    let cases = [
        (Prefs { lang: None }, r#"{"v":1,"lang":null}"#),
        (
            Prefs {
                lang: Some(Lang::UzLatn),
            },
            r#"{"v":1,"lang":"uz-Latn"}"#,
        ),
        (
            Prefs {
                lang: Some(Lang::UzCyrl),
            },
            r#"{"v":1,"lang":"uz-Cyrl"}"#,
        ),
        (
            Prefs {
                lang: Some(Lang::Ru),
            },
            r#"{"v":1,"lang":"ru"}"#,
        ),
        (
            Prefs {
                lang: Some(Lang::En),
            },
            r#"{"v":1,"lang":"en"}"#,
        ),
    ];
    for (prefs, json) in cases {
        assert_eq!(encode_prefs(&prefs), json);
        assert_eq!(decode_prefs(json), Ok(prefs), "{json}");
    }
    assert_eq!(
        decode_prefs(r#"{"v":1}"#),
        Ok(Prefs { lang: None }),
        "an absent language is no choice"
    );
}

/// Which `DecodeError` variant is expected.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Kind {
    NotJson,
    UnknownVersion { found: u64 },
    Malformed,
}

/// The one check: `json` fails to decode as each of the forms with the expected kind of error,
/// and the message is a sentence (no Rust debug output).
fn check(form: &str, json: &str, expected: Kind) {
    let (got, newest) = match form {
        "session" => (decode_session(json).map(|_| ()), SESSION_VERSION),
        "attempts" => (decode_attempt_log(json).map(|_| ()), ATTEMPTS_VERSION),
        "prefs" => (decode_prefs(json).map(|_| ()), PREFS_VERSION),
        other => panic!("no form named {other}"),
    };
    let err = got.expect_err(&format!("{form} {json:?} must not decode"));
    let kind = match &err {
        DecodeError::NotJson { message } => {
            assert!(!message.is_empty());
            Kind::NotJson
        }
        DecodeError::UnknownVersion { found, newest: n } => {
            assert_eq!(*n, newest, "{form}: the newest version is reported");
            Kind::UnknownVersion { found: *found }
        }
        DecodeError::Malformed { message } => {
            assert!(!message.is_empty());
            Kind::Malformed
        }
    };
    assert_eq!(kind, expected, "{form} {json:?}: {err}");
    let text = err.to_string();
    assert!(
        text.starts_with("the saved data") && !text.contains("{ "),
        "{form} {json:?}: a sentence for a student: {text}"
    );
}

#[test]
fn broken_values_are_errors_of_the_right_kind() {
    use Kind::*;
    let every_form: &[(&str, Kind)] = &[
        // not JSON at all
        ("", NotJson),
        ("garbage", NotJson),
        ("{", NotJson),
        (r#"{"v":1,"session":"#, NotJson),
        ("\u{0}\u{1}", NotJson),
        ("{'v': 1}", NotJson),
        // a version this code does not know
        (r#"{"v":99}"#, UnknownVersion { found: 99 }),
        (r#"{"v":0}"#, UnknownVersion { found: 0 }),
        (r#"{"v":2,"whatever":true}"#, UnknownVersion { found: 2 }),
        (
            r#"{"v":18446744073709551615}"#,
            UnknownVersion { found: u64::MAX },
        ),
        // JSON, but not the shape of a stored value
        ("42", Malformed),
        ("null", Malformed),
        ("[]", Malformed),
        (r#""text""#, Malformed),
        ("{}", Malformed),
        (r#"{"version":1}"#, Malformed),
        (r#"{"v":"1"}"#, Malformed),
        (r#"{"v":-1}"#, Malformed),
        (r#"{"v":1.5}"#, Malformed),
        (r#"{"v":null}"#, Malformed),
    ];
    for (json, kind) in every_form {
        for form in ["session", "attempts", "prefs"] {
            check(form, json, *kind);
        }
    }
    let per_form: &[(&str, &str, Kind)] = &[
        ("session", r#"{"v":1}"#, Malformed),
        ("session", r#"{"v":1,"session":42}"#, Malformed),
        ("session", r#"{"v":1,"session":{}}"#, Malformed),
        (
            "session",
            r#"{"v":1,"session":{"pack_id":"namuna"}}"#,
            Malformed,
        ),
        ("attempts", r#"{"v":1}"#, Malformed),
        ("attempts", r#"{"v":1,"attempts":{}}"#, Malformed),
        (
            "attempts",
            r#"{"v":1,"attempts":[{"pack_id":"x"}]}"#,
            Malformed,
        ),
        ("attempts", r#"{"v":1,"attempts":[null]}"#, Malformed),
        ("prefs", r#"{"v":1,"lang":"fr"}"#, Malformed),
        ("prefs", r#"{"v":1,"lang":"uz"}"#, Malformed),
        ("prefs", r#"{"v":1,"lang":7}"#, Malformed),
    ];
    for (form, json, kind) in per_form {
        check(form, json, *kind);
    }
}

#[test]
fn a_newer_version_says_to_update_the_app() {
    let err = decode_session(r#"{"v":99}"#).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the saved data has format version 99, but this version of the app reads only up to \
         version 1; it was probably saved by a newer version of Halol, so update the app to open it"
    );
}

/// Version-1 values as first written by this code (a contest on the sample pack, seed 42, started
/// at `T0`, the first question answered correctly after 10 s; for the log, the same finished a
/// second later). They are literal, not recomputed from the pack, so they stay valid when the
/// pack changes. Every later version of the app must read them; if one of these tests fails
/// after a change to `Session` or `Attempt`, the stored format changed: bump the version and
/// add a migration (see `engine::saved`).
const SESSION_V1: &str = r#"{"v":1,"session":{"pack_id":"namuna","mode":"contest","seed":42,"started_ms":1760000000000,"finished_ms":null,"time_limit_ms":180000,"question_time_limit_ms":null,"current":1,"visit_started_ms":1760000010000,"slots":[{"question_id":"law-419-date","order":["b","c","a"],"first_shown_ms":1760000000000,"spent_ms":10000,"state":{"kind":"answered","answer":{"choice":"a"},"answered_ms":1760000010000,"time_ms":10000}},{"question_id":"school-exam-gift","order":["c","a","b"],"first_shown_ms":1760000010000,"spent_ms":0,"state":{"kind":"open"}},{"question_id":"law-419-giver","order":[],"first_shown_ms":null,"spent_ms":0,"state":{"kind":"open"}}]}}"#;

#[test]
fn a_written_v1_session_keeps_decoding() {
    let s = decode_session(SESSION_V1).unwrap();
    assert_eq!(
        (s.pack_id(), s.mode(), s.seed()),
        ("namuna", Mode::Contest, 42)
    );
    assert_eq!((s.started_ms(), s.finished_ms()), (T0, None));
    assert_eq!((s.len(), s.answered_count(), s.position()), (3, 1, 2));
    assert_eq!(s.time_limit_ms(), Some(180 * SEC));
    assert_eq!(encode_session(&s), SESSION_V1, "the format is unchanged");
}

const ATTEMPTS_V1: &str = r#"{"v":1,"attempts":[{"pack_id":"namuna","mode":"contest","started_ms":1760000000000,"finished_ms":1760000011000,"score":1.0,"max":3.0,"answered":1,"correct":1,"questions":3,"duration_ms":11000,"session":{"pack_id":"namuna","mode":"contest","seed":42,"started_ms":1760000000000,"finished_ms":1760000011000,"time_limit_ms":180000,"question_time_limit_ms":null,"current":1,"visit_started_ms":1760000011000,"slots":[{"question_id":"law-419-date","order":["b","c","a"],"first_shown_ms":1760000000000,"spent_ms":10000,"state":{"kind":"answered","answer":{"choice":"a"},"answered_ms":1760000010000,"time_ms":10000}},{"question_id":"school-exam-gift","order":["c","a","b"],"first_shown_ms":1760000010000,"spent_ms":1000,"state":{"kind":"open"}},{"question_id":"law-419-giver","order":[],"first_shown_ms":null,"spent_ms":0,"state":{"kind":"open"}}]}}]}"#;

#[test]
fn a_written_v1_attempt_log_keeps_decoding() {
    let log = decode_attempt_log(ATTEMPTS_V1).unwrap();
    assert_eq!(log.len(), 1);
    let a = log.best("namuna").unwrap();
    assert_eq!((a.score, a.max, a.answered, a.correct), (1.0, 3.0, 1, 1));
    assert_eq!(
        (a.started_ms, a.finished_ms, a.duration_ms),
        (T0, T0 + 11 * SEC, 11 * SEC)
    );
    assert_eq!(a.session.finished_ms(), Some(a.finished_ms));
    assert_eq!(
        encode_attempt_log(&log),
        ATTEMPTS_V1,
        "the format is unchanged"
    );
}

#[test]
fn an_attempt_copies_the_result_of_a_finished_session() {
    let pack = namuna();
    let finished = session(&pack, Mode::Contest, 7, 2, true);
    let result = finished.result(&pack);
    let a = Attempt::from_session(finished.clone(), &pack).unwrap();
    assert_eq!(a.pack_id, "namuna");
    assert_eq!(a.mode, Mode::Contest);
    assert_eq!(a.started_ms, T0);
    assert_eq!(a.finished_ms, T0 + 21 * SEC);
    assert_eq!((a.score, a.max), (result.score, result.max));
    assert_eq!((a.answered, a.correct, a.questions), (2, 2, 3));
    assert_eq!(a.duration_ms, 21 * SEC);
    assert_eq!(a.session, finished);

    let running = session(&pack, Mode::Contest, 7, 2, false);
    assert_eq!(Attempt::from_session(running, &pack), None, "not finished");
    let mut other = pack.clone();
    other.id = "other".to_string();
    assert_eq!(
        Attempt::from_session(finished, &other),
        None,
        "another pack"
    );
}

/// An attempt on `pack_id` with this score, maximum and duration (the rest from a real one).
fn scored(template: &Attempt, pack_id: &str, score: f64, max: f64, duration_ms: u64) -> Attempt {
    Attempt {
        pack_id: pack_id.to_string(),
        score,
        max,
        duration_ms,
        ..template.clone()
    }
}

#[test]
fn the_best_attempt_has_the_highest_share_then_the_shortest_time() {
    let template = attempt(&namuna(), 1, 3);
    // (pack, score, max, duration in s), oldest first; then the expected best index per pack.
    type Case<'a> = (
        &'a [(&'a str, f64, f64, u64)],
        &'a [(&'a str, Option<usize>)],
    );
    let cases: &[Case] = &[
        // no attempt at all
        (&[], &[("a", None)]),
        // one attempt, even with no points, is the best
        (&[("a", 0.0, 3.0, 50)], &[("a", Some(0)), ("b", None)]),
        // the higher share wins, whatever the time
        (
            &[("a", 1.0, 3.0, 10), ("a", 2.0, 3.0, 90)],
            &[("a", Some(1))],
        ),
        (
            &[("a", 3.0, 3.0, 90), ("a", 2.0, 3.0, 10)],
            &[("a", Some(0))],
        ),
        // a share, not raw points: 4 of 5 beats 6 of 10
        (
            &[("a", 6.0, 10.0, 10), ("a", 4.0, 5.0, 10)],
            &[("a", Some(1))],
        ),
        // the same share: the shorter time wins
        (
            &[("a", 2.0, 3.0, 60), ("a", 2.0, 3.0, 45)],
            &[("a", Some(1))],
        ),
        (
            &[("a", 2.0, 3.0, 45), ("a", 4.0, 6.0, 60)],
            &[("a", Some(0))],
        ),
        // equal in both: the earliest stays the best
        (
            &[
                ("a", 2.0, 3.0, 45),
                ("a", 4.0, 6.0, 45),
                ("a", 2.0, 3.0, 45),
            ],
            &[("a", Some(0))],
        ),
        // packs are kept apart
        (
            &[
                ("a", 1.0, 3.0, 10),
                ("b", 3.0, 3.0, 99),
                ("a", 2.0, 3.0, 20),
                ("b", 1.0, 3.0, 1),
            ],
            &[("a", Some(2)), ("b", Some(1)), ("c", None)],
        ),
        // no points to earn counts as a share of 0
        (
            &[("a", 0.0, 0.0, 1), ("a", 0.5, 3.0, 99)],
            &[("a", Some(1))],
        ),
    ];
    for (attempts, expected) in cases {
        let mut log = AttemptLog::new();
        for (pack, score, max, secs) in attempts.iter() {
            log.push(scored(&template, pack, *score, *max, secs * SEC));
        }
        for (pack, best) in expected.iter() {
            let got = log.best(pack).map(|b| {
                log.attempts()
                    .iter()
                    .position(|a| std::ptr::eq(a, b))
                    .unwrap()
            });
            assert_eq!(got, *best, "best of {pack} among {attempts:?}");
        }
        let decoded = decode_attempt_log(&encode_attempt_log(&log)).unwrap();
        assert_eq!(decoded, log, "the log round-trips: {attempts:?}");
    }
}

#[test]
fn the_log_keeps_the_newest_attempts_of_each_pack_and_always_the_best() {
    use halol::engine::saved::ATTEMPTS_KEPT_PER_PACK as KEPT;
    let template = attempt(&namuna(), 1, 3);
    let mut log = AttemptLog::new();
    // Pack `a`: the third attempt is the best (3 of 3); every other one scores 1 of 3.
    for i in 0..(KEPT as u64 + 10) {
        let score = if i == 2 { 3.0 } else { 1.0 };
        log.push(scored(&template, "a", score, 3.0, i));
        if i % 4 == 0 {
            log.push(scored(&template, "b", 2.0, 3.0, 1000 + i));
        }
    }
    let kept: Vec<u64> = log.for_pack("a").map(|a| a.duration_ms).collect();
    assert_eq!(kept.len(), KEPT, "at most {KEPT} per pack");
    assert_eq!(kept[0], 2, "the best attempt stays, however old");
    let newest: Vec<u64> = (11..KEPT as u64 + 10).collect();
    assert_eq!(&kept[1..], newest.as_slice(), "then the newest ones");
    assert_eq!(log.best("a").map(|a| a.duration_ms), Some(2));
    assert_eq!(
        log.for_pack("b").count(),
        (KEPT + 10).div_ceil(4),
        "another pack's attempts are not dropped for `a`"
    );
}

#[test]
fn for_pack_lists_one_packs_attempts_oldest_first() {
    let template = attempt(&namuna(), 1, 3);
    let mut log = AttemptLog::new();
    for (i, pack) in ["a", "b", "a", "c", "a"].iter().enumerate() {
        log.push(scored(&template, pack, 1.0, 3.0, i as u64));
    }
    let durations =
        |pack: &str| -> Vec<u64> { log.for_pack(pack).map(|a| a.duration_ms).collect() };
    assert_eq!(durations("a"), [0, 2, 4]);
    assert_eq!(durations("b"), [1]);
    assert_eq!(durations("z"), Vec::<u64>::new());
}

#[test]
fn the_students_contests_round_trip_and_reject_unknown_versions() {
    use halol::engine::result_record::Student;
    use halol::engine::saved::{decode_contests, encode_contests, ContestEntry, MyContests};
    let contests = MyContests {
        entry: Some(ContestEntry {
            code: "4800M01Z85".into(),
            student: Student {
                name: "Малика Каримова".into(),
                ..Student::default()
            },
            pack_id: "namuna".into(),
            started_ms: 1_795_638_600_000,
        }),
        records: vec!["{\"v\":1}".into()],
    };
    let json = encode_contests(&contests);
    assert!(json.starts_with("{\"v\":1,"), "versioned: {json}");
    assert_eq!(decode_contests(&json), Ok(contests));
    assert_eq!(decode_contests("{\"v\":1}"), Ok(MyContests::default()));
    assert!(matches!(
        decode_contests("{\"v\":2,\"records\":[]}"),
        Err(halol::engine::saved::DecodeError::UnknownVersion { found: 2, .. })
    ));

    // The student app reads only the pack and start of the contest in progress, and agrees
    // with the full reader on every form above.
    use halol::engine::saved::decode_contest_in_progress;
    assert_eq!(
        decode_contest_in_progress(&json),
        Ok(Some(("namuna".to_string(), 1_795_638_600_000)))
    );
    assert_eq!(decode_contest_in_progress("{\"v\":1}"), Ok(None));
    assert_eq!(
        decode_contest_in_progress(&encode_contests(&MyContests::default())),
        Ok(None)
    );
    assert!(matches!(
        decode_contest_in_progress("{\"v\":2,\"records\":[]}"),
        Err(halol::engine::saved::DecodeError::UnknownVersion { found: 2, .. })
    ));
    assert!(matches!(
        decode_contest_in_progress("{\"v\":1,\"entry\":{\"pack_id\":\"namuna\"}}"),
        Err(halol::engine::saved::DecodeError::Malformed { .. })
    ));
    assert!(matches!(
        decode_contest_in_progress("{\"v\":1,"),
        Err(halol::engine::saved::DecodeError::NotJson { .. })
    ));
}

/// The teacher's contests: a round trip with real sealed records, the collection rebuilt from
/// them (seal checked and re-graded again), and what does not read.
#[test]
fn the_teachers_contests_round_trip_and_rebuild_their_collections() {
    use halol::engine::contest_code::{contest_session, parse, ContestSettings};
    use halol::engine::import::ImportOutcome;
    use halol::engine::result_record::{ResultRecord, Student};
    use halol::engine::saved::{
        decode_collections, encode_collections, SavedContest, COLLECTIONS_VERSION,
    };
    let pack = namuna();
    let code = ContestSettings {
        pack_id: "namuna".into(),
        seed: 77,
        question_count: None,
        time_limit_minutes: Some(10),
    }
    .code()
    .unwrap();
    let record = |name: &str, seed: u64| {
        let mut s = contest_session(&pack, &parse(&code).unwrap(), seed, T0).unwrap();
        let q = s.current_question(&pack).unwrap();
        s.answer(&pack, correct_answer(q), T0 + 10 * SEC).unwrap();
        s.finish(T0 + 30 * SEC);
        let who = Student {
            name: name.into(),
            ..Student::default()
        };
        ResultRecord::from_session(&s, &pack, &code, who, "0.1.0").unwrap()
    };
    let contests = vec![SavedContest {
        code: code.clone(),
        name: "Halollik haftaligi".into(),
        class: "9-А".into(),
        created_ms: T0,
        records: vec![record("Aziz", 1), record("Малика", 2), record("aziz", 3)],
    }];
    let json = encode_collections(&contests);
    assert!(
        json.starts_with(&format!("{{\"v\":{COLLECTIONS_VERSION},")),
        "versioned: {json}"
    );
    assert_eq!(decode_collections(&json), Ok(contests.clone()));

    // Rebuilt: every record imports again; the two Aziz records are flagged as duplicates.
    let (mut collection, refused) = contests[0].collection(&pack).unwrap();
    assert!(refused.is_empty());
    assert_eq!(collection.len(), 3);
    assert_eq!(
        collection.entries().iter().filter(|e| e.duplicate).count(),
        2
    );
    let keep = collection.entries()[2].id;
    collection.resolve_duplicate(keep).unwrap();
    let mut after = contests[0].clone();
    after.keep(&collection);
    let names: Vec<&str> = after
        .records
        .iter()
        .map(|r| r.student.name.as_str())
        .collect();
    assert_eq!(names, ["Малика", "aziz"]);

    // A kept record edited in storage is not lost silently: the rebuild lists it as tampered.
    let mut edited = after.clone();
    edited.records[0].student.name = "Malika".into();
    let (c, refused) = edited.collection(&pack).unwrap();
    assert_eq!(c.len(), 1);
    assert!(matches!(
        refused.as_slice(),
        [(0, ImportOutcome::Rejected(_))]
    ));

    // What does not read is an error, never a guess.
    assert_eq!(
        decode_collections("{\"v\":1,\"contests\":[]}"),
        Ok(Vec::new())
    );
    assert!(matches!(
        decode_collections("{\"v\":2,\"contests\":[]}"),
        Err(DecodeError::UnknownVersion { found: 2, .. })
    ));
    assert!(matches!(
        decode_collections(
            "{\"v\":1,\"contests\":[{\"code\":\"X\",\"name\":\"\",\"class\":\"\",\"created_ms\":0,\"records\":[{\"v\":1}]}]}"
        ),
        Err(DecodeError::Malformed { .. })
    ));
    assert!(matches!(
        decode_collections("{\"v\":1"),
        Err(DecodeError::NotJson { .. })
    ));
}
