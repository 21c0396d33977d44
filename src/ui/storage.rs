//! The one door to the browser's local storage (wasm32 only). Nothing else in Halol reads or
//! writes `localStorage`: the rest of the app calls a [`Store`] and gets domain values or a
//! [`StorageError`] it can show.
//!
//! # What is kept, and where
//!
//! A closed set of keys ([`Key`]), each holding one versioned stored form of
//! [`crate::engine::saved`] (`{"v": 1, ...}`):
//!
//! | key | value |
//! |---|---|
//! | `halol.session.<pack id>` | the session in progress on that pack, saved after every step |
//! | `halol.attempts` | every finished attempt on this device, oldest first |
//! | `halol.prefs` | the interface language |
//! | `halol.collections` | the teacher's contests and the results collected for them |
//! | `halol.idea-draft` | the idea the student is writing, saved on every keystroke |
//! | `halol.my-ideas` | the student's submitted (sealed) ideas, oldest first |
//! | `halol.juror-work` | the juror's jury pack and score sheet in progress, saved on every mark |
//! | `halol.organizer` | the organizer's idea contest: kept ideas, jury assignment, score sheets |
//! | `halol.backup.<key>.<n>` | an unreadable value of `<key>`, set aside (`n` = 0, 1, ...) |
//!
//! plus `halol.probe`, written and removed once by [`Store::open`] to learn whether writing works.
//!
//! # Nothing is lost
//!
//! - **Unreadable values.** When a stored value does not decode (damaged text, a version from a
//!   newer app, a wrong shape), its text is first copied to the first free backup key
//!   `halol.backup.<key>.<n>` (an existing backup is never overwritten; the same text is backed up
//!   once), and the call returns [`StorageError::Unreadable`]. The original stays where it was:
//!   it is replaced only when the app saves a new value there, and a save, an
//!   [`add_attempt`](Store::add_attempt) or a clear always checks the value it would replace and
//!   backs it up first when it is unreadable. If that copy cannot be written (storage full), the
//!   original is left untouched and the new value is kept in memory.
//! - **Blocked storage.** Private modes and sandboxed frames make `window.localStorage` throw or
//!   be `null`. [`Store::open`] probes it without panicking; when it is unusable the store keeps
//!   everything in memory for this visit and [`Store::problem`] says why, so the UI can tell the
//!   student once. The quiz works all the same.
//! - **Full storage.** When `setItem` throws `QuotaExceededError`, the value is kept in memory for
//!   this visit (later reads in the same store see it) and the call returns
//!   [`StorageError::Full`].
//!
//! So an `Err` from a write never means that the value given was thrown away: it says what the
//! student should know (the value is only in memory, or an old unreadable value was set aside).
//! A load reports an unreadable value each time it finds one (it is still there); a write reports
//! [`StorageError::Unreadable`] only when it is the call that set the old value aside, so a
//! student told once at loading is not told again when the app then saves over it.
//!
//! # Why `web_sys::Storage`, not `gloo-storage`
//!
//! This module talks to `web_sys::Storage` directly. gloo-storage's `LocalStorage` fetches the
//! storage again on every call through `raw()`, which panics (`expect_throw`) when storage is
//! blocked, so it cannot be held after a probe; and its typed `get`/`set` use serde on values we
//! need as raw text (to back them up untouched and decode them by version). What gloo would add
//! — a `Result` around `getItem`/`setItem` — is a few lines here, where the `DOMException` name
//! also tells a full quota from other failures. Swapping the backend touches only this file.
//!
//! # Sharing
//!
//! A `Store` is cheap to clone; clones share the same storage and in-memory fallback. It is not
//! `Send` (it holds a JS object), so to put it in a Leptos context wrap it, for example in
//! `StoredValue::new_local(store)`.

