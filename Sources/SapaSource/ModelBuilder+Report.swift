import Foundation
import SapaModel

/// An edition's `report/` folder: `report.yml` lists the report's figures outside its results
/// tables (each a CSV beside it), and names the texts (Markdown with a header) they go with.
extension ModelBuilder {
    /// One entry of report.yml.
    struct ReportItemDescriptor: Decodable {
        var id: String
        var file: String
        var kind: ReportFigure.Kind
        var title: LocalizedText
        var caption: LocalizedText?
        var source: LocalizedText
        var text: String?
        var page: String?
        var complete: Bool
        var notes: [Language: [String]]
        var groups: [ReportFigure.Group]
        var columns: [TableDescriptor.Column]

        struct GroupEntry: Decodable {
            var id: String
            var label: LocalizedText
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyKey.self)
                id = try container.decode(String.self, forKey: AnyKey("id"))
                label = try container.localized("label", required: true)!
            }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            id = try container.identifier(what: .id)
            file = try container.decode(String.self, forKey: AnyKey("file"))
            kind = try container.choice("kind", what: .kind)
            title = try container.localized("title", required: true)!
            caption = try container.localized("caption")
            source = try container.localized("source", required: true)!
            text = try container.decodeIfPresent(String.self, forKey: AnyKey("text"))
            page = try container.decodeIfPresent(String.self, forKey: AnyKey("page"))
            complete = try container.decodeIfPresent(Bool.self, forKey: AnyKey("complete")) ?? true
            var notes: [Language: [String]] = [:]
            for language in Language.allCases {
                notes[language] = try container.decodeIfPresent([String].self, forKey: AnyKey("notes_\(language.rawValue)"))
            }
            self.notes = notes
            groups = (try container.decodeIfPresent([GroupEntry].self, forKey: AnyKey("groups")) ?? []).map {
                ReportFigure.Group(id: $0.id, label: $0.label)
            }
            // A column of criteria holds the criterion's id, a text to the table.
            columns = try container.decode([ReportColumn].self, forKey: AnyKey("columns")).map(\.column)
        }

        struct ReportColumn: Decodable {
            var column: TableDescriptor.Column
            init(from decoder: any Decoder) throws {
                let container = try decoder.container(keyedBy: AnyKey.self)
                if try container.decode(String.self, forKey: AnyKey("type")) == "criterion" {
                    column = TableDescriptor.Column(id: try container.decode(String.self, forKey: AnyKey("id")), type: .text, label: nil)
                } else {
                    column = try TableDescriptor.Column(from: decoder)
                }
            }
        }
    }

    /// The header of a report text: its title and the language it is written in.
    struct ReportTextHeader: Decodable {
        var title: LocalizedText
        var language: Language

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            title = try container.localized("title", required: true)!
            let code = try container.decodeIfPresent(String.self, forKey: AnyKey("lang")) ?? "kk"
            guard let language = Language(rawValue: code) else {
                throw ContentError(container.codingPath + [AnyKey("lang")], ToolMessage(TableMessage.textLanguage, ["code": code]))
            }
            self.language = language
        }
    }

    mutating func loadReport(_ editionURL: URL, year: Int, limits: SiteConfig.Limits, references: ReferenceIndex) -> EditionReport {
        let reportURL = editionURL.appendingPathComponent("report")
        let url = reportURL.appendingPathComponent("report.yml")
        guard folder.exists(url), let file = read(url, maxBytes: limits.maxFileBytes),
            let items = decode([ReportItemDescriptor].self, file.text, path: file.path)
        else { return EditionReport() }
        // Every text of the folder is a page; a figure names the one it goes with.
        var texts: [ReportText] = []
        for textURL in folder.files(in: reportURL, extensions: ["md"]) {
            guard let textFile = read(textURL, maxBytes: limits.maxFileBytes) else { continue }
            switch MarkdownDocument.split(textFile) {
            case .failure(let diagnostic): problems.append(diagnostic)
            case .success(let document):
                guard let header = decode(ReportTextHeader.self, document.frontMatter, path: textFile.path, firstLine: document.frontMatterLine) else { continue }
                texts.append(
                    ReportText(
                        id: textURL.fileStem, title: header.title,
                        markdown: document.body, language: header.language, path: textFile.path))
            }
        }
        let textIDs = Set(texts.map(\.id))
        var figures: [ReportFigure] = []
        var seen: Set<String> = []
        for (index, item) in items.enumerated() {
            var line: Int { YAMLDocument.line(ofItem: index, in: file.text) }
            guard seen.insert(item.id).inserted else {
                problems.error(file.path, line: line, column: 1, ToolMessage(TableMessage.reportIDTwice, ["id": item.id]))
                continue
            }
            let textID = item.text.map { ($0 as NSString).deletingPathExtension }
            if item.text == nil && item.page == nil {
                problems.error(file.path, line: line, column: 1, ToolMessage(TableMessage.itemWithoutPlace, ["id": item.id]))
            } else if let name = item.text, let textID, !textIDs.contains(textID) {
                problems.error(
                    file.path, line: line, column: 1,
                    ToolMessage(TableMessage.textNotInFolder, ["id": item.id, "name": name, "folder": folder.displayPath(reportURL)]))
            }
            guard let csvURL = describedFile(item.file, in: reportURL, of: ToolMessage(TableMessage.itemSubject, ["id": item.id]), describedIn: file.path, line: line),
                let csv = csv(csvURL, limits: limits)
            else { continue }
            let descriptor = TableDescriptor(
                id: item.id, file: item.file, year: year, kind: .other, title: item.title,
                source: item.source, columns: item.columns)
            guard var table = buildTable(descriptor, csv, references: references, describedIn: file.path) else { continue }
            table.id = ResultsTable.scopedID(item.id, year: year)
            figures.append(
                ReportFigure(
                    kind: item.kind, table: table, caption: item.caption,
                    textID: textID,
                    pageSlug: item.page, notes: item.notes, isComplete: item.complete, groups: item.groups))
        }
        return EditionReport(texts: texts, figures: figures)
    }
}
