import SapaModel
import SapaMustache

/// `sitemap.xml`: every page in every language, each with its alternates in the others.
package enum Sitemap {
    package static func xml(_ pageList: [Routes.Page], model: SiteModel, routes: Routes) -> String {
        let base = model.config.origin ?? ""
        var entries: [String] = []
        let pages = Array(Set(pageList)).sorted { $0.relative < $1.relative }
        for page in pages {
            for language in model.config.languages {
                let alternates = model.config.languages.map {
                    "<xhtml:link rel=\"alternate\" hreflang=\"\($0.rawValue)\" href=\"\(HTMLEscaper.escape(base + routes.href(page, $0)))\"/>"
                }.joined()
                entries.append("<url><loc>\(HTMLEscaper.escape(base + routes.href(page, language)))</loc>\(alternates)</url>")
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
            + entries.joined(separator: "\n") + "\n</urlset>\n"
    }
}
