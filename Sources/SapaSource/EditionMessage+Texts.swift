import SapaModel

extension EditionMessage {
    /// A service's text, what a published language lacks, and `sapa new-edition`.
    var textsText: MessageText {
        switch self {
        case .standardURLNotAddress, .notARecommendation, .movedHeaderKey, .inFileName, .inChapterColumn, .inCodeColumn, .inEditionFile, .inRegionFiles, .inDataNotes,
            .inRecommendations:
            serviceTextText
        case .missingName, .missingTableTitle, .missingPage, .kazakhLanguage, .russianLanguage, .englishLanguage:
            translationText
        default:
            scaffoldText
        }
    }

    private var serviceTextText: MessageText {
        switch self {
        case .standardURLNotAddress:
            MessageText(
                en: "the standard's `url` «%{url}» is not a web address; write one starting with https:// or http://, or leave `url` out",
                ru: "`url` стандарта «%{url}» — не веб-адрес; напишите адрес, начинающийся с https:// или http://, или уберите `url`",
                kk: "стандарттың `url` мәні «%{url}» веб-мекенжай емес; https:// немесе http:// арқылы басталатын мекенжай жазыңыз немесе `url` алып тастаңыз")
        case .notARecommendation:
            MessageText(
                en:
                    "below `%{heading}` only recommendations are written: `### ` and the addressee, then one `- ` line per recommendation; move this line above `%{heading}` or start it with `- `",
                ru:
                    "под `%{heading}` пишутся только рекомендации: `### ` и адресат, затем по одной строке `- ` на каждую рекомендацию; перенесите эту строку выше `%{heading}` или начните её с `- `",
                kk:
                    "`%{heading}` астында тек ұсынымдар жазылады: `### ` және адресат, содан кейін әр ұсынымға бір `- ` жолы; бұл жолды `%{heading}` жолынан жоғары ауыстырыңыз немесе оны `- ` белгісімен бастаңыз"
            )
        case .movedHeaderKey:
            MessageText(
                en: "`%{key}` does not belong in a text's header: it is written in %{place}; move it there and remove it here",
                ru: "`%{key}` не пишется в заголовке текста: его место — %{place}; перенесите его туда и удалите здесь",
                kk: "`%{key}` мәтіннің тақырып бөлігіне жазылмайды: оның орны — %{place}; оны сонда ауыстырып, мұнда өшіріңіз")
        case .inFileName: MessageText(en: "the file's name, services/<id>.md", ru: "имя файла, services/<id>.md", kk: "файлдың атауы, services/<id>.md")
        case .inChapterColumn:
            MessageText(
                en: "the edition's services.csv (column `chapter`)", ru: "services.csv издания (столбец `chapter`)", kk: "басылымның services.csv файлы (`chapter` бағаны)")
        case .inCodeColumn:
            MessageText(en: "Content/data/services.csv (column `code`)", ru: "Content/data/services.csv (столбец `code`)", kk: "Content/data/services.csv (`code` бағаны)")
        case .inEditionFile: MessageText(en: "the edition's %{file}", ru: "%{file} издания", kk: "басылымның %{file} файлы")
        case .inRegionFiles:
            MessageText(
                en: "the edition's service-figures/regions.csv and region-parameters.csv", ru: "service-figures/regions.csv и region-parameters.csv издания",
                kk: "басылымның service-figures/regions.csv және region-parameters.csv файлдары")
        case .inDataNotes:
            MessageText(
                en: "the edition's data-notes.csv (table `service-figures/…`, row: the service's id)",
                ru: "data-notes.csv издания (таблица `service-figures/…`, row: идентификатор услуги)",
                kk: "басылымның data-notes.csv файлы (кесте `service-figures/…`, row: қызметтің идентификаторы)")
        default: MessageText(en: "the text, below a line `## Ұсынымдар`", ru: "текст, под строкой `## Ұсынымдар`", kk: "мәтін, `## Ұсынымдар` жолының астында")
        }
    }

    private var translationText: MessageText {
        switch self {
        case .missingName:
            MessageText(
                en: "%{what} has no %{language} text (name_%{code}); pages in %{code} show the Kazakh one; add it",
                ru: "%{what}: нет текста на %{language} языке (name_%{code}); страницы на языке %{code} показывают казахский; добавьте его",
                kk: "%{what}: %{language} мәтіні жоқ (name_%{code}); %{code} тіліндегі беттер қазақша мәтінді көрсетеді; оны қосыңыз")
        case .missingTableTitle:
            MessageText(
                en: "the table `%{table}` has no title_%{code}; pages in %{code} show the Kazakh title; add it",
                ru: "у таблицы `%{table}` нет title_%{code}; страницы на языке %{code} показывают казахское название; добавьте его",
                kk: "`%{table}` кестесінде title_%{code} жоқ; %{code} тіліндегі беттер қазақша атауын көрсетеді; оны қосыңыз")
        case .missingPage:
            MessageText(
                en: "the page `%{slug}` has no %{code} version; pages in %{code} show the Kazakh one; create this file",
                ru: "у страницы `%{slug}` нет версии на языке %{code}; страницы на языке %{code} показывают казахскую; создайте этот файл",
                kk: "`%{slug}` бетінің %{code} нұсқасы жоқ; %{code} тіліндегі беттер қазақша нұсқасын көрсетеді; осы файлды жасаңыз")
        case .kazakhLanguage: MessageText(en: "Kazakh", ru: "казахском", kk: "қазақша")
        case .russianLanguage: MessageText(en: "Russian", ru: "русском", kk: "орысша")
        default: MessageText(en: "English", ru: "английском", kk: "ағылшынша")
        }
    }

