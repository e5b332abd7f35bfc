import SapaModel

/// What the content's reader says about the site's folders: `site.yml`, the registries, the
/// free pages, each edition and its service texts, the missing translations, and the steps
/// `sapa new-edition` leaves to the publisher.
enum EditionMessage: String, MessageCatalogue {
    // The site (ModelBuilder).
    case noContentFolder, noSiteConfig, baseURLNotAddress, noPublishedEdition, oldLayout, currentYearSet
    case inEachEdition, inServicesFolders, inEditionFolder
    // The free pages and the registries.
    case pageFileName, unknownPageLanguage, pageDefinedTwice, unknownBody, noKazakhName
    case theService, theBody, theRegion
    // An edition.
    case secondEdition, folderNotYear, noEditionFile, yearNotFolder, noServicesFile, emptyService, serviceListedTwice
    case noteWithoutKazakh, noteUnknownRow, noteNotFigures, noteUnknownTable
    case textInSubfolder, textNotInEdition, textWithoutFigures, textsWithoutFigures, figuresWithoutText, listedWithoutText, twoScales
    // A service's text.
    case standardURLNotAddress, notARecommendation, movedHeaderKey
    case inFileName, inChapterColumn, inCodeColumn, inEditionFile, inRegionFiles, inDataNotes, inRecommendations
    // What a published language lacks.
    case missingName, missingTableTitle, missingPage, kazakhLanguage, russianLanguage, englishLanguage
    // `sapa new-edition`.
    case notAYear, editionExists, noSourceEdition, notWritten
    case stepEdition, stepServices, stepTables, stepTablesCarried, stepFigures, stepFiguresCarried, stepTexts, stepNotes, stepCheck

    static let area = "edition"

    var text: MessageText {
        switch self {
        case .noContentFolder, .noSiteConfig, .baseURLNotAddress, .noPublishedEdition, .oldLayout, .currentYearSet, .inEachEdition, .inServicesFolders, .inEditionFolder,
            .pageFileName, .unknownPageLanguage, .pageDefinedTwice, .unknownBody, .noKazakhName, .theService, .theBody, .theRegion:
            siteText
        case .secondEdition, .folderNotYear, .noEditionFile, .yearNotFolder, .noServicesFile, .emptyService, .serviceListedTwice,
            .noteWithoutKazakh, .noteUnknownRow, .noteNotFigures, .noteUnknownTable,
            .textInSubfolder, .textNotInEdition, .textWithoutFigures, .textsWithoutFigures, .figuresWithoutText, .listedWithoutText, .twoScales:
            editionText
        default:
            textsText
        }
    }

    /// A service, body or region named in a message: "the service `id`".
    static func subject(_ type: ColumnType, _ id: String) -> ToolMessage {
        switch type {
        case .service: ToolMessage(EditionMessage.theService, ["id": id])
        case .body: ToolMessage(EditionMessage.theBody, ["id": id])
        default: ToolMessage(EditionMessage.theRegion, ["id": id])
        }
    }

    /// A language's name in "has no Russian text": in Russian the form after «на … языке», in
    /// Kazakh the adverb («орысша»).
    static func languageName(_ language: Language) -> ToolMessage {
        switch language {
        case .kk: ToolMessage(EditionMessage.kazakhLanguage)
        case .ru: ToolMessage(EditionMessage.russianLanguage)
        case .en: ToolMessage(EditionMessage.englishLanguage)
        }
    }

