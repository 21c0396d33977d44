//! The idea form's interface strings (the page's title, the fields, the form's problems, the
//! hand-off, my ideas), with those the jury page shares with it: the page's title, the fields a
//! juror reads, the contest settings' failure. Only `halol-ideas` and `halol-jury` link this
//! table.

use super::{ru_genitive, ru_plural, Text};
use crate::engine::text::Lang;

/// The strings of the idea form, and those the jury page shares with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum IdeaMsg {
    Page,
    BlindHint,
    Title,
    Problem,
    ProblemHint,
    Solution,
    SolutionHint,
    Implementation,
    ImplementationHint,
    Effect,
    EffectHint,
    Category,
    ChooseCategory,
    Authors,
    AuthorAge,
    AuthorSchool,
    AuthorClass,
    AddAuthor,
    RemoveAuthor,
    Contact,
    ContactHint,
    Submit,
    DraftSaved,
    KeptInMemory,
    Ready,
    HandOffHint,
    QrTooLong,
    Number,
    SubmittedOn,
    WriteAnother,
    MyIdeas,
    MyIdeasEmpty,
    StateSubmitted,
    ConfirmDelete,
    SettingsBroken,
    ProblemMissing,
    ProblemCategory,
    ProblemNoAuthor,
    ProblemAgeDigits,
}