use crate::engine::idea::{IdeaDraft, IdeaRecord};
use crate::engine::saved::{
    decode_attempt_log, decode_contest_in_progress, decode_contests, decode_prefs, decode_session,
    encode_attempt_log, encode_contests, encode_prefs, encode_session, Attempt, AttemptLog,
    DecodeError, MyContests, Prefs,
};
use crate::engine::saved::{decode_collections, encode_collections, SavedContest};
use crate::engine::saved::{
    decode_idea_draft, decode_juror_work, decode_my_ideas, decode_organizer, encode_idea_draft,
    encode_juror_work, encode_my_ideas, encode_organizer, JurorWork, OrganizerState,
};
use crate::engine::session::Session;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// Written and removed by [`Store::open`] to check that writing works.
const PROBE_KEY: &str = "halol.probe";

/// Every key Halol stores a value under (backups aside, see [`Key::backup`]).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// The session in progress on a pack: `halol.session.<pack id>`.
    Session(String),
    /// Every finished attempt: `halol.attempts`.
    Attempts,
    /// The student's preferences: `halol.prefs`.
    Prefs,
    /// The student's classroom contests (entry and sealed records): `halol.contests`.
    Contests,
    /// The teacher's contests and the results collected for them: `halol.collections`.
    Collections,
    /// The idea the student is writing: `halol.idea-draft`.
    IdeaDraft,
    /// The student's submitted ideas: `halol.my-ideas`.
    MyIdeas,
    /// The juror's jury pack and score sheet: `halol.juror-work`.
    JurorWork,
    /// The organizer's idea contest: `halol.organizer`.
    Organizer,
}

impl Key {
    /// The key as written in local storage.
    pub fn name(&self) -> String {
        match self {
            Key::Session(pack_id) => format!("halol.session.{pack_id}"),
            Key::Attempts => "halol.attempts".to_string(),
            Key::Prefs => "halol.prefs".to_string(),
            Key::Collections => "halol.collections".to_string(),
            Key::Contests => "halol.contests".to_string(),
            Key::IdeaDraft => "halol.idea-draft".to_string(),
            Key::MyIdeas => "halol.my-ideas".to_string(),
            Key::JurorWork => "halol.juror-work".to_string(),
            Key::Organizer => "halol.organizer".to_string(),
        }
    }

    /// The `n`th backup key of this key: `halol.backup.<key>.<n>`.
    pub fn backup(&self, n: u32) -> String {
        format!("halol.backup.{}.{n}", self.name())
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// What went wrong with the browser's storage. The UI shows a translated message per variant.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser does not let the app use local storage (a private mode or a sandboxed frame):
    /// progress is kept in memory only, until the tab is closed.
    #[error(
        "the browser does not allow this app to save data (a private window or an embedded page?), \
         so progress is kept only until this tab is closed"
    )]
    Blocked,
    /// The storage quota is used up (`setItem` threw `QuotaExceededError`): the value is kept in
    /// memory for this visit only.
    #[error(
        "the browser's storage for this app is full, so the latest progress is kept only until \
         this tab is closed; free some space in the browser's site data"
    )]
    Full,
    /// A stored value could not be read. It was not deleted.
    #[error("could not read the saved data under `{key}`: {reason}. Nothing was deleted: {}", kept(.backup_key))]
    Unreadable {
        /// The key whose value is unreadable.
        key: String,
        /// Where a copy of the unreadable text was kept; `None` when the copy could not be
        /// written (storage full), in which case the original is left untouched.
        backup_key: Option<String>,
        /// Why it could not be read.
        reason: DecodeError,
    },
}

fn kept(backup_key: &Option<String>) -> String {
    match backup_key {
        Some(k) => format!("a copy is kept under `{k}`"),
        None => "it is left as it is until a copy can be made".to_string(),
    }
}

/// What a read found under a key.
enum Read<T> {
    Missing,
    Value(T),
    Unreadable { raw: String, reason: DecodeError },
}

#[derive(Debug)]
struct Inner {
    /// The browser's local storage; `None` when blocked (or for [`Store::memory`]).
    local: Option<web_sys::Storage>,
    /// Values that could not be written to `local` (`Some`) or removed from it (`None`) during
    /// this visit; they win over `local`. Without `local`, the whole store.
    memory: RefCell<Memory>,
    /// Why the store is not (fully) persistent, found when it was opened.
    problem: Option<StorageError>,
}

