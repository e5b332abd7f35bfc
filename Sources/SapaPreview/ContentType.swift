import Hummingbird

/// The `Content-Type` of a file of the built site: Hummingbird's media type for its extension,
/// with `charset=utf-8` on text, which is what the generator writes, so that Kazakh and Russian
/// never show as mojibake.
public enum ContentType {
    public static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."),
            let type = MediaType.getMediaType(forExtension: name[name.index(after: dot)...].lowercased())
        else {
            return "application/octet-stream"
        }
        let text = type.description
        return text.hasPrefix("text/") || text == "application/xml" ? text + "; charset=utf-8" : text
    }

    /// Pages that get the preview's reload script.
    public static func isHTML(_ path: String) -> Bool {
        forPath(path).hasPrefix("text/html")
    }
}