impl Text for IdeaMsg {
    fn texts(self) -> [&'static str; 3] {
        match self {
            IdeaMsg::Page => ["Ғоялар танлови", "Конкурс идей", "Idea contest"],
            IdeaMsg::BlindHint => [
                "Ҳакамлар ғоянгизни муаллифлар исмисиз, фақат код билан кўради: матнда исмингизни ёзманг. Ёзганларингиз ҳар бир ҳарфдан кейин шу қурилмада сақланади.",
                "Жюри видит идею без имён авторов, только под кодом: не пишите своё имя в тексте. Написанное сохраняется на этом устройстве после каждой буквы.",
                "The jurors see your idea without the authors' names, only under a code: do not write your name in the text. What you write is saved on this device after every letter.",
            ],
            IdeaMsg::Title => ["Ғоянинг номи", "Название идеи", "Title of the idea"],
            IdeaMsg::Problem => ["Муаммо", "Проблема", "The problem"],
            IdeaMsg::ProblemHint => [
                "Қайси коррупция муаммосини ҳал қилмоқчисиз? У қаерда учрайди ва кимга зарар етказади?",
                "Какую проблему коррупции вы хотите решить? Где она встречается и кому вредит?",
                "Which corruption problem do you want to solve? Where does it happen, and whom does it harm?",
            ],
            IdeaMsg::Solution => ["Таклиф этилаётган ечим", "Предлагаемое решение", "The proposed solution"],
            IdeaMsg::SolutionHint => [
                "Нимани ўзгартиришни таклиф қиласиз?",
                "Что вы предлагаете изменить?",
                "What do you propose to change?",
            ],
            IdeaMsg::Implementation => ["Амалга ошириш йўли", "Как это внедрить", "How to put it into practice"],
            IdeaMsg::ImplementationHint => [
                "Ким, қандай қадамлар билан ва қанча вақтда амалга оширади?",
                "Кто, какими шагами и за какое время это сделает?",
                "Who would do it, in which steps, and how long would it take?",
            ],
            IdeaMsg::Effect => ["Кутилаётган натижа", "Ожидаемый результат", "The expected effect"],
            IdeaMsg::EffectHint => [
                "Ғоя амалга ошса, нима ўзгаради ва буни қандай билиш мумкин?",
                "Что изменится, если идею воплотят, и как это увидеть?",
                "What would change if the idea were put in place, and how could it be seen?",
            ],
            IdeaMsg::Category => ["Йўналиш", "Направление", "Category"],
            IdeaMsg::ChooseCategory => [
                "— йўналишни танланг —",
                "— выберите направление —",
                "— choose a category —",
            ],
            IdeaMsg::Authors => ["Муаллифлар", "Авторы", "Authors"],
            IdeaMsg::AuthorAge => ["Ёши", "Возраст", "Age"],
            IdeaMsg::AuthorSchool => [
                "Мактаб, коллеж ёки олийгоҳ",
                "Школа, колледж или вуз",
                "School, college or university",
            ],
            IdeaMsg::AuthorClass => [
                "Синф ёки гуруҳ (ихтиёрий)",
                "Класс или группа (необязательно)",
                "Class or group (optional)",
            ],
            IdeaMsg::AddAuthor => ["+ Муаллиф қўшиш", "+ Добавить автора", "+ Add an author"],
            IdeaMsg::RemoveAuthor => [
                "Бу муаллифни олиб ташлаш",
                "Убрать этого автора",
                "Remove this author",
            ],
            IdeaMsg::Contact => [
                "Алоқа (ихтиёрий): телефон, э-почта ёки Telegram",
                "Контакт (необязательно): телефон, e-mail или Telegram",
                "Contact (optional): phone, e-mail or Telegram",
            ],
            IdeaMsg::ContactHint => [
                "Уни фақат ташкилотчи кўради, ҳакамлар кўрмайди.",
                "Его видит только организатор, жюри — нет.",
                "Only the organizer sees it, never the jurors.",
            ],
            IdeaMsg::Submit => ["Ғояни юбориш", "Подать идею", "Submit the idea"],
            IdeaMsg::DraftSaved => [
                "✓ Қоралама шу қурилмада сақланди",
                "✓ Черновик сохранён на этом устройстве",
                "✓ Draft saved on this device",
            ],
            IdeaMsg::KeptInMemory => [
                "⚠ Фақат шу саҳифа очиқ турганда сақланади",
                "⚠ Сохраняется, только пока открыта страница",
                "⚠ Kept only while this page is open",
            ],
            IdeaMsg::Ready => [
                "Ғоянгиз тайёр: энди файлни ташкилотчига юборинг",
                "Идея готова: теперь отправьте файл организатору",
                "Your idea is ready: now send the file to the organizer",
            ],
            IdeaMsg::HandOffHint => [
                "Файлни Telegram ёки USB орқали юборинг. Ғоя шу телефонда ҳам сақланади: уни «Менинг ғояларим» рўйхатидан қайта юклаб олиш мумкин.",
                "Отправьте файл через Telegram или USB. Идея остаётся и в телефоне: её можно снова скачать из списка «Мои идеи».",
                "Send the file by Telegram or USB. The idea also stays on this phone: you can download it again from “My ideas”.",
            ],
            IdeaMsg::QrTooLong => [
                "Ғоя QR кодлар учун жуда узун: файлни юборинг.",
                "Идея слишком длинная для QR-кодов: отправьте файл.",
                "The idea is too long for QR codes: send the file.",
            ],
            IdeaMsg::Number => ["Ғоя рақами", "Номер идеи", "Idea number"],
            IdeaMsg::SubmittedOn => ["Юборилган сана", "Дата подачи", "Submitted on"],
            IdeaMsg::WriteAnother => ["Яна бир ғоя ёзиш", "Написать ещё одну идею", "Write another idea"],
            IdeaMsg::MyIdeas => ["Менинг ғояларим", "Мои идеи", "My ideas"],
            IdeaMsg::MyIdeasEmpty => [
                "Ҳали юборилган ғоя йўқ.",
                "Поданных идей пока нет.",
                "No submitted ideas yet.",
            ],
            IdeaMsg::StateSubmitted => [
                "Топширилди — бу файлни ташкилотчига юборинг",
                "Подана — отправьте этот файл организатору",
                "Submitted — send this file to the organizer",
            ],
            IdeaMsg::ConfirmDelete => [
                "Бу ғоя телефондан ўчирилади. Файлни ташкилотчига юбордингизми?",
                "Идея будет удалена с телефона. Вы уже отправили файл организатору?",
                "This idea will be deleted from the phone. Have you sent the file to the organizer?",
            ],
            IdeaMsg::SettingsBroken => [
                "Танлов созламаларини ўқиб бўлмади. Иловани янгиланг.",
                "Не удалось прочитать настройки конкурса. Обновите приложение.",
                "The contest settings could not be read. Update the app.",
            ],
            IdeaMsg::ProblemMissing => ["Бу майдонни тўлдиринг.", "Заполните это поле.", "Fill in this field."],
            IdeaMsg::ProblemCategory => [
                "Рўйхатдан йўналишни танланг.",
                "Выберите направление из списка.",
                "Choose a category from the list.",
            ],
            IdeaMsg::ProblemNoAuthor => [
                "Камида битта муаллифни ёзинг.",
                "Укажите хотя бы одного автора.",
                "Add at least one author.",
            ],
            IdeaMsg::ProblemAgeDigits => [
                "Ёшни рақамлар билан ёзинг, масалан: 15.",
                "Укажите возраст цифрами, например: 15.",
                "Write the age in digits, for example: 15.",
            ],
        }
    }
}

