//! The teacher's page's interface strings (contests, collecting results, rankings, several
//! classes), with those the jury page shares with it: the file picker's and the camera scanner's,
//! import verdicts, ranking downloads. Only `halol-teacher` and `halol-jury` link this table.

use super::{ru_plural, Text};
use crate::engine::text::Lang;

/// The strings of the teacher's page, and those the jury page shares with it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum TeacherMsg {
    Page,
    Lead,
    NewContest,
    Pack,
    QuestionCount,
    AllQuestions,
    TimeLimit,
    OwnLimit,
    ContestName,
    Class,
    MakeCode,
    Code,
    CodeHint,
    Link,
    Contests,
    Collect,
    ChooseFiles,
    DropHere,
    Accepted,
    Duplicate,
    AlreadyImported,
    Tampered,
    WrongContest,
    Unreadable,
    OtherQuestions,
    Duplicates,
    Keep,
    School,
    SchoolTitle,
    SchoolLead,
    SchoolPick,
    SchoolLoadFiles,
    SchoolClassFile,
    SchoolClassFileHint,
    SchoolNotClassFile,
    ScanStart,
    ScanStop,
    ScanLooking,
    ScanNotOurs,
    ScanRead,
    CameraDenied,
    CameraMissing,
    CameraFailed,
    Ranking,
    Place,
    Name,
    PerQuestion,
    Question,
    ShareCorrect,
    WrongOption,
    AverageTime,
    DownloadRanking,
    DownloadAnalytics,
    DownloadXlsx,
    NoResults,
    FilesRead,
}

