import SapaModel

/// What Sapa says about results tables and the files that describe them (`tables.yml`,
/// `series.yml`, `report.yml`), about service figures, and about references to the registries.
enum TableMessage: String, MessageCatalogue {
    case tableIDTwice, tableSubject, seriesSubject, itemSubject, fileNotInFolder, yearGiven, describedColumnMissing, columnNotDescribed
    case notAFlag, notANumber, badFigure, subjectTwice
    case scoreOutOfRange, percentOutOfRange, rankNotWhole, rankTooLarge, countNotWhole, countTooLarge, notAYear, scaleNotFiveOrTen
    case rankMissing, rankBreaksOrder, tiedScoresDiffer
    case service, body, region, notInRegistry, notYetInRegistry, noLongerInRegistry
    case serviceEmpty, rowRepeated, totalNotYesOrNo, unknownCriterion, noParameter
    case seriesIDTwice, seriesLinkNotWeb, seriesPage
    case textLanguage, reportIDTwice, itemWithoutPlace, textNotInFolder
    case invalidIdentifier, unknownChoice

    static let area = "table"

    var text: MessageText {
        switch self {
        case .tableIDTwice, .tableSubject, .seriesSubject, .itemSubject, .fileNotInFolder, .yearGiven, .describedColumnMissing, .columnNotDescribed,
            .notAFlag, .notANumber, .badFigure, .subjectTwice:
            tableText
        case .scoreOutOfRange, .percentOutOfRange, .rankNotWhole, .rankTooLarge, .countNotWhole, .countTooLarge, .notAYear, .scaleNotFiveOrTen,
            .rankMissing, .rankBreaksOrder, .tiedScoresDiffer:
            figureText
        case .service, .body, .region, .notInRegistry, .notYetInRegistry, .noLongerInRegistry:
            referenceText
        default:
            describedText
        }
    }

    private var tableText: MessageText {
        switch self {
        case .tableIDTwice:
            MessageText(
                en: "the table id `%{id}` is used twice; table ids must be unique",
                ru: "идентификатор таблицы `%{id}` использован дважды; идентификаторы таблиц должны быть уникальны",
                kk: "`%{id}` кесте идентификаторы екі рет қолданылған; кесте идентификаторлары қайталанбауы керек")
        case .tableSubject: MessageText(en: "the table `%{id}`", ru: "таблица `%{id}`", kk: "`%{id}` кестесі")
        case .seriesSubject: MessageText(en: "the series `%{id}`", ru: "ряд `%{id}`", kk: "`%{id}` қатары")
        case .itemSubject: MessageText(en: "`%{id}`", ru: "`%{id}`", kk: "`%{id}`")
        case .fileNotInFolder:
            MessageText(
                en: "%{subject} names the file «%{name}», which is not in %{folder}/; correct `file`",
                ru: "%{subject}: указанного файла «%{name}» нет в %{folder}/; исправьте `file`",
                kk: "%{subject}: көрсетілген «%{name}» файлы %{folder}/ ішінде жоқ; `file` мәнін түзетіңіз")
        case .yearGiven:
            MessageText(
                en: "the table `%{id}` gives a `year`; an edition's tables are of its year (%{year}): remove `year`",
                ru: "у таблицы `%{id}` указан `year`; таблицы издания относятся к его году (%{year}): удалите `year`",
                kk: "`%{id}` кестесінде `year` көрсетілген; басылымның кестелері оның жылына (%{year}) жатады: `year` өрісін өшіріңіз")
        case .describedColumnMissing:
            MessageText(
                en: "the header has no column `%{column}`, which %{description} describes for the table `%{table}`; add it",
                ru: "в заголовке нет столбца `%{column}`, который %{description} описывает для таблицы `%{table}`; добавьте его",
                kk: "тақырып жолында `%{column}` бағаны жоқ, ал %{description} оны `%{table}` кестесі үшін сипаттайды; оны қосыңыз")
        case .columnNotDescribed:
            MessageText(
                en: "unknown column `%{column}`: the table `%{table}` in %{description} does not describe it; describe it there or remove it",
                ru: "неизвестный столбец `%{column}`: таблица `%{table}` в %{description} его не описывает; опишите его там или удалите",
                kk: "белгісіз баған `%{column}`: %{description} ішіндегі `%{table}` кестесі оны сипаттамайды; оны сонда сипаттаңыз немесе өшіріңіз")
        case .notAFlag:
            MessageText(
                en: "«%{value}» is not yes or no; write yes, no, or leave it empty",
                ru: "«%{value}» — не yes и не no; напишите yes, no или оставьте ячейку пустой",
                kk: "«%{value}» — yes та, no да емес; yes не no деп жазыңыз немесе ұяшықты бос қалдырыңыз")
        case .notANumber:
            MessageText(
                en: "«%{value}» in column `%{column}` is not a number; write it like 4.58 or 4,58 (a percentage without %: 75.1)",
                ru: "«%{value}» в столбце `%{column}` — не число; напишите его как 4.58 или 4,58 (процент без %: 75.1)",
                kk: "`%{column}` бағанындағы «%{value}» сан емес; оны 4.58 немесе 4,58 түрінде жазыңыз (пайызды % белгісіз: 75.1)")
        case .badFigure:
            MessageText(
                en: "«%{value}» in column `%{column}`: %{problem}",
                ru: "«%{value}» в столбце `%{column}`: %{problem}",
                kk: "`%{column}` бағанындағы «%{value}»: %{problem}")
        default:
            MessageText(
                en: "`%{id}` appears twice in this table (first on line %{line}); each %{kind} has one row",
                ru: "`%{id}` встречается в этой таблице дважды (впервые в строке %{line}); у каждого объекта (%{kind}) — одна строка",
                kk: "`%{id}` бұл кестеде екі рет кездеседі (алғаш %{line}-жолда); әр нысанның (%{kind}) бір ғана жолы болады")
        }
    }

