import Foundation
import SapaBuild
import SapaModel
import SapaPreview
import SapaSite
import SapaSource
import Testing

/// `sapa serve --drafts`: the preview shows the latest edition even if it is a draft; without
/// the flag, the latest published one, as a build does.
@Suite struct DraftsTests {
    @Test("a draft edition shows in the preview with --drafts, and not without")
    func draftsInThePreview() throws {
        let manager = FileManager.default
        let site = manager.temporaryDirectory.appendingPathComponent("sapa-drafts-\(UUID().uuidString)")
        defer { try? manager.removeItem(at: site) }
        try manager.createDirectory(at: site, withIntermediateDirectories: true)
        let fixture = PreviewSite.repositoryRoot.appendingPathComponent("Tests/Fixtures/editions-site/Content")
        try manager.copyItem(at: fixture, to: site.appendingPathComponent("Content"))
        try manager.copyItem(at: PreviewSite.repositoryRoot.appendingPathComponent("Templates"), to: site.appendingPathComponent("Templates"))
        let edition = site.appendingPathComponent("Content/2022/edition.yml")
        try String(contentsOf: edition, encoding: .utf8).replacingOccurrences(of: "draft: false", with: "draft: true")
            .write(to: edition, atomically: true, encoding: .utf8)
        func home(drafts: Bool) throws -> String {
            let outcome = PreviewBuild.run(site: site, includeDrafts: drafts, generation: 1, previous: nil)
            let built = try #require(outcome.built)
            let file = try #require(built.files.first { $0.path == "ru/index.html" })
            return String(decoding: file.bytes, as: UTF8.self)
        }
        #expect(try home(drafts: true).contains("<h1>Синтетический тестовый сайт (три выпуска), 2022</h1>"))
        #expect(try home(drafts: false).contains("<h1>Синтетический тестовый сайт (три выпуска), 2021</h1>"))
    }
}
