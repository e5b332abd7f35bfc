import Foundation

// How the templates are specialized per language before pages are rendered with them
// (`TemplateSet.specialized(for:)`): text rewrites that leave the output the same and save
// swift-mustache lookups, each of which costs several runtime type checks.

/// Writes interface strings into template text: `{{t.key}}` becomes the escaped text,
/// `{{{t.key}}}` and `{{&t.key}}` the text as it is. Left as a tag, and looked up as before:
/// a key the catalogue lacks, a text that is empty or blank (a line could then turn
/// standalone and lose its whitespace), or one holding a newline (line numbers) or `{{`/`}}`.
/// A template that changes its delimiters or content type is left whole. `t` can be folded
/// because nothing but the page's root has a field of that name.
enum InterfaceStringFolding {
    static func fold(_ text: String, texts: [String: String]) -> String {
        if text.contains("{{=") || text.contains("{{%") { return text }
        // On the UTF-8 bytes: a template is parsed once per language, and this runs before.
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard bytes[index] == open, index + 1 < bytes.count, bytes[index + 1] == open else {
                result.append(bytes[index])
                index += 1
                continue
            }
            let triple = index + 2 < bytes.count && bytes[index + 2] == open
            let unescaped = triple || (index + 2 < bytes.count && bytes[index + 2] == UInt8(ascii: "&"))
            let bodyStart = index + (unescaped ? 3 : 2)
            let closeCount = triple ? 3 : 2
            // The tag's end: the first run of closing braces long enough.
            var end = bodyStart
            while end + closeCount <= bytes.count, !bytes[end..<end + closeCount].allSatisfy({ $0 == close }) { end += 1 }
            guard end + closeCount <= bytes.count else { break }
            let body = bytes[bodyStart..<end].drop { $0 == UInt8(ascii: " ") }
            let name = body.starts(with: "t.".utf8) ? String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespaces) : ""
            if name.hasPrefix("t."), let value = texts[String(name.dropFirst(2))], canFold(value) {
                result += (unescaped ? value : HTMLEscaper.escape(value)).utf8
            } else {
                result += bytes[index..<end + closeCount]
            }
            index = end + closeCount
        }
        result += bytes[min(index, bytes.count)...]
        return String(decoding: result, as: UTF8.self)
    }

    static func canFold(_ value: String) -> Bool {
        !value.allSatisfy(\.isWhitespace) && !value.contains("\n") && !value.contains("\r")
            && !value.contains("{{") && !value.contains("}}")
    }
}

/// Writes a partial's text in place of its call where that renders the same; each call costs
/// swift-mustache a template lookup and two new contexts, and a results table calls one for
/// every row. Only a partial of one line that starts with text and has no partial, parent,
/// block, pragma or delimiter change of its own (a tag alone on its line is "standalone" and
/// loses the line when the partial is parsed alone, but not once written into another line),
/// and only a call that shares its line with other text (so that it is not standalone
/// either).
enum PartialInlining {
    static func canInline(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first != "{", !first.properties.isWhitespace else { return false }
        return !text.contains("\n") && !text.contains("\r")
            && !["{{>", "{{<", "{{$", "{{=", "{{%"].contains { text.contains($0) }
    }

    static func inline(_ text: String, partials: [String: String]) -> String {
        guard !partials.isEmpty, text.contains("{{>"), !text.contains("{{=") else { return text }
        var lines: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.contains("{{>") else { lines.append(String(line)); continue }
            var result = ""
            var rest = line[...]
            while let open = rest.range(of: "{{>") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                result += rest[..<open.lowerBound]
                let call = rest[open.lowerBound..<close.upperBound]
                if let partial = partials[name], hasOtherText(line, besides: call) {
                    result += partial
                } else {
                    result += call
                }
                rest = rest[close.upperBound...]
            }
            result += rest
            lines.append(result)
        }
        return lines.joined(separator: "\n")
    }

    /// Whether `line` holds text, outside any tag, other than the `call`.
    static func hasOtherText(_ line: Substring, besides call: Substring) -> Bool {
        var outside = ""
        var rest = line[...]
        while let open = rest.range(of: "{{") {
            outside += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { return true }
            rest = rest[close.upperBound...]
        }
        outside += rest
        return !outside.allSatisfy(\.isWhitespace)
    }
}
