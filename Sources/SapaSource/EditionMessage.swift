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

}
