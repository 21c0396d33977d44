//! One attempt at a pack: which questions, in which order, the options as displayed, the answers
//! and their times, the time limits and the result. All plain serde data, so the UI can keep a
//! running [`Session`] in storage and restore it after a reload; everything that varies is passed
//! in (`now_ms`, milliseconds since the epoch, and `seed`).
//!
//! - **Practice**: questions in pack order, options in pack order (ordering items always
//!   shuffled so the order does not give the answer away), no time limits, feedback right after
//!   each answer.
//! - **Contest**: questions and options shuffled from the seed, the pack's time limits apply, an
//!   answer is final once given and feedback waits until the end.
//!
//! In both modes a question is answered once; a student who wants another go starts a new
//! session ([`Session::restart`]). A student may skip a question and come back to it
//! ([`Session::skip`], [`Session::next`], [`Session::go_to`]). Time only breaks ties: it never adds
//! points.
//!
//! Per-question time counts only while the question is on screen: leaving it stops its clock and
//! coming back resumes it. When a per-question limit runs out, the question counts as unanswered
//! and the session moves to the next open question at the moment of expiry (so a late
//! [`Session::tick`], after a reload say, gives the same state as timely ones).

use super::named::named_enum;
use super::pack::{Choice, Pack, Question, QuestionKind};
use super::scoring::{self, Answer};
use super::shuffle::SplitMix64;
use super::text::LocalizedText;
use serde::{Deserialize, Serialize};

/// How an attempt is run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Learning: pack order, no time limits, feedback after each answer.
    Practice,
    /// Competing: shuffled, timed, answers final, feedback at the end.
    Contest,
}

named_enum!(Mode: Mode::Practice => "practice", Mode::Contest => "contest");

/// What happened to one question of a session so far. Stored as an object tagged by `kind`
/// (`{"kind": "answered", "answer": …, "answered_ms": …, "time_ms": …}`); it is read through
/// [`SlotStateForm`], because serde's reader for internally tagged enums buffers the whole object
/// first and costs the student's wasm several times as much code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", try_from = "SlotStateForm")]
pub enum SlotState {
    /// Not answered yet (it may have been shown and skipped).
    Open,
    /// Answered; final.
    Answered {
        /// The answer given.
        answer: Answer,
        /// When it was given (ms since the epoch).
        answered_ms: u64,
        /// Time spent on the question until then, over all visits (ms).
        time_ms: u64,
    },
    /// The per-question time ran out before an answer (contest only); counts as unanswered.
    TimedOut {
        /// When the time ran out (ms since the epoch).
        at_ms: u64,
    },
}

/// The stored form of a [`SlotState`] as one flat object, for reading it.
#[derive(Deserialize)]
struct SlotStateForm {
    kind: SlotKind,
    answer: Option<Answer>,
    answered_ms: Option<u64>,
    time_ms: Option<u64>,
    at_ms: Option<u64>,
}

#[derive(Clone, Copy)]
enum SlotKind {
    Open,
    Answered,
    TimedOut,
}

named_enum!(SlotKind: SlotKind::Open => "open", SlotKind::Answered => "answered", SlotKind::TimedOut => "timed_out");

impl TryFrom<SlotStateForm> for SlotState {
    type Error = &'static str;

    fn try_from(form: SlotStateForm) -> Result<SlotState, &'static str> {
        Ok(match form.kind {
            SlotKind::Open => SlotState::Open,
            SlotKind::Answered => SlotState::Answered {
                answer: form.answer.ok_or("missing field `answer`")?,
                answered_ms: form.answered_ms.ok_or("missing field `answered_ms`")?,
                time_ms: form.time_ms.ok_or("missing field `time_ms`")?,
            },
            SlotKind::TimedOut => SlotState::TimedOut {
                at_ms: form.at_ms.ok_or("missing field `at_ms`")?,
            },
        })
    }
}

/// One question of a session, as drawn and displayed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Slot {
    /// The question's id in the pack.
    pub question_id: String,
    /// The option (or ordering item) ids in display order; empty for true_false.
    pub order: Vec<String>,
    /// When the question was first shown (ms since the epoch); `None`: not yet.
    pub first_shown_ms: Option<u64>,
    /// Time the question was on screen over finished visits (ms); the current visit is added
    /// when it ends.
    pub spent_ms: u64,
    /// Answered, open or timed out.
    pub state: SlotState,
}

