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
    fn texts(self) -> [&'static str; 4] {
        match self {
            JuryMsg::Page => [
                "Gʻoyalar tanlovi: tashkilotchi va hakamlar",
                "Ғоялар танлови: ташкилотчи ва ҳакамлар",
                "Конкурс идей: организатор и жюри",
                "Idea contest: organizer and jury",
            ],
            JuryMsg::TabOrganizer => ["Tashkilotchi", "Ташкилотчи", "Организатор", "Organizer"],
            JuryMsg::TabJuror => ["Hakam", "Ҳакам", "Член жюри", "Juror"],
            JuryMsg::Rejected => ["Rad etildi", "Рад этилди", "Отклонён", "Rejected"],
            JuryMsg::DropFile => [
                "…yoki faylni shu yerga tashlang",
                "…ёки файлни шу ерга ташланг",
                "…или перетащите файл сюда",
                "…or drop the file here",
            ],
            JuryMsg::FileIdea => ["gʻoya fayli", "ғоя файли", "файл идеи", "an idea file"],
            JuryMsg::FileJuryPack => ["hakamlar toʻplami", "ҳакамлар тўплами", "пакет для жюри", "a jury pack"],
            JuryMsg::FileScores => ["hakam baholari fayli", "ҳакам баҳолари файли", "файл оценок члена жюри", "a juror's score file"],
            JuryMsg::FileQuizResult => ["viktorina natijasi", "викторина натижаси", "результат викторины", "a quiz result"],
            JuryMsg::ReasonUnreadable => [
                "Fayl oʻqilmadi: u shikastlangan yoki Halol fayli emas. Faylni qayta soʻrang.",
                "Файл ўқилмади: у шикастланган ёки Halol файли эмас. Файлни қайта сўранг.",
                "Файл не читается: он повреждён или это не файл Halol. Попросите файл ещё раз.",
                "The file cannot be read: it is damaged or not a Halol file. Ask for it again.",
            ],
            JuryMsg::ReasonNewerVersion => [
                "Fayl Halolning yangiroq versiyasida yaratilgan. Ilovani yangilang.",
                "Файл Halolнинг янгироқ версиясида яратилган. Иловани янгиланг.",
                "Файл создан более новой версией Halol. Обновите приложение.",
                "The file was made by a newer version of Halol. Update the app.",
            ],
            JuryMsg::ReasonIdeaTampered => [
                "Gʻoya yuborilgandan keyin oʻzgartirilgan. Mualliflardan faylni telefondan qayta yuborishni soʻrang.",
                "Ғоя юборилгандан кейин ўзгартирилган. Муаллифлардан файлни телефондан қайта юборишни сўранг.",
                "Идею изменили после подачи. Попросите авторов заново отправить файл с телефона.",
                "The idea was changed after it was submitted. Ask the authors to send the file from the phone again.",
            ],
            JuryMsg::ReasonOtherContest => [
                "Bu gʻoya boshqa tanlov uchun yozilgan.",
                "Бу ғоя бошқа танлов учун ёзилган.",
                "Эта идея подана на другой конкурс.",
                "This idea was written for another contest.",
            ],
            JuryMsg::ReasonIdeaAgain => [
                "Bu gʻoya allaqachon qoʻshilgan (xuddi shu fayl), qayta sanalmadi.",
                "Бу ғоя аллақачон қўшилган (худди шу файл), қайта саналмади.",
                "Эта идея уже добавлена (тот же файл), повторно не учтена.",
                "This idea is already in (the same file); it is not counted twice.",
            ],
            JuryMsg::OrgLead => [
                "Oʻquvchilarning gʻoya fayllarini yigʻing, hakamlar uchun anonim toʻplam tayyorlang, soʻng ularning baholarini birlashtirib, reytingni oling.",
                "Ўқувчиларнинг ғоя файлларини йиғинг, ҳакамлар учун аноним тўплам тайёрланг, сўнг уларнинг баҳоларини бирлаштириб, рейтингни олинг.",
                "Соберите файлы идей учеников, подготовьте анонимный пакет для жюри, затем объедините оценки и получите рейтинг.",
                "Collect the students' idea files, make an anonymous pack for the jury, then merge their scores into a ranking.",
            ],
            JuryMsg::OrgCollect => ["1. Gʻoyalarni yigʻish", "1. Ғояларни йиғиш", "1. Сбор идей", "1. Collect the ideas"],
            JuryMsg::OrgChooseIdeas => ["Gʻoya fayllarini tanlash", "Ғоя файлларини танлаш", "Выбрать файлы идей", "Choose idea files"],
            JuryMsg::OrgAccepted => ["Qabul qilingan gʻoyalar", "Қабул қилинган ғоялар", "Принятые идеи", "Accepted ideas"],
            JuryMsg::OrgNoIdeas => ["Hali gʻoya yoʻq.", "Ҳали ғоя йўқ.", "Идей пока нет.", "No ideas yet."],
            JuryMsg::OrgRemove => ["Olib tashlash", "Олиб ташлаш", "Убрать", "Remove"],
            JuryMsg::OrgConfirmRemove => [
                "Bu gʻoya roʻyxatdan olib tashlansinmi?",
                "Бу ғоя рўйхатдан олиб ташлансинми?",
                "Убрать эту идею из списка?",
                "Remove this idea from the list?",
            ],
            JuryMsg::OrgConfirmRemoveInPack => [
                "Bu gʻoya hakamlar toʻplamida bor: uni olib tashlasangiz, yangi toʻplam tayyorlash kerak boʻladi. Olib tashlansinmi?",
                "Бу ғоя ҳакамлар тўпламида бор: уни олиб ташласангиз, янги тўплам тайёрлаш керак бўлади. Олиб ташлансинми?",
                "Эта идея есть в пакете для жюри: после её удаления понадобится новый пакет. Убрать?",
                "This idea is in the jury pack: after removing it you will need a new pack. Remove it?",
            ],
            JuryMsg::OrgPack => ["2. Hakamlar uchun toʻplam", "2. Ҳакамлар учун тўплам", "2. Пакет для жюри", "2. The jury pack"],
            JuryMsg::OrgPackLead => [
                "Toʻplamda faqat gʻoyalar matni va anonim kodlar bor: mualliflar, maktablar va aloqa yoʻq. Uni har bir hakamga yuboring.",
                "Тўпламда фақат ғоялар матни ва аноним кодлар бор: муаллифлар, мактаблар ва алоқа йўқ. Уни ҳар бир ҳакамга юборинг.",
                "В пакете только тексты идей и анонимные коды: без авторов, школ и контактов. Отправьте его каждому члену жюри.",
                "The pack holds only the ideas' texts and anonymous codes: no authors, schools or contacts. Send it to every juror.",
            ],
            JuryMsg::OrgMakePack => [
                "Hakamlar toʻplamini tayyorlash",
                "Ҳакамлар тўпламини тайёрлаш",
                "Сделать пакет для жюри",
                "Make the jury pack",
            ],
            JuryMsg::OrgDownloadPack => [
                "Toʻplamni qayta yuklab olish",
                "Тўпламни қайта юклаб олиш",
                "Скачать пакет ещё раз",
                "Download the pack again",
            ],
            JuryMsg::OrgConfirmNewPack => [
                "Yangi toʻplam avvalgisining oʻrnini egallaydi: gʻoyalar yangi kod oladi va yigʻilgan baho fayllari oʻchiriladi. Davom etasizmi?",
                "Янги тўплам аввалгисининг ўрнини эгаллайди: ғоялар янги код олади ва йиғилган баҳо файллари ўчирилади. Давом этасизми?",
                "Новый пакет заменит прежний: идеи получат новые коды, а собранные файлы оценок будут удалены. Продолжить?",
                "A new pack replaces the old one: the ideas get new codes and the score files collected so far are deleted. Go on?",
            ],
            JuryMsg::OrgPackStale => [
                "Toʻplam tayyorlangandan keyin gʻoyalar roʻyxati oʻzgardi. Hamma gʻoyalar baholanishi uchun yangi toʻplam tayyorlang.",
                "Тўплам тайёрлангандан кейин ғоялар рўйхати ўзгарди. Ҳамма ғоялар баҳоланиши учун янги тўплам тайёрланг.",
                "После создания пакета список идей изменился. Сделайте новый пакет, чтобы жюри оценило все идеи.",
                "The list of ideas changed after the pack was made. Make a new pack so the jury scores every idea.",
            ],
            JuryMsg::OrgNeedIdeas => [
                "Avval gʻoya fayllarini qoʻshing.",
                "Аввал ғоя файлларини қўшинг.",
                "Сначала добавьте файлы идей.",
                "Add idea files first.",
            ],
            JuryMsg::OrgPackId => ["Toʻplam", "Тўплам", "Пакет", "Pack"],
            JuryMsg::OrgSheets => ["3. Hakamlarning baholari", "3. Ҳакамларнинг баҳолари", "3. Оценки жюри", "3. The jurors' scores"],
            JuryMsg::OrgNeedPack => [
                "Avval hakamlar toʻplamini tayyorlang.",
                "Аввал ҳакамлар тўпламини тайёрланг.",
                "Сначала сделайте пакет для жюри.",
                "Make the jury pack first.",
            ],
            JuryMsg::OrgChooseSheets => ["Baho fayllarini tanlash", "Баҳо файлларини танлаш", "Выбрать файлы оценок", "Choose score files"],
            JuryMsg::OrgDuplicates => [
                "Bir hakamning bir nechta baho fayli",
                "Бир ҳакамнинг бир нечта баҳо файли",
                "Несколько файлов одного члена жюри",
                "Several score files from one juror",
            ],
            JuryMsg::OrgExported => ["Eksport qilingan", "Экспорт қилинган", "Выгружен", "Exported"],
            JuryMsg::OrgMarksGiven => ["Qoʻyilgan baholar", "Қўйилган баҳолар", "Выставлено оценок", "Marks given"],
            JuryMsg::OrgRanking => ["4. Reyting", "4. Рейтинг", "4. Рейтинг", "4. Ranking"],
            JuryMsg::OrgRankingHint => [
                "Mualliflar faqat shu yerda, tashkilotchiga ochiladi. Hakamlar fikri keskin farq qilgan gʻoyalar ⚠ belgisi bilan koʻrsatilgan.",
                "Муаллифлар фақат шу ерда, ташкилотчига очилади. Ҳакамлар фикри кескин фарқ қилган ғоялар ⚠ белгиси билан кўрсатилган.",
                "Авторы раскрываются только здесь, организатору. Идеи, по которым мнения жюри сильно расходятся, отмечены знаком ⚠.",
                "The authors are revealed only here, to the organizer. Ideas on which the jurors disagree strongly are marked ⚠.",
            ],
            JuryMsg::OrgNoScores => ["Hali baholar yoʻq.", "Ҳали баҳолар йўқ.", "Оценок пока нет.", "No scores yet."],
            JuryMsg::OrgJurors => ["Hisobga olingan hakamlar", "Ҳисобга олинган ҳакамлар", "Учтённые члены жюри", "Jurors counted"],
            JuryMsg::SheetSameJuror => [
                "Bu hakamning baholari allaqachon bor: qaysi birini qoldirishni tanlang.",
                "Бу ҳакамнинг баҳолари аллақачон бор: қайси бирини қолдиришни танланг.",
                "Оценки этого члена жюри уже есть: выберите, какие оставить.",
                "This juror's scores are already here: choose which to keep.",
            ],
            JuryMsg::SheetAgain => [
                "Bu baho fayli avval qoʻshilgan, qayta sanalmadi.",
                "Бу баҳо файли аввал қўшилган, қайта саналмади.",
                "Этот файл оценок уже добавлен, повторно не учтён.",
                "This score file was already added; it is not counted twice.",
            ],
            JuryMsg::SheetTampered => [
                "Baholar eksport qilingandan keyin oʻzgartirilgan, shuning uchun sanalmadi. Hakamdan faylni qayta eksport qilishni soʻrang.",
                "Баҳолар экспорт қилингандан кейин ўзгартирилган, шунинг учун саналмади. Ҳакамдан файлни қайта экспорт қилишни сўранг.",
                "Оценки изменили после выгрузки, поэтому они не учтены. Попросите члена жюри выгрузить файл заново.",
                "The scores were changed after they were exported, so they are not counted. Ask the juror to export the file again.",
            ],
            JuryMsg::SheetOtherPack => [
                "Bu baholar boshqa hakamlar toʻplami uchun. Hakam joriy toʻplamni baholashi kerak.",
                "Бу баҳолар бошқа ҳакамлар тўплами учун. Ҳакам жорий тўпламни баҳолаши керак.",
                "Эти оценки для другого пакета жюри. Член жюри должен оценить текущий пакет.",
                "These scores are for another jury pack. The juror should score the current pack.",
            ],
            JuryMsg::SheetUnknownIdea => [
                "Faylda bu toʻplamda yoʻq gʻoya kodlari bor",
                "Файлда бу тўпламда йўқ ғоя кодлари бор",
                "В файле есть коды идей, которых нет в этом пакете",
                "The file names idea codes that are not in this pack",
            ],
            JuryMsg::SheetUnknownCriterion => [
                "Faylda mezonlar roʻyxatida yoʻq mezon uchun baho bor",
                "Файлда мезонлар рўйхатида йўқ мезон учун баҳо бор",
                "В файле есть оценка по критерию, которого нет в списке критериев",
                "The file gives a mark for a criterion that is not in the rubric",
            ],
            JuryMsg::SheetMarkTooHigh => [
                "Faylda eng yuqori bahodan katta baho bor",
                "Файлда энг юқори баҳодан катта баҳо бор",
                "В файле есть оценка выше максимальной",
                "The file gives a mark above the maximum",
            ],
            JuryMsg::JurorLead => [
                "Tashkilotchidan olgan hakamlar toʻplamini oching, har bir gʻoyani mezonlar boʻyicha baholang va baholaringizni faylga eksport qiling.",
                "Ташкилотчидан олган ҳакамлар тўпламини очинг, ҳар бир ғояни мезонлар бўйича баҳоланг ва баҳоларингизни файлга экспорт қилинг.",
                "Откройте пакет, полученный от организатора, оцените каждую идею по критериям и выгрузите оценки в файл.",
                "Open the jury pack you got from the organizer, score every idea on each criterion and export your scores to a file.",
            ],
            JuryMsg::JurorOpenPack => ["Hakamlar toʻplamini ochish", "Ҳакамлар тўпламини очиш", "Открыть пакет для жюри", "Open the jury pack"],
            JuryMsg::JurorPackTampered => [
                "Bu toʻplam tashkilotchi tayyorlaganidan keyin oʻzgartirilgan. Tashkilotchidan faylni qayta soʻrang.",
                "Бу тўплам ташкилотчи тайёрлаганидан кейин ўзгартирилган. Ташкилотчидан файлни қайта сўранг.",
                "Пакет изменили после того, как его сделал организатор. Попросите у организатора файл ещё раз.",
                "This pack was changed after the organizer made it. Ask the organizer for the file again.",
            ],
            JuryMsg::JurorName => [
                "Ismingiz va familiyangiz (hakam)",
                "Исмингиз ва фамилиянгиз (ҳакам)",
                "Ваши имя и фамилия (член жюри)",
                "Your full name (juror)",
            ],
            JuryMsg::JurorComment => ["Izoh (ixtiyoriy)", "Изоҳ (ихтиёрий)", "Комментарий (необязательно)", "Comment (optional)"],
            JuryMsg::JurorCriteriaHelp => [
                "Har bir mezon boʻyicha 0 dan eng yuqori bahogacha baho qoʻying.",
                "Ҳар бир мезон бўйича 0 дан энг юқори баҳогача баҳо қўйинг.",
                "Оцените идею по каждому критерию: от 0 до максимальной оценки.",
                "Give a mark on every criterion, from 0 to its maximum.",
            ],
            JuryMsg::JurorExport => ["Baholarimni eksport qilish", "Баҳоларимни экспорт қилиш", "Выгрузить мои оценки", "Export my scores"],
            JuryMsg::JurorIncomplete => [
                "Hali hamma baholar qoʻyilmagan:",
                "Ҳали ҳамма баҳолар қўйилмаган:",
                "Ещё не все оценки выставлены:",
                "Not every mark is given yet:",
            ],
            JuryMsg::JurorExportAnyway => ["Baribir eksport qilish", "Барибир экспорт қилиш", "Всё равно выгрузить", "Export anyway"],
            JuryMsg::JurorKeepScoring => ["Baholashga qaytish", "Баҳолашга қайтиш", "Вернуться к оценкам", "Back to scoring"],
            JuryMsg::JurorNameNeeded => [
                "Baholar kimniki ekanini tashkilotchi bilishi uchun ismingizni yozing.",
                "Баҳолар кимники эканини ташкилотчи билиши учун исмингизни ёзинг.",
                "Напишите своё имя, чтобы организатор знал, чьи это оценки.",
                "Write your name so the organizer knows whose scores these are.",
            ],
            JuryMsg::JurorExported => [
                "✓ Baholar fayli yuklab olindi. Uni tashkilotchiga yuboring.",
                "✓ Баҳолар файли юклаб олинди. Уни ташкилотчига юборинг.",
                "✓ Файл оценок скачан. Отправьте его организатору.",
                "✓ The score file is downloaded. Send it to the organizer.",
            ],
            JuryMsg::JurorScoresSaved => [
                "✓ Baholar shu qurilmada saqlandi",
                "✓ Баҳолар шу қурилмада сақланди",
                "✓ Оценки сохранены на этом устройстве",
                "✓ Scores saved on this device",
            ],
            JuryMsg::JurorOpenAnother => ["Boshqa toʻplamni ochish", "Бошқа тўпламни очиш", "Открыть другой пакет", "Open another pack"],
            JuryMsg::JurorConfirmReplace => [
                "Yangi toʻplam ochilsa, shu toʻplamdagi baholaringiz oʻchiriladi. Ularni eksport qildingizmi?",
                "Янги тўплам очилса, шу тўпламдаги баҳоларингиз ўчирилади. Уларни экспорт қилдингизми?",
                "Если открыть новый пакет, ваши оценки этого пакета будут удалены. Вы их уже выгрузили?",
                "Opening a new pack deletes your scores for this one. Have you exported them?",
            ],
            JuryMsg::JurorSamePack => [
                "Bu toʻplam allaqachon ochiq: baholaringiz saqlanib qoldi.",
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
