//! Interface language: the current [`Lang`] as a reactive context, the interface strings in every
//! language, and how pack text is shown in the current language.
//!
//! Every interface string is a value of a table, an enum implementing [`Text`]: its `texts`
//! returns the string in uz-Cyrl, Russian and English from one exhaustive `match` of
//! three-string arrays, so a string missing in any language does not compile; uz-Latn is the
//! transliteration of the uz-Cyrl string ([`latin`]). Each page's strings are their own table, so
//! a page's wasm links only the tables it shows:
//! - [`Msg`]: the student app's, including those another page shows too;
//! - [`teacher::TeacherMsg`]: the teacher's page's, with the scanner's, the file picker's, the
//!   import verdicts and the ranking downloads the jury page shares;
//! - [`ideas::IdeaMsg`]: the idea form's, with the page title and idea fields the jury page shows;
//! - [`jury::JuryMsg`]: the organizer's and the juror's.
//!
//! Each page's wording helpers (counts, problems, outcomes) live beside its table.

pub mod contest;
pub mod ideas;
pub mod jury;
pub mod teacher;

use crate::engine::text::{Lang, LocalizedText, Resolved};
use crate::engine::transliterate::to_latin;
use leptos::prelude::*;

/// The language the interface and the quiz text are shown in, shared through context.
#[derive(Clone, Copy)]
pub struct UiLang(pub RwSignal<Lang>);

/// Provides the interface language to every component below.
pub fn provide_lang(initial: Lang) -> UiLang {
    let lang = UiLang(RwSignal::new(initial));
    provide_context(lang);
    lang
}

/// The current interface language (uz-Latn when no provider is mounted).
pub fn use_lang() -> Signal<Lang> {
    match use_context::<UiLang>() {
        Some(UiLang(sig)) => sig.into(),
        None => Signal::stored(Lang::UzLatn),
    }
}

/// The language to start with on a first visit, from the browser's preferred languages:
/// `uz-Cyrl*` → uz-Cyrl, `ru*` → ru, `en*` → en, anything else (including `uz`) → uz-Latn.
pub fn detect(preferred: &[String]) -> Lang {
    for tag in preferred {
        let t = tag.to_ascii_lowercase();
        if t.starts_with("uz-cyrl") {
            return Lang::UzCyrl;
        }
        if t.starts_with("uz") {
            return Lang::UzLatn;
        }
        if t.starts_with("ru") {
            return Lang::Ru;
        }
        if t.starts_with("en") {
            return Lang::En;
        }
    }
    Lang::UzLatn
}

/// A table of interface strings: each value is one string in uz-Cyrl, Russian and English; its
/// uz-Latn form is the official transliteration of the uz-Cyrl one ([`latin`]), as for pack
/// texts, so the two scripts cannot drift apart and the wasm carries one Uzbek copy. Each page's
/// table is its own enum with its own exhaustive `match`, so a string missing in any language
/// does not compile, and a page's wasm links only the tables it uses.
pub trait Text: Copy + Send + Sync + 'static {
    /// The string in uz-Cyrl, Russian and English.
    fn texts(self) -> [&'static str; 3];

    /// The string in `lang`.
    fn text(self, lang: Lang) -> &'static str {
        let [uz_cyrl, ru, en] = self.texts();
        match lang {
            Lang::UzLatn => latin(uz_cyrl),
            Lang::UzCyrl => uz_cyrl,
            Lang::Ru => ru,
            Lang::En => en,
        }
    }
}

thread_local! {
    /// The uz-Latn forms made so far, by the address of their uz-Cyrl string: each interface
    /// string is transliterated once per visit and kept (a few hundred at most).
    static LATIN: std::cell::RefCell<Vec<(usize, &'static str)>> = const {
        std::cell::RefCell::new(Vec::new())
    };
}

