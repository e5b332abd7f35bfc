import Foundation

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
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var result: [(path: String, url: URL)] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            if extensions.isEmpty || extensions.contains(url.pathExtension.lowercased()) { result.append((url.path, url)) }
        }
        // Each path made once: `URL.path` makes a new string at every call, and a sort of
        // 10,000 files compares some 280,000 times.
        return result.sorted { $0.path < $1.path }.map(\.url)
    }

    public func exists(_ url: URL) -> Bool { FileManager.default.fileExists(atPath: url.path) }
}
