import SapaMustache
import Dispatch
import Foundation
import Synchronization
import Logging
import SapaModel
import SapaSource
import SapaSite

/// What to build and where.
public struct BuildOptions: Sendable {
    public var site: URL
    public var output: URL?
    public var baseURL: String?
    /// Show the latest edition even if it is a draft (`sapa serve --drafts`).
    public var includeDrafts: Bool
    /// Where the steps report how long they took (at `debug` level).
    public var logger: Logger

    public init(site: URL, output: URL? = nil, baseURL: String? = nil, includeDrafts: Bool = false, logger: Logger = Logger(label: "sapa")) {
        self.site = site
        self.output = output
        self.baseURL = baseURL
        self.includeDrafts = includeDrafts
        self.logger = logger
    }

    public var outputFolder: URL { output ?? site.appendingPathComponent("Output") }
}

/// The figures of a finished build.
public struct BuildReport: Sendable {
    public var pages: Int
    public var files: Int
    public var bytes: Int
    public var seconds: Double
    public var warnings: [Diagnostic]
}

/// The pipeline: load and validate the content into a model, load the templates, build the
/// views of every language, render them, and write the whole site at once.
public enum SiteBuilder {
    /// Everything checked, nothing written (`sapa check`).
    public struct Checked: Sendable {
        public var model: SiteModel
        public var templates: TemplateSet
        public var strings: [Language: InterfaceStrings]
        public var warnings: [Diagnostic]
    }

    public static func check(_ options: BuildOptions) -> Result<Checked, DiagnosticList> {
        check(options, readingServiceFilesWith: ModelBuilder.readReports(folder:maxBytes:))
    }

    /// `check`, with the service files read by `reader` (see `IncrementalBuild`).
    static func check(_ options: BuildOptions,
                      readingServiceFilesWith reader: @escaping @Sendable (SiteFolder, Int) -> [(URL, ModelBuilder.ReadReport)]) -> Result<Checked, DiagnosticList> {
        let folder = SiteFolder(root: options.site)
        var problems = DiagnosticCollector()
        // The templates and interface strings do not depend on Content/ (but for the size
        // limit site.yml may set): once it is read, they are read, checked and folded on a
        // thread of their own while the rest of the model is built.
        var presentation: BackgroundWork<Presentation>?
        let built = ModelBuilder.build(folder, readingServiceFilesWith: reader, includeDrafts: options.includeDrafts) { limits in
            presentation = BackgroundWork { loadPresentation(folder, maxBytes: limits.maxFileBytes) }
        }
        var model: SiteModel?
        switch built {
        case .success(var built):
            if let baseURL = options.baseURL { built.config.baseURL = baseURL }
            model = built
        case .failure(let list): problems.append(contentsOf: list.diagnostics)
        }
        let loaded = presentation!.result()
        problems.append(contentsOf: loaded.problems)
        guard !problems.hasErrors, let model, let templates = loaded.templates, let strings = loaded.strings else {
            return .failure(DiagnosticList(problems.sorted))
        }
        return .success(Checked(model: model, templates: templates, strings: strings, warnings: warnings(model)))
    }

    /// The templates, the interface strings of every language, and the templates with those
    /// strings folded in; or what is wrong with them.
    typealias Presentation = (templates: TemplateSet?, strings: [Language: InterfaceStrings]?, problems: [Diagnostic])

    static func loadPresentation(_ folder: SiteFolder, maxBytes: Int) -> Presentation {
        var problems = DiagnosticCollector()
        var templates: TemplateSet?
        switch TemplateSet.load(folder, maxBytes: maxBytes) {
        case .success(let set): templates = set
        case .failure(let list): problems.append(contentsOf: list.diagnostics)
        }
        var strings: [Language: InterfaceStrings]?
        if let templates {
            switch InterfaceStrings.load(folder, templates: templates, maxBytes: maxBytes) {
            case .success(let loaded): strings = loaded
            case .failure(let list): problems.append(contentsOf: list.diagnostics)
            }
        }
        for name in requiredTemplates where templates != nil && !templates!.has(name) {
            problems.error("Templates/pages/\(name).mustache", "the template is missing; Sapa renders its pages with it")
        }
        if problems.hasErrors { return (templates, strings, problems.diagnostics) }
        return (templates.map { set in strings.map { set.specialized(for: $0) } ?? set }, strings, problems.diagnostics)
    }

