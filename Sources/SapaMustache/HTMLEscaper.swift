/// Escapes text for HTML on Unicode scalars (on UTF-8 bytes, which is the same thing for the
/// ASCII characters that matter). An escaper that compared whole `Character`s would let `"`
/// followed by a combining mark (U+0301) through, since that pair is one Character that is not
/// `"`, and so open an attribute: this one cannot be fooled that way.
public enum HTMLEscaper {
    public static func escape(_ text: String) -> String {
        var text = text
        let needsEscaping = text.withUTF8 { bytes in bytes.contains(where: isSpecial) }
        guard needsEscaping else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// `escape(text)`'s bytes appended to `output` (the renderer's buffer), without a `String`
    /// in between.
    public static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in append(bytes, to: &output) }
    }

    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
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

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27
    }
}
