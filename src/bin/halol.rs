//! `halol`: the command-line tool for pack authors and organizers (native only).
//!
//! - `halol validate <files or folders>...` checks quiz packs and prints every problem as
//!   `file: question id: field: message`, then one summary line per pack. Exit status 0 when all
//!   are valid, 1 when any problem was found, 2 on a usage error.
//! - `halol editions <quizzes folder> <out folder>` validates every pack of the folder and writes
//!   its language editions (`engine::pack::edition`) as `<out>/<edition>/<id>.json` (the
//!   questions) and `<out>/<edition>/<id>.notes.json` (the notes), the files the student app
//!   downloads; nothing is written unless every pack is valid. Run by
//!   `scripts/build.sh`.
//! - `halol translit --to uz-Latn` transliterates UTF-8 text from stdin to stdout, line by line.
//! - `halol --help` prints the usage.
//!
//! Arguments are parsed by hand to keep the dependencies small.

use halol::engine::pack::edition::{self, Edition};
use halol::engine::pack::parse_pack;
use halol::engine::transliterate::to_latin;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
halol: tools for Halol quiz packs

Usage:
  halol validate <file or folder>...   check quiz packs (*.json; *.schema.json is skipped in folders)
  halol editions <quizzes> <out>       write each pack's language editions to <out>/<edition>/
  halol translit --to uz-Latn          transliterate Uzbek Cyrillic from stdin to Latin on stdout
  halol --help                         show this help

validate prints every problem as `file: question id: field: message`, then one summary line per
pack. Exit status: 0 when every pack is valid, 1 when a problem was found, 2 on a usage error.
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--help" | "-h" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("validate") => validate(&args[1..]),
        Some("editions") => editions(&args[1..]),
        Some("translit") => translit(&args[1..]),
        Some(other) => usage_error(&format!("unknown command `{other}`")),
        None => usage_error("no command given"),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("halol: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// `halol validate`: checks every pack named or found in the folders named.
fn validate(args: &[String]) -> ExitCode {
    if args.is_empty() {
        return usage_error("validate needs at least one file or folder");
    }
    if let Some(flag) = args.iter().find(|a| a.starts_with('-')) {
        return usage_error(&format!("validate takes no option `{flag}`"));
    }
    let mut any_problem = false;
    let out = io::stdout();
    let mut out = out.lock();
    for arg in args {
        let path = Path::new(arg);
        let files = match pack_files(path) {
            Ok(files) => files,
            Err(message) => {
                // A broken pipe on stdout is the reader's choice; nothing useful to report.
                let _ = writeln!(out, "{arg}: -: -: {message}");
                any_problem = true;
                continue;
            }
        };
        for file in files {
            let name = file.file_name().map_or_else(
                || file.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let lines = match std::fs::read(&file) {
                Err(e) => {
                    any_problem = true;
                    vec![format!("{name}: -: -: the file could not be read: {e}")]
                }
                Ok(bytes) => match String::from_utf8(bytes) {
                    Err(_) => {
                        any_problem = true;
                        vec![format!(
                            "{name}: -: -: the file is not UTF-8 text; save it as UTF-8"
                        )]
                    }
                    Ok(text) => match parse_pack(&name, &text) {
                        Ok(pack) => vec![format!("{name}: {}", pack.summary())],
                        Err(problems) => {
                            any_problem = true;
                            let n = problems.0.len();
                            let mut lines: Vec<String> =
                                problems.0.iter().map(ToString::to_string).collect();
                            let noun = if n == 1 { "problem" } else { "problems" };
                            lines.push(format!("{name}: {n} {noun}"));
                            lines
                        }
                    },
                },
            };
            for line in lines {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    if any_problem {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The pack files of one argument: the file itself, or the `*.json` files of a folder (not
/// `*.schema.json`), sorted by name.
fn pack_files(path: &Path) -> Result<Vec<PathBuf>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot open it: {e}"))?;
    if !meta.is_dir() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = std::fs::read_dir(path).map_err(|e| format!("cannot list the folder: {e}"))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            p.is_file()
                && name.is_some_and(|n| n.ends_with(".json") && !n.ends_with(".schema.json"))
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return Err("the folder holds no quiz pack (*.json)".to_string());
    }
    Ok(files)
}

/// `halol editions <quizzes> <out>`: every pack of the folder, validated, then written as one
/// file per edition. The packs are all read and checked before anything is written, so a build
/// with an invalid pack fails without leaving half of its editions behind.
fn editions(args: &[String]) -> ExitCode {
    let [from, to] = args else {
        return usage_error("editions needs the quizzes folder and the output folder");
    };
    let files = match pack_files(Path::new(from)) {
        Ok(files) => files,
        Err(message) => {
            eprintln!("halol: {from}: {message}");
            return ExitCode::from(1);
        }
    };
    let mut packs = Vec::new();
    for file in &files {
        let name = file.display().to_string();
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("halol: {name}: the file could not be read: {e}");
                return ExitCode::from(1);
            }
        };
        match parse_pack(&name, &text) {
            Ok(pack) => packs.push(pack),
            Err(problems) => {
                eprintln!("{problems}\nhalol: {name} is not valid; no edition was written");
                return ExitCode::from(1);
            }
        }
    }
    for pack in &packs {
        let mut sizes = Vec::new();
        for edition in Edition::ALL {
            let files = [
                (edition.path(&pack.id), edition::write(pack, edition)),
                (
                    edition.notes_path(&pack.id),
                    edition::write_notes(pack, edition),
                ),
            ];
            for (file, json) in &files {
                let path = Path::new(to).join(file);
                let written = path
                    .parent()
                    .map_or(Ok(()), std::fs::create_dir_all)
                    .and_then(|()| std::fs::write(&path, json));
                if let Err(e) = written {
                    eprintln!("halol: {}: could not be written: {e}", path.display());
                    return ExitCode::from(1);
                }
            }
            sizes.push(format!(
                "{} {} bytes (notes {})",
                edition.folder(),
                files[0].1.len(),
                files[1].1.len()
            ));
        }
        println!("{}: {}", pack.id, sizes.join(", "));
    }
    ExitCode::SUCCESS
}

/// `halol translit --to uz-Latn`: stdin to stdout, line by line, keeping the line breaks.
fn translit(args: &[String]) -> ExitCode {
    let target = match args {
        [flag, lang] if flag == "--to" => lang.as_str(),
        [flag] if flag.starts_with("--to=") => &flag["--to=".len()..],
        _ => return usage_error("translit needs `--to uz-Latn`"),
    };
    if target != "uz-Latn" {
        return usage_error(&format!("translit can only write uz-Latn, not `{target}`"));
    }
    let mut input = Vec::new();
    if let Err(e) = io::stdin().read_to_end(&mut input) {
        eprintln!("halol: could not read stdin: {e}");
        return ExitCode::from(1);
    }
    let Ok(text) = String::from_utf8(input) else {
        eprintln!("halol: the input is not UTF-8 text");
        return ExitCode::from(1);
    };
    let mut out = String::with_capacity(text.len() * 2);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix("\r\n") {
            Some(body) => (body, "\r\n"),
            None => match line.strip_suffix('\n') {
                Some(body) => (body, "\n"),
                None => (line, ""),
            },
        };
        out.push_str(&to_latin(body));
        out.push_str(end);
    }
    if let Err(e) = io::stdout().write_all(out.as_bytes()) {
        eprintln!("halol: could not write stdout: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
