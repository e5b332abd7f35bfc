import SapaModel

/// Reads the rows of a registry CSV (regions, bodies, services) by column name, reporting
/// missing columns and bad values at their cells. It collects only what it finds itself;
/// the caller appends `problems` to its own list when done with the table.
struct RecordReader {
    let table: CSVTable
    private(set) var problems = DiagnosticCollector()
    /// The header's names, looked up by a walk rather than a dictionary: a table has a dozen
    /// columns, and hashing the column's name for every cell read cost more than comparing it.
    private let columnNames: [String]
    /// `label` → the columns `label_kk`, `label_ru`, `label_en` that the header has: found
    /// once, since a localized text is read on every row.
    private let localizedIndices: [String: [(Language, Int)]]
    /// False when a required column is missing: then no row can be read.
    let hasRequiredColumns: Bool

    init(_ table: CSVTable, required: [String], known: Set<String>) {
        self.table = table
        var indices: [String: Int] = [:]
        for (index, cell) in table.header.enumerated() { indices[cell.value] = index }
        columnNames = table.header.map(\.value)
        var localizedIndices: [String: [(Language, Int)]] = [:]
        for language in Language.allCases {
            let suffix = "_\(language.rawValue)"
            for (name, index) in indices where name.hasSuffix(suffix) {
                localizedIndices[String(name.dropLast(suffix.count)), default: []].append((language, index))
            }
        }
        self.localizedIndices = localizedIndices
        hasRequiredColumns = required.allSatisfy { indices[$0] != nil }
        for column in required where indices[column] == nil {
            self.problems.error(
                table.path, line: table.header.first?.line ?? 1, column: 1,
                ToolMessage(CSVMessage.missingColumn, ["column": column, "required": required.joined(separator: ", ")]))
        }
        for cell in table.header where !known.contains(cell.value) {
            self.problems.error(
                table.path, line: cell.line, column: cell.column,
                ToolMessage(CSVMessage.unknownColumn, ["column": cell.value, "known": known.sorted().joined(separator: ", ")]))
        }
    }

    /// Where the row's value in `column` starts; the row's start when it has none.
    func place(_ row: CSVTable.Row, _ column: String) -> (line: Int, column: Int) {
        guard let index = index(of: column), index < row.values.count else { return (row.line, 1) }
        return table.place(of: row, value: index)
    }

    func text(_ row: CSVTable.Row, _ column: String) -> String? {
        text(row, at: index(of: column))
    }

    /// The column's position in the header, for a loop that reads it on every row.
    func index(of column: String) -> Int? { columnNames.firstIndex(of: column) }

    /// The text at the column `index` gives, as `text(_:_:)` reads it.
    func text(_ row: CSVTable.Row, at index: Int?) -> String? {
        let value = row.value(at: index)
        return value.isEmpty ? nil : value
    }

    func localized(_ row: CSVTable.Row, _ base: String) -> LocalizedText {
        let columns = localizedIndices[base] ?? []
        var values = [Language: String](minimumCapacity: columns.count)
        for (language, index) in columns where index < row.values.count {
            let value = row.values[index].trimmedOfWhitespace
            if !value.isEmpty { values[language] = value }
        }
        return LocalizedText(values)
    }

    mutating func error(_ row: CSVTable.Row, _ column: String, _ message: ToolMessage) {
        let place = place(row, column)
        problems.error(table.path, line: place.line, column: place.column, message)
    }

    /// A required id: Latin lower case, digits and `-`, unique in `seen`.
    mutating func id(_ row: CSVTable.Row, _ column: String = "id", seen: inout [String: Int]) -> String? {
        guard let value = text(row, column) else {
            error(row, column, ToolMessage(CSVMessage.emptyID, ["column": column]))
            return nil
        }
        guard Identifier.isValid(value) else {
            error(row, column, ToolMessage(CSVMessage.invalidID, ["id": value]))
            return nil
        }
        if let first = seen[value] {
            error(row, column, ToolMessage(CSVMessage.repeatedID, ["id": value, "line": first]))
            return nil
        }
        seen[value] = row.line
        return value
    }