/// A question's status for the progress bar or question grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionStatus {
    /// Never shown yet.
    NotSeen,
    /// Shown but not answered (skipped, unless it is the current question).
    Unanswered,
    /// Answered.
    Answered,
    /// Its time ran out (contest only).
    TimedOut,
}

/// Feedback on one answered question: given right after answering in practice, and for the
/// review screen (every question) once a session is finished.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Feedback {
    /// The question.
    pub question_id: String,
    /// The answer given, if any.
    pub answer: Option<Answer>,
    /// The fraction of the points earned, 0 to 1.
    pub fraction: f64,
    /// Whether the answer earned all the points.
    pub correct: bool,
    /// Why the right answer is right.
    pub explanation: LocalizedText,
    /// An answer that earns all the points (see [`scoring::correct_answer`]).
    pub correct_answer: Answer,
    /// The feedback texts of the chosen options that carry one, in display order.
    pub option_feedback: Vec<OptionFeedback>,
}

/// The feedback text of one chosen option.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionFeedback {
    /// The chosen option.
    pub option_id: String,
    /// What choosing it means.
    pub feedback: LocalizedText,
}

/// What [`Session::answer`] returns.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AnswerOutcome {
    /// Contest: the answer is recorded and final; feedback comes with the result.
    Recorded,
    /// Practice: the answer is recorded; here is the feedback to show now.
    Feedback(Feedback),
}

/// How one question went, for the result screen and exports.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionOutcome {
    /// The question.
    pub question_id: String,
    /// The answer, or `None` when skipped or timed out.
    pub answer: Option<Answer>,
    /// The fraction of the points earned, 0 to 1.
    pub fraction: f64,
    /// The question's points (its weight in the total).
    pub points: f64,
    /// The points earned: `points × fraction`.
    pub earned: f64,
    /// Time spent on the question (until answered, or in all while unanswered), ms.
    pub time_ms: u64,
    /// Whether the per-question time ran out.
    pub timed_out: bool,
}

/// The result of a session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SessionResult {
    /// Sum of `points × fraction` over the questions.
    pub score: f64,
    /// Sum of the questions' points.
    pub max: f64,
    /// One outcome per question, in session order.
    pub per_question: Vec<QuestionOutcome>,
    /// From start to finish (or to the last answer, for an unfinished session), ms. Breaks ties
    /// in rankings; never adds points.
    pub duration_ms: u64,
    /// How many questions were answered.
    pub answered: usize,
    /// How many answers earned all their points.
    pub correct: usize,
}

/// Why a session refused a step. Each message says what happened and what to do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// The session is finished.
    #[error("the quiz is already finished; start a new attempt to answer again")]
    Finished,
    /// The total time ran out (the session is now finished).
    #[error("the time for the quiz ran out; the answers given before that were kept")]
    TimeUp,
    /// The current question's time ran out (it counts as unanswered; the session moved on).
    #[error(
        "the time for this question ran out, so it counts as unanswered; go on with the next one"
    )]
    QuestionTimeUp,
    /// The current question already has an answer.
    #[error("this question is already answered, and an answer is final")]
    AlreadyAnswered,
    /// The answer's shape or option ids do not match the question.
    #[error(
        "this answer does not fit the question (a different kind of answer or an unknown option)"
    )]
    AnswerDoesNotFit,
    /// No question at that index.
    #[error("there is no question number {number}; this attempt has {len} questions")]
    NoSuchQuestion {
        /// The 1-based number asked for.
        number: usize,
        /// How many questions the session has.
        len: usize,
    },
    /// No other open question to move to.
    #[error("every other question is answered or closed; finish the quiz to see the result")]
    NothingLeft,
    /// The session belongs to another pack.
    #[error("this saved attempt belongs to the quiz `{session_pack}`, not `{pack}`; start a new attempt")]
    OtherPack {
        /// The pack id stored in the session.
        session_pack: String,
        /// The pack id given.
        pack: String,
    },
    /// The pack changed since the session started.
    #[error("the quiz changed since this attempt started (question `{question_id}` is gone or different); start a new attempt")]
    PackChanged {
        /// The question that no longer matches.
        question_id: String,
    },
}