    private var scaffoldText: MessageText {
        switch self {
        case .notAYear: MessageText(en: "«%{year}» is not a year; write one like 2021", ru: "«%{year}» — не год; напишите год, например 2021", kk: "«%{year}» жыл емес; 2021 сияқты жыл жазыңыз")
        case .editionExists:
            MessageText(
                en: "the edition already exists; edit it, or remove the folder to start it again",
                ru: "издание уже существует; отредактируйте его или удалите папку, чтобы начать заново",
                kk: "басылым бұрыннан бар; оны өңдеңіз немесе қайта бастау үшін қалтаны өшіріңіз")
        case .noSourceEdition:
            MessageText(
                en: "there is no edition %{year} to start from; the editions are %{years}; pick one, or leave out --from",
                ru: "нет издания %{year}, с которого можно начать; есть издания: %{years}; выберите одно из них или не указывайте --from",
                kk: "бастауға болатын %{year} басылымы жоқ; бар басылымдар: %{years}; біреуін таңдаңыз немесе --from көрсетпеңіз")
        case .notWritten:
            MessageText(
                en: "the edition could not be written (%{detail}); check that the folder is writable",
                ru: "не удалось записать издание (%{detail}); проверьте, что в папку можно записывать",
                kk: "басылымды жазу мүмкін болмады (%{detail}); қалтаға жазуға болатынын тексеріңіз")
        case .stepEdition:
            MessageText(
                en: "Content/%{year}/edition.yml: the report's title, source and date; keep draft: true until you publish",
                ru: "Content/%{year}/edition.yml: название, источник и дата отчёта; оставьте draft: true до публикации",
                kk: "Content/%{year}/edition.yml: баяндаманың атауы, дереккөзі және күні; жарияланғанға дейін draft: true қалдырыңыз")
        case .stepServices:
            MessageText(
                en: "Content/%{year}/services.csv: the services of the %{year} report, with their chapters and quantitative or qualitative",
                ru: "Content/%{year}/services.csv: услуги отчёта %{year} года с их главами и quantitative или qualitative",
                kk: "Content/%{year}/services.csv: %{year} жылғы баяндаманың қызметтері, олардың тарауларымен және quantitative немесе qualitative")
        case .stepTables:
            MessageText(
                en: "Content/%{year}/tables.yml and its tables: this year's titles and sources, then the figures",
                ru: "Content/%{year}/tables.yml и его таблицы: названия и источники этого года, затем цифры",
                kk: "Content/%{year}/tables.yml және оның кестелері: осы жылдың атаулары мен дереккөздері, содан кейін сандар")
        case .stepTablesCarried:
            MessageText(
                en: "Content/%{year}/tables.yml and its tables: this year's titles and sources, then the figures (the rows of %{source}, figures empty)",
                ru: "Content/%{year}/tables.yml и его таблицы: названия и источники этого года, затем цифры (строки %{source} года, цифры пусты)",
                kk: "Content/%{year}/tables.yml және оның кестелері: осы жылдың атаулары мен дереккөздері, содан кейін сандар (%{source} жылдың жолдары, сандары бос)")
        case .stepFigures:
            MessageText(
                en: "Content/%{year}/service-figures/*.csv: the figures of the service pages",
                ru: "Content/%{year}/service-figures/*.csv: цифры страниц услуг",
                kk: "Content/%{year}/service-figures/*.csv: қызмет беттерінің сандары")
        case .stepFiguresCarried:
            MessageText(
                en: "Content/%{year}/service-figures/*.csv: the figures of the service pages (the rows of %{source}, figures empty)",
                ru: "Content/%{year}/service-figures/*.csv: цифры страниц услуг (строки %{source} года, цифры пусты)",
                kk: "Content/%{year}/service-figures/*.csv: қызмет беттерінің сандары (%{source} жылдың жолдары, сандары бос)")
        case .stepTexts:
            MessageText(
                en: "Content/%{year}/services/<id>.md: the findings and recommendations of each service's chapter",
                ru: "Content/%{year}/services/<id>.md: выводы и рекомендации главы каждой услуги",
                kk: "Content/%{year}/services/<id>.md: әр қызмет тарауының қорытындылары мен ұсынымдары")
        case .stepNotes:
            MessageText(
                en: "Content/%{year}/data-notes.csv: where the report gives one figure differently in two places",
                ru: "Content/%{year}/data-notes.csv: случаи, когда отчёт в двух местах приводит одну и ту же цифру по-разному",
                kk: "Content/%{year}/data-notes.csv: баяндама бір санды екі жерде әртүрлі беретін жағдайлар")
        default:
            MessageText(
                en: "then: sapa check, and sapa serve --drafts to see the draft; write draft: false in edition.yml to publish",
                ru: "затем: sapa check и sapa serve --drafts, чтобы увидеть черновик; чтобы опубликовать издание, напишите draft: false в edition.yml",
                kk: "содан кейін: sapa check және жобаны көру үшін sapa serve --drafts; жариялау үшін edition.yml ішінде draft: false деп жазыңыз")
        }
    }
}
