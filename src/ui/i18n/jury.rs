//! The jury page's interface strings: the organizer's (ideas in, the jury pack, score sheets, the
//! ranking), the juror's (the pack, marks, export), and every import outcome's wording. Only
//! `halol-jury` links this table.

use super::{ru_plural, Text};
use crate::engine::text::Lang;

/// The strings of the organizer's and the juror's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum JuryMsg {
    Page,
    TabOrganizer,
    TabJuror,
    Rejected,
    DropFile,
    FileIdea,
    FileJuryPack,
    FileScores,
    FileQuizResult,
    ReasonUnreadable,
    ReasonNewerVersion,
    ReasonIdeaTampered,
    ReasonOtherContest,
    ReasonIdeaAgain,
    OrgLead,
    OrgCollect,
    OrgChooseIdeas,
    OrgAccepted,
    OrgNoIdeas,
    OrgRemove,
    OrgConfirmRemove,
    OrgConfirmRemoveInPack,
    OrgPack,
    OrgPackLead,
    OrgMakePack,
    OrgDownloadPack,
    OrgConfirmNewPack,
    OrgPackStale,
    OrgNeedIdeas,
    OrgPackId,
    OrgSheets,
    OrgNeedPack,
    OrgChooseSheets,
    OrgDuplicates,
    OrgExported,
    OrgMarksGiven,
    OrgRanking,
    OrgRankingHint,
    OrgNoScores,
    OrgJurors,
    SheetSameJuror,
    SheetAgain,
    SheetTampered,
    SheetOtherPack,
    SheetUnknownIdea,
    SheetUnknownCriterion,
    SheetMarkTooHigh,
    JurorLead,
    JurorOpenPack,
    JurorPackTampered,
    JurorName,
    JurorComment,
    JurorCriteriaHelp,
    JurorExport,
    JurorIncomplete,
    JurorExportAnyway,
    JurorKeepScoring,
    JurorNameNeeded,
    JurorExported,
    JurorScoresSaved,
    JurorOpenAnother,
    JurorConfirmReplace,
    JurorSamePack,
}

