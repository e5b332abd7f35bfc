import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Processor nanoseconds the page loop's threads spent building views (the model turned
/// into what templates see, charts included), in the templates, writing files, and
/// making the downloads and the search index. Each thread's own processor time, not the
/// clock's: a thread waiting for a core counts nothing.
struct ProcessorTime {
    var views: UInt64 = 0
    var templates: UInt64 = 0
    var writing: UInt64 = 0
    var downloads: UInt64 = 0

    static func += (total: inout ProcessorTime, part: ProcessorTime) {
        total.views += part.views
        total.templates += part.templates
        total.writing += part.writing
        total.downloads += part.downloads
    }

    var summary: String {
        func seconds(_ nanoseconds: UInt64) -> String { String(format: "%.3f", Double(nanoseconds) / 1e9) }
        return "views \(seconds(views)) s, templates \(seconds(templates)) s, writing \(seconds(writing)) s, downloads and search index \(seconds(downloads)) s"
    }

    /// The calling thread's processor time so far.
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}
