import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

@Suite struct LoadingTests {
    func table(_ text: String, maxRows: Int = 100) -> Result<CSVTable, DiagnosticList> {
        CSVTableReader.read(TextFile(path: "t.csv", text: text), maxRows: maxRows)
    }

    @Test func excelVariantsLoad() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id;name_kk\r\nakmola;Ақмола\r\n\r\n".utf8)
        let file = try TextFile.decode(Data(bytes), displayPath: "r.csv").get()
        let parsed = try CSVTableReader.read(file, maxRows: 10).get()
        #expect(parsed.delimiter == ";")
        #expect(parsed.header.map(\.value) == ["id", "name_kk"])
        #expect(parsed.rows.count == 1)
        #expect(parsed.cells(of: parsed.rows[0]).map(\.value) == ["akmola", "Ақмола"])
    }

    @Test func cellsKnowTheirPositions() throws {
        let parsed = try table("a,b,c\n1,\"x, \"\"y\"\"\",z\n\"multi\nline\",2,3\n").get()
        #expect(parsed.cells(of: parsed.rows[0])[2].line == 2)
        #expect(parsed.cells(of: parsed.rows[0])[2].column == 14)
        #expect(parsed.rows[1].line == 3)
        #expect(parsed.cells(of: parsed.rows[1])[1].line == 4)
        #expect(parsed.cells(of: parsed.rows[1])[1].column == 7)
    }

    @Test func unclosedQuoteIsPlaced() {
        let problems = table("a,b\n1,2\n3,\"open\n4,5\n").failureDiagnostics
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("t.csv:3:3: error:") == true)
        #expect(problems.first?.message.contains("never closed") == true)
    }

    @Test func shortAndLongRows() {
        let problems = table("a,b,c\n1,2\n1,2,3,4\n1,2,3,\n").failureDiagnostics
        #expect(problems.map(\.line) == [2, 3])
        #expect(problems[0].message.contains("has 2 values but the header has 3 columns"))
    }

    @Test func rowLimit() {
        let problems = table("a\n1\n2\n3\n", maxRows: 2).failureDiagnostics
        #expect(problems.first?.line == 4)
        #expect(problems.first?.message.contains("max_table_rows") == true)
    }

    @Test func notUTF8IsPlaced() {
        let bytes: [UInt8] = Array("id,name\nx,".utf8) + [0xD0] + Array("\n".utf8)
        guard case .failure(let diagnostic) = TextFile.decode(Data(bytes), displayPath: "w.csv") else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.line == 2 && diagnostic.column == 3)
        #expect(diagnostic.message.contains("UTF-8"))
    }

    /// A file is read straight into a string when it is plain UTF-8, and by `decode` when not:
    /// both ways give the same text or the same message.
    @Test func aFileReadsAsItsBytesDecode() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sapa-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cases: [[UInt8]] = [
            Array("id,name_kk\nakmola,Ақмола\n".utf8),
            Array("a \u{FFFD} b\n".utf8),
            Array("id,name\nx,".utf8) + [0xD0] + Array("\n".utf8),
            Array("x".utf8) + [0xF0, 0x90, 0x80] + Array("y".utf8),
            [0xEF, 0xBB, 0xBF] + Array("id;name_kk\r\nakmola;Ақмола\r\n".utf8),
            Array("a\u{0}b".utf8),
            [0xFF, 0xFE, 0x61, 0x00],
            [],
        ]
        for (index, bytes) in cases.enumerated() {
            let url = folder.appendingPathComponent("\(index).csv")
            try Data(bytes).write(to: url)
            let read = TextFile.read(url, displayPath: "f.csv", maxBytes: 1000)
            let decoded = TextFile.decode(Data(bytes), displayPath: "f.csv")
            #expect((try? read.get())?.text == (try? decoded.get())?.text, "case \(index)")
            #expect(read.failureDescription == decoded.failureDescription, "case \(index)")
        }
        let plain = try TextFile.read(folder.appendingPathComponent("1.csv"), displayPath: "f.csv", maxBytes: 1000).get()
        #expect(plain.text == "a \u{FFFD} b\n")
    }

    @Test func yamlErrorsArePlacedInTheFile() {
        struct Front: Decodable {
            var id: String
            var count: Int
        }
        let bad = YAMLDocument.decode(Front.self, from: "id: x\ncount: [1\n", path: "p.md", firstLine: 2)
        guard case .failure(let syntax) = bad else {
            Issue.record("expected a failure")
            return
        }
        #expect(syntax.path == "p.md" && syntax.line >= 3)
        let missing = YAMLDocument.decode(Front.self, from: "id: x\n", path: "p.md", firstLine: 2)
        guard case .failure(let field) = missing else {
            Issue.record("expected a failure")
            return
        }
        #expect(field.message.contains("`count` is missing"))
        let mismatch = YAMLDocument.decode(Front.self, from: "id: x\ncount: many\n", path: "p.md", firstLine: 2)
        guard case .failure(let type) = mismatch else {
            Issue.record("expected a failure")
            return
        }
        #expect(type.line == 3)
    }

    @Test func numbersAsPublishersTypeThem() {
        #expect(NumberText.parse("4,58") == 4.58)
        #expect(NumberText.parse("4.58") == 4.58)
        #expect(NumberText.parse("75,1%") == 75.1)
        #expect(NumberText.parse("9 181") == 9181)
        #expect(NumberText.parse("-0,19") == -0.19)
        #expect(NumberText.parse("4,5,8") == nil)
        #expect(NumberText.parse("4.5.8") == nil)
        #expect(NumberText.parse("1,234.5") == nil)
        #expect(NumberText.parse("four") == nil)
        #expect(NumberText.parse("4..5") == nil)
        // Written plainly (the fast path) and not: the same rules.
        for (plain, spaced) in [("1112", " 1112 "), ("-3.5", "-3,5"), ("+2", "+2\u{00A0}")] {
            #expect(NumberText.parse(plain) != nil)
            #expect(NumberText.parse(plain) == NumberText.parse(spaced))
        }
        for text in ["", "+", "-", "+-5", "5-", ".5", "5.", "1.2.3", "٣", "4\u{301}"] {
            #expect(NumberText.parse(text) == nil, "\(text)")
        }
    }
}

extension Result where Success == TextFile, Failure == Diagnostic {
    var failureDescription: String? {
        guard case .failure(let diagnostic) = self else { return nil }
        return diagnostic.description
    }
}