impl Text for JuryMsg {
    fn texts(self) -> [&'static str; 3] {
        match self {
            JuryMsg::Page => [
                "Ғоялар танлови: ташкилотчи ва ҳакамлар",
                "Конкурс идей: организатор и жюри",
                "Idea contest: organizer and jury",
            ],
            JuryMsg::TabOrganizer => ["Ташкилотчи", "Организатор", "Organizer"],
            JuryMsg::TabJuror => ["Ҳакам", "Член жюри", "Juror"],
            JuryMsg::Rejected => ["Рад этилди", "Отклонён", "Rejected"],
            JuryMsg::DropFile => [
                "…ёки файлни шу ерга ташланг",
                "…или перетащите файл сюда",
                "…or drop the file here",
            ],
            JuryMsg::FileIdea => ["ғоя файли", "файл идеи", "an idea file"],
            JuryMsg::FileJuryPack => ["ҳакамлар тўплами", "пакет для жюри", "a jury pack"],
            JuryMsg::FileScores => ["ҳакам баҳолари файли", "файл оценок члена жюри", "a juror's score file"],
            JuryMsg::FileQuizResult => ["викторина натижаси", "результат викторины", "a quiz result"],
            JuryMsg::ReasonUnreadable => [
                "Файл ўқилмади: у шикастланган ёки Halol файли эмас. Файлни қайта сўранг.",
                "Файл не читается: он повреждён или это не файл Halol. Попросите файл ещё раз.",
                "The file cannot be read: it is damaged or not a Halol file. Ask for it again.",
            ],
            JuryMsg::ReasonNewerVersion => [
                "Файл Halolнинг янгироқ версиясида яратилган. Иловани янгиланг.",
                "Файл создан более новой версией Halol. Обновите приложение.",
                "The file was made by a newer version of Halol. Update the app.",
            ],
            JuryMsg::ReasonIdeaTampered => [
                "Ғоя юборилгандан кейин ўзгартирилган. Муаллифлардан файлни телефондан қайта юборишни сўранг.",
                "Идею изменили после подачи. Попросите авторов заново отправить файл с телефона.",
                "The idea was changed after it was submitted. Ask the authors to send the file from the phone again.",
            ],
            JuryMsg::ReasonOtherContest => [
                "Бу ғоя бошқа танлов учун ёзилган.",
                "Эта идея подана на другой конкурс.",
                "This idea was written for another contest.",
            ],
            JuryMsg::ReasonIdeaAgain => [
                "Бу ғоя аллақачон қўшилган (худди шу файл), қайта саналмади.",
                "Эта идея уже добавлена (тот же файл), повторно не учтена.",
                "This idea is already in (the same file); it is not counted twice.",
            ],
            JuryMsg::OrgLead => [
                "Ўқувчиларнинг ғоя файлларини йиғинг, ҳакамлар учун аноним тўплам тайёрланг, сўнг уларнинг баҳоларини бирлаштириб, рейтингни олинг.",
                "Соберите файлы идей учеников, подготовьте анонимный пакет для жюри, затем объедините оценки и получите рейтинг.",
                "Collect the students' idea files, make an anonymous pack for the jury, then merge their scores into a ranking.",
            ],
            JuryMsg::OrgCollect => ["1. Ғояларни йиғиш", "1. Сбор идей", "1. Collect the ideas"],
            JuryMsg::OrgChooseIdeas => ["Ғоя файлларини танлаш", "Выбрать файлы идей", "Choose idea files"],
            JuryMsg::OrgAccepted => ["Қабул қилинган ғоялар", "Принятые идеи", "Accepted ideas"],
            JuryMsg::OrgNoIdeas => ["Ҳали ғоя йўқ.", "Идей пока нет.", "No ideas yet."],
            JuryMsg::OrgRemove => ["Олиб ташлаш", "Убрать", "Remove"],
            JuryMsg::OrgConfirmRemove => [
                "Бу ғоя рўйхатдан олиб ташлансинми?",
                "Убрать эту идею из списка?",
                "Remove this idea from the list?",
            ],
            JuryMsg::OrgConfirmRemoveInPack => [
                "Бу ғоя ҳакамлар тўпламида бор: уни олиб ташласангиз, янги тўплам тайёрлаш керак бўлади. Олиб ташлансинми?",
                "Эта идея есть в пакете для жюри: после её удаления понадобится новый пакет. Убрать?",
                "This idea is in the jury pack: after removing it you will need a new pack. Remove it?",
            ],
            JuryMsg::OrgPack => ["2. Ҳакамлар учун тўплам", "2. Пакет для жюри", "2. The jury pack"],
            JuryMsg::OrgPackLead => [
                "Тўпламда фақат ғоялар матни ва аноним кодлар бор: муаллифлар, мактаблар ва алоқа йўқ. Уни ҳар бир ҳакамга юборинг.",
                "В пакете только тексты идей и анонимные коды: без авторов, школ и контактов. Отправьте его каждому члену жюри.",
                "The pack holds only the ideas' texts and anonymous codes: no authors, schools or contacts. Send it to every juror.",
            ],
            JuryMsg::OrgMakePack => [
                "Ҳакамлар тўпламини тайёрлаш",
                "Сделать пакет для жюри",
                "Make the jury pack",
            ],
            JuryMsg::OrgDownloadPack => [
                "Тўпламни қайта юклаб олиш",
                "Скачать пакет ещё раз",
                "Download the pack again",
            ],
            JuryMsg::OrgConfirmNewPack => [
                "Янги тўплам аввалгисининг ўрнини эгаллайди: ғоялар янги код олади ва йиғилган баҳо файллари ўчирилади. Давом этасизми?",
                "Новый пакет заменит прежний: идеи получат новые коды, а собранные файлы оценок будут удалены. Продолжить?",
                "A new pack replaces the old one: the ideas get new codes and the score files collected so far are deleted. Go on?",
            ],
            JuryMsg::OrgPackStale => [
                "Тўплам тайёрлангандан кейин ғоялар рўйхати ўзгарди. Ҳамма ғоялар баҳоланиши учун янги тўплам тайёрланг.",
                "После создания пакета список идей изменился. Сделайте новый пакет, чтобы жюри оценило все идеи.",
                "The list of ideas changed after the pack was made. Make a new pack so the jury scores every idea.",
            ],
            JuryMsg::OrgNeedIdeas => [
                "Аввал ғоя файлларини қўшинг.",
                "Сначала добавьте файлы идей.",
                "Add idea files first.",
            ],
            JuryMsg::OrgPackId => ["Тўплам", "Пакет", "Pack"],
            JuryMsg::OrgSheets => ["3. Ҳакамларнинг баҳолари", "3. Оценки жюри", "3. The jurors' scores"],
            JuryMsg::OrgNeedPack => [
                "Аввал ҳакамлар тўпламини тайёрланг.",
                "Сначала сделайте пакет для жюри.",
                "Make the jury pack first.",
            ],
            JuryMsg::OrgChooseSheets => ["Баҳо файлларини танлаш", "Выбрать файлы оценок", "Choose score files"],
            JuryMsg::OrgDuplicates => [
                "Бир ҳакамнинг бир нечта баҳо файли",
                "Несколько файлов одного члена жюри",
                "Several score files from one juror",
            ],
            JuryMsg::OrgExported => ["Экспорт қилинган", "Выгружен", "Exported"],
            JuryMsg::OrgMarksGiven => ["Қўйилган баҳолар", "Выставлено оценок", "Marks given"],
            JuryMsg::OrgRanking => ["4. Рейтинг", "4. Рейтинг", "4. Ranking"],
            JuryMsg::OrgRankingHint => [
                "Муаллифлар фақат шу ерда, ташкилотчига очилади. Ҳакамлар фикри кескин фарқ қилган ғоялар ⚠ белгиси билан кўрсатилган.",
                "Авторы раскрываются только здесь, организатору. Идеи, по которым мнения жюри сильно расходятся, отмечены знаком ⚠.",
                "The authors are revealed only here, to the organizer. Ideas on which the jurors disagree strongly are marked ⚠.",
            ],
            JuryMsg::OrgNoScores => ["Ҳали баҳолар йўқ.", "Оценок пока нет.", "No scores yet."],
            JuryMsg::OrgJurors => ["Ҳисобга олинган ҳакамлар", "Учтённые члены жюри", "Jurors counted"],
            JuryMsg::SheetSameJuror => [
                "Бу ҳакамнинг баҳолари аллақачон бор: қайси бирини қолдиришни танланг.",
                "Оценки этого члена жюри уже есть: выберите, какие оставить.",
                "This juror's scores are already here: choose which to keep.",
            ],
            JuryMsg::SheetAgain => [
                "Бу баҳо файли аввал қўшилган, қайта саналмади.",
                "Этот файл оценок уже добавлен, повторно не учтён.",
                "This score file was already added; it is not counted twice.",
            ],
            JuryMsg::SheetTampered => [
                "Баҳолар экспорт қилингандан кейин ўзгартирилган, шунинг учун саналмади. Ҳакамдан файлни қайта экспорт қилишни сўранг.",
                "Оценки изменили после выгрузки, поэтому они не учтены. Попросите члена жюри выгрузить файл заново.",
                "The scores were changed after they were exported, so they are not counted. Ask the juror to export the file again.",
            ],
            JuryMsg::SheetOtherPack => [
                "Бу баҳолар бошқа ҳакамлар тўплами учун. Ҳакам жорий тўпламни баҳолаши керак.",
                "Эти оценки для другого пакета жюри. Член жюри должен оценить текущий пакет.",
                "These scores are for another jury pack. The juror should score the current pack.",
            ],
            JuryMsg::SheetUnknownIdea => [
                "Файлда бу тўпламда йўқ ғоя кодлари бор",
                "В файле есть коды идей, которых нет в этом пакете",
                "The file names idea codes that are not in this pack",
            ],
            JuryMsg::SheetUnknownCriterion => [
                "Файлда мезонлар рўйхатида йўқ мезон учун баҳо бор",
                "В файле есть оценка по критерию, которого нет в списке критериев",
                "The file gives a mark for a criterion that is not in the rubric",
            ],
            JuryMsg::SheetMarkTooHigh => [
                "Файлда энг юқори баҳодан катта баҳо бор",
                "В файле есть оценка выше максимальной",
                "The file gives a mark above the maximum",
            ],
            JuryMsg::JurorLead => [
                "Ташкилотчидан олган ҳакамлар тўпламини очинг, ҳар бир ғояни мезонлар бўйича баҳоланг ва баҳоларингизни файлга экспорт қилинг.",
                "Откройте пакет, полученный от организатора, оцените каждую идею по критериям и выгрузите оценки в файл.",
                "Open the jury pack you got from the organizer, score every idea on each criterion and export your scores to a file.",
            ],
            JuryMsg::JurorOpenPack => ["Ҳакамлар тўпламини очиш", "Открыть пакет для жюри", "Open the jury pack"],
            JuryMsg::JurorPackTampered => [
                "Бу тўплам ташкилотчи тайёрлаганидан кейин ўзгартирилган. Ташкилотчидан файлни қайта сўранг.",
                "Пакет изменили после того, как его сделал организатор. Попросите у организатора файл ещё раз.",
                "This pack was changed after the organizer made it. Ask the organizer for the file again.",
            ],
            JuryMsg::JurorName => [
                "Исмингиз ва фамилиянгиз (ҳакам)",
                "Ваши имя и фамилия (член жюри)",
                "Your full name (juror)",
            ],
            JuryMsg::JurorComment => ["Изоҳ (ихтиёрий)", "Комментарий (необязательно)", "Comment (optional)"],
            JuryMsg::JurorCriteriaHelp => [
                "Ҳар бир мезон бўйича 0 дан энг юқори баҳогача баҳо қўйинг.",
                "Оцените идею по каждому критерию: от 0 до максимальной оценки.",
                "Give a mark on every criterion, from 0 to its maximum.",
            ],
            JuryMsg::JurorExport => ["Баҳоларимни экспорт қилиш", "Выгрузить мои оценки", "Export my scores"],
            JuryMsg::JurorIncomplete => [
                "Ҳали ҳамма баҳолар қўйилмаган:",
                "Ещё не все оценки выставлены:",
                "Not every mark is given yet:",
            ],
            JuryMsg::JurorExportAnyway => ["Барибир экспорт қилиш", "Всё равно выгрузить", "Export anyway"],
            JuryMsg::JurorKeepScoring => ["Баҳолашга қайтиш", "Вернуться к оценкам", "Back to scoring"],
            JuryMsg::JurorNameNeeded => [
                "Баҳолар кимники эканини ташкилотчи билиши учун исмингизни ёзинг.",
                "Напишите своё имя, чтобы организатор знал, чьи это оценки.",
                "Write your name so the organizer knows whose scores these are.",
            ],
            JuryMsg::JurorExported => [
                "✓ Баҳолар файли юклаб олинди. Уни ташкилотчига юборинг.",
                "✓ Файл оценок скачан. Отправьте его организатору.",
                "✓ The score file is downloaded. Send it to the organizer.",
            ],
            JuryMsg::JurorScoresSaved => [
                "✓ Баҳолар шу қурилмада сақланди",
                "✓ Оценки сохранены на этом устройстве",
                "✓ Scores saved on this device",
            ],
            JuryMsg::JurorOpenAnother => ["Бошқа тўпламни очиш", "Открыть другой пакет", "Open another pack"],
            JuryMsg::JurorConfirmReplace => [
                "Янги тўплам очилса, шу тўпламдаги баҳоларингиз ўчирилади. Уларни экспорт қилдингизми?",
                "Если открыть новый пакет, ваши оценки этого пакета будут удалены. Вы их уже выгрузили?",
                "Opening a new pack deletes your scores for this one. Have you exported them?",
            ],
            JuryMsg::JurorSamePack => [
                "Бу тўплам аллақачон очиқ: баҳоларингиз сақланиб қолди.",
                "Этот пакет уже открыт: ваши оценки сохранены.",
                "This pack is already open: your scores are kept.",
            ],
        }
    }
}

