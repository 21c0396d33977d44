//! The shape check on the untyped JSON of a pack: the schema version, unknown or misplaced fields,
//! `null` values and JSON types, each reported with its question and field. What passes here is
//! exactly what [`super::raw::RawPack`] reads.

use super::{QuestionKind, Sink, SCHEMA_VERSION};
use crate::engine::text::Lang;
use serde_json::{Map, Value};

/// The JSON type a field must have.
#[derive(Clone, Copy)]
enum Ty {
    Str,
    Int,
    Num,
    Bool,
    Text,
    Object,
    List,
}

impl Ty {
    fn accepts(self, v: &Value) -> bool {
        match self {
            Ty::Str => v.is_string(),
            Ty::Int => v.is_i64(),
            Ty::Num => v.is_number(),
            Ty::Bool => v.is_boolean(),
            Ty::Text | Ty::Object => v.is_object(),
            Ty::List => v.is_array(),
        }
    }

    fn wanted(self) -> &'static str {
        match self {
            Ty::Str => "must be a text in double quotes",
            Ty::Int => "must be a whole number",
            Ty::Num => "must be a number",
            Ty::Bool => "must be true or false (without quotes)",
            Ty::Text => r#"must be a text object like {"uz-Cyrl": "...", "ru": "..."}"#,
            Ty::Object => "must be an object { ... }",
            Ty::List => "must be a list [ ... ]",
        }
    }
}

fn json_type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(n) if n.is_i64() || n.is_u64() => "a number",
        Value::Number(_) => "a decimal number",
        Value::String(_) => "a text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// Checks the `schema` field. Returns `false` when the rest of the file must not be checked: the
/// file is not an object, or it declares a schema version this code does not read. A missing
/// version is reported and the file is checked as schema 1.
pub(super) fn check_schema_version(value: &Value, sink: &mut Sink) -> bool {
    let Some(obj) = value.as_object() else {
        sink.push(
            None,
            None,
            format!(
                "the file holds {} instead of one pack object {{ ... }}",
                json_type_name(value)
            ),
        );
        return false;
    };
    match obj.get("schema") {
        None => {
            sink.push(
                None,
                Some("schema"),
                "the schema version is missing; write \"schema\": 1 at the top of the pack",
            );
            true
        }
        Some(v) if v.as_u64() == Some(SCHEMA_VERSION) => true,
        Some(v) => {
            sink.push(
                None,
                Some("schema"),
                format!("unknown schema version {v}; this version of Halol reads schema 1 only"),
            );
            false
        }
    }
}

const PACK_FIELDS: &[&str] = &[
    "$schema",
    "schema",
    "id",
    "kind",
    "title",
    "description",
    "settings",
    "questions",
];
const SETTINGS_FIELDS: &[&str] = &[
    "question_count",
    "time_limit_secs",
    "question_time_limit_secs",
];
const QUESTION_FIELDS: &[&str] = &[
    "id",
    "kind",
    "text",
    "explanation",
    "source",
    "topic",
    "difficulty",
    "points",
    "options",
    "items",
    "answer",
];
const OPTION_FIELDS: &[&str] = &["id", "text", "correct", "weight", "score", "feedback"];

/// The entries of an object in a stable order, whatever map the JSON library uses: the known
/// fields in FORMAT.md order, then the unknown ones alphabetically.
fn ordered<'a>(obj: &'a Map<String, Value>, known: &[&str]) -> Vec<(&'a String, &'a Value)> {
    let mut entries: Vec<(&String, &Value)> = obj.iter().collect();
    entries.sort_by_key(|(k, _)| {
        (
            known.iter().position(|f| f == k).unwrap_or(known.len()),
            k.as_str(),
        )
    });
    entries
}

/// Checks fields and JSON types of a pack object (the schema version is already checked).
pub(super) fn check(value: &Value, sink: &mut Sink) {
    let Some(obj) = value.as_object() else {
        return;
    };
    for (key, v) in ordered(obj, PACK_FIELDS) {
        let ty = match key.as_str() {
            "$schema" | "id" | "kind" => Ty::Str,
            "schema" => continue,
            "title" | "description" => Ty::Text,
            "settings" => Ty::Object,
            "questions" => Ty::List,
            _ => {
                unknown_field(sink, None, key);
                continue;
            }
        };
        if !typed(sink, None, key, v, ty) {
            continue;
        }
        match key.as_str() {
            "settings" => check_settings(v, sink),
            "questions" => {
                for (i, q) in v.as_array().into_iter().flatten().enumerate() {
                    check_question(i, q, sink);
                }
            }
            _ => {}
        }
    }
}

fn check_settings(v: &Value, sink: &mut Sink) {
    let Some(obj) = v.as_object() else {
        return;
    };
    for (key, v) in ordered(obj, SETTINGS_FIELDS) {
        let field = format!("settings.{key}");
        match key.as_str() {
            "question_count" | "time_limit_secs" | "question_time_limit_secs" => {
                typed(sink, None, &field, v, Ty::Int);
            }
            _ => unknown_field(sink, None, &field),
        }
    }
}

/// The label of a question in problems: its id, or `questions[N]` without a usable one.
pub(super) fn question_label(index: usize, id: Option<&str>) -> String {
    match id {
        Some(id) if !id.trim().is_empty() => id.to_string(),
        _ => format!("questions[{index}]"),
    }
}

