import Foundation
import SapaMustache
import SapaTestSupport
import Testing
import Yams

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// The build's fast paths against the reference they replace: same output, byte for byte.
@Suite struct FastPathTests {
    /// The demo site (the repository's Content/): every page of every language.
    static func demoChecked() throws -> SiteBuilder.Checked {
        try SiteBuilder.check(BuildOptions(site: TemporarySite.repositoryRoot)).get()
    }

    static func specs(_ checked: SiteBuilder.Checked) -> [RenderedPageSpec] {
        let routes = Routes(basePath: checked.model.config.basePath)
        var specs: [RenderedPageSpec] = []
        for language in checked.model.config.languages {
            let pages = SitePages(context: ViewContext(model: checked.model, language: language, strings: checked.strings, routes: routes))
            specs += pages.all()
            specs.append(pages.notFound())
        }
        return specs
    }

    @Test func frontMatterSplitMatchesSplittingIntoLines() {
        func reference(_ text: String) -> (String, String, Int)? {
            guard text.hasPrefix("---\n") || text == "---" else { return nil }
            var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeFirst()
            guard let end = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return nil }
            return (lines[..<end].joined(separator: "\n"), lines[(end + 1)...].joined(separator: "\n"), end + 3)
        }
        let samples = [
            "---", "---\n", "---\n---", "---\n---\n", "---\na: 1\n---\nbody\n", "---\na: 1\n  ---  \nbody", "---\na: 1\n- --\n---\n",
            "---\na: 1\n\u{00A0}---\u{3000}\nтекст\n", "---\na: 1\n---x\n---\n\n\nbody\n---\n", "---\nә: 1\n\t---\t\nb", "---\n\n---",
            "---\na: 1\n----\n", "---\na: 1\n-—-\n---\n",
        ]
        for text in samples {
            let fast = try? MarkdownDocument.split(TextFile(path: "x.md", text: text)).get()
            let expected = reference(text)
            #expect(fast?.frontMatter == expected?.0, "front matter of \(text.debugDescription)")
            #expect(fast?.body == expected?.1, "body of \(text.debugDescription)")
            #expect(fast?.bodyLine == expected?.2, "body line of \(text.debugDescription)")
        }
    }

    @Test func decimalsMatchStringFormat() {
        for language in Language.allCases {
            let format = DisplayFormat(language)
            var values: [Double] = [0, -0.0, 0.004, -0.004, -0.005, 0.005, 4.565, 4.575, 99.95, 100, 1234567.891, -2.5, 1e-12, 5e8, 2e9]
            var generator = SeededRandom(seed: 2020)
            for _ in 0..<3000 { values.append(Double.random(in: -1000...1000, using: &generator)) }
            for _ in 0..<1000 { values.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 100) }
            for value in values {
                for digits in 0...3 {
                    let scaled = format.rounded(value, digits: digits)
                    var expected = String(format: "%.\(digits)f", scaled)
                    if expected.hasPrefix("-") { expected = "−" + expected.dropFirst() }
                    expected = expected.replacingOccurrences(of: ".", with: format.decimalSeparator)
                    #expect(format.decimal(value, digits: digits) == expected, "\(value) with \(digits) digits")
                }
            }
        }
    }

    @Test func openDataNumbersMatchStringFormat() {
        var values: [Double] = [
            0.1, -0.1, 4.58, 75.1, 1e-7, -1e-7, 0.0000005, 0.0000015, 123456.7890125, 1e10 + 0.5,
            0.05, -0.5, 4.5, 0.25, 12.000001, 3.1, 7.1234, 0.000123, -0.000010, 99.99999,
        ]
        var generator = SeededRandom(seed: 2020)
        for _ in 0..<5000 { values.append(Double.random(in: -10000...10000, using: &generator)) }
        for value in values where value != value.rounded() {
            var expected = String(format: "%.6f", value)
            while expected.hasSuffix("0") { expected.removeLast() }
            if expected.hasSuffix(".") { expected.removeLast() }
            #expect(NumberText.data(value) == expected, "\(value)")
        }
    }

    @Test func chartCoordinatesMatchStringOfDouble() {
        var values: [Double] = [0, -0.0, -0.04, 0.05, -0.05, 0.95, -0.95, 1, -1, 12.34, 219.96, 640, -1e-9, 123456789.26]
        var generator = SeededRandom(seed: 2020)
        for _ in 0..<5000 { values.append(Double.random(in: -2000...2000, using: &generator)) }
        for value in values {
            let rounded = (value * 10).rounded() / 10
            let expected = rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
            #expect(NumberText.coordinate(value) == expected, "\(value)")
        }
    }

    @Test func trimmingMatchesFoundation() {
        let samples = [
            "", " ", "a", " a ", "\ta\n", "текст", " текст\u{00A0}", "\u{2028}x", "x\u{200B}", "\u{3000}қ\u{3000}",
            "a\u{0301}", "\u{0085}b", "5%", "«x»", "\u{FEFF}y", "z\u{180E}",
        ]
        for text in samples {
            #expect(text.trimmedOfWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
            #expect(text.trimmedOfWhitespace == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func escapingIntoBytesMatchesEscape() {
        for text in ["", "plain", "a & b < c > d \" e ' f", "қазақ & \u{301}\"", "&&&", "<<>>", "қазақ", "ends with <"] {
            var bytes: [UInt8] = [1]
            HTMLEscaper.append(text, to: &bytes)
            #expect(Array(bytes.dropFirst()) == Array(HTMLEscaper.escape(text).utf8))
        }
    }

    @Test func streamedBuildWritesWhatRenderMakes() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        let files = try SiteBuilder.render(checked).get()
        let report = try site.build().get()
        #expect(report.files == files.count)
        #expect(report.bytes == files.reduce(0) { $0 + $1.bytes.count })
        for file in files {
            let written = try Data(contentsOf: site.output.appendingPathComponent(file.path))
            #expect([UInt8](written) == file.bytes, "\(file.path)")
        }
        let onDisk = FileManager.default.enumerator(atPath: site.output.path)!.compactMap { $0 as? String }
            .filter { path in !((try? site.output.appendingPathComponent(path).resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false) }
        #expect(onDisk.count == files.count)
    }
}

