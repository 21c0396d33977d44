//! Reading the `.xlsx` exports back in native tests: the parts of the workbook zip as text.
#![allow(dead_code)]

use std::io::{Cursor, Read};

/// Every part of the workbook zip, by name, as text.
pub fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("an .xlsx is a zip file");
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).expect("a readable part");
            let mut text = String::new();
            file.read_to_string(&mut text).expect("parts are UTF-8 XML");
            let name = file.name().expect("a part has a name").to_string();
            (name, text)
        })
        .collect()
}

/// The part called `name` (e.g. `xl/sharedStrings.xml`).
pub fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("the workbook has {name}"))
        .1
}
