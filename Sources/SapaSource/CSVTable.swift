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
