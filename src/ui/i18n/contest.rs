//! The classroom contest page's interface strings that the student app never shows (joining by
//! code, the hand-off, the student's results), with the few the idea form shares with it (the
//! file and QR hand-off, a name, deleting). The student app's wasm does not link this table.

use super::Text;

/// The strings of the contest page (and the idea form) that the student app does not show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum ContestMsg {
    ContestCode,
    CodeHint,
    CheckCode,
    CodeTypo,
    CodeInvalid,
    CodeUnknown,
    YourName,
    ClassName,
    School,
    StudentId,
    NameRequired,
    StartContest,
    HandOver,
    HandOverHint,
    DownloadFile,
    ShowQr,
    NoResults,
    Delete,
    ConfirmDelete,
}

impl Text for ContestMsg {
    fn texts(self) -> [&'static str; 3] {
        match self {
            ContestMsg::ContestCode => ["Танлов коди", "Код конкурса", "Contest code"],
            ContestMsg::CodeHint => [
                "Ўқитувчи доскага ёзган кодни киритинг.",
                "Введите код, который учитель написал на доске.",
                "Type the code your teacher wrote on the board.",
            ],
            ContestMsg::CheckCode => ["Давом этиш", "Продолжить", "Continue"],
            ContestMsg::CodeTypo => [
                "Кодда хато бор: белгиларни қайта текширинг.",
                "В коде ошибка: проверьте символы ещё раз.",
                "The code has a typo: check the characters again.",
            ],
            ContestMsg::CodeInvalid => [
                "Бу танлов коди эмас: код 10 та ҳарф ва рақамдан иборат.",
                "Это не код конкурса: код состоит из 10 букв и цифр.",
                "This is not a contest code: a code has 10 letters and digits.",
            ],
            ContestMsg::CodeUnknown => [
                "Бу код илованинг янгироқ версияси учун. Иловани янгиланг.",
                "Этот код для более новой версии приложения. Обновите приложение.",
                "This code is for a newer version of the app. Update the app.",
            ],
            ContestMsg::YourName => ["Исм ва фамилия", "Имя и фамилия", "Full name"],
            ContestMsg::ClassName => ["Синф (ихтиёрий)", "Класс (необязательно)", "Class (optional)"],
            ContestMsg::School => ["Мактаб (ихтиёрий)", "Школа (необязательно)", "School (optional)"],
            ContestMsg::StudentId => [
                "Ўқувчи рақами (ихтиёрий)",
                "Номер ученика (необязательно)",
                "Student ID (optional)",
            ],
            ContestMsg::NameRequired => ["Исмингизни ёзинг.", "Введите имя.", "Write your name."],
            ContestMsg::StartContest => ["Танловни бошлаш", "Начать конкурс", "Start the contest"],
            ContestMsg::HandOver => [
                "Натижани ўқитувчига топширинг",
                "Передайте результат учителю",
                "Hand your result to the teacher",
            ],
            ContestMsg::HandOverHint => [
                "Файлни Telegram ёки USB орқали юборинг ёки ўқитувчига QR кодларни сканерлатинг. Натижа телефонингизда ҳам сақланади.",
                "Отправьте файл через Telegram или USB или дайте учителю отсканировать QR-коды. Результат также остаётся в телефоне.",
                "Send the file by Telegram or USB, or let the teacher scan the QR codes. The result also stays on your phone.",
            ],
            ContestMsg::DownloadFile => ["Файлни юклаб олиш", "Скачать файл", "Download the file"],
            ContestMsg::ShowQr => ["QR кодлар", "QR-коды", "QR codes"],
            ContestMsg::NoResults => [
                "Ҳали танлов натижалари йўқ.",
                "Результатов конкурсов пока нет.",
                "No contest results yet.",
            ],
            ContestMsg::Delete => ["Ўчириш", "Удалить", "Delete"],
            ContestMsg::ConfirmDelete => [
                "Бу натижа телефондан ўчирилади. Уни ўқитувчига топширдингизми?",
                "Результат будет удалён с телефона. Вы уже передали его учителю?",
                "This result will be deleted from the phone. Have you handed it to the teacher?",
            ],
        }
    }
}

impl From<ContestMsg> for super::AnyText {
    fn from(msg: ContestMsg) -> super::AnyText {
        super::AnyText::of(msg)
    }
}
