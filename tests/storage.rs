//! The storage door (`ui::storage`) in a real headless Chromium: sessions, attempts and
//! preferences saved and read back; unreadable values set aside under backup keys and never
//! overwritten; a full quota and blocked storage falling back to memory. Every test starts and
//! ends with an empty `localStorage`.
#![cfg(target_arch = "wasm32")]

use halol::engine::pack::{parse_pack, Pack};
use halol::engine::saved::{encode_session, Attempt, DecodeError, Prefs};
use halol::engine::scoring::correct_answer;
use halol::engine::session::{Mode, Session};
use halol::engine::text::Lang;
use halol::ui::storage::{Key, StorageError, Store};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::{clear_storage, local};

wasm_bindgen_test_configure!(run_in_browser);

const T0: u64 = 1_760_000_000_000;
const SEC: u64 = 1000;
const SESSION_KEY: &str = "halol.session.namuna";
const BACKUP_0: &str = "halol.backup.halol.session.namuna.0";
const BACKUP_1: &str = "halol.backup.halol.session.namuna.1";

fn raw(key: &str) -> Option<String> {
    local().get_item(key).expect("localStorage can be read")
}

fn put_raw(key: &str, value: &str) {
    local()
        .set_item(key, value)
        .expect("localStorage can be written");
}

fn namuna() -> Pack {
    parse_pack("namuna.json", include_str!("../quizzes/namuna.json"))
        .expect("the sample pack is valid")
}

fn juma() -> Pack {
    parse_pack("juma.json", include_str!("../quizzes/juma.json")).expect("the Friday pack is valid")
}

/// A contest session on the sample pack with `answers` correct answers, 10 s apart.
fn session(pack: &Pack, seed: u64, answers: usize) -> Session {
    let mut s = Session::start(pack, Mode::Contest, seed, T0, None);
    for i in 1..=answers as u64 {
        let q = s.current_question(pack).expect("a question is on screen");
        s.answer(pack, correct_answer(q), T0 + i * 10 * SEC)
            .expect("a fitting answer in time");
        if !s.all_closed() {
            s.next(T0 + i * 10 * SEC).expect("another question is open");
        }
    }
    s
}

fn attempt(pack: &Pack, seed: u64, answers: usize) -> Attempt {
    let mut s = session(pack, seed, answers);
    s.finish(T0 + 60 * SEC);
    Attempt::from_session(s, pack).expect("a finished session on this pack")
}

/// The unreadable error expected for `key`, with its reason's variant checked by `reason`.
fn assert_unreadable(
    got: Result<impl std::fmt::Debug, StorageError>,
    key: &str,
    backup: Option<&str>,
    reason: impl Fn(&DecodeError) -> bool,
) {
    match got {
        Err(StorageError::Unreadable {
            key: k,
            backup_key,
            reason: r,
        }) => {
            assert_eq!(k, key);
            assert_eq!(backup_key.as_deref(), backup);
            assert!(reason(&r), "unexpected reason: {r:?}");
        }
        other => panic!("expected Unreadable for {key}, got {other:?}"),
    }
}

/// A test of the reason an unreadable value was given.
type Reason = fn(&DecodeError) -> bool;

fn not_json(r: &DecodeError) -> bool {
    matches!(r, DecodeError::NotJson { .. })
}

/// Fills `localStorage` until even one more character does not fit; returns the name of the
/// last exception (the quota error).
fn fill_storage() -> String {
    let storage = local();
    let (mut chunk, mut n, mut last_error) = (1usize << 20, 0usize, String::new());
    while chunk > 0 {
        match storage.set_item(&format!("filler.{n}"), &"x".repeat(chunk)) {
            Ok(()) => n += 1,
            Err(e) => {
                last_error = e
                    .dyn_ref::<web_sys::DomException>()
                    .map(|d| d.name())
                    .unwrap_or_else(|| format!("{e:?}"));
                chunk /= 2;
            }
        }
    }
    assert!(n > 0, "something was written before the quota ran out");
    last_error
}

