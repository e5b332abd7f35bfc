// libFuzzer target: the whole way from content to pages. A copy of the test fixture site
// (with the contest fixture's years) is kept in a scratch folder; each input replaces one of its files (the first byte picks which,
// the rest is the file) and the content is loaded, validated and modelled, and when it is
// valid, viewed and rendered in memory with the fixture's templates.
// Any content must give pages or diagnostics, never a crash; and with raw HTML not allowed,
// no page may carry a script the templates did not put there.
import Foundation

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// The files an input may replace, as site paths.
let replaceable = [
    "Content/2020/services-ranking.csv", "Content/2020/regions-ranking.csv", "Content/2020/dynamics.csv",
    "Content/data/services.csv", "Content/data/bodies.csv", "Content/data/regions.csv", "Content/2020/tables.yml",
    "Content/site.yml", "Content/2020/services/consular-registration.md", "Content/2020/services/payment-register.md",
    "Content/pages/methodology.kk.md", "Content/contest/2025/winners.csv", "Content/contest/2025/contest.yml",
    "Content/2020/edition.yml", "Content/2020/services.csv", "Content/2020/service-figures/indicators.csv",
    "Content/2020/service-figures/criteria.csv",
]

/// The scratch copy of the fixture, made once per process (in memory-backed /dev/shm when there is one).
let scratchSite: URL = {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    let shared = URL(fileURLWithPath: "/dev/shm")
    let base = FileManager.default.fileExists(atPath: shared.path) ? shared : FileManager.default.temporaryDirectory
    let root = base.appendingPathComponent("sapa-fuzz-\(ProcessInfo.processInfo.processIdentifier)")
    try? FileManager.default.removeItem(at: root)
    try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try! FileManager.default.copyItem(
        at: repository.appendingPathComponent("Tests/Fixtures/basic-site/Content"),
        to: root.appendingPathComponent("Content"))
    try! FileManager.default.copyItem(at: repository.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
    // The contest fixture's years and photo, laid over the basic site as the contest tests do.
    let contest = repository.appendingPathComponent("Tests/Fixtures/contest-basic/Content")
    for folder in ["contest", "static/contest"] {
        try! FileManager.default.copyItem(at: contest.appendingPathComponent(folder), to: root.appendingPathComponent("Content/\(folder)"))
    }
    atexit { try? FileManager.default.removeItem(at: URL(fileURLWithPath: "/dev/shm/sapa-fuzz-\(getpid())")) }
    return root
}()

/// The fixture's templates and interface strings, loaded as a build loads them.
let presentation: (templates: TemplateSet, strings: [Language: InterfaceStrings]) = {
    let checked = try! SiteBuilder.check(BuildOptions(site: scratchSite)).get()
    return (checked.templates, checked.strings)
}()

let originals: [Data] = replaceable.map { FileManager.default.contents(atPath: scratchSite.appendingPathComponent($0).path)! }

/// The templates' scripts load from the assets (`src`), or are JSON-LD data with no `<` in
/// it; any other `<script` came from the content.
func checkScripts(_ html: String, path: String) {
    var rest = html[...]
    while let start = rest.range(of: "<script") {
        let tagEnd = rest[start.upperBound...].firstIndex(of: ">") ?? rest.endIndex
        let tag = rest[start.upperBound..<tagEnd]
        let body = rest[tagEnd...].range(of: "</script>").map { rest[tagEnd..<$0.lowerBound].dropFirst() } ?? rest[tagEnd...]
        let fromAssets = tag.contains(" src=\"") && body.isEmpty
        let data = tag.contains("type=\"application/ld+json\"") && !body.contains("<")
        precondition(fromAssets || data, "\(path) carries a script the templates did not write: <script\(tag)>\(body.prefix(80))")
        rest = rest[tagEnd...]
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContentToModel(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count >= 1 else { return 0 }
    let choice = Int(start[0]) % replaceable.count
    let url = scratchSite.appendingPathComponent(replaceable[choice])
    try! Data(bytes: start + 1, count: count - 1).write(to: url)
    defer { try! originals[choice].write(to: url) }

    switch ModelBuilder.build(SiteFolder(root: scratchSite)) {
    case .failure(let list):
        precondition(!list.errors.isEmpty, "a failed check without an error")
        for diagnostic in list.diagnostics { precondition(diagnostic.line >= 1 && diagnostic.column >= 1 && !diagnostic.path.isEmpty) }
    case .success(let model):
        // Only the content changes: the templates and strings are the fixture's, read once.
        guard model.config.languages.allSatisfy(presentation.strings.keys.contains) else { break }
        let checked = SiteBuilder.Checked(model: model, templates: presentation.templates, strings: presentation.strings, warnings: [])
        switch SiteBuilder.render(checked) {
        case .failure(let list):
            precondition(!list.errors.isEmpty, "a failed render without an error")
        case .success(let files):
            guard !checked.model.config.allowRawHTML else { break }
            for file in files where file.path.hasSuffix(".html") {
                checkScripts(String(decoding: file.bytes, as: UTF8.self), path: file.path)
            }
        }
    }
    return 0
}
