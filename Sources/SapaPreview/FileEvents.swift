import Dispatch
import Foundation
import NIOConcurrencyHelpers

#if canImport(Glibc)
    import Glibc
#endif

/// Tells the watcher the moment a source changes, where polling alone sees a change only at
/// its next look (up to `PreviewConfiguration.pollInterval` later, which alone is more than a
/// rebuild after one edit takes): Linux's inotify on every folder under `Content/` and
/// `Templates/`, kept on folders made later. Events only say when to look: what changed is
/// still found by scanning (`FolderFingerprint`), so a lost or surplus event costs nothing but
/// a look. Where inotify cannot be had (another system, no watches left) `start` gives nil,
/// and polling, which the watcher keeps on anyway, does it all.
final class FileEvents: Sendable {
    private struct Shared {
        /// An event came since the last `wait` returned.
        var posted = false
        var waiter: (id: Int, continuation: CheckedContinuation<Bool, Never>)?
        var lastWaiter = 0
        /// Files written to and not yet closed: a save still going on.
        var beingWritten: Set<String> = []
    }

    private let shared = NIOLockedValueBox(Shared())
    #if os(Linux)
        private let reader: InotifyReader
    #endif

    #if os(Linux)
        private init(reader: InotifyReader) { self.reader = reader }
    #endif

    /// Watches `folders` under `root` (and `root`, for those folders coming and going).
    static func start(root: URL, folders: [String]) -> FileEvents? {
        #if os(Linux)
            guard let reader = InotifyReader.open(root: root, folders: folders) else { return nil }
            let events = FileEvents(reader: reader)
            reader.run(
                onChange: { [weak events] in events?.post() },
                onWriting: { [weak events] path, writing in
                    events?.shared.withLockedValue { shared in
                        if writing { shared.beingWritten.insert(path) } else { shared.beingWritten.remove(path) }
                    }
                })
            return events
        #else
            return nil
        #endif
    }

    /// Ends the watching; pending and later `wait`s time out as they would without events.
    func stop() {
        #if os(Linux)
            reader.stop()
        #endif
    }

    // The reading thread holds the reader, not this: without a stop it would read on for good.
    deinit { stop() }

    /// True as soon as a change comes (or if one came since the last call), false after
    /// `timeout` without one, or when the task is cancelled.
    func wait(timeout: Duration) async -> Bool {
        await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
                let registered: Int? = shared.withLockedValue { shared in
                    if shared.posted || Task.isCancelled { return nil }
                    shared.lastWaiter += 1
                    shared.waiter = (shared.lastWaiter, continuation)
                    return shared.lastWaiter
                }
                guard let id = registered else {
                    let posted = shared.withLockedValue { shared in
                        defer { shared.posted = false }
                        return shared.posted
                    }
                    continuation.resume(returning: posted)
                    return
                }
                DispatchQueue.global().asyncAfter(deadline: .now() + Self.dispatchInterval(timeout)) { [weak self] in
                    self?.resumeWaiter(returning: false, onlyIf: id)
                }
            }
        } onCancel: {
            resumeWaiter(returning: false, onlyIf: nil)
        }
    }

    /// Returns once `quiet` passed with no event and no file left half-written, or at
    /// `deadline`: an editor's save (a write, then a rename over the old file) comes as a
    /// burst of events within a few milliseconds, and should make one rebuild, not two.
    func settle(quiet: Duration, until deadline: ContinuousClock.Instant) async {
        let clock = ContinuousClock()
        while clock.now < deadline && !Task.isCancelled {
            let eventCame = await wait(timeout: min(quiet, clock.now.duration(to: deadline)))
            if !eventCame && shared.withLockedValue({ $0.beingWritten.isEmpty }) { return }
        }
        // A file kept open past the deadline (a log, a crashed writer) is not waited for again.
        shared.withLockedValue { $0.beingWritten = [] }
    }

    private func post() {
        let waiter = shared.withLockedValue { shared -> CheckedContinuation<Bool, Never>? in
            guard let waiter = shared.waiter else {
                shared.posted = true
                return nil
            }
            shared.waiter = nil
            return waiter.continuation
        }
        waiter?.resume(returning: true)
    }

    /// Resumes the waiting `wait` (only the one numbered `id`, when given: a timer may fire
    /// after its wait has long returned).
    private func resumeWaiter(returning value: Bool, onlyIf id: Int?) {
        let waiter = shared.withLockedValue { shared -> CheckedContinuation<Bool, Never>? in
            guard let waiter = shared.waiter, id == nil || waiter.id == id else { return nil }
            shared.waiter = nil
            return waiter.continuation
        }
        waiter?.resume(returning: value)
    }

    static func dispatchInterval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(Int(max(0, seconds)) * 1_000_000_000 + Int(max(0, attoseconds) / 1_000_000_000))
    }
}

