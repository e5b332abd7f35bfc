/// Finds the rows of a sheet whose key values repeat an earlier row's. A row is looked up by
/// the hash of its key values, and rows are compared only where hashes meet: building an
/// array of the values for every row of a sheet, to look it up, cost more than reading the
/// rest of the row.
struct RepeatedRowFinder {
    /// The key columns' positions in the header (nil: a column the sheet does not have).
    let columns: [Int?]
    private var firstByHash: [Int: CSVTable.Row] = [:]
    /// Rows whose hash an earlier row with other values already has, by their values.
    private var collided: [[String]: Int] = [:]
    /// The hash a row is looked up by, from the hash of its values: the values' own, but a
    /// test folds them together to have hashes meet.
    private let bucket: @Sendable (Int) -> Int

    init(columns: [Int?], rows: Int, bucket: @escaping @Sendable (Int) -> Int = { $0 }) {
        self.columns = columns
        self.bucket = bucket
        firstByHash.reserveCapacity(rows)
    }

    /// The line of the earlier row with the same key values as `row`; nil when there is
    /// none, and `row` is remembered.
    mutating func earlierLine(of row: CSVTable.Row) -> Int? {
        var hasher = Hasher()
        for column in columns { hasher.combine(row.value(at: column)) }
        let hash = bucket(hasher.finalize())
        guard let first = firstByHash[hash] else {
            firstByHash[hash] = row
            return nil
        }
        if columns.allSatisfy({ first.value(at: $0) == row.value(at: $0) }) { return first.line }
        let key = columns.map { row.value(at: $0) }
        if let line = collided[key] { return line }
        collided[key] = row.line
        return nil
    }
}
