import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// A rebuild after an edit of service files gives the site a whole build gives, byte for
/// byte, while making again only the pages that show the edited chapter: in its edition
/// (`/<lang>/2020/…`) and, the fixture's 2020 being the latest edition, unprefixed.
@Suite struct IncrementalBuildTests {
    static let fixtureService = "Content/2020/services/consular-registration.md"
    static let demoService = "Content/2020/services/ambulance-call.md"
    static let indicators = "Content/2020/service-figures/indicators.csv"
    static let criteria = "Content/2020/service-figures/criteria.csv"
    static let regions = "Content/2020/service-figures/regions.csv"
    static let regionsHeader = "service,region,label_kk,label_ru,rank,score,satisfaction,respondents,score_label_kk,score_label_ru,source_kk,source_ru\n"

    static func built(_ site: TemporarySite) throws -> BuiltSite {
        try IncrementalBuild.check(site.options).flatMap(IncrementalBuild.render).get()
    }

    static func rebuilt(_ previous: BuiltSite, _ changed: [String]) throws -> (rebuild: PartialRebuild, site: BuiltSite) {
        let rebuild = try #require(IncrementalBuild.rebuild(previous, changed: changed), "a service edit is rebuilt in part")
        return (rebuild, try rebuild.result.get())
    }

    /// The rebuilt site against a whole build of the same sources: every path, every byte.
    static func expectSameAsWholeBuild(_ rebuilt: BuiltSite, _ site: TemporarySite) throws {
        let whole = try built(site)
        #expect(rebuilt.files.map(\.path) == whole.files.map(\.path))
        for (partial, full) in zip(rebuilt.files, whole.files) where partial.bytes != full.bytes {
            Issue.record("\(partial.path) differs from a whole build's")
        }
    }

    static func paths(_ rebuild: PartialRebuild) -> Set<String> { Set(rebuild.rendered.map(\.path)) }

    static func text(_ site: BuiltSite, _ path: String) throws -> String {
        String(decoding: try #require(site.files.first { $0.path == path }, "\(path) is built").bytes, as: UTF8.self)
    }

    /// A page of the latest edition, in every language: unprefixed and under /<lang>/2020/.
    static func pages(_ path: String) -> Set<String> {
        Set(["kk", "ru", "en"].flatMap { ["\($0)/\(path)/index.html", "\($0)/2020/\(path)/index.html"] })
    }

    static func servicePages(_ id: String) -> Set<String> { pages("services/\(id)") }

    static func serviceRoutes(_ id: String) -> Set<Routes.Page> { [.service(id), .edition(2020, .service(id))] }

    @Test("an edit of a chapter's findings makes again only its service's pages, unprefixed and in its edition")
    func bodyEdit() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        try site.replace(Self.fixtureService, "**жоғары** бағалады.", "**өте жоғары** бағалады.")
        let (rebuild, after) = try Self.rebuilt(before, [Self.fixtureService])
        #expect(rebuild.pages == Self.serviceRoutes("consular-registration"))
        #expect(Self.paths(rebuild) == Self.servicePages("consular-registration"))
        for path in ["en/services/consular-registration/index.html", "en/2020/services/consular-registration/index.html"] {
            #expect(try Self.text(after, path).contains("<strong>өте жоғары</strong>"), "\(path)")
            #expect(try !Self.text(before, path).contains("<strong>өте жоғары</strong>"), "\(path)")
        }
        try Self.expectSameAsWholeBuild(after, site)
        // The recommendations, below `## Ұсынымдар`, from the last rebuild: the same pages.
        try site.replace(Self.fixtureService, "- Сайтты жаңарту", "- Сайтты жаңарту\n- Өтінішті онлайн қабылдау")
        let (second, afterSecond) = try Self.rebuilt(after, [Self.fixtureService])
        #expect(second.pages == Self.serviceRoutes("consular-registration"))
        #expect(try Self.text(afterSecond, "kk/2020/services/consular-registration/index.html").contains("Өтінішті онлайн қабылдау"))
        try Self.expectSameAsWholeBuild(afterSecond, site)
    }