@Suite struct PartialRenderTests {
    @Test func somePagesRenderAsInTheFullSite() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        let all = try SiteBuilder.render(checked).get()
        let service = try #require(checked.model.services.first)
        let wanted: Set<Routes.Page> = [.service(service.id), .servicesRanking, .body(service.bodyID), .page("no-such-page")]
        let some = try SiteBuilder.render(checked, pages: wanted).get()
        #expect(some.count == 3 * checked.model.config.languages.count)  // three pages that exist, each language
        let byPath = Dictionary(all.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        for file in some {
            #expect(byPath[file.path] == file.bytes, "\(file.path)")
        }
        #expect(some.contains { $0.path.hasSuffix("services/\(service.id)/index.html") })
    }
}

/// `YAMLNodeDecoder` against Yams' own `YAMLDecoder`, which it replaces on the build's path:
/// the same value, or a failure, for each way a publisher may write a scalar.
extension YAMLNodeDecoder {
    /// A decoder for a node the test wrote, small enough to need no value budget.
    init(_ node: Node) {
        self.init(YAMLValue(node, budget: .max)!)
    }
}

@Suite struct YAMLNodeDecoderTests {
    struct Field<Value: Decodable & Equatable>: Decodable, Equatable {
        var v: Value?
    }

    enum Outcome<Value: Equatable>: Equatable {
        case failed
        case decoded(Value?)
    }

    /// Both decoders on `{v: <written>}`.
    static func both<Value: Decodable & Equatable>(_ written: String, as type: Value.Type) -> (yams: Outcome<Value>, sapa: Outcome<Value>) {
        let yaml = "v: \(written)\n"
        func outcome(_ decode: () throws -> Field<Value>) -> Outcome<Value> {
            do { return .decoded(try decode().v) } catch { return .failed }
        }
        let yams = outcome { try YAMLDecoder().decode(Field<Value>.self, from: yaml) }
        let sapa = outcome {
            guard let node = try YAMLNodeDecoder.compose(yaml) else { throw DecodingError.valueNotFound(Node.self, .init(codingPath: [], debugDescription: "empty")) }
            return try YAMLNodeDecoder(node).decode(Field<Value>.self)
        }
        return (yams, sapa)
    }

    static let written = [
        "4.58", "\"4.58\"", "'4.58'", "4,58", "-3", "+5", "0", "017", "0x1F", "0o17", "0b101", "1_000", "1e3",
        ".inf", "-.Inf", "~", "null", "Null", "NULL", "''", "\"\"", "", "true", "True", "TRUE", "yes", "No", "on", "OFF",
        "yES", "y", "\"true\"", "!!str true", "text", "«Қазақша мәтін»", "[1, 2]", "{a: 1}", "2020-05-19",
    ]

    @Test(arguments: written) func scalarsMeanWhatYamsSays(_ written: String) {
        let texts = Self.both(written, as: String.self)
        #expect(texts.yams == texts.sapa, "as text: \(written)")
        let doubles = Self.both(written, as: Double.self)
        #expect(doubles.yams == doubles.sapa, "as a number: \(written)")
        let integers = Self.both(written, as: Int.self)
        #expect(integers.yams == integers.sapa, "as a whole number: \(written)")
        let flags = Self.both(written, as: Bool.self)
        #expect(flags.yams == flags.sapa, "as true or false: \(written)")
    }

    /// The one difference, on purpose: YAML 1.1 reads `1:30` as 90 (base 60); a publisher who
    /// writes it means no such number, and Sapa says it is not one.
    @Test func baseSixtyIsNotANumber() {
        #expect(Self.both("1:30", as: Double.self).yams == .decoded(90))
        #expect(Self.both("1:30", as: Double.self).sapa == .failed)
        #expect(Self.both("1:30", as: String.self).sapa == .decoded("1:30"))
    }

    struct Outer: Decodable { var rows: [Inner] }
    struct Inner: Decodable {
        var name: String
        var score: Double
    }

    /// An error names the same place, so that diagnostics point at the same line.
    @Test func errorsNameTheSamePath() throws {
        let yaml = "rows:\n  - {name: a, score: 4.5}\n  - {name: b, score: [1]}\n"
        func path(_ error: any Error) -> String {
            guard case .typeMismatch(_, let context) = error as? DecodingError else { return "not a type mismatch: \(error)" }
            return context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
        }
        var yamsPath = ""
        var sapaPath = ""
        do { _ = try YAMLDecoder().decode(Outer.self, from: yaml) } catch { yamsPath = path(error) }
        let node = try #require(try YAMLNodeDecoder.compose(yaml))
        do { _ = try YAMLNodeDecoder(node).decode(Outer.self) } catch { sapaPath = path(error) }
        #expect(yamsPath == "rows.1.score")
        #expect(sapaPath == yamsPath)
    }
}

extension SitePages {
    /// Every page's spec, made at once (the build makes them one by one, as it writes).
    func all() -> [RenderedPageSpec] { identifiedMakers().compactMap { $0.make() } }
}
