//! The CSV writing every export shares (the classroom ranking and analytics, the idea contest's
//! ranking): RFC 4180 (comma-separated, CRLF line ends, a field holding a comma, a quote or a line
//! break is quoted and its quotes doubled), a UTF-8 byte order mark first so Excel shows Cyrillic
//! correctly, and text cells guarded against formula injection: a cell that starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return gets a leading `'`, so a spreadsheet never runs a name or a
//! title as a formula. Numbers use a decimal point.

/// The UTF-8 byte order mark every export starts with.
pub const BOM: &str = "\u{feff}";

/// A CSV file being written: the byte order mark, then rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Csv {
    out: String,
}

impl Default for Csv {
    fn default() -> Csv {
        Csv::new()
    }
}

impl Csv {
    /// An empty file (just the byte order mark).
    pub fn new() -> Csv {
        Csv {
            out: String::from(BOM),
        }
    }

    /// Adds a row of cells already written with [`text`] or [`number`] (or plain digits).
    pub fn row(&mut self, cells: &[String]) {
        self.out.push_str(&cells.join(","));
        self.out.push_str("\r\n");
    }

    /// Adds a header row: every cell is a text cell.
    pub fn header(&mut self, cells: &[&str]) {
        let cells: Vec<String> = cells.iter().map(|c| text(c)).collect();
        self.row(&cells);
    }

    /// The file's contents.
    pub fn finish(self) -> String {
        self.out
    }
}

/// One cell of text: guarded against formula injection, then quoted when needed (RFC 4180).
pub fn text(value: &str) -> String {
    let guarded = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    if guarded.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A number with at most two decimals, without trailing zeros (`2.5`, `3`, `0.33`).
pub fn number(x: f64) -> String {
    let s = format!("{:.2}", (x * 100.0).round() / 100.0);
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Milliseconds as whole seconds, rounded.
pub fn seconds(ms: f64) -> String {
    format!("{}", (ms / 1000.0).round() as u64)
}