/// The uz-Latn form of the interface string `uz_cyrl` (the official transliteration, made once
/// and kept for the visit).
pub fn latin(uz_cyrl: &'static str) -> &'static str {
    let key = uz_cyrl.as_ptr() as usize;
    LATIN.with(|made| {
        if let Some(&(_, text)) = made.borrow().iter().find(|(k, _)| *k == key) {
            return text;
        }
        let text: &'static str = Box::leak(to_latin(uz_cyrl).into_boxed_str());
        made.borrow_mut().push((key, text));
        text
    })
}

/// A string of any table, for the components several pages share (a page's title, a file
/// picker's label): they take it `into` an `AnyText`, so each is compiled once, not once per
/// table, and a page links only the tables its callers name.
#[derive(Clone, Copy)]
pub struct AnyText([&'static str; 3]);

impl AnyText {
    /// The string `msg` of any table.
    pub fn of(msg: impl Text) -> AnyText {
        AnyText(msg.texts())
    }
}

impl Text for AnyText {
    fn texts(self) -> [&'static str; 3] {
        self.0
    }
}

impl From<Msg> for AnyText {
    fn from(msg: Msg) -> AnyText {
        AnyText::of(msg)
    }
}

/// The interface string `msg` in the current language, as a reactive view. One closure type
/// per table, so the string views of a table share their rendering code.
pub fn t<M: Text>(msg: M) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_lang();
    move || msg.text(lang.get())
}

/// A pack text in the current language, as a reactive view (one closure type for all texts).
pub fn tx(text: LocalizedText) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let lang = use_lang();
    move || show(&text, lang.get())
}

/// A pack text as shown in `lang` (uz-Latn is transliterated from uz-Cyrl when not authored).
pub fn show(text: &LocalizedText, lang: Lang) -> String {
    text.display(lang).into_owned()
}

/// Whether `text` has no version of its own in `lang` and is shown from the uz-Cyrl original.
pub fn is_fallback(text: &LocalizedText, lang: Lang) -> bool {
    matches!(lang, Lang::Ru | Lang::En) && text.resolve(lang).1 == Resolved::FallbackUzCyrl
}

/// The student app's interface strings, and those another page shows too.
#[derive(Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum Msg {
    Quizzes,
    QuizzesLead,
    FridayBadge,
    Language,
    Home,
    Loading,
    Practice,
    PracticeHint,
    Contest,
    ContestHint,
    Continue,
    StartOver,
    InProgress,
    Answer,
    Skip,
    Next,
    Finish,
    Correct,
    Wrong,
    Partly,
    Explanation,
    Source,
    YourAnswer,
    CorrectAnswer,
    NoAnswer,
    True,
    False,
    MoveUp,
    MoveDown,
    OrderHint,
    ChooseOne,
    ChooseMany,
    TimeLeft,
    QuestionTime,
    Result,
    Score,
    CorrectCount,
    TimeTaken,
    Review,
    TryAgain,
    BestScore,
    PackLoadFailed,
    NotesLoading,
    NotesFailed,
    NotFound,
    StorageBlocked,
    StorageFull,
    StorageUnreadable,
    NoTranslation,
    UnansweredLeft,
    KeyboardHint,
    Dismiss,
    AnsweredSoFar,
    LastAttempt,
    Date,
    ConfirmStartOver,
    UpdateReady,
    Reload,
    JoinContest,
    MyResults,
    SealFailed,
    /// Why an answer, a skip or a move on the question screen was refused
    /// ([`crate::engine::session::SessionError`], see [`session_error`]).
    ErrFinished,
    ErrTimeUp,
    ErrQuestionTimeUp,
    ErrAlreadyAnswered,
    ErrAnswerDoesNotFit,
    ErrNothingLeft,
    ErrCannotGoOn,
    ForTeachers,
    IdeasLink,
    JuryLink,
}

