import CSV
import Foundation
import SapaModel

/// `sapa new-edition YEAR [--from YEAR]`: next year's folder, `Content/<year>/`, made as a
/// draft for a publisher to fill. Every spreadsheet comes with its header row; from an
/// earlier edition, also its rows of services, bodies and regions, with their figures left
/// empty, and the services' texts with their facts and no findings. A draft is checked like
/// any edition but left out of the published site, so the site keeps building meanwhile.
public enum EditionScaffold {
    /// The columns that hold figures: emptied in the rows carried over.
    static let figureTypes: Set<ColumnType> = [.rank, .integer, .score, .percent, .delta, .count]
    static let figureColumns: Set<String> = ["respondents", "score", "satisfaction", "rank", "value"]

    /// Creates the edition; returns the steps left to the publisher.
    public static func create(site: URL, year: Int, from source: Int?) -> Result<[ToolMessage], DiagnosticList> {
        let folder = SiteFolder(root: site)
        let target = folder.content.appendingPathComponent(String(year))
        func failure(_ path: String, _ message: ToolMessage) -> Result<[ToolMessage], DiagnosticList> {
            .failure(DiagnosticList([Diagnostic(path: path, message)]))
        }
        guard (1990...2100).contains(year) else { return failure("Content", ToolMessage(EditionMessage.notAYear, ["year": year])) }
        guard folder.exists(folder.content) else { return failure("Content", ToolMessage(EditionMessage.noContentFolder, ["folder": site.path])) }
        guard !folder.exists(target) else {
            return failure("Content/\(year)", ToolMessage(EditionMessage.editionExists))
        }
        let model = ModelBuilder(folder: folder)
        let years = model.editionFolders().compactMap { Int($0.lastPathComponent) }.sorted()
        if let source, !years.contains(source) {
            return failure("Content/\(source)", ToolMessage(EditionMessage.noSourceEdition, ["year": source, "years": years.map(String.init).joined(separator: ", ")]))
        }
        // The shape (tables.yml, the spreadsheets' headers) is the latest edition's, or the
        // chosen one's; without any, Sapa's own.
        let shape = (source ?? years.last).map { folder.content.appendingPathComponent(String($0)) }
        let staging = folder.content.appendingPathComponent(".\(year).new")
        try? FileManager.default.removeItem(at: staging)
        do {
            var writer = ScaffoldWriter(root: staging)
            try writer.write("edition.yml", editionFile(year: year, shape: shape, site: folder))
            try writer.write("data-notes.csv", csv([["table", "row", "note_kk", "note_ru"]]))
            let services = shape.flatMap { try? readCSV($0.appendingPathComponent("services.csv")) }
            try writer.write("services.csv", csv([["service", "chapter", "studied"]] + (source != nil ? Array(services?.dropFirst() ?? []) : [])))
            if let shape, let tablesText = try? String(contentsOf: shape.appendingPathComponent("tables.yml"), encoding: .utf8) {
                try writer.write("tables.yml", tablesText)
                let descriptors = (try? YAMLDocument.decode([TableDescriptor].self, from: tablesText, path: "tables.yml").get()) ?? []
                for descriptor in descriptors {
                    guard let rows = try? readCSV(shape.appendingPathComponent(descriptor.file)) else { continue }
                    try writer.write(
                        descriptor.file,
                        csv(
                            carriedOver(
                                rows, keep: source != nil,
                                isFigure: { name in
                                    descriptor.columns.contains { $0.id == name && figureTypes.contains($0.type) }
                                })))
                }
            } else {
                try writer.write("tables.yml", "# The results tables of this edition: see Content/README.md, «tables.yml and the results tables».\n[]\n")
            }
            for kind in ServiceFigures.Kind.allCases {
                let path = "service-figures/\(kind.fileName)"
                let rows = shape.flatMap { try? readCSV($0.appendingPathComponent(path)) } ?? [kind.documentedHeader]
                try writer.write(path, csv(carriedOver(rows, keep: source != nil, isFigure: figureColumns.contains)))
            }
            if let source, let services {
                let from = folder.content.appendingPathComponent("\(source)/services")
                for row in services.dropFirst() {
                    guard let id = row.first, let text = try? String(contentsOf: from.appendingPathComponent("\(id).md"), encoding: .utf8) else { continue }
                    try writer.write("services/\(id).md", factsOnly(text))
                }
            }
            try FileManager.default.moveItem(at: staging, to: target)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            return failure("Content/\(year)", ToolMessage(EditionMessage.notWritten, ["detail": error.localizedDescription]))
        }
        return .success(nextSteps(year: year, source: source))
    }

