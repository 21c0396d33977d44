//! Localized text: which language a reader sees, overrides and fallbacks.

use halol::engine::text::{Lang, LocalizedText, Resolved};

fn text(pairs: &[(&str, &str)]) -> LocalizedText {
    pairs.iter().copied().collect()
}

#[test]
fn each_language_sees_its_own_text_an_override_or_the_transliteration() {
    let check = |t: &LocalizedText, lang: Lang, expected: &str| {
        assert_eq!(t.display(lang), expected, "{} of {t:?}", lang.tag())
    };
    let plain = text(&[("uz-Cyrl", "Ҳалоллик"), ("ru", "Честность")]);
    check(&plain, Lang::UzCyrl, "Ҳалоллик");
    check(&plain, Lang::Ru, "Честность");
    check(&plain, Lang::UzLatn, "Halollik");
    check(&plain, Lang::En, "Ҳалоллик");
    let overridden = text(&[("uz-Cyrl", "Мерида"), ("uz-Latn", "Mérida")]);
    check(&overridden, Lang::UzLatn, "Mérida");
    let blank_override = text(&[("uz-Cyrl", "Мактаб"), ("uz-Latn", "  ")]);
    check(&blank_override, Lang::UzLatn, "Maktab");
}

#[test]
fn a_missing_translation_is_reported_as_a_fallback() {
    let t = text(&[("uz-Cyrl", "Мактаб")]);
    assert_eq!(t.resolve(Lang::Ru), ("Мактаб", Resolved::FallbackUzCyrl));
    assert_eq!(t.resolve(Lang::UzCyrl), ("Мактаб", Resolved::Exact));
    let empty = LocalizedText::default();
    assert_eq!(empty.resolve(Lang::Ru), ("", Resolved::FallbackUzCyrl));
}

#[test]
fn language_tags_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
    assert_eq!(Lang::from_tag("uz"), None);
}

#[test]
fn a_text_is_stored_as_an_object_in_tag_order_whatever_order_it_was_read_in() {
    let read: LocalizedText =
        serde_json::from_str(r#"{"ru":"Честность","uz-Cyrl":"Ҳалоллик","en":"Honesty"}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&read).unwrap(),
        r#"{"en":"Honesty","ru":"Честность","uz-Cyrl":"Ҳалоллик"}"#
    );
    assert_eq!(
        read,
        text(&[
            ("uz-Cyrl", "Ҳалоллик"),
            ("en", "Honesty"),
            ("ru", "Честность")
        ])
    );
    assert_eq!(
        read.entries().map(|(tag, _)| tag).collect::<Vec<_>>(),
        ["en", "ru", "uz-Cyrl"]
    );
    // A repeated tag: the last one counts, as with the map it replaced.
    let twice: LocalizedText = serde_json::from_str(r#"{"ru":"a","ru":"b"}"#).unwrap();
    assert_eq!(twice.get(Lang::Ru), Some("b"));
    assert_eq!(twice.entries().count(), 1);
    // Not an object of strings.
    assert!(serde_json::from_str::<LocalizedText>(r#"["ru","a"]"#).is_err());
    assert!(serde_json::from_str::<LocalizedText>(r#"{"ru":1}"#).is_err());
    assert!(LocalizedText::default().is_empty());
}
