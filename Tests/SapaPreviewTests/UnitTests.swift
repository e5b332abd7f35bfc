import Foundation
import SapaBuild
import SapaModel
import SapaSite
import SapaSource
import Testing

@testable import SapaPreview

@Suite("Request paths")
struct RequestPathTests {
    @Test(
        "site paths resolve, decoded once",
        arguments: [
            ("/", RequestPath.Target.site("")),
            ("/kk/", .site("kk/")),
            ("/kk/services/consular-registration/", .site("kk/services/consular-registration/")),
            ("/assets/site.css", .site("assets/site.css")),
            ("/%D2%9B%D0%B0%D0%B7/", .site("қаз/")),
            ("/a%20b.txt", .site("a b.txt")),
            ("/_sapa/events", .preview("events")),
        ])
    func resolves(_ raw: String, _ expected: RequestPath.Target) {
        #expect(RequestPath.resolve(raw) == expected)
    }

    @Test(
        "every traversal form is refused",
        arguments: [
            "/../Package.swift", "/kk/../../Package.swift", "/..", "/kk/..", "/./kk/", "/kk/./index.html",
            "/%2e%2e/Package.swift", "/%2E%2E/Package.swift", "/.%2e/x", "/%2e/x", "/kk%2f..%2f..%2fx", "/kk%2Findex.html",
            "/kk%5c..%5cx", "/kk\\..\\x", "/kk/\\etc", "/kk/index.html%00", "/kk/%00", "/kk/\0x",
            "//etc/passwd", "/kk//index.html", "/%zz", "/%e2%28%a1", "/%", "relative/path", "",
        ])
    func refuses(_ raw: String) {
        #expect(RequestPath.resolve(raw) == .refused)
    }

    @Test func basePath() {
        #expect(RequestPath.resolve("/sub/kk/", basePath: "/sub/") == .site("kk/"))
        #expect(RequestPath.resolve("/sub", basePath: "/sub/") == .site(""))
        #expect(RequestPath.resolve("/kk/", basePath: "/sub/") == .refused)
        #expect(RequestPath.resolve("/sub/../kk/", basePath: "/sub/") == .refused)
    }
}

@Suite("Content types")
struct ContentTypeTests {
    @Test(arguments: [
        ("kk/index.html", "text/html; charset=utf-8"), ("assets/site.css", "text/css; charset=utf-8"),
        ("assets/site.js", "text/javascript; charset=utf-8"), ("data/t.json", "application/json"),
        ("data/t.csv", "text/csv; charset=utf-8"), ("img/a.svg", "image/svg+xml"), ("img/a.PNG", "image/png"),
        ("img/a.jpg", "image/jpeg"), ("img/a.jpeg", "image/jpeg"), ("robots.txt", "text/plain; charset=utf-8"),
        ("sitemap.xml", "application/xml; charset=utf-8"), ("CNAME", "application/octet-stream"),
    ])
    func byExtension(_ path: String, _ type: String) {
        #expect(ContentType.forPath(path) == type)
    }
}

