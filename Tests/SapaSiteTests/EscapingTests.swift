import Mustache
import SapaMustache
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

@Suite struct EscapingTests {
    @Test func escapesTheFiveCharacters() {
        #expect(HTMLEscaper.escape(#"<a href="x">'&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTMLEscaper.escape("Қазақ тілі, русский") == "Қазақ тілі, русский")
    }

    /// A quote followed by a combining mark is one Swift `Character` that is not `"`.
    @Test func quoteWithCombiningMarkIsEscaped() throws {
        let payload = "\"\u{301} onmouseover=alert(1) x=\""
        #expect(!HTMLEscaper.escape(payload).contains("\""))
        // swift-mustache's own escaping lets it through; that is why Sapa has its own.
        let template = try MustacheTemplate(string: "<a title=\"{{v}}\">")
        let theirs = template.render(["v": payload])
        let unescapedQuote = "\"\u{301}"
        #expect(theirs.contains(unescapedQuote))
        let lessThan = "<\u{20D2}script>"
        #expect(!HTMLEscaper.escape(lessThan).unicodeScalars.contains("<"))
    }

    @Test func templatesUseTheScalarEscaper() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Content/data/services.csv", "Шетелдегі азаматтарды есепке қою,", "\"Қызмет \"\"\u{301} onmouseover=alert(1) <b>\",")
        #expect(site.build().isSuccess)
        let html = try site.output("kk/services/index.html")
        let escaped = "Қызмет &quot;\u{301} onmouseover=alert(1) &lt;b&gt;"
        let raw = "\"\u{301} onmouseover"
        #expect(html.contains(escaped))
        #expect(!html.contains(raw))
    }

    @Test func rawHTMLInMarkdownIsDroppedByDefault() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        #expect(site.build().isSuccess)
        let html = try site.output("kk/services/consular-registration/index.html")
        #expect(html.contains("<strong>жоғары</strong>"))
        #expect(!html.contains("<script>alert(1)</script>"))
        #expect(Markdown.html("<b>x</b>", allowRawHTML: true).contains("<b>x</b>"))
        #expect(!Markdown.html("<b>x</b>").contains("<b>x</b>"))
    }

    @Test func downloadsNeutraliseFormulas() {
        #expect(OpenData.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(OpenData.csvField("@SUM(A1)") == "'@SUM(A1)")
        #expect(OpenData.csvField("-0.19") == "-0.19")
        #expect(OpenData.csvField("a,b") == "\"a,b\"")
    }
}
