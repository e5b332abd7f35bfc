import Foundation
import SapaModel
import SapaSite
import SapaSource
import Synchronization

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
            return Diagnostic(path: output.path, ToolMessage(BuildMessage.outputHoldsSources, ["output": output.path, "sources": path]))
        }
        if target == "/" || target == FileManager.default.homeDirectoryForCurrentUser.path {
            return Diagnostic(path: output.path, ToolMessage(BuildMessage.outputTooWide, ["output": output.path]))
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            return Diagnostic(path: output.path, ToolMessage(BuildMessage.outputIsFile, ["output": output.path]))
        }
        return nil
    }

    var parent: URL { output.deletingLastPathComponent() }
    var stagingPrefix: String { ".\(output.lastPathComponent).sapa-" }

    /// A staging folder being filled: files can be written into it from any thread, each
    /// with one `open`/`write`/`close`, each folder created once.
    public final class Staging: Sendable {
        public let folder: URL
        let retired: URL
        /// The folders made so far, relative; "" is the staging folder itself.
        private let created = Mutex<Set<String>>([""])

        init(folder: URL, retired: URL) {
            self.folder = folder
            self.retired = retired
        }

        /// Writes `bytes` at `path` (relative, `/`-separated) below the staging folder.
        public func write(_ path: String, _ bytes: [UInt8]) throws {
            let slash = path.lastIndex(of: "/")
            if let slash {
                try makeFolder(String(path[..<slash]))
            }
            let full = folder.path + "/" + path
            let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            defer { close(descriptor) }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBytes { buffer in
                    Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }

        /// Creates `relative` and its parents once (the staging folder itself exists).
        func makeFolder(_ relative: String) throws {
            let root = folder.path
            try created.withLock { created in
                // The folder and those of its parents not made yet, innermost first.
                var missing: [String] = []
                var current = relative
                while !created.contains(current) {
                    missing.append(current)
                    guard let slash = current.lastIndex(of: "/") else { break }
                    current = String(current[..<slash])
                }
                for path in missing.reversed() {
                    if mkdir(root + "/" + path, 0o777) != 0 && errno != EEXIST {
                        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                    }
                    created.insert(path)
                }
            }
        }
    }

    /// A new, empty staging folder beside the output folder.
    public func stage() throws -> Staging {
        if let problem = checkLocation() { throw DiagnosticList([problem]) }
        let manager = FileManager.default
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent(stagingPrefix + "staging-" + token)
        let retired = parent.appendingPathComponent(stagingPrefix + "old-" + token)
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticList([Diagnostic(path: output.path, ToolMessage(BuildMessage.cannotWrite, ["detail": error.localizedDescription]))])
        }
        return Staging(folder: staging, retired: retired)
    }

    /// Removes a staging folder that will not be used (a failed build).
    public func abandon(_ staging: Staging) {
        try? FileManager.default.removeItem(at: staging.folder)
    }

    /// Swaps a complete staging folder in as the output folder.
    public func commit(_ staging: Staging) throws {
        let manager = FileManager.default
        let retired = staging.retired
        // Two renames: the old tree moves aside, the new one takes its name.
        let hadOutput = manager.fileExists(atPath: output.path)
        if hadOutput {
            guard rename(output.path, retired.path) == 0 else {
                abandon(staging)
                throw DiagnosticList([Diagnostic(path: output.path, ToolMessage(BuildMessage.cannotReplace, ["output": output.path, "reason": String(cString: strerror(errno))]))])
            }
        }
        guard rename(staging.folder.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(retired.path, output.path) }
            abandon(staging)
            throw DiagnosticList([Diagnostic(path: output.path, ToolMessage(BuildMessage.cannotMove, ["reason": reason]))])
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
