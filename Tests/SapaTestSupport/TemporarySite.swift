import Foundation
import SapaBuild
import SapaModel

/// A throw-away copy of a fixture site (its Content/ plus the repository's own Templates/),
/// so that tests may edit and build it freely.
public struct TemporarySite {
    public let root: URL

    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    public static var fixtures: URL { repositoryRoot.appendingPathComponent("Tests/Fixtures") }

    public init(fixture: String = "basic-site") throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("sapa-test-\(UUID().uuidString)")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        try manager.copyItem(at: Self.fixtures.appendingPathComponent("\(fixture)/Content"), to: root.appendingPathComponent("Content"))
        try manager.copyItem(at: Self.repositoryRoot.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
    }

    public var output: URL { root.appendingPathComponent("Output") }
    public var options: BuildOptions { BuildOptions(site: root) }

    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: root.appendingPathComponent(path))
    }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    public func output(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// A fixture edited by a test: a fixture that no longer holds `old` fails that test alone
    /// (thrown), instead of stopping the whole run.
    public func replace(_ path: String, _ old: String, _ new: String) throws {
        let text = try read(path)
        guard text.contains(old) else { throw StaleFixture(path: path, missing: old) }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    public struct StaleFixture: Error, CustomStringConvertible {
        public var path: String
        public var missing: String
        public var description: String { "\(path) does not contain «\(missing)»: the fixture changed; update the test" }
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }

    /// Builds and returns the report, or the diagnostics of a failed build.
    @discardableResult
    public func build(baseURL: String? = nil) -> Result<BuildReport, DiagnosticList> {
        var options = options
        options.baseURL = baseURL
        return SiteBuilder.build(options)
    }

    /// Every file under `folder` with its bytes, by relative path.
    public static func snapshot(_ folder: URL) -> [String: Data] {
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
    public var failureDiagnostics: [Diagnostic] {
        if case .failure(let error) = self, let list = error as? DiagnosticList { return list.diagnostics }
        return []
    }
    public var isSuccess: Bool { if case .success = self { return true } else { return false } }
}

extension TemporarySite {
    /// A copy of the repository's own site: the demo content (the 2020 report) and templates.
    public init(copyOfRepositorySite: Void) throws {
        let manager = FileManager.default
        root = manager.temporaryDirectory.appendingPathComponent("sapa-test-\(UUID().uuidString)")
        try manager.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Templates"] {
            try manager.copyItem(at: Self.repositoryRoot.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
    }
}

extension TemporarySite {
    /// basic-site with the files of `overlay` (a folder holding `Content/…`) laid over it.
    public static func contest(_ overlay: String = "contest-basic") throws -> TemporarySite {
        let site = try TemporarySite()
        try site.lay(fixtures.appendingPathComponent("\(overlay)/Content"), over: "Content")
        return site
    }

    /// basic-site with the repository's demo contest and its registry of the 20 regions.
    public static func demoContest() throws -> TemporarySite {
        let site = try TemporarySite()
        try site.lay(repositoryRoot.appendingPathComponent("Content/contest"), over: "Content/contest")
        try site.lay(repositoryRoot.appendingPathComponent("Content/data/regions.csv"), over: "Content/data/regions.csv")
        return site
    }

    /// Copies a file, or every file under a folder, to `path`, replacing what is there.
    public func lay(_ source: URL, over path: String) throws {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        _ = manager.fileExists(atPath: source.path, isDirectory: &isFolder)
        let files =
            isFolder.boolValue
            ? (manager.enumerator(at: source, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            : [source]
        for file in files {
            var isDirectory: ObjCBool = false
            _ = manager.fileExists(atPath: file.path, isDirectory: &isDirectory)
            guard !isDirectory.boolValue else { continue }
            let relative = isFolder.boolValue ? String(file.standardizedFileURL.path.dropFirst(source.standardizedFileURL.path.count)) : ""
            let target = root.appendingPathComponent(path + relative)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            try manager.copyItem(at: file, to: target)
        }
    }
}
