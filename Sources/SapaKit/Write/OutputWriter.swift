import Foundation

/// A file of the finished site.
public struct OutputFile: Sendable {
    public var path: String
    public var bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) { self.path = path; self.bytes = bytes }
    public init(path: String, text: String) { self.init(path: path, bytes: Array(text.utf8)) }
}

/// Writes the site into a staging folder beside the output folder, then swaps it in whole:
/// readers and a failed build never see a half-written site, and the previous output stays
/// exactly as it was until the new one is complete.
public struct OutputWriter {
    public let output: URL
    public let site: SiteFolder

    public init(output: URL, site: SiteFolder) {
        self.output = output.standardizedFileURL
        self.site = site
    }

    /// Refuses an output folder that would overwrite the sources.
    public func checkLocation() -> Diagnostic? {
        let target = output.resolvingSymlinksInPath().path
        let protected = [site.root, site.content, site.templates].map { $0.resolvingSymlinksInPath().path }
        for path in protected where target == path || path.hasPrefix(target.hasSuffix("/") ? target : target + "/") {
            return Diagnostic(path: output.path, "refusing to write the site into \(output.path): it is or contains the site's sources (\(path)); choose another --output folder, like Output")
        }
        if target == "/" || target == FileManager.default.homeDirectoryForCurrentUser.path {
            return Diagnostic(path: output.path, "refusing to write the site into \(output.path); choose a folder of its own, like Output")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return Diagnostic(path: output.path, "\(output.path) is a file, not a folder; remove it or choose another --output")
        }
        return nil
    }

    var parent: URL { output.deletingLastPathComponent() }
    var stagingPrefix: String { ".\(output.lastPathComponent).sapa-" }

    /// Writes `files` and swaps them in. Throws (leaving the old output untouched) on any failure.
    public func write(_ files: [OutputFile]) throws {
        if let problem = checkLocation() { throw DiagnosticList([problem]) }
        let manager = FileManager.default
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent(stagingPrefix + "staging-" + token)
        let retired = parent.appendingPathComponent(stagingPrefix + "old-" + token)
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            var created: Set<String> = [staging.path]
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                let folder = url.deletingLastPathComponent()
                if !created.contains(folder.path) {
                    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                    created.insert(folder.path)
                }
                try Data(file.bytes).write(to: url)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw DiagnosticList([Diagnostic(path: output.path, "cannot write the site: \(error.localizedDescription); the previous output is unchanged")])
        }
        // Two renames: the old tree moves aside, the new one takes its name.
        let hadOutput = manager.fileExists(atPath: output.path)
        if hadOutput {
            guard rename(output.path, retired.path) == 0 else {
                try? manager.removeItem(at: staging)
                throw DiagnosticList([Diagnostic(path: output.path, "cannot replace \(output.path) (\(String(cString: strerror(errno)))); the previous output is unchanged")])
            }
        }
        guard rename(staging.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(retired.path, output.path) }
            try? manager.removeItem(at: staging)
            throw DiagnosticList([Diagnostic(path: output.path, "cannot move the new site into place (\(reason)); the previous output is unchanged")])
        }
        if hadOutput { try? manager.removeItem(at: retired) }
        removeLeftovers()
    }

    /// Staging folders left by an interrupted build (only ours, by their name).
    func removeLeftovers() {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(stagingPrefix) {
            try? manager.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
