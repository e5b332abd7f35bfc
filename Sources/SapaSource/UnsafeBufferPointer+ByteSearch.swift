import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` in `self[start..<end]` (to the end when `end` is nil),
    /// by the C library's search: sheets of tens of megabytes are searched line by line, and
    /// a generic loop over the bytes is several times slower.
    func firstOffset(of byte: UInt8, from start: Int = 0, to end: Int? = nil) -> Int? {
        let end = end ?? count
        guard start < end, let base = baseAddress, let found = memchr(base + start, Int32(byte), end - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }
}
