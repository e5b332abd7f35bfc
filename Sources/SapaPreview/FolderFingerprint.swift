import Foundation
import SapaSource

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the preview watches of each source file: enough to see an edit, a save that replaces
/// the file (editors often write a new file and rename it over the old), an addition and a
/// removal. Polling these every ~150 ms costs a few hundred `lstat` calls and works on every
/// file system, including mounted folders where inotify says nothing (`FileEvents` adds
/// inotify where it works, to look at once instead of at the next poll).
public struct FileStamp: Equatable, Sendable {
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var size: Int
    var inode: UInt64
}

/// The stamps of every file under the watched folders, by path relative to the site.
public struct FolderFingerprint: Equatable, Sendable {
    public private(set) var stamps: [String: FileStamp] = [:]

    /// The folders of a site that its build reads.
    public static let watchedFolders = ["Content", "Templates"]

    /// Scans `folders` (`Content`, `Templates`) under `root`. Hidden files and folders are left
    /// out, as the build leaves them out: editors keep their swap files there.
    public static func scan(root: URL, folders: [String] = watchedFolders) -> FolderFingerprint {
        var fingerprint = FolderFingerprint()
        // The build's own walker, so that the preview watches exactly the files a build reads.
        let site = SiteFolder(root: root)
        for folder in folders {
            for path in site.relativePaths(in: folder) {
                var info = stat()
                guard lstat(site.path(of: path), &info) == 0 else { continue }
                #if canImport(Darwin)
                    let modified = info.st_mtimespec
                #else
                    let modified = info.st_mtim
                #endif
                fingerprint.stamps[path] = FileStamp(
                    modifiedSeconds: Int(modified.tv_sec), modifiedNanoseconds: Int(modified.tv_nsec),
                    size: Int(info.st_size), inode: UInt64(info.st_ino))
            }
        }
        return fingerprint
    }

    /// Files added, removed or changed since `earlier`, sorted.
    public func changes(since earlier: FolderFingerprint) -> [String] {
        var changed = stamps.filter { earlier.stamps[$0.key] != $0.value }.map(\.key)
        changed += earlier.stamps.keys.filter { stamps[$0] == nil }
        return changed.sorted()
    }
}

/// The bytes of the sources as they were when the last build started. A save that changed
/// nothing (`touch`, an editor writing the same text again, a checkout of the same version)
/// moves the stamps but not the bytes, and needs no rebuild: the build reads bytes only, and
/// the same bytes give the same site.
public struct SourceContents: Sendable {
    public private(set) var bytes: [String: [UInt8]] = [:]

    public init() {}

    /// Reads every file the fingerprint lists.
    public init(root: URL, fingerprint: FolderFingerprint) {
        for path in fingerprint.stamps.keys {
            bytes[path] = Self.read(root, path)
        }
    }

    /// Takes in the files `changed` (added, removed or edited) and tells which of them now
    /// differ from what the last build read: a file saved unchanged alongside an edited one
    /// must not turn a partial rebuild into a whole one.
    public mutating func takeIn(_ changed: [String], root: URL) -> [String] {
        var differing: [String] = []
        for path in changed {
            let current = Self.read(root, path)
            if current != bytes[path] { differing.append(path) }
            bytes[path] = current
        }
        return differing
    }

    static func read(_ root: URL, _ path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: root.appendingPathComponent(path).path).map { [UInt8]($0) }
    }
}
