import Foundation
import Testing
@testable import SapaKit

/// A rebuild after an edit of service files gives the site a whole build gives, byte for
/// byte, while making again only the pages that show the edited chapter.
@Suite struct IncrementalBuildTests {
    static let fixtureService = "Content/services/consular-registration.md"
    static let demoService = "Content/services/ambulance-call.md"

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

    @Test("the demo site: a body edit redoes 3 pages, a figure of a region's row also that region's pages, both as a whole build")
    func demoSite() throws {
        let site = try TemporarySite(copyOfRepositorySite: ())
        defer { site.remove() }
        let before = try Self.built(site)
        let text = try site.read(Self.demoService)
        try site.write(Self.demoService, text + "\nҚосымша сөйлем.\n")
        let (bodyRebuild, afterBody) = try Self.rebuilt(before, [Self.demoService])
        #expect(Self.paths(bodyRebuild) == Self.servicePages("ambulance-call"))
        try Self.expectSameAsWholeBuild(afterBody, site)

        // A figure no region's page shows.
        try site.replace(Self.demoService, "respondents: 213\n", "respondents: 214\n")
        let (serviceFigure, afterServiceFigure) = try Self.rebuilt(afterBody, [Self.demoService])
        #expect(serviceFigure.pages == [.service("ambulance-call")])
        try Self.expectSameAsWholeBuild(afterServiceFigure, site)

        // The score of the first region's row: that region's page shows it.
        try site.replace(Self.demoService, "      score: 4.98\n", "      score: 4.97\n")
        let (regionFigure, afterRegionFigure) = try Self.rebuilt(afterServiceFigure, [Self.demoService])
        #expect(regionFigure.pages == [.service("ambulance-call"), .region("zhambyl")])
        let zhambyl = try #require(afterRegionFigure.files.first { $0.path == "en/regions/zhambyl/index.html" })
        let oldZhambyl = try #require(afterServiceFigure.files.first { $0.path == "en/regions/zhambyl/index.html" })
        #expect(zhambyl.bytes != oldZhambyl.bytes, "the region's page shows the chapter's figure")
        try Self.expectSameAsWholeBuild(afterRegionFigure, site)

        // The regions table gone (renamed to a key Sapa does not read): every region it named.
        let withoutRegions = try site.read(Self.demoService).replacingOccurrences(of: "\nregions:\n", with: "\nregions_removed:\n")
        #expect(withoutRegions.contains("regions_removed:"))
        try site.write(Self.demoService, withoutRegions)
        let regions = Set(afterRegionFigure.checked.model.reports["ambulance-call"]?.regions?.rows.compactMap(\.regionID) ?? [])
        #expect(regions.count > 10)
        let (removal, afterRemoval) = try Self.rebuilt(afterRegionFigure, [Self.demoService])
        #expect(removal.pages == Set([Routes.Page.service("ambulance-call")] + regions.map { .region($0) }))
        try Self.expectSameAsWholeBuild(afterRemoval, site)
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
        let removed = "Content/services/payment-register.md"
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
        "Templates/strings/en.yml", "Content/services/notes.txt",
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