/// One attempt at a pack. See the module doc for the rules.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pack_id: String,
    mode: Mode,
    seed: u64,
    started_ms: u64,
    finished_ms: Option<u64>,
    time_limit_ms: Option<u64>,
    question_time_limit_ms: Option<u64>,
    current: usize,
    visit_started_ms: u64,
    slots: Vec<Slot>,
}

impl Session {
    /// Starts an attempt at `pack` at `now_ms`. Draws `question_count` questions (default: the
    /// pack's `settings.question_count`, else all; clamped to 1..=the pack's count).
    ///
    /// Contest: question order and option/item order shuffled from `seed`, the pack's time
    /// limits apply. Practice: a seeded draw when not every question is asked, shown in pack
    /// order, options in pack order, no limits. Ordering items are shuffled from the seed in both
    /// modes and never shown already in the correct order.
    pub fn start(
        pack: &Pack,
        mode: Mode,
        seed: u64,
        now_ms: u64,
        question_count: Option<usize>,
    ) -> Session {
        let total = pack.questions.len();
        let wanted = question_count
            .or(pack.settings.question_count)
            .unwrap_or(total)
            .min(total)
            .max(usize::from(total > 0));
        let mut rng = SplitMix64::new(seed);
        let mut picked: Vec<usize> = (0..total).collect();
        match mode {
            Mode::Contest => {
                rng.shuffle(&mut picked);
                picked.truncate(wanted);
            }
            Mode::Practice if wanted < total => {
                rng.shuffle(&mut picked);
                picked.truncate(wanted);
                picked.sort_unstable();
            }
            Mode::Practice => {}
        }
        Session::assemble(pack, mode, seed, &mut rng, picked, now_ms, None)
    }

    /// Starts an attempt at exactly the questions `question_ids` of `pack` (ids not in the pack
    /// are left out, as are repeats), for a classroom contest where the contest code chooses the
    /// questions and each student's own `order_seed` their order.
    ///
    /// Contest: the order of the questions and of their options is shuffled from `order_seed`;
    /// practice: the questions are shown in the order given, options in pack order. Ordering
    /// items are shuffled in both modes, as in [`Session::start`]. `time_limit_ms`, when given,
    /// replaces the pack's total time limit in a contest (the per-question limit stays the
    /// pack's); it is ignored in practice.
    pub fn start_with_questions(
        pack: &Pack,
        mode: Mode,
        question_ids: &[String],
        order_seed: u64,
        now_ms: u64,
        time_limit_ms: Option<u64>,
    ) -> Session {
        let mut picked: Vec<usize> = Vec::with_capacity(question_ids.len());
        for id in question_ids {
            if let Some(i) = pack.questions.iter().position(|q| &q.id == id) {
                if !picked.contains(&i) {
                    picked.push(i);
                }
            }
        }
        let mut rng = SplitMix64::new(order_seed);
        if mode == Mode::Contest {
            rng.shuffle(&mut picked);
        }
        Session::assemble(
            pack,
            mode,
            order_seed,
            &mut rng,
            picked,
            now_ms,
            time_limit_ms,
        )
    }

