import Foundation
import Testing

@testable import SapaPreview

/// The preview server for real: started on a free port against a copy of the fixture site,
/// spoken to over sockets. One at a time, so that the rebuilds do not compete for the cores.
@Suite("Preview server", .serialized)
struct ServerTests {
    static let servicePage = "/kk/services/consular-registration/"
    static let servicePageKey = "kk/services/consular-registration/index.html"
    static let serviceSource = "Content/2020/services/consular-registration.md"
    static let originalText = "Қызмет алушылар **жоғары** бағалады."
    static let indicatorFigures = "Content/2020/service-figures/indicators.csv"
    static let regionsFigures = "Content/2020/service-figures/regions.csv"
    static let regionsHeader = "service,region,label_kk,label_ru,rank,score,satisfaction,respondents,score_label_kk,score_label_ru,source_kk,source_ru\n"

    @Test("files are served with their types, UTF-8 and no-cache; the reload tag only in pages")
    func typesAndHeaders() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        try await withPreview(site) { port in
            let expected: [(String, String)] = [
                ("/kk/", "text/html; charset=utf-8"),
                ("/assets/site.css", "text/css; charset=utf-8"),
                ("/assets/site.js", "text/javascript; charset=utf-8"),
                ("/data/services-ranking-2020.csv", "text/csv; charset=utf-8"),
                ("/data/services-ranking-2020.json", "application/json"),
                ("/img/logo.svg", "image/svg+xml"),
                ("/img/photo.png", "image/png"),
                ("/img/photo.jpg", "image/jpeg"),
                ("/robots.txt", "text/plain; charset=utf-8"),
                ("/sitemap.xml", "application/xml; charset=utf-8"),
                ("/_sapa/live-reload.js", "text/javascript; charset=utf-8"),
            ]
            for (path, type) in expected {
                let response = try await RawHTTP.request(port: port, path: path)
                #expect(response.status == 200, "\(path)")
                #expect(response.header("Content-Type") == type, "\(path)")
                #expect(response.header("Cache-Control") == "no-cache", "\(path)")
                #expect(response.header("Content-Length") == String(response.body.count), "\(path)")
                #expect(response.text.contains(LiveReload.scriptPath) == (type.hasPrefix("text/html")), "\(path)")
            }
            let page = try await RawHTTP.request(port: port, path: "/kk/")
            #expect(page.text.contains("lang=\"kk\""))
            #expect(page.text.contains("<script src=\"/_sapa/live-reload.js\" data-key=\"kk/index.html\""))
            #expect(page.text.hasSuffix("defer></script></body>\n</html>\n"))
        }
        // The preview writes nothing into the site: no Output/, so no reload script in one.
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("Output").path))
    }

    @Test("folders, redirects, missing files, HEAD and methods other than GET")
    func routing() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        try await withPreview(site) { port in
            let redirect = try await RawHTTP.request(port: port, path: "/kk/services")
            #expect(redirect.status == 301)
            #expect(redirect.header("Location") == "/kk/services/")

            let missing = try await RawHTTP.request(port: port, path: "/kk/no-such-page/")
            #expect(missing.status == 404)
            #expect(missing.header("Content-Type") == "text/html; charset=utf-8")
            let notFoundPage = try await RawHTTP.request(port: port, path: "/404.html")
            #expect(notFoundPage.status == 200)
            #expect(missing.text.contains("data-key=\"\""), "the 404 page reloads on any build")
            #expect(missing.text.replacingOccurrences(of: "data-key=\"\"", with: "data-key=\"404.html\"") == notFoundPage.text)

            let get = try await RawHTTP.request(port: port, path: "/kk/")
            let head = try await RawHTTP.request(port: port, method: "HEAD", path: "/kk/")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == String(get.body.count))
            #expect(head.header("Content-Type") == get.header("Content-Type"))
            #expect(head.header("Cache-Control") == "no-cache")

            for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"] {
                let response = try await RawHTTP.request(port: port, method: method, path: "/kk/")
                #expect(response.status == 405, "\(method)")
                #expect(response.header("Allow") == "GET, HEAD", "\(method)")
            }
        }
    }

    @Test("nothing outside the built site is served")
    func traversalIsRefused() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        // Links in the sources that point out of the site: a file and a folder.
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("Content/static/leak.txt"),
            withDestinationURL: site.secret)
        try FileManager.default.createSymbolicLink(
            at: site.root.appendingPathComponent("Content/static/outside"),
            withDestinationURL: site.folder)
        // A line of site.yml that no page prints: seen in a response, a source file leaked.
        let sourceMarker = "SOURCE-ONLY-MARKER"
        try site.write("Content/site.yml", try site.read("Content/site.yml") + "\n# \(sourceMarker)\n")
        try await withPreview(site) { port in
            let attempts = [
                "/../secret.txt", "/../../secret.txt", "/kk/../../secret.txt", "/..", "/./kk/",
                "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/secret.txt", "/.%2e/secret.txt",
                "/kk%2f..%2f..%2fsecret.txt", "/%2fsecret.txt", "/kk%5c..%5c..%5csecret.txt",
                "/kk\\..\\..\\secret.txt", "/kk/index.html%00", "/%00/../secret.txt", "//secret.txt",
                "/leak.txt", "/outside/secret.txt", "/outside/site/Content/site.yml",
                "/_sapa/../secret.txt", "/_sapa/secret.txt",
            ]
            for path in attempts {
                let response = try await RawHTTP.request(port: port, path: path)
                #expect(response.status == 404, "\(path) gave \(response.status)")
                #expect(!response.text.contains(PreviewSite.secretText), "\(path) leaked the secret")
                #expect(!response.text.contains(sourceMarker), "\(path) leaked a source file")
            }
        }
    }

    @Test("an edit reloads the page with the new text; a broken edit keeps the page and shows the error; the fix clears it")
    func liveReloadAndErrors() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let log = CapturedLog()
        try await withPreview(site, log: log) { port in
            let before = try await RawHTTP.request(port: port, path: Self.servicePage)
            #expect(before.text.contains("<strong>жоғары</strong>"))
            let home = try await RawHTTP.request(port: port, path: "/en/")
            let pageStream = try await EventStream(port: port, key: Self.servicePageKey, since: try generation(of: before))
            let homeStream = try await EventStream(port: port, key: "en/index.html", since: try generation(of: home))
            defer {
                pageStream.close()
                homeStream.close()
            }

            // 1. An edit: the page's stream says reload, the URL has the new text.
            try site.replace(Self.serviceSource, Self.originalText, with: "Қызмет алушылар **өте жоғары** бағалады.")
            _ = try await pageStream.next("reload")
            let edited = try await RawHTTP.request(port: port, path: Self.servicePage)
            #expect(edited.status == 200)
            #expect(edited.text.contains("<strong>өте жоғары</strong>"))
            // A page the edit did not change stays as it is.
            _ = try await homeStream.next("ok")
            #expect(homeStream.pendingEventNames.isEmpty)

            // 2. A broken edit: the error, with file and line, to the page and the terminal;
            // the last good page is still served.
            let afterEdit = try await EventStream(port: port, key: Self.servicePageKey, since: try generation(of: edited))
            defer { afterEdit.close() }
            try site.replace("Content/2020/services-ranking.csv", "4,86", with: "6,2")
            let errors = try await afterEdit.next("errors")
            #expect(errors.contains(#""path":"Content/2020/services-ranking.csv""#))
            #expect(errors.contains(#""line":2"#))
            #expect(errors.contains("«6,2»"))
            let during = try await RawHTTP.request(port: port, path: Self.servicePage)
            #expect(during.status == 200)
            #expect(during.text.contains("<strong>өте жоғары</strong>"))
            #expect(log.all.contains { $0.hasPrefix("Content/2020/services-ranking.csv:2:") && $0.contains(": error: ") })
            // A page opened while the site is broken gets the errors as soon as it listens.
            let openedLater = try await EventStream(port: port, key: Self.servicePageKey, since: try generation(of: during))
            defer { openedLater.close() }
            _ = try await openedLater.next("errors")

            // 3. The fix: the same site as before, so the overlay goes and the page stays.
            try site.replace("Content/2020/services-ranking.csv", "6,2", with: "4,86")
            _ = try await afterEdit.next("ok")
            _ = try await openedLater.next("ok")
            let fixed = try await RawHTTP.request(port: port, path: Self.servicePage)
            #expect(fixed.text.contains("<strong>өте жоғары</strong>"))
            #expect(try generation(of: fixed) > generation(of: edited))
        }
        // Each rebuild reports its time, and where it went: the edit of the service's findings
        // redid its 6 pages (kk, ru, en; unprefixed and under /2020/), in milliseconds; the fix
        // of a table, the whole site, in seconds.
        #expect(
            log.all.contains {
                $0.hasPrefix("\(Self.serviceSource) changed: rebuilt 6 of ")
                    && $0.range(of: #" pages \(6 changed.*\) in \d+\.\d ms \(check \d+\.\d, render \d+\.\d, swap \d+\.\d\)$"#, options: .regularExpression) != nil
            })
        #expect(
            log.all.contains {
                $0.hasPrefix("Content/2020/services-ranking.csv changed: built ")
                    && $0.range(of: #" in \d+\.\d\d s \(check \d+\.\d\d, render \d+\.\d\d, swap \d+\.\d\d\)$"#, options: .regularExpression) != nil
            })
    }

    @Test(
        "an edit of a service file redoes and reloads only the pages that show it; its errors show and clear as any build's",
        arguments: [true, false])
    func serviceFileEdits(fileEvents: Bool) async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let log = CapturedLog()
        let regionPage = "/kk/regions/astana/"
        try await withPreview(site, log: log, fileEvents: fileEvents) { port in
            func streams() async throws -> (service: EventStream, region: EventStream, home: EventStream) {
                let service = try await RawHTTP.request(port: port, path: Self.servicePage)
                let region = try await RawHTTP.request(port: port, path: regionPage)
                let home = try await RawHTTP.request(port: port, path: "/kk/")
                return (
                    try await EventStream(port: port, key: Self.servicePageKey, since: try generation(of: service)),
                    try await EventStream(port: port, key: "kk/regions/astana/index.html", since: try generation(of: region)),
                    try await EventStream(port: port, key: "kk/index.html", since: try generation(of: home))
                )
            }
            // 1. The findings: the service's pages, nothing else.
            let first = try await streams()
            defer { for stream in [first.service, first.region, first.home] { stream.close() } }
            try site.replace(Self.serviceSource, Self.originalText, with: "Қызмет алушылар **өте жоғары** бағалады.")
            _ = try await first.service.next("reload")
            _ = try await first.region.next("ok")
            _ = try await first.home.next("ok")
            #expect(try await RawHTTP.request(port: port, path: Self.servicePage).text.contains("<strong>өте жоғары</strong>"))
            #expect(!(try await RawHTTP.request(port: port, path: regionPage).text.contains("/kk/services/consular-registration/")))
            #expect(log.all.contains { $0.hasPrefix("\(Self.serviceSource) changed: rebuilt 6 of ") && $0.contains(" ms (") })

            // 2. The figures: a regions table for the chapter puts the service on the region's
            // page; 12 pages made again: the service's and the region's, in 3 languages,
            // unprefixed and under /2020/.
            let second = try await streams()
            defer { for stream in [second.service, second.region, second.home] { stream.close() } }
            try site.write(Self.regionsFigures, Self.regionsHeader + "consular-registration,astana,Астана қ.,,,4.5,,,,,55-кесте,\n")
            _ = try await second.service.next("reload")
            _ = try await second.region.next("reload")
            _ = try await second.home.next("ok")
            #expect(try await RawHTTP.request(port: port, path: regionPage).text.contains("/kk/services/consular-registration/"))
            #expect(log.all.contains { $0.hasPrefix("\(Self.regionsFigures) changed: rebuilt 12 of ") && $0.contains(" ms (") })

            // 3. A bad figure: the errors, with the file and line, on the open page and in the
            // terminal; the last good page served.
            let third = try await streams()
            defer { for stream in [third.service, third.region, third.home] { stream.close() } }
            try site.replace(Self.indicatorFigures, "consular-registration,80,4.86,", with: "consular-registration,80,\"6,2\",")
            let errors = try await third.service.next("errors")
            #expect(errors.contains(#""path":"Content/2020/service-figures/indicators.csv""#) && errors.contains(#""line":2"#))
            #expect(errors.contains("`score` is 6.2"))
            _ = try await third.home.next("errors")
            #expect(log.all.contains { $0.hasPrefix("\(Self.indicatorFigures):2:") && $0.contains(": error: ") })
            let during = try await RawHTTP.request(port: port, path: Self.servicePage)
            #expect(during.status == 200)
            #expect(during.text.contains("<strong>өте жоғары</strong>"))

            // 4. The fix: the site is the last good one again, so the errors go and the pages stay.
            try site.replace(Self.indicatorFigures, "consular-registration,80,\"6,2\",", with: "consular-registration,80,4.86,")
            _ = try await third.service.next("ok")
            _ = try await third.home.next("ok")
            #expect(third.service.pendingEventNames.isEmpty)
            // A partial rebuild again, from the last good build: nothing differs from it.
            #expect(log.all.contains { $0.hasPrefix("\(Self.indicatorFigures) changed: rebuilt 0 of ") })
        }
    }

    @Test("a page that missed a rebuild while away reloads when it comes back")
    func stalePageReloadsOnConnect() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        try await withPreview(site) { port in
            let before = try await RawHTTP.request(port: port, path: Self.servicePage)
            try site.replace(Self.serviceSource, Self.originalText, with: "Жаңа мәтін.")
            try await eventually("the rebuild") {
                try await RawHTTP.request(port: port, path: Self.servicePage).text.contains("Жаңа мәтін.")
            }
            let stream = try await EventStream(port: port, key: Self.servicePageKey, since: try generation(of: before))
            defer { stream.close() }
            _ = try await stream.next("reload", timeout: .seconds(10))
        }
    }

    @Test("a save that changes no byte rebuilds nothing")
    func unchangedSaveIsSkipped() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let log = CapturedLog()
        try await withPreview(site, log: log) { port in
            let before = try await RawHTTP.request(port: port, path: Self.servicePage)
            // The same text written again: new stamps, same bytes.
            try site.write(Self.serviceSource, try site.read(Self.serviceSource))
            try await eventually("the unchanged save to be noticed") {
                log.all.contains("\(Self.serviceSource) saved unchanged: nothing to rebuild")
            }
            let after = try await RawHTTP.request(port: port, path: Self.servicePage)
            #expect(try generation(of: after) == generation(of: before))
            #expect(!log.all.contains { $0.contains("changed: built") })
        }
    }

    @Test("a site that does not build at first is shown as errors, and served once fixed")
    func firstBuildFails() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        try site.replace("Content/2020/services-ranking.csv", "4,86", with: "6,2")
        try await withPreview(site) { port in
            let placeholder = try await RawHTTP.request(port: port, path: "/kk/")
            #expect(placeholder.status == 503)
            let stream = try await EventStream(port: port, key: "", since: try generation(of: placeholder))
            defer { stream.close() }
            #expect(try await stream.next("errors").contains("services-ranking.csv"))
            try site.replace("Content/2020/services-ranking.csv", "6,2", with: "4,86")
            _ = try await stream.next("reload")
            #expect(try await RawHTTP.request(port: port, path: "/kk/").status == 200)
        }
    }

    @Test("requests during rebuilds get a whole page, old or new, never a mix")
    func swapsWhole() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        try await withPreview(site) { port in
            let rounds = 4
            try await withThrowingTaskGroup(of: Int.self) { group in
                let stop = StopFlag()
                for _ in 0..<3 {
                    group.addTask {
                        var count = 0
                        while !stop.isSet {
                            let response = try await RawHTTP.request(port: port, path: Self.servicePage)
                            // RawHTTP.parse already refuses a body shorter or longer than announced.
                            #expect(response.status == 200)
                            let versions = (0...rounds).filter { response.text.contains("ВЕРСИЯ-\($0)") }
                            #expect(versions.count <= 1, "a page mixing two builds")
                            #expect(response.text.hasSuffix("</html>\n"))
                            count += 1
                        }
                        return count
                    }
                }
                var previous = Self.originalText
                for round in 1...rounds {
                    let text = "ВЕРСИЯ-\(round)."
                    try site.replace(Self.serviceSource, previous, with: text)
                    previous = text
                    try await eventually("build \(round)") {
                        try await RawHTTP.request(port: port, path: Self.servicePage).text.contains(text)
                    }
                }
                stop.set()
                var total = 0
                for try await count in group { total += count }
                #expect(total > rounds)
            }
        }
    }

    @Test("a port in use is a clear error")
    func portInUse() async throws {
        let site = try PreviewSite()
        defer { site.remove() }
        let holder = try PortHolder()
        defer { holder.release() }
        let server = PreviewServer(configuration: PreviewConfiguration(site: site.root, port: holder.port), log: .silent)
        await #expect {
            try await server.run()
        } throws: { error in
            guard case PreviewError.portInUse(_, let port) = error else { return false }
            return port == holder.port && "\(error)".contains("already in use")
        }
    }
}

final class StopFlag: @unchecked Sendable {
    // Set by the test, read by the request loops.
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
