//! The `.xlsx` export of a contest, for organizers who work in spreadsheets: a «ranking» sheet
//! (place, name, class, school, score, maximum, time in seconds, then one column per question,
//! the same cells as the CSV), an «analytics» sheet (one row per question) and an «answers» sheet
//! (one row per student and question: the answer, the points earned, the time), with the column
//! headers in the teacher's language, numbers as numbers, a bold frozen header row.
//!
//! Pure: the time written into the file's properties is passed in, so the same input gives the
//! same bytes.

use super::export_csv::{answer_cell, headers};
use super::ranking::{question_columns, QuestionStats, RankRow};
use super::text::Lang;
use super::workbook::{header_row, workbook};
use rust_xlsxwriter::Format;

pub use super::workbook::XlsxExportError;

/// The sheet names in each language (Excel allows at most 31 characters, no `[]:*?/\`).
fn sheet_names(lang: Lang) -> (&'static str, &'static str, &'static str) {
    match lang {
        Lang::UzLatn => ("Reyting", "Tahlil", "Javoblar"),
        Lang::UzCyrl => ("Рейтинг", "Таҳлил", "Жавоблар"),
        Lang::Ru => ("Рейтинг", "Анализ", "Ответы"),
        Lang::En => ("Ranking", "Analytics", "Answers"),
    }
}

/// The headers of the answers sheet that the CSV headers do not have: answer, points earned.
fn answer_headers(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::UzLatn => ("Javob", "Olingan ball"),
        Lang::UzCyrl => ("Жавоб", "Олинган балл"),
        Lang::Ru => ("Ответ", "Набрано баллов"),
        Lang::En => ("Answer", "Points earned"),
    }
}

/// The workbook of a contest's `rows` (from `ranking::rank`) and `stats` (from
/// `ranking::analytics`), headers in `lang`, created at `now_ms` (ms since the epoch, UTC).
pub fn contest_xlsx(
    rows: &[RankRow],
    stats: &[QuestionStats],
    lang: Lang,
    now_ms: u64,
) -> Result<Vec<u8>, XlsxExportError> {
    let h = headers(lang);
    let (ranking_name, analytics_name, answers_name) = sheet_names(lang);
    let bold = Format::new().set_bold();
    let mut book = workbook(now_ms)?;

    let questions = question_columns(rows);
    let sheet = book.add_worksheet();
    sheet.set_name(ranking_name)?;
    let mut header = vec![h.place, h.name, h.class, h.school, h.score, h.max, h.time];
    header.extend(questions.iter().copied());
    header_row(sheet, &header, &bold)?;
    sheet.set_column_width(1, 28)?;
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write(r, 0, row.place as u32)?;
        sheet.write(r, 1, row.student.name.as_str())?;
        sheet.write(r, 2, row.student.class.as_deref().unwrap_or(""))?;
        sheet.write(r, 3, row.student.school.as_deref().unwrap_or(""))?;
        sheet.write(r, 4, (row.score * 1000.0).round() / 1000.0)?;
        sheet.write(r, 5, row.max)?;
        sheet.write(r, 6, (row.duration_ms as f64 / 1000.0).round())?;
        for (c, q) in questions.iter().enumerate() {
            if let Some(a) = row.answers.iter().find(|a| a.question_id == *q) {
                sheet.write(r, 7 + c as u16, answer_cell(a))?;
            }
        }
    }

    let sheet = book.add_worksheet();
    sheet.set_name(analytics_name)?;
    let header = [
        h.number,
        h.question,
        h.students,
        h.answered,
        h.share_correct,
        h.wrong_option,
        h.wrong_count,
        h.average_time,
    ];
    header_row(sheet, &header, &bold)?;
    for (i, s) in stats.iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write(r, 0, r)?;
        sheet.write(r, 1, s.question_id.as_str())?;
        sheet.write(r, 2, s.students as u32)?;
        sheet.write(r, 3, s.answered as u32)?;
        sheet.write(r, 4, (s.share_correct * 1000.0).round() / 10.0)?;
        if let Some(w) = &s.most_chosen_wrong {
            sheet.write(r, 5, w.option.as_str())?;
            sheet.write(r, 6, w.count as u32)?;
        }
        sheet.write(r, 7, (s.average_time_ms / 1000.0).round())?;
    }

    let sheet = book.add_worksheet();
    sheet.set_name(answers_name)?;
    let (answer, earned) = answer_headers(lang);
    let header = [
        h.place, h.name, h.class, h.school, h.question, answer, earned, h.time,
    ];
    header_row(sheet, &header, &bold)?;
    sheet.set_column_width(1, 28)?;
    let mut r = 0u32;
    for row in rows {
        for a in &row.answers {
            r += 1;
            sheet.write(r, 0, row.place as u32)?;
            sheet.write(r, 1, row.student.name.as_str())?;
            sheet.write(r, 2, row.student.class.as_deref().unwrap_or(""))?;
            sheet.write(r, 3, row.student.school.as_deref().unwrap_or(""))?;
            sheet.write(r, 4, a.question_id.as_str())?;
            sheet.write(r, 5, answer_cell(a))?;
            sheet.write(r, 6, (a.earned * 1000.0).round() / 1000.0)?;
            sheet.write(r, 7, (a.time_ms as f64 / 1000.0).round())?;
        }
    }
    Ok(book.save_to_buffer()?)
}