    static let requiredTemplates = ["home", "ranking", "service", "entity", "page", "data", "search", "not-found"]

    /// What a published language lacks: `sapa check` lists it; pages show the Kazakh text,
    /// marked as Kazakh, meanwhile.
    static func warnings(_ model: SiteModel) -> [Diagnostic] {
        var warnings = model.loadWarnings
        for language in model.config.languages where language == .ru {
            let code = language.rawValue
            func missing(_ path: String, _ line: Int, _ what: String) {
                warnings.append(Diagnostic(path: path, line: line, column: 1, severity: .warning,
                    "\(what) has no \(code == "ru" ? "Russian" : code) text (name_\(code)); pages in \(code) show the Kazakh one; add it"))
            }
            for service in model.services where service.name.values[language] == nil {
                missing("Content/data/services.csv", service.line, "the service `\(service.id)`")
            }
            for body in model.bodies where body.name.values[language] == nil {
                missing("Content/data/bodies.csv", body.line, "the body `\(body.id)`")
            }
            for region in model.regions where region.name.values[language] == nil {
                missing("Content/data/regions.csv", region.line, "the region `\(region.id)`")
            }
            for table in model.tables where table.title.values[language] == nil {
                warnings.append(Diagnostic(path: "Content/data/tables.yml", severity: .warning,
                    "the table `\(table.id)` has no title_\(code); pages in \(code) show the Kazakh title; add it"))
            }
            for slug in Set(model.pages.map(\.slug)).sorted() where !model.pages.contains(where: { $0.slug == slug && $0.language == language }) {
                warnings.append(Diagnostic(path: "Content/pages/\(slug).\(code).md", severity: .warning,
                    "the page `\(slug)` has no \(code) version; pages in \(code) show the Kazakh one; create this file"))
            }
        }
        return warnings
    }

    /// Renders every file of the site, in memory.
    public static func render(_ checked: Checked) -> Result<[OutputFile], DiagnosticList> {
        let collected = Collected()
        switch produce(checked, into: { file in collected.append(file) }) {
        case .failure(let list): return .failure(list)
        case .success: break
        }
        var files = collected.files
        files.sort { $0.path < $1.path }
        return .success(files)
    }

    /// Renders only `pages`, each in every language of the site: the bytes `render` gives
    /// for them, without making any other page, download or the sitemap. For a preview that
    /// redoes what one edit affects (an edited service file: its page, and the pages that
    /// list it). Pages the site does not have are skipped; files are sorted by path.
    public static func render(_ checked: Checked, pages wanted: Set<Routes.Page>) -> Result<[OutputFile], DiagnosticList> {
        let makers = pageMakers(checked).filter { $0.page.map(wanted.contains) ?? false }.map(\.make)
        let templates = checked.templates
        let results = Parallel.map(makers) { make -> (spec: RenderedPageSpec, result: Result<[UInt8], DiagnosticList>)? in
            guard let spec = make() else { return nil }
            return (spec, templates.renderBytes(spec.template, spec.object, language: spec.language))
        }
        var problems = DiagnosticCollector()
        var seenTemplates: Set<String> = []
        var files: [OutputFile] = []
        for case let (spec, result)? in results {
            switch result {
            case .success(let bytes): files.append(OutputFile(path: spec.outputPath, bytes: bytes))
            case .failure(let list):
                if seenTemplates.insert(spec.template).inserted { problems.append(contentsOf: list.diagnostics) }
            }
        }
        if problems.hasErrors { return .failure(DiagnosticList(problems.sorted)) }
        return .success(files.sorted { $0.path < $1.path })
    }

