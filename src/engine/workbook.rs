//! The `.xlsx` writing every spreadsheet export shares (the classroom contest, the idea contest):
//! a workbook whose creation time is passed in (so the same input gives the same bytes), a bold
//! frozen header row with columns wide enough for their headers, safe sheet names, and the one
//! error type.

use super::dates::Date;
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// The spreadsheet could not be written.
#[derive(Debug, thiserror::Error)]
#[error("the spreadsheet could not be written ({0}); the CSV export still works")]
pub struct XlsxExportError(#[from] XlsxError);

/// An empty workbook created at `now_ms` (ms since the epoch, UTC).
pub fn workbook(now_ms: u64) -> Result<Workbook, XlsxError> {
    let mut book = Workbook::new();
    let day = Date::from_epoch_ms(now_ms, 0);
    let secs = (now_ms / 1000) % 86_400;
    let created = ExcelDateTime::from_ymd(day.year as u16, day.month as u8, day.day as u8)?
        .and_hms(
            (secs / 3600) as u16,
            ((secs / 60) % 60) as u8,
            (secs % 60) as u32,
        )?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&created));
    Ok(book)
}

/// Writes the header row in bold and freezes it.
pub fn header_row(sheet: &mut Worksheet, cells: &[&str], bold: &Format) -> Result<(), XlsxError> {
    for (col, text) in cells.iter().enumerate() {
        sheet.write_with_format(0, col as u16, *text, bold)?;
        sheet.set_column_width(col as u16, (text.chars().count() as f64 + 4.0).max(10.0))?;
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// A worksheet name Excel accepts, from any text: the characters `[]:*?/\` become spaces, leading
/// and trailing apostrophes and spaces are dropped, at most 31 characters, and `fallback` when
/// nothing is left. Names must also be unique in a workbook: the caller numbers them.
pub fn sheet_name(text: &str, fallback: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    let name: String = cleaned
        .trim_matches(|c: char| c == '\'' || c.is_whitespace())
        .chars()
        .take(31)
        .collect();
    let name = name.trim_end_matches(|c: char| c == '\'' || c.is_whitespace());
    if name.is_empty() {
        fallback.chars().take(31).collect()
    } else {
        name.to_string()
    }
}