/// The app's storage: local storage when the browser allows it, with an in-memory fallback for
/// this visit. See the module doc.
#[derive(Clone, Debug)]
pub struct Store {
    inner: Rc<Inner>,
}

impl Store {
    /// Opens the browser's local storage, probing it without panicking. When it is unusable, the
    /// store runs in memory for this visit and [`Store::problem`] says why.
    pub fn open() -> Store {
        let probe = match web_sys::window() {
            Some(window) => window.local_storage(),
            None => Ok(None),
        };
        Store::from_probe(probe)
    }

    /// What [`Store::open`] does with the answer of `window.localStorage`: a storage object is
    /// tried with one small write; an exception or `null` gives an in-memory store with
    /// [`StorageError::Blocked`] as its problem. A storage whose write probe hits the quota is
    /// kept for reading, with [`StorageError::Full`] as its problem.
    pub fn from_probe(probe: Result<Option<web_sys::Storage>, JsValue>) -> Store {
        let (local, problem) = match probe {
            Ok(Some(storage)) => match storage.set_item(PROBE_KEY, "1") {
                Ok(()) => {
                    // Leaving the probe behind would do no harm, so a failure here is ignored.
                    let _ = storage.remove_item(PROBE_KEY);
                    (Some(storage), None)
                }
                Err(e) => match classify(&e) {
                    StorageError::Full => (Some(storage), Some(StorageError::Full)),
                    other => (None, Some(other)),
                },
            },
            Ok(None) | Err(_) => (None, Some(StorageError::Blocked)),
        };
        Store {
            inner: Rc::new(Inner {
                local,
                memory: RefCell::default(),
                problem,
            }),
        }
    }

    /// A store in memory only, with no problem reported (for tests and previews).
    pub fn memory() -> Store {
        Store {
            inner: Rc::new(Inner {
                local: None,
                memory: RefCell::default(),
                problem: None,
            }),
        }
    }

    /// Why this store does not keep data beyond this visit, found when it was opened:
    /// [`StorageError::Blocked`] (memory only) or [`StorageError::Full`] (writes may stay in
    /// memory). `None` when local storage works.
    pub fn problem(&self) -> Option<StorageError> {
        self.inner.problem.clone()
    }

    /// The session in progress on `pack_id`, if one was saved.
    pub fn load_session(&self, pack_id: &str) -> Result<Option<Session>, StorageError> {
        self.load(&Key::Session(pack_id.to_string()), decode_session)
    }

    /// Saves the session in progress (under its pack's key).
    pub fn save_session(&self, session: &Session) -> Result<(), StorageError> {
        let key = Key::Session(session.pack_id().to_string());
        self.replace(&key, Some(encode_session(session)), decode_session)
    }

    /// Forgets the session in progress on `pack_id` (once it is finished or abandoned).
    pub fn clear_session(&self, pack_id: &str) -> Result<(), StorageError> {
        self.replace(&Key::Session(pack_id.to_string()), None, decode_session)
    }

    /// Every finished attempt (an empty log when none was saved).
    pub fn load_attempts(&self) -> Result<AttemptLog, StorageError> {
        Ok(self
            .load(&Key::Attempts, decode_attempt_log)?
            .unwrap_or_default())
    }

    /// Adds a finished attempt to the log. When the stored log is unreadable, it is backed up,
    /// a new log with this attempt is saved, and [`StorageError::Unreadable`] says where the old
    /// one went (unless an earlier call already set it aside).
    pub fn add_attempt(&self, attempt: Attempt) -> Result<(), StorageError> {
        let key = Key::Attempts;
        let (mut log, set_aside) = match self.read(&key, decode_attempt_log) {
            Ok(Read::Value(log)) => (log, None),
            Ok(Read::Missing) => (AttemptLog::new(), None),
            Ok(Read::Unreadable { raw, reason }) => {
                let (err, created) = self.set_aside(&key, &raw, reason);
                (AttemptLog::new(), created.then_some(err))
            }
            // Reading failed: `replace` keeps the new log in memory and reports why.
            Err(_) => (AttemptLog::new(), None),
        };
        log.push(attempt);
        self.replace(&key, Some(encode_attempt_log(&log)), decode_attempt_log)?;
        set_aside.map_or(Ok(()), Err)
    }

