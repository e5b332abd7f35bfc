import SapaModel

/// What the CSV reader and the row reader say about a spreadsheet.
enum CSVMessage: String, MessageCatalogue {
    case unreadable, unclosedQuote, textAfterQuote, emptyFile, unnamedColumn, duplicateColumn, tooManyRows
    case missingValues, extraValue, missingColumn, unknownColumn
    case emptyID, invalidID, repeatedID, notAChoice, notANumber, outOfRange, notWhole, notAFormerName, notAYear

    static let area = "csv"

}
