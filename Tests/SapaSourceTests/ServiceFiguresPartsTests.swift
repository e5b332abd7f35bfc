import Testing

@testable import SapaModel
@testable import SapaSource

/// A large sheet of service figures is read in parts, each the rows of some services: the
/// figures and the problems must be those of one reader of the whole sheet.
@Suite struct ServiceFiguresPartsTests {
    let references = ReferenceIndex(regions: ["akmola", "almaty"], bodies: nil, services: ["a", "b", "c", "d", "e"])

    func sheet(_ lines: [String]) throws -> CSVTable {
        let header = "service,channel,channel_label_kk,channel_label_ru,criterion,label_kk,label_ru,score,satisfaction,total,source_kk,source_ru"
        return try CSVTableReader.read(TextFile(path: "criteria.csv", text: ([header] + lines).joined(separator: "\n") + "\n"), maxRows: 1000).get()
    }

    /// Everything the reader gathered, in a form that compares: each service's figures and the
    /// problems by place.
    func summary(_ reader: ServiceFiguresReader) -> String {
        let figures = reader.figures.keys.sorted().map { "\($0): \(String(describing: reader.figures[$0]!))" }
        let problems = reader.problems.sorted.map(\.description)
        return (figures + problems).joined(separator: "\n")
    }

    func rows(_ service: String, _ scores: [String]) -> [String] {
        scores.enumerated().map { index, score in
            "\(service),portal,Портал,,\(Criterion.allCases[index].rawValue),Тақырып,,\(score),80.0,,3-кесте,"
        }
    }

    @Test func partsReadAsTheWhole() throws {
        let table = try sheet(
            rows("a", ["4.1", "4.2", "4.3"]) + rows("b", ["4.4", "x", "4.6"]) + rows("zzz", ["4.0"]) + rows("c", ["4.7", "4.8"])
                + rows("c", ["4.9"]) + rows("d", ["11", "4.1", "4.2", "4.3"]) + rows("e", ["4.5"]))
        let whole = ServiceFiguresReader.reading(table, as: .criteria, references: references, year: 2020, cores: 1)
        #expect(whole.problems.diagnostics.count == 4)  // "x", the unknown service, c's repeated criterion, 11 out of range
        for cores in 2...6 {
            let parts = ServiceFiguresReader.serviceParts(of: table, as: .criteria, count: cores)
            #expect(parts.count > 1, "cores: \(cores)")
            for part in parts.dropFirst() {
                #expect(table.rows[part.startIndex - 1].values[0] != table.rows[part.startIndex].values[0])
            }
            let read = ServiceFiguresReader.reading(table, as: .criteria, references: references, year: 2020, cores: cores, rowsPerPart: 1)
            #expect(summary(read) == summary(whole), "cores: \(cores)")
        }
    }

    @Test func aServiceInTwoPlacesIsNotCut() throws {
        let table = try sheet(rows("a", ["4.1", "4.2"]) + rows("b", ["4.4", "4.5"]) + rows("a", ["4.3"]) + rows("c", ["4.6", "4.7"]))
        #expect(ServiceFiguresReader.serviceParts(of: table, as: .criteria, count: 3).count == 1)
        // More parts asked for than there are rows: one part, not a cut before the first row.
        #expect(ServiceFiguresReader.serviceParts(of: table, as: .criteria, count: 50).count == 1)
        let whole = ServiceFiguresReader.reading(table, as: .criteria, references: references, year: 2020, cores: 1)
        let read = ServiceFiguresReader.reading(table, as: .criteria, references: references, year: 2020, cores: 3, rowsPerPart: 1)
        #expect(summary(read) == summary(whole))
    }

    @Test func aBadHeaderIsReportedOnce() throws {
        var table = try sheet(rows("a", ["4.1", "4.2"]) + rows("b", ["4.4", "4.5"]))
        table.header.append(CSVTable.Cell(value: "colour", line: 1, column: 200))
        #expect(ServiceFiguresReader.serviceParts(of: table, as: .criteria, count: 2).count == 1)
        let read = ServiceFiguresReader.reading(table, as: .criteria, references: references, year: 2020, cores: 2, rowsPerPart: 1)
        #expect(read.problems.diagnostics.filter { $0.message.contains("colour") }.count == 1)
    }
}
