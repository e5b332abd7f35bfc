import Foundation

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// A throw-away copy of a fixture site (its Content/ plus the repository's own Templates/),
/// so that tests may edit and build it freely.
struct TemporarySite {
    let root: URL

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var fixtures: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures") }

    init(fixture: String = "basic-site") throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("sapa-test-\(UUID().uuidString)")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        try manager.copyItem(at: Self.fixtures.appendingPathComponent("\(fixture)/Content"), to: root.appendingPathComponent("Content"))
        try manager.copyItem(at: Self.repositoryRoot.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
    }

    var output: URL { root.appendingPathComponent("Output") }
    var options: BuildOptions { BuildOptions(site: root) }

    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: root.appendingPathComponent(path))
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func output(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// A fixture edited by a test: a fixture that no longer holds `old` fails that test alone
    /// (thrown), instead of stopping the whole run.
    func replace(_ path: String, _ old: String, _ new: String) throws {
        let text = try read(path)
        guard text.contains(old) else { throw StaleFixture(path: path, missing: old) }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    struct StaleFixture: Error, CustomStringConvertible {
        var path: String
        var missing: String
        var description: String { "\(path) does not contain «\(missing)»: the fixture changed; update the test" }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }

    /// Builds and returns the report, or the diagnostics of a failed build.
    @discardableResult
    func build(baseURL: String? = nil) -> Result<BuildReport, DiagnosticList> {
        var options = options
        options.baseURL = baseURL
        return SiteBuilder.build(options)
    }

    /// Every file under `folder` with its bytes, by relative path.
    static func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [:] }
        for case let url as URL in enumerator {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { files[String(url.standardizedFileURL.path.dropFirst(base.count))] = FileManager.default.contents(atPath: url.path) }
        }
        return files
    }
}

extension Result {
    var failureDiagnostics: [Diagnostic] {
        if case .failure(let error) = self, let list = error as? DiagnosticList { return list.diagnostics }
        return []
    }
    var isSuccess: Bool { if case .success = self { return true } else { return false } }
}