impl From<JuryMsg> for super::AnyText {
    fn from(msg: JuryMsg) -> super::AnyText {
        super::AnyText::of(msg)
    }
}

/// "12 ideas": an idea count.
pub fn ideas_count(n: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("{n} ta gʻoya"),
        Lang::UzCyrl => format!("{n} та ғоя"),
        Lang::Ru => format!("{n} {}", ru_plural(n, "идея", "идеи", "идей")),
        Lang::En if n == 1 => "1 idea".to_string(),
        Lang::En => format!("{n} ideas"),
    }
}

/// "This is a jury pack, not an idea file.": a file of another kind; `found` and `expected` are
/// kind names ([`JuryMsg::FileIdea`] …).
pub fn wrong_kind(found: JuryMsg, expected: JuryMsg, lang: Lang) -> String {
    let (found, expected) = (found.text(lang), expected.text(lang));
    match lang {
        Lang::UzLatn => format!("Bu — {found}, {expected} emas."),
        Lang::UzCyrl => format!("Бу — {found}, {expected} эмас."),
        Lang::Ru => format!("Это {found}, а не {expected}."),
        Lang::En => format!("This is {found}, not {expected}."),
    }
}

/// An idea with the same title and solution as the idea `other` already accepted.
pub fn same_text(other: &str, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!(
            "Nomi va yechimi {other} raqamli gʻoya bilan bir xil. Agar bular ikki xil gʻoya boʻlsa, mualliflardan ularni farqlashni soʻrang."
        ),
        Lang::UzCyrl => format!(
            "Номи ва ечими {other} рақамли ғоя билан бир хил. Агар булар икки хил ғоя бўлса, муаллифлардан уларни фарқлашни сўранг."
        ),
        Lang::Ru => format!(
            "Название и решение совпадают с идеей {other}. Если это разные идеи, попросите авторов их различить."
        ),
        Lang::En => format!(
            "The same title and solution as idea {other}. If they really are two ideas, ask the authors to tell them apart."
        ),
    }
}

/// "3 marks missing": what a score sheet does not give.
pub fn marks_missing(n: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("{n} ta baho qoʻyilmagan"),
        Lang::UzCyrl => format!("{n} та баҳо қўйилмаган"),
        Lang::Ru => format!("не выставлено оценок: {n}"),
        Lang::En if n == 1 => "1 mark missing".to_string(),
        Lang::En => format!("{n} marks missing"),
    }
}

/// "12 of 15 ideas marked": the juror's progress.
pub fn marked_of(k: usize, n: usize, lang: Lang) -> String {
    match lang {
        Lang::UzLatn => format!("{n} ta gʻoyadan {k} tasi baholandi"),
        Lang::UzCyrl => format!("{n} та ғоядан {k} таси баҳоланди"),
        Lang::Ru => format!("Оценено идей: {k} из {n}"),
        Lang::En => format!("{k} of {n} ideas marked"),
    }
}
