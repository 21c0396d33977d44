//! The idea contest's exports, written with the same helpers as the classroom contest's
//! (`engine::csv`, `engine::workbook`): the ranking as CSV, and a workbook with the ranking and one
//! sheet per juror (every mark and comment). Column headers in the organizer's language
//! ([`IDEA_HEADERS`]); criterion names from the rubric in that language.
//!
//! Ranking columns: place (empty for an idea without a total), code, idea id, title, category,
//! authors, ages, schools, classes (one cell each, authors separated by `; `), contact, the mean
//! mark of each criterion, the weighted total (0–100), the spread, the disagreement flag, the
//! number of jurors who marked every criterion, and the comments (`juror: comment`, one per line).
//! CSV numbers have at most two decimals; the workbook's are numbers rounded to thousandths.

use super::config::Rubric;
use super::merge::{juror_total, IdeaRankRow};
use super::score_sheet::ScoreSheet;
use crate::engine::csv::{number, text, Csv};
use crate::engine::text::Lang;
use crate::engine::workbook::{header_row, sheet_name, workbook, XlsxExportError};
use rust_xlsxwriter::{Format, Worksheet, XlsxError};

/// The column headers and the few words of the idea exports in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IdeaHeaders {
    /// Place in the ranking.
    pub place: &'static str,
    /// The anonymous code.
    pub code: &'static str,
    /// The idea's id.
    pub idea: &'static str,
    /// The title.
    pub title: &'static str,
    /// The category.
    pub category: &'static str,
    /// The authors' names.
    pub authors: &'static str,
    /// Their ages.
    pub ages: &'static str,
    /// Their schools.
    pub schools: &'static str,
    /// Their classes.
    pub classes: &'static str,
    /// The contact.
    pub contact: &'static str,
    /// The weighted total.
    pub total: &'static str,
    /// The spread between jurors.
    pub spread: &'static str,
    /// The disagreement flag's column.
    pub disagreement: &'static str,
    /// The number of jurors.
    pub jurors: &'static str,
    /// The comments.
    pub comments: &'static str,
    /// A juror's own total.
    pub juror_total: &'static str,
    /// One comment.
    pub comment: &'static str,
    /// The ranking sheet's name.
    pub ranking_sheet: &'static str,
    /// A juror sheet's name when the juror's name gives none.
    pub juror_sheet: &'static str,
    /// The flag's cell when jurors disagree.
    pub yes: &'static str,
}

/// The headers in every language (the table to extend when a language is added). The uz-Latn
/// row is the official transliteration of the uz-Cyrl row (`tests/idea_export.rs` checks it).
pub const IDEA_HEADERS: [(Lang, IdeaHeaders); 4] = [
    (
        Lang::UzLatn,
        IdeaHeaders {
            place: "Oʻrin",
            code: "Kod",
            idea: "Gʻoya ID",
            title: "Nomi",
            category: "Yoʻnalish",
            authors: "Mualliflar",
            ages: "Yoshi",
            schools: "Maktab",
            classes: "Sinf",
            contact: "Aloqa",
            total: "Umumiy ball (0–100)",
            spread: "Tarqoqlik",
            disagreement: "Hakamlar fikri farq qiladi",
            jurors: "Hakamlar",
            comments: "Izohlar",
            juror_total: "Hakam bahosi (0–100)",
            comment: "Izoh",
            ranking_sheet: "Reyting",
            juror_sheet: "Hakam",
            yes: "ha",
        },
    ),
    (
        Lang::UzCyrl,
        IdeaHeaders {
            place: "Ўрин",
            code: "Код",
            idea: "Ғоя ID",
            title: "Номи",
            category: "Йўналиш",
            authors: "Муаллифлар",
            ages: "Ёши",
            schools: "Мактаб",
            classes: "Синф",
            contact: "Алоқа",
            total: "Умумий балл (0–100)",
            spread: "Тарқоқлик",
            disagreement: "Ҳакамлар фикри фарқ қилади",
            jurors: "Ҳакамлар",
            comments: "Изоҳлар",
            juror_total: "Ҳакам баҳоси (0–100)",
            comment: "Изоҳ",
            ranking_sheet: "Рейтинг",
            juror_sheet: "Ҳакам",
            yes: "ҳа",
        },
    ),
    (
        Lang::Ru,
        IdeaHeaders {
            place: "Место",
            code: "Код",
            idea: "ID идеи",
            title: "Название",
            category: "Направление",
            authors: "Авторы",
            ages: "Возраст",
            schools: "Школа",
            classes: "Класс",
            contact: "Контакт",
            total: "Итог (0–100)",
            spread: "Разброс",
            disagreement: "Жюри расходится",
            jurors: "Членов жюри",
            comments: "Комментарии",
            juror_total: "Оценка члена жюри (0–100)",
            comment: "Комментарий",
            ranking_sheet: "Рейтинг",
            juror_sheet: "Член жюри",
            yes: "да",
        },
    ),
    (
        Lang::En,
        IdeaHeaders {
            place: "Place",
            code: "Code",
            idea: "Idea ID",
            title: "Title",
            category: "Category",
            authors: "Authors",
            ages: "Age",
            schools: "School",
            classes: "Class",
            contact: "Contact",
            total: "Total (0–100)",
            spread: "Spread",
            disagreement: "Jurors disagree",
            jurors: "Jurors",
            comments: "Comments",
            juror_total: "Juror's total (0–100)",
            comment: "Comment",
            ranking_sheet: "Ranking",
            juror_sheet: "Juror",
            yes: "yes",
        },
    ),
];

