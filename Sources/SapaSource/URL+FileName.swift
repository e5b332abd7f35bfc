import Foundation

extension URL {
    /// The file's name without its extension (`service-00001` of `…/service-00001.md`), from
    /// the path's text: `deletingPathExtension()` builds a new URL, for every service text of
    /// every edition.
    var fileStem: String {
        let name = lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Whether the file is directly in the folder at `folder` (a standardized path). A file
    /// listed from a standardized root is told by its path's text; any other by its
    /// standardized parent.
    func isDirectly(in folder: String) -> Bool {
        if path == folder + "/" + lastPathComponent { return true }
        return deletingLastPathComponent().standardizedFileURL.path == folder
    }
}
