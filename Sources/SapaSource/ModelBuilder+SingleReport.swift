import Foundation
import SapaModel

/// The layout of a site without editions: one report, each service's figures in the front
/// matter of `Content/services/<id>.md`.
extension ModelBuilder {
    package typealias ReadReport = Result<(TextFile, MarkdownDocument, ServiceReport), Diagnostic>

    /// Every service file read, split and decoded, in file order. Each is independent of the
    /// others: on all cores.
    package static func readReports(folder: SiteFolder, maxBytes: Int) -> [(URL, ReadReport)] {
        let urls = folder.files(in: folder.content.appendingPathComponent("services"), extensions: ["md"])
        return Array(zip(urls, Parallel.map(urls) { url in ModelBuilder.readReport(url, folder: folder, maxBytes: maxBytes) }))
    }

    package mutating func loadReports(_ limits: SiteConfig.Limits, references: ReferenceIndex,
                              preloaded: [(URL, ReadReport)]? = nil) -> [String: ServiceReport] {
        var reports: [String: ServiceReport] = [:]
        // Checked in file order.
        for (url, result) in preloaded ?? ModelBuilder.readReports(folder: folder, maxBytes: limits.maxFileBytes) {
            guard case .success(let (file, document, decoded)) = result else {
                if case .failure(let diagnostic) = result { problems.append(diagnostic) }
                continue
            }
            var report = decoded
            let expected = url.deletingPathExtension().lastPathComponent
            var idLine: Int { lineOf(key: "id", in: document) }
            if report.id != expected {
                problems.error(file.path, line: idLine, column: 1, "the id `\(report.id)` differs from the file name `\(expected).md`; make them the same")
                continue
            }
            if !references.contains(report.id, as: .service) {
                problems.error(file.path, line: idLine, column: 1, "the service `\(report.id)` is not in Content/data/services.csv; add a row for it there or correct the id")
                continue
            }
            if let other = reports[report.id] {
                problems.error(file.path, line: idLine, column: 1,
                    "the service `\(report.id)` is also described by \(other.path); keep one file per service")
                continue
            }
            if let url = report.standard?.url, !WebAddress.isWebLink(url) {
                let (line, column) = position(of: url, in: document)
                problems.error(file.path, line: line, column: column,
                    "the standard's `url` «\(url)» is not a web address; write one starting with https:// or http://, or leave `url` out")
            }
            for table in [report.providers, report.regions].compactMap({ $0 }) {
                for row in table.rows {
                    if let region = row.regionID, !references.contains(region, as: .region) {
                        let written = document.frontMatter.contains("region: \(region)") ? "region: \(region)" : region
                        let (line, column) = position(of: written, in: document)
                        problems.error(file.path, line: line, column: column,
                            "the region «\(region)» is not in Content/data/regions.csv; use one of its ids")
                    }
                }
            }
            report.findings = document.body
            report.path = file.path
            reports[report.id] = report
        }
        return reports
    }

    /// One service file read, split and decoded, or the first problem met doing so. When the
    /// front matter is word for word that of `earlier` (a read of the same file before an edit
    /// of its body), `earlier`'s report is taken as it is: decoding is most of the work.
    package static func readReport(_ url: URL, folder: SiteFolder, maxBytes: Int,
                           earlier: (document: MarkdownDocument, report: ServiceReport)? = nil) -> Result<(TextFile, MarkdownDocument, ServiceReport), Diagnostic> {
        let file: TextFile
        switch TextFile.read(url, displayPath: folder.displayPath(url), maxBytes: maxBytes) {
        case .success(let read): file = read
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let document: MarkdownDocument
        switch MarkdownDocument.split(file) {
        case .success(let split): document = split
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        if let earlier, earlier.document.frontMatter == document.frontMatter, earlier.document.frontMatterLine == document.frontMatterLine {
            return .success((file, document, earlier.report))
        }
        switch YAMLDocument.decode(ServiceReport.self, from: document.frontMatter, path: file.path, firstLine: document.frontMatterLine) {
        case .success(let report): return .success((file, document, report))
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    /// The file line where `key:` is first written in the front matter.
    func lineOf(key: String, in document: MarkdownDocument) -> Int {
        let lines = document.frontMatter.split(separator: "\n", omittingEmptySubsequences: false)
        let index = lines.firstIndex { $0.hasPrefix("\(key):") } ?? 0
        return document.frontMatterLine + index
    }

    /// Line and column (in Unicode scalars) where `value` is first written in the front matter.
    func position(of value: String, in document: MarkdownDocument) -> (line: Int, column: Int) {
        let lines = document.frontMatter.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: value) {
                return (document.frontMatterLine + index, line.unicodeScalars[..<range.lowerBound].count + 1)
            }
        }
        return (document.frontMatterLine, 1)
    }

}
