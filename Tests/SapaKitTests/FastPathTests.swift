import Foundation
import Mustache
import Testing
import Yams
@testable import SapaKit

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
            var generator = SystemRandomNumberGenerator()
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
        var values: [Double] = [0.1, -0.1, 4.58, 75.1, 1e-7, -1e-7, 0.0000005, 0.0000015, 123456.7890125, 1e10 + 0.5]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5000 { values.append(Double.random(in: -10000...10000, using: &generator)) }
        for value in values where value != value.rounded() {
            var expected = String(format: "%.6f", value)
            while expected.hasSuffix("0") { expected.removeLast() }
            if expected.hasSuffix(".") { expected.removeLast() }
            #expect(JSONValue.numberText(value) == expected, "\(value)")
        }
    }

    @Test func trimmingMatchesFoundation() {
        let samples = ["", " ", "a", " a ", "\ta\n", "текст", " текст\u{00A0}", "\u{2028}x", "x\u{200B}", "\u{3000}қ\u{3000}",
                       "a\u{0301}", "\u{0085}b", "5%", "«x»", "\u{FEFF}y", "z\u{180E}"]
        for text in samples {
            #expect(text.trimmedOfWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test func escapingIntoBytesMatchesEscape() {
        for text in ["", "plain", "a & b < c > d \" e ' f", "қазақ & \u{301}\"", "&&&", "<<>>"] {
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
