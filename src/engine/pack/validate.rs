//! The content rules of FORMAT.md, checked on the raw form: ids, required texts, counts, ranges
//! and correct answers. Builds the validated [`Pack`] when nothing is wrong.

use super::raw::{RawItem, RawOption, RawPack, RawQuestion, RawSettings};
use super::shape::question_label;
use super::{
    Choice, Pack, PackKind, Question, QuestionBody, QuestionKind, ScoredChoice, Settings, Sink,
    WeightedChoice,
};
use crate::engine::text::LocalizedText;
use std::collections::BTreeMap;

/// Whether `s` is a valid id: `[a-z0-9-]+`.
pub(crate) fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

const BAD_ID: &str = "may use only lowercase Latin letters a-z, digits and hyphens";

/// Checks the whole pack. Returns the pack when every part could be built; the caller still
/// checks that no problem was recorded.
pub(super) fn validate(raw: &RawPack, file_stem: &str, sink: &mut Sink) -> Option<Pack> {
    let id = match raw.id.as_deref() {
        None => {
            sink.push(
                None,
                Some("id"),
                format!(
                    "the pack id is missing; write \"id\": \"{file_stem}\" to match the file name"
                ),
            );
            None
        }
        Some(id) if !is_id(id) => {
            sink.push(None, Some("id"), format!("the pack id `{id}` {BAD_ID}"));
            None
        }
        Some(id) if id != file_stem => {
            sink.push(
                None,
                Some("id"),
                format!(
                    "the pack id `{id}` does not match the file name; name the file `{id}.json` or change the id to `{file_stem}`"
                ),
            );
            None
        }
        Some(id) => Some(id.to_string()),
    };
    let kind = match raw.kind.as_deref() {
        None => {
            sink.push(
                None,
                Some("kind"),
                "the pack kind is missing; use law, ethics or mixed",
            );
            None
        }
        Some(k) => {
            let kind = PackKind::parse(k);
            if kind.is_none() {
                sink.push(
                    None,
                    Some("kind"),
                    format!("unknown pack kind `{k}`; use law, ethics or mixed"),
                );
            }
            kind
        }
    };
    let title = required_text(sink, None, "title", raw.title.as_ref());
    let description = required_text(sink, None, "description", raw.description.as_ref());
    let question_total = raw.questions.as_ref().map_or(0, Vec::len);
    let settings = match &raw.settings {
        None => {
            sink.push(
                None,
                Some("settings"),
                "the settings are missing; write \"settings\": {} to use the defaults",
            );
            None
        }
        Some(s) => settings(sink, s, question_total),
    };
    let questions = match &raw.questions {
        None => {
            sink.push(
                None,
                Some("questions"),
                "the pack has no questions list; add \"questions\": [ ... ]",
            );
            None
        }
        Some(qs) if qs.is_empty() => {
            sink.push(
                None,
                Some("questions"),
                "the questions list is empty; add at least one question",
            );
            None
        }
        Some(qs) => questions(sink, qs, kind),
    };
    Some(Pack {
        id: id?,
        kind: kind?,
        title: title?,
        description: description?,
        settings: settings?,
        questions: questions?,
    })
}

fn settings(sink: &mut Sink, s: &RawSettings, question_total: usize) -> Option<Settings> {
    let mut ok = true;
    let mut positive = |field: &str, v: Option<i64>, what: &str| -> Option<u64> {
        match v {
            Some(n) if n < 1 => {
                sink.push(
                    None,
                    Some(field),
                    format!("{what} must be at least 1, not {n}"),
                );
                ok = false;
                None
            }
            Some(n) => u64::try_from(n).ok(),
            None => None,
        }
    };
    let count = positive(
        "settings.question_count",
        s.question_count,
        "the number of questions",
    );
    let total = positive(
        "settings.time_limit_secs",
        s.time_limit_secs,
        "the time limit",
    );
    let per_question = positive(
        "settings.question_time_limit_secs",
        s.question_time_limit_secs,
        "the time limit per question",
    );
    let count = count.map(|c| usize::try_from(c).unwrap_or(usize::MAX));
    if let Some(c) = count.filter(|&c| question_total > 0 && c > question_total) {
        sink.push(
            None,
            Some("settings.question_count"),
            format!(
                "one attempt asks for {c} questions but the pack has only {question_total}; lower the number or add questions"
            ),
        );
        ok = false;
    }
    ok.then_some(Settings {
        question_count: count,
        time_limit_secs: total,
        question_time_limit_secs: per_question,
    })
}

