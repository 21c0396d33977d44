//! Dates and numbers as each language writes them.

use halol::engine::dates::{format_number, Date};
use halol::engine::text::Lang;

#[test]
fn days_since_the_epoch_become_calendar_dates() {
    let check = |days: i64, expected: (i64, u32, u32)| {
        let d = Date::from_days(days);
        assert_eq!((d.year, d.month, d.day), expected, "day {days}");
    };
    check(0, (1970, 1, 1));
    check(-1, (1969, 12, 31));
    check(59, (1970, 3, 1));
    check(11_016, (2000, 2, 29));
    check(17_169, (2017, 1, 3));
    check(20_783, (2026, 11, 26));
    check(20_818, (2026, 12, 31));
    check(20_819, (2027, 1, 1));
}

#[test]
fn the_local_date_follows_the_device_offset() {
    // 2026-11-25 20:30 UTC is already 26 November in Tashkent (UTC+5).
    let ms = 1_795_638_600_000;
    let check = |offset: i32, expected: (i64, u32, u32)| {
        let d = Date::from_epoch_ms(ms, offset);
        assert_eq!((d.year, d.month, d.day), expected, "offset {offset}");
    };
    check(0, (2026, 11, 25));
    check(300, (2026, 11, 26));
    check(-300, (2026, 11, 25));
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let d = |year, month, day| Date { year, month, day };
    let check = |date: Date, lang: Lang, expected: &str| {
        assert_eq!(date.format(lang), expected, "{date:?} in {}", lang.tag())
    };
    check(d(2026, 11, 26), Lang::UzLatn, "2026-yil 26-noyabr");
    check(d(2026, 11, 26), Lang::UzCyrl, "2026 йил 26 ноябрь");
    check(d(2026, 11, 26), Lang::Ru, "26 ноября 2026 г.");
    check(d(2026, 11, 26), Lang::En, "26 November 2026");
    check(d(2017, 1, 3), Lang::UzLatn, "2017-yil 3-yanvar");
    check(d(2017, 1, 3), Lang::UzCyrl, "2017 йил 3 январь");
    check(d(2024, 9, 1), Lang::UzLatn, "2024-yil 1-sentabr");
    check(d(2024, 10, 9), Lang::UzLatn, "2024-yil 9-oktabr");
    check(d(2024, 5, 9), Lang::Ru, "9 мая 2024 г.");
    check(d(2020, 6, 29), Lang::En, "29 June 2020");
}

#[test]
fn numbers_use_the_decimal_sign_of_each_language() {
    let check = |value: f64, lang: Lang, expected: &str| {
        assert_eq!(
            format_number(value, 1, lang),
            expected,
            "{value} in {}",
            lang.tag()
        )
    };
    check(12.0, Lang::UzLatn, "12");
    check(12.5, Lang::UzLatn, "12,5");
    check(12.5, Lang::UzCyrl, "12,5");
    check(12.5, Lang::Ru, "12,5");
    check(12.5, Lang::En, "12.5");
    check(2.0 / 3.0, Lang::En, "0.7");
    check(0.04, Lang::Ru, "0");
    check(-0.01, Lang::En, "0");
    check(-1.25, Lang::Ru, "-1,3");
    check(0.05, Lang::UzLatn, "0,1");
    check(99.96, Lang::En, "100");
    check(1234.0, Lang::UzCyrl, "1234");
    assert_eq!(format_number(4.567, 2, Lang::En), "4.57");
    assert_eq!(format_number(3.105, 3, Lang::UzLatn), "3,105");
    assert_eq!(format_number(7.3, 0, Lang::Ru), "7");
}
