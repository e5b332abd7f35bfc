import Foundation

/// Turns the path of a request into the site-relative name of a file of the built site, or
/// refuses it. Pure and strict on purpose: the preview serves the files of one build and
/// nothing else, so any path that could name something outside it (`..`, encoded dots or
/// slashes, backslashes, NUL bytes) is refused rather than normalised.
public enum RequestPath {
    /// What a request path names.
    public enum Target: Equatable, Sendable {
        /// A path inside the site, relative to its root, percent-decoded once: `""` for the
        /// root, `kk/` for a folder, `assets/site.css` for a file.
        case site(String)
        /// The preview's own endpoints (`/_sapa/…`): the reload script and the event stream.
        case preview(String)
        /// A path that is refused or lies outside the site's base path: answered with 404.
        case refused
    }

    /// Where the preview's own endpoints live; a name the generator never writes.
    public static let previewPrefix = "/_sapa/"

    /// Sequences refused in the raw path, before decoding: an encoded dot, slash, backslash
    /// or NUL is only ever sent to sneak past a check made on the decoded path.
    static let refusedEncodings = ["%2e", "%2f", "%5c", "%00"]

    /// - Parameters:
    ///   - rawPath: the path as the client sent it, without the query.
    ///   - basePath: the path the site is published under, `/` or `/sub/path/`.
    public static func resolve(_ rawPath: String, basePath: String = "/") -> Target {
        guard rawPath.hasPrefix("/") else { return .refused }
        let lowered = rawPath.lowercased()
        if refusedEncodings.contains(where: { lowered.contains($0) }) { return .refused }
        if rawPath.contains("\\") || rawPath.contains("\0") { return .refused }
        guard let decoded = percentDecoded(rawPath) else { return .refused }
        if decoded.contains("\\") || decoded.contains("\0") { return .refused }
        // `//` would let `a//b` and `a/b` name one file twice; `.` and `..` are never needed.
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            if segment == "." || segment == ".." { return .refused }
            if segment.isEmpty && index != segments.count - 1 { return .refused }
        }
        if decoded.hasPrefix(previewPrefix) { return .preview(String(decoded.dropFirst(previewPrefix.count))) }
        let base = basePath.hasSuffix("/") ? basePath : basePath + "/"
        guard decoded.hasPrefix(base) else {
            // `/sub/path` without its slash still names the site's root.
            return decoded + "/" == base ? .site("") : .refused
        }
        return .site(String(decoded.dropFirst(base.count)))
    }

    /// Decodes `%XX` sequences once, as UTF-8; nil for a malformed sequence or invalid UTF-8.
    static func percentDecoded(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(bytes: bytes, encoding: .utf8)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