impl Text for TeacherMsg {
    fn texts(self) -> [&'static str; 3] {
        match self {
            TeacherMsg::Page => [
                "Ўқитувчи саҳифаси",
                "Страница учителя",
                "Teacher's page",
            ],
            TeacherMsg::Lead => [
                "Синф учун танлов тузинг, кодини доскага ёзинг, сўнг ўқувчиларнинг натижа файлларини йиғинг.",
                "Создайте конкурс для класса, напишите его код на доске, затем соберите файлы с результатами учеников.",
                "Create a contest for your class, write its code on the board, then collect the students' result files.",
            ],
            TeacherMsg::NewContest => [
                "Янги танлов",
                "Новый конкурс",
                "New contest",
            ],
            TeacherMsg::Pack => [
                "Викторина",
                "Викторина",
                "Quiz",
            ],
            TeacherMsg::QuestionCount => [
                "Саволлар сони",
                "Количество вопросов",
                "Number of questions",
            ],
            TeacherMsg::AllQuestions => [
                "Ҳаммаси",
                "Все",
                "All",
            ],
            TeacherMsg::TimeLimit => [
                "Вақт чегараси (дақиқа)",
                "Ограничение времени (минуты)",
                "Time limit (minutes)",
            ],
            TeacherMsg::OwnLimit => [
                "Бўш қолса, викторинанинг ўз вақти амал қилади.",
                "Если оставить пустым, действует время самой викторины.",
                "Leave it empty to use the quiz's own time limit.",
            ],
            TeacherMsg::ContestName => [
                "Танлов номи",
                "Название конкурса",
                "Contest name",
            ],
            TeacherMsg::Class => [
                "Синф",
                "Класс",
                "Class",
            ],
            TeacherMsg::MakeCode => [
                "Танлов кодини яратиш",
                "Создать код конкурса",
                "Create the contest code",
            ],
            TeacherMsg::Code => [
                "Танлов коди",
                "Код конкурса",
                "Contest code",
            ],
            TeacherMsg::CodeHint => [
                "Кодни доскага ёзинг ёки ҳаволани юборинг: ўқувчилар уни иловада киритади.",
                "Напишите код на доске или отправьте ссылку: ученики вводят его в приложении.",
                "Write the code on the board or send the link: students enter it in the app.",
            ],
            TeacherMsg::Link => [
                "Ўқувчилар учун ҳавола",
                "Ссылка для учеников",
                "Link for students",
            ],
            TeacherMsg::Contests => [
                "Танловларим",
                "Мои конкурсы",
                "My contests",
            ],
            TeacherMsg::Collect => [
                "Натижаларни йиғиш",
                "Сбор результатов",
                "Collect results",
            ],
            TeacherMsg::ChooseFiles => [
                "Натижа файлларини танлаш",
                "Выбрать файлы результатов",
                "Choose result files",
            ],
            TeacherMsg::DropHere => [
                "…ёки файлларни шу ерга ташланг",
                "…или перетащите файлы сюда",
                "…or drop the files here",
            ],
            TeacherMsg::Accepted => [
                "Қабул қилинди",
                "Принят",
                "Accepted",
            ],
            TeacherMsg::Duplicate => [
                "Такрор: бу ўқувчининг натижаси аллақачон бор, қайси бирини қолдиришни танланг",
                "Повтор: у этого ученика уже есть результат, выберите, какой оставить",
                "Duplicate: this student already has a result, choose which one to keep",
            ],
            TeacherMsg::AlreadyImported => [
                "Бу натижа аввал қўшилган, қайта саналмади",
                "Этот результат уже добавлен, повторно не засчитан",
                "This result was already added; not counted twice",
            ],
            TeacherMsg::Tampered => [
                "Рад этилди: файл ўзгартирилган",
                "Отклонён: файл был изменён",
                "Rejected: the file was edited",
            ],
            TeacherMsg::WrongContest => [
                "Рад этилди: бошқа танловнинг натижаси",
                "Отклонён: результат другого конкурса",
                "Rejected: a result of another contest",
            ],
            TeacherMsg::Unreadable => [
                "Рад этилди: файл ўқилмади (Halol натижаси эмас ёки шикастланган)",
                "Отклонён: файл не читается (не результат Halol или повреждён)",
                "Rejected: the file cannot be read (not a Halol result, or damaged)",
            ],
            TeacherMsg::OtherQuestions => [
                "Рад этилди: бу танловда йўқ саволларга жавоб берилган",
                "Отклонён: ответы на вопросы, которых нет в этом конкурсе",
                "Rejected: answers to questions that are not in this contest",
            ],
            TeacherMsg::Duplicates => [
                "Такрорий натижалар",
                "Повторные результаты",
                "Duplicate results",
            ],
            TeacherMsg::Keep => [
                "Шунисини қолдириш",
                "Оставить этот",
                "Keep this one",
            ],
            TeacherMsg::School => ["Мактаб", "Школа", "School"],
            TeacherMsg::SchoolTitle => [
                "Бир нечта синф биргаликда",
                "Несколько классов вместе",
                "Several classes together",
            ],
            TeacherMsg::SchoolLead => [
                "Ўқитувчиларнинг синф файлларини юкланг ва бир хил викторина бўйича синфларни белгиланг: мактаб ва синф устунлари билан битта рейтинг чиқади. Ҳар бир натижа муҳри қайта текширилади ва жавоблар қайта баҳоланади.",
                "Загрузите файлы классов от учителей и отметьте классы с одной и той же викториной: получится один рейтинг со столбцами школы и класса. Печать каждого результата проверяется заново, ответы оцениваются заново.",
                "Load the teachers' class files and tick the classes that took the same quiz: you get one ranking with school and class columns. Every result's seal is checked again and its answers re-graded.",
            ],
            TeacherMsg::SchoolPick => [
                "Рейтингга кирадиган синфлар",
                "Классы в рейтинге",
                "Classes in the ranking",
            ],
            TeacherMsg::SchoolLoadFiles => [
                "Синф файлларини юклаш",
                "Загрузить файлы классов",
                "Load class files",
            ],
            TeacherMsg::SchoolClassFile => [
                "Синф файлини юклаб олиш (ташкилотчи учун)",
                "Скачать файл класса (для организатора)",
                "Download the class file (for the organizer)",
            ],
            TeacherMsg::SchoolClassFileHint => [
                "Бу файлда танлов коди ва барча муҳрланган натижалар бор. Уни Telegram ёки флешка орқали ташкилотчига юборинг.",
                "В файле — код конкурса и все запечатанные результаты. Отправьте его организатору через Telegram или на флешке.",
                "The file holds the contest code and every sealed result. Send it to the organizer by Telegram or on a USB stick.",
            ],
            TeacherMsg::SchoolNotClassFile => [
                "Бу Halol синф файли эмас ёки у бузилган",
                "Это не файл класса Halol, или он повреждён",
                "This is not a Halol class file, or it is damaged",
            ],
            TeacherMsg::ScanStart => [
                "📷 QR кодларни камера билан ўқиш",
                "📷 Сканировать QR-коды камерой",
                "📷 Scan QR codes with the camera",
            ],
            TeacherMsg::ScanStop => [
                "Камерани ўчириш",
                "Выключить камеру",
                "Stop the camera",
            ],
            TeacherMsg::ScanLooking => [
                "Камерани ўқувчининг QR кодига қаратинг.",
                "Наведите камеру на QR-код ученика.",
                "Point the camera at a student's QR code.",
            ],
            TeacherMsg::ScanNotOurs => [
                "Бу QR код бу ерда йиғиладиган файл эмас.",
                "Этот QR-код — не тот файл, который здесь собирают.",
                "This QR code is not a file collected here.",
            ],
            TeacherMsg::ScanRead => [
                "Ўқилди: қуйидаги рўйхатга қаранг. Кейинги кодни кўрсатинг.",
                "Считано: смотрите список ниже. Покажите следующий код.",
                "Read: see the list below. Show the next code.",
            ],
            TeacherMsg::CameraDenied => [
                "Камерага рухсат берилмади. Браузер созламаларида рухсат беринг ёки натижа файлларини юкланг.",
                "Доступ к камере не разрешён. Разрешите его в настройках браузера или загрузите файлы результатов.",
                "The camera was not allowed. Allow it in the browser's settings, or load the result files instead.",
            ],
            TeacherMsg::CameraMissing => [
                "Камера топилмади (ёки саҳифа https орқали очилмаган). Натижа файлларини юкланг.",
                "Камера не найдена (или страница открыта не по https). Загрузите файлы результатов.",
                "No camera found (or the page is not on https). Load the result files instead.",
            ],
            TeacherMsg::CameraFailed => [
                "Камера ишга тушмади (бошқа дастур банд қилган бўлиши мумкин). Қайта уриниб кўринг ёки файлларни юкланг.",
                "Камера не запустилась (возможно, её заняло другое приложение). Попробуйте ещё раз или загрузите файлы.",
                "The camera did not start (another app may be using it). Try again, or load the files instead.",
            ],
            TeacherMsg::Ranking => [
                "Рейтинг",
                "Рейтинг",
                "Ranking",
            ],
            TeacherMsg::Place => [
                "Ўрин",
                "Место",
                "Place",
            ],
            TeacherMsg::Name => [
                "Исм",
                "Имя",
                "Name",
            ],
            TeacherMsg::PerQuestion => [
                "Саволлар бўйича",
                "По вопросам",
                "Per question",
            ],
            TeacherMsg::Question => [
                "Савол",
                "Вопрос",
                "Question",
            ],
            TeacherMsg::ShareCorrect => [
                "Тўғри жавоб берганлар",
                "Ответили верно",
                "Answered correctly",
            ],
            TeacherMsg::WrongOption => [
                "Энг кўп танланган хато жавоб",
                "Самый частый неверный ответ",
                "Most chosen wrong option",
            ],
            TeacherMsg::AverageTime => [
                "Ўртача вақт",
                "Среднее время",
                "Average time",
            ],
            TeacherMsg::DownloadRanking => [
                "Рейтингни юклаб олиш (CSV)",
                "Скачать рейтинг (CSV)",
                "Download the ranking (CSV)",
            ],
            TeacherMsg::DownloadAnalytics => [
                "Саволлар таҳлилини юклаб олиш (CSV)",
                "Скачать разбор по вопросам (CSV)",
                "Download the per-question analysis (CSV)",
            ],
            TeacherMsg::DownloadXlsx => [
                "Excel файли (.xlsx)",
                "Файл Excel (.xlsx)",
                "Excel file (.xlsx)",
            ],
            TeacherMsg::NoResults => [
                "Ҳали натижа йўқ.",
                "Результатов пока нет.",
                "No results yet.",
            ],
            TeacherMsg::FilesRead => [
                "Ўқилган файллар",
                "Прочитанные файлы",
                "Files read",
            ],
        }
    }
}

