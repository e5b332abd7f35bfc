import Foundation
import Testing

/// `sapa serve` as a publisher runs it: the built `sapa` program, its output and exit status.
@Suite("sapa serve command", .serialized)
struct CommandTests {
    /// The `sapa` program built beside the tests.
    static var program: URL {
        get throws {
            let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sapa")
            let candidates = [beside, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sapa")]
            guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
                throw TestFailure("the sapa program is not built beside the tests (looked at \(candidates.map(\.path)))")
            }
            return found
        }
    }

    /// A running `sapa serve`, its output collected as it comes.
    final class Running: @unchecked Sendable {
        // The pipes' handlers run on their own threads; the lock guards the collected text.
        let process = Process()
        private let lock = NSLock()
        private var output = ""
        private var errors = ""

        init(_ arguments: [String]) throws {
            process.executableURL = try CommandTests.program
            process.arguments = arguments
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            out.fileHandleForReading.readabilityHandler = { [self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                lock.withLock { output += text }
            }
            err.fileHandleForReading.readabilityHandler = { [self] handle in
                let text = String(decoding: handle.availableData, as: UTF8.self)
                lock.withLock { errors += text }
            }
            try process.run()
        }

        var standardOutput: String { lock.withLock { output } }
        var standardError: String { lock.withLock { errors } }

        func waitForExit(timeout: Duration = .seconds(180)) async throws -> Int32 {
            try await eventually(timeout: timeout, "sapa to exit") { !self.process.isRunning }
            return process.terminationStatus
        }

        func stop() { if process.isRunning { process.terminate() } }
    }

    @Test("Ctrl-C stops it cleanly, after it served")
    func interruptStops() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let running = try Running(["serve", "--site", site.root.path, "--port", "0"])
        defer { running.stop() }
        try await eventually(timeout: .seconds(180), "the Serving line") { running.standardOutput.contains("Serving ") }
        let port = try #require(Self.port(in: running.standardOutput))
        #expect(running.standardOutput.contains("at http://127.0.0.1:\(port)/"))
        #expect(running.standardOutput.range(of: #"built \d+ pages \(\d+ files.*\) in \d+\.\d\d s"#, options: .regularExpression) != nil)
        // An open event stream must not hold the shutdown up.
        let page = try await RawHTTP.request(port: port, path: "/kk/")
        let stream = try await EventStream(port: port, key: "kk/index.html", since: try generation(of: page))
        defer { stream.close() }
        kill(running.process.processIdentifier, SIGINT)
        #expect(try await running.waitForExit() == 0)
        #expect(running.standardOutput.contains("Stopped."))
    }

    @Test("a port in use: a clear error and exit status 1")
    func portInUse() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let holder = try PortHolder()
        defer { holder.release() }
        let running = try Running(["serve", "--site", site.root.path, "--port", String(holder.port)])
        defer { running.stop() }
        #expect(try await running.waitForExit() == 1)
        #expect(running.standardError.contains("sapa: port \(holder.port) on 127.0.0.1 is already in use"))
    }

    @Test("another --host warns that others can see the preview")
    func otherHostWarns() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let running = try Running(["serve", "--site", site.root.path, "--host", "0.0.0.0", "--port", "0"])
        defer { running.stop() }
        try await eventually(timeout: .seconds(180), "the Serving line") { running.standardOutput.contains("Serving ") }
        #expect(running.standardError.contains("sapa: warning: listening on 0.0.0.0"))
        kill(running.process.processIdentifier, SIGTERM)
        #expect(try await running.waitForExit() == 0)
    }

    static func port(in output: String) -> Int? {
        guard let range = output.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) else { return nil }
        return Int(output[range].dropFirst("127.0.0.1:".count).dropLast())
    }
}