    private var siteText: MessageText {
        switch self {
        case .noContentFolder:
            MessageText(
                en: "there is no Content/ folder in %{folder}; run the command in the site folder or pass --site DIR",
                ru: "в %{folder} нет папки Content/; запустите команду в папке сайта или укажите --site DIR",
                kk: "%{folder} ішінде Content/ қалтасы жоқ; команданы сайт қалтасында іске қосыңыз немесе --site DIR көрсетіңіз")
        case .noSiteConfig:
            MessageText(
                en: "the site configuration is missing; create Content/site.yml with at least `title_kk:`",
                ru: "нет настроек сайта; создайте Content/site.yml, в котором есть хотя бы `title_kk:`",
                kk: "сайттың баптаулары жоқ; кемінде `title_kk:` жазылған Content/site.yml файлын жасаңыз")
        case .baseURLNotAddress:
            MessageText(
                en: "`base_url` is «%{url}», which is not a web address; write the address the site is published at, like https://example.kz/sapa/, or its path, like /sapa/",
                ru: "`base_url` — «%{url}», это не веб-адрес; напишите адрес, по которому опубликован сайт, например https://example.kz/sapa/, или его путь, например /sapa/",
                kk: "`base_url` мәні — «%{url}», бұл веб-мекенжай емес; сайт жарияланған мекенжайды, мысалы https://example.kz/sapa/, немесе оның жолын, мысалы /sapa/, жазыңыз")
        case .noPublishedEdition:
            MessageText(
                en: "no edition is published: every edition.yml says `draft: true`; write `draft: false` in the one to publish (sapa serve --drafts shows the drafts meanwhile)",
                ru:
                    "ни одно издание не опубликовано: во всех edition.yml написано `draft: true`; напишите `draft: false` в том, которое нужно опубликовать (пока что sapa serve --drafts показывает черновики)",
                kk:
                    "бірде-бір басылым жарияланбаған: барлық edition.yml файлында `draft: true` деп жазылған; жариялайтын басылымның файлында `draft: false` деп жазыңыз (әзірге sapa serve --drafts жобаларды көрсетеді)"
            )
        case .oldLayout:
            MessageText(
                en: "this is the layout of a site without editions; its contents belong in %{place} now: move them there (Scripts/import-2020-report shows the layout) and remove Content/%{name}",
                ru:
                    "это структура сайта без изданий; теперь это содержимое хранится в другом месте (%{place}): перенесите его туда (структуру показывает Scripts/import-2020-report) и удалите Content/%{name}",
                kk:
                    "бұл басылымдары жоқ сайттың құрылымы; енді оның мазмұны басқа жерде сақталады (%{place}): оны сонда ауыстырыңыз (құрылымды Scripts/import-2020-report көрсетеді) және Content/%{name} өшіріңіз"
            )
        case .currentYearSet:
            MessageText(
                en: "`current_year` is no longer set here: the site shows the latest edition whose edition.yml says `draft: false`; remove `current_year`",
                ru: "`current_year` здесь больше не задаётся: сайт показывает последнее издание, в edition.yml которого написано `draft: false`; удалите `current_year`",
                kk: "`current_year` енді мұнда көрсетілмейді: сайт edition.yml файлында `draft: false` деп жазылған соңғы басылымды көрсетеді; `current_year` өшіріңіз")
        case .inEachEdition:
            MessageText(en: "each edition's %{file}", ru: "%{file} каждого издания", kk: "әр басылымның %{file} файлы")
        case .inServicesFolders:
            MessageText(
                en: "each edition's services/ folder (its texts) and service-figures/ (their figures)",
                ru: "папка services/ каждого издания для текстов и service-figures/ для цифр",
                kk: "әр басылымның мәтіндерге арналған services/ қалтасы және сандарға арналған service-figures/ қалтасы")
        case .inEditionFolder:
            MessageText(en: "the edition's folder, Content/<year>/", ru: "папка издания, Content/<year>/", kk: "басылым қалтасы, Content/<year>/")
        case .pageFileName:
            MessageText(
                en: "a page's file name is <name>.<language>.md, like methodology.kk.md; rename the file",
                ru: "имя файла страницы — <name>.<language>.md, например methodology.kk.md; переименуйте файл",
                kk: "бет файлының атауы — <name>.<language>.md, мысалы methodology.kk.md; файлдың атын өзгертіңіз")
        case .unknownPageLanguage:
            MessageText(
                en: "unknown language «%{code}» in the file name; use kk, ru or en",
                ru: "неизвестный язык «%{code}» в имени файла; используйте kk, ru или en",
                kk: "файл атауындағы «%{code}» тілі белгісіз; kk, ru немесе en қолданыңыз")
        case .pageDefinedTwice:
            MessageText(
                en: "the page `%{slug}` in %{language} is also defined by %{other}; keep one",
                ru: "страница `%{slug}` на языке %{language} задана также в %{other}; оставьте одну",
                kk: "%{language} тіліндегі `%{slug}` беті %{other} файлында да берілген; біреуін қалдырыңыз")
        case .unknownBody:
            MessageText(
                en: "the body «%{body}» is not in Content/data/bodies.csv; use the id of a body listed there",
                ru: "государственного органа «%{body}» нет в Content/data/bodies.csv; используйте идентификатор органа из этого списка",
                kk: "«%{body}» мемлекеттік органы Content/data/bodies.csv ішінде жоқ; сонда көрсетілген органның идентификаторын қолданыңыз")
        case .noKazakhName:
            MessageText(
                en: "%{what} has no Kazakh name; fill in `name_kk`",
                ru: "%{what}: нет названия на казахском языке; заполните `name_kk`",
                kk: "%{what}: қазақша атауы жоқ; `name_kk` толтырыңыз")
        case .theService: MessageText(en: "the service `%{id}`", ru: "услуга `%{id}`", kk: "`%{id}` қызметі")
        case .theBody: MessageText(en: "the body `%{id}`", ru: "государственный орган `%{id}`", kk: "`%{id}` мемлекеттік органы")
        default: MessageText(en: "the region `%{id}`", ru: "регион `%{id}`", kk: "`%{id}` өңірі")
        }
    }
}
