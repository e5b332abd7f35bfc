import Testing

@testable import SapaMustache

/// What the specification leaves to an implementation: where errors point, which names count
/// as missing, the texts written in per language, `empty(…)`, and templates that call each
/// other without end.
@Suite struct TemplateEngineTests {
    func library(_ templates: [String: String]) throws(TemplateLibraryError) -> TemplateLibrary {
        try TemplateLibrary(templates.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    func render(_ template: String, _ root: TemplateObject, partials: [String: String] = [:]) throws -> String {
        let library = try library(partials.merging(["page": template]) { $1 })
        return String(decoding: try #require(library.render("page", .object(root))).bytes, as: UTF8.self)
    }

    func error(_ template: String) -> TemplateError? {
        do {
            _ = try library(["page": template])
            return nil
        } catch {
            return error.errors.first
        }
    }

    @Test func errorsPointAtTheTag() throws {
        let unclosedTag = try #require(error("<p>\n  x {{name</p>"))
        #expect((unclosedTag.line, unclosedTag.column) == (2, 5))
        #expect(unclosedTag.message.contains("never closed; end it with }}"))

        let unclosedSection = try #require(error("a\n{{#list}}\n{{.}}\n"))
        #expect((unclosedSection.line, unclosedSection.column) == (2, 1))
        #expect(unclosedSection.message.contains("close it with {{/list}}"))

        // Closing an outer section first leaves the inner one open: that is where it points.
        let leftOpen = try #require(error("{{#a}}{{#b}}x{{/a}}{{/b}}"))
        #expect((leftOpen.line, leftOpen.column) == (1, 7))
        #expect(leftOpen.message.contains("never closed before {{/a}} at line 1, column 14; close it with {{/b}}"))

        let wrongClose = try #require(error("{{#a}}x{{/b}}"))
        #expect((wrongClose.line, wrongClose.column) == (1, 8))
        #expect(wrongClose.message.contains("close it with {{/a}}"))

        let strayClose = try #require(error("x\n  y{{/a}}"))
        #expect((strayClose.line, strayClose.column) == (2, 4))

        let delimiters = try #require(error("Қ {{=<% =}}"))
        #expect((delimiters.line, delimiters.column) == (1, 3))
        #expect(delimiters.message.contains("set-delimiter"))

        let function = try #require(error("{{#count(list)}}{{/count(list)}}"))
        #expect(function.message.contains("empty(name)"))

        // Columns count Unicode scalars, as editors count characters; a comment's lines count.
        let afterComment = try #require(error("{{! one\ntwo }}\nәй {{/x}}"))
        #expect((afterComment.line, afterComment.column) == (3, 4))
    }

    @Test func unknownPartialsAndParentsAreListed() throws {
        let library = try library(["page": "{{>known}}\n {{>nowhere}}{{<absent}}{{/absent}}", "known": ""])
        #expect(library.unknownCalls.map { "\($0.line):\($0.column)" } == ["2:2", "2:14"])
        #expect(library.unknownCalls[0].message.contains("partial «nowhere»"))
        #expect(library.unknownCalls[1].message.contains("parent «absent»"))
    }

    /// A name found in no open section is reported at its first use; one found with nothing
    /// (`absent`), or a field missing below a found name, is not.
    @Test func missingNamesAreReportedAtTheirFirstUse() throws {
        let library = try library(["page": "{{title}}\n{{#name}}{{text}}{{renderText}}{{/name}}{{#t}}{{t.x}}{{/t}}{{gone}}{{gone}}"])
        let root = TemplateObject(["title": .absent, "name": .text("Астана"), "t": .object(["y": .text("")])])
        let rendering = try #require(library.render("page", .object(root)))
        #expect(rendering.missing.map { "\($0.name)@\($0.site.line):\($0.site.column)" } == ["text@2:10", "renderText@2:18", "gone@2:60"])
    }

    @Test func textsAreWrittenInEscapedOrRawAsTheyWouldPrint() throws {
        let texts = ["home": "Басты бет", "quote": "«Сапа» & \"A\u{301}\""]
        let template = "<a title=\"{{t.quote}}\">{{ t.home }}</a>{{{t.quote}}}{{& t.quote}}{{#t.home}}[{{.}}]{{/t.home}}{{t.missing}}"
        let root = TemplateObject(["t": .object(TemplateObject(texts.mapValues { .text($0) }))])
        let plain = try library(["page": template])
        let inlined = plain.inliningTexts(of: "t", texts)
        let expected = "<a title=\"«Сапа» &amp; &quot;A\u{301}&quot;\">Басты бет</a>«Сапа» & \"A\u{301}\"«Сапа» & \"A\u{301}\"[Басты бет]"
        #expect(String(decoding: try #require(plain.render("page", .object(root))).bytes, as: UTF8.self) == expected)
        #expect(String(decoding: try #require(inlined.render("page", .object(root))).bytes, as: UTF8.self) == expected)
        // Written in, the texts are not looked up: without `t`, only what was not written in
        // (a section, and a key the texts lack) is missing.
        let withoutT = try #require(inlined.render("page", .object([:])))
        #expect(withoutT.missing.map(\.name) == ["t.home"])
        #expect(plain.fields(of: "t") == ["home", "quote", "missing"])
    }

    @Test func emptyIsTrueForEmptyListsTextsAndAbsentValues() throws {
        let template = "{{#empty(a)}}A{{/empty(a)}}{{^empty(b)}}B{{/empty(b)}}{{#empty(c)}}C{{/empty(c)}}{{#empty(d)}}D{{/empty(d)}}{{#empty(e)}}E{{/empty(e)}}"
        let root: TemplateObject = ["a": .list([]), "b": .list([.text("x")]), "c": .text(""), "d": .absent, "e": .object([:])]
        #expect(try render(template, root) == "ABCD")
    }

    @Test func valuesPrintAsTheyAre() throws {
        let root: TemplateObject = ["t": .text("<b>"), "h": .html("<i>"), "yes": .bool(true), "list": .list([.text("1"), .object(["n": .text("2")])])]
        #expect(
            try render("{{t}}{{{t}}}{{h}}{{{h}}}{{yes}}|{{#list}}{{.}}{{n}}{{/list}}|{{list}}", root)
                == "&lt;b&gt;<b>&lt;i&gt;<i>true|12|")
    }

    @Test func partialsThatCallThemselvesWithoutEndStop() throws {
        let library = try library(["page": "{{>loop}}", "loop": "x{{>loop}}"])
        let rendering = try #require(library.render("page", .object([:])))
        #expect(rendering.bytes.count == TemplateRenderer.maximumDepth)
        #expect(rendering.problems.count == 1)
        #expect(rendering.problems.first?.message.contains("include itself") == true)
    }

    /// Standalone partials inside standalone partials add up their indentation; an inline call
    /// does not indent the lines of what it calls.
    @Test func indentationAddsUp() throws {
        let partials = ["outer": "<ul>\n  {{>inner}}\n</ul>\n", "inner": "<li>a</li>\n<li>b</li>\n", "inline": "1\n2"]
        #expect(
            try render("<div>\n  {{>outer}}\n</div>\n", [:], partials: partials)
                == "<div>\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n</div>\n")
        #expect(try render("  x {{>inline}}\n", [:], partials: partials) == "  x 1\n2\n")
    }
}
