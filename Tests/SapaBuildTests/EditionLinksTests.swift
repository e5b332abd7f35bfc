import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite

/// An edition's pages link only to pages the edition has, and what an older edition lacks in
/// a language is said as for the latest.
@Suite struct EditionLinksTests {
    /// Every `href` of every built page that stays on the site names a file that was written.
    static func brokenLinks(in output: URL) throws -> [String] {
        var broken: Set<String> = []
        let files = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)!
        for case let url as URL in files where url.pathExtension == "html" {
            let html = try String(contentsOf: url, encoding: .utf8)
            for match in html.matches(of: /href="(\/[^"#?]*)"/) {
                let path = String(match.1)
                let file = output.appendingPathComponent(path.hasSuffix("/") ? path + "index.html" : path)
                if !FileManager.default.fileExists(atPath: file.path) { broken.insert(path) }
            }
        }
        return broken.sorted()
    }

    @Test func anEditionLinksNoServicePageItDoesNotHave() throws {
        // basic-site's 2020 ranking lists free-medicines, which has no text in 2020: its
        // unprefixed page exists, its 2020 page does not, and nothing links there.
        let site = try TemporarySite()
        defer { site.remove() }
        #expect(site.build().isSuccess)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("kk/services/free-medicines/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("kk/2020/services/free-medicines/index.html").path))
        #expect(try Self.brokenLinks(in: site.output) == [])
        #expect(try site.output("kk/2020/services/index.html").contains("Дәрілік заттарды беру"))
    }

    @Test func whatAnOlderEditionLacksInRussianIsSaid() throws {
        let site = try TemporarySite(fixture: "editions-site")
        defer { site.remove() }
        try site.replace("Content/2020/tables.yml", "  title_ru: \"Рейтинг услуг (синтетический), 2020\"\n", "")
        let warnings = try SiteBuilder.check(site.options).get().warnings.map(\.description)
        #expect(warnings.contains { $0.hasPrefix("Content/2020/tables.yml:1:1: warning: the table `services-ranking` has no title_ru") })
    }
}
