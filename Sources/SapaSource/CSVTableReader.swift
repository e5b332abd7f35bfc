import CSV
import Foundation
import SapaModel

public enum CSVTableReader {
    /// Parses `file` with CSV.swift; Excel's variants load as they are (BOM, CRLF, `;`).
    /// A large sheet is parsed in parts on all cores (see `parts`), read back in order.
    public static func read(_ file: TextFile, maxRows: Int) -> Result<CSVTable, DiagnosticList> {
        let delimiter = detectDelimiter(file.text)
        return read(file, maxRows: maxRows, delimiter: delimiter, parts: parts(of: file.text, delimiter: UInt8(delimiter.value)))
    }

    /// `parts`: the file's text, whole or cut at record boundaries.
    static func read(_ file: TextFile, maxRows: Int, delimiter: Unicode.Scalar, parts: [Part]) -> Result<CSVTable, DiagnosticList> {
        let source = CSVSource(texts: parts.map(\.text), delimiter: UInt8(delimiter.value))
        // The later parts on threads of their own: the sheets are read from Dispatch's
        // parallel loop, whose threads are all taken, and a loop nested in it runs one by one.
        let later = parts.indices.dropFirst().map { index in
            BackgroundWork { records(of: parts[index], number: index, source: source, path: file.path, limit: maxRows + 2) }
        }
        let first = parts.isEmpty ? .success([]) : records(of: parts[0], number: 0, source: source, path: file.path, limit: maxRows + 2)
        var rows: [CSVTable.Row] = []
        // Each part reads at most as many records as the whole would: past the limit, the
        // row that breaks it is the same one, in the first part that reaches it.
        for part in [first] + later.map({ $0.result() }) {
            switch part {
            case .failure(let problems): return .failure(problems)
            case .success(let records): if rows.isEmpty { rows = records } else { rows.append(contentsOf: records) }
            }
        }
        guard let headerRow = rows.first else {
            return .failure(DiagnosticList([Diagnostic(path: file.path, ToolMessage(CSVMessage.emptyFile))]))
        }
        var problems = DiagnosticCollector()
        var header = source.cells(of: headerRow).map { CSVTable.Cell(value: $0.value.trimmedOfWhitespace, line: $0.line, column: $0.column) }
        while let last = header.last, last.value.isEmpty, header.count > 1 { header.removeLast() }
        var named: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            if cell.value.isEmpty {
                problems.error(
                    file.path, line: cell.line, column: cell.column,
                    ToolMessage(CSVMessage.unnamedColumn, ["column": spreadsheetColumn(index)]))
            } else if let first = named[cell.value] {
                problems.error(
                    file.path, line: cell.line, column: cell.column,
                    ToolMessage(CSVMessage.duplicateColumn, ["name": cell.value, "first": spreadsheetColumn(first), "second": spreadsheetColumn(index)]))
            } else {
                named[cell.value] = index
            }
        }
        // The rows are checked where they are, below the header (rows[0]), which is taken
        // off once they all are.
        var end = rows.count
        if rows.count - 1 > maxRows {
            let extra = rows[maxRows + 1]
            problems.error(
                file.path, line: extra.line, column: 1,
                ToolMessage(CSVMessage.tooManyRows, ["limit": maxRows]))
            end = maxRows + 1
        }
        let table = CSVTable(path: file.path, header: header, rows: [], source: source)
        for index in 1..<end {
            let count = rows[index].values.count
            if count < header.count {
                let last = table.place(of: rows[index], value: count - 1)
                problems.error(
                    file.path, line: rows[index].line, column: last.column + rows[index].values[count - 1].unicodeScalars.count,
                    ToolMessage(CSVMessage.missingValues, ["values": count, "columns": header.count, "names": header.map(\.value).joined(separator: ", ")])
                )
            } else if count > header.count {
                if let filled = rows[index].values[header.count...].firstIndex(where: { !$0.trimmedOfWhitespace.isEmpty }) {
                    let place = table.place(of: rows[index], value: filled)
                    problems.error(
                        file.path, line: place.line, column: place.column,
                        ToolMessage(CSVMessage.extraValue, ["values": count, "columns": header.count]))
                } else {
                    rows[index].values.removeLast(count - header.count)
                }
            }
        }
        if problems.hasErrors { return .failure(DiagnosticList(problems.sorted)) }
        rows.removeSubrange(end...)
        rows.removeFirst()
        return .success(CSVTable(path: file.path, header: header, rows: rows, source: source))
    }

    /// The records of part `number`, blank lines left out, each row with where it starts. The
    /// shared scan (`SourceCursor`) passes a line without a quote whole and walks any other
    /// value by value; a cell's column is counted only when a message asks for it.
    static func records(of part: Part, number: Int, source: CSVSource, path: String, limit: Int) -> Result<[CSVTable.Row], DiagnosticList> {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: part.text, hasHeaderRow: false, delimiter: Unicode.Scalar(source.delimiter))
        } catch {
            return .failure(DiagnosticList([Diagnostic(path: path, ToolMessage(CSVMessage.unreadable, ["detail": "\(error)"]))]))
        }
        var text = part.text
        return text.withUTF8 { bytes in
            var rows: [CSVTable.Row] = []
            var cursor = SourceCursor(bytes: bytes, line: part.firstLine)
            var recordCount = 0
            // A row keeps the parser's values as they are: a service-figures sheet runs to
            // hundreds of thousands of rows, and a copy of each would be held beside them.
            while recordCount < limit, let record = reader.next() {
                recordCount += 1
                let row = CSVTable.Row(line: cursor.line, values: record, offset: cursor.index, part: number)
                if !cursor.passLineWithoutQuote() {
                    for value in record {
                        if cursor.peek == SourceCursor.quote {
                            // Walked in the source by RFC 4180's rules: CSV.swift reads on past a
                            // stray quote without saying so, which would misplace every later cell.
                            let start = (line: cursor.line, column: cursor.column)
                            switch cursor.skipQuotedValue(delimiter: source.delimiter) {
                            case .closed:
                                break
                            case .unclosed:
                                return .failure(DiagnosticList([Diagnostic(path: path, line: start.line, column: start.column, ToolMessage(CSVMessage.unclosedQuote))]))
                            case .textAfterClosingQuote(let line, let column):
                                return .failure(DiagnosticList([Diagnostic(path: path, line: line, column: column, ToolMessage(CSVMessage.textAfterQuote))]))
                            }
                        } else {
                            cursor.advance(over: value)
                        }
                        cursor.advance()  // the delimiter or the line end
                    }
                }
                // A blank line, or one of only delimiters (";;;;"): Excel writes those for empty
                // rows that were ever formatted.
                if record.allSatisfy({ $0.trimmedOfWhitespace.isEmpty }) { continue }
                rows.append(row)
            }
            return .success(rows)
        }
    }

    /// The column's letter as a spreadsheet shows it: A … Z, AA, AB …
    static func spreadsheetColumn(_ index: Int) -> String {
        var letters = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    /// Excel writes `;` in Kazakh and Russian locales and `,` elsewhere: the header line tells.
    static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted.toggle()
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            case "\n" where !quoted: return semicolons > commas ? ";" : ","
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }
}
