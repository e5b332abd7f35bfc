import Mustache

/// Escapes text for HTML on Unicode scalars (on UTF-8 bytes, which is the same thing for
/// the ASCII characters that matter). swift-mustache's own escaper compares whole
/// `Character`s, so `"` followed by a combining mark (U+0301) is one Character that is not
/// `"` and passes through, opening an attribute: this one cannot be fooled that way.
public enum HTMLEscaper {
    public static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        // Most texts have nothing to escape: looked for on the bytes in memory, where the
        // string keeps them (nearly always), rather than through the view's iterator.
        let needsEscaping = utf8.withContiguousStorageIfAvailable { bytes in bytes.contains(where: isSpecial) }
            ?? utf8.contains(where: isSpecial)
        guard needsEscaping else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count + 16)
        for byte in utf8 {
            switch byte {
            case 0x26: output.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: output.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: output.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x22: output.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x27: output.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }

    /// `escape(text)`'s bytes appended to `output` (the renderer's buffer), without a
    /// `String` in between.
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                default: continue
                }
                if index > start { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index])) }
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            if bytes.count > start { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count])) }
        }
    }
}

/// The content type every Sapa template renders with (set by a pragma Sapa puts in front of
/// each template), so that `{{value}}` goes through `HTMLEscaper`.
struct ScalarHTMLContentType: MustacheContentType {
    static let name = "SAPA_HTML"
    func escapeText(_ text: String) -> String { HTMLEscaper.escape(text) }
}
