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
            var index = 0
            var line = 1
            var valueStart = true
            var next = count / wanted
            while index < count, cuts.count < wanted - 1 {
                // A line without a quote, started outside one, is a record: passed whole.
                if valueStart {
                    let lineEnd = firstIndex(of: SourceCursor.newline, in: bytes, from: index)
                    if lineEnd < count, firstIndex(of: SourceCursor.quote, in: bytes, from: index, to: lineEnd) == lineEnd {
                        index = lineEnd + 1
                        line += 1
                        if index >= next, index < count {
                            cuts.append((index, line))
                            next = index + (count - index) / (wanted - cuts.count)
                        }
                        continue
                    }
                }
                let byte = bytes[index]
                if valueStart, byte == SourceCursor.quote {
                    index += 1
                    while index < count {
                        if bytes[index] == SourceCursor.quote {
                            if index + 1 < count, bytes[index + 1] == SourceCursor.quote {
                                index += 2
                                continue
                            }
                            break
                        }
                        if bytes[index] == SourceCursor.newline { line += 1 }
                        index += 1
                    }
                    guard index < count else { return }  // never closed: no cut after it
                    index += 1
                    valueStart = false
                    continue
                }
                valueStart = byte == delimiter || byte == SourceCursor.newline
                index += 1
                if byte == SourceCursor.newline {
                    line += 1
                    if index >= next, index < count {
                        cuts.append((index, line))
                        next = index + (count - index) / (wanted - cuts.count)
                    }
                }
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