    /// The student's preferences (the defaults when none were saved).
    pub fn load_prefs(&self) -> Result<Prefs, StorageError> {
        Ok(self.load(&Key::Prefs, decode_prefs)?.unwrap_or_default())
    }

    /// Saves the student's preferences.
    pub fn save_prefs(&self, prefs: &Prefs) -> Result<(), StorageError> {
        self.replace(&Key::Prefs, Some(encode_prefs(prefs)), decode_prefs)
    }

    /// The student's classroom contests (empty when none were saved).
    pub fn load_contests(&self) -> Result<MyContests, StorageError> {
        Ok(self
            .load(&Key::Contests, decode_contests)?
            .unwrap_or_default())
    }

    /// The pack id and start of the classroom contest being taken, if any: the part of
    /// [`Store::load_contests`] the student app needs.
    pub fn load_contest_in_progress(&self) -> Result<Option<(String, u64)>, StorageError> {
        Ok(self
            .load(&Key::Contests, decode_contest_in_progress)?
            .flatten())
    }

    /// Saves the student's classroom contests.
    pub fn save_contests(&self, contests: &MyContests) -> Result<(), StorageError> {
        self.replace(
            &Key::Contests,
            Some(encode_contests(contests)),
            decode_contests,
        )
    }

    /// Reads and decodes `key`; an unreadable value is set aside and reported.
    fn load<T>(
        &self,
        key: &Key,
        decode: fn(&str) -> Result<T, DecodeError>,
    ) -> Result<Option<T>, StorageError> {
        match self.read(key, decode)? {
            Read::Missing => Ok(None),
            Read::Value(v) => Ok(Some(v)),
            Read::Unreadable { raw, reason } => Err(self.set_aside(key, &raw, reason).0),
        }
    }

    fn read<T>(
        &self,
        key: &Key,
        decode: fn(&str) -> Result<T, DecodeError>,
    ) -> Result<Read<T>, StorageError> {
        Ok(match self.get(&key.name())? {
            None => Read::Missing,
            Some(raw) => match decode(&raw) {
                Ok(v) => Read::Value(v),
                Err(reason) => Read::Unreadable { raw, reason },
            },
        })
    }

    /// Backs up the unreadable `raw` of `key`; returns the error to report and whether the
    /// backup was made by this call.
    fn set_aside(&self, key: &Key, raw: &str, reason: DecodeError) -> (StorageError, bool) {
        let (backup_key, created) = match self.backup(key, raw) {
            Ok((k, created)) => (Some(k), created),
            Err(_) => (None, false),
        };
        let err = StorageError::Unreadable {
            key: key.name(),
            backup_key,
            reason,
        };
        (err, created)
    }

    /// Copies `raw` to the first free backup key of `key`, unless a backup of the same text
    /// already exists. Returns the backup key and whether it was written now. The copy goes to
    /// local storage or fails: a backup that lives only in memory would not protect anything.
    fn backup(&self, key: &Key, raw: &str) -> Result<(String, bool), StorageError> {
        for n in 0..=u32::MAX {
            let name = key.backup(n);
            match self.get_durable(&name)? {
                None => {
                    self.put_durable(&name, raw)?;
                    return Ok((name, true));
                }
                Some(existing) if existing == raw => return Ok((name, false)),
                Some(_) => {}
            }
        }
        // Four billion backups of one key cannot fit in a browser's storage.
        Err(StorageError::Full)
    }