impl From<TeacherMsg> for super::AnyText {
    fn from(msg: TeacherMsg) -> super::AnyText {
        super::AnyText::of(msg)
    }
}

/// The scanner's progress on a result of several QR codes: how many are read, which are missing.
pub fn scan_progress(scanned: usize, total: usize, missing: &[usize], lang: Lang) -> String {
    let missing = missing
        .iter()
        .map(usize::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    match lang {
        Lang::UzLatn => {
            format!("{total} ta koddan {scanned} tasi oʻqildi. Yana koʻrsating: {missing}.")
        }
        Lang::UzCyrl => {
            format!("{total} та коддан {scanned} таси ўқилди. Яна кўрсатинг: {missing}.")
        }
        Lang::Ru => format!("Считано кодов: {scanned} из {total}. Покажите ещё: {missing}."),
        Lang::En => format!("{scanned} of {total} codes read. Still to show: {missing}."),
    }
}

/// What loading a class file did: contests and results added, results already here.
pub fn class_merged(contests: usize, added: usize, known: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!(
            "Yangi tanlovlar: {contests}, yangi natijalar: {added}, avval bor edi: {known}."
        ),
        Lang::UzCyrl => {
            format!("Янги танловлар: {contests}, янги натижалар: {added}, аввал бор эди: {known}.")
        }
        Lang::Ru => {
            format!("Новых конкурсов: {contests}, новых результатов: {added}, уже были: {known}.")
        }
        Lang::En => {
            format!("New contests: {contests}, new results: {added}, already here: {known}.")
        }
    }
}

/// The scanner met another student's code before the series in progress was whole.
pub fn scan_restarted(abandoned: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("Boshqa natijaning kodi: tugallanmagan natijaning {abandoned} ta kodi chetga qoʻyildi, uni boshidan skanerlang."),
        Lang::UzCyrl => format!("Бошқа натижанинг коди: тугалланмаган натижанинг {abandoned} та коди четга қўйилди, уни бошидан сканерланг."),
        Lang::Ru => format!(
            "Код другого результата: незаконченный результат ({abandoned} {}) отложен, отсканируйте его с начала.",
            ru_plural(abandoned, "код", "кода", "кодов")
        ),
        Lang::En if abandoned == 1 => "A code of another result: the unfinished one (1 code) was set aside; scan it again from the start.".to_string(),
        Lang::En => format!("A code of another result: the unfinished one ({abandoned} codes) was set aside; scan it again from the start."),
    }
}
