/// The texts a sheet's rows were parsed from (one per part) and its delimiter.
struct CSVSource: Sendable {
    let texts: [String]
    let delimiter: UInt8

    /// `body` with a cursor at the start of value `index` of `row`, walked there from the
    /// row's start (its line, column 1).
    func withCursor<Result>(at row: CSVTable.Row, past index: Int = 0, _ body: (inout SourceCursor) -> Result) -> Result {
        var text = texts[row.part]
        return text.withUTF8 { bytes in
            var cursor = SourceCursor(bytes: bytes, offset: row.offset, line: row.line)
            for value in row.values.prefix(index) {
                cursor.pass(value, delimiter: delimiter)
                cursor.advance()
            }
            return body(&cursor)
        }
    }

    func cells(of row: CSVTable.Row) -> [CSVTable.Cell] {
        withCursor(at: row) { cursor in
            row.values.map { value in
                let cell = CSVTable.Cell(value: value, line: cursor.line, column: cursor.column)
                cursor.pass(value, delimiter: delimiter)
                cursor.advance()
                return cell
            }
        }
    }
}