impl Text for Msg {
    fn texts(self) -> [&'static str; 3] {
        match self {
            Msg::Quizzes => ["Викториналар", "Викторины", "Quizzes"],
            Msg::QuizzesLead => [
                "Машқ қилинг ёки танловда қатнашинг. Интернет бўлмаса ҳам ишлайди.",
                "Тренируйтесь или участвуйте в конкурсе. Работает и без интернета.",
                "Practise or take part in a contest. Works without internet too.",
            ],
            Msg::FridayBadge => [
                "Бугун жума — коррупцияга қарши курашиш куни",
                "Сегодня пятница — день борьбы с коррупцией",
                "Today is Friday, anti-corruption day",
            ],
            Msg::Language => ["Тил", "Язык", "Language"],
            Msg::Home => ["Бош саҳифа", "Главная", "Home"],
            Msg::Loading => ["Юкланмоқда…", "Загрузка…", "Loading…"],
            Msg::Practice => ["Машқ", "Тренировка", "Practice"],
            Msg::PracticeHint => [
                "Ҳар бир жавобдан кейин тўғри жавоб ва изоҳ кўрсатилади. Вақт чекланмаган.",
                "После каждого ответа — правильный ответ и пояснение. Время не ограничено.",
                "After each answer you see the right answer and why. No time limit.",
            ],
            Msg::Contest => ["Танлов", "Конкурс", "Contest"],
            Msg::ContestHint => [
                "Саволлар аралаштирилади, вақт чекланган, жавобни ўзгартириб бўлмайди. Натижа охирида.",
                "Вопросы перемешаны, время ограничено, ответ изменить нельзя. Результат в конце.",
                "Questions are shuffled and timed, answers are final. The result comes at the end.",
            ],
            Msg::Continue => ["Давом эттириш", "Продолжить", "Continue"],
            Msg::StartOver => ["Қайтадан бошлаш", "Начать заново", "Start over"],
            Msg::InProgress => [
                "Тугалланмаган уриниш бор",
                "Есть незавершённая попытка",
                "You have an unfinished attempt",
            ],
            Msg::Answer => ["Жавоб бериш", "Ответить", "Answer"],
            Msg::Skip => ["Ўтказиб юбориш", "Пропустить", "Skip"],
            Msg::Next => ["Кейинги савол", "Следующий вопрос", "Next question"],
            Msg::Finish => ["Якунлаш", "Завершить", "Finish"],
            Msg::Correct => ["Тўғри", "Верно", "Correct"],
            Msg::Wrong => ["Нотўғри", "Неверно", "Wrong"],
            Msg::Partly => ["Қисман тўғри", "Частично верно", "Partly correct"],
            Msg::Explanation => ["Изоҳ", "Пояснение", "Explanation"],
            Msg::Source => ["Манба", "Источник", "Source"],
            Msg::YourAnswer => ["Сизнинг жавобингиз", "Ваш ответ", "Your answer"],
            Msg::CorrectAnswer => ["Тўғри жавоб", "Правильный ответ", "Correct answer"],
            Msg::NoAnswer => ["Жавоб берилмаган", "Нет ответа", "Not answered"],
            Msg::True => ["Рост", "Верно", "True"],
            Msg::False => ["Ёлғон", "Неверно", "False"],
            Msg::MoveUp => ["Юқорига", "Выше", "Move up"],
            Msg::MoveDown => ["Пастга", "Ниже", "Move down"],
            Msg::OrderHint => [
                "Тўғри тартибга келтиринг",
                "Расставьте в правильном порядке",
                "Put these in the right order",
            ],
            Msg::ChooseOne => ["Битта жавобни танланг", "Выберите один ответ", "Choose one answer"],
            Msg::ChooseMany => [
                "Барча тўғри жавобларни танланг",
                "Выберите все правильные ответы",
                "Choose every correct answer",
            ],
            Msg::TimeLeft => ["Қолган вақт", "Осталось", "Time left"],
            Msg::QuestionTime => ["Саволга", "На вопрос", "This question"],
            Msg::Result => ["Натижа", "Результат", "Result"],
            Msg::Score => ["Балл", "Баллы", "Score"],
            Msg::CorrectCount => ["Тўғри жавоблар", "Верных ответов", "Correct answers"],
            Msg::TimeTaken => ["Сарфланган вақт", "Затрачено времени", "Time taken"],
            Msg::Review => ["Жавобларни кўриб чиқиш", "Разбор ответов", "Review your answers"],
            Msg::TryAgain => ["Яна уриниб кўриш", "Попробовать ещё раз", "Try again"],
            Msg::BestScore => ["Энг яхши натижа", "Лучший результат", "Best result"],
            Msg::PackLoadFailed => [
                "Викторинани юклаб бўлмади. Интернетни текшириб, қайта уриниб кўринг.",
                "Не удалось загрузить викторину. Проверьте интернет и попробуйте снова.",
                "The quiz could not be loaded. Check the connection and try again.",
            ],
            Msg::NotesLoading => [
                "Изоҳ юкланмоқда…",
                "Пояснение загружается…",
                "Loading the explanation…",
            ],
            Msg::NotesFailed => [
                "Изоҳни юклаб бўлмади: интернетни текширинг. Жавобингиз сақланди.",
                "Не удалось загрузить пояснение: проверьте интернет. Ваш ответ сохранён.",
                "The explanation could not be loaded: check the connection. Your answer is saved.",
            ],
            Msg::NotFound => ["Саҳифа топилмади.", "Страница не найдена.", "Page not found."],
            Msg::StorageBlocked => [
                "Браузер маълумот сақлашга рухсат бермаяпти (масалан, махфий режим). Викторина ишлайди, лекин саҳифа ёпилса, натижалар сақланмайди.",
                "Браузер не разрешает сохранять данные (например, в режиме инкогнито). Викторина работает, но после закрытия страницы результаты не сохранятся.",
                "The browser does not allow saving data (private mode?). The quiz works, but results are lost when the page closes.",
            ],
            Msg::StorageFull => [
                "Қурилма хотираси тўлган: охирги ўзгаришлар фақат шу саҳифа очиқ турганда сақланади. Кераксиз маълумотларни ўчиринг.",
                "Память браузера заполнена: последние изменения сохранятся, только пока страница открыта. Освободите место.",
                "Browser storage is full: recent changes are kept only while this page is open. Free some space.",
            ],
            Msg::StorageUnreadable => [
                "Сақланган маълумотларни ўқиб бўлмади. Улар ўчирилмади: захира нусхада сақлаб қўйилди.",
                "Не удалось прочитать сохранённые данные. Они не удалены: копия сохранена отдельно.",
                "Saved data could not be read. It was not deleted: a backup copy was kept.",
            ],
            Msg::NoTranslation => [
                "Таржима йўқ: асл матн",
                "Перевода нет: текст на узбекском",
                "No translation: original Uzbek text",
            ],
            Msg::UnansweredLeft => [
                "Жавоб берилмаган саволлар бор. Барибир якунлайсизми?",
                "Остались вопросы без ответа. Всё равно завершить?",
                "Some questions are unanswered. Finish anyway?",
            ],
            Msg::KeyboardHint => [
                "Клавиатура: рақамлар жавобни танлайди, Enter тасдиқлайди.",
                "Клавиатура: цифры выбирают ответ, Enter подтверждает.",
                "Keyboard: number keys pick an answer, Enter submits.",
            ],
            Msg::Dismiss => ["Ёпиш", "Закрыть", "Dismiss"],
            Msg::LastAttempt => ["Охирги уриниш", "Последняя попытка", "Last attempt"],
            Msg::Date => ["Сана", "Дата", "Date"],
            Msg::UpdateReady => [
                "Илованинг янги версияси тайёр.",
                "Готова новая версия приложения.",
                "A new version of the app is ready.",
            ],
            Msg::Reload => ["Қайта юклаш", "Перезагрузить", "Reload"],
            Msg::JoinContest => ["Танловга қўшилиш", "Присоединиться к конкурсу", "Join a contest"],
            Msg::MyResults => [
                "Менинг танлов натижаларим",
                "Мои результаты конкурсов",
                "My contest results",
            ],
            Msg::ForTeachers => [
                "Ўқитувчилар учун: танлов ўтказиш",
                "Для учителей: провести конкурс",
                "For teachers: run a contest",
            ],
            Msg::ErrFinished => [
                "Викторина аллақачон якунланган. Қайта жавоб бериш учун янги уриниш бошланг.",
                "Викторина уже завершена. Начните новую попытку, чтобы ответить снова.",
                "The quiz is already finished. Start a new attempt to answer again.",
            ],
            Msg::ErrTimeUp => [
                "Викторина вақти тугади. Ундан олдин берилган жавоблар сақланди.",
                "Время викторины истекло. Ответы, данные до этого, сохранены.",
                "The time for the quiz ran out. The answers given before that were kept.",
            ],
            Msg::ErrQuestionTimeUp => [
                "Бу савол учун вақт тугади, у жавобсиз ҳисобланади. Кейинги саволга ўтинг.",
                "Время на этот вопрос истекло, он засчитан как вопрос без ответа. Переходите к следующему.",
                "The time for this question ran out, so it counts as unanswered. Go on with the next one.",
            ],
            Msg::ErrAlreadyAnswered => [
                "Бу саволга жавоб берилган, жавобни ўзгартириб бўлмайди.",
                "На этот вопрос уже дан ответ, и изменить его нельзя.",
                "This question is already answered, and an answer is final.",
            ],
            Msg::ErrAnswerDoesNotFit => [
                "Бу жавоб саволга мос келмайди.",
                "Этот ответ не подходит к вопросу.",
                "This answer does not fit the question.",
            ],
            Msg::ErrNothingLeft => [
                "Қолган барча саволларга жавоб берилган ёки улар ёпилган. Натижани кўриш учун викторинани якунланг.",
                "Все остальные вопросы отвечены или закрыты. Завершите викторину, чтобы увидеть результат.",
                "Every other question is answered or closed. Finish the quiz to see the result.",
            ],
            Msg::ErrCannotGoOn => [
                "Бу уринишни давом эттириб бўлмайди. Янги уриниш бошланг.",
                "Эту попытку нельзя продолжить. Начните новую попытку.",
                "This attempt cannot go on. Start a new attempt.",
            ],
            Msg::SealFailed => [
                "Натижа файлини яратиб бўлмади; жавобларингиз сақланган.",
                "Не удалось создать файл результата; ваши ответы сохранены.",
                "The result file could not be made; your answers are saved.",
            ],
            Msg::ConfirmStartOver => [
                "Тугалланмаган уринишдаги жавоблар ўчирилади. Қайтадан бошлайсизми?",
                "Ответы незавершённой попытки будут удалены. Начать заново?",
                "The answers of the unfinished attempt will be discarded. Start over?",
            ],
            Msg::AnsweredSoFar => [
                "Жавоб берилган саволлар",
                "Отвечено вопросов",
                "Questions answered",
            ],
            Msg::IdeasLink => [
                "Ғоялар танлови: ўз ғоянгизни юборинг",
                "Конкурс идей: предложите свою идею",
                "Idea contest: send in your idea",
            ],
            Msg::JuryLink => [
                "Ғоялар танлови ташкилотчилари ва ҳакамлари учун",
                "Для организаторов и жюри конкурса идей",
                "For organizers and jurors of the idea contest",
            ],
        }
    }
}

