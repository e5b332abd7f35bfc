import Foundation
import SapaMustache
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// Every page of the fixture sites, in every language, rendered by Sapa's engine (with the
/// language's interface strings written in) and by swift-mustache (with the templates as
/// written): the same bytes.
@Suite struct MustacheOracleTests {
    @Test(arguments: ["basic-site", "contest-basic", "demo-contest"])
    func everyPageMatchesSwiftMustache(_ fixture: String) throws {
        let site =
            switch fixture {
            case "basic-site": try TemporarySite()
            case "demo-contest": try TemporarySite.demoContest()
            default: try TemporarySite.contest(fixture)
            }
        defer { site.remove() }
        let checked = try SiteBuilder.check(site.options).get()
        let oracle = try MustacheOracle(templates: checked.templates.sources.mapValues { source in source.text })
        var compared = 0
        // Every page the build makes: the unprefixed ones and each edition's, every language.
        for (_, make) in SiteBuilder.pageMakers(checked) {
            guard let spec = make() else { continue }
            let ours = try checked.templates.render(spec.template, spec.object, language: spec.language).get()
            let theirs = try #require(oracle.render(spec.template, spec.object))
            if ours != theirs {
                let common = zip(ours.utf8, theirs.utf8).prefix { $0 == $1 }.count
                let a = String(decoding: Array(ours.utf8.dropFirst(max(0, common - 80)).prefix(240)), as: UTF8.self)
                let b = String(decoding: Array(theirs.utf8.dropFirst(max(0, common - 80)).prefix(240)), as: UTF8.self)
                Issue.record("\(spec.outputPath) differs at byte \(common): ours «\(a)» theirs «\(b)»")
            }
            compared += 1
        }
        #expect(compared > (fixture == "basic-site" ? 50 : 70))
    }
}