/// The headers in `lang`.
pub fn idea_headers(lang: Lang) -> &'static IdeaHeaders {
    &IDEA_HEADERS
        .iter()
        .find(|(l, _)| *l == lang)
        .expect("IDEA_HEADERS has a row for every Lang (tests/idea_export.rs checks it)")
        .1
}

/// The ranking's header row: the fixed columns around one column per criterion.
fn ranking_header(h: &IdeaHeaders, criteria: &[String]) -> Vec<String> {
    let mut header: Vec<String> = [
        h.place, h.code, h.idea, h.title, h.category, h.authors, h.ages, h.schools, h.classes,
        h.contact,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(criteria.iter().cloned());
    header.extend(
        [h.total, h.spread, h.disagreement, h.jurors, h.comments]
            .iter()
            .map(|s| s.to_string()),
    );
    header
}

/// The criterion names in `lang`, in rubric order.
fn criterion_names(rubric: &Rubric, lang: Lang) -> Vec<String> {
    rubric
        .criteria
        .iter()
        .map(|c| {
            let name = c.title.display(lang);
            if name.is_empty() {
                c.id.clone()
            } else {
                name.into_owned()
            }
        })
        .collect()
}

/// The authors' field `f` of a row, joined with `; `.
fn authors_cell(row: &IdeaRankRow, f: impl Fn(&super::draft::Author) -> &str) -> String {
    row.authors.iter().map(f).collect::<Vec<_>>().join("; ")
}

fn comments_cell(row: &IdeaRankRow) -> String {
    row.comments
        .iter()
        .map(|c| format!("{}: {}", c.juror, c.comment))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The ranking as CSV (see the module doc for the columns), headers in `lang`.
pub fn idea_ranking_csv(rows: &[IdeaRankRow], rubric: &Rubric, lang: Lang) -> String {
    let h = idea_headers(lang);
    let header = ranking_header(h, &criterion_names(rubric, lang));
    let mut out = Csv::new();
    out.header(&header.iter().map(String::as_str).collect::<Vec<_>>());
    for row in rows {
        let mut cells = vec![
            row.place.map_or_else(String::new, |p| p.to_string()),
            text(&row.code),
            text(&row.idea_id),
            text(&row.title),
            text(&row.category_title.display(lang)),
            text(&authors_cell(row, |a| &a.name)),
            text(&authors_cell(row, |a| &a.age)),
            text(&authors_cell(row, |a| &a.school)),
            text(&authors_cell(row, |a| &a.class)),
            text(&row.contact),
        ];
        cells.extend(row.means.iter().map(|m| m.map_or_else(String::new, number)));
        cells.extend([
            row.total.map_or_else(String::new, number),
            row.spread.map_or_else(String::new, number),
            if row.flagged {
                text(h.yes)
            } else {
                String::new()
            },
            row.jurors.to_string(),
            text(&comments_cell(row)),
        ]);
        out.row(&cells);
    }
    out.finish()
}

/// The workbook of the idea contest: the ranking (as the CSV, authors revealed) and one sheet per
/// score sheet in `sheets` (named after the juror, numbered): code, title, every criterion's mark,
/// the juror's total and comment, one row per idea in code order. Headers in `lang`, created at
/// `now_ms` (ms since the epoch, UTC), so the same input gives the same bytes.
pub fn idea_xlsx(
    rows: &[IdeaRankRow],
    sheets: &[&ScoreSheet],
    rubric: &Rubric,
    lang: Lang,
    now_ms: u64,
) -> Result<Vec<u8>, XlsxExportError> {
    let h = idea_headers(lang);
    let criteria = criterion_names(rubric, lang);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    let mut book = workbook(now_ms)?;

    let sheet = book.add_worksheet();
    sheet.set_name(h.ranking_sheet)?;
    let header = ranking_header(h, &criteria);
    header_row(
        sheet,
        &header.iter().map(String::as_str).collect::<Vec<_>>(),
        &bold,
    )?;
    sheet.set_column_width(3, 36)?;
    for (i, row) in rows.iter().enumerate() {
        let r = i as u32 + 1;
        if let Some(place) = row.place {
            sheet.write(r, 0, place as u32)?;
        }
        let texts = [
            row.code.clone(),
            row.idea_id.clone(),
            row.title.clone(),
            row.category_title.display(lang).into_owned(),
            authors_cell(row, |a| &a.name),
            authors_cell(row, |a| &a.age),
            authors_cell(row, |a| &a.school),
            authors_cell(row, |a| &a.class),
            row.contact.clone(),
        ];
        for (c, t) in texts.iter().enumerate() {
            sheet.write(r, 1 + c as u16, t.as_str())?;
        }
        let mut col = 10u16;
        for m in &row.means {
            optional_number(sheet, r, col, *m)?;
            col += 1;
        }
        optional_number(sheet, r, col, row.total)?;
        optional_number(sheet, r, col + 1, row.spread)?;
        if row.flagged {
            sheet.write(r, col + 2, h.yes)?;
        }
        sheet.write(r, col + 3, row.jurors as u32)?;
        sheet.write_with_format(r, col + 4, comments_cell(row), &wrap)?;
    }

    for (n, score_sheet) in sheets.iter().enumerate() {
        let sheet = book.add_worksheet();
        let name = sheet_name(
            &format!("{}. {}", n + 1, score_sheet.juror),
            &format!("{} {}", h.juror_sheet, n + 1),
        );
        sheet.set_name(name)?;
        let mut header = vec![h.code, h.title];
        header.extend(criteria.iter().map(String::as_str));
        header.extend([h.juror_total, h.comment]);
        header_row(sheet, &header, &bold)?;
        sheet.set_column_width(1, 36)?;
        for (i, score) in score_sheet.scores.iter().enumerate() {
            let r = i as u32 + 1;
            sheet.write(r, 0, score.code.as_str())?;
            let title = rows
                .iter()
                .find(|row| row.code == score.code)
                .map_or("", |row| row.title.as_str());
            sheet.write(r, 1, title)?;
            for (c, criterion) in rubric.criteria.iter().enumerate() {
                if let Some(&m) = score.marks.get(&criterion.id) {
                    sheet.write(r, 2 + c as u16, m)?;
                }
            }
            let col = 2 + rubric.criteria.len() as u16;
            optional_number(sheet, r, col, juror_total(rubric, &score.marks))?;
            if !score.comment.is_empty() {
                sheet.write_with_format(r, col + 1, score.comment.as_str(), &wrap)?;
            }
        }
    }
    Ok(book.save_to_buffer()?)
}

/// A number rounded to thousandths, or nothing.
fn optional_number(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    value: Option<f64>,
) -> Result<(), XlsxError> {
    if let Some(v) = value {
        sheet.write(row, col, (v * 1000.0).round() / 1000.0)?;
    }
    Ok(())
}
