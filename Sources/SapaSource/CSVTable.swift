import CSV
import Foundation
import SapaModel

/// A CSV file as read, before its values mean anything: a header and rows of strings,
/// each cell with the line and column where it starts so that errors can point at it.
public struct CSVTable: Sendable {
    public struct Cell: Sendable {
        public var value: String
        public var line: Int
        public var column: Int
    }

    public struct Row: Sendable {
        public var line: Int
        public var cells: [CSVTable.Cell]
    }

    public var path: String
    public var delimiter: Character
    public var header: [CSVTable.Cell]
    public var rows: [CSVTable.Row]

    public func columnIndex(_ name: String) -> Int? { header.firstIndex { $0.value == name } }
}

public enum CSVTableReader {
    /// Parses `file` with CSV.swift; Excel's variants load as they are (BOM, CRLF, `;`).
    public static func read(_ file: TextFile, maxRows: Int) -> Result<CSVTable, DiagnosticList> {
        let text = file.text
        let delimiter = detectDelimiter(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        } catch {
            return .failure(DiagnosticList([Diagnostic(path: file.path, ToolMessage(CSVMessage.unreadable, ["detail": "\(error)"]))]))
        }
        var problems = DiagnosticCollector()
        var cursor = SourceCursor(text: text)
        var positioned: [CSVTable.Row] = []
        // Each record is placed as it is parsed, so that the parser's rows and the placed
        // ones are never all held at once (a service-figures sheet runs to tens of megabytes).
        var recordCount = 0
        while recordCount <= maxRows + 1, let record = reader.next() {
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
                        problems.error(
                            file.path, line: start.0, column: start.1,
                            ToolMessage(CSVMessage.unclosedQuote))
                        return .failure(DiagnosticList(problems.sorted))
                    case .textAfterClosingQuote(let line, let column):
                        problems.error(
                            file.path, line: line, column: column,
                            ToolMessage(CSVMessage.textAfterQuote))
                        return .failure(DiagnosticList(problems.sorted))
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
            positioned.append(CSVTable.Row(line: line, cells: cells))
        }

        guard let headerRow = positioned.first else {
            return .failure(DiagnosticList([Diagnostic(path: file.path, ToolMessage(CSVMessage.emptyFile))]))
        }
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
        var rows = Array(positioned.dropFirst())
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

/// Walks the source text alongside the parsed records to recover where each cell began,
/// on its UTF-8 bytes; columns count Unicode scalars, as messages give them.
struct SourceCursor {
    private let bytes: [UInt8]
    private var index = 0
    private(set) var line = 1
    private(set) var column = 1

    init(text: String) { bytes = Array(text.utf8) }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    enum QuotedValue: Equatable {
        case closed
        case unclosed
        case textAfterClosingQuote(line: Int, column: Int)
    }

    static let quote = UInt8(ascii: "\"")
    static let newline = UInt8(ascii: "\n")

    /// At a value's opening quote: moves past its closing quote, where `""` is a quote inside
    /// the value and the closing one is followed by the delimiter, a line end or the end.
    mutating func skipQuotedValue(delimiter: UInt8) -> QuotedValue {
        let openingLine = line
        advance()
        while let byte = peek {
            advance()
            guard byte == Self.quote else { continue }
            if peek == Self.quote {
                advance()
                continue
            }
            if peek == nil || peek == Self.newline || peek == delimiter { return .closed }
            // A "closing" quote lines below, with text after it, is rather the opening quote of
            // a later value: the real mistake is the quote that was opened and never closed.
            return line == openingLine ? .textAfterClosingQuote(line: line, column: column) : .unclosed
        }
        return .unclosed
    }

    /// Past one byte: a line end starts a line; a byte that starts a scalar is a column.
    mutating func advance() {
        guard index < bytes.count else {
            index += 1
            return
        }
        let byte = bytes[index]
        if byte == Self.newline {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        index += 1
    }

    /// Past an unquoted value as the parser gave it (it holds no line end).
    mutating func advance(over value: String) {
        index += value.utf8.count
        column += value.unicodeScalars.count
    }
}