/// "12 savol" / "12 вопросов": a question count in `lang`.
pub fn questions(n: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("{n} ta savol"),
        Lang::UzCyrl => format!("{n} та савол"),
        Lang::Ru => format!("{n} {}", ru_plural(n, "вопрос", "вопроса", "вопросов")),
        Lang::En if n == 1 => "1 question".to_string(),
        Lang::En => format!("{n} questions"),
    }
}

/// "Savol 3 / 20": the position in an attempt.
pub fn question_of(k: usize, n: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("{k}-savol, jami {n}"),
        Lang::UzCyrl => format!("{k}-савол, жами {n}"),
        Lang::Ru => format!("Вопрос {k} из {n}"),
        Lang::En => format!("Question {k} of {n}"),
    }
}

/// The local date of `epoch_ms` as written in `lang` («2026-yil 26-noyabr»).
pub fn date(epoch_ms: u64, lang: Lang) -> String {
    crate::engine::dates::Date::from_epoch_ms(epoch_ms, crate::ui::browser::utc_offset_minutes())
        .format(lang)
}

/// Points with at most one decimal, with the decimal sign of `lang`: `12`, `12,5`.
pub fn points(p: f64, lang: Lang) -> String {
    crate::engine::dates::format_number(p, 1, lang)
}

/// A duration as minutes and seconds, `m:ss`.
pub fn clock(ms: u64) -> String {
    let s = ms.div_ceil(1000);
    format!("{}:{:02}", s / 60, s % 60)
}

