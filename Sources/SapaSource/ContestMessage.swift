import SapaModel

/// What the contest's checks say about `Content/contest/`: its folders and files, each row of
/// a winners table (`rowText`), the points, photos and texts in a row (`cellText`), and the
/// places across rows. The nominations keep their official Kazakh names in every language.
enum ContestMessage: String, MessageCatalogue {
    // Rows (ContestMessage+Rows.swift).
    case yearMismatch, stageUnknown, stageEmpty, nominationUnknown, nominationEmpty, placeNotAwarded, placeEmpty
    case takenFromRegionalRow, statusUnknown, notHeldHasWinner, regionEmpty, regionUnknown, regionNotYetFormed, regionAbolished
    case employeeUnnamed, organisationUnnamed, textMissing, employeePosition, employeeOrganisation, premisesAddress
    case notForEmployees, notForOrganisations, consentForEmployeesOnly, consentMissing, consentUnknown
    // Cells (ContestMessage+Cells.swift).
    case criterionOfOtherNomination, pointsNotANumber, negativeClientOrientation, negativePoints, pointsAboveMaximum, pointsNotWhole
    case formulaFigureInOtherNomination, noServicesRendered, moreViolationsThanServices, formulaMismatch, formulaNeedsBoth
    case criteriaIncomplete, notAWholeNumber, photoWithoutPath, photoPathInvalid, photoNotAPicture, photoMissing, photoUndescribed
    case textTooLong
    // Places across rows.
    case notHeldRepeated, regionalPlaceTaken, republicanPlaceTaken, winnerPlacedTwice, placesMissing, onlyFirstPlaces
    case noRegionalFirstPlace, firstPlaceIsOther, republicanWinnerUnnamed, notAFirstPlace, firstPlaceOfSeveralRegions
    // The folder, and the words other messages are built from.
    case yearFolderName, rulesTwice, winnersOutsideYear, unexpectedFile, noSettings, noWinners, sampleMissing
    case nominationClientOriented, nominationServiceOriented, lineHere, lineOfFile

    static let area = "contest"

}