#[wasm_bindgen_test]
fn a_session_is_saved_and_loaded_back() {
    clear_storage();
    let pack = namuna();
    let store = Store::open();
    assert_eq!(store.problem(), None, "Chromium allows storage here");
    assert_eq!(
        local().length().unwrap(),
        0,
        "the probe leaves nothing behind"
    );
    assert_eq!(store.load_session("namuna"), Ok(None));

    let s = session(&pack, 42, 2);
    store.save_session(&s).unwrap();
    let stored = raw(SESSION_KEY).expect("saved under halol.session.namuna");
    assert!(stored.starts_with(r#"{"v":1,"session":"#), "{stored}");
    assert_eq!(store.load_session("namuna"), Ok(Some(s.clone())));
    assert_eq!(
        Store::open().load_session("namuna"),
        Ok(Some(s.clone())),
        "a reload finds it"
    );
    assert_eq!(store.load_session("other"), Ok(None), "per pack");

    let later = session(&pack, 42, 3);
    store.save_session(&later).unwrap();
    assert_eq!(store.load_session("namuna"), Ok(Some(later)));

    store.clear_session("namuna").unwrap();
    assert_eq!(raw(SESSION_KEY), None);
    assert_eq!(store.load_session("namuna"), Ok(None));
    clear_storage();
}

#[wasm_bindgen_test]
fn keys_are_named_as_documented() {
    assert_eq!(Key::Session("namuna".into()).name(), SESSION_KEY);
    assert_eq!(Key::Attempts.name(), "halol.attempts");
    assert_eq!(Key::Prefs.to_string(), "halol.prefs");
    assert_eq!(Key::Session("namuna".into()).backup(0), BACKUP_0);
    assert_eq!(Key::Prefs.backup(7), "halol.backup.halol.prefs.7");
}

#[wasm_bindgen_test]
fn garbage_is_backed_up_kept_in_place_and_never_overwritten() {
    clear_storage();
    let store = Store::open();
    put_raw(SESSION_KEY, "garbage");
    assert_unreadable(
        store.load_session("namuna"),
        SESSION_KEY,
        Some(BACKUP_0),
        not_json,
    );
    assert_eq!(raw(BACKUP_0).as_deref(), Some("garbage"), "the copy");
    assert_eq!(raw(SESSION_KEY).as_deref(), Some("garbage"), "the original");

    // Reading it again makes no second copy of the same text.
    assert_unreadable(
        store.load_session("namuna"),
        SESSION_KEY,
        Some(BACKUP_0),
        not_json,
    );
    assert_eq!(raw(BACKUP_1), None);

    // Other garbage goes to the next free backup key; the first backup stays.
    put_raw(SESSION_KEY, "{\"v\":1,\"session\":");
    assert_unreadable(
        store.load_session("namuna"),
        SESSION_KEY,
        Some(BACKUP_1),
        not_json,
    );
    assert_eq!(raw(BACKUP_0).as_deref(), Some("garbage"));
    assert_eq!(raw(BACKUP_1).as_deref(), Some("{\"v\":1,\"session\":"));

    // Saving over a value already set aside is quiet, and the backups stay.
    let s = session(&namuna(), 1, 1);
    assert_eq!(store.save_session(&s), Ok(()));
    assert_eq!(store.load_session("namuna"), Ok(Some(s)));
    assert_eq!(raw(BACKUP_0).as_deref(), Some("garbage"));
    assert_eq!(raw(BACKUP_1).as_deref(), Some("{\"v\":1,\"session\":"));
    clear_storage();
}

#[wasm_bindgen_test]
fn an_unknown_version_or_shape_is_unreadable() {
    let cases: &[(&str, Reason)] = &[
        (r#"{"v":99}"#, |r| {
            *r == DecodeError::UnknownVersion {
                found: 99,
                newest: 1,
            }
        }),
        (r#"{"v":1,"session":42}"#, |r| {
            matches!(r, DecodeError::Malformed { .. })
        }),
        ("", not_json),
    ];
    for (text, reason) in cases {
        clear_storage();
        let store = Store::open();
        put_raw(SESSION_KEY, text);
        assert_unreadable(
            store.load_session("namuna"),
            SESSION_KEY,
            Some(BACKUP_0),
            reason,
        );
        assert_eq!(raw(BACKUP_0).as_deref(), Some(*text));
        assert_eq!(raw(SESSION_KEY).as_deref(), Some(*text));
    }
    clear_storage();
}

