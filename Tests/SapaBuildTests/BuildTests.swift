import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

@Suite struct BuildTests {
    @Test func buildsTheFixtureSite() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let report = try site.build().get()
        #expect(report.pages > 20)
        let ranking = try site.output("kk/services/index.html")
        #expect(ranking.contains("<html lang=\"kk\">"))
        #expect(ranking.contains("Мемлекеттік қызметтердің рейтингі, 2020 ж"))
        #expect(ranking.contains("4,86"))
        #expect(ranking.contains("4,70"))  // "4,7" in the CSV prints with two decimals
        #expect(ranking.contains("88,0%"))
        #expect(ranking.contains("href=\"/kk/services/consular-registration/\""))
        #expect(ranking.contains("2020 жылғы есеп, 8-кесте"))
        let russian = try site.output("ru/services/index.html")
        #expect(russian.contains("Постановка на консульский учёт"))
        // No Russian name: the Kazakh one, marked as Kazakh.
        #expect(russian.contains("lang=\"kk\"><a href=\"/ru/services/free-medicines/\">Дәрілік заттарды беру"))
        let english = try site.output("en/services/index.html")
        #expect(english.contains("4.86") && english.contains("88.0%"))

        let service = try site.output("kk/services/consular-registration/index.html")
        #expect(service.contains("Шетелдегі азаматтарды есепке қою"))
        #expect(service.contains("54-кесте"))
        #expect(service.contains("4,90") && service.contains("90,1%"))
        #expect(service.contains("Кезекті <em>қысқарту</em>"))
        let qualitative = try site.output("kk/services/payment-register/index.html")
        #expect(qualitative.contains("тек сапалық әдіспен"))

        let region = try site.output("kk/regions/astana/index.html")
        #expect(region.contains("Нұр-Сұлтан қ."))  // the name right in 2020
        let home = try site.output("kk/index.html")
        #expect(home.contains("9\u{00A0}181") && home.contains("75,1%"))
        #expect(home.contains("7,9"))  // a 10-point year keeps its scale
        #expect(try site.output("CNAME") == "example.kz\n")
        #expect(try site.output("404.html").contains("Бет табылмады"))
        #expect(try site.output("robots.txt").contains("Sitemap:"))
        let sitemap = try site.output("sitemap.xml")
        #expect(sitemap.contains("<loc>/ru/services/consular-registration/</loc>"))
        #expect(sitemap.contains("hreflang=\"en\""))
        #expect(try site.output("index.html").contains("url=/kk/"))
        let methodology = try site.output("en/methodology/index.html")
        #expect(methodology.contains("lang=\"kk\""))  // no English page: the Kazakh one, marked
    }

    @Test func downloadsMatchTheTables() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let csv = try site.output("data/services-ranking-2020.csv")
        #expect(csv.hasPrefix("rank,body,body_name_kk,body_name_ru,service,service_name_kk,service_name_ru,score,satisfaction\r\n"))
        #expect(csv.contains("1,mfa,ҚР Сыртқы істер министрлігі,МИД РК,consular-registration,Шетелдегі азаматтарды есепке қою,Постановка на консульский учёт,4.86,88\r\n"))
        let json = try site.output("data/services-ranking-2020.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let rows = try #require(parsed?["rows"] as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(rows[1]["score"] as? Double == 4.7)
        let package = try site.output("data/datapackage.json")
        #expect(package.contains("\"path\":\"services-ranking-2020.csv\""))
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        let first = TemporarySite.snapshot(site.output)
        try site.build().get()
        let second = TemporarySite.snapshot(site.output)
        #expect(first.count > 20)
        #expect(first == second)
    }

    @Test func failedBuildLeavesOutputIntact() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build().get()
        try site.write("Output/keep-me.txt", "a publisher's file")
        let before = TemporarySite.snapshot(site.output)
        try site.replace("Content/2020/services-ranking.csv", "4,86", "6,2")
        let problems = site.build().failureDiagnostics
        #expect(problems.filter { $0.severity == .error }.count == 1)
        #expect(problems.first?.description == "Content/2020/services-ranking.csv:2:29: error: «6,2» in column `score`: a score is between 1 and 5; correct the figure")
        #expect(TemporarySite.snapshot(site.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains("sapa-") }
        #expect(leftovers.isEmpty)
    }

    @Test func allProblemsAreReportedAtOnce() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Content/2020/services-ranking.csv", "4,86", "six")
        try site.replace("Content/data/services.csv", "local-executive-bodies,Дәрілік", "nobody,Дәрілік")
        try site.replace("Content/2020/services/consular-registration.md", "cost_kk: тегін", "cost_kk: [тегін")
        let problems = site.build().failureDiagnostics.map(\.description)
        #expect(problems.count >= 3)
        #expect(problems.contains { $0.hasPrefix("Content/2020/services-ranking.csv:2:29: error: «six»") })
        #expect(problems.contains { $0.hasPrefix("Content/data/services.csv:3:") && $0.contains("«nobody» is not in Content/data/bodies.csv") })
        #expect(problems.contains { $0.hasPrefix("Content/2020/services/consular-registration.md:") && $0.contains("invalid YAML") })
    }

    @Test func refusesToWriteOverTheSources() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        for folder in [site.root, site.root.appendingPathComponent("Content"), site.root.appendingPathComponent("Templates"), site.root.deletingLastPathComponent()] {
            let result = SiteBuilder.build(BuildOptions(site: site.root, output: folder))
            #expect(result.failureDiagnostics.first?.message.contains("refusing") == true)
        }
        #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Content/site.yml").path))
    }

    @Test func linksWorkUnderASubPath() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.build(baseURL: "https://example.kz/results/").get()
        let page = try site.output("kk/services/index.html")
        #expect(page.contains("href=\"/results/kk/services/consular-registration/\""))
        #expect(page.contains("href=\"/results/assets/site.css\""))
        #expect(!page.contains("href=\"/kk/"))
        #expect(try site.output("sitemap.xml").contains("<loc>https://example.kz/results/kk/</loc>"))
    }

    @Test func rankRulesAreChecked() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Content/2020/services-ranking.csv", "2;local", "3;local")
        let skip = site.build().failureDiagnostics
        #expect(skip.first?.description.hasPrefix("Content/2020/services-ranking.csv:3:1: error: the rank 3 breaks the order") == true)
        try site.replace("Content/2020/services-ranking.csv", "3;local", "1;local")
        let repeated = site.build().failureDiagnostics
        #expect(repeated.first?.message.contains("repeated but the scores differ") == true)
    }
}