/// "20 daqiqa": a time limit in whole minutes.
pub fn minutes(secs: u64, lang: Lang) -> String {
    let m = secs.div_ceil(60);
    match lang {
        Lang::UzLatn => format!("{m} daqiqa"),
        Lang::UzCyrl => format!("{m} дақиқа"),
        Lang::Ru => format!("{m} {}", ru_plural(m as usize, "минута", "минуты", "минут")),
        Lang::En if m == 1 => "1 minute".to_string(),
        Lang::En => format!("{m} minutes"),
    }
}

/// Russian plural form for `n`: one (1, 21…), few (2–4, 22–24…), many.
fn ru_plural(n: usize, one: &'static str, few: &'static str, many: &'static str) -> &'static str {
    match (n % 10, n % 100) {
        (1, r) if r != 11 => one,
        (2..=4, r) if !(12..=14).contains(&r) => few,
        _ => many,
    }
}

/// The name of a language in that language, for the switcher.
pub fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::UzLatn => "Oʻzbekcha",
        Lang::UzCyrl => "Ўзбекча",
        Lang::Ru => "Русский",
        Lang::En => "English",
    }
}

/// Russian genitive after «не меньше N», «до N»: `one` after 1, 21, 31 … (not 11), else `many`.
fn ru_genitive(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n % 10 == 1 && n % 100 != 11 {
        one
    } else {
        many
    }
}

/// The student's words for why the question screen refused an answer, a skip or a move (the
/// engine's own message is English, for logs and tests).
pub fn session_error(error: &crate::engine::session::SessionError) -> Msg {
    use crate::engine::session::SessionError as E;
    match error {
        E::Finished => Msg::ErrFinished,
        E::TimeUp => Msg::ErrTimeUp,
        E::QuestionTimeUp => Msg::ErrQuestionTimeUp,
        E::AlreadyAnswered => Msg::ErrAlreadyAnswered,
        E::AnswerDoesNotFit => Msg::ErrAnswerDoesNotFit,
        E::NothingLeft => Msg::ErrNothingLeft,
        _ => Msg::ErrCannotGoOn,
    }
}