    /// Writes `value` under `key` (`None`: removes it), after making sure that the value it
    /// replaces in local storage is readable (by `decode`, the key's own reader, so a page links
    /// only the readers of the keys it writes) or backed up. When that cannot be made sure, or the
    /// write fails, the new value is kept in memory for this visit and the error returned.
    fn replace<T>(
        &self,
        key: &Key,
        value: Option<String>,
        decode: fn(&str) -> Result<T, DecodeError>,
    ) -> Result<(), StorageError> {
        let name = key.name();
        let mut set_aside = None;
        match self.get_durable(&name) {
            Ok(Some(current)) if Some(&current) != value.as_ref() => {
                if let Err(reason) = decode(&current).map(drop) {
                    match self.backup(key, &current) {
                        Ok((backup_key, created)) => {
                            set_aside = created.then_some(StorageError::Unreadable {
                                key: name.clone(),
                                backup_key: Some(backup_key),
                                reason,
                            });
                        }
                        Err(e) => {
                            self.keep_in_memory(name, value);
                            return Err(e);
                        }
                    }
                }
            }
            Ok(_) => {}
            Err(e) => {
                self.keep_in_memory(name, value);
                return Err(e);
            }
        }
        self.put(name, value)?;
        set_aside.map_or(Ok(()), Err)
    }

    /// The value under `name` as the app sees it this visit: memory first, then local storage.
    fn get(&self, name: &str) -> Result<Option<String>, StorageError> {
        if let Some(value) = self.inner.memory.borrow().get(name) {
            return Ok(value.clone());
        }
        self.get_durable(name)
    }

    /// The value under `name` in local storage (in memory for a memory store).
    fn get_durable(&self, name: &str) -> Result<Option<String>, StorageError> {
        match &self.inner.local {
            Some(storage) => storage.get_item(name).map_err(|e| classify(&e)),
            None => Ok(self.inner.memory.borrow().get(name).cloned().flatten()),
        }
    }

    /// Writes to local storage only (in memory for a memory store).
    fn put_durable(&self, name: &str, value: &str) -> Result<(), StorageError> {
        match &self.inner.local {
            Some(storage) => storage.set_item(name, value).map_err(|e| classify(&e)),
            None => {
                self.keep_in_memory(name.to_string(), Some(value.to_string()));
                Ok(())
            }
        }
    }

    /// Writes or removes `name` in local storage, falling back to memory when that fails.
    fn put(&self, name: String, value: Option<String>) -> Result<(), StorageError> {
        let Some(storage) = &self.inner.local else {
            self.keep_in_memory(name, value);
            return Ok(());
        };
        let written = match &value {
            Some(v) => storage.set_item(&name, v),
            None => storage.remove_item(&name),
        };
        match written {
            Ok(()) => {
                self.inner.memory.borrow_mut().remove(&name);
                Ok(())
            }
            Err(e) => {
                self.keep_in_memory(name, value);
                Err(classify(&e))
            }
        }
    }

    fn keep_in_memory(&self, name: String, value: Option<String>) {
        let mut memory = self.inner.memory.borrow_mut();
        match (&self.inner.local, value) {
            // A memory store needs no record of removals.
            (None, None) => {
                memory.remove(&name);
            }
            (_, value) => {
                memory.insert(name, value);
            }
        }
    }
}

/// The values kept in memory, by key: a few keys at most, so a list (a map type would add its
/// code to the student's wasm for nothing).
#[derive(Debug, Default)]
struct Memory(Vec<(String, Option<String>)>);

impl Memory {
    fn get(&self, name: &str) -> Option<&Option<String>> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    fn insert(&mut self, name: String, value: Option<String>) {
        self.remove(&name);
        self.0.push((name, value));
    }

    fn remove(&mut self, name: &str) {
        self.0.retain(|(k, _)| k != name);
    }
}

/// What a storage exception means: a full quota, or storage that cannot be used.
fn classify(error: &JsValue) -> StorageError {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(e)
            if e.name() == "QuotaExceededError"
                || e.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                || e.code() == web_sys::DomException::QUOTA_EXCEEDED_ERR =>
        {
            StorageError::Full
        }
        _ => StorageError::Blocked,
    }
}

impl Store {
    /// The teacher's contests with their collected results (none when nothing was saved). An
    /// unreadable value is set aside and reported, as for the other keys.
    pub fn load_collections(&self) -> Result<Vec<SavedContest>, StorageError> {
        Ok(self
            .load(&Key::Collections, decode_collections)?
            .unwrap_or_default())
    }

