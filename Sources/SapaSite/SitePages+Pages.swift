import Foundation
import SapaModel
import SapaMustache

/// The pages written in Markdown, the downloads page, search and not found.
extension SitePages {
    func markdownPage(_ slug: String) -> RenderedPageSpec? {
        guard let page = model.page(slug, in: language) else { return nil }
        return spec(
            .page(slug), template: "page", title: page.title, description: page.description,
            available: model.config.languages,
            [
                "body": .html(markdownHTML(page.markdown)),
                "contentLang": page.language == language ? .absent : .text(page.language.rawValue),
                "figures": context.list(model.report.figures(onPage: slug).map(figureObject)),
            ])
    }

    func openData() -> RenderedPageSpec {
        // The unprefixed page offers every edition's tables; an edition's page, its own.
        let items: [TemplateObject] = (context.edition == nil ? model.allTables : model.tables).map { table in
            [
                "title": context.localized(table.title), "source": context.localized(table.source),
                "csv": .text(context.routes.download(table.id, "csv")), "json": .text(context.routes.download(table.id, "json")),
                "id": .text(table.id), "rowCount": .text(context.strings.count(.rowsCount, table.rows.count, format: context.format)),
            ]
        }
        return spec(
            .openData, template: "data", title: context[.openData],
            [
                "datasets": context.nonEmpty(items),
                "datapackage": .text(context.routes.dataPackage),
                // JSON with <, > and & written as \u escapes, so it cannot close the script element.
                "jsonLD": .html(OpenData(model: model).schemaOrgDataset(language: language, routes: context.routes)),
            ])
    }

    /// The search page: the script searches the index; without it, the full lists.
    func search() -> RenderedPageSpec {
        let year = model.config.currentYear
        func items(_ list: [(LocalizedText, Routes.Page)]) -> TemplateValue {
            context.list(
                list.map { name, page in
                    guard case .object(let object) = context.link(name, page) else { return [:] }
                    return object
                })
        }
        return spec(
            .search, template: "search", title: context[.search],
            [
                "index": .text(context.routes.searchIndex(language)),
                "services": items(model.services.map { ($0.name, .service($0.id)) }),
                "bodies": items(model.bodies.map { ($0.name, .body($0.id)) }),
                "regions": items(model.regions.filter { year.map($0.existed(in:)) ?? true }.map { ($0.name(in: year), .region($0.id)) }),
            ])
    }

    package func notFound() -> RenderedPageSpec {
        var object = context.frame(.home, title: context[.notFound])
        object["message"] = .text(context[.notFoundText])
        object["canonical"] = .absent
        return RenderedPageSpec(page: nil, language: language, outputPath: "404.html", template: "not-found", object: object)
    }

    func markdownHTML(_ markdown: String) -> String {
        markdown.isEmpty ? "" : Markdown.html(markdown, allowRawHTML: model.config.allowRawHTML)
    }

    /// A one-line text with Markdown emphasis and links, without the paragraph around it.
    /// Runs for every cell and recommendation of every page: compared on UTF-8 bytes, since
    /// Foundation's string search is among the costliest steps of a page's view.
    func inlineMarkdownHTML(_ markdown: String) -> String {
        var html = Substring(markdownHTML(markdown))
        while let first = html.first, first.isWhitespace { html.removeFirst() }
        while let last = html.last, last.isWhitespace { html.removeLast() }
        let utf8 = html.utf8
        if utf8.starts(with: "<p>".utf8), utf8.reversed().starts(with: ">p/<".utf8), !Self.opensParagraph(utf8.dropFirst(3)) {
            return String(html.dropFirst(3).dropLast(4))
        }
        return String(html)
    }

    /// Whether `<p>` stands in the bytes: a plain loop, since the standard library's generic
    /// substring search costs more than the Markdown it is asked about.
    static func opensParagraph(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        var (twoBack, oneBack): (UInt8, UInt8) = (0, 0)
        for byte in bytes {
            if twoBack == UInt8(ascii: "<"), oneBack == UInt8(ascii: "p"), byte == UInt8(ascii: ">") { return true }
            (twoBack, oneBack) = (oneBack, byte)
        }
        return false
    }
}
