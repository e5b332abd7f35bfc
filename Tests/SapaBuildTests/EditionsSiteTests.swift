import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// The site across years, on the synthetic fixture of three editions (2020–2022): each
/// edition's own pages, the unprefixed pages of the latest, and the pages of a service,
/// body or region across the years.
@Suite struct EditionsSiteTests {
    static func built() throws -> TemporarySite {
        let site = try TemporarySite(fixture: "editions-site")
        _ = try site.build().get()
        return site
    }

    /// The text of a page's `<main>`, tags dropped and white space folded.
    static func mainText(_ html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return "" }
        let inner = String(html[start.lowerBound..<end.lowerBound])
        return inner.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "\\s+", with: " ", options: .regularExpression)
    }

    @Test("each edition has its pages under /<lang>/<year>/; the unprefixed ones show the latest and say its year")
    func pagesPerEdition() throws {
        let site = try Self.built()
        defer { site.remove() }
        for year in [2020, 2021, 2022] {
            for language in ["kk", "ru", "en"] {
                for page in ["", "services/", "bodies/", "regions/", "providers/", "dynamics/", "data/", "services/digital-signature/", "bodies/mod/"] {
                    #expect(
                        FileManager.default.fileExists(atPath: site.output.appendingPathComponent("\(language)/\(year)/\(page)index.html").path),
                        "\(language)/\(year)/\(page)")
                }
            }
        }
        #expect(try site.output("ru/index.html").contains("<h1>Синтетический тестовый сайт (три выпуска), 2022</h1>"))
        #expect(try site.output("ru/services/index.html").contains("<p class=\"edition-year\">Выпуск: 2022</p>"))
        #expect(try site.output("ru/2021/services/index.html").contains("<p class=\"edition-year\">Выпуск: 2021</p>"))
        // The 2021 ranking links to the 2021 chapters.
        let ranking2021 = try site.output("ru/2021/services/index.html")
        #expect(ranking2021.contains("href=\"/ru/2021/services/digital-signature/\""))
        #expect(!ranking2021.contains("href=\"/ru/services/digital-signature/\""))
        // A service not in an edition has no page in it; a region that did not exist, neither.
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ru/2022/services/school-enrolment").path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ru/2021/regions/abai").path))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("ru/2022/regions/abai/index.html").path))
    }

    @Test("an older edition's page says a newer one exists, in one line, and links to it; the latest's does not")
    func newerEditionNotice() throws {
        let site = try Self.built()
        defer { site.remove() }
        #expect(
            try site.output("ru/2020/services/digital-signature/index.html")
                .contains("<p class=\"edition-notice\">Это страница прежнего выпуска. Последний выпуск: <a href=\"/ru/services/digital-signature/\">2022</a></p>"))
        #expect(try site.output("kk/2021/regions/index.html").contains("<a href=\"/kk/regions/\">2022</a>"))
        #expect(try !site.output("ru/2022/services/digital-signature/index.html").contains("edition-notice"))
        #expect(try !site.output("ru/services/digital-signature/index.html").contains("edition-notice"))
    }

    @Test("rankings have a year switch of plain links, the shown year marked")
    func yearSwitch() throws {
        let site = try Self.built()
        defer { site.remove() }
        let latest = try site.output("ru/bodies/index.html")
        #expect(
            latest.contains(
                "<nav class=\"year-switch\" aria-label=\"Выпуски\"><ul><li><a href=\"/ru/2020/bodies/\">2020</a></li><li><a href=\"/ru/2021/bodies/\">2021</a></li><li><span aria-current=\"page\">2022</span></li></ul></nav>"
            ))
        let older = try site.output("kk/2020/regions/index.html")
        #expect(older.contains("<li><span aria-current=\"page\">2020</span></li><li><a href=\"/kk/2021/regions/\">2021</a></li>"))
    }

    @Test("a service across the years: figures in every edition, a gap where there are none, both names, links to each year")
    func serviceAcrossYears() throws {
        let site = try Self.built()
        defer { site.remove() }
        let signature = Self.mainText(try site.output("ru/services/digital-signature/index.html"))
        #expect(signature.contains("Прежние названия: Выдача регистрационного свидетельства ЭЦП (2020–2020)"))
        #expect(signature.contains("2020 4,10 61,0% 3 2021 4,35 72,4% 2 2022 4,52 79,9% 1"))
        let html = try site.output("ru/services/digital-signature/index.html")
        #expect(html.contains("<li><a href=\"/ru/2020/services/digital-signature/\">2020</a></li>"))
        #expect(html.contains("data-label=\"2022\" data-value=\"4.52\""))
        // Qualitative in 2021: said so, and the line has a gap, not a zero.
        let land = try site.output("ru/services/land-plot/index.html")
        #expect(Self.mainText(land).contains("2021 Изучалась только качественно"))
        #expect(!land.contains("data-label=\"2021\""))
        #expect(land.components(separatedBy: "<polyline").count == 1, "two points around a gap are not joined")
        // Not in the 2021 report at all.
        #expect(Self.mainText(try site.output("ru/services/vehicle-registration/index.html")).contains("2021 В этом году не изучалась"))
        // The service that ended in 2021 has no 2022 row.
        #expect(!Self.mainText(try site.output("ru/services/school-enrolment/index.html")).contains("2022"))
    }

    @Test("a body keeps the report's history: 10-point years on an axis of their own")
    func bodyAcrossYears() throws {
        let site = try Self.built()
        defer { site.remove() }
        let html = try site.output("ru/bodies/mod/index.html")
        #expect(html.contains("id=\"chart-history-5\"") && html.contains("id=\"chart-history-10\""))
        let ten = html.components(separatedBy: "id=\"chart-history-10\"")[1].components(separatedBy: "</svg>")[0]
        #expect(ten.contains("data-label=\"2015\" data-value=\"8.1\""))
        #expect(!ten.contains("data-label=\"2020\""))
        #expect(Self.mainText(html).contains("2018 3,95 58,0% — 2019 4,02 60,1% — 2020 4,10 61,0% 2"))
        // A region that came in 2022 has that year only; one that changed, its note.
        let abai = try site.output("ru/regions/abai/index.html")
        #expect(!abai.contains("history-table"), "one year is no history")
        #expect(!abai.contains("/ru/2021/regions/abai/") && !abai.contains("/ru/2020/regions/abai/"))
        #expect(Self.mainText(try site.output("ru/regions/almaty-region/index.html")).contains("выделена область Жетісу"))
    }

    @Test("open data: every edition's downloads, and one long file per kind across the editions")
    func openData() throws {
        let site = try Self.built()
        defer { site.remove() }
        for year in [2020, 2021, 2022] {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("data/services-ranking-\(year).csv").path))
        }
        let long = try site.output("data/services-by-year.csv").components(separatedBy: "\r\n")
        #expect(long.first == "year,service,service_name_kk,service_name_ru,score,satisfaction,rank,scale")
        #expect(long.filter { $0.contains(",digital-signature,") }.count == 3)
        let package = try site.output("data/datapackage.json")
        #expect(package.contains("\"name\":\"services-by-year\"") || package.contains("\"name\": \"services-by-year\""))
        // The sitemap and the language switch cover every edition, to the same year.
        let sitemap = try site.output("sitemap.xml")
        #expect(sitemap.contains("<loc>/kk/2021/services/land-plot/</loc>"))
        #expect(try site.output("ru/2021/services/index.html").contains("<a href=\"/kk/2021/services/\" hreflang=\"kk\" lang=\"kk\">"))
    }

    @Test("bad input across editions: a year twice, no published edition, a year on two scales")
    func badInput() throws {
        let site = try TemporarySite(fixture: "editions-site")
        defer { site.remove() }
        try site.write("Output/index.html", "an earlier build")
        func errors() -> [String] { site.build().failureDiagnostics.filter { $0.severity == .error }.map(\.description) }
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("Content/2021"), to: site.root.appendingPathComponent("Content/2021 copy"))
        #expect(errors() == ["Content/2021 copy:1:1: error: a second edition of 2021, beside Content/2021: a year has one edition; keep one of the two folders (move the other out of Content/)"])
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/2021 copy"))
        for year in [2020, 2021, 2022] { try site.replace("Content/\(year)/edition.yml", "draft: false", "draft: true") }
        #expect(
            errors() == [
                "Content/2022/edition.yml:3:1: error: no edition is published: every edition.yml says `draft: true`; write `draft: false` in the one to publish (sapa serve --drafts shows the drafts meanwhile)"
            ])
        var drafts = site.options
        drafts.includeDrafts = true
        #expect(try SiteBuilder.check(drafts).get().model.shownEdition?.year == 2022)
        for year in [2020, 2021, 2022] { try site.replace("Content/\(year)/edition.yml", "draft: true", "draft: false") }
        try site.replace("Content/2020/tables.yml", "year: 2015, scale: 10,", "year: 2015,")
        try site.replace("Content/2020/bodies-dynamics.csv", "mod,8.1,", "mod,4.1,")
        try site.replace("Content/2020/bodies-dynamics.csv", "local-executive-bodies,8.6,", "local-executive-bodies,4.6,")
        #expect(site.build().isSuccess, "one scale per year: fine")
        try site.write("Output/index.html", "an earlier build")
        try site.write(
            "Content/2021/tables.yml",
            try site.read("Content/2021/tables.yml") + """
                - id: bodies-dynamics
                  file: bodies-dynamics.csv
                  kind: bodies-dynamics
                  title_kk: "Динамика"
                  source_kk: "Синтетикалық деректер"
                  columns:
                    - {id: body, type: body}
                    - {id: score_2015, type: score, year: 2015, scale: 10}

                """)
        try site.write("Content/2021/bodies-dynamics.csv", "body,score_2015\nmod,8.1\n")
        #expect(
            errors() == [
                "Content/2021/bodies-dynamics.csv:1:1: error: 2015 is on the 10-point scale here but on the 5-point scale at Content/2020/bodies-dynamics.csv:1; a year has one scale: correct the `scale` of one of them"
            ])
        #expect(try site.output("index.html") == "an earlier build")
    }
}
