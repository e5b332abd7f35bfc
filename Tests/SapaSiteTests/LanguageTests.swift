import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

@Suite struct LanguageTests {
    /// Every page links to itself in the other languages, both for readers (the switch) and
    /// for search engines (hreflang), and the pairs agree.
    @Test func switchLinksAndHreflangPairs() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let paths = ["services/consular-registration/", "regions/astana/", "bodies/mfa/", "services/", "methodology/", ""]
        for path in paths {
            for language in ["kk", "ru", "en"] {
                let html = try site.output("\(language)/\(path)index.html")
                #expect(html.contains("<html lang=\"\(language)\">"))
                for other in ["kk", "ru", "en"] {
                    #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(other)\" href=\"/\(other)/\(path)\">"), "\(language)/\(path) → \(other)")
                    if other != language {
                        #expect(html.contains("<a href=\"/\(other)/\(path)\" hreflang=\"\(other)\" lang=\"\(other)\">"), "switch \(language)/\(path) → \(other)")
                    }
                }
                #expect(html.contains("hreflang=\"x-default\" href=\"/kk/\(path)\""))
            }
        }
    }

    @Test func fallbackTextIsMarkedWithItsLanguage() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let russian = try site.output("ru/services/free-medicines/index.html")
        #expect(russian.contains("<h1><span lang=\"kk\">Дәрілік заттарды беру</span></h1>"))
        let english = try site.output("en/services/payment-register/index.html")
        #expect(english.contains("<h1><span lang=\"ru\">Включение в реестр платёжных организаций</span></h1>"))
        let translated = try site.output("ru/services/consular-registration/index.html")
        #expect(translated.contains("<h1><span>Постановка на консульский учёт</span></h1>"))
    }

    @Test func checkListsWhatRussianLacks() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        let warnings = checked.warnings.map(\.description)
        #expect(warnings.contains("Content/data/services.csv:3:1: warning: the service `free-medicines` has no Russian text (name_ru); pages in ru show the Kazakh one; add it"))
        // A table is named as its edition's tables.yml writes it, in that file.
        #expect(warnings.contains("Content/2020/tables.yml:1:1: warning: the table `regions-ranking` has no title_ru; pages in ru show the Kazakh title; add it"))
        #expect(warnings.contains("Content/2020/tables.yml:1:1: warning: the table `dynamics` has no title_ru; pages in ru show the Kazakh title; add it"))
        #expect(!warnings.contains { $0.contains("`services-ranking") }, "services-ranking has its title_ru")
        #expect(!warnings.contains { $0.contains("-2020`") }, "no table by its site-wide id")
        #expect(!warnings.contains { $0.contains("consular-registration") })
    }

    @Test func interfaceInEveryLanguage() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        #expect(try site.output("kk/services/index.html").contains("Рейтингтегі орны"))
        #expect(try site.output("ru/services/index.html").contains("Место в рейтинге"))
        #expect(try site.output("en/services/index.html").contains(">Rank"))
        // Russian plural forms: 2 строки, 3 строки (two ranked services; three-row table absent here).
        #expect(try site.output("ru/services/index.html").contains("(2 строки)"))
        #expect(try site.output("en/services/index.html").contains("(2 rows)"))
    }
}

/// Issue 22: where a Russian or English page shows the report's Kazakh text, it says so at
/// the top of that text, in the reader's language; `lang="kk"` marks the text alone.
@Suite struct KazakhOnlyTextTests {
    @Test("the findings and recommendations in Kazakh on ru and en pages say so; kk pages do not")
    func kazakhOnlyNotice() throws {
        let site = try TemporarySite(copyOfRepositorySite: ())
        defer { site.remove() }
        try site.build().get()
        let ru = try site.output("ru/services/ambulance-call/index.html")
        #expect(ru.contains("<h2 id=\"findings-title\">Результаты мониторинга</h2>\n<p class=\"notice kazakh-only\">Текст отчёта доступен только на казахском языке.</p>\n<div lang=\"kk\">"))
        #expect(!ru.contains("<section aria-labelledby=\"findings-title\" class=\"prose\" lang=\"kk\">"), "the heading is Russian")
        #expect(ru.components(separatedBy: "на казахском языке").count - 1 == 2, "findings and recommendations, once each")
        let en = try site.output("en/services/ambulance-call/index.html")
        #expect(en.contains("<p class=\"notice kazakh-only\">The report&#39;s text is available in Kazakh only.</p>"))
        #expect(try !site.output("kk/services/ambulance-call/index.html").contains("kazakh-only"))
    }
}

/// The pages' Markdown has GitHub's pipe tables (cmark-gfm's table extension): the history of
/// the method (issue 22) prints its criteria and weights as tables, not paragraphs of `|`.
@Suite struct MarkdownTableTests {
    @Test func pipeTablesRenderAsTables() {
        let html = Markdown.html("| № | Weight |\n|---|---|\n| 1 | 10 |\n\n<script>alert(1)</script>\n")
        #expect(html.contains("<table>\n<thead>\n<tr>\n<th>№</th>\n<th>Weight</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>10</td>"))
        #expect(!html.contains("<script>"), "raw HTML stays out (safe mode)")
        #expect(!Markdown.html("~~struck~~ www.example.kz").contains("<del>"), "no other extension")
    }
}
