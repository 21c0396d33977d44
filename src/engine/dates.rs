//! Calendar dates and numbers as each language writes them: uz-Latn «2026-yil 26-noyabr»,
//! uz-Cyrl «2026 йил 26 ноябрь», ru «26 ноября 2026 г.», en «26 November 2026». Pure: the time
//! and the device's offset from UTC are passed in.

use super::text::Lang;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// The year, e.g. 2026.
    pub year: i64,
    /// 1 (January) to 12.
    pub month: u32,
    /// 1 to 31.
    pub day: u32,
}

impl Date {
    /// The local date of `epoch_ms` (ms since 1970-01-01 UTC) on a device `offset_minutes` east
    /// of UTC (Tashkent: +300).
    pub fn from_epoch_ms(epoch_ms: u64, offset_minutes: i32) -> Date {
        let local_ms = epoch_ms as i64 + i64::from(offset_minutes) * 60_000;
        Date::from_days(local_ms.div_euclid(86_400_000))
    }

    /// The date `days` days after 1970-01-01 (negative: before). The civil-from-days algorithm
    /// of Howard Hinnant's "chrono-compatible low-level date algorithms".
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date { year, month, day }
    }

    /// The date as written in `lang`.
    pub fn format(self, lang: Lang) -> String {
        let Date { year, month, day } = self;
        let m = (month.clamp(1, 12) - 1) as usize;
        match lang {
            Lang::UzLatn => format!("{year}-yil {day}-{}", UZ_LATN_MONTHS[m]),
            Lang::UzCyrl => format!("{year} йил {day} {}", UZ_CYRL_MONTHS[m]),
            Lang::Ru => format!("{day} {} {year} г.", RU_MONTHS_GENITIVE[m]),
            Lang::En => format!("{day} {} {year}", EN_MONTHS[m]),
        }
    }
}

/// Month names inside a date, Uzbek Latin (official spellings sentabr, oktabr, noyabr).
const UZ_LATN_MONTHS: [&str; 12] = [
    "yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
    "noyabr", "dekabr",
];
/// Month names inside a date, Uzbek Cyrillic, in the form with ь used in the packs.
const UZ_CYRL_MONTHS: [&str; 12] = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
];
/// Month names in the genitive, as Russian dates use them.
const RU_MONTHS_GENITIVE: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
/// English month names.
const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A number with at most `decimals` decimals (trailing zeros dropped), with the decimal comma of
/// Uzbek and Russian or the decimal point of English: `12`, `12,5`, `12.5`.
/// Rounding is half away from zero. The digits are written with integer arithmetic: float
/// formatting would link `core`'s float printer into the student's wasm (about 1 KB of brotli).
pub fn format_number(value: f64, decimals: u32, lang: Lang) -> String {
    let scale = 10u64.pow(decimals);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, fraction) = (scaled / scale, scaled % scale);
    let mut text = String::new();
    if value < 0.0 && scaled != 0 {
        text.push('-');
    }
    text.push_str(&whole.to_string());
    if fraction != 0 {
        let digits = format!("{fraction:0width$}", width = decimals as usize);
        text.push(match lang {
            Lang::En => '.',
            Lang::UzLatn | Lang::UzCyrl | Lang::Ru => ',',
        });
        text.push_str(digits.trim_end_matches('0'));
    }
    text
}
