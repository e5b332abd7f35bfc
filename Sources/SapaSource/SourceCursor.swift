/// Walks the source text alongside the parsed records to recover where each cell began,
/// on its UTF-8 bytes; columns count Unicode scalars, as messages give them.
struct SourceCursor {
    private let bytes: [UInt8]
    private var index = 0
    private(set) var line = 1
    private(set) var column = 1

    /// `firstLine`: the line of the file where `text` starts, when it is a part of it.
    init(text: String, firstLine: Int = 1) {
        bytes = Array(text.utf8)
        line = firstLine
    }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    enum QuotedValue: Equatable {
        case closed
        case unclosed
        case textAfterClosingQuote(line: Int, column: Int)
    }

    static let quote = UInt8(ascii: "\"")
    static let newline = UInt8(ascii: "\n")

    /// At a value's opening quote: moves past its closing quote, where `""` is a quote inside
    /// the value and the closing one is followed by the delimiter, a line end or the end.
    mutating func skipQuotedValue(delimiter: UInt8) -> QuotedValue {
        let openingLine = line
        advance()
        while let byte = peek {
            advance()
            guard byte == Self.quote else { continue }
            if peek == Self.quote {
                advance()
                continue
            }
            if peek == nil || peek == Self.newline || peek == delimiter { return .closed }
            // A "closing" quote lines below, with text after it, is rather the opening quote of
            // a later value: the real mistake is the quote that was opened and never closed.
            return line == openingLine ? .textAfterClosingQuote(line: line, column: column) : .unclosed
        }
        return .unclosed
    }

    /// Past one byte: a line end starts a line; a byte that starts a scalar is a column.
    mutating func advance() {
        guard index < bytes.count else {
            index += 1
            return
        }
        let byte = bytes[index]
        if byte == Self.newline {
            line += 1
            column = 1
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        index += 1
    }

    /// Past an unquoted value as the parser gave it (it holds no line end). Its scalars are
    /// counted on the bytes already here: counting them on the `String` walks it a second time.
    mutating func advance(over value: String) {
        let end = min(index + value.utf8.count, bytes.count)
        var scalars = 0
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        column += scalars
    }
}
