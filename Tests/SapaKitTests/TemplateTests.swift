import Foundation
import Mustache
import Testing
@testable import SapaKit

@Suite struct TemplateTests {
    @Test func missingPartialIsReported() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Templates/pages/ranking.mustache", "{{>table}}", "{{>tabel}}")
        let problems = site.build().failureDiagnostics
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("Templates/pages/ranking.mustache:6:") == true)
        #expect(problems.first?.message.contains("partial «tabel»") == true)
    }

    /// Inside `{{#name}}…{{/name}}` a name is first asked of the text: it must not be answered
    /// by reflecting on the Swift value (its `renderText` property), but go on to the page.
    @Test func textIsNotReflectedOn() throws {
        let template = try MustacheTemplate(string: "{{#name}}{{renderText}}{{/name}}")
        let root = RecordingRoot(["name": .text("Астана")])
        _ = template.render(root)
        #expect(root.missing == ["renderText"])
    }

    @Test func missingKeyIsReported() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Templates/pages/page.mustache", "<h1>{{title}}</h1>", "<h1>{{titel}}</h1>")
        let problems = site.build().failureDiagnostics
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("Templates/pages/page.mustache:4:5: error: the template uses «titel»") == true)
    }

    @Test func syntaxErrorIsPlaced() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Templates/pages/not-found.mustache", "<p>{{message}}</p>", "<p>{{#message}}</p>")
        let problems = site.build().failureDiagnostics
        #expect(problems.first?.path == "Templates/pages/not-found.mustache")
        #expect(problems.first?.message.contains("template syntax error") == true)
    }

    @Test func missingInterfaceStringIsNamed() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Templates/strings/ru.yml", "best: Услуги с самой высокой оценкой\n", "")
        let problems = site.build().failureDiagnostics
        #expect(problems.count == 1)
        #expect(problems.first?.path == "Templates/strings/ru.yml")
        #expect(problems.first?.message.contains("`best` is missing in ru (it is in") == true)
    }
}

/// Interface strings written into the templates once per language (`{{t.key}}`), so that
/// pages do not look `t` up through the context stack.
@Suite struct InterfaceStringFoldingTests {
    let texts = ["home": "Басты бет", "quote": "«Сапа» & \"A\u{301}\"", "blank": " ", "braces": "a {{b}}", "lines": "a\nb"]

    @Test func foldsVariablesEscapedAndRawAsTheyArePrinted() {
        let folded = InterfaceStringFolding.fold("<a title=\"{{t.quote}}\">{{ t.home }}</a>{{{t.quote}}}{{& t.quote}}", texts: texts)
        #expect(folded == "<a title=\"«Сапа» &amp; &quot;A\u{301}&quot;\">Басты бет</a>«Сапа» & \"A\u{301}\"«Сапа» & \"A\u{301}\"")
    }

    @Test func leavesWhatItMustNotFold() {
        let kept = "{{#t.home}}x{{/t.home}}{{t.missing}}{{t.blank}}{{t.braces}}{{t.lines}}{{home}}{{#list}}{{.}}{{/list}}"
        #expect(InterfaceStringFolding.fold(kept, texts: texts) == kept)
        let delimiters = "{{=<% %>=}}<%t.home%>{{t.home}}"
        #expect(InterfaceStringFolding.fold(delimiters, texts: texts) == delimiters)
    }

    /// A page renders the same with its language's folded templates, and those no longer ask
    /// for `t` at all: without `t` in the page, the unfolded templates report it missing.
    @Test func foldedTemplatesRenderTheSamePageWithoutLookingUpT() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        let language = checked.model.config.defaultLanguage
        let context = ViewContext(model: checked.model, language: language, strings: checked.strings,
                                  routes: Routes(basePath: checked.model.config.basePath))
        let spec = SitePages(context: context).notFound()
        let unfolded = try checked.templates.render(spec.template, spec.object).get()
        #expect(unfolded.contains(">\(checked.strings[language]!.text("home")!)</a>"))
        #expect(try checked.templates.render(spec.template, spec.object, language: language).get() == unfolded)
        var withoutT = spec.object
        withoutT["t"] = nil
        #expect(try checked.templates.render(spec.template, withoutT, language: language).get() == unfolded)
        let missing = checked.templates.render(spec.template, withoutT).failureDiagnostics
        #expect(missing.contains { $0.message.contains("«t»") })
    }
}

/// One-line partials written into the templates that call them, where that renders the same.
@Suite struct PartialInliningTests {
    let partials = ["measure": "<td>{{score}}</td><td>{{satisfaction}}</td>"]

    @Test func writesACallThatSharesItsLineWithText() {
        #expect(PartialInlining.inline("<tr>{{#rows}}<th>x</th>{{> measure }}{{/rows}}</tr>\n", partials: partials)
            == "<tr>{{#rows}}<th>x</th><td>{{score}}</td><td>{{satisfaction}}</td>{{/rows}}</tr>\n")
    }

    @Test func leavesStandaloneCallsAndOtherPartials() {
        // Alone on its line (with or without other tags), a call is left: standalone lines
        // lose their whitespace and line end, and an inlined text would not.
        for kept in ["  {{>measure}}\n", "{{#rows}}{{>measure}}{{/rows}}\n", "<p>{{>table}}</p>"] {
            #expect(PartialInlining.inline(kept, partials: partials) == kept)
        }
        #expect(PartialInlining.canInline("<td>{{score}}</td>"))
        #expect(!PartialInlining.canInline("{{#x}}<td>{{score}}</td>{{/x}}"))
        #expect(!PartialInlining.canInline("<td>\n{{score}}</td>"))
        #expect(!PartialInlining.canInline("<td>{{>other}}</td>"))
        #expect(!PartialInlining.canInline(" <td>{{score}}</td>"))
    }

    /// Every page of the fixture site renders the same bytes with its language's
    /// specialized templates (strings folded, partials written in) as with the templates as
    /// written; and the service template does have partial calls written in.
    @Test func everyPageRendersTheSameSpecialized() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        let service = try #require(checked.templates.sources["service"]?.text)
        let inlinable = checked.templates.sources.compactMapValues { PartialInlining.canInline($0.text) ? $0.text : nil }
        #expect(PartialInlining.inline(service, partials: inlinable) != service)
        var compared = 0
        for language in checked.model.config.languages {
            let context = ViewContext(model: checked.model, language: language, strings: checked.strings,
                                      routes: Routes(basePath: checked.model.config.basePath))
            for make in SitePages(context: context).makers() {
                guard let spec = make() else { continue }
                let written = try checked.templates.render(spec.template, spec.object).get()
                #expect(try checked.templates.render(spec.template, spec.object, language: spec.language).get() == written, "\(spec.outputPath)")
                compared += 1
            }
        }
        #expect(compared > 20)
    }
}

