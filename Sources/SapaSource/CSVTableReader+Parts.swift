import Foundation

extension CSVTableReader {
    /// A run of whole records of a sheet, and the line of the file it starts on.
    struct Part: Sendable {
        var text: String
        var firstLine: Int
    }

    /// Below this many bytes a sheet is one part: a part costs its own reader, text and
    /// thread, worth it once parsing the sheet takes some tens of milliseconds.
    static let bytesPerPart = 1 << 20

    /// The sheet cut at record boundaries into about equal parts, one per core, so that
    /// CSV.swift (one scalar at a time, the larger part of reading a sheet) runs on all of
    /// them. A record boundary is a line end outside quotes, where a quote opens a value only
    /// at its start, as the parser reads it; a sheet with a quote left open anywhere before a
    /// cut is not cut there, so that its error reads as in one part.
    static func parts(
        of text: String, delimiter: UInt8, cores: Int = ProcessInfo.processInfo.activeProcessorCount, bytesPerPart: Int = bytesPerPart
    ) -> [Part] {
        let count = text.utf8.count
        let wanted = min(cores, count / max(bytesPerPart, 1))
        guard wanted > 1 else { return [Part(text: text, firstLine: 1)] }
        var cuts: [(offset: Int, line: Int)] = []
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var cursor = SourceCursor(bytes: bytes)
            var valueStart = true
            var next = count / wanted
            func lineEnded() {
                guard cursor.index >= next, cursor.index < count else { return }
                cuts.append((cursor.index, cursor.line))
                next = cursor.index + (count - cursor.index) / (wanted - cuts.count)
            }
            while cursor.index < count, cuts.count < wanted - 1 {
                if valueStart, cursor.passLineWithoutQuote() {
                    lineEnded()
                    continue
                }
                let byte = bytes[cursor.index]
                if valueStart, byte == SourceCursor.quote {
                    // Never closed (or "closed" lines below, before more text): no cut after it.
                    guard cursor.skipQuotedValue(delimiter: delimiter) != .unclosed else { return }
                    valueStart = false
                    continue
                }
                valueStart = byte == delimiter || byte == SourceCursor.newline
                cursor.advance()
                if byte == SourceCursor.newline { lineEnded() }
            }
        }
        guard !cuts.isEmpty else { return [Part(text: text, firstLine: 1)] }
        // Cut at line ends, so on scalar boundaries: each part is taken from the text's own
        // bytes, not from a copy of them all.
        let utf8 = text.utf8
        var parts: [Part] = []
        var start = (offset: 0, line: 1)
        for cut in cuts + [(count, 0)] {
            let range = utf8.index(utf8.startIndex, offsetBy: start.offset)..<utf8.index(utf8.startIndex, offsetBy: cut.offset)
            parts.append(Part(text: String(Substring(utf8[range])), firstLine: start.line))
            start = (cut.offset, cut.line)
        }
        return parts
    }
}
