import SapaModel

/// A CSV file as read, before its values mean anything: a header and rows of strings. A
/// cell's line and column, for a message, are found from where its row starts in the text.
public struct CSVTable: Sendable {
    public struct Cell: Sendable {
        public var value: String
        public var line: Int
        public var column: Int
    }

    public struct Row: Sendable {
        public var line: Int
        /// The values as the parser gave them, in the order of the header.
        public var values: [String]
        /// Where the row starts: its first byte in the text of part `part` of the sheet.
        /// Cells are placed from it on demand: a message needs a few cells' places, and
        /// placing every cell of a sheet of hundreds of thousands of rows as it was read cost
        /// more than the messages ever do. A row holds no text of its own, so that copying
        /// it copies one reference.
        let offset: Int
        let part: Int

        /// The value in column `index`, trimmed; empty where the row has none.
        public func value(at index: Int?) -> String {
            guard let index, index < values.count else { return "" }
            return values[index].trimmedOfWhitespace
        }
    }

    public var path: String
    public var header: [CSVTable.Cell]
    public var rows: [CSVTable.Row]
    /// What the rows were parsed from: the sheet's text, or its parts' texts, in order.
    let source: CSVSource

    public var delimiter: Character { Character(Unicode.Scalar(source.delimiter)) }

    public func columnIndex(_ name: String) -> Int? { header.firstIndex { $0.value == name } }

    /// The line and column where value `index` of `row` starts (past the last value, where
    /// the next one would).
    public func place(of row: Row, value index: Int) -> (line: Int, column: Int) {
        source.withCursor(at: row, past: index) { ($0.line, $0.column) }
    }

    /// Every value of `row` with its place, found in one walk of the row.
    public func cells(of row: Row) -> [Cell] { source.cells(of: row) }
}