    private var figureText: MessageText {
        switch self {
        case .scoreOutOfRange:
            MessageText(
                en: "a score is between 1 and %{scale}; correct the figure",
                ru: "оценка должна быть от 1 до %{scale}; исправьте цифру",
                kk: "баға 1 мен %{scale} аралығында болуы керек; санды түзетіңіз")
        case .percentOutOfRange:
            MessageText(
                en: "a percentage is between 0 and 100; correct the figure",
                ru: "процент должен быть от 0 до 100; исправьте цифру",
                kk: "пайыз 0 мен 100 аралығында болуы керек; санды түзетіңіз")
        case .rankNotWhole:
            MessageText(
                en: "a rank is a whole number from 1; correct it",
                ru: "место в рейтинге — целое число от 1; исправьте его",
                kk: "рейтингтегі орын — 1-ден басталатын бүтін сан; оны түзетіңіз")
        case .rankTooLarge:
            MessageText(
                en: "a rank is at most %{highest}; correct it",
                ru: "место в рейтинге — не больше %{highest}; исправьте его",
                kk: "рейтингтегі орын ең көбі %{highest} болады; оны түзетіңіз")
        case .countNotWhole:
            MessageText(
                en: "a count is a whole number ≥ 0; correct it",
                ru: "количество — целое число ≥ 0; исправьте его",
                kk: "саны ≥ 0 бүтін сан болуы керек; оны түзетіңіз")
        case .countTooLarge:
            MessageText(
                en: "a count is at most 10^15; correct the figure",
                ru: "количество — не больше 10^15; исправьте цифру",
                kk: "саны ең көбі 10^15 болады; санды түзетіңіз")
        case .notAYear:
            MessageText(
                en: "not a year; write it like 2020",
                ru: "это не год; напишите год, например 2020",
                kk: "бұл жыл емес; жылды 2020 сияқты жазыңыз")
        case .scaleNotFiveOrTen:
            MessageText(
                en: "the scale is 5 or 10; write 5 for the 5-point scale, 10 for the 10-point one",
                ru: "шкала — 5 или 10; напишите 5 для 5-балльной шкалы, 10 — для 10-балльной",
                kk: "шкала — 5 немесе 10; 5 балдық шкала үшін 5, 10 балдық шкала үшін 10 деп жазыңыз")
        case .rankMissing:
            MessageText(
                en: "this row has no rank while others do; give every row its rank, or leave the whole column empty for Sapa to compute it",
                ru: "в этой строке нет места в рейтинге, а в других есть; укажите место в каждой строке или оставьте весь столбец пустым, чтобы Sapa вычислила места",
                kk: "бұл жолда рейтингтегі орын жоқ, ал басқаларында бар; әр жолға орнын жазыңыз немесе Sapa орындарды өзі есептеуі үшін бүкіл бағанды бос қалдырыңыз")
        case .rankBreaksOrder:
            MessageText(
                en: "the rank %{rank} breaks the order: expected %{expected} here; ranks go 1, 2, 3 …, a tie repeats a rank and the next rank skips the tied places",
                ru: "место %{rank} нарушает порядок: здесь ожидается %{expected}; места идут 1, 2, 3 …, при равенстве место повторяется, а следующее пропускает разделённые места",
                kk: "%{rank} орны ретті бұзады: мұнда %{expected} күтіледі; орындар 1, 2, 3 … болып жүреді, тең нәтижеде орын қайталанады, ал келесі орын бөлінген орындарды өткізіп жібереді")
        default:
            MessageText(
                en: "the rank %{rank} is repeated but the scores differ; a repeated rank is a tie and needs equal scores; correct the rank",
                ru: "место %{rank} повторяется, но оценки различаются; повторённое место означает равенство и требует равных оценок; исправьте место",
                kk: "%{rank} орны қайталанады, бірақ бағалар әртүрлі; қайталанған орын тең нәтижені білдіреді және бірдей бағаларды талап етеді; орынды түзетіңіз")
        }
    }
}