    /// A cell that holds one word of a fixed list (`kind`, `studied`). `empty` stands for an
    /// empty cell; without it the cell is required.
    mutating func choice<Choice: RawRepresentable>(_ row: CSVTable.Row, _ column: String, hint: [String], empty: Choice? = nil) -> Choice?
    where Choice.RawValue == String {
        let raw = text(row, column)
        if raw == nil, let empty { return empty }
        guard let raw, let choice = Choice(rawValue: raw) else {
            error(row, column, ToolMessage(CSVMessage.notAChoice, ["column": column, "value": raw ?? "", "choices": Alternatives(hint)]))
            return nil
        }
        return choice
    }

    /// A figure, as publishers type numbers (`4,58` or `4.58`); an empty cell is nil.
    mutating func number(_ row: CSVTable.Row, _ column: String, in range: ClosedRange<Double>, what: FigureName) -> Double? {
        guard let value = text(row, column) else { return nil }
        guard let number = NumberText.parse(value), number.isFinite else {
            error(row, column, ToolMessage(CSVMessage.notANumber, ["column": column, "value": ModelBuilder.excerpt(value)]))
            return nil
        }
        guard range.contains(number) else {
            error(row, column, ToolMessage(CSVMessage.outOfRange, ["column": column, "value": number, "lowest": range.lowerBound, "highest": range.upperBound, "what": ToolMessage(what)]))
            return nil
        }
        return number
    }

    /// A whole number, like a count or a rank.
    mutating func integer(_ row: CSVTable.Row, _ column: String, in range: ClosedRange<Double>, what: FigureName) -> Int? {
        guard let number = number(row, column, in: range, what: what) else { return nil }
        guard number == number.rounded() else {
            error(row, column, ToolMessage(CSVMessage.notWhole, ["column": column, "value": number, "what": ToolMessage(what)]))
            return nil
        }
        return Int(number)
    }

    /// The text of a column that is the same on every row of a group (a table's source, a
    /// channel's label): taken from its first row.
    func localizedOrNil(_ row: CSVTable.Row, _ base: String) -> LocalizedText? {
        let text = localized(row, base)
        return text.isEmpty ? nil : text
    }

    /// `previous_names_<lang>`: names it had before, `FROM-TO:name`, several joined by `|`.
    mutating func formerNames(_ row: CSVTable.Row) -> [Region.FormerName] {
        var former: [Language: [(ClosedRange<Int>, String)]] = [:]
        for language in Language.allCases {
            guard let raw = text(row, "previous_names_\(language.rawValue)") else { continue }
            for entry in raw.split(separator: "|") {
                let parts = entry.split(separator: ":", maxSplits: 1)
                let years = parts.first?.split(separator: "-").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? []
                guard parts.count == 2, years.count == 2, years[0] <= years[1] else {
                    error(
                        row, "previous_names_\(language.rawValue)",
                        ToolMessage(CSVMessage.notAFormerName, ["entry": entry]))
                    continue
                }
                former[language, default: []].append((years[0]...years[1], String(parts[1]).trimmingCharacters(in: .whitespaces)))
            }
        }
        let spans = Set(former.values.flatMap { $0.map(\.0) }).sorted { $0.lowerBound < $1.lowerBound }
        return spans.map { span in
            Region.FormerName(years: span, name: LocalizedText(former.compactMapValues { $0.first { $0.0 == span }?.1 }))
        }
    }

    mutating func year(_ row: CSVTable.Row, _ column: String) -> Int? {
        guard let value = text(row, column) else { return nil }
        guard let year = Int(value), (1990...2100).contains(year) else {
            error(row, column, ToolMessage(CSVMessage.notAYear, ["column": column, "value": value]))
            return nil
        }
        return year
    }
}

public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.count <= 80, id.first != "-", id.last != "-", !id.contains("--") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
