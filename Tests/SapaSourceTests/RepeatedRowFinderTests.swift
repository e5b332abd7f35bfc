import Testing

@testable import SapaModel
@testable import SapaSource

/// A repeated row is found by the hash of its key values; where two different rows' hashes
/// meet, they must still be told apart, and a later repeat of either still found.
@Suite struct RepeatedRowFinderTests {
    let table = try! CSVTableReader.read(
        TextFile(
            path: "criteria.csv",
            text: """
                service,channel,criterion,total
                a,portal,speed,
                a,portal,comfort,
                a, portal ,speed,
                b,portal,speed,
                a,portal,comfort,
                b,portal,speed,yes
                b,portal,speed,

                """), maxRows: 100
    ).get()

    /// For each row, the line it repeats (0: none).
    func repeats(bucket: @escaping @Sendable (Int) -> Int) -> [Int] {
        var finder = RepeatedRowFinder(columns: [0, 1, 2, 3].map { Optional($0) }, rows: table.rows.count, bucket: bucket)
        return table.rows.map { finder.earlierLine(of: $0) ?? 0 }
    }

    @Test func findsRepeatsByTheirTrimmedValues() {
        #expect(repeats(bucket: { $0 }) == [0, 0, 2, 0, 3, 0, 5])
    }

    @Test func rowsWhoseHashesMeetAreToldApart() {
        // Every row in one bucket: each is compared, and the second and later distinct keys
        // are kept among the collided ones.
        #expect(repeats(bucket: { _ in 0 }) == [0, 0, 2, 0, 3, 0, 5])
        #expect(repeats(bucket: { $0 & 1 }) == [0, 0, 2, 0, 3, 0, 5])
    }

    @Test func aColumnTheSheetLacksIsEmptyInEveryRow() {
        var finder = RepeatedRowFinder(columns: [0, nil], rows: 0)
        let lines = table.rows.map { finder.earlierLine(of: $0) ?? 0 }
        #expect(lines == [0, 2, 2, 0, 2, 5, 5])
    }
}
