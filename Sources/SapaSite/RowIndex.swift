import Foundation
import SapaModel
import SapaMustache
import Synchronization

/// The rows of each table by the id in each of its columns: what
/// `table.rows.filter { table.value($0, column).reference == id }` finds, in the same order.
/// A column is indexed the first time a page asks for it, once for all the pages: a rebuild
/// that remakes one service's pages asks for a few columns, and indexing every column of every
/// table for each language and edition took longer than making the pages.
final class RowIndex: Sendable {
    private struct Key: Hashable {
        var table: String
        var column: String
    }

    /// Table ids that name one table; tables that share an id are scanned.
    private let uniqueIDs: Set<String>
    private let indexed = Mutex<[Key: [String: [Int]]]>([:])

    init(_ list: [ResultsTable]) {
        var seen: [String: Int] = [:]
        for table in list { seen[table.id, default: 0] += 1 }
        uniqueIDs = Set(seen.filter { $0.value == 1 }.keys)
    }

    func rows(_ table: ResultsTable, _ column: String, _ id: String) -> [ResultsRow] {
        guard uniqueIDs.contains(table.id), let position = table.index(of: column) else {
            return table.rows.filter { table.value($0, column).reference == id }
        }
        let byID = indexed.withLock { indexed in
            let key = Key(table: table.id, column: column)
            if let known = indexed[key] { return known }
            var byID: [String: [Int]] = [:]
            for (rowPosition, row) in table.rows.enumerated() where position < row.cells.count {
                if case .reference(let id) = row.cells[position] { byID[id, default: []].append(rowPosition) }
            }
            indexed[key] = byID
            return byID
        }
        return (byID[id] ?? []).map { table.rows[$0] }
    }
}
