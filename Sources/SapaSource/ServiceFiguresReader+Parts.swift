import Foundation
import SapaModel

extension ServiceFiguresReader {
    /// Below this many rows a sheet is read by one reader.
    static let rowsPerPart = 20_000

    /// `table` read as `kind`. A large sheet is read in parts, each the whole rows of some
    /// services, on threads of their own (the sheets are read from Dispatch's parallel loop,
    /// whose threads are all taken), and merged in order: what one reader finds, in the same
    /// places, since a service's figures and its repeated rows never reach past its own rows.
    static func reading(
        _ table: CSVTable, as kind: ServiceFigures.Kind, references: ReferenceIndex, year: Int,
        cores: Int = ProcessInfo.processInfo.activeProcessorCount, rowsPerPart: Int = rowsPerPart
    ) -> ServiceFiguresReader {
        let parts = serviceParts(of: table, as: kind, count: min(cores, table.rows.count / max(rowsPerPart, 1)))
        guard parts.count > 1 else {
            var reader = ServiceFiguresReader(references: references, year: year)
            reader.read(table, as: kind)
            return reader
        }
        @Sendable func read(_ rows: ArraySlice<CSVTable.Row>) -> ServiceFiguresReader {
            var reader = ServiceFiguresReader(references: references, year: year)
            reader.read(table, rows: rows.indices, as: kind)
            return reader
        }
        let later = parts.dropFirst().map { rows in BackgroundWork { read(rows) } }
        var reader = read(parts[0])
        for part in later { reader.absorb(part.result()) }
        return reader
    }

    /// The rows cut into about `count` runs where the service changes. One run, the whole
    /// table, when a service has rows in two runs (its rows are read together, and a repeated
    /// row is found among them) or the header has a problem (each run's reader would report it).
    static func serviceParts(of table: CSVTable, as kind: ServiceFigures.Kind, count: Int) -> [ArraySlice<CSVTable.Row>] {
        let whole = [table.rows[...]]
        let rows = table.rows
        guard count > 1, rows.count >= count, let column = table.columnIndex("service"),
            RecordReader(table, required: kind.requiredColumns, known: kind.knownColumns).problems.diagnostics.isEmpty
        else { return whole }
        func service(_ index: Int) -> String { rows[index].value(at: column) }
        var starts = [0]
        var index = rows.count / count
        while starts.count < count, index < rows.count {
            let previous = service(index - 1)
            while index < rows.count, service(index) == previous { index += 1 }
            guard index < rows.count else { break }
            starts.append(index)
            index += max(1, (rows.count - index) / (count - starts.count + 1))
        }
        guard starts.count > 1 else { return whole }
        let ranges = zip(starts, starts.dropFirst() + [rows.count]).map { $0..<$1 }
        var part: [String: Int] = [:]
        for (number, range) in ranges.enumerated() {
            var previous: String?
            for index in range {
                let id = service(index)
                guard id != previous else { continue }
                previous = id
                if let earlier = part[id], earlier != number { return whole }
                part[id] = number
            }
        }
        return ranges.map { rows[$0] }
    }
}
