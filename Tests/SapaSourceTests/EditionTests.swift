import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// Editions (`Content/<year>/`): the demo in the layout of issue 17, the contract that a
/// copied folder is next year's edition, drafts, `sapa new-edition`, and the errors an
/// edition can have, each at its place, with the previous Output/ left as it was.
@Suite struct EditionTests {
    static let ambulance = "Content/2020/services/ambulance-call.md"

    /// The demo site, with an Output/ of an earlier build to be kept on failure.
    static func demo() throws -> TemporarySite {
        let site = try TemporarySite(copyOfRepositorySite: ())
        try site.write("Output/index.html", "an earlier build")
        return site
    }

    @Test("the demo's service texts hold no figures: every figure is in a spreadsheet")
    func textsHoldNoFigures() throws {
        let folder = TemporarySite.repositoryRoot.appendingPathComponent("Content/2020/services")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        #expect(files.count == 70)
        let moved = ServiceTextHeader.movedKeys.map(\.key)
        for name in files {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let header = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().prefix { $0 != "---" }
            let keys = header.filter { !$0.hasPrefix(" ") && $0.contains(":") }.map { String($0.split(separator: ":")[0]) }
            #expect(keys.allSatisfy { key in !moved.contains { key == $0 || key.hasPrefix("\($0)_") } }, "\(name): \(keys)")
        }
    }

