import Foundation
import SapaModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A content or template file read as text: UTF-8 checked, the byte-order mark removed,
/// CRLF and CR line ends turned into LF, its size bounded before it is read whole.
public struct TextFile: Sendable {
    /// Path relative to the site folder, as it appears in diagnostics.
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Reads `url`, or returns the diagnostic that says why it cannot be used.
    public static func read(_ url: URL, displayPath: String, maxBytes: Int) -> Result<TextFile, Diagnostic> {
        func tooLarge(_ size: Int?) -> Diagnostic {
            guard let size else { return Diagnostic(path: displayPath, ToolMessage(TextFileMessage.tooLargeUnmeasured, ["limit": maxBytes])) }
            return Diagnostic(path: displayPath, ToolMessage(TextFileMessage.tooLarge, ["size": size, "limit": maxBytes]))
        }
        let unreadable = Diagnostic(path: displayPath, ToolMessage(TextFileMessage.unreadable))
        // open/fstat/read rather than Foundation's URL and FileHandle: a build reads every
        // service file, and those cost more than the reading itself.
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(unreadable) }
        defer { close(descriptor) }
        // The size as the file system states it, of what a symbolic link names.
        var status = stat()
        if fstat(descriptor, &status) == 0, Int(status.st_size) > maxBytes { return .failure(tooLarge(Int(status.st_size))) }
        // Read at most one byte past the limit, whatever the size said: a link to a device
        // or a file that grows while it is read must not fill the memory.
        let expected = min(max(Int(status.st_size), 0), maxBytes) + 1
        // A regular file is read again from its start when it is not plain.
        if status.st_mode & S_IFMT == S_IFREG {
            if let text = plainText(descriptor, capacity: expected) { return .success(TextFile(path: displayPath, text: text)) }
            guard lseek(descriptor, 0, SEEK_SET) == 0 else { return .failure(unreadable) }
        }
        var bytes = [UInt8](repeating: 0, count: expected)
        var count = 0
        while true {
            let filled = bytes.withUnsafeMutableBytes { fill(descriptor, UnsafeMutableRawBufferPointer(rebasing: $0[count...])) }
            guard let filled else { return .failure(unreadable) }
            count += filled.count
            if filled.atEnd || count > maxBytes { break }
            bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), maxBytes + 1 - count)))
        }
        if count > maxBytes { return .failure(tooLarge(nil)) }
        bytes.removeSubrange(count...)
        return decode(bytes, displayPath: displayPath)
    }

    /// Decodes bytes as UTF-8; an invalid byte is reported at its line and column.
    public static func decode(_ data: Data, displayPath: String) -> Result<TextFile, Diagnostic> {
        decode([UInt8](data), displayPath: displayPath)
    }

    static func decode(_ bytes: [UInt8], displayPath: String) -> Result<TextFile, Diagnostic> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Excel's "Unicode Text" and Notepad's "Unicode" are UTF-16, marked by these two bytes.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(
                Diagnostic(
                    path: displayPath,
                    ToolMessage(TextFileMessage.utf16, ["fix": saveAsUTF8(displayPath)])))
        }
        // Validated in one pass by the standard library; the offending byte is looked for only
        // when there is one.
        guard let text = String(validating: holds(13, bytes) ? unixLineEnds(bytes) : bytes, as: UTF8.self) else {
            let bad = firstInvalidUTF8Offset(bytes) ?? 0
            let (line, column) = position(ofByte: bad, in: bytes)
            return .failure(
                Diagnostic(
                    path: displayPath, line: line, column: column,
                    ToolMessage(TextFileMessage.notUTF8, ["byte": String(bytes[bad], radix: 16, uppercase: true), "fix": saveAsUTF8(displayPath)])))
        }
        if holds(0, bytes) {
            let offset = bytes.firstIndex(of: 0)!
            let (line, column) = position(ofByte: offset, in: bytes)
            return .failure(Diagnostic(path: displayPath, line: line, column: column, ToolMessage(TextFileMessage.nulByte)))
        }
        return .success(TextFile(path: displayPath, text: text))
    }

    /// The file's text when it is plain: valid UTF-8 without a byte-order mark, CR or NUL,
    /// shorter than `capacity`. It is read straight into the string's storage, which checks
    /// the bytes as it is made; nil for anything else, which `decode` reads with its messages.
    /// (A string made this way replaces an invalid byte with U+FFFD: a text with U+FFFD in it
    /// is read again, so that the replacement is never taken for the file's own.)
    static func plainText(_ descriptor: Int32, capacity: Int) -> String? {
        var filled: (count: Int, atEnd: Bool)?
        let text = String(unsafeUninitializedCapacity: capacity) { buffer in
            filled = fill(descriptor, UnsafeMutableRawBufferPointer(buffer))
            return filled?.count ?? 0
        }
        guard filled?.atEnd == true else { return nil }
        var plain = text
        let isPlain = plain.withUTF8 { bytes in
            !bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !holds(13, bytes) && !holds(0, bytes) && !holdsReplacementCharacter(bytes)
        }
        return isPlain ? plain : nil
    }

    /// `buffer` filled from `descriptor` until it is full or the file ends (`atEnd`); nil when
    /// reading fails.
    static func fill(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> (count: Int, atEnd: Bool)? {
        var count = 0
        while count < buffer.count {
            let got = readBytes(descriptor, into: buffer.baseAddress! + count, count: buffer.count - count)
            if got < 0, errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { return (count, true) }
            count += got
        }
        return (count, false)
    }

    /// Whether U+FFFD (EF BF BD) is among `bytes`.
    static func holdsReplacementCharacter(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = 0
        while let lead = bytes.firstOffset(of: 0xEF, from: start) {
            if lead + 2 < bytes.count, bytes[lead + 1] == 0xBF, bytes[lead + 2] == 0xBD { return true }
            start = lead + 1
        }
        return false
    }

    /// Whether `byte` is among `bytes`, by the C library's search: a sheet of tens of
    /// megabytes is searched twice, and a generic loop over the array is several times slower.
    static func holds(_ byte: UInt8, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { holds(byte, $0) }
    }

    static func holds(_ byte: UInt8, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.firstOffset(of: byte) != nil
    }

    /// CRLF and CR become LF, byte by byte. (String replacement compares `Character`s, and a
    /// CR followed by a combining mark is not "\r" to it: that CR stayed, YAML counted it as a
    /// line break and its line numbers no longer matched the file's.)
    static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13 {
                output.append(10)
                if index + 1 < bytes.count, bytes[index + 1] == 10 { index += 1 }
            } else {
                output.append(bytes[index])
            }
            index += 1
        }
        return output
    }

    /// How to fix the encoding: spreadsheets hide UTF-8 behind their own name for it.
    static func saveAsUTF8(_ path: String) -> ToolMessage {
        ToolMessage(path.lowercased().hasSuffix(".csv") ? TextFileMessage.saveAsCSVUTF8 : .saveAsUTF8)
    }

    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch lead {
            case 0xC2...0xDF:
                length = 2
                minimum = 0x80
                scalar = UInt32(lead & 0x1F)
            case 0xE0...0xEF:
                length = 3
                minimum = 0x800
                scalar = UInt32(lead & 0x0F)
            case 0xF0...0xF4:
                length = 4
                minimum = 0x10000
                scalar = UInt32(lead & 0x07)
            default: return index
            }
            if index + length > count { return index }
            for offset in 1..<length {
                let next = bytes[index + offset]
                if next & 0xC0 != 0x80 { return index }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset; LF, CRLF and CR end lines.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> (Int, Int) {
        var line = 1
        var column = 1
        var index = 0
        while index < offset {
            let byte = bytes[index]
            let endsLine = byte == 10 || (byte == 13 && (index + 1 >= bytes.count || bytes[index + 1] != 10))
            if endsLine {
                line += 1
                column = 1
            } else if byte == 13 {
                // The CR of a CRLF: the LF ends the line.
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            index += 1
        }
        return (line, column)
    }
}

/// `read(2)`, named apart from `TextFile.read`.
private func readBytes(_ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
    read(descriptor, buffer, count)
}
