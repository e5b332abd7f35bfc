import Foundation
import SapaTestSupport
import Testing

@testable import SapaBuild
@testable import SapaModel
@testable import SapaSite
@testable import SapaSource

/// One case of the bad-input corpus, a folder of `Tests/BadInput/`: the broken
/// files, laid over the basic fixture site at the same paths (`Content/…`, `Templates/…`),
/// `case.yml` saying what is wrong and any edits that are easier described than copied, and
/// `expected.txt` holding the exact diagnostics, one per line, as `sapa build` prints them.
struct BadInputCase: Sendable, CustomTestStringConvertible {
    /// `case.yml`.
    struct Description: Decodable, Sendable {
        /// What is wrong, in a sentence.
        var what: String
        /// Also run the real `sapa` executable on this case (it is slower than in process).
        var executable: Bool?
        /// Site paths to delete after the case's files are laid over the fixture.
        var remove: [String]?
        /// Text replacements in files that are too large or too shared to copy whole (templates).
        var replace: [Replacement]?
        /// Text appended many times: for files over the size limit and tables over the row limit.
        var append: [Appendix]?

        struct Replacement: Decodable, Sendable {
            var file: String
            var find: String
            var with: String
        }
        struct Appendix: Decodable, Sendable {
            var file: String
            var text: String
            var times: Int
        }
    }

    static let corpus = TemporarySite.repositoryRoot.appendingPathComponent("Tests/BadInput")
    static let controlFiles: Set<String> = ["case.yml", "expected.txt"]

    let name: String
    var folder: URL { Self.corpus.appendingPathComponent(name) }
    var testDescription: String { name }

    static var all: [BadInputCase] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        return names.sorted().filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: corpus.appendingPathComponent(name).path, isDirectory: &isFolder) && isFolder.boolValue
        }.map(BadInputCase.init(name:))
    }

    func description() throws -> Description {
        let text = try String(contentsOf: folder.appendingPathComponent("case.yml"), encoding: .utf8)
        return try YAMLDocument.decode(Description.self, from: text, path: "\(name)/case.yml").get()
    }

    /// The diagnostics the case must give, exactly; nil for a new case that has none yet.
    func expected() throws -> [String]? {
        let url = folder.appendingPathComponent("expected.txt")
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// The case's own files, by site path.
    func files() -> [String] {
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count))
            if !Self.controlFiles.contains(path) { paths.append(path) }
        }
        return paths.sorted()
    }

    /// Lays the case over `site`.
    func apply(to site: TemporarySite) throws {
        let manager = FileManager.default
        for path in files() {
            let target = site.root.appendingPathComponent(path)
            try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            if manager.fileExists(atPath: target.path) { try manager.removeItem(at: target) }
            try manager.copyItem(at: folder.appendingPathComponent(path), to: target)
        }
        let description = try description()
        for path in description.remove ?? [] {
            try manager.removeItem(at: site.root.appendingPathComponent(path))
        }
        for replacement in description.replace ?? [] {
            try site.replace(replacement.file, replacement.find, replacement.with)
        }
        for appendix in description.append ?? [] {
            let url = site.root.appendingPathComponent(appendix.file)
            let handle = try FileHandle(forWritingTo: url)
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(String(repeating: appendix.text, count: appendix.times).utf8))
            try handle.close()
        }
    }
}

/// The output of a good build of the fixture, made once and laid into every case's site, so
/// that each case shows that a failed build leaves an existing `Output/` byte for byte.
enum BaselineOutput {
    static let files: [String: Data] = {
        guard let site = try? TemporarySite() else { return [:] }
        defer { site.remove() }
        guard case .success = site.build() else { return [:] }
        // A sample of the real output is enough to see that nothing is touched, and each case
        // writes it anew, so it is kept small.
        let sample = [
            "index.html", "kk/index.html", "kk/services/consular-registration/index.html",
            "data/services-ranking-2020.csv", "data/services-ranking-2020.json", "assets/site.css",
        ]
        var files = TemporarySite.snapshot(site.output).filter { sample.contains($0.key) }
        files["keep-me.txt"] = Data("a file the publisher put here by hand\n".utf8)
        return files
    }()

