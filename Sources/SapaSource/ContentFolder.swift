import Foundation
import SapaModel

/// The site folder on disk: where content, templates and static files are, and the raw
/// reading of them. Nothing here knows what the content means.
public struct SiteFolder: Sendable {
    public var root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    public var content: URL { root.appendingPathComponent("Content") }
    public var templates: URL { root.appendingPathComponent("Templates") }

    /// `Content/…` or `Templates/…`, as diagnostics show it.
    public func displayPath(_ url: URL) -> String {
        let base = root.path.hasSuffix("/") ? root.path : root.path + "/"
        let full = url.standardizedFileURL.path
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }

    /// Regular files under `folder` with one of `extensions` (all when empty), sorted by path
    /// so that every run sees them in the same order.
    public func files(in folder: URL, extensions: Set<String> = []) -> [URL] {
        var result: [(path: String, url: URL)] = []
        collectFiles(in: folder, extensions: extensions, into: &result)
        // Each path made once: `URL.path` makes a new string at every call, and a sort of
        // 10,000 files compares some 280,000 times.
        return result.sorted { $0.path < $1.path }.map(\.url)
    }

    /// Walks `folder` with `readdir`, whose entries say their kind: Foundation's enumerator
    /// asks for each file's properties in a call of its own. As the enumerator did, it skips hidden
    /// names and takes neither symbolic links nor what they point to.
    private func collectFiles(in folder: URL, extensions: Set<String>, into result: inout [(path: String, url: URL)]) {
        let folderPath = folder.path
        guard let directory = opendir(folderPath) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue }
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) {
                // Some file systems do not say; ask without following a link.
                var info = stat()
                guard lstat(folderPath + "/" + name, &info) == 0 else { continue }
                kind = (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : (info.st_mode & S_IFMT) == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
            }
            if kind == Int32(DT_DIR) {
                collectFiles(in: folder.appendingPathComponent(name, isDirectory: true), extensions: extensions, into: &result)
            } else if kind == Int32(DT_REG) {
                let url = folder.appendingPathComponent(name, isDirectory: false)
                if extensions.isEmpty || extensions.contains(url.pathExtension.lowercased()) { result.append((url.path, url)) }
            }
        }
    }

    public func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}