    /// Every page of the site, each with the page it makes: in each language, the unprefixed
    /// pages (the latest edition) and then each edition's own, oldest first; with `notFound`,
    /// the 404 page of the main language.
    static func pageMakers(_ checked: Checked, notFound: Bool = false) -> [(page: Routes.Page?, make: @Sendable () -> RenderedPageSpec?)] {
        let model = checked.model
        let routes = Routes(basePath: model.config.basePath)
        let editions = model.editionContents.map { ($0.year, model.projected(to: $0.year)) }
        var makers: [(page: Routes.Page?, make: @Sendable () -> RenderedPageSpec?)] = []
        for language in model.config.languages {
            let pages = SitePages(context: ViewContext(model: model, language: language, strings: checked.strings, routes: routes))
            makers += pages.identifiedMakers()
            if notFound && language == model.config.defaultLanguage { makers.append((nil, { pages.notFound() })) }
            for (year, projected) in editions {
                let context = ViewContext(model: projected, language: language, strings: checked.strings, routes: routes, edition: year)
                makers += SitePages(context: context).editionMakers()
            }
        }
        return makers
    }

    /// What `produce` made: counts for the report.
    struct Produced {
        var pages = 0
        var files = 0
        var bytes = 0
        /// Processor time the page loop spent in each kind of work, summed over threads: where
        /// a build's time goes (`--verbose` prints it; `Scripts/bench` reads it).
        var processorTime = ProcessorTime()
    }

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

    final class Collected: Sendable {
        private let collected = Mutex<[OutputFile]>([])
        func append(_ file: OutputFile) { collected.withLock { $0.append(file) } }
        var files: [OutputFile] { collected.withLock { $0 } }
    }

