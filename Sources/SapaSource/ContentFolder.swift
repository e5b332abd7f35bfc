import Foundation
import SapaModel

/// The site folder on disk: where content, templates and static files are, and the raw
/// reading of them. Nothing here knows what the content means.
public struct SiteFolder: Sendable {
    public let root: URL
    /// The root's path ending in `/`, the prefix that `displayPath` takes off.
    private let base: String

    public init(root: URL) {
        self.root = root.standardizedFileURL
        base = self.root.path.hasSuffix("/") ? self.root.path : self.root.path + "/"
    }

    public var content: URL { root.appendingPathComponent("Content") }
    public var templates: URL { root.appendingPathComponent("Templates") }

    /// The file system's path of `relative`, a path from the root (`Content/2020/services.csv`).
    public func path(of relative: String) -> String { base + relative }

    /// `Content/…` or `Templates/…`, as diagnostics show it.
    public func displayPath(_ url: URL) -> String {
        // The files of a listing are made from the root and plain names: standardizing their
        // URLs, as a path given from elsewhere needs, took longer than reading a service text.
        let plain = url.path
        if plain.hasPrefix(base) {
            let rest = plain.utf8.dropFirst(base.utf8.count)
            if rest.first != UInt8(ascii: "."), !Self.hasDotOrEmptyComponent(plain) { return String(Substring(rest)) }
        }
        let full = url.standardizedFileURL.path
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }

    /// Whether `path` holds `/.` or `//`, on its bytes (Foundation's substring search took
    /// longer than the rest of naming a file).
    static func hasDotOrEmptyComponent(_ path: String) -> Bool {
        var afterSlash = false
        for byte in path.utf8 {
            if afterSlash, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") { return true }
            afterSlash = byte == UInt8(ascii: "/")
        }
        return false
    }

    /// Regular files under `folder` with one of `extensions` (all when empty), sorted by path
    /// so that every run sees them in the same order.
    public func files(in folder: URL, extensions: Set<String> = []) -> [URL] {
        var paths: [String] = []
        collectFiles(in: folder.path, extensions: extensions, into: &paths)
        return paths.sorted().map { URL(fileURLWithPath: $0, isDirectory: false) }
    }

    /// The same files as paths relative to the root (`Content/2020/services.csv`), without a
    /// URL for each: the preview lists them after every save, and URLs cost more than the
    /// system calls.
    public func relativePaths(in folder: String) -> [String] {
        var paths: [String] = []
        collectFiles(in: path(of: folder), extensions: [], into: &paths)
        return paths.sorted().map { String($0.dropFirst(base.count)) }
    }

    /// Walks `folderPath` with `readdir`, whose entries say their kind: Foundation's enumerator
    /// asks for each file's properties in a call of its own. As the enumerator did, it skips hidden
    /// names and takes neither symbolic links nor what they point to.
    private func collectFiles(in folderPath: String, extensions: Set<String>, into result: inout [String]) {
        guard let directory = opendir(folderPath) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            let path = folderPath.hasSuffix("/") ? folderPath + name : folderPath + "/" + name
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) {
                // Some file systems do not say; ask without following a link.
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                kind = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
            }
            if kind == Int32(DT_DIR) {
                collectFiles(in: path, extensions: extensions, into: &result)
            } else if kind == Int32(DT_REG) {
                if extensions.isEmpty || extensions.contains(Self.fileExtension(name)) { result.append(path) }
            }
        }
    }

    /// As `URL.pathExtension`, lower-cased: what follows the last dot of a name that has one
    /// after its first character.
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    public func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}
