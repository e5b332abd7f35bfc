import SapaModel
import SapaMustache

/// The site's `index.html`: sends a reader to the home page of the main language, and lists
/// the languages for a browser that does not follow the refresh.
package enum RootRedirect {
    package static func html(_ model: SiteModel, routes: Routes) -> String {
        let target = routes.href(.home, model.config.defaultLanguage)
        let links = model.config.languages.map {
            "<li><a href=\"\(HTMLEscaper.escape(routes.href(.home, $0)))\" lang=\"\($0.rawValue)\" hreflang=\"\($0.rawValue)\">\(HTMLEscaper.escape(model.config.title.text($0)))</a></li>"
        }.joined()
        return """
            <!DOCTYPE html>
            <html lang="\(model.config.defaultLanguage.rawValue)">
            <head><meta charset="utf-8"><title>\(HTMLEscaper.escape(model.config.title.text(model.config.defaultLanguage)))</title>
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="refresh" content="0; url=\(HTMLEscaper.escape(target))">
            <link rel="canonical" href="\(HTMLEscaper.escape(target))"></head>
            <body><ul>\(links)</ul></body>
            </html>

            """
    }
}
