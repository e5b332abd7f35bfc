import Foundation
import Testing
@testable import SapaModel
@testable import SapaSource
@testable import SapaSite
@testable import SapaBuild

/// A rebuild after an edit of service files gives the site a whole build gives, byte for
/// byte, while making again only the pages that show the edited chapter.
@Suite struct IncrementalBuildTests {
    static let fixtureService = "Content/2020/services/consular-registration.md"
    static let demoService = "Content/2020/services/ambulance-call.md"

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

    static func servicePages(_ id: String) -> Set<String> { Set(["kk", "ru", "en"].map { "\($0)/services/\(id)/index.html" }) }

    @Test("an edit of a chapter's findings makes again only its service's pages")
    func bodyEdit() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        try site.replace(Self.fixtureService, "**жоғары** бағалады.", "**өте жоғары** бағалады.")
        let (rebuild, after) = try Self.rebuilt(before, [Self.fixtureService])
        #expect(rebuild.pages == [.service("consular-registration")])
        #expect(Self.paths(rebuild) == Self.servicePages("consular-registration"))
        let page = try #require(after.files.first { $0.path == "en/services/consular-registration/index.html" })
        #expect(String(decoding: page.bytes, as: UTF8.self).contains("<strong>өте жоғары</strong>"))
        try Self.expectSameAsWholeBuild(after, site)
    }

    @Test("an edit of a chapter's figures gives what a whole build gives")
    func frontMatterEdit() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        try site.replace(Self.fixtureService, "respondents: 80", "respondents: 81")
        let (rebuild, after) = try Self.rebuilt(before, [Self.fixtureService])
        #expect(rebuild.pages == [.service("consular-registration")], "the chapter has no regions table")
        try Self.expectSameAsWholeBuild(after, site)
        // Several edits in a row each start from the last rebuild.
        try site.replace(Self.fixtureService, "respondents: 81", "respondents: 82\nregions:\n  rows:\n    - {region: astana, score: 4.5}")
        let (second, afterSecond) = try Self.rebuilt(after, [Self.fixtureService])
        #expect(second.pages == [.service("consular-registration"), .region("astana")])
        try Self.expectSameAsWholeBuild(afterSecond, site)
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
        #expect(regionFigure.pages == [.service("ambulance-call"), .edition(2020, .service("ambulance-call")),
                                       .region("zhambyl"), .edition(2020, .region("zhambyl"))])
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

    @Test("a bad value gives the whole build's errors; the fix gives the site again")
    func brokenEditAndFix() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        try site.replace(Self.fixtureService, "score: 4.86, rank: 1", "score: 6.2, rank: 1")
        let broken = try #require(IncrementalBuild.rebuild(before, changed: [Self.fixtureService]))
        let wholeErrors = SiteBuilder.check(site.options).failureDiagnostics
        #expect(!wholeErrors.isEmpty)
        #expect(broken.result.failureDiagnostics == wholeErrors)
        #expect(broken.rendered.isEmpty)
        // Wrong in another way: an id that is not the file's name.
        try site.replace(Self.fixtureService, "score: 6.2, rank: 1", "score: 4.86, rank: 1")
        try site.replace(Self.fixtureService, "id: consular-registration", "id: consular")
        let misnamed = try #require(IncrementalBuild.rebuild(before, changed: [Self.fixtureService]))
        #expect(misnamed.result.failureDiagnostics == SiteBuilder.check(site.options).failureDiagnostics)
        try site.replace(Self.fixtureService, "id: consular", "id: consular-registration")
        let (_, fixed) = try Self.rebuilt(before, [Self.fixtureService])
        try Self.expectSameAsWholeBuild(fixed, site)
    }

    @Test("a chapter added or removed shows or leaves its service's page, as in a whole build")
    func chapterAddedAndRemoved() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        let removed = "Content/2020/services/payment-register.md"
        let text = try site.read(removed)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(removed))
        let (gone, afterRemoval) = try Self.rebuilt(before, [removed])
        #expect(gone.pages == [.service("payment-register")])
        try Self.expectSameAsWholeBuild(afterRemoval, site)
        try site.write(removed, text)
        let (_, afterReturn) = try Self.rebuilt(afterRemoval, [removed])
        #expect(afterReturn.files.map(\.bytes) == before.files.map(\.bytes))
    }

    @Test("anything but a service file takes a whole build", arguments: [
        "Content/data/services.csv", "Templates/pages/service.mustache", "Content/site.yml", "Content/pages/methodology.kk.md",
        "Templates/strings/en.yml", "Content/2020/services/notes.txt",
    ])
    func otherChangesNeedAWholeBuild(_ path: String) throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let before = try Self.built(site)
        #expect(IncrementalBuild.rebuild(before, changed: [path]) == nil)
        #expect(IncrementalBuild.rebuild(before, changed: [Self.fixtureService, path]) == nil)
        #expect(IncrementalBuild.rebuild(before, changed: []) == nil)
    }
}

extension TemporarySite {
    /// A copy of the repository's own site: the demo content (the 2020 report) and templates.
    init(copyOfRepositorySite: Void) throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("sapa-test-\(UUID().uuidString)")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try manager.copyItem(at: Self.repositoryRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
    }
}
