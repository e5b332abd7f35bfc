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
