//! Localized text: which language a reader sees, overrides and fallbacks.

use halol::engine::text::{Lang, LocalizedText, Resolved};

fn text(pairs: &[(&str, &str)]) -> LocalizedText {
    LocalizedText(
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    )
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
