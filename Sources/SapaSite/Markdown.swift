import CCmark
import Foundation
import SapaModel
import SapaSource

/// CommonMark to HTML through cmark-gfm (Debian's libcmark-gfm), with GitHub's tables and no
/// other extension. Raw HTML in the Markdown is dropped (cmark's safe mode) unless the site
/// allows it.
public enum Markdown {
    public static func html(_ markdown: String, allowRawHTML: Bool = false) -> String {
        var options = CMARK_OPT_SMART
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") { cmark_parser_attach_syntax_extension(parser, table) }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let result = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(result) }
        return String(cString: result)
    }
}
