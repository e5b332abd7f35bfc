import CCmark
import Foundation

/// CommonMark to HTML through cmark (Debian's libcmark). Raw HTML in the Markdown is
/// dropped (cmark's safe mode) unless the site allows it.
public enum Markdown {
    public static func html(_ markdown: String, allowRawHTML: Bool = false) -> String {
        var options = CMARK_OPT_SMART
        if allowRawHTML { options |= CMARK_OPT_UNSAFE }
        let length = markdown.utf8.count
        let result = markdown.withCString { cmark_markdown_to_html($0, length, options) }
        guard let result else { return "" }
        defer { free(result) }
        return String(cString: result)
    }
}
