import Foundation
import SapaTestSupport
import Testing

/// The `sapa` executable, as publishers run it: exit statuses and messages.
@Suite struct CommandLineTests {
    /// `sapa` is built next to the test bundle (the test target depends on it).
    static var executable: URL {
        var folder = Bundle.main.bundleURL
        for candidate in [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent()] {
            if FileManager.default.isExecutableFile(atPath: candidate.appendingPathComponent("sapa").path) {
                folder = candidate
                break
            }
        }
        return folder.appendingPathComponent("sapa")
    }

    func run(_ arguments: [String], environment: [String: String]? = nil) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test func buildsAndChecks() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let built = try run(["build", "--site", site.root.path])
        #expect(built.status == 0)
        #expect(built.out.contains("Built "))
        let checked = try run(["check", "--site", site.root.path])
        #expect(checked.status == 0)
        #expect(checked.err.contains("warning: the service `free-medicines` has no Russian text"))
    }

    /// `--verbose` says where a build's time went, which `Scripts/bench` reads: each step's
    /// wall time, and the page loop's processor time by kind of work.
    @Test func verboseBuildSaysWhereTheTimeWent() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let built = try run(["build", "--site", site.root.path, "--verbose"])
        #expect(built.status == 0)
        let log = built.out + built.err
        #expect(log.contains("load and validate: "))
        let line = try #require(log.split(separator: "\n").first { $0.contains("processor time of the page loop, summed over threads: ") })
        func seconds(_ kind: String) -> Double? {
            guard let range = line.range(of: kind + " ") else { return nil }
            return Double(line[range.upperBound...].prefix { $0.isNumber || $0 == "." })
        }
        for kind in ["views", "templates", "writing", "downloads and search index"] {
            #expect(seconds(kind) != nil, "\(kind) in: \(line)")
        }
        // Every page of the fixture is viewed and rendered; neither takes no time at all.
        #expect((seconds("views") ?? 0) > 0)
        #expect((seconds("templates") ?? 0) > 0)
    }

    @Test func contentErrorsExitWithOne() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Content/2020/services-ranking.csv", "4,86", "4;86")
        let result = try run(["build", "--site", site.root.path])
        #expect(result.status == 1)
        #expect(result.err.contains("Content/2020/services-ranking.csv:2:"))
        #expect(result.err.contains("previous output is unchanged"))
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    @Test func wrongUsageExitsWithTwo() throws {
        #expect(try run(["build", "--no-such-flag"]).status == 2)
        #expect(try run(["publish"]).status == 2)
        #expect(try run(["--help"]).status == 0)
    }

    #if os(Linux)
        /// `sapa` allocates with jemalloc, not glibc's malloc (see Package.swift): asked to, it
        /// prints jemalloc's statistics as it exits.
        @Test func allocatesWithJemalloc() throws {
            let result = try run(["--help"], environment: ["MALLOC_CONF": "stats_print:true"])
            #expect(result.status == 0)
            #expect(result.err.contains("Begin jemalloc statistics"))
        }
    #endif
}
