/// Walks the source text of a CSV row alongside its parsed values to recover where each
/// value begins, on its UTF-8 bytes; columns count Unicode scalars, as messages give them.
/// The bytes are borrowed: a cursor lives inside the `withUTF8` of the text it walks.
struct SourceCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private(set) var index: Int
    private(set) var line: Int
    private(set) var column = 1

    /// At byte `offset` of `bytes`, which is at the start of `line`.
    init(bytes: UnsafeBufferPointer<UInt8>, offset: Int = 0, line: Int = 1) {
        self.bytes = bytes
        index = offset
        self.line = line
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

    /// At a record's start: when the rest of the line holds no quote, that line is one whole
    /// record, and the cursor moves past its end (true); otherwise it stays (false).
    mutating func passLineWithoutQuote() -> Bool {
        let lineEnd = bytes.firstOffset(of: Self.newline, from: index) ?? bytes.count
        guard bytes.firstOffset(of: Self.quote, from: index, to: lineEnd) == nil else { return false }
        index = lineEnd + 1
        line += 1
        column = 1
        return true
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

    /// Past a value as the parser gave it: a quoted one by the quoting rules, an unquoted one
    /// (it holds no line end) by its length.
    mutating func pass(_ value: String, delimiter: UInt8) {
        if peek == Self.quote {
            _ = skipQuotedValue(delimiter: delimiter)
        } else {
            advance(over: value)
        }
    }

    /// Past an unquoted value. Its scalars are counted on the bytes already here: counting
    /// them on the `String` walks it a second time.
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