    static func nextSteps(year: Int, source: Int?) -> [ToolMessage] {
        let tables = source.map { ToolMessage(EditionMessage.stepTablesCarried, ["year": year, "source": $0]) } ?? ToolMessage(EditionMessage.stepTables, ["year": year])
        let figures = source.map { ToolMessage(EditionMessage.stepFiguresCarried, ["year": year, "source": $0]) } ?? ToolMessage(EditionMessage.stepFigures, ["year": year])
        return [
            ToolMessage(EditionMessage.stepEdition, ["year": year]),
            ToolMessage(EditionMessage.stepServices, ["year": year]),
            tables,
            figures,
            ToolMessage(EditionMessage.stepTexts, ["year": year]),
            ToolMessage(EditionMessage.stepNotes, ["year": year]),
            ToolMessage(EditionMessage.stepCheck),
        ]
    }

    /// The header row, and the rows that name a service, body or region (or a total) with
    /// their figures emptied; no rows when not carrying over.
    static func carriedOver(_ rows: [[String]], keep: Bool, isFigure: (String) -> Bool) -> [[String]] {
        guard let header = rows.first else { return [] }
        guard keep else { return [header] }
        let references = header.indices.filter { ["service", "body", "region", "total"].contains(header[$0]) }
        let body = rows.dropFirst().filter { row in references.contains { $0 < row.count && !row[$0].isEmpty } }
        return [header] + body.map { row in row.indices.map { isFigure(header[$0]) ? "" : row[$0] } }
    }

    /// A text's header (its facts), without the findings and recommendations of last year.
    static func factsOnly(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "---", let close = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) else { return "---\n---\n" }
        return lines[...close].joined(separator: "\n") + "\n"
    }

    static func editionFile(year: Int, shape: URL?, site: SiteFolder) -> String {
        var titles: [String] = []
        let source = shape.flatMap { try? String(contentsOf: $0.appendingPathComponent("edition.yml"), encoding: .utf8) }
        let edition = source.flatMap { try? YAMLDocument.decode(Edition.self, from: $0, path: "edition.yml").get() }
        for language in Language.allCases {
            if let title = edition?.title.values[language] { titles.append("title_\(language.rawValue): \(quoted(title))") }
        }
        if titles.isEmpty { titles.append("title_kk: \(quoted("\(year)"))") }
        return """
            # The \(year) edition (Content/README.md, «edition.yml»). Keep draft: true until it is
            # filled in and checked; then write draft: false to publish it.
            year: \(year)
            draft: true
            \(titles.joined(separator: "\n"))
            # source_kk: who published the report, where and when, as you would cite it
            # date: "\(year)"

            """
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func readCSV(_ url: URL) throws -> [[String]] {
        let file = try TextFile.read(url, displayPath: url.lastPathComponent, maxBytes: 200_000_000).get()
        let table = try CSVTableReader.read(file, maxRows: 10_000_000).get()
        return [table.header.map(\.value)] + table.rows.map(\.values)
    }

    static func csv(_ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

/// Writes files below a folder, making the folders on the way.
struct ScaffoldWriter {
    let root: URL

    mutating func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }
}
