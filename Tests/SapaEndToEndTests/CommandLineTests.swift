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
        // A developer's own language settings must not change what the tests read.
        var inherited = ProcessInfo.processInfo.environment
        for name in ["SAPA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { inherited[name] = nil }
        process.environment = inherited.merging(environment ?? [:]) { $1 }
        // Files, not pipes: with two pipes read one after the other, a child that fills the
        // second (jemalloc's statistics run past a pipe's 64 KiB) waits for a reader that waits
        // for the first to end, and neither ever does.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sapa-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let (outURL, errURL) = (folder.appendingPathComponent("out"), folder.appendingPathComponent("err"))
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        try process.run()
        process.waitUntilExit()
        let (outData, errData) = (try Data(contentsOf: outURL), try Data(contentsOf: errURL))
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

    /// The issue's own example: a score of «6,2» on the 5-point scale, reported in the
    /// language the locale, `--lang` or the site chose, at the same place, with exit status 1.
    @Test func speaksTheLanguageChosen() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        try site.replace("Content/2020/services-ranking.csv", "4,86", "6,2")
        let place = "Content/2020/services-ranking.csv:2:29: error: "
        let russian = try run(["build", "--site", site.root.path], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(russian.status == 1)
        #expect(russian.err.contains(place + "«6,2» в столбце `score`: оценка должна быть от 1 до 5; исправьте цифру"))
        #expect(russian.err.contains("sapa: 1 ошибка; ничего не записано, прежний результат не изменён"))
        let kazakh = try run(["build", "--site", site.root.path, "--lang", "kk"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(kazakh.status == 1)
        #expect(kazakh.err.contains(place + "`score` бағанындағы «6,2»: баға 1 мен 5 аралығында болуы керек; санды түзетіңіз"))
        #expect(kazakh.err.contains("sapa: 1 қате; ештеңе жазылған жоқ"))
        let english = try run(["build", "--site", site.root.path], environment: ["SAPA_LANG": "en", "LANG": "ru_RU.UTF-8"])
        #expect(english.err.contains(place + "«6,2» in column `score`: a score is between 1 and 5; correct the figure"))
        // A team's choice in site.yml wins over the machine's, not over --lang.
        try site.replace("Content/site.yml", "title_kk:", "tool_language: kk\ntitle_kk:")
        let team = try run(["check", "--site", site.root.path], environment: ["SAPA_LANG": "ru", "LANG": "ru_RU.UTF-8"])
        #expect(team.err.contains(place + "`score` бағанындағы «6,2»"))
        let flagged = try run(["check", "--site", site.root.path, "--lang=ru"])
        #expect(flagged.err.contains(place + "«6,2» в столбце `score`"))
    }

    @Test func helpInTheChosenLanguage() throws {
        let kazakh = try run(["--help", "--lang", "kk"])
        #expect(kazakh.status == 0)
        #expect(kazakh.out.contains("ҚОЛДАНЫЛУЫ: sapa <subcommand>") && kazakh.out.contains("Анықтаманы көрсету."))
        let russian = try run(["build", "--help"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(russian.out.contains("Папка сайта, в которой лежат Content/ и Templates/."))
        #expect(russian.out.contains("--lang <kk|ru|en>"))
        let unknown = try run(["check", "--lang", "de"])
        #expect(unknown.status == 2)
        #expect(unknown.err.contains("--lang is «de»; write kk, ru or en"))
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
