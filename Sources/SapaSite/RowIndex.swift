import Foundation
import SapaModel
import SapaMustache

/// The rows of each table by the id in each of its columns: what
/// `table.rows.filter { table.value($0, column).reference == id }` finds, in the same order.
struct RowIndex: Sendable {
    /// table id → column id → entity id → row positions.
    var tables: [String: [String: [String: [Int]]]] = [:]

    init(_ list: [ResultsTable]) {
        var seen: [String: Int] = [:]
        for table in list { seen[table.id, default: 0] += 1 }
        // Tables that share an id are left out, and scanned as before.
        for table in list where seen[table.id] == 1 {
            var columns: [String: [String: [Int]]] = [:]
            for (position, column) in table.columns.enumerated() where columns[column.id] == nil {
                guard table.index(of: column.id) == position else { continue }
                var byID: [String: [Int]] = [:]
                for (rowPosition, row) in table.rows.enumerated() where position < row.cells.count {
                    if case .reference(let id) = row.cells[position] { byID[id, default: []].append(rowPosition) }
                }
                columns[column.id] = byID
            }
            tables[table.id] = columns
        }
    }

    func rows(_ table: ResultsTable, _ column: String, _ id: String) -> [ResultsRow] {
        guard let columns = tables[table.id], let byID = columns[column] else {
            return table.rows.filter { table.value($0, column).reference == id }
        }
        return (byID[id] ?? []).map { table.rows[$0] }
    }
}
