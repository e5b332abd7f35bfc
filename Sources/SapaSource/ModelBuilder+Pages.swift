import Foundation
import SapaModel

/// The words around the figures: search keywords and the pages of `Content/pages/`.
extension ModelBuilder {
    /// `Content/data/search-keywords.csv`: `id` (a service) and `keywords_<lang>`.
    mutating func loadSearchKeywords(_ limits: SiteConfig.Limits, references: ReferenceIndex) -> [String: LocalizedText] {
        let url = folder.content.appendingPathComponent("data/search-keywords.csv")
        guard folder.exists(url), let table = csv(url, limits: limits) else { return [:] }
        var reader = RecordReader(table, required: ["id"], known: Set(["id"] + Language.allCases.map { "keywords_\($0.rawValue)" }))
        guard reader.hasRequiredColumns else {
            problems.append(contentsOf: reader.problems.diagnostics)
            return [:]
        }
        var keywords: [String: LocalizedText] = [:]
        var seen: [String: Int] = [:]
        for row in table.rows {
            guard let id = reader.id(row, seen: &seen) else { continue }
            if let problem = references.problem(with: id, as: .service, in: nil) {
                reader.error(row, "id", problem)
                continue
            }
            keywords[id] = reader.localized(row, "keywords")
        }
        problems.append(contentsOf: reader.problems.diagnostics)
        return keywords
    }

    mutating func loadPages(_ limits: SiteConfig.Limits, languages: [Language]) -> [Page] {
        var pages: [Page] = []
        var seen: [String: String] = [:]
        for url in folder.files(in: folder.content.appendingPathComponent("pages"), extensions: ["md"]) {
            let path = folder.displayPath(url)
            let stem = url.fileStem
            let parts = stem.split(separator: ".")
            guard parts.count == 2, Identifier.isValid(String(parts[0])) else {
                problems.error(path, ToolMessage(EditionMessage.pageFileName))
                continue
            }
            guard let language = Language(rawValue: String(parts[1])) else {
                problems.error(path, ToolMessage(EditionMessage.unknownPageLanguage, ["code": parts[1]]))
                continue
            }
            guard let file = read(url, maxBytes: limits.maxFileBytes) else { continue }
            let document: MarkdownDocument
            switch MarkdownDocument.split(file) {
            case .success(let split): document = split
            case .failure(let diagnostic):
                problems.append(diagnostic)
                continue
            }
            guard let front = decode(PageFrontMatter.self, document.frontMatter, path: path, firstLine: document.frontMatterLine) else { continue }
            let slug = String(parts[0])
            if let other = seen["\(slug).\(language.rawValue)"] {
                problems.error(path, ToolMessage(EditionMessage.pageDefinedTwice, ["slug": slug, "language": language.rawValue, "other": other]))
                continue
            }
            seen["\(slug).\(language.rawValue)"] = path
            pages.append(
                Page(
                    slug: slug, language: language, title: front.title, description: front.description,
                    menuOrder: front.menu, markdown: document.body, path: path))
        }
        return pages
    }
}
