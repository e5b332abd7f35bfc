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

    @Test func compiledRendererEqualsSwiftMustacheOnEveryDemoPage() throws {
        let checked = try Self.demoChecked()
        #expect(checked.templates.compiled != nil)
        let specs = Self.specs(checked)
        #expect(specs.count > 300)
        for spec in specs {
            let fast = try checked.templates.renderBytes(spec.template, spec.object).get()
            let reference = try checked.templates.renderWithMustache(spec.template, spec.object).get()
            #expect(fast == Array(reference.utf8), "\(spec.outputPath) differs from swift-mustache's rendering")
        }
    }

    @Test func compiledRendererEqualsSwiftMustacheOnTemplateFeatures() throws {
        let sources: [String: String] = [
            "page": """
            {{<frame}}{{$body}}<ul>{{#items}}<li>{{name}}{{#tags}} [{{.}}]{{/tags}}{{^tags}} none{{/tags}}</li>
            {{/items}}</ul>
              {{>part}}
            {{#empty(items)}}no items{{/empty(items)}}{{^empty(items)}}{{items.0}}{{/empty(items)}}
            {{#object}}{{inner.deep}} {{name}} {{.missing}}{{/object}}{{{raw}}} {{raw}} {{flag}} {{#flag}}yes{{/flag}}{{^off}}off{{/off}}
            {{/body}}{{/frame}}
            """,
            "frame": "<main>\n  {{$body}}default{{/body}}\n</main>\n{{$tail}}tail{{/tail}}\n",
            "part": "line one {{name}}\nline two\n{{#items}}\n  * {{name}}\n{{/items}}\n",
        ]
        MustacheContentTypes.register(ScalarHTMLContentType(), named: ScalarHTMLContentType.name)
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in sources { templates[name] = try MustacheTemplate(string: TemplateSet.pragma + text) }
        let library = MustacheLibrary(templates: templates)
        let compiled = try #require(CompiledTemplates(templates))
        let object: TemplateObject = [
            "name": .text("Top & <b>\"quoted\"</b> 'x'"),
            "items": .list([
                .object(["name": .text("a\u{301}\"b"), "tags": .list([.text("t1"), .text("<t2>")])]),
                .object(["name": .text("c"), "tags": .list([])]),
                .absent,
            ]),
            "object": .object(["inner": .object(["deep": .text("deep")])]),
            "raw": .html("<em>raw</em>"),
            "flag": .bool(true),
            "off": .bool(false),
        ]
        let root = RecordingRoot(object)
        let reference = templates["page"]!.render(root, library: library)
        let fast = try #require(compiled.render("page", object))
        #expect(String(decoding: fast.bytes, as: UTF8.self) == reference)
        #expect(fast.missing == root.missing)
    }

    @Test func fastYAMLDecodesEveryDemoFileLikeYams() throws {
        let folder = SiteFolder(root: TemporarySite.repositoryRoot)
        let urls = folder.files(in: folder.content.appendingPathComponent("services"), extensions: ["md"])
        #expect(urls.count >= 70)
        for url in urls {
            let file = try TextFile.read(url, displayPath: folder.displayPath(url), maxBytes: 20_000_000).get()
            let document = try MarkdownDocument.split(file).get()
            let fast = try #require(FastYAML.decode(ServiceReport.self, from: document.frontMatter, userInfo: [:]), "\(file.path) left the fast path")
            let node = try #require(try Yams.compose(yaml: document.frontMatter))
            let reference = try YAMLDecoder().decode(ServiceReport.self, from: node)
            let fastDump = Self.canonical(fast)
            let referenceDump = Self.canonical(reference)
            let fastLines = fastDump.split(separator: "\n"), referenceLines = referenceDump.split(separator: "\n")
            let first = zip(fastLines, referenceLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(fastDump == referenceDump, "\(file.path) decodes differently: \(first.map { "\(fastLines[$0]) ≠ \(referenceLines[$0])" } ?? "length")")
        }
    }

    /// A value's full structure as text, dictionaries in a stable order (equal dictionaries
    /// can iterate differently).
    static func canonical(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .dictionary:
            let entries = mirror.children.map { entry -> String in
                let pair = Mirror(reflecting: entry.value).children.map { canonical($0.value) }
                return pair.joined(separator: ": ")
            }
            return "[" + entries.sorted().joined(separator: ", ") + "]"
        case .struct, .class, .tuple, .enum, .collection, .optional, .set:
            if mirror.children.isEmpty { return String(reflecting: value) }
            let parts = mirror.children.map { "\($0.label ?? "_")=\(canonical($0.value))" }
            let body = mirror.displayStyle == .set ? parts.sorted() : parts
            return "\(type(of: value))(" + body.joined(separator: ", ") + ")"
        default:
            return String(reflecting: value)
        }
    }

    @Test func fastYAMLDeclinesWhatYamsTreatsDifferently() {
        struct Loose: Decodable {
            var values: [String: String]
            init(from decoder: any Decoder) throws { values = try [String: String](from: decoder) }
        }
        let declined = [
            "a: &x 1\nb: *x\n",  // anchors and aliases
            "a: !!str 1\n",  // explicit tags
            "base: &b {x: 1}\nc:\n  <<: *b\n",  // merge keys
            "a: 1\na: 2\n",  // duplicate keys
            "'yes': 1\n",  // a quoted key Yams does not find by name
            "a: 1\n---\nb: 2\n",  // two documents
            "a: [1, 2\n",  // a syntax error
            "",  // empty
        ]
        for yaml in declined {
            #expect(FastYAML.decode(Loose.self, from: yaml, userInfo: [:]) == nil, "accepted: \(yaml)")
        }
        let accepted = FastYAML.decode(Loose.self, from: "a: 1\n\"b\": x\nc: ~\n", userInfo: [:])
        #expect(accepted?.values == ["a": "1", "b": "x", "c": "~"])
    }

    @Test func fastYAMLNumbersAndNullsFollowYams() throws {
        struct Numbers: Decodable {
            var values: [Double?]
            var flags: [Bool]
            var ints: [Int]
        }
        let yaml = """
        values: [4.58, 1e2, +3, -0.5, 1_000, .inf, -.Inf, .NaN, ~, null, "4.5", 0x10, 1:30]
        flags: [true, no, ON, Off]
        ints: [1, -2, 0o17, 0x1f, 1_000]
        """
        // Quoted "4.5" is not a number for Yams: both paths refuse the whole list.
        #expect(FastYAML.decode(Numbers.self, from: yaml, userInfo: [:]) == nil)
        #expect((try? YAMLDecoder().decode(Numbers.self, from: yaml)) == nil)
        let plain = yaml.replacingOccurrences(of: "\"4.5\", ", with: "")
        let fast = try #require(FastYAML.decode(Numbers.self, from: plain, userInfo: [:]))
        let reference = try YAMLDecoder().decode(Numbers.self, from: plain)
        #expect(String(describing: fast.values) == String(describing: reference.values))
        #expect(fast.flags == reference.flags)
        #expect(fast.ints == reference.ints)
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
