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
        // The later parts on threads of their own: the sheets are read from Dispatch's
        // parallel loop, whose threads are all taken, and a loop nested in it runs one by one.
        let later = parts.dropFirst().map { part in
            BackgroundWork { records(of: part, path: file.path, delimiter: delimiter, limit: maxRows + 2) }
        }
        let first = parts.first.map { records(of: $0, path: file.path, delimiter: delimiter, limit: maxRows + 2) } ?? .success([])
        var rows: [CSVTable.Row] = []
        // Each part reads at most as many records as the whole would: past the limit, the
        // row that breaks it is the same one, in the first part that reaches it.
        for part in [first] + later.map({ $0.result() }) {
            switch part {
            case .failure(let problems): return .failure(problems)
            case .success(let records): if rows.isEmpty { rows = records } else { rows.append(contentsOf: records) }
            }
        }
        guard !rows.isEmpty else {
            return .failure(DiagnosticList([Diagnostic(path: file.path, ToolMessage(CSVMessage.emptyFile))]))
        }
        let headerRow = rows.removeFirst()
        var problems = DiagnosticCollector()
        var header = headerRow.cells.map { CSVTable.Cell(value: $0.value.trimmedOfWhitespace, line: $0.line, column: $0.column) }
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
        if rows.count > maxRows {
            let extra = rows[maxRows]
            problems.error(
                file.path, line: extra.line, column: 1,
                ToolMessage(CSVMessage.tooManyRows, ["limit": maxRows]))
            rows = Array(rows.prefix(maxRows))
        }
        for (index, row) in rows.enumerated() {
            if row.cells.count < header.count {
                let last = row.cells.last!
                problems.error(
                    file.path, line: row.line, column: last.column + last.value.unicodeScalars.count,
                    ToolMessage(CSVMessage.missingValues, ["values": row.cells.count, "columns": header.count, "names": header.map(\.value).joined(separator: ", ")])
                )
            } else if row.cells.count > header.count {
                let extra = row.cells[header.count...]
                if let filled = extra.first(where: { !$0.value.trimmedOfWhitespace.isEmpty }) {
                    problems.error(
                        file.path, line: filled.line, column: filled.column,
                        ToolMessage(CSVMessage.extraValue, ["values": row.cells.count, "columns": header.count]))
                } else {
                    rows[index].cells.removeLast(row.cells.count - header.count)
                }
            }
        }
        if problems.hasErrors { return .failure(DiagnosticList(problems.sorted)) }
        return .success(CSVTable(path: file.path, delimiter: Character(delimiter), header: header, rows: rows))
    }

    /// The records of one part, each cell placed by the shared scan, blank lines left out.
    static func records(of part: Part, path: String, delimiter: Unicode.Scalar, limit: Int) -> Result<[CSVTable.Row], DiagnosticList> {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: part.text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            return .failure(DiagnosticList([Diagnostic(path: path, ToolMessage(CSVMessage.unreadable, ["detail": "\(error)"]))]))
        }
        var cursor = SourceCursor(text: part.text, firstLine: part.firstLine)
        var rows: [CSVTable.Row] = []
        // Each record is placed as it is parsed, so that the parser's rows and the placed
        // ones are never all held at once (a service-figures sheet runs to tens of megabytes).
        var recordCount = 0
        while recordCount < limit, let record = reader.next() {
            recordCount += 1
            let line = cursor.line
            var cells: [CSVTable.Cell] = []
            cells.reserveCapacity(record.count)
            for (index, value) in record.enumerated() {
                let start = (cursor.line, cursor.column)
                if cursor.peek == SourceCursor.quote {
                    // Walked in the source by RFC 4180's rules: CSV.swift reads on past a stray
                    // quote without saying so, which would misplace every later cell.
                    switch cursor.skipQuotedValue(delimiter: UInt8(delimiter.value)) {
                    case .closed:
                        break
                    case .unclosed:
                        return .failure(DiagnosticList([Diagnostic(path: path, line: start.0, column: start.1, ToolMessage(CSVMessage.unclosedQuote))]))
                    case .textAfterClosingQuote(let line, let column):
                        return .failure(DiagnosticList([Diagnostic(path: path, line: line, column: column, ToolMessage(CSVMessage.textAfterQuote))]))
                    }
                } else {
                    cursor.advance(over: value)
                }
                cells.append(CSVTable.Cell(value: value, line: start.0, column: start.1))
                if index < record.count - 1 { cursor.advance() }
            }
            cursor.advance()  // the line end
            // A blank line, or one of only delimiters (";;;;"): Excel writes those for empty
            // rows that were ever formatted.
            if cells.allSatisfy({ $0.value.trimmedOfWhitespace.isEmpty }) { continue }
            rows.append(CSVTable.Row(line: line, cells: cells))
        }
        return .success(rows)
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
