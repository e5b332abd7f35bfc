import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

@Suite struct TemplateTests {
    @Test func missingPartialIsReported() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Templates/pages/ranking.mustache", "{{>table}}", "{{>tabel}}")
        let problems = site.build().failureDiagnostics
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("Templates/pages/ranking.mustache:8:") == true)
        #expect(problems.first?.message.contains("partial «tabel»") == true)
    }

    @Test func missingKeyIsReported() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Templates/pages/page.mustache", "<h1>{{title}}</h1>", "<h1>{{titel}}</h1>")
        let problems = site.build().failureDiagnostics
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("Templates/pages/page.mustache:7:5: error: the template uses «titel»") == true)
    }

    @Test func syntaxErrorIsPlaced() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Templates/pages/not-found.mustache", "<p>{{message}}</p>", "<p>{{#message}}</p>")
        let problems = site.build().failureDiagnostics
        #expect(problems.first?.description.hasPrefix("Templates/pages/not-found.mustache:4:4: error: «message» is opened here but never closed") == true)
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

/// A page renders the same with its language's specialized templates (interface strings
/// written in) as with the templates as written, and those no longer ask for `t`.
@Suite struct SpecializedTemplateTests {
    @Test func everyPageRendersTheSameSpecialized() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        var compared = 0
        // Every page the build makes: the unprefixed ones and each edition's, every language.
        for (_, make) in SiteBuilder.pageMakers(checked) {
            guard let spec = make() else { continue }
            let written = try checked.templates.render(spec.template, spec.object).get()
            #expect(try checked.templates.render(spec.template, spec.object, language: spec.language).get() == written, "\(spec.outputPath)")
            var withoutT = spec.object
            withoutT["t"] = nil
            #expect(try checked.templates.render(spec.template, withoutT, language: spec.language).get() == written, "\(spec.outputPath)")
            compared += 1
        }
        #expect(compared > 20)
    }
}