    /// Makes every file of the site and hands each to `sink` as soon as it is made: pages are
    /// viewed, rendered and handed over one at a time on all cores, so that neither the views
    /// nor the pages of a large site are all held in memory. `sink` is called from several
    /// threads. The first error `sink` throws stops the work; a page whose template fails
    /// is reported once per template, the first page in page order.
    static func produce(_ checked: Checked, into sink: @escaping @Sendable (OutputFile) throws -> Void) -> Result<Produced, DiagnosticList> {
        let model = checked.model
        let routes = Routes(basePath: model.config.basePath)
        let makers = pageMakers(checked, notFound: true).map(\.make)
        struct Made {
            var page: Routes.Page?
            var path: String
            var template: String
            var size: Int
            var failure: DiagnosticList?
            var time = ProcessorTime()
            /// The other files of a job that made several.
            var more: [String] = []
        }
        enum Job {
            case page(@Sendable () -> RenderedPageSpec?)
            case file(@Sendable () -> OutputFile)
            /// Several files made together (a language's search index).
            case files(@Sendable () -> [OutputFile])
        }
        // The downloads and the search index do not depend on the pages: made alongside
        // them, first, since the largest take longest.
        let openData = OpenData(model: model)
        var jobs: [Job] = model.config.languages.map { language in .files { SearchIndex.files(model, routes: routes, language: language) } }
        for table in model.allTables.sorted(by: { $0.rows.count > $1.rows.count }) {
            jobs.append(.file { OutputFile(path: "data/\(table.id).csv", text: openData.csv(table)) })
            jobs.append(.file { OutputFile(path: "data/\(table.id).json", text: openData.json(table)) })
        }
        jobs.append(.file { OutputFile(path: "data/datapackage.json", text: openData.dataPackage(absoluteBase: model.config.absoluteBase)) })
        jobs += makers.map { .page($0) }
        var made = [Made?](repeating: nil, count: jobs.count)
        let writeError = WriteError()
        let templates = checked.templates
        let allJobs = jobs
        // Pages are independent: make, render and write them on all cores.
        made.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: allJobs.count) { index in
                guard !writeError.isSet else { return }
                var time = ProcessorTime()
                var clock = ProcessorTime.now()
                func lap(_ part: WritableKeyPath<ProcessorTime, UInt64>) {
                    let now = ProcessorTime.now()
                    time[keyPath: part] += now - clock
                    clock = now
                }
                let spec: RenderedPageSpec
                switch allJobs[index] {
                case .file(let make):
                    let file = make()
                    lap(\.downloads)
                    do { try sink(file) } catch { writeError.set(error) }
                    lap(\.writing)
                    slots[index] = Made(page: nil, path: file.path, template: "", size: file.bytes.count, time: time)
                    return
                case .files(let make):
                    let files = make()
                    lap(\.downloads)
                    for file in files {
                        do { try sink(file) } catch { writeError.set(error) }
                    }
                    lap(\.writing)
                    slots[index] = Made(page: nil, path: files.first?.path ?? "", template: "", size: files.reduce(0) { $0 + $1.bytes.count },
                                        time: time, more: files.dropFirst().map(\.path))
                    return
                case .page(let make):
                    guard let made = make() else { return }
                    spec = made
                }
                lap(\.views)
                let rendered = templates.renderBytes(spec.template, spec.object, language: spec.language)
                lap(\.templates)
                switch rendered {
                case .success(let html):
                    do {
                        try sink(OutputFile(path: spec.outputPath, bytes: html))
                    } catch {
                        writeError.set(error)
                    }
                    lap(\.writing)
                    slots[index] = Made(page: spec.page, path: spec.outputPath, template: spec.template, size: html.count, time: time)
                case .failure(let list):
                    slots[index] = Made(page: spec.page, path: spec.outputPath, template: spec.template, size: 0, failure: list, time: time)
                }
            }
        }
        if let error = writeError.error { return .failure(diagnostics(for: error)) }
        var problems = DiagnosticCollector()
        var produced = Produced()
        var seenTemplates: Set<String> = []
        var pageList: [Routes.Page] = []
        var generated: Set<String> = []
        for case let item? in made {
            produced.processorTime += item.time
            if let failure = item.failure {
                // One report per template, not one per page that uses it.
                if seenTemplates.insert(item.template).inserted { problems.append(contentsOf: failure.diagnostics) }
                continue
            }
            if let page = item.page { pageList.append(page) }
            generated.insert(item.path)
            generated.formUnion(item.more)
            produced.files += 1 + item.more.count
            produced.bytes += item.size
            if item.path.hasSuffix(".html") { produced.pages += 1 }
        }
        var files: [OutputFile] = []
        files.append(OutputFile(path: "index.html", text: rootRedirect(model, routes: routes)))
        files.append(OutputFile(path: "sitemap.xml", text: sitemap(pageList, model: model, routes: routes)))
        // Assets from the templates, then the publisher's static files.
        generated.formUnion(files.map(\.path))
        let siteFolder = checked.model.staticRoot
        for (path, url) in checked.templates.assets {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            files.append(OutputFile(path: "assets/\(path)", bytes: [UInt8](data)))
        }
        for path in model.staticFiles {
            if generated.contains(path) {
                problems.error("Content/static/\(path)", "this file would replace the page Sapa generates at /\(path); rename or remove it")
                continue
            }
            guard let root = siteFolder, let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
            files.append(OutputFile(path: path, bytes: [UInt8](data)))
        }
        if !model.staticFiles.contains("robots.txt") {
            let sitemapURL = (model.config.absoluteBase ?? routes.basePath) + "sitemap.xml"
            files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(sitemapURL)\n"))
        }
        if problems.hasErrors { return .failure(DiagnosticList(problems.sorted)) }
        do {
            for file in files { try sink(file) }
        } catch {
            return .failure(diagnostics(for: error))
        }
        produced.files += files.count
        produced.bytes += files.reduce(0) { $0 + $1.bytes.count }
        produced.pages += files.filter { $0.path.hasSuffix(".html") }.count
        return .success(produced)
    }

    /// The first error a write threw, from whichever thread.
    final class WriteError: Sendable {
        private let first = Mutex<(any Error)?>(nil)
        var error: (any Error)? { first.withLock { $0 } }
        var isSet: Bool { first.withLock { $0 != nil } }
        func set(_ error: any Error) { first.withLock { if $0 == nil { $0 = error } } }
    }

    static func diagnostics(for error: any Error) -> DiagnosticList {
        if let list = error as? DiagnosticList { return list }
        return DiagnosticList([Diagnostic(path: "Output", "cannot write the site: \(error.localizedDescription); the previous output is unchanged")])
    }

    static func rootRedirect(_ model: SiteModel, routes: Routes) -> String {
        let target = routes.href(.home, model.config.defaultLanguage)
        let links = model.config.languages.map { "<li><a href=\"\(HTMLEscaper.escape(routes.href(.home, $0)))\" lang=\"\($0.rawValue)\" hreflang=\"\($0.rawValue)\">\(HTMLEscaper.escape(model.config.title.text($0)))</a></li>" }.joined()
        return """
        <!DOCTYPE html>
        <html lang="\(model.config.defaultLanguage.rawValue)">
        <head><meta charset="utf-8"><title>\(HTMLEscaper.escape(model.config.title.text(model.config.defaultLanguage)))</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="refresh" content="0; url=\(HTMLEscaper.escape(target))">
        <link rel="canonical" href="\(HTMLEscaper.escape(target))"></head>
        <body><ul>\(links)</ul></body>
        </html>

        """
    }

    static func sitemap(_ pageList: [Routes.Page], model: SiteModel, routes: Routes) -> String {
        let base = model.config.origin ?? ""
        var entries: [String] = []
        let pages = Array(Set(pageList)).sorted { $0.relative < $1.relative }
        for page in pages {
            for language in model.config.languages {
                let alternates = model.config.languages.map {
                    "<xhtml:link rel=\"alternate\" hreflang=\"\($0.rawValue)\" href=\"\(HTMLEscaper.escape(base + routes.href(page, $0)))\"/>"
                }.joined()
                entries.append("<url><loc>\(HTMLEscaper.escape(base + routes.href(page, language)))</loc>\(alternates)</url>")
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
            + entries.joined(separator: "\n") + "\n</urlset>\n"
    }

    /// Check, render and write; the previous output is left as it was on any error.
    public static func build(_ options: BuildOptions) -> Result<BuildReport, DiagnosticList> {
        let start = Date()
        let writer = OutputWriter(output: options.outputFolder, site: SiteFolder(root: options.site))
        if let problem = writer.checkLocation() { return .failure(DiagnosticList([problem])) }
        var times = StepTimes()
        func step(_ name: String) {
            times.lap(name)
            options.logger.debug("\(name): \(String(format: "%.3f", times.steps.last?.seconds ?? 0)) s")
        }
        let checked: Checked
        switch check(options) {
        case .success(let value): checked = value
        case .failure(let list): return .failure(list)
        }
        step("load and validate")
        // Each file goes into the staging folder as soon as it is rendered; the folder is
        // swapped in only when every file is there.
        let staging: OutputWriter.Staging
        do { staging = try writer.stage() } catch let list as DiagnosticList { return .failure(list) } catch {
            return .failure(DiagnosticList([Diagnostic(path: options.outputFolder.path, "\(error)")]))
        }
        let produced: Produced
        let outputPath = options.outputFolder.path
        let sink: @Sendable (OutputFile) throws -> Void = { file in
            do { try staging.write(file.path, file.bytes) } catch {
                throw DiagnosticList([Diagnostic(path: outputPath, "cannot write the site: \(error.localizedDescription); the previous output is unchanged")])
            }
        }
        switch produce(checked, into: sink) {
        case .success(let value): produced = value
        case .failure(let list):
            writer.abandon(staging)
            return .failure(list)
        }
        step("view, render and write \(produced.files) files")
        options.logger.debug("  processor time of the page loop, summed over threads: \(produced.processorTime.summary)")
        do { try writer.commit(staging) } catch let list as DiagnosticList { return .failure(list) } catch {
            return .failure(DiagnosticList([Diagnostic(path: options.outputFolder.path, "\(error)")]))
        }
        step("swap in")
        // Freeing the model of a large site takes a while; the caller need not wait for it.
        let finished = checked
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(finished) {} }
        return .success(BuildReport(pages: produced.pages, files: produced.files, bytes: produced.bytes,
                                    seconds: Date().timeIntervalSince(start), warnings: checked.warnings))
    }
}
