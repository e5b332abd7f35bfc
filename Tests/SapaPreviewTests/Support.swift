import Foundation
import SapaPreview

#if canImport(Glibc)
    import Glibc
#endif

/// A throw-away site: the SapaKit fixture's Content/ and the repository's Templates/, plus a
/// few static files of every type the preview serves, and a secret outside the site that
/// traversal attempts aim at.
struct PreviewSite {
    let folder: URL
    var root: URL { folder.appendingPathComponent("site") }
    var secret: URL { folder.appendingPathComponent("secret.txt") }
    static let secretText = "SECRET-OUTSIDE-THE-SITE"

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    init() throws {
        let manager = FileManager.default
        folder = manager.temporaryDirectory.appendingPathComponent("sapa-preview-test-\(UUID().uuidString)")
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("site"), withIntermediateDirectories: true)
        let fixture = Self.repositoryRoot.appendingPathComponent("Tests/Fixtures/basic-site/Content")
        try manager.copyItem(at: fixture, to: root.appendingPathComponent("Content"))
        try manager.copyItem(at: Self.repositoryRoot.appendingPathComponent("Templates"), to: root.appendingPathComponent("Templates"))
        try write("Content/static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>")
        try writeBytes("Content/static/img/photo.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        try writeBytes("Content/static/img/photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0])
        try Data(Self.secretText.utf8).write(to: secret)
    }

    func write(_ path: String, _ text: String) throws {
        try writeBytes(path, Array(text.utf8))
    }

    func writeBytes(_ path: String, _ bytes: [UInt8]) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func replace(_ path: String, _ old: String, with new: String) throws {
        let text = try read(path)
        guard text.contains(old) else { throw TestFailure("\(path) does not contain \(old)") }
        try write(path, text.replacingOccurrences(of: old, with: new))
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The lines the preview printed, for the tests to read.
final class CapturedLog: @unchecked Sendable {
    // A lock, not an actor: PreviewLog's closures are synchronous.
    private let lock = NSLock()
    private var lines: [String] = []

    var log: PreviewLog {
        PreviewLog(info: { [self] in append($0) }, problem: { [self] in append($0) })
    }

    private func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

/// Runs the preview of `site` on a free port for the duration of `body`; with `fileEvents`
/// false it finds changes by polling alone, as where inotify says nothing.
func withPreview<T: Sendable>(
    _ site: PreviewSite, log: CapturedLog = CapturedLog(), fileEvents: Bool = true,
    _ body: @Sendable (Int) async throws -> T
) async throws -> T {
    let configuration = PreviewConfiguration(
        site: site.root, port: 0, pollInterval: .milliseconds(40),
        settleInterval: .milliseconds(40), maximumSettleWait: .milliseconds(400),
        watchesFileEvents: fileEvents)
    let server = PreviewServer(configuration: configuration, log: log.log)
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let task = Task {
        defer { continuation.finish() }
        try await server.run(onListening: { continuation.yield($0) })
    }
    var iterator = ports.makeAsyncIterator()
    guard let port = await iterator.next() else {
        try await task.value
        throw TestFailure("the preview stopped before it listened")
    }
    do {
        let result = try await body(port)
        task.cancel()
        try? await task.value
        return result
    } catch {
        task.cancel()
        try? await task.value
        throw error
    }
}

/// Polls `condition` until it holds or `timeout` passes: rebuilds take a variable time.
func eventually(timeout: Duration = .seconds(30), _ what: String, _ condition: @Sendable () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now.advanced(by: timeout)
    while ContinuousClock.now < deadline {
        if try await condition() { return }
        try await Task.sleep(for: .milliseconds(25))
    }
    throw TestFailure("timed out waiting for: \(what)")
}

/// An HTTP response as it came over the wire.
struct RawResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A deliberately plain HTTP/1.1 client on a socket: it sends the path exactly as given (no
/// URL type gets to normalise `..` or encodings away), and reads until the server closes.
/// The blocking calls run on a thread of their own, not on the tasks the server needs.
enum RawHTTP {
    static func request(port: Int, method: String = "GET", path: String, timeout: TimeInterval = 30) async throws -> RawResponse {
        let message = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
        var bytes: [UInt8] = []
        // On a loaded machine (the whole suite on two cores) a read can time out before the
        // first byte, or the connection be reset: ask once more.
        for attempt in 0..<2 where bytes.isEmpty {
            do {
                bytes = try await onThread { () throws -> [UInt8] in
                    let socket = try Socket.connect(port: port, timeout: timeout)
                    defer { socket.close() }
                    try socket.send(Array(message.utf8))
                    return try socket.readToEnd()
                }
            } catch  where attempt == 0 {
                continue
            }
        }
        return try parse(bytes, method: method)
    }

    static func parse(_ bytes: [UInt8], method: String) throws -> RawResponse {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = bytes.firstRange(of: separator) else { throw TestFailure("no complete response head: \(String(decoding: bytes, as: UTF8.self))") }
        let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw TestFailure("bad status line \(head[0])") }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body = Array(bytes[end.upperBound...])
        // A partial response would show here: the body must be exactly as long as announced.
        if method != "HEAD", let length = headers["content-length"].flatMap(Int.init), length != body.count {
            throw TestFailure("Content-Length \(length) but \(body.count) bytes came")
        }
        return RawResponse(status: status, headers: headers, body: body)
    }
}

/// An open event stream: a thread reads it into a buffer, and the test waits for events in it.
final class EventStream: @unchecked Sendable {
    // Shared between the reading thread and the test; the lock guards `received` and `consumed`.
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var consumed = 0
    private let socket: Socket

    init(port: Int, key: String, since: Int) async throws {
        let path = "/_sapa/events?key=\(key.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? key)&since=\(since)"
        let socket = try await onThread { try Socket.connect(port: port, timeout: 30) }
        self.socket = socket
        try socket.send(Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8))
        let thread = Thread { [self] in
            while let chunk = try? socket.receive(), !chunk.isEmpty {
                lock.withLock { received += chunk }
            }
            socket.close()
        }
        thread.start()
        // Listening once the stream's first comment line came: events after it reach us.
        try await eventually(timeout: .seconds(30), "the event stream to open") { self.contains(": sapa preview") }
    }

    func contains(_ text: String) -> Bool {
        lock.withLock { String(decoding: received, as: UTF8.self).contains(text) }
    }

    var headText: String { lock.withLock { String(decoding: received, as: UTF8.self) } }

    /// The `data:` of the next event named `name`, skipping those before it.
    func next(_ name: String, timeout: Duration = .seconds(30)) async throws -> String {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while ContinuousClock.now < deadline {
            if let data = takeEvent(name) { return data }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw TestFailure("no `\(name)` event within \(timeout); the stream so far:\n\(headText)")
    }

    /// Every event name received so far that was not yet taken.
    var pendingEventNames: [String] {
        lock.withLock {
            let text = String(decoding: received[consumed...], as: UTF8.self)
            return text.components(separatedBy: "\n").filter { $0.hasPrefix("event: ") }.map { String($0.dropFirst(7)) }
        }
    }

    private func takeEvent(_ name: String) -> String? {
        lock.withLock {
            let marker = Array("event: \(name)\ndata: ".utf8)
            guard let start = received[consumed...].firstRange(of: marker),
                let lineEnd = received[start.upperBound...].firstIndex(of: UInt8(ascii: "\n"))
            else { return nil }
            consumed = lineEnd
            return String(decoding: received[start.upperBound..<lineEnd], as: UTF8.self)
        }
    }

    func close() { socket.shutdown() }
}

/// A TCP socket on the loopback address, blocking, with timeouts.
final class Socket: Sendable {
    let descriptor: Int32

    private init(descriptor: Int32) { self.descriptor = descriptor }

    static func connect(port: Int, timeout: TimeInterval) throws -> Socket {
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw TestFailure("socket: \(errno)") }
        let socket = Socket(descriptor: descriptor)
        var time = timeval(tv_sec: Int(timeout), tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            socket.close()
            throw TestFailure("connect to port \(port): errno \(errno)")
        }
        return socket
    }

    func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw TestFailure("send: errno \(errno)") }
            sent += count
        }
    }

    /// The next bytes; empty when the peer closed.
    func receive() throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { Glibc.recv(descriptor, $0.baseAddress, $0.count, 0) }
        guard count >= 0 else { throw TestFailure("recv: errno \(errno) (timed out?)") }
        return Array(buffer[..<count])
    }

    func readToEnd() throws -> [UInt8] {
        var all: [UInt8] = []
        while true {
            let chunk = try receive()
            if chunk.isEmpty { return all }
            all += chunk
        }
    }

    func shutdown() { _ = Glibc.shutdown(descriptor, Int32(SHUT_RDWR)) }
    func close() { _ = Glibc.close(descriptor) }
}

/// A listening socket that holds a port, to show what `sapa serve` does when it is taken.
final class PortHolder: Sendable {
    let descriptor: Int32
    let port: Int

    init() throws {
        let descriptor = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.descriptor = descriptor
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                Glibc.bind(descriptor, pointer, length) == 0 && Glibc.listen(descriptor, 1) == 0
                    && getsockname(descriptor, pointer, &length) == 0
            }
        }
        guard bound else { throw TestFailure("cannot hold a port: errno \(errno)") }
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func release() { _ = Glibc.close(descriptor) }
}

/// Runs blocking work on a thread of its own and awaits it.
func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try work() }) }.start()
    }
}

/// The build a page came from, as its reload tag says.
func generation(of page: RawResponse) throws -> Int {
    guard let range = page.text.range(of: #"data-generation="(\d+)""#, options: .regularExpression) else {
        throw TestFailure("the page has no reload tag")
    }
    let digits = page.text[range].filter(\.isNumber)
    guard let value = Int(digits) else { throw TestFailure("bad generation") }
    return value
}