impl From<IdeaMsg> for super::AnyText {
    fn from(msg: IdeaMsg) -> super::AnyText {
        super::AnyText::of(msg)
    }
}

/// "Write at least 30 characters.": a text shorter than the least.
pub fn too_short(min: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("Kamida {min} ta belgi yozing."),
        Lang::UzCyrl => format!("Камида {min} та белги ёзинг."),
        Lang::Ru => format!(
            "Напишите не меньше {min} {}.",
            ru_genitive(min, "символа", "символов")
        ),
        Lang::En => format!("Write at least {min} characters."),
    }
}

/// "Write at most 120 characters.": a text longer than the most.
pub fn too_long(max: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("Koʻpi bilan {max} ta belgi yozing."),
        Lang::UzCyrl => format!("Кўпи билан {max} та белги ёзинг."),
        Lang::Ru => format!(
            "Напишите не больше {max} {}.",
            ru_genitive(max, "символа", "символов")
        ),
        Lang::En => format!("Write at most {max} characters."),
    }
}

/// "A team has at most 5 authors."
pub fn too_many_authors(max: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("Jamoada koʻpi bilan {max} kishi boʻladi."),
        Lang::UzCyrl => format!("Жамоада кўпи билан {max} киши бўлади."),
        Lang::Ru => format!(
            "В команде не больше {max} {}.",
            ru_genitive(max, "автора", "авторов")
        ),
        Lang::En => format!("A team has at most {max} authors."),
    }
}

/// "The contest is for ages 10 to 30."
pub fn age_range(min: usize, max: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("Tanlov {min} yoshdan {max} yoshgacha boʻlganlar uchun."),
        Lang::UzCyrl => format!("Танлов {min} ёшдан {max} ёшгача бўлганлар учун."),
        Lang::Ru => format!(
            "Конкурс для участников от {min} до {max} {}.",
            ru_genitive(max, "года", "лет")
        ),
        Lang::En => format!("The contest is for ages {min} to {max}."),
    }
}

/// "Fix 3 problems before submitting:": the heading of the form's error summary.
pub fn fix_problems(n: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("Yuborishdan oldin {n} ta kamchilikni tuzating:"),
        Lang::UzCyrl => format!("Юборишдан олдин {n} та камчиликни тузатинг:"),
        Lang::Ru => format!(
            "Перед отправкой исправьте {n} {}:",
            ru_plural(n, "недочёт", "недочёта", "недочётов")
        ),
        Lang::En if n == 1 => "Fix 1 problem before submitting:".to_string(),
        Lang::En => format!("Fix {n} problems before submitting:"),
    }
}

/// "Author 2": the heading of an author row (`k` from 1).
pub fn author_number(k: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("{k}-muallif"),
        Lang::UzCyrl => format!("{k}-муаллиф"),
        Lang::Ru => format!("Автор {k}"),
        Lang::En => format!("Author {k}"),
    }
}

/// "Alone or as a team of up to 5.": the hint of the authors' list.
pub fn authors_hint(max: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => {
            format!("Yolgʻiz yoki {max} kishigacha boʻlgan jamoa boʻlib yuborish mumkin.")
        }
        Lang::UzCyrl => format!("Ёлғиз ёки {max} кишигача бўлган жамоа бўлиб юбориш мумкин."),
        Lang::Ru => format!("Можно одному или командой до {max} человек."),
        Lang::En => format!("Alone or as a team of up to {max}."),
    }
}