@Suite("Live reload tag and snapshots")
struct SnapshotTests {
    @Test func injectsBeforeTheLastBodyEnd() {
        let page = Array("<html><body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let result = String(decoding: LiveReload.inject("<script></script>", into: page), as: UTF8.self)
        #expect(result == "<html><body><p>&lt;/body&gt;</p><script></script></BODY></html>")
        let fragment = String(decoding: LiveReload.inject("<s>", into: Array("<p>x</p>".utf8)), as: UTF8.self)
        #expect(fragment == "<p>x</p><s>")
        #expect(LiveReload.tag(key: "a\"b", generation: 3).contains("data-key=\"a&quot;b\" data-generation=\"3\""))
    }

    /// A site of small files, by path and text.
    static func snapshot(_ files: KeyValuePairs<String, String>, generation: Int, previous: SiteSnapshot? = nil) -> SiteSnapshot {
        SiteSnapshot.make(files: files.map { OutputFile(path: $0.key, text: $0.value) }, basePath: "/", generation: generation, previous: previous)
    }

    @Test func tracksWhatChangedAndWhichPagesAreStale() {
        let first = Self.snapshot(
            [
                "kk/index.html": "<body>home</body>",
                "kk/a/index.html": "<body>a</body>",
                "assets/site.css": "p{}",
                "404.html": "<body>missing</body>",
            ], generation: 10)
        #expect(first.changedPaths(since: nil).count == 4)
        // Only page a changes.
        let second = Self.snapshot(
            [
                "kk/index.html": "<body>home</body>",
                "kk/a/index.html": "<body>a, edited</body>",
                "assets/site.css": "p{}",
                "404.html": "<body>missing</body>",
            ], generation: 11, previous: first)
        #expect(second.changedPaths(since: first) == ["kk/a/index.html"])
        #expect(second.isStale(key: "kk/a/index.html", since: 10))
        #expect(!second.isStale(key: "kk/index.html", since: 10))
        #expect(second.isStale(key: "", since: 10), "a page shown for a missing file reloads on any build")
        #expect(!second.isStale(key: "kk/a/index.html", since: 11))
        // Every page is served with the generation it was served in.
        guard case .file(let home) = second.lookup("kk/") else {
            Issue.record("no home page")
            return
        }
        #expect(String(buffer: home.body).contains("data-key=\"kk/index.html\" data-generation=\"11\""))
        #expect(home.built == Array("<body>home</body>".utf8), "the built bytes carry no tag")
        // A style changes: every page reloads.
        let third = Self.snapshot(
            [
                "kk/index.html": "<body>home</body>",
                "assets/site.css": "p{color:red}",
            ], generation: 12, previous: second)
        #expect(third.isStale(key: "kk/index.html", since: 11))
        #expect(third.changedPaths(since: second) == ["404.html", "assets/site.css", "kk/a/index.html"])
    }

    @Test func partialRebuildTagsOnlyThePagesThatChanged() {
        let first = Self.snapshot(
            [
                "kk/index.html": "<body>home</body>",
                "kk/a/index.html": "<body>a</body>",
                "kk/b/index.html": "<body>b</body>",
                "assets/site.css": "p{}",
                "404.html": "<body>missing</body>",
            ], generation: 10)
        // Pages a and b made again; only a came out different.
        let second = first.replacing(
            [
                OutputFile(path: "kk/a/index.html", text: "<body>a, edited</body>"),
                OutputFile(path: "kk/b/index.html", text: "<body>b</body>"),
            ], generation: 11)
        #expect(second.generation == 11)
        #expect(second.changedPaths(since: first) == ["kk/a/index.html"])
        #expect(second.isStale(key: "kk/a/index.html", since: 10))
        #expect(!second.isStale(key: "kk/b/index.html", since: 10))
        #expect(!second.isStale(key: "kk/index.html", since: 10))
        #expect(second.isStale(key: "", since: 10), "a page shown for a missing file reloads on any build")
        func served(_ snapshot: SiteSnapshot, _ path: String) -> String {
            guard case .file(let file) = snapshot.lookup(path) else { return "" }
            return String(buffer: file.body)
        }
        #expect(served(second, "kk/a/").contains("<body>a, edited<script") && served(second, "kk/a/").contains("data-generation=\"11\""))
        // Unchanged pages keep their tag: a page loaded with it is current, and stays so.
        #expect(served(second, "kk/b/") == served(first, "kk/b/"))
        #expect(served(second, "kk/") == served(first, "kk/"))
        #expect(second.notFound.map { String(buffer: $0.body).contains("data-generation=\"11\"") } == true)
        #expect(second.assetsChangedIn == first.assetsChangedIn)
    }

    @Test func looksUpFoldersAndRedirects() {
        let snapshot = SiteSnapshot.make(
            files: [OutputFile(path: "kk/index.html", text: "<body></body>")],
            basePath: "/sub/", generation: 1, previous: nil)
        if case .file = snapshot.lookup("kk/") {} else { Issue.record("kk/ should be its index.html") }
        if case .redirect(let location) = snapshot.lookup("kk") { #expect(location == "/sub/kk/") } else { Issue.record("kk should redirect") }
        if case .missing = snapshot.lookup("ru/") {} else { Issue.record("ru/ is missing") }
        if case .missing = snapshot.lookup("") {} else { Issue.record("no root index") }
    }

    @Test func eventsAreOneLineOfJSON() {
        let event = BuildEvent.errors(
            generation: 5,
            diagnostics: [
                Diagnostic(path: "Content/x.csv", line: 2, column: 3, ToolMessage(PreviewMessage.portInUse, ["port": "bad\nvalue «6,2» </script>", "host": "x"]))
            ]
        ).serverSentEvent
        let lines = event.components(separatedBy: "\n")
        #expect(lines.count == 4 && lines[0] == "event: errors" && lines[2].isEmpty && lines[3].isEmpty)
        #expect(lines[1].hasPrefix("data: {"))
        #expect(lines[1].contains(#""path":"Content/x.csv""#) && lines[1].contains(#""line":2"#) && lines[1].contains(#""column":3"#))
    }

    @Test func fingerprintSeesEditsAdditionsAndRemovals() throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let before = FolderFingerprint.scan(root: site.root)
        #expect(before.stamps.keys.contains("Content/site.yml"))
        #expect(before.stamps.keys.contains("Templates/layouts/base.mustache"))
        try site.write("Content/site.yml", try site.read("Content/site.yml") + "\n# edited\n")
        try site.write("Content/static/new.txt", "new")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/static/CNAME"))
        try site.write("Content/.hidden.swp", "editor state")
        let after = FolderFingerprint.scan(root: site.root)
        #expect(after.changes(since: before) == ["Content/site.yml", "Content/static/CNAME", "Content/static/new.txt"])
    }
}

@Suite("File events")
struct FileEventsTests {
    @Test("a change under Content/ or Templates/ wakes the watcher at once, in folders made later too; hidden files do not")
    func wakesOnChanges() async throws {
        #if os(Linux)
            let site = try PreviewSite()
            defer { site.remove() }
            let events = try #require(FileEvents.start(root: site.root, folders: FolderFingerprint.watchedFolders))
            defer { events.stop() }
            func settle() async { await events.settle(quiet: .milliseconds(20), until: .now.advanced(by: .seconds(2))) }
            #expect(await events.wait(timeout: .milliseconds(100)) == false)
            try site.write("Templates/layouts/base.mustache", try site.read("Templates/layouts/base.mustache") + "\n")
            #expect(await events.wait(timeout: .seconds(10)))
            await settle()
            // A folder made after the start (as `sapa new-edition` makes next year's), then a file in it.
            try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Content/2021"), withIntermediateDirectories: false)
            #expect(await events.wait(timeout: .seconds(10)))
            await settle()
            try site.write("Content/2021/edition.yml", "year: 2021\ndraft: true\ntitle_kk: Басылым 2021\n")
            #expect(await events.wait(timeout: .seconds(10)), "a file in a folder made after the start")
            await settle()
            try site.write("Content/.new.md.swp", "an editor's state")
            try site.write("Output/index.html", "a build beside the sources")
            #expect(await events.wait(timeout: .milliseconds(300)) == false)
        #endif
    }
}