fn check_question(index: usize, q: &Value, sink: &mut Sink) {
    let label = question_label(index, q.get("id").and_then(Value::as_str));
    let Some(obj) = q.as_object() else {
        sink.push(
            Some(&label),
            None,
            format!(
                "a question must be an object {{ ... }}, not {}",
                json_type_name(q)
            ),
        );
        return;
    };
    let kind = obj
        .get("kind")
        .and_then(Value::as_str)
        .and_then(QuestionKind::parse);
    let q = Some(label.as_str());
    for (key, v) in ordered(obj, QUESTION_FIELDS) {
        let ty = match key.as_str() {
            "id" | "kind" | "topic" => Ty::Str,
            "text" | "explanation" | "source" => Ty::Text,
            "difficulty" => Ty::Int,
            "points" => Ty::Num,
            "options" | "items" | "answer" => {
                let owner = match key.as_str() {
                    "options" => [
                        QuestionKind::Single,
                        QuestionKind::Multiple,
                        QuestionKind::Situation,
                    ]
                    .as_slice(),
                    "items" => [QuestionKind::Ordering].as_slice(),
                    _ => [QuestionKind::TrueFalse].as_slice(),
                };
                if let Some(k) = kind.filter(|k| !owner.contains(k)) {
                    sink.push(q, Some(key), misplaced(key, k));
                    continue;
                }
                if key == "answer" {
                    Ty::Bool
                } else {
                    Ty::List
                }
            }
            _ => {
                unknown_field(sink, q, key);
                continue;
            }
        };
        if !typed(sink, q, key, v, ty) {
            continue;
        }
        if matches!(key.as_str(), "options" | "items") {
            for (i, o) in v.as_array().into_iter().flatten().enumerate() {
                check_option(q, kind, key, i, o, sink);
            }
        }
    }
}

fn misplaced(key: &str, kind: QuestionKind) -> String {
    let hint = match kind {
        QuestionKind::Single | QuestionKind::Multiple | QuestionKind::Situation => {
            "; write the choices under \"options\""
        }
        QuestionKind::Ordering => "; write the steps under \"items\", in the correct order",
        QuestionKind::TrueFalse => "; write \"answer\": true or false",
    };
    format!("`{key}` is not used by {kind} questions{hint}")
}

fn check_option(
    q: Option<&str>,
    kind: Option<QuestionKind>,
    list: &str,
    index: usize,
    o: &Value,
    sink: &mut Sink,
) {
    let at = format!("{list}[{index}]");
    let Some(obj) = o.as_object() else {
        sink.push(
            q,
            Some(&at),
            format!(
                "each entry must be an object like {{\"id\": \"a\", \"text\": {{...}}}}, not {}",
                json_type_name(o)
            ),
        );
        return;
    };
    let is_items = list == "items";
    for (key, v) in ordered(obj, OPTION_FIELDS) {
        let field = format!("{at}.{key}");
        let (ty, owner) = match key.as_str() {
            "id" => (Ty::Str, None),
            "text" => (Ty::Text, None),
            "feedback" if !is_items => (Ty::Text, None),
            "correct" if !is_items => (Ty::Bool, Some(QuestionKind::Single)),
            "weight" if !is_items => (Ty::Num, Some(QuestionKind::Multiple)),
            "score" if !is_items => (Ty::Num, Some(QuestionKind::Situation)),
            "feedback" | "correct" | "weight" | "score" => {
                sink.push(
                    q,
                    Some(&field),
                    format!(
                        "`{key}` is not used by ordering items; an item has only an id and a text"
                    ),
                );
                continue;
            }
            _ => {
                unknown_field(sink, q, &field);
                continue;
            }
        };
        if let (Some(owner), Some(kind)) = (owner, kind) {
            if owner != kind {
                sink.push(
                    q,
                    Some(&field),
                    format!("`{key}` is used by {owner} questions, not by {kind} questions"),
                );
                continue;
            }
        }
        typed(sink, q, &field, v, ty);
    }
}

/// Checks one value's JSON type (and, for texts, the language keys). Returns whether it fits.
fn typed(sink: &mut Sink, q: Option<&str>, field: &str, v: &Value, ty: Ty) -> bool {
    if v.is_null() {
        sink.push(
            q,
            Some(field),
            "null is not allowed; leave the field out or give it a value",
        );
        return false;
    }
    if !ty.accepts(v) {
        sink.push(
            q,
            Some(field),
            format!("{}, not {}", ty.wanted(), json_type_name(v)),
        );
        return false;
    }
    if let (Ty::Text, Some(obj)) = (ty, v.as_object()) {
        return check_text(q, field, obj, sink);
    }
    true
}

fn check_text(q: Option<&str>, field: &str, obj: &Map<String, Value>, sink: &mut Sink) -> bool {
    let mut ok = true;
    let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
    for (lang, v) in ordered(obj, &langs) {
        if Lang::from_tag(lang).is_none() {
            sink.push(
                q,
                Some(field),
                format!(
                    "unknown language `{lang}`; use uz-Cyrl, uz-Latn, ru or en (mind the capitals)"
                ),
            );
            ok = false;
        } else if !v.is_string() {
            sink.push(
                q,
                Some(&format!("{field}.{lang}")),
                format!("{}, not {}", Ty::Str.wanted(), json_type_name(v)),
            );
            ok = false;
        }
    }
    ok
}

fn unknown_field(sink: &mut Sink, q: Option<&str>, field: &str) {
    sink.push(
        q,
        Some(field),
        "unknown field; check the spelling against quizzes/FORMAT.md",
    );
}