    @Test("an edit of a spreadsheet of service figures gives what a whole build gives")
    func figuresEdit() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        try site.replace(Self.indicators, "consular-registration,80,", "consular-registration,81,")
        let (rebuild, after) = try Self.rebuilt(before, [Self.indicators])
        #expect(rebuild.pages == Self.serviceRoutes("consular-registration"), "the chapter has no regions table")
        #expect(Self.paths(rebuild) == Self.servicePages("consular-registration"))
        #expect(
            Self.paths(rebuild).allSatisfy { path in
                after.files.first { $0.path == path }?.bytes != before.files.first { $0.path == path }?.bytes
            }, "every page made again shows the figure")
        try Self.expectSameAsWholeBuild(after, site)

        // Several edits in a row each start from the last rebuild; two spreadsheets of one
        // edition saved together are one rebuild.
        try site.replace(Self.indicators, "consular-registration,81,", "consular-registration,82,")
        try site.replace(Self.criteria, ",staff,ҚЫЗМЕТКЕРЛЕР,,4.9,90.1,", ",staff,ҚЫЗМЕТКЕРЛЕР,,4.8,90.1,")
        let (both, afterBoth) = try Self.rebuilt(after, [Self.criteria, Self.indicators])
        #expect(both.pages == Self.serviceRoutes("consular-registration"))
        try Self.expectSameAsWholeBuild(afterBoth, site)

        // A regions table for the chapter (a spreadsheet the edition did not have): the
        // region's pages list the service now, so they are made again too.
        try site.write(Self.regions, Self.regionsHeader + "consular-registration,astana,Астана қ.,,,4.5,,,,,55-кесте,\n")
        let (region, afterRegion) = try Self.rebuilt(afterBoth, [Self.regions])
        #expect(region.pages == Self.serviceRoutes("consular-registration").union([.region("astana"), .edition(2020, .region("astana"))]))
        #expect(Self.paths(region) == Self.servicePages("consular-registration").union(Self.pages("regions/astana")))
        #expect(try Self.text(afterRegion, "kk/regions/astana/index.html").contains("href=\"/kk/services/consular-registration/\""))
        #expect(try Self.text(afterRegion, "kk/2020/regions/astana/index.html").contains("href=\"/kk/2020/services/consular-registration/\""))
        #expect(try !Self.text(afterBoth, "kk/regions/astana/index.html").contains("href=\"/kk/services/consular-registration/\""))
        try Self.expectSameAsWholeBuild(afterRegion, site)

        // The score of that row: the service's pages and astana's, whose row it is.
        try site.replace(Self.regions, ",astana,Астана қ.,,,4.5,", ",astana,Астана қ.,,,4.4,")
        let (score, afterScore) = try Self.rebuilt(afterRegion, [Self.regions])
        #expect(score.pages == region.pages)
        try Self.expectSameAsWholeBuild(afterScore, site)
    }

    @Test("new figures for a service the ranking does not list take a whole build")
    func unrankedServiceFigures() throws {
        // Its cross-year page and the downloads then take the chapter's own figures.
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        try site.write(Self.indicators, try site.read(Self.indicators) + "payment-register,40,4.5,70.0,\n")
        #expect(IncrementalBuild.rebuild(before, changed: [Self.indicators]) == nil)
    }

    @Test("a bad figure gives the whole build's errors; the fix gives the site again")
    func brokenEditAndFix() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        try site.replace(Self.indicators, "consular-registration,80,4.86,", "consular-registration,80,\"6,2\",")
        let broken = try #require(IncrementalBuild.rebuild(before, changed: [Self.indicators]))
        let wholeErrors = SiteBuilder.check(site.options).failureDiagnostics
        #expect(wholeErrors.contains { $0.path == Self.indicators && $0.line == 2 && $0.severity == .error })
        #expect(broken.result.failureDiagnostics == wholeErrors)
        #expect(broken.rendered.isEmpty && broken.pages.isEmpty)
        // Wrong in another way: a row of a service that is not in the registry.
        try site.replace(Self.indicators, "consular-registration,80,\"6,2\",", "consular,80,4.86,")
        let misnamed = try #require(IncrementalBuild.rebuild(before, changed: [Self.indicators]))
        let misnamedErrors = SiteBuilder.check(site.options).failureDiagnostics
        #expect(misnamedErrors.contains { $0.path == Self.indicators && $0.severity == .error })
        #expect(misnamed.result.failureDiagnostics == misnamedErrors)
        // The fix, from the last good build (as the preview keeps it): the site as it was.
        try site.replace(Self.indicators, "consular,80,4.86,", "consular-registration,80,4.86,")
        let (_, fixed) = try Self.rebuilt(before, [Self.indicators])
        #expect(fixed.files.map(\.path) == before.files.map(\.path))
        #expect(fixed.files.map(\.bytes) == before.files.map(\.bytes))
        try Self.expectSameAsWholeBuild(fixed, site)
    }

    @Test("a text added or removed takes a whole build")
    func textAddedOrRemoved() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        let removed = "Content/2020/services/payment-register.md"
        let text = try site.read(removed)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(removed))
        #expect(IncrementalBuild.rebuild(before, changed: [removed]) == nil)
        // The whole build refuses the edition's services.csv listing a service without its text...
        let listed = SiteBuilder.check(site.options).failureDiagnostics
        #expect(listed.contains { $0.path == "Content/2020/services.csv" && $0.line == 3 && $0.message.contains("payment-register") })
        // ...so the row goes too; then the edition's pages of the service go, and so does
        // their place in the sitemap: more than a partial rebuild may touch.
        try site.replace("Content/2020/services.csv", "payment-register,4,qualitative\n", "")
        let without = try Self.built(site)
        for language in ["kk", "ru", "en"] {
            let page = "\(language)/2020/services/payment-register/index.html"
            #expect(before.files.contains { $0.path == page } && !without.files.contains { $0.path == page }, "\(page)")
        }
        #expect(try Self.text(without, "sitemap.xml") != Self.text(before, "sitemap.xml"))

        // A text added: back again, or for a service the edition has no text of.
        try site.write(removed, text)
        #expect(IncrementalBuild.rebuild(without, changed: [removed]) == nil)
        try site.write("Content/2020/services/free-medicines.md", "---\nname_kk: Дәрілік заттарды беру\n---\nМәтін.\n")
        #expect(IncrementalBuild.rebuild(before, changed: ["Content/2020/services/free-medicines.md"]) == nil)
    }

    @Test(
        "anything but an edition's texts or its spreadsheets of service figures takes a whole build",
        arguments: [
            "Content/data/services.csv", "Content/data/regions.csv", "Templates/pages/service.mustache", "Content/site.yml",
            "Content/pages/methodology.kk.md", "Templates/strings/en.yml", "Content/2020/services/notes.txt",
            "Content/2020/services.csv", "Content/2020/edition.yml", "Content/2020/tables.yml", "Content/2020/services-ranking.csv",
            "Content/2020/data-notes.csv", "Content/2020/service-figures/notes.txt", "Content/2020/services/more/consular-registration.md",
            "Content/2021/services/consular-registration.md", "Content/2021/service-figures/indicators.csv",
            "Content/2019/service-figures/indicators.csv",
        ])
    func otherChangesNeedAWholeBuild(_ path: String) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        #expect(IncrementalBuild.rebuild(before, changed: [path]) == nil)
        #expect(IncrementalBuild.rebuild(before, changed: [Self.fixtureService, path]) == nil)
        #expect(IncrementalBuild.rebuild(before, changed: [Self.indicators, path]) == nil)
        #expect(IncrementalBuild.rebuild(before, changed: []) == nil)
    }

    @Test("a text and a spreadsheet saved together take a whole build")
    func textAndFiguresTogether() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        #expect(IncrementalBuild.rebuild(before, changed: [Self.fixtureService, Self.indicators]) == nil)
    }

    @Test("the demo site (editions): a text or a spreadsheet of service figures redoes only the pages that show what changed")
    func demoSite() throws {
        let site = try TemporarySite(copyOfRepositorySite: ())
        defer { site.remove() }
        let before = try Self.built(site)
        // A sentence at the end of the findings, above the recommendations.
        try site.replace(Self.demoService, "\n## Ұсынымдар\n", "\nҚосымша сөйлем.\n\n## Ұсынымдар\n")
        let (bodyRebuild, afterBody) = try Self.rebuilt(before, [Self.demoService])
        let editionPages = Set(["kk", "ru", "en"].map { "\($0)/2020/services/ambulance-call/index.html" })
        #expect(Self.paths(bodyRebuild) == Self.servicePages("ambulance-call").union(editionPages))
        try Self.expectSameAsWholeBuild(afterBody, site)

        // A fact of the text's header.
        try site.replace(Self.demoService, "cost_kk: \"қызмет тегін көрсетіледі\"", "cost_kk: \"тегін\"")
        let (factRebuild, afterFact) = try Self.rebuilt(afterBody, [Self.demoService])
        #expect(factRebuild.pages == [.service("ambulance-call"), .edition(2020, .service("ambulance-call"))])
        try Self.expectSameAsWholeBuild(afterFact, site)

        // A broken text: the whole build's errors; the figures and other pages untouched.
        try site.replace(Self.demoService, "cost_kk: \"тегін\"", "cost_kk: [тегін")
        let broken = try #require(IncrementalBuild.rebuild(afterFact, changed: [Self.demoService]))
        #expect(!broken.result.failureDiagnostics.isEmpty)
        #expect(broken.result.failureDiagnostics == SiteBuilder.check(site.options).failureDiagnostics)
        try site.replace(Self.demoService, "cost_kk: [тегін", "cost_kk: \"тегін\"")

        // The score of the first row of the chapter's regions table: that edition reloaded;
        // the service's pages and the region's (the row it shows) made again, in 2020 and
        // unprefixed.
        let regions = "Content/2020/service-figures/regions.csv"
        try site.replace(regions, "ambulance-call,zhambyl,Жамбыл,,1,4.98,", "ambulance-call,zhambyl,Жамбыл,,1,4.97,")
        let (regionFigure, afterRegionFigure) = try Self.rebuilt(afterFact, [regions])
        #expect(
            regionFigure.pages == [
                .service("ambulance-call"), .edition(2020, .service("ambulance-call")),
                .region("zhambyl"), .edition(2020, .region("zhambyl")),
            ])
        let zhambyl = try #require(afterRegionFigure.files.first { $0.path == "en/regions/zhambyl/index.html" })
        let oldZhambyl = try #require(afterFact.files.first { $0.path == "en/regions/zhambyl/index.html" })
        #expect(zhambyl.bytes != oldZhambyl.bytes, "the region's page shows the chapter's figure")
        try Self.expectSameAsWholeBuild(afterRegionFigure, site)

        // A figure no region's page shows: the service's pages only.
        let indicators = "Content/2020/service-figures/indicators.csv"
        try site.replace(indicators, "ambulance-call,213,", "ambulance-call,214,")
        let (serviceFigure, afterServiceFigure) = try Self.rebuilt(afterRegionFigure, [indicators])
        #expect(serviceFigure.pages == [.service("ambulance-call"), .edition(2020, .service("ambulance-call"))])
        try Self.expectSameAsWholeBuild(afterServiceFigure, site)

        // A broken figure: the whole build's errors.
        try site.replace(indicators, "ambulance-call,214,4.69,", "ambulance-call,214,6.2,")
        let broken2 = try #require(IncrementalBuild.rebuild(afterServiceFigure, changed: [indicators]))
        #expect(broken2.result.failureDiagnostics == SiteBuilder.check(site.options).failureDiagnostics)
        try site.replace(indicators, "ambulance-call,214,6.2,", "ambulance-call,214,4.69,")

        // A results table, or spreadsheets and a text together: a whole build.
        #expect(IncrementalBuild.rebuild(afterServiceFigure, changed: ["Content/2020/services-ranking.csv"]) == nil)
        #expect(IncrementalBuild.rebuild(afterServiceFigure, changed: [regions, Self.demoService]) == nil)
        let whole = try Self.built(site)

        // A text removed leaves figures without a text: a whole build, which says so.
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(Self.demoService))
        #expect(IncrementalBuild.rebuild(whole, changed: [Self.demoService]) == nil)
    }
}
