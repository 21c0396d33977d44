//! Component tests of the teacher's page in headless Chromium (wasm-bindgen-test): creating a
//! contest makes a code that reads back with the chosen settings, and importing result files
//! lists every file with its outcome and lets the teacher choose between duplicates.
#![cfg(target_arch = "wasm32")]

use halol::engine::contest_code::{self, contest_session, ContestSettings};
use halol::engine::pack::{parse_pack, Pack};
use halol::engine::result_record::{ResultRecord, Student};
use halol::engine::saved::{decode_collections, SavedContest};
use halol::engine::scoring::correct_answer;
use halol::engine::text::Lang;
use halol::ui::i18n::teacher::TeacherMsg;
use halol::ui::i18n::{self, Text};
use halol::ui::storage::Store;
use halol::ui::teacher::{ContestPanel, Contests, TeacherApp};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

mod browser_support;

use browser_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const T0: u64 = 1_760_000_000_000;

fn namuna() -> Pack {
    parse_pack("namuna.json", include_str!("../quizzes/namuna.json")).expect("the sample pack")
}

/// A sealed record of the contest `code` by `name`, who answers the first question right.
fn record(pack: &Pack, code: &str, name: &str, seed: u64) -> ResultRecord {
    let settings = contest_code::parse(code).expect("a valid code");
    let mut session = contest_session(pack, &settings, seed, T0).expect("the contest's pack");
    let q = session.current_question(pack).expect("a first question");
    session
        .answer(pack, correct_answer(q), T0 + 5_000)
        .expect("the answer fits");
    session.finish(T0 + 20_000);
    let who = Student {
        name: name.to_string(),
        class: Some("9-A".to_string()),
        ..Student::default()
    };
    ResultRecord::from_session(&session, pack, code, who, "test").expect("a finished session")
}

#[wasm_bindgen_test]
async fn the_create_screen_makes_a_code_with_the_chosen_settings() {
    let store = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    store.remove_item("halol.collections").unwrap();
    store.remove_item("halol.prefs").unwrap();
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), TeacherApp);

    type_into(&root, "select[name=pack]", "namuna", "change");
    type_into(&root, "input[name=count]", "2", "input");
    type_into(&root, "input[name=minutes]", "7", "input");
    type_into(&root, "input[name=name]", "Halollik haftaligi", "input");
    type_into(&root, "input[name=class]", "9-A", "input");
    find::<web_sys::HtmlElement>(&root, "button.make-code").click();
    wait_for("the contest code", &root, || {
        root.query_selector(".contest-code")
            .ok()
            .flatten()
            .is_some()
    })
    .await;

    let shown: web_sys::HtmlElement = find(&root, ".contest-code");
    let code = shown
        .get_attribute("data-code")
        .expect("the code attribute");
    let settings = contest_code::parse(&code).expect("the code shown reads back");
    assert_eq!(settings.pack_id, "namuna");
    assert_eq!(settings.question_count, Some(2));
    assert_eq!(settings.time_limit_minutes, Some(7));
    // Shown grouped for the board, and as the link to the student app.
    assert_eq!(
        shown.text_content().unwrap_or_default().trim(),
        contest_code::group(&code)
    );
    let link: web_sys::HtmlAnchorElement = find(&root, ".contest-link");
    assert!(
        link.href().ends_with(&format!("/?contest={code}")),
        "the link opens the student app on the contest: {}",
        link.href()
    );
    // Kept in local storage at once.
    let saved = decode_collections(&store.get_item("halol.collections").unwrap().unwrap())
        .expect("the stored contests read back");
    assert_eq!(saved.len(), 1);
    assert_eq!(
        (
            saved[0].code.as_str(),
            saved[0].name.as_str(),
            saved[0].class.as_str()
        ),
        (code.as_str(), "Halollik haftaligi", "9-A")
    );
    drop(handle);
    store.remove_item("halol.collections").unwrap();
}