    /// The session on the questions `picked` (indices into the pack, in session order): option
    /// orders drawn from `rng`, time limits from the pack (the total one replaced by
    /// `time_limit_override` when given, contest only).
    fn assemble(
        pack: &Pack,
        mode: Mode,
        seed: u64,
        rng: &mut SplitMix64,
        picked: Vec<usize>,
        now_ms: u64,
        time_limit_override: Option<u64>,
    ) -> Session {
        let slots: Vec<Slot> = picked
            .into_iter()
            .map(|i| {
                let q = &pack.questions[i];
                let mut order: Vec<String> = q.choices().iter().map(|c| c.id.clone()).collect();
                if q.kind() == QuestionKind::Ordering {
                    let correct = order.clone();
                    rng.shuffle(&mut order);
                    if order == correct {
                        order.rotate_left(1);
                    }
                } else if mode == Mode::Contest {
                    rng.shuffle(&mut order);
                }
                Slot {
                    question_id: q.id.clone(),
                    order,
                    first_shown_ms: None,
                    spent_ms: 0,
                    state: SlotState::Open,
                }
            })
            .collect();
        let secs_to_ms = |s: Option<u64>| s.map(|s| s.saturating_mul(1000));
        let (time_limit_ms, question_time_limit_ms) = match mode {
            Mode::Contest => (
                time_limit_override.or(secs_to_ms(pack.settings.time_limit_secs)),
                secs_to_ms(pack.settings.question_time_limit_secs),
            ),
            Mode::Practice => (None, None),
        };
        let mut session = Session {
            pack_id: pack.id.clone(),
            mode,
            seed,
            started_ms: now_ms,
            finished_ms: None,
            time_limit_ms,
            question_time_limit_ms,
            current: 0,
            visit_started_ms: now_ms,
            slots,
        };
        if let Some(first) = session.slots.first_mut() {
            first.first_shown_ms = Some(now_ms);
        }
        session
    }

    /// A fresh attempt at the same pack in the same mode with as many questions, from another
    /// seed: the way to try again.
    pub fn restart(&self, pack: &Pack, seed: u64, now_ms: u64) -> Session {
        Session::start(pack, self.mode, seed, now_ms, Some(self.slots.len()))
    }

    /// Checks that `pack` is the pack this session was started on and still has its questions and
    /// options (call it after restoring a saved session).
    pub fn check_pack(&self, pack: &Pack) -> Result<(), SessionError> {
        if pack.id != self.pack_id {
            return Err(SessionError::OtherPack {
                session_pack: self.pack_id.clone(),
                pack: pack.id.clone(),
            });
        }
        for slot in &self.slots {
            let fits = pack.question(&slot.question_id).is_some_and(|q| {
                let mut ids: Vec<&str> = q.choices().iter().map(|c| c.id.as_str()).collect();
                let mut shown: Vec<&str> = slot.order.iter().map(String::as_str).collect();
                ids.sort_unstable();
                shown.sort_unstable();
                ids == shown
            });
            if !fits {
                return Err(SessionError::PackChanged {
                    question_id: slot.question_id.clone(),
                });
            }
        }
        Ok(())
    }

    /// The id of the pack this session runs on.
    pub fn pack_id(&self) -> &str {
        &self.pack_id
    }

    /// Practice or contest.
    pub fn mode(&self) -> Mode {
        self.mode
    }

    /// The seed the order was drawn from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// When the session started (ms since the epoch).
    pub fn started_ms(&self) -> u64 {
        self.started_ms
    }

    /// When the session finished (ms since the epoch), if it has.
    pub fn finished_ms(&self) -> Option<u64> {
        self.finished_ms
    }

    /// Whether the session is finished (by [`Session::finish`], the total time limit, or the last
    /// open question timing out).
    pub fn is_finished(&self) -> bool {
        self.finished_ms.is_some()
    }

    /// The total time limit in ms (contest with a limit only).
    pub fn time_limit_ms(&self) -> Option<u64> {
        self.time_limit_ms
    }

    /// The per-question time limit in ms (contest with a limit only).
    pub fn question_time_limit_ms(&self) -> Option<u64> {
        self.question_time_limit_ms
    }

    /// How many questions the session has.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether the session has no question (only when started on an empty pack).
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The index (0-based) of the question on screen.
    pub fn current(&self) -> usize {
        self.current
    }

    /// The number (1-based) of the question on screen, for "question 3 of 10".
    pub fn position(&self) -> usize {
        self.current + 1
    }

    /// Every question of the session, in session order.
    pub fn slots(&self) -> &[Slot] {
        &self.slots
    }

    /// The question at `index`, as drawn and displayed.
    pub fn slot(&self, index: usize) -> Option<&Slot> {
        self.slots.get(index)
    }