    @Test("cp -r Content/2020 Content/2021 and its year changed: two editions, the site shows 2021")
    func copiedFolderIsNextEdition() throws {
        let site = try Self.demo()
        defer { site.remove() }
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("Content/2020"), to: site.root.appendingPathComponent("Content/2021"))
        try site.replace("Content/2021/edition.yml", "year: 2020", "year: 2021")
        let checked = try SiteBuilder.check(site.options).get()
        #expect(checked.model.editions.map(\.year) == [2020, 2021])
        #expect(checked.model.shownEdition?.year == 2021)
        #expect(checked.model.config.currentYear == 2021)
        #expect(checked.model.tables.allSatisfy { $0.id.hasSuffix("-2021") && $0.year == 2021 })
        #expect(checked.model.tables.count == 15)
        #expect(site.build().isSuccess)
        #expect(try site.output("ru/services/index.html").contains("services-ranking-2021"))
    }

    @Test("a draft edition is checked but left out; with drafts included, the site shows it")
    func draftLeftOut() throws {
        let site = try Self.demo()
        defer { site.remove() }
        let before = try SiteBuilder.check(site.options).get()
        try FileManager.default.copyItem(at: site.root.appendingPathComponent("Content/2020"), to: site.root.appendingPathComponent("Content/2021"))
        try site.replace("Content/2021/edition.yml", "year: 2020\ndraft: false", "year: 2021\ndraft: true")
        let published = try SiteBuilder.check(site.options).get()
        #expect(published.model.shownEdition?.year == 2020)
        #expect(published.model.tables.map(\.id) == before.model.tables.map(\.id))
        var drafts = site.options
        drafts.includeDrafts = true
        #expect(try SiteBuilder.check(drafts).get().model.shownEdition?.year == 2021)
        // A mistake in the draft stops the build all the same.
        try site.replace("Content/2021/service-figures/indicators.csv", "ambulance-call,213,4.69,", "ambulance-call,213,6.2,")
        #expect(
            SiteBuilder.check(site.options).failureDiagnostics.filter { $0.severity == .error }.map(\.description) == [
                "Content/2021/service-figures/indicators.csv:57:20: error: `score` is 6.2, outside 1–5 for a score on the 5-point scale; correct the figure"
            ])
    }

    @Test("sapa new-edition 2021 --from 2020: a draft with 2020's rows and no figures; the site builds as before")
    func newEditionFromLastYear() throws {
        let site = try Self.demo()
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.output)
        #expect(site.build().isSuccess)
        let before = TemporarySite.snapshot(site.output)
        let steps = try EditionScaffold.create(site: site.root, year: 2021, from: 2020).get()
        #expect(steps.count == 7)
        let edition = try site.read("Content/2021/edition.yml")
        #expect(edition.contains("year: 2021\ndraft: true\n"))
        let ranking = try site.read("Content/2021/services-ranking.csv").split(separator: "\n")
        #expect(ranking.first == "rank,body,service,label_kk,label_ru,score,satisfaction,total")
        #expect(ranking.contains(",mfa,consular-registration,,,,,"))
        #expect(try site.read("Content/2021/service-figures/indicators.csv").contains("\nambulance-call,,,,\n"))
        #expect(try site.read("Content/2021/services.csv") == site.read("Content/2020/services.csv"))
        let text = try site.read("Content/2021/services/ambulance-call.md")
        #expect(text.hasPrefix("---\nservice_code: \"L14\"\n") && text.hasSuffix("\n---\n"))
        // Checked like any edition, left out of the site.
        #expect(site.build().isSuccess)
        #expect(TemporarySite.snapshot(site.output) == before)
        // Again: refused, nothing changed.
        #expect(
            EditionScaffold.create(site: site.root, year: 2021, from: 2020).failureDiagnostics.map(\.description) == [
                "Content/2021:1:1: error: the edition already exists; edit it, or remove the folder to start it again"
            ])
        #expect(EditionScaffold.create(site: site.root, year: 2022, from: 2019).failureDiagnostics.first?.message.hasPrefix("there is no edition 2019") == true)
    }

    @Test("sapa new-edition without --from: every spreadsheet with its header row only")
    func newEditionHeadersOnly() throws {
        let site = try Self.demo()
        defer { site.remove() }
        _ = try EditionScaffold.create(site: site.root, year: 2021, from: nil).get()
        #expect(try site.read("Content/2021/services.csv") == "service,chapter,studied\n")
        #expect(
            try site.read("Content/2021/service-figures/criteria.csv")
                == "service,channel,channel_label_kk,channel_label_ru,criterion,label_kk,label_ru,score,satisfaction,total,source_kk,source_ru\n")
        #expect(try site.read("Content/2021/services-ranking.csv") == "rank,body,service,label_kk,label_ru,score,satisfaction,total\n")
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Content/2021/services").path))
        #expect(SiteBuilder.check(site.options).isSuccess)
    }

    struct Mistake: CustomTestStringConvertible, Sendable {
        var what: String
        var edit: @Sendable (TemporarySite) throws -> Void
        var expected: String
        var testDescription: String { what }
    }

    static let mistakes: [Mistake] = [
        Mistake(
            what: "a folder not named as a year",
            edit: { site in
                try FileManager.default.moveItem(at: site.root.appendingPathComponent("Content/2020"), to: site.root.appendingPathComponent("Content/2020-draft"))
            }, expected: "Content/2020-draft:1:1: error: an edition's folder is named after its year"),
        Mistake(
            what: "edition.yml gives another year",
            edit: { site in
                try site.replace("Content/2020/edition.yml", "year: 2020", "year: 2021")
            }, expected: "Content/2020/edition.yml:3:1: error: `year` is 2021, but the folder is Content/2020"),
        Mistake(
            what: "an unknown service in the year's services",
            edit: { site in
                try site.write("Content/2020/services.csv", try site.read("Content/2020/services.csv") + "no-such-service,71,quantitative\n")
            }, expected: "Content/2020/services.csv:72:1: error: the service «no-such-service» is not in Content/data/services.csv"),
        Mistake(
            what: "a region that did not exist that year",
            edit: { site in
                try site.replace("Content/2020/service-figures/regions.csv", "ambulance-call,aktobe,", "ambulance-call,abai,")
            }, expected: "Content/2020/service-figures/regions.csv:174:16: error: the region «abai» did not exist in 2020: Content/data/regions.csv gives it from 2022"),
        Mistake(
            what: "a figure in a text's header",
            edit: { site in
                try site.replace(EditionTests.ambulance, "service_code: \"L14\"\n", "service_code: \"L14\"\nrespondents: 213\n")
            }, expected: "Content/2020/services/ambulance-call.md:3:1: error: `respondents` does not belong in a text's header: it is written in the edition's service-figures/indicators.csv"),
        Mistake(
            what: "figures for a service without a text",
            edit: { site in
                try FileManager.default.removeItem(at: site.root.appendingPathComponent(EditionTests.ambulance))
            }, expected: "Content/2020/service-figures/indicators.csv:57:1: error: figures for the service `ambulance-call`, which has no text in this edition"),
        Mistake(
            what: "a surveyed service's text without figures",
            edit: { site in
                for kind in ServiceFigures.Kind.allCases {
                    let path = "Content/2020/service-figures/\(kind.fileName)"
                    let kept = try site.read(path).split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("ambulance-call,") }
                    try site.write(path, kept.joined(separator: "\n"))
                }
            }, expected: "Content/2020/services/ambulance-call.md:1:1: error: the service `ambulance-call` has a text but no figures"),
        Mistake(
            what: "the same row twice",
            edit: { site in
                try site.replace("Content/2020/service-figures/indicators.csv", "ambulance-call,213,4.69,82.5,22\n", "ambulance-call,213,4.69,82.5,22\nambulance-call,213,4.69,82.5,22\n")
            }, expected: "Content/2020/service-figures/indicators.csv:58:1: error: this row repeats line 57"),
        Mistake(
            what: "a service text of the layout without editions",
            edit: { site in
                try site.write("Content/services/ambulance-call.md", "---\nid: ambulance-call\n---\n")
            }, expected: "Content/services:1:1: error: this is the layout of a site without editions"),
    ]

    @Test("each mistake in an edition: its place, what to do, exit 1 and Output/ as it was", arguments: mistakes)
    func mistake(_ mistake: Mistake) throws {
        let site = try Self.demo()
        defer { site.remove() }
        try mistake.edit(site)
        let diagnostics = site.build().failureDiagnostics.filter { $0.severity == .error }.map(\.description)
        #expect(diagnostics.contains { $0.hasPrefix(mistake.expected) }, "\(diagnostics)")
        #expect(try site.output("index.html") == "an earlier build")
    }

    @Test("a qualitative chapter's text without figures is a warning, not an error")
    func qualitativeWithoutFigures() throws {
        let site = try Self.demo()
        defer { site.remove() }
        let report = try site.build().get()
        let warnings = report.warnings.filter { $0.path == "Content/2020/services.csv" }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("environmental-information") == true)
    }
}