#[wasm_bindgen_test]
async fn importing_a_good_a_tampered_and_a_duplicate_result_lists_three_outcomes() {
    let pack = namuna();
    let code = ContestSettings {
        pack_id: "namuna".to_string(),
        seed: 4242,
        question_count: None,
        time_limit_minutes: Some(10),
    }
    .code()
    .unwrap();
    let good = record(&pack, &code, "Aziz Karimov", 1).to_json();
    let tampered = record(&pack, &code, "Bobur", 2)
        .to_json()
        .replace("Bobur", "Bobur Aliyev");
    let again = record(&pack, &code, "Aziz Karimov", 3).to_json();

    let root = container();
    let (contests_out, set_contests) = signal(None::<Contests>);
    let (p, c) = (pack.clone(), code.clone());
    let handle = leptos::mount::mount_to(root.clone(), move || {
        i18n::provide_lang(Lang::UzLatn);
        let contests = Contests::provide(Store::memory());
        contests.add(SavedContest {
            code: c.clone(),
            name: "Test".into(),
            class: "9-A".into(),
            created_ms: T0,
            records: Vec::new(),
        });
        set_contests.set(Some(contests));
        view! { <ContestPanel pack=p.clone() code=c.clone() /> }
    });

    let files = js_sys::Array::new();
    let transfer = web_sys::DataTransfer::new().expect("DataTransfer can be made");
    for (name, json) in [
        ("aziz.json", &good),
        ("bobur.json", &tampered),
        ("aziz-2.json", &again),
    ] {
        let file = web_sys::File::new_with_str_sequence(
            &js_sys::Array::of1(&JsValue::from_str(json)),
            name,
        )
        .expect("a file can be made");
        transfer
            .items()
            .add_with_file(&file)
            .expect("the file is added");
        files.push(&file);
    }
    let input: web_sys::HtmlInputElement = find(&root, "input[type=file]");
    assert!(input.multiple(), "the picker takes many files at once");
    input.set_files(transfer.files().as_ref());
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();

    wait_for("three outcomes", &root, || {
        root.query_selector_all(".outcome").unwrap().length() == 3
    })
    .await;
    let listed = outcomes(&root, ".outcome");
    let expect = [
        ("accepted", "aziz.json", TeacherMsg::Accepted),
        ("tampered", "bobur.json", TeacherMsg::Tampered),
        ("duplicate", "aziz-2.json", TeacherMsg::Duplicate),
    ];
    for ((kind, text), (want_kind, file, msg)) in listed.iter().zip(expect) {
        assert_eq!(kind, want_kind, "{text}");
        assert!(text.contains(file), "{text} names {file}");
        assert!(
            text.contains(msg.text(Lang::UzLatn)),
            "{text} gives the reason in Uzbek"
        );
    }

    // The duplicate pair is shown side by side; keeping one leaves one Aziz in the ranking.
    let cards = root.query_selector_all(".duplicate-card").unwrap();
    assert_eq!(cards.length(), 2, "{}", root.inner_html());
    find::<web_sys::HtmlElement>(&root, ".duplicate-card button.keep").click();
    wait_for("the duplicate resolved", &root, || {
        root.query_selector_all(".duplicate-card").unwrap().length() == 0
    })
    .await;
    assert_eq!(
        root.query_selector_all("table.ranking tbody tr")
            .unwrap()
            .length(),
        1
    );
    let contests = contests_out
        .get_untracked()
        .expect("the contests were provided");
    assert_eq!(contests.get(&code).unwrap().records.len(), 1);
    drop(handle);
}

/// Makes the browser's camera refuse with the DOMException `name`, as it does when the teacher
/// says no (`NotAllowedError`) or the device has no camera (`NotFoundError`).
fn camera_refuses(name: &str) {
    let devices = window()
        .navigator()
        .media_devices()
        .expect("mediaDevices exists on a secure page");
    let refuse = js_sys::Function::new_no_args(&format!(
        "return Promise.reject(new DOMException('refused in a test', '{name}'))"
    ));
    let descriptor = js_sys::Object::new();
    js_sys::Reflect::set(&descriptor, &"value".into(), &refuse).unwrap();
    js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE).unwrap();
    js_sys::Object::define_property(&devices, &"getUserMedia".into(), &descriptor);
}

#[wasm_bindgen_test]
async fn a_camera_that_cannot_open_says_why_and_offers_to_try_again() {
    for (refusal, expected) in [
        ("NotAllowedError", TeacherMsg::CameraDenied),
        ("NotFoundError", TeacherMsg::CameraMissing),
        ("AbortError", TeacherMsg::CameraFailed),
    ] {
        camera_refuses(refusal);
        let root = container();
        let handle = leptos::mount::mount_to(root.clone(), move || {
            i18n::provide_lang(Lang::Ru);
            view! {
                <halol::ui::scanner::Scanner
                    scan=halol::engine::qr_scan::Scan::results()
                    on_whole=|_| {}
                />
            }
        });
        find::<web_sys::HtmlElement>(&root, "button.scan-start").click();
        let status = || {
            root.query_selector(".scan-status")
                .ok()
                .flatten()
                .and_then(|s| s.text_content())
                .unwrap_or_default()
        };
        wait_for(refusal, &root, || status() == expected.text(Lang::Ru)).await;
        assert!(
            root.query_selector("button.scan-start").unwrap().is_some(),
            "{refusal}: the start button is back"
        );
        assert!(
            root.query_selector("video.camera.hidden")
                .unwrap()
                .is_some(),
            "{refusal}: no empty camera picture"
        );
        drop(handle);
        root.remove();
    }
}