#if os(Linux)
    /// The inotify descriptor and the thread that reads it. The folders' watch table is touched
    /// only by that thread once `run` starts it (and before, by `open`).
    private final class InotifyReader: @unchecked Sendable {
        let root: URL
        let folders: [String]
        let descriptor: Int32
        /// Written to by `stop`, to wake the thread out of `poll`.
        let stopPipe: (read: Int32, write: Int32)
        /// Watch descriptor → folder, relative to `root` ("" for `root` itself).
        var watched: [Int32: String] = [:]

        /// What a folder's watch reports: changes of its files and subfolders, not reads (the
        /// build reads every source: watching reads would make each build wake the watcher).
        static let folderMask = UInt32(
            IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
        /// The site folder's: `Content/` or `Templates/` made, removed or renamed.
        static let rootMask = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ONLYDIR)

        /// The inotify descriptor with watches on `root` and every folder of `folders`, or nil.
        static func open(root: URL, folders: [String]) -> InotifyReader? {
            let descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
            guard descriptor >= 0 else { return nil }
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else {
                close(descriptor)
                return nil
            }
            let reader = InotifyReader(root: root, folders: folders, descriptor: descriptor, stopPipe: (ends[0], ends[1]))
            let rootWatch = inotify_add_watch(descriptor, root.path, Self.rootMask)
            guard rootWatch >= 0 else { return nil }
            reader.watched[rootWatch] = ""
            for folder in folders { reader.watchTree(folder) }
            return reader
        }

        private init(root: URL, folders: [String], descriptor: Int32, stopPipe: (read: Int32, write: Int32)) {
            self.root = root
            self.folders = folders
            self.descriptor = descriptor
            self.stopPipe = stopPipe
        }

        // Closed here, not when the thread ends: `stop` may write to the pipe after that, and a
        // closed descriptor's number may by then belong to another file.
        deinit {
            close(descriptor)
            close(stopPipe.read)
            close(stopPipe.write)
        }

        func run(onChange: @escaping @Sendable () -> Void, onWriting: @escaping @Sendable (String, Bool) -> Void) {
            let thread = Thread { [self] in
                var waitingOn = [
                    pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
                    pollfd(fd: stopPipe.read, events: Int16(POLLIN), revents: 0),
                ]
                while true {
                    let ready = poll(&waitingOn, nfds_t(waitingOn.count), -1)
                    if ready < 0 && errno == EINTR { continue }
                    if ready < 0 || waitingOn[1].revents != 0 { return }
                    if waitingOn[0].revents != 0 && drain(onChange: onChange, onWriting: onWriting) { onChange() }
                }
            }
            thread.name = "sapa file events"
            thread.start()
        }

        func stop() {
            var byte: UInt8 = 1
            _ = write(stopPipe.write, &byte, 1)
        }

        /// Watches `folder` (relative to `root`) and every folder under it, hidden ones left out
        /// as the build leaves them out.
        private func watchTree(_ folder: String) {
            let base = root.appendingPathComponent(folder).path
            let watch = inotify_add_watch(descriptor, base, Self.folderMask)
            guard watch >= 0 else { return }
            watched[watch] = folder
            guard let enumerator = FileManager.default.enumerator(atPath: base) else { return }
            while let relative = enumerator.nextObject() as? String {
                if (relative as NSString).lastPathComponent.hasPrefix(".") {
                    enumerator.skipDescendants()
                    continue
                }
                var info = stat()
                guard lstat(base + "/" + relative, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { continue }
                let subfolder = folder + "/" + relative
                let subwatch = inotify_add_watch(descriptor, root.appendingPathComponent(subfolder).path, Self.folderMask)
                if subwatch >= 0 { watched[subwatch] = subfolder }
            }
        }

        /// Reads every queued event; true when one of them may concern the sources.
        private func drain(onChange: @Sendable () -> Void, onWriting: @Sendable (String, Bool) -> Void) -> Bool {
            var relevant = false
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return relevant }
                buffer.withUnsafeBytes { bytes in
                    // struct inotify_event: int wd, uint32 mask, uint32 cookie, uint32 len, char name[len].
                    var offset = 0
                    while offset + 16 <= count {
                        let watch = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                        let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                        let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        let nameBytes = bytes[(offset + 16)..<min(count, offset + 16 + length)]
                        let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                        offset += 16 + length
                        if handle(watch: watch, mask: mask, name: name, onWriting: onWriting) { relevant = true }
                    }
                }
            }
        }

        /// Keeps the watch table up to date with one event; true when it may concern the sources.
        private func handle(watch: Int32, mask: UInt32, name: String, onWriting: @Sendable (String, Bool) -> Void) -> Bool {
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost, folders made meanwhile among them: watch everything again.
                for folder in folders { watchTree(folder) }
                return true
            }
            guard let folder = watched[watch] else { return false }
            if mask & UInt32(IN_IGNORED) != 0 {
                watched[watch] = nil
                return false
            }
            if name.hasPrefix(".") { return false }
            let isFolder = mask & UInt32(IN_ISDIR) != 0
            let madeOrMovedIn = mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0
            if folder.isEmpty {
                // In the site folder itself only `Content/` and `Templates/` matter (not `Output/`).
                guard folders.contains(name) else { return false }
                if isFolder && madeOrMovedIn { watchTree(name) }
                return true
            }
            let path = name.isEmpty ? folder : folder + "/" + name
            if isFolder && madeOrMovedIn { watchTree(path) }
            if mask & UInt32(IN_MODIFY) != 0 { onWriting(path, true) }
            if mask & UInt32(IN_CLOSE_WRITE | IN_DELETE | IN_MOVED_FROM) != 0 { onWriting(path, false) }
            return true
        }
    }
#endif
