import Foundation
import SapaModel

/// A service's text in an edition, `Content/<year>/services/<id>.md`: the facts of its
/// header, its findings, and the recommendations written below `## Ұсынымдар`. No figures:
/// those are in the edition's spreadsheets.
package struct ServiceText: Sendable {
    static let recommendationsHeading = "## Ұсынымдар"

    var id: String
    var header: ServiceTextHeader
    var findings: String
    var recommendations: [RecommendationGroup]
    var path: String

    /// `report` with this text's facts, findings and recommendations (its figures are the
    /// spreadsheets').
    package func apply(to report: inout ServiceReport) {
        report.facts = header.facts
        report.recommendations = recommendations
        report.findings = findings
        report.path = path
    }

    /// The file read, split and checked; every problem found in it.
    package static func read(_ url: URL, folder: SiteFolder, maxBytes: Int) -> Result<ServiceText, DiagnosticList> {
        let file: TextFile
        switch TextFile.read(url, displayPath: folder.displayPath(url), maxBytes: maxBytes) {
        case .success(let read): file = read
        case .failure(let diagnostic): return .failure(DiagnosticList([diagnostic]))
        }
        let document: MarkdownDocument
        switch MarkdownDocument.split(file) {
        case .success(let split): document = split
        case .failure(let diagnostic): return .failure(DiagnosticList([diagnostic]))
        }
        let header: ServiceTextHeader
        switch YAMLDocument.decode(ServiceTextHeader.self, from: document.frontMatter, path: file.path, firstLine: document.frontMatterLine) {
        case .success(let decoded): header = decoded
        case .failure(let diagnostic): return .failure(DiagnosticList([diagnostic]))
        }
        var problems = DiagnosticCollector()
        let (findings, recommendations) = split(document.body, firstLine: document.bodyLine, path: file.path, problems: &problems)
        if let url = header.facts.standard?.url, !WebAddress.isWebLink(url) {
            let place = YAMLDocument.position(of: ["standard", "url"], in: document.frontMatter, firstLine: document.frontMatterLine)
            problems.error(
                file.path, line: place?.line ?? document.frontMatterLine, column: place?.column ?? 1,
                ToolMessage(EditionMessage.standardURLNotAddress, ["url": url]))
        }
        guard !problems.hasErrors else { return .failure(DiagnosticList(problems.diagnostics)) }
        return .success(
            ServiceText(
                id: url.fileStem, header: header,
                findings: findings, recommendations: recommendations, path: file.path))
    }

    /// The findings (everything above the first `## Ұсынымдар` line) and the recommendation
    /// groups below it: `### addressee` opens a group, `## Ұсынымдар` again opens one without
    /// addressee, `- item` is one recommendation.
    static func split(_ body: String, firstLine: Int, path: String, problems: inout DiagnosticCollector) -> (String, [RecommendationGroup]) {
        // Most of a text is findings: the heading is found by one search, not line by line.
        guard hasHeadingLine(body) else { return (body, []) }
        // Split on the bytes: splitting the `String` finds each line end by its characters.
        let lines = body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
        guard let start = lines.firstIndex(where: { $0 == recommendationsHeading }) else { return (body, []) }
        var findings = lines[..<start].joined(separator: "\n")
        while findings.hasSuffix("\n") { findings.removeLast() }
        if !findings.isEmpty { findings += "\n" }
        var groups: [(addressee: String?, items: [String])] = []
        for (offset, line) in lines[start...].enumerated() {
            if line == recommendationsHeading {
                groups.append((nil, []))
            } else if line.hasPrefix("### ") {
                groups.append((String(line.dropFirst(4)).trimmedOfWhitespace, []))
            } else if line.hasPrefix("- ") {
                groups[groups.count - 1].items.append(unescaped(String(line.dropFirst(2))))
            } else if !String(line).trimmedOfWhitespace.isEmpty {
                problems.error(
                    path, line: firstLine + start + offset, column: 1,
                    ToolMessage(EditionMessage.notARecommendation, ["heading": recommendationsHeading]))
            }
        }
        let recommendations = groups.filter { !$0.items.isEmpty }.map { group in
            RecommendationGroup(addressee: group.addressee.map { LocalizedText(kk: $0) }, items: [.kk: group.items])
        }
        return (findings, recommendations)
    }

    /// Whether a line of `body` starts with `## Ұсынымдар`, found on the UTF-8 bytes: most
    /// texts are findings only, and splitting each into lines to compare them cost more.
    static func hasHeadingLine(_ body: String) -> Bool {
        let needle = Array(recommendationsHeading.utf8)
        var body = body
        return body.withUTF8 { bytes in
            var start = 0
            while start + needle.count <= bytes.count {
                if bytes[start] == needle[0], needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) { return true }
                guard let end = bytes[start...].firstIndex(of: 0x0A) else { return false }
                start = end + 1
            }
            return false
        }
    }

    /// An item without the backslash that keeps it from reading as Markdown (`1\) …`, `\# …`).
    static func unescaped(_ item: String) -> String {
        let digits = item.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9, item.dropFirst(digits.count).hasPrefix("\\"),
            let marker = item.dropFirst(digits.count + 1).first, marker == "." || marker == ")"
        {
            return String(digits) + String(item.dropFirst(digits.count + 1))
        }
        if item.hasPrefix("\\"), let next = item.dropFirst().first, "#>+*`~-".contains(next) {
            return String(item.dropFirst())
        }
        return item
    }
}

