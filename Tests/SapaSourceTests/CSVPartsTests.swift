import SapaTestSupport
import Testing

@testable import SapaModel
@testable import SapaSource

/// A large sheet is parsed in parts on all cores: whatever the cuts, the table and its
/// errors must be those of the sheet read whole, cell positions included.
@Suite struct CSVPartsTests {
    /// Everything a reader of the table sees: values, lines and columns, or the errors.
    func summary(_ result: Result<CSVTable, DiagnosticList>) -> String {
        switch result {
        case .success(let table):
            let header = table.header.map { "\($0.value)@\($0.line):\($0.column)" }.joined(separator: " ")
            let rows = table.rows.map { row in
                "\(row.line): " + table.cells(of: row).map { "[\($0.value)]@\($0.line):\($0.column)" }.joined(separator: " ")
            }
            return ([header] + rows).joined(separator: "\n")
        case .failure(let problems):
            return problems.diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    /// The sheet read whole, and cut into as many parts as it can be for each core count.
    func expectSameInParts(_ text: String, maxRows: Int = 100, mustCut: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = TextFile(path: "sheet.csv", text: text)
        let delimiter = CSVTableReader.detectDelimiter(text)
        let whole = summary(CSVTableReader.read(file, maxRows: maxRows, delimiter: delimiter, parts: [.init(text: text, firstLine: 1)]))
        for cores in 2...5 {
            let parts = CSVTableReader.parts(of: text, delimiter: UInt8(delimiter.value), cores: cores, bytesPerPart: 1)
            #expect(parts.map(\.text).joined() == text, sourceLocation: sourceLocation)
            var line = 1
            for part in parts {
                #expect(part.firstLine == line, sourceLocation: sourceLocation)
                line += part.text.utf8.filter { $0 == UInt8(ascii: "\n") }.count
            }
            if mustCut { #expect(parts.count > 1, "cores: \(cores)", sourceLocation: sourceLocation) }
            let cut = summary(CSVTableReader.read(file, maxRows: maxRows, delimiter: delimiter, parts: parts))
            #expect(cut == whole, "cores: \(cores), parts: \(parts.map(\.text))", sourceLocation: sourceLocation)
        }
    }

    @Test func wellFormedSheetsReadAsWhole() {
        expectSameInParts("a,b,c\n1,\"x, \"\"y\"\"\",z\n\"multi\nline\",2,3\n4,5,6\n7,8,9\n")
        expectSameInParts("id;name_kk\nakmola;Ақмола\n\n;;\nalmaty;\"Алматы;\nқаласы\"\nzhambyl;Жамбыл")
        expectSameInParts("a,b\n\"\n\n\",1\n\"\"\"\",2\n,\n3,4\n5,\"6\n\"\n")
        // A quote inside an unquoted value is a letter, not the start of a quoted value.
        expectSameInParts("a,b\nx\"y,1\n2,3\nz\",\"4\n5\"\n6,7\n")
    }

    @Test func errorsAreTheWholeSheetsErrors() {
        // Opened before the middle and never closed: no cut can follow it.
        expectSameInParts("a,b\n1,2\n\"open,3\n4,5\n6,7\n", mustCut: false)
        expectSameInParts("a,b\n1,2\n3,4\n5,6\n\"open,3\n")
        expectSameInParts("a,b\n1,\"2\"x\n3,4\n5,6\n")
        expectSameInParts("a,b\n1,2\n3,4\n5,6\n7\n8,9,10\n")
        expectSameInParts("a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n", maxRows: 3)
        expectSameInParts(",a\n1,2\n3,4\n")
        expectSameInParts("\n\n;;\n\n", mustCut: false)
    }

    /// Sheets made by a seeded generator: quoted and unquoted values, line ends and quotes
    /// inside them, blank lines, Cyrillic, and now and then a broken quote.
    @Test func generatedSheetsReadAsWhole() {
        var random = SeededRandom(seed: 17)
        let pieces = ["4.58", "Ақмола", "x y", ",", "\n", "\"", "\"\"", "", " ", "Жүру; арасында", "-"]
        var cut = 0
        for _ in 0..<200 {
            var lines = ["id,name,score"]
            for _ in 0..<random.below(12) + 2 {
                var values: [String] = []
                for _ in 0..<3 {
                    let raw = (0..<random.below(4)).map { _ in pieces[random.below(pieces.count)] }.joined()
                    let needsQuotes = raw.contains(",") || raw.contains("\n") || raw.contains("\"")
                    let broken = random.below(40) == 0
                    if needsQuotes || random.below(5) == 0 {
                        let escaped = raw.replacingOccurrences(of: "\"", with: "\"\"")
                        values.append(broken ? "\"" + escaped : "\"" + escaped + "\"")
                    } else {
                        values.append(raw)
                    }
                }
                lines.append(random.below(10) == 0 ? "" : values.joined(separator: ","))
            }
            let text = lines.joined(separator: "\n") + "\n"
            expectSameInParts(text, mustCut: false)
            if CSVTableReader.parts(of: text, delimiter: UInt8(ascii: ","), cores: 5, bytesPerPart: 1).count > 1 { cut += 1 }
        }
        // Most sheets are cut: the comparison above is not of whole sheets with themselves.
        #expect(cut > 150)
    }
}