#[wasm_bindgen_test]
fn a_save_sets_an_unreadable_value_aside_before_replacing_it() {
    clear_storage();
    let store = Store::open();
    let s = session(&namuna(), 5, 1);
    put_raw(SESSION_KEY, r#"{"v":2,"from":"a newer app"}"#);
    assert_unreadable(store.save_session(&s), SESSION_KEY, Some(BACKUP_0), |r| {
        matches!(r, DecodeError::UnknownVersion { found: 2, .. })
    });
    assert_eq!(
        raw(BACKUP_0).as_deref(),
        Some(r#"{"v":2,"from":"a newer app"}"#)
    );
    assert_eq!(
        store.load_session("namuna"),
        Ok(Some(s)),
        "the save happened"
    );

    // Clearing is a replacement too.
    put_raw("halol.prefs", "not prefs");
    put_raw(SESSION_KEY, "not a session");
    assert_unreadable(
        store.clear_session("namuna"),
        SESSION_KEY,
        Some(BACKUP_1),
        not_json,
    );
    assert_eq!(raw(SESSION_KEY), None);
    assert_eq!(raw(BACKUP_1).as_deref(), Some("not a session"));
    assert_unreadable(
        store.save_prefs(&Prefs::default()),
        "halol.prefs",
        Some("halol.backup.halol.prefs.0"),
        not_json,
    );
    clear_storage();
}

#[wasm_bindgen_test]
fn attempts_are_added_loaded_and_ranked() {
    clear_storage();
    let pack = namuna();
    let store = Store::open();
    assert!(store.load_attempts().unwrap().is_empty());
    let (low, high) = (attempt(&pack, 1, 1), attempt(&pack, 2, 3));
    store.add_attempt(low.clone()).unwrap();
    store.add_attempt(high.clone()).unwrap();
    let log = Store::open().load_attempts().unwrap();
    assert_eq!(log.attempts(), [low.clone(), high.clone()], "oldest first");
    assert_eq!(log.best("namuna"), Some(&high));
    assert_eq!(log.for_pack("namuna").count(), 2);
    assert_eq!(log.best("other"), None);
    assert!(raw("halol.attempts")
        .unwrap()
        .starts_with(r#"{"v":1,"attempts":["#));
    clear_storage();
}

#[wasm_bindgen_test]
fn an_unreadable_attempt_log_is_set_aside_and_a_new_one_started() {
    clear_storage();
    let pack = namuna();
    let store = Store::open();
    put_raw("halol.attempts", "[broken");
    let a = attempt(&pack, 3, 2);
    assert_unreadable(
        store.add_attempt(a.clone()),
        "halol.attempts",
        Some("halol.backup.halol.attempts.0"),
        not_json,
    );
    assert_eq!(
        raw("halol.backup.halol.attempts.0").as_deref(),
        Some("[broken")
    );
    assert_eq!(
        store.load_attempts().unwrap().attempts(),
        std::slice::from_ref(&a)
    );

    // Once told (by a load), adding is quiet.
    put_raw("halol.attempts", "{\"v\":7}");
    assert_unreadable(
        store.load_attempts(),
        "halol.attempts",
        Some("halol.backup.halol.attempts.1"),
        |r| matches!(r, DecodeError::UnknownVersion { found: 7, .. }),
    );
    assert_eq!(store.add_attempt(a.clone()), Ok(()));
    assert_eq!(store.load_attempts().unwrap().len(), 1);
    assert_eq!(
        raw("halol.backup.halol.attempts.1").as_deref(),
        Some("{\"v\":7}")
    );
    clear_storage();
}

#[wasm_bindgen_test]
fn prefs_are_saved_and_loaded() {
    clear_storage();
    let store = Store::open();
    assert_eq!(store.load_prefs(), Ok(Prefs::default()));
    for lang in Lang::ALL {
        let prefs = Prefs { lang: Some(lang) };
        store.save_prefs(&prefs).unwrap();
        assert_eq!(Store::open().load_prefs(), Ok(prefs));
    }
    assert_eq!(
        raw("halol.prefs").as_deref(),
        Some(r#"{"v":1,"lang":"en"}"#)
    );
    clear_storage();
}

#[wasm_bindgen_test]
fn a_full_quota_keeps_values_in_memory_for_the_visit() {
    clear_storage();
    let pack = namuna();
    let store = Store::open();
    let first = session(&pack, 8, 1);
    store.save_session(&first).unwrap();
    put_raw("halol.session.juma", "garbage of another pack");

    assert_eq!(fill_storage(), "QuotaExceededError");

    let reopened = Store::open();
    assert_eq!(reopened.problem(), Some(StorageError::Full));
    assert_eq!(
        reopened.load_session("namuna"),
        Ok(Some(first.clone())),
        "a full storage is still read"
    );

    let second = session(&pack, 8, 2);
    assert_eq!(store.save_session(&second), Err(StorageError::Full));
    assert_eq!(store.load_session("namuna"), Ok(Some(second.clone())));
    assert_eq!(
        raw(SESSION_KEY).as_deref(),
        Some(encode_session(&first).as_str()),
        "local storage still holds the earlier save"
    );

    let a = attempt(&pack, 9, 3);
    assert_eq!(store.add_attempt(a.clone()), Err(StorageError::Full));
    assert_eq!(store.load_attempts().unwrap().attempts(), [a]);
    assert_eq!(store.save_prefs(&Prefs::default()), Err(StorageError::Full));
    assert_eq!(store.load_prefs(), Ok(Prefs::default()));

    // An unreadable value that cannot be backed up (no room) is never replaced.
    let juma = juma();
    let other = Session::start(&juma, Mode::Contest, 10, T0, None);
    assert_unreadable(
        store.load_session("juma"),
        "halol.session.juma",
        None,
        not_json,
    );
    assert_eq!(store.save_session(&other), Err(StorageError::Full));
    assert_eq!(
        raw("halol.session.juma").as_deref(),
        Some("garbage of another pack")
    );
    assert_eq!(raw("halol.backup.halol.session.juma.0"), None);
    assert_eq!(store.load_session("juma"), Ok(Some(other)));

    // Clearing the session kept only in memory hides the earlier save for this visit too.
    store.clear_session("namuna").unwrap();
    assert_eq!(store.load_session("namuna"), Ok(None));
    clear_storage();
}

#[wasm_bindgen_test]
fn blocked_and_memory_stores_work_for_the_visit() {
    clear_storage();
    let pack = namuna();
    let cases: Vec<(Store, Option<StorageError>)> = vec![
        (Store::memory(), None),
        (
            Store::from_probe(Err(JsValue::from_str("SecurityError"))),
            Some(StorageError::Blocked),
        ),
        (Store::from_probe(Ok(None)), Some(StorageError::Blocked)),
    ];
    for (store, problem) in cases {
        assert_eq!(store.problem(), problem);
        assert_eq!(store.load_session("namuna"), Ok(None));
        let s = session(&pack, 4, 2);
        assert_eq!(store.save_session(&s), Ok(()));
        assert_eq!(store.load_session("namuna"), Ok(Some(s)));
        assert_eq!(
            store.clone().load_session("namuna").map(|s| s.is_some()),
            Ok(true),
            "clones share"
        );
        assert_eq!(store.clear_session("namuna"), Ok(()));
        assert_eq!(store.load_session("namuna"), Ok(None));

        let (low, high) = (attempt(&pack, 1, 0), attempt(&pack, 2, 2));
        assert_eq!(store.add_attempt(low), Ok(()));
        assert_eq!(store.add_attempt(high.clone()), Ok(()));
        let log = store.load_attempts().unwrap();
        assert_eq!(log.len(), 2);
        assert_eq!(log.best("namuna"), Some(&high));

        let prefs = Prefs {
            lang: Some(Lang::UzLatn),
        };
        assert_eq!(store.save_prefs(&prefs), Ok(()));
        assert_eq!(store.load_prefs(), Ok(prefs));
        assert_eq!(local().length().unwrap(), 0, "nothing reached localStorage");
    }
    clear_storage();
}

#[wasm_bindgen_test]
fn error_messages_are_sentences() {
    let unreadable = StorageError::Unreadable {
        key: SESSION_KEY.to_string(),
        backup_key: Some(BACKUP_0.to_string()),
        reason: DecodeError::UnknownVersion {
            found: 3,
            newest: 1,
        },
    };
    let text = unreadable.to_string();
    assert!(
        text.contains(BACKUP_0) && text.contains("version 3"),
        "{text}"
    );
    for e in [StorageError::Blocked, StorageError::Full] {
        assert!(e.to_string().contains("until this tab is closed"), "{e}");
    }
}
