import Foundation
import SapaModel

/// The cells of one row that take more than a look: the points, the photo, the winner's text.
extension ContestYearCheck {
    /// The commission's points: within the annex's maxima, all of the nomination's criteria
    /// or none, none of the other nomination's; annex 1's formula where its figures are given.
    func points(_ row: CSVTable.Row, nomination: ContestNomination, with reader: inout RecordReader)
        -> ([ContestCriterion: Double], ServiceViolations?)
    {
        var points: [ContestCriterion: Double] = [:]
        var missing: [ContestCriterion] = []
        for criterion in ContestCriterion.allCases {
            let column = criterion.rawValue
            guard let raw = reader.text(row, column) else {
                if criterion.nomination == nomination { missing.append(criterion) }
                continue
            }
            guard criterion.nomination == nomination else {
                reader.error(
                    row, column,
                    ToolMessage(
                        ContestMessage.criterionOfOtherNomination,
                        ["column": column, "other": criterion.nomination.messageName, "annex": criterion.nomination.annex, "nomination": nomination.messageName]))
                continue
            }
            guard let value = NumberText.parse(raw) else {
                reader.error(row, column, ToolMessage(ContestMessage.pointsNotANumber, ["column": column, "value": raw]))
                continue
            }
            // Whole in both annexes (1 or 5 points): a count, so that the word agrees with it.
            let maximum = Int(criterion.maximum)
            if value < 0 {
                if criterion == .clientOrientation {
                    reader.error(row, column, ToolMessage(ContestMessage.negativeClientOrientation, ["column": column, "value": value]))
                } else {
                    reader.error(
                        row, column, ToolMessage(ContestMessage.negativePoints, ["column": column, "value": value, "maximum": maximum, "annex": nomination.annex]))
                }
                continue
            }
            if value > criterion.maximum {
                reader.error(
                    row, column, ToolMessage(ContestMessage.pointsAboveMaximum, ["column": column, "value": value, "maximum": maximum, "annex": nomination.annex]))
                continue
            }
            if criterion != .clientOrientation, value != value.rounded() {
                reader.error(row, column, ToolMessage(ContestMessage.pointsNotWhole, ["column": column, "value": value, "annex": nomination.annex]))
                continue
            }
            points[criterion] = value
        }
        var violations: ServiceViolations?
        let a = wholeNumber(row, "violations", what: .servicesWithViolation, with: &reader)
        let b = wholeNumber(row, "services_rendered", what: .servicesRendered, with: &reader)
        if a != nil || b != nil {
            if nomination != .clientOriented {
                for column in ["violations", "services_rendered"] where reader.text(row, column) != nil {
                    reader.error(
                        row, column,
                        ToolMessage(
                            ContestMessage.formulaFigureInOtherNomination,
                            ["column": column, "formulaNomination": ContestNomination.clientOriented.messageName, "nomination": nomination.messageName]))
                }
            } else if let a, let b {
                if b == 0 {
                    reader.error(row, "services_rendered", ToolMessage(ContestMessage.noServicesRendered))
                } else if a > b {
                    reader.error(row, "violations", ToolMessage(ContestMessage.moreViolationsThanServices, ["violations": a, "services": b]))
                } else {
                    violations = ServiceViolations(violations: a, servicesRendered: b)
                    let computed = ContestFormula.clientOrientation(violations: a, servicesRendered: b)
                    if let given = points[.clientOrientation] {
                        if abs(given - computed) > 0.005 + 1e-9 {
                            // Two decimals as the report prints them, in the reader's language.
                            let score = FixedNumber(computed, digits: 2)
                            reader.error(
                                row, "client_orientation",
                                ToolMessage(ContestMessage.formulaMismatch, ["given": given, "computed": score, "violations": a, "services": b]))
                        }
                    } else {
                        points[.clientOrientation] = computed
                        missing.removeAll { $0 == .clientOrientation }
                    }
                }
            } else {
                let (given, empty) = a != nil ? ("violations", "services_rendered") : ("services_rendered", "violations")
                reader.error(row, empty, ToolMessage(ContestMessage.formulaNeedsBoth, ["given": given, "empty": empty]))
            }
        }
        if !points.isEmpty, let first = missing.first {
            let names = nomination.criteria.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            reader.error(
                row, first.rawValue,
                ToolMessage(ContestMessage.criteriaIncomplete, ["column": first.rawValue, "nomination": nomination.messageName, "criteria": names, "annex": nomination.annex]))
        }
        return (points, violations)
    }

    func wholeNumber(_ row: CSVTable.Row, _ column: String, what: FigureName, with reader: inout RecordReader) -> Int? {
        guard let raw = reader.text(row, column) else { return nil }
        guard let value = NumberText.parse(raw), value >= 0, value == value.rounded(), value < 1e12 else {
            reader.error(row, column, ToolMessage(ContestMessage.notAWholeNumber, ["column": column, "value": raw, "what": ToolMessage(what)]))
            return nil
        }
        return Int(value)
    }

    func photo(_ row: CSVTable.Row, with reader: inout RecordReader) -> ContestPhoto? {
        let alternative = reader.localized(row, "photo_alt")
        guard let path = reader.text(row, "photo") else {
            if let language = Language.allCases.first(where: { alternative.values[$0] != nil }) {
                reader.error(row, "photo_alt_\(language.rawValue)", ToolMessage(ContestMessage.photoWithoutPath))
            }
            return nil
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./")
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard path.allSatisfy({ allowed.contains($0) }), !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            reader.error(row, "photo", ToolMessage(ContestMessage.photoPathInvalid, ["path": path]))
            return nil
        }
        let pictureTypes: Set<String> = ["jpg", "jpeg", "png", "webp", "gif", "avif"]
        guard pictureTypes.contains((path as NSString).pathExtension.lowercased()) else {
            reader.error(row, "photo", ToolMessage(ContestMessage.photoNotAPicture, ["path": path]))
            return nil
        }
        if !staticFiles.contains(path) {
            reader.error(row, "photo", ToolMessage(ContestMessage.photoMissing, ["path": path]))
        }
        if alternative.values[.kk] == nil {
            reader.error(row, "photo_alt_kk", ToolMessage(ContestMessage.photoUndescribed))
        }
        return ContestPhoto(path: path, alternativeText: alternative)
    }

    func winnerText(_ row: CSVTable.Row, with reader: inout RecordReader) -> LocalizedText? {
        let text = reader.localized(row, "text")
        for (language, value) in text.values where value.count > ContestColumns.maximumTextLength {
            let column = "text_\(language.rawValue)"
            reader.error(row, column, ToolMessage(ContestMessage.textTooLong, ["column": column, "length": value.count, "maximum": ContestColumns.maximumTextLength]))
        }
        return text.isEmpty ? nil : text
    }
}