/// The facts a service text's header may give. Figures are refused with the spreadsheet
/// they belong in: an old-layout header copied into an edition is caught, not half read.
struct ServiceTextHeader: Sendable, Decodable {
    var facts: ServiceFacts

    /// Keys of the old layout's headers, and where their contents are written now.
    static let movedKeys: [(key: String, place: ToolMessage)] = [
        ("id", ToolMessage(EditionMessage.inFileName)),
        ("chapter", ToolMessage(EditionMessage.inChapterColumn)),
        ("code", ToolMessage(EditionMessage.inCodeColumn)),
        ("respondents", ToolMessage(EditionMessage.inEditionFile, ["file": "service-figures/indicators.csv"])),
        ("indicators", ToolMessage(EditionMessage.inEditionFile, ["file": "service-figures/indicators.csv"])),
        ("criteria", ToolMessage(EditionMessage.inEditionFile, ["file": "service-figures/criteria.csv"])),
        ("call_centres", ToolMessage(EditionMessage.inEditionFile, ["file": "service-figures/call-centres.csv"])),
        ("providers", ToolMessage(EditionMessage.inEditionFile, ["file": "service-figures/providers.csv"])),
        ("regions", ToolMessage(EditionMessage.inRegionFiles)),
        ("other_tables", ToolMessage(EditionMessage.inEditionFile, ["file": "service-figures/other-tables.csv"])),
        ("data_notes", ToolMessage(EditionMessage.inDataNotes)),
        ("recommendations", ToolMessage(EditionMessage.inRecommendations)),
    ]

    /// Every name of a moved key, with its language suffixes, and where its contents are
    /// written now: looked up once per key of every header.
    static let movedKeyNames: [String: ToolMessage] = {
        var names: [String: ToolMessage] = [:]
        for (key, place) in movedKeys {
            // A suffix is taken off in the order of the languages, so `_kk` is the last one.
            var variants = [key]
            for language in Language.allCases.reversed() { variants += variants.map { "\($0)_\(language.rawValue)" } }
            for name in variants { names[name] = place }
        }
        return names
    }()

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys {
            if let place = Self.movedKeyNames[key.stringValue] {
                throw ContentError(
                    container.codingPath + [key],
                    ToolMessage(EditionMessage.movedHeaderKey, ["key": key.stringValue, "place": place]))
            }
        }
        facts = try ServiceFacts(from: decoder)
    }
}
