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

}