fn questions(sink: &mut Sink, qs: &[RawQuestion], pack: Option<PackKind>) -> Option<Vec<Question>> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(qs.len());
    let mut ok = true;
    for (i, q) in qs.iter().enumerate() {
        let label = question_label(i, q.id.as_deref());
        if let Some(id) = q.id.as_deref() {
            if let Some(first) = seen.get(id) {
                sink.push(
                    Some(&label),
                    Some("id"),
                    format!(
                        "questions[{first}] already uses the id `{id}`; every question needs its own id"
                    ),
                );
                ok = false;
            } else {
                seen.insert(id, i);
            }
        }
        match question(sink, &label, q, pack) {
            Some(q) => out.push(q),
            None => ok = false,
        }
    }
    ok.then_some(out)
}

fn question(
    sink: &mut Sink,
    label: &str,
    q: &RawQuestion,
    pack: Option<PackKind>,
) -> Option<Question> {
    let at = Some(label);
    let id = match q.id.as_deref() {
        None => {
            sink.push(at, Some("id"), "the question has no id");
            None
        }
        Some(id) if !is_id(id) => {
            sink.push(at, Some("id"), format!("the question id `{id}` {BAD_ID}"));
            None
        }
        Some(id) => Some(id.to_string()),
    };
    let kind = match q.kind.as_deref() {
        None => {
            sink.push(
                at,
                Some("kind"),
                "the question kind is missing; use single, multiple, true_false, ordering or situation",
            );
            None
        }
        Some(k) => {
            let kind = QuestionKind::parse(k);
            if kind.is_none() {
                sink.push(
                    at,
                    Some("kind"),
                    format!(
                        "unknown question kind `{k}`; use single, multiple, true_false, ordering or situation"
                    ),
                );
            }
            kind
        }
    };
    let text = required_text(sink, at, "text", q.text.as_ref());
    let explanation = required_text(sink, at, "explanation", q.explanation.as_ref());
    let mut ok = true;
    let source = match &q.source {
        None if pack == Some(PackKind::Law) => {
            sink.push(
                at,
                Some("source"),
                "the source is missing; every question of a law pack names the act and article or the document",
            );
            ok = false;
            None
        }
        None => None,
        Some(s) => {
            let s = required_text(sink, at, "source", Some(s));
            ok &= s.is_some();
            s
        }
    };
    if let Some(topic) = q.topic.as_deref().filter(|t| !is_id(t)) {
        sink.push(at, Some("topic"), format!("the topic `{topic}` {BAD_ID}"));
        ok = false;
    }
    let difficulty = match q.difficulty {
        Some(d) if !(1..=3).contains(&d) => {
            sink.push(
                at,
                Some("difficulty"),
                format!("the difficulty must be 1 (easy), 2 or 3 (hard), not {d}"),
            );
            ok = false;
            None
        }
        d => d.and_then(|d| u8::try_from(d).ok()),
    };
    let points = q.points.unwrap_or(1.0);
    if !(points.is_finite() && points > 0.0) {
        sink.push(
            at,
            Some("points"),
            format!("the points must be greater than 0, not {points}"),
        );
        ok = false;
    }
    let body = match kind {
        Some(QuestionKind::Single) => single(sink, at, q.options.as_deref()),
        Some(QuestionKind::Multiple) => multiple(sink, at, q.options.as_deref()),
        Some(QuestionKind::TrueFalse) => match q.answer {
            Some(answer) => Some(QuestionBody::TrueFalse { answer }),
            None => {
                sink.push(
                    at,
                    Some("answer"),
                    "the answer is missing; write \"answer\": true or \"answer\": false",
                );
                None
            }
        },
        Some(QuestionKind::Ordering) => ordering(sink, at, q.items.as_deref()),
        Some(QuestionKind::Situation) => situation(sink, at, q.options.as_deref()),
        None => None,
    };
    if !ok {
        return None;
    }
    Some(Question {
        id: id?,
        text: text?,
        explanation: explanation?,
        source,
        topic: q.topic.clone(),
        difficulty,
        points,
        body: body?,
    })
}