    /// Saves the teacher's contests with their collected results (all of them, replacing the
    /// stored list; an unreadable stored list is backed up first).
    pub fn save_collections(&self, contests: &[SavedContest]) -> Result<(), StorageError> {
        self.replace(
            &Key::Collections,
            Some(encode_collections(contests)),
            decode_collections,
        )
    }
}

/// The idea contest's values: the student's draft and submitted ideas, the juror's work and the
/// organizer's state, each under its own key and with the same guarantees as the rest.
impl Store {
    /// The idea the student is writing, if one was saved.
    pub fn load_idea_draft(&self) -> Result<Option<IdeaDraft>, StorageError> {
        self.load(&Key::IdeaDraft, decode_idea_draft)
    }

    /// Saves the idea the student is writing (called on every keystroke).
    pub fn save_idea_draft(&self, draft: &IdeaDraft) -> Result<(), StorageError> {
        self.replace(
            &Key::IdeaDraft,
            Some(encode_idea_draft(draft)),
            decode_idea_draft,
        )
    }

    /// Forgets the draft (once its sealed idea is stored among the submitted ones).
    pub fn clear_idea_draft(&self) -> Result<(), StorageError> {
        self.replace(&Key::IdeaDraft, None, decode_idea_draft)
    }

    /// The student's submitted ideas, oldest first (none when nothing was saved).
    pub fn load_my_ideas(&self) -> Result<Vec<IdeaRecord>, StorageError> {
        Ok(self
            .load(&Key::MyIdeas, decode_my_ideas)?
            .unwrap_or_default())
    }

    /// Adds a submitted idea at the end of the stored list. When the stored list is unreadable,
    /// it is backed up, a new list with this idea is saved, and [`StorageError::Unreadable`] says
    /// where the old one went (unless an earlier call already set it aside): the new idea is
    /// stored all the same.
    pub fn add_my_idea(&self, record: IdeaRecord) -> Result<(), StorageError> {
        let key = Key::MyIdeas;
        let (mut ideas, set_aside) = match self.read(&key, decode_my_ideas) {
            Ok(Read::Value(ideas)) => (ideas, None),
            Ok(Read::Missing) => (Vec::new(), None),
            Ok(Read::Unreadable { raw, reason }) => {
                let (err, created) = self.set_aside(&key, &raw, reason);
                (Vec::new(), created.then_some(err))
            }
            // Reading failed: `replace` keeps the new list in memory and reports why.
            Err(_) => (Vec::new(), None),
        };
        ideas.push(record);
        self.replace(&key, Some(encode_my_ideas(&ideas)), decode_my_ideas)?;
        set_aside.map_or(Ok(()), Err)
    }

    /// Saves the student's submitted ideas (all of them, replacing the stored list: after a
    /// deletion).
    pub fn save_my_ideas(&self, ideas: &[IdeaRecord]) -> Result<(), StorageError> {
        self.replace(&Key::MyIdeas, Some(encode_my_ideas(ideas)), decode_my_ideas)
    }

    /// The juror's jury pack and sheet in progress, if a pack was opened.
    pub fn load_juror_work(&self) -> Result<Option<JurorWork>, StorageError> {
        self.load(&Key::JurorWork, decode_juror_work)
    }

    /// Saves the juror's work (called on every mark, comment and keystroke of the name).
    pub fn save_juror_work(&self, work: &JurorWork) -> Result<(), StorageError> {
        self.replace(
            &Key::JurorWork,
            Some(encode_juror_work(work)),
            decode_juror_work,
        )
    }

    /// The organizer's idea contest, if one was saved.
    pub fn load_organizer(&self) -> Result<Option<OrganizerState>, StorageError> {
        self.load(&Key::Organizer, decode_organizer)
    }

    /// Saves the organizer's idea contest (after every import, removal, pack and choice).
    pub fn save_organizer(&self, state: &OrganizerState) -> Result<(), StorageError> {
        self.replace(
            &Key::Organizer,
            Some(encode_organizer(state)),
            decode_organizer,
        )
    }
}
