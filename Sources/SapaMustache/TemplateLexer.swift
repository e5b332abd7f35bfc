/// Splits a template's UTF-8 text into text, line ends and tags, following the Mustache
/// specification: `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`, `{{^name}}`,
/// `{{/name}}`, `{{!comment}}`, `{{>partial}}`, `{{<parent}}`, `{{$block}}` and
/// `{{=<% %>=}}`, which changes the delimiters from there on. Every tag keeps its line and
/// column for error messages.
struct TemplateLexer {
    enum Piece {
        /// Text without a line end.
        case text(Range<Int>)
        /// `\n` or `\r\n`.
        case newline(Range<Int>)
        case tag(Tag)
    }

    enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, comment, partial, parent, block, delimiters

        /// Whether a tag of this kind, alone on its line, takes the line with it.
        var canStandAlone: Bool {
            switch self {
            case .variable, .unescaped: false
            default: true
            }
        }
    }

    struct Tag {
        var kind: Kind
        var name: String
        var site: TagSite
    }

    let template: String
    let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var open: [UInt8] = Array("{{".utf8)
    private var close: [UInt8] = Array("}}".utf8)
    private(set) var pieces: [Piece] = []

    init(template: String, bytes: [UInt8]) {
        self.template = template
        self.bytes = bytes
    }

    static func pieces(of bytes: [UInt8], template: String) throws(TemplateError) -> [Piece] {
        var lexer = TemplateLexer(template: template, bytes: bytes)
        try lexer.run()
        return lexer.pieces
    }

    private mutating func run() throws(TemplateError) {
        var textStart = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) {
                if index > textStart { pieces.append(.text(textStart..<index)) }
                let end = index + (bytes[index] == 0x0D ? 2 : 1)
                pieces.append(.newline(index..<end))
                index = end
                line += 1
                lineStart = index
                textStart = index
            } else if matches(open, at: index) {
                if index > textStart { pieces.append(.text(textStart..<index)) }
                try readTag()
                textStart = index
            } else {
                index += 1
            }
        }
        if index > textStart { pieces.append(.text(textStart..<index)) }
    }

    private func matches(_ delimiter: [UInt8], at position: Int) -> Bool {
        guard position + delimiter.count <= bytes.count else { return false }
        for offset in 0..<delimiter.count where bytes[position + offset] != delimiter[offset] { return false }
        return true
    }

    private func find(_ delimiter: [UInt8], from position: Int) -> Int? {
        var position = position
        while position + delimiter.count <= bytes.count {
            if matches(delimiter, at: position) { return position }
            position += 1
        }
        return nil
    }

    private func column(of position: Int) -> Int {
        // Unicode scalars: every byte that does not continue a UTF-8 sequence.
        var count = 1
        for byte in bytes[lineStart..<position] where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    private mutating func readTag() throws(TemplateError) {
        let site = TagSite(template: template, line: line, column: column(of: index))
        let contentStart = index + open.count
        let sigil = contentStart < bytes.count ? bytes[contentStart] : 0
        let kind: Kind
        var bodyStart = contentStart + 1
        var closing = close
        switch sigil {
        case UInt8(ascii: "{"):
            kind = .unescaped
            closing = [UInt8(ascii: "}")] + close
        case UInt8(ascii: "&"): kind = .unescaped
        case UInt8(ascii: "#"): kind = .section
        case UInt8(ascii: "^"): kind = .inverted
        case UInt8(ascii: "/"): kind = .close
        case UInt8(ascii: "!"): kind = .comment
        case UInt8(ascii: ">"): kind = .partial
        case UInt8(ascii: "<"): kind = .parent
        case UInt8(ascii: "$"): kind = .block
        case UInt8(ascii: "="):
            kind = .delimiters
            closing = [UInt8(ascii: "=")] + close
        default:
            kind = .variable
            bodyStart = contentStart
        }
        guard let end = find(closing, from: bodyStart) else {
            throw TemplateError(
                template: template, line: site.line, column: site.column,
                .unclosedTag(opening: String(decoding: open, as: UTF8.self), closing: String(decoding: closing, as: UTF8.self)))
        }
        let body = String(decoding: bytes[bodyStart..<end], as: UTF8.self)
        let name = body.trimmingWhitespace
        // Lines inside a tag (a comment may span several) still count.
        for position in index..<end + closing.count where bytes[position] == 0x0A {
            line += 1
            lineStart = position + 1
        }
        index = end + closing.count
        switch kind {
        case .comment:
            break
        case .delimiters:
            let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
            guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                throw TemplateError(
                    template: template, line: site.line, column: site.column,
                    .badDelimiters)
            }
            open = Array(parts[0].utf8)
            close = Array(parts[1].utf8)
        default:
            guard !name.isEmpty else {
                throw TemplateError(
                    template: template, line: site.line, column: site.column,
                    .emptyTag)
            }
        }
        pieces.append(.tag(Tag(kind: kind, name: name, site: site)))
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