    /// The pack question at `index` of the session.
    pub fn question<'p>(&self, pack: &'p Pack, index: usize) -> Option<&'p Question> {
        pack.question(&self.slots.get(index)?.question_id)
    }

    /// The pack question on screen.
    pub fn current_question<'p>(&self, pack: &'p Pack) -> Option<&'p Question> {
        self.question(pack, self.current)
    }

    /// The options (or ordering items) of the question at `index`, in display order.
    pub fn displayed_choices<'p>(&self, pack: &'p Pack, index: usize) -> Vec<&'p Choice> {
        let (Some(slot), Some(q)) = (self.slots.get(index), self.question(pack, index)) else {
            return Vec::new();
        };
        slot.order.iter().filter_map(|id| q.choice(id)).collect()
    }

    /// The status of the question at `index`.
    pub fn status(&self, index: usize) -> Option<QuestionStatus> {
        let slot = self.slots.get(index)?;
        Some(match slot.state {
            SlotState::Answered { .. } => QuestionStatus::Answered,
            SlotState::TimedOut { .. } => QuestionStatus::TimedOut,
            SlotState::Open if slot.first_shown_ms.is_some() => QuestionStatus::Unanswered,
            SlotState::Open => QuestionStatus::NotSeen,
        })
    }

    /// How many questions are answered.
    pub fn answered_count(&self) -> usize {
        self.slots
            .iter()
            .filter(|s| matches!(s.state, SlotState::Answered { .. }))
            .count()
    }

    /// Whether no question is left open (every one answered or timed out): time to finish.
    pub fn all_closed(&self) -> bool {
        self.slots
            .iter()
            .all(|s| !matches!(s.state, SlotState::Open))
    }

    /// Total time left at `now_ms`, for the visible timer; `None` without a total limit.
    pub fn remaining_ms(&self, now_ms: u64) -> Option<u64> {
        let deadline = self.deadline_ms()?;
        let at = self.finished_ms.map_or(now_ms, |f| f.min(now_ms));
        Some(deadline.saturating_sub(at))
    }

    /// Time left for the question on screen at `now_ms`; `None` without a per-question limit, or
    /// when the question on screen is not open or the session is finished.
    pub fn question_remaining_ms(&self, now_ms: u64) -> Option<u64> {
        if self.is_finished() {
            return None;
        }
        Some(self.current_expiry_ms()?.saturating_sub(now_ms))
    }

    /// Applies the clock: finishes the session when the total time ran out (keeping every answer
    /// given), and times out the current question when its own time ran out, moving on to the
    /// next open question (or finishing when none is left). Call it on every timer tick and
    /// after restoring a session; every other step calls it first.
    pub fn tick(&mut self, now_ms: u64) {
        if self.is_finished() {
            return;
        }
        let deadline = self.deadline_ms();
        let horizon = deadline.map_or(now_ms, |d| d.min(now_ms));
        while let Some(expiry) = self.current_expiry_ms() {
            if expiry > horizon {
                break;
            }
            self.close_visit(expiry);
            self.slots[self.current].state = SlotState::TimedOut { at_ms: expiry };
            match self.next_open_after(self.current) {
                Some(next) => self.enter(next, expiry),
                None => {
                    self.finished_ms = Some(expiry);
                    return;
                }
            }
        }
        if let Some(d) = deadline.filter(|&d| now_ms >= d) {
            self.finish_at(d);
        }
    }

    /// Records `answer` for the question on screen at `now_ms`.
    ///
    /// Practice returns the feedback to show; contest returns [`AnswerOutcome::Recorded`] and
    /// keeps the feedback for the end. Errors: the session is finished or its time ran out, the
    /// question's time ran out, the question is already answered (answers are final), or the
    /// answer does not fit the question.
    pub fn answer(
        &mut self,
        pack: &Pack,
        answer: Answer,
        now_ms: u64,
    ) -> Result<AnswerOutcome, SessionError> {
        self.settle(now_ms)?;
        let index = self.current;
        match self.slots[index].state {
            SlotState::Open => {}
            SlotState::Answered { .. } => return Err(SessionError::AlreadyAnswered),
            SlotState::TimedOut { .. } => return Err(SessionError::QuestionTimeUp),
        }
        let question = pack
            .question(&self.slots[index].question_id)
            .ok_or_else(|| SessionError::PackChanged {
                question_id: self.slots[index].question_id.clone(),
            })?;
        if !scoring::fits(question, &answer) {
            return Err(SessionError::AnswerDoesNotFit);
        }
        let slot = &mut self.slots[index];
        let time_ms = slot.spent_ms + now_ms.saturating_sub(self.visit_started_ms);
        slot.state = SlotState::Answered {
            answer,
            answered_ms: now_ms,
            time_ms,
        };
        Ok(match self.mode {
            Mode::Contest => AnswerOutcome::Recorded,
            Mode::Practice => AnswerOutcome::Feedback(
                self.feedback_for(question, index)
                    .expect("the slot was answered just above"),
            ),
        })
    }

    /// The feedback on the question at `index`: in practice once it is answered, in a contest
    /// only after the session is finished (for every question, answered or not).
    pub fn feedback(&self, pack: &Pack, index: usize) -> Option<Feedback> {
        let question = self.question(pack, index)?;
        match self.mode {
            Mode::Contest if !self.is_finished() => None,
            Mode::Contest => self.feedback_for(question, index),
            Mode::Practice => match self.slots[index].state {
                SlotState::Answered { .. } => self.feedback_for(question, index),
                _ => None,
            },
        }
    }

    /// Leaves the open question on screen unanswered for now and moves to the next open question
    /// (after it, wrapping around to skipped ones). Returns the new index.
    pub fn skip(&mut self, now_ms: u64) -> Result<usize, SessionError> {
        self.settle(now_ms)?;
        match self.slots[self.current].state {
            SlotState::Open => {}
            SlotState::Answered { .. } => return Err(SessionError::AlreadyAnswered),
            SlotState::TimedOut { .. } => return Err(SessionError::QuestionTimeUp),
        }
        self.move_on(now_ms)
    }

    /// Moves to the next open question (after the current one, wrapping around to skipped
    /// ones), whether or not the current one is answered; an unanswered one stays open for
    /// later. Returns the new index; [`SessionError::NothingLeft`] when no other question is
    /// open (then offer to finish).
    pub fn next(&mut self, now_ms: u64) -> Result<usize, SessionError> {
        self.settle(now_ms)?;
        self.move_on(now_ms)
    }

    /// Shows the question at `index` (0-based): to return to a skipped question, or to look at
    /// an answered one (which stays final).
    pub fn go_to(&mut self, index: usize, now_ms: u64) -> Result<(), SessionError> {
        let was_finished = self.is_finished();
        self.tick(now_ms);
        if self.is_finished() {
            return Err(if was_finished {
                SessionError::Finished
            } else {
                SessionError::TimeUp
            });
        }
        if index >= self.slots.len() {
            return Err(SessionError::NoSuchQuestion {
                number: index + 1,
                len: self.slots.len(),
            });
        }
        if index != self.current {
            self.close_visit(now_ms);
            self.enter(index, now_ms);
        }
        Ok(())
    }

    /// Finishes the session at `now_ms` (or earlier, when its time ran out before); unanswered
    /// questions score 0. Does nothing when already finished.
    pub fn finish(&mut self, now_ms: u64) {
        self.tick(now_ms);
        if !self.is_finished() {
            self.finish_at(now_ms);
        }
    }

    /// The result: score (sum of points × fraction), maximum, one outcome per question, duration
    /// and counts. Questions missing from `pack` (see [`Session::check_pack`]) count 0 of 0.
    pub fn result(&self, pack: &Pack) -> SessionResult {
        let per_question: Vec<QuestionOutcome> = self
            .slots
            .iter()
            .map(|slot| {
                let question = pack.question(&slot.question_id);
                let points = question.map_or(0.0, |q| q.points);
                let (answer, fraction, time_ms) = match &slot.state {
                    SlotState::Answered {
                        answer, time_ms, ..
                    } => (
                        Some(answer.clone()),
                        question.map_or(0.0, |q| scoring::score(q, answer)),
                        *time_ms,
                    ),
                    SlotState::Open | SlotState::TimedOut { .. } => (None, 0.0, slot.spent_ms),
                };
                QuestionOutcome {
                    question_id: slot.question_id.clone(),
                    answer,
                    fraction,
                    points,
                    earned: points * fraction,
                    time_ms,
                    timed_out: matches!(slot.state, SlotState::TimedOut { .. }),
                }
            })
            .collect();
        let end = self.finished_ms.unwrap_or_else(|| {
            self.slots
                .iter()
                .filter_map(|s| match s.state {
                    SlotState::Answered { answered_ms, .. } => Some(answered_ms),
                    _ => None,
                })
                .max()
                .unwrap_or(self.started_ms)
        });
        SessionResult {
            score: per_question.iter().map(|o| o.earned).sum(),
            max: per_question.iter().map(|o| o.points).sum(),
            answered: per_question.iter().filter(|o| o.answer.is_some()).count(),
            correct: per_question
                .iter()
                .filter(|o| o.answer.is_some() && o.fraction >= 1.0)
                .count(),
            duration_ms: end.saturating_sub(self.started_ms),
            per_question,
        }
    }

    fn deadline_ms(&self) -> Option<u64> {
        self.time_limit_ms
            .map(|l| self.started_ms.saturating_add(l))
    }

    /// When the question on screen times out, if it can.
    fn current_expiry_ms(&self) -> Option<u64> {
        let limit = self.question_time_limit_ms?;
        let slot = self.slots.get(self.current)?;
        if self.mode != Mode::Contest || !matches!(slot.state, SlotState::Open) {
            return None;
        }
        Some(
            self.visit_started_ms
                .saturating_add(limit.saturating_sub(slot.spent_ms)),
        )
    }

    /// The next open question after `from`, wrapping around, other than `from` itself.
    fn next_open_after(&self, from: usize) -> Option<usize> {
        let n = self.slots.len();
        (1..n)
            .map(|k| (from + k) % n)
            .find(|&i| matches!(self.slots[i].state, SlotState::Open))
    }

    /// Ticks, then refuses when the session is finished or the question on screen changed.
    fn settle(&mut self, now_ms: u64) -> Result<(), SessionError> {
        let was_finished = self.is_finished();
        let before = self.current;
        self.tick(now_ms);
        if was_finished {
            Err(SessionError::Finished)
        } else if self.is_finished() {
            Err(SessionError::TimeUp)
        } else if self.slots.is_empty() {
            Err(SessionError::NothingLeft)
        } else if self.current != before {
            Err(SessionError::QuestionTimeUp)
        } else {
            Ok(())
        }
    }

    fn move_on(&mut self, now_ms: u64) -> Result<usize, SessionError> {
        let next = self
            .next_open_after(self.current)
            .ok_or(SessionError::NothingLeft)?;
        self.close_visit(now_ms);
        self.enter(next, now_ms);
        Ok(next)
    }

    /// Adds the time since the current visit began to the current question.
    fn close_visit(&mut self, at_ms: u64) {
        let visit = at_ms.saturating_sub(self.visit_started_ms);
        if let Some(slot) = self.slots.get_mut(self.current) {
            slot.spent_ms = slot.spent_ms.saturating_add(visit);
        }
        self.visit_started_ms = at_ms;
    }

    fn enter(&mut self, index: usize, at_ms: u64) {
        self.current = index;
        self.visit_started_ms = at_ms;
        self.slots[index].first_shown_ms.get_or_insert(at_ms);
    }

    fn finish_at(&mut self, at_ms: u64) {
        self.close_visit(at_ms);
        self.finished_ms = Some(at_ms);
    }

    fn feedback_for(&self, question: &Question, index: usize) -> Option<Feedback> {
        let slot = self.slots.get(index)?;
        let answer = match &slot.state {
            SlotState::Answered { answer, .. } => Some(answer.clone()),
            _ => None,
        };
        let fraction = answer.as_ref().map_or(0.0, |a| scoring::score(question, a));
        let chosen = answer.as_ref().map(scoring::chosen_ids).unwrap_or_default();
        let option_feedback = slot
            .order
            .iter()
            .filter(|id| chosen.contains(&id.as_str()))
            .filter_map(|id| {
                let feedback = question.choice(id)?.feedback.clone()?;
                Some(OptionFeedback {
                    option_id: id.clone(),
                    feedback,
                })
            })
            .collect();
        Some(Feedback {
            question_id: question.id.clone(),
            correct: answer.is_some() && fraction >= 1.0,
            answer,
            fraction,
            explanation: question.explanation.clone(),
            correct_answer: scoring::correct_answer(question),
            option_feedback,
        })
    }
}
