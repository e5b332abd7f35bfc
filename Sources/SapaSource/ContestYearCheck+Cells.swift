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
                    "`\(column)` is a criterion of the \(criterion.nomination.messageName) nomination (annex \(criterion.nomination.annex)); leave it empty in a \(nomination.messageName) row")
                continue
            }
            guard let value = NumberText.parse(raw) else {
                reader.error(row, column, "`\(column)` is «\(raw)», which is not a number; write the commission's points, like 1 or 4,84")
                continue
            }
            let maximum = NumberText.plain(criterion.maximum)
            let unit = criterion.maximum == 1 ? "point" : "points"
            if value < 0 {
                if criterion == .clientOrientation {
                    reader.error(row, column, "`\(column)` is \(NumberText.plain(value)): a negative result counts as 0 points (annex 1, note); write 0")
                } else {
                    reader.error(row, column, "`\(column)` is \(NumberText.plain(value)); the criterion gives 0 to \(maximum) \(unit) (annex \(nomination.annex)): correct the points")
                }
                continue
            }
            if value > criterion.maximum {
                reader.error(row, column, "`\(column)` is \(NumberText.plain(value)), above the most this criterion gives, \(maximum) \(unit) (annex \(nomination.annex)); correct the points")
                continue
            }
            if criterion != .clientOrientation, value != value.rounded() {
                reader.error(row, column, "`\(column)` is \(NumberText.plain(value)); annex \(nomination.annex) gives whole points (the criterion is met, 1, or not, 0): correct the points")
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
                        row, column, "`\(column)` feeds annex 1's formula of the \(ContestNomination.clientOriented.messageName) nomination; leave it empty in a \(nomination.messageName) row")
                }
            } else if let a, let b {
                if b == 0 {
                    reader.error(
                        row, "services_rendered", "`services_rendered` is 0; the formula divides by the number of services rendered: write it, or leave both `violations` and `services_rendered` empty"
                    )
                } else if a > b {
                    reader.error(row, "violations", "`violations` (\(a)) is more than `services_rendered` (\(b)); a service is rendered with a violation or without: correct the figures")
                } else {
                    violations = ServiceViolations(violations: a, servicesRendered: b)
                    let computed = ContestFormula.clientOrientation(violations: a, servicesRendered: b)
                    if let given = points[.clientOrientation] {
                        if abs(given - computed) > 0.005 + 1e-9 {
                            let shown = DisplayFormat(.en).score(computed)
                            reader.error(
                                row, "client_orientation",
                                "`client_orientation` is \(NumberText.plain(given)) but annex 1's formula gives \(shown) for \(a) violations in \(b) services, 5 × (1 − \(a)/\(b) × 100), counted as 0 if negative; write \(shown), or leave the cell empty for Sapa to compute it"
                            )
                        }
                    } else {
                        points[.clientOrientation] = computed
                        missing.removeAll { $0 == .clientOrientation }
                    }
                }
            } else {
                let (given, empty) = a != nil ? ("violations", "services_rendered") : ("services_rendered", "violations")
                reader.error(row, empty, "`\(given)` is given but `\(empty)` is empty; annex 1's formula needs both (or neither)")
            }
        }
        if !points.isEmpty, let first = missing.first {
            let names = nomination.criteria.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            reader.error(
                row, first.rawValue, "`\(first.rawValue)` is empty; the \(nomination.messageName) nomination is scored on \(names) (annex \(nomination.annex)): fill in all of them, or leave all empty"
            )
        }
        return (points, violations)
    }

    func wholeNumber(_ row: CSVTable.Row, _ column: String, what: FigureName, with reader: inout RecordReader) -> Int? {
        guard let raw = reader.text(row, column) else { return nil }
        guard let value = NumberText.parse(raw), value >= 0, value == value.rounded(), value < 1e12 else {
            reader.error(row, column, "`\(column)` is «\(raw)»; write \(what) as a whole number")
            return nil
        }
        return Int(value)
    }

    func photo(_ row: CSVTable.Row, with reader: inout RecordReader) -> ContestPhoto? {
        let alternative = reader.localized(row, "photo_alt")
        guard let path = reader.text(row, "photo") else {
            if let language = Language.allCases.first(where: { alternative.values[$0] != nil }) {
                reader.error(row, "photo_alt_\(language.rawValue)", "there is a photo description but no `photo`; give the photo's path or remove the description")
            }
            return nil
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./")
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard path.allSatisfy({ allowed.contains($0) }), !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            reader.error(row, "photo", "`photo` is «\(path)»; write the file's path below Content/static/ in Latin letters, digits, - and _, with / between folders, like contest/2025/akmola-1.jpg")
            return nil
        }
        let pictureTypes: Set<String> = ["jpg", "jpeg", "png", "webp", "gif", "avif"]
        guard pictureTypes.contains((path as NSString).pathExtension.lowercased()) else {
            reader.error(row, "photo", "«\(path)» is not a picture the web shows; use a .jpg, .png or .webp file")
            return nil
        }
        if !staticFiles.contains(path) {
            reader.error(row, "photo", "the photo «\(path)» is not in Content/static/; put the file there, at Content/static/\(path), or correct the path")
        }
        if alternative.values[.kk] == nil {
            reader.error(row, "photo_alt_kk", "the photo has no description; fill in `photo_alt_kk`: what the photo shows, for readers who cannot see it")
        }
        return ContestPhoto(path: path, alternativeText: alternative)
    }

    func winnerText(_ row: CSVTable.Row, with reader: inout RecordReader) -> LocalizedText? {
        let text = reader.localized(row, "text")
        for (language, value) in text.values where value.count > ContestColumns.maximumTextLength {
            reader.error(row, "text_\(language.rawValue)", "`text_\(language.rawValue)` is \(value.count) characters; a winner's text is at most \(ContestColumns.maximumTextLength): shorten it")
        }
        return text.isEmpty ? nil : text
    }
}