    static func write(into output: URL) throws {
        for (path, data) in files {
            let url = output.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
    }
}

/// The `sapa` command line, built beside the test bundle (the test target depends on it).
enum SapaExecutable {
    static var url: URL? {
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL { candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("sapa")) }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("sapa"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sapa"))
        candidates.append(TemporarySite.repositoryRoot.appendingPathComponent(".build/debug/sapa"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        var description: String { "the sapa executable was not found beside the tests; run `swift build` first" }
    }

    /// Runs `sapa arguments…` and returns its exit status and standard error.
    /// `environment` replaces the language variables of the test's own (a developer's
    /// `SAPA_LANG` or `LANG` must not change what the tests see).
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, standardError: String) {
        guard let executable = Self.url else { throw MissingExecutable() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var inherited = ProcessInfo.processInfo.environment
        for name in ["SAPA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] { inherited[name] = nil }
        process.environment = inherited.merging(environment) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Where tests that build whole sites do their work: on two threads of their own, not on
/// Swift concurrency's shared ones. A test that held a shared thread for its whole length,
/// times a hundred queued cases, would starve tests that poll (the preview server's), which
/// then time out; here the test's task only waits.
enum TestWorkQueue {
    static let queue: OperationQueue = {
        let queue = OperationQueue()
        queue.name = "sapa.tests.site-builds"
        queue.maxConcurrentOperationCount = 2
        return queue
    }()

    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            queue.addOperation { continuation.resume(with: Result { try work() }) }
        }
    }
}

/// What one case did: built in process, and, if asked, through `sapa`.
struct BadInputOutcome: Sendable {
    /// A run of `sapa build` in another language.
    struct TranslatedRun: Sendable {
        var status: Int32
        var lines: [String]
        var outputUnchanged: Bool
    }

    var diagnostics: [String] = []
    var found: [Diagnostic] = []
    var translated: [Language: TranslatedRun] = [:]
    var succeeded = false
    var outputUnchanged = false
    var leftovers: [String] = []
    var checked: [String]?
    var executableStatus: Int32?
    var executableLines: [String]?
    var executableOutputUnchanged: Bool?

    /// The case built in process (its diagnostics as values), then by `sapa build` in Russian,
    /// chosen by the locale, and in Kazakh, chosen by `--lang`.
    static func runTranslated(_ badCase: BadInputCase) throws -> BadInputOutcome {
        try onCaseSite(badCase) { site, before in
            var outcome = BadInputOutcome()
            outcome.found = site.build().failureDiagnostics
            let runs: [(Language, [String], [String: String])] = [
                (.ru, ["build", "--site", site.root.path], ["LANG": "ru_RU.UTF-8"]),
                (.kk, ["build", "--site", site.root.path, "--lang", "kk"], ["LANG": "en_US.UTF-8"]),
            ]
            for (language, arguments, environment) in runs {
                let run = try SapaExecutable.run(arguments, environment: environment)
                outcome.translated[language] = TranslatedRun(
                    status: run.status, lines: run.standardError.split(separator: "\n").map(String.init),
                    outputUnchanged: TemporarySite.snapshot(site.output) == before)
            }
            return outcome
        }
    }

    /// The fixture with the case laid over it and the baseline output in place, and that
    /// output as it was before `body` runs; the site is removed afterwards.
    static func onCaseSite(_ badCase: BadInputCase, _ body: (TemporarySite, [String: Data]) throws -> BadInputOutcome) throws -> BadInputOutcome {
        let site = try TemporarySite()
        defer { site.remove() }
        try BaselineOutput.write(into: site.output)
        try badCase.apply(to: site)
        return try body(site, TemporarySite.snapshot(site.output))
    }

    static func run(_ badCase: BadInputCase, executable: Bool) throws -> BadInputOutcome {
        try onCaseSite(badCase) { site, before in
            var outcome = BadInputOutcome()
            let result = site.build()
            outcome.succeeded = result.isSuccess
            outcome.diagnostics = result.failureDiagnostics.map(\.description)
            outcome.outputUnchanged = TemporarySite.snapshot(site.output) == before
            outcome.leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter { $0.contains(".sapa-") }
            if executable {
                outcome.checked = SiteBuilder.check(site.options).failureDiagnostics.map(\.description)
                let run = try SapaExecutable.run(["build", "--site", site.root.path])
                outcome.executableStatus = run.status
                outcome.executableLines = run.standardError.split(separator: "\n").map(String.init)
                outcome.executableOutputUnchanged = TemporarySite.snapshot(site.output) == before
            }
            return outcome
        }
    }
}

@Suite struct BadInputTests {
    @Test func theCorpusHasAtLeastFortyCases() {
        #expect(BadInputCase.all.count >= 40)
    }

    @Test(arguments: BadInputCase.all)
    func stopsWithTheExpectedErrorsAndLeavesOutputIntact(_ badCase: BadInputCase) async throws {
        let description = try badCase.description()
        guard let expected = try badCase.expected() else {
            // A new case: show what it gives, to be read and, when right, saved as expected.txt.
            let outcome = try await TestWorkQueue.run { try BadInputOutcome.run(badCase, executable: false) }
            Issue.record("\(badCase.name) has no expected.txt; the build gives:\n\(outcome.diagnostics.joined(separator: "\n"))")
            return
        }
        #expect(!expected.isEmpty, "\(badCase.name)/expected.txt is empty")
        #expect(expected.allSatisfy { $0.contains(": error: ") || $0.contains(": warning: ") })
        #expect(
            expected.contains { $0.range(of: #"^[^:]+:\d+:\d+: error: "#, options: .regularExpression) != nil },
            "every case gives at least one path:line:column: error:")
        #expect(!BaselineOutput.files.isEmpty, "the fixture site itself must build")

        let executable = description.executable == true
        let outcome = try await TestWorkQueue.run { try BadInputOutcome.run(badCase, executable: executable) }
        #expect(!outcome.succeeded, "\(badCase.name): \(description.what) — but the build succeeded")
        #expect(outcome.diagnostics == expected)
        #expect(outcome.outputUnchanged, "a failed build changed Output/")
        #expect(outcome.leftovers.isEmpty, "a failed build left \(outcome.leftovers)")
        if executable {
            // `sapa check` finds the same problems (but for those only rendering reveals).
            let checked = outcome.checked ?? []
            #expect(!checked.isEmpty && checked.allSatisfy(expected.contains))
            #expect(outcome.executableStatus == 1)
            let errorCount = expected.filter { $0.contains(": error: ") }.count
            let summary = "sapa: \(errorCount) error(s); nothing was written, the previous output is unchanged"
            #expect(outcome.executableLines == expected + [summary])
            #expect(outcome.executableOutputUnchanged == true, "a failed `sapa build` changed Output/")
        }
    }

    /// Every case once more in Russian and in Kazakh: the same places, exit status 1, Output/
    /// intact, and each message the catalogue's text for its key in that language.
    @Test(arguments: BadInputCase.all)
    func speaksRussianAndKazakh(_ badCase: BadInputCase) async throws {
        guard let expected = try badCase.expected() else { return }  // a new case: the test above says so
        let outcome = try await TestWorkQueue.run { try BadInputOutcome.runTranslated(badCase) }
        #expect(outcome.found.map(\.description) == expected)
        #expect(!outcome.found.contains { $0.text.key == "untranslated" })
        func place(_ line: String) -> String { line.components(separatedBy: ": ").prefix(2).joined(separator: ": ") }
        for language in [Language.ru, .kk] {
            let run = try #require(outcome.translated[language])
            #expect(run.status == 1)
            #expect(run.outputUnchanged, "a failed `sapa build` in \(language.rawValue) changed Output/")
            let summary = ToolMessage(CommandMessage.buildFailed, ["count": outcome.found.filter { $0.severity == .error }.count]).rendered(in: language)
            #expect(run.lines == outcome.found.map { $0.description(in: language) } + [summary])
            #expect(run.lines.dropLast().map(place) == expected.map(place))
            for (line, english) in zip(run.lines, expected) where MessageCatalogueTests.hasEnglishWords(english.components(separatedBy: ": ").dropFirst(2).joined()) {
                #expect(line != english, "left in English in \(language.rawValue): \(line)")
            }
        }
    }

    /// Every case says what it is about.
    @Test(arguments: BadInputCase.all)
    func describesItself(_ badCase: BadInputCase) throws {
        let description = try badCase.description()
        #expect(!description.what.isEmpty)
        #expect(
            !badCase.files().isEmpty || description.remove != nil || description.replace != nil || description.append != nil,
            "\(badCase.name) changes nothing")
    }
}

/// What spreadsheets and editors do to files that is not a mistake: each variant of the fixture
/// builds the very same site, byte for byte.
@Suite struct AcceptedInputTests {
    enum Variant: String, CaseIterable, Sendable {
        case byteOrderMark, crlfLineEnds, semicolonDelimiters, trailingEmptyLines, delimiterOnlyRows, allAtOnce
    }

    static let baseline: [String: Data] = {
        guard let site = try? TemporarySite() else { return [:] }
        defer { site.remove() }
        guard case .success = site.build() else { return [:] }
        return TemporarySite.snapshot(site.output)
    }()

    /// Rewrites every text file of `Content/` as `variant` says; returns how many changed.
    static func apply(_ variant: Variant, to site: TemporarySite) throws -> Int {
        let content = site.root.appendingPathComponent("Content")
        var changed = 0
        for url in SiteFolder(root: site.root).files(in: content, extensions: ["csv", "md", "yml"]) {
            let original = try Data(contentsOf: url)
            var bytes = [UInt8](original)
            let hadMark = bytes.starts(with: [0xEF, 0xBB, 0xBF])
            if hadMark { bytes.removeFirst(3) }
            var text = String(decoding: bytes, as: UTF8.self)
            let isCSV = url.pathExtension == "csv"
            let delimiter = text.prefix { $0 != "\n" }.contains(";") ? ";" : ","
            if variant == .semicolonDelimiters || variant == .allAtOnce, isCSV, delimiter == ",", !text.contains("\""), !text.contains(";") {
                text = text.replacingOccurrences(of: ",", with: ";")
            }
            if variant == .delimiterOnlyRows || variant == .allAtOnce, isCSV {
                let columns = text.prefix { $0 != "\n" }.filter { $0 == Character(delimiter) }.count
                if !text.hasSuffix("\n") { text += "\n" }
                text += String(repeating: String(repeating: delimiter, count: columns) + "\n", count: 3)
            }
            if variant == .trailingEmptyLines || variant == .allAtOnce { text += "\n\n\n" }
            if variant == .crlfLineEnds || variant == .allAtOnce { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            let mark = hadMark || variant == .byteOrderMark || variant == .allAtOnce
            let rewritten = Data((mark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
            if rewritten != original { changed += 1 }
            try rewritten.write(to: url)
        }
        return changed
    }

    @Test(arguments: Variant.allCases)
    func buildsTheSameSite(_ variant: Variant) async throws {
        let (changed, diagnostics, output, baseline) = try await TestWorkQueue.run {
            let site = try TemporarySite()
            defer { site.remove() }
            let changed = try Self.apply(variant, to: site)
            let diagnostics = site.build().failureDiagnostics.map(\.description)
            return (changed, diagnostics, TemporarySite.snapshot(site.output), Self.baseline)
        }
        #expect(changed >= 3, "the variant changed too little to show anything")
        #expect(diagnostics.isEmpty, "\(variant): \(diagnostics)")
        #expect(!baseline.isEmpty)
        #expect(output.keys.sorted() == baseline.keys.sorted())
        for (path, data) in output where baseline[path] != data {
            Issue.record("\(variant): \(path) differs from the site built from the original files")
        }
    }
}