/// Checks a text that must be present and must hold the uz-Cyrl form.
fn required_text(
    sink: &mut Sink,
    q: Option<&str>,
    field: &str,
    text: Option<&LocalizedText>,
) -> Option<LocalizedText> {
    match text {
        None => {
            sink.push(
                q,
                Some(field),
                format!("the field is missing; write `{field}` with at least the uz-Cyrl text"),
            );
            None
        }
        Some(t) if t.uz_cyrl().is_none() => {
            sink.push(
                q,
                Some(field),
                "the uz-Cyrl text is missing (it is the authored form of every text)",
            );
            None
        }
        Some(t) => Some(t.clone()),
    }
}

/// Checks the list itself (present, not empty, count in range) and each entry's id and text.
/// Returns the entries that had a usable id and text, or `None` when anything was wrong.
fn choice_list<'a, T>(
    sink: &mut Sink,
    q: Option<&str>,
    list: &str,
    entries: Option<&'a [T]>,
    count: (usize, usize, &str),
    parts: impl Fn(&T) -> (Option<&str>, Option<&LocalizedText>),
) -> Option<Vec<(usize, &'a T, Choice)>> {
    let (min, max, rule) = count;
    let Some(entries) = entries else {
        sink.push(
            q,
            Some(list),
            format!("the `{list}` list is missing; {rule}"),
        );
        return None;
    };
    let mut ok = true;
    if entries.is_empty() {
        sink.push(q, Some(list), format!("the `{list}` list is empty; {rule}"));
        return None;
    } else if entries.len() < min || entries.len() > max {
        sink.push(
            q,
            Some(list),
            format!("{rule}, this one has {}", entries.len()),
        );
        ok = false;
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(entries.len());
    for (i, e) in entries.iter().enumerate() {
        let (id, text) = parts(e);
        let id = match id {
            None => {
                sink.push(q, Some(&format!("{list}[{i}].id")), "the id is missing");
                None
            }
            Some(id) if id.trim().is_empty() => {
                sink.push(q, Some(&format!("{list}[{i}].id")), "the id is empty");
                None
            }
            Some(id) => {
                if let Some(first) = seen.get(id) {
                    sink.push(
                        q,
                        Some(&format!("{list}[{i}].id")),
                        format!(
                            "{list}[{first}] already uses the id `{id}`; ids must differ within a question"
                        ),
                    );
                    ok = false;
                } else {
                    seen.insert(id, i);
                }
                Some(id.to_string())
            }
        };
        let text = required_text(sink, q, &format!("{list}[{i}].text"), text);
        match (id, text) {
            (Some(id), Some(text)) => out.push((
                i,
                e,
                Choice {
                    id,
                    text,
                    feedback: None,
                },
            )),
            _ => ok = false,
        }
    }
    ok.then_some(out)
}

fn option_parts(o: &RawOption) -> (Option<&str>, Option<&LocalizedText>) {
    (o.id.as_deref(), o.text.as_ref())
}

fn item_parts(o: &RawItem) -> (Option<&str>, Option<&LocalizedText>) {
    (o.id.as_deref(), o.text.as_ref())
}

/// Checks an optional feedback text of an option.
fn optional_feedback(
    sink: &mut Sink,
    q: Option<&str>,
    i: usize,
    o: &RawOption,
    ok: &mut bool,
) -> Option<LocalizedText> {
    let f = o.feedback.as_ref()?;
    let f = required_text(sink, q, &format!("options[{i}].feedback"), Some(f));
    *ok &= f.is_some();
    f
}

fn single(sink: &mut Sink, q: Option<&str>, options: Option<&[RawOption]>) -> Option<QuestionBody> {
    let list = choice_list(
        sink,
        q,
        "options",
        options,
        (2, 6, "a single question needs 2 to 6 options"),
        option_parts,
    );
    let correct: Vec<&RawOption> = options
        .unwrap_or_default()
        .iter()
        .filter(|o| o.correct == Some(true))
        .collect();
    let mut ok = true;
    if !options.unwrap_or_default().is_empty() {
        match correct.len() {
            0 => {
                sink.push(q, Some("options"), "no option is marked correct");
                ok = false;
            }
            1 => {}
            n => {
                let ids: Vec<&str> = correct.iter().filter_map(|o| o.id.as_deref()).collect();
                sink.push(
                    q,
                    Some("options"),
                    format!(
                        "{n} options are marked correct ({}); a single question has exactly one, use kind multiple for several",
                        ids.join(", ")
                    ),
                );
                ok = false;
            }
        }
    }
    let mut out = Vec::new();
    for (i, o, mut choice) in list? {
        choice.feedback = optional_feedback(sink, q, i, o, &mut ok);
        out.push(choice);
    }
    let correct = correct.first()?.id.clone()?;
    ok.then_some(QuestionBody::Single {
        options: out,
        correct,
    })
}

fn multiple(
    sink: &mut Sink,
    q: Option<&str>,
    options: Option<&[RawOption]>,
) -> Option<QuestionBody> {
    let list = choice_list(
        sink,
        q,
        "options",
        options,
        (2, 8, "a multiple question needs 2 to 8 options"),
        option_parts,
    );
    let mut ok = true;
    let opts = options.unwrap_or_default();
    for (i, o) in opts.iter().enumerate() {
        let field = format!("options[{i}].weight");
        match o.weight {
            None => {
                sink.push(
                    q,
                    Some(&field),
                    "the weight is missing; give each option a weight from -1 to 1 (0 for a neutral option)",
                );
                ok = false;
            }
            Some(w) if !(-1.0..=1.0).contains(&w) => {
                sink.push(
                    q,
                    Some(&field),
                    format!("the weight {w} is outside the range -1 to 1"),
                );
                ok = false;
            }
            Some(_) => {}
        }
    }
    if !opts.is_empty() && !opts.iter().any(|o| o.weight.is_some_and(|w| w > 0.0)) {
        sink.push(
            q,
            Some("options"),
            "no option has a positive weight, so no answer could score; give each correct option a weight above 0",
        );
        ok = false;
    }
    let mut out = Vec::new();
    for (i, o, mut choice) in list? {
        choice.feedback = optional_feedback(sink, q, i, o, &mut ok);
        out.push(WeightedChoice {
            choice,
            weight: o.weight.unwrap_or(0.0),
        });
    }
    ok.then_some(QuestionBody::Multiple { options: out })
}

fn ordering(sink: &mut Sink, q: Option<&str>, items: Option<&[RawItem]>) -> Option<QuestionBody> {
    let rule = match items.map_or(0, <[RawItem]>::len) {
        1 => "an ordering needs at least 2 items",
        n if n > 6 => "an ordering has at most 6 items",
        _ => "an ordering needs 2 to 6 items",
    };
    let list = choice_list(sink, q, "items", items, (2, 6, rule), item_parts)?;
    Some(QuestionBody::Ordering {
        items: list.into_iter().map(|(_, _, c)| c).collect(),
    })
}

fn situation(
    sink: &mut Sink,
    q: Option<&str>,
    options: Option<&[RawOption]>,
) -> Option<QuestionBody> {
    let list = choice_list(
        sink,
        q,
        "options",
        options,
        (3, 4, "a situation needs 3 or 4 options"),
        option_parts,
    );
    let mut ok = true;
    let opts = options.unwrap_or_default();
    for (i, o) in opts.iter().enumerate() {
        let field = format!("options[{i}].score");
        match o.score {
            None => {
                sink.push(
                    q,
                    Some(&field),
                    "the score is missing; give each option a score from 0 to 1",
                );
                ok = false;
            }
            Some(s) if !(0.0..=1.0).contains(&s) => {
                sink.push(
                    q,
                    Some(&field),
                    format!("the score {s} is outside the range 0 to 1"),
                );
                ok = false;
            }
            Some(_) => {}
        }
        if o.feedback.is_none() {
            sink.push(
                q,
                Some(&format!("options[{i}].feedback")),
                "the feedback is missing; every situation option says what its choice means",
            );
            ok = false;
        }
    }
    if !opts.is_empty() && !opts.iter().any(|o| o.score == Some(1.0)) {
        sink.push(
            q,
            Some("options"),
            "no option scores 1; the best choice must score 1",
        );
        ok = false;
    }
    let mut out = Vec::new();
    for (i, o, mut choice) in list? {
        choice.feedback = optional_feedback(sink, q, i, o, &mut ok);
        out.push(ScoredChoice {
            choice,
            score: o.score.unwrap_or(0.0),
        });
    }
    ok.then_some(QuestionBody::Situation { options: out })
}
