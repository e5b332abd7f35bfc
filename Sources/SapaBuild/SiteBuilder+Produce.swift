import Foundation
import SapaModel
import SapaSite

extension SiteBuilder {
    /// What `produce` made: counts for the report.
    struct Produced {
        var pages = 0
        var files = 0
        var bytes = 0
        /// Processor time the page loop spent in each kind of work, summed over threads: where
        /// a build's time goes (`--verbose` prints it; `Scripts/bench` reads it).
        var processorTime = ProcessorTime()
    }

    /// Makes every file of the site and hands each to `sink` as soon as it is made (from
    /// several threads): the downloads and the search index, every page, then the root
    /// redirect, the sitemap, the assets, the publisher's static files and robots.txt.
    static func produce(_ checked: Checked, into sink: @escaping @Sendable (OutputFile) throws -> Void) -> Result<Produced, DiagnosticList> {
        let model = checked.model
        let routes = Routes(basePath: model.config.basePath)
        // The downloads and the search index do not depend on the pages: made alongside
        // them, first, since the largest take longest.
        let openData = OpenData(model: model)
        var jobs: [PageLoop.Job] = model.config.languages.map { language in .files { SearchIndex.files(model, routes: routes, language: language) } }
        for table in model.allTables.sorted(by: { $0.rows.count > $1.rows.count }) {
            jobs.append(.file { OutputFile(path: "data/\(table.id).csv", text: openData.csv(table)) })
            jobs.append(.file { OutputFile(path: "data/\(table.id).json", text: openData.json(table)) })
        }
        jobs.append(.file { OutputFile(path: "data/datapackage.json", text: openData.dataPackage(absoluteBase: model.config.absoluteBase)) })
        jobs += pageMakers(checked, notFound: true).map { .page($0.make) }
        let made: [PageLoop.Made?]
        switch PageLoop.run(jobs, templates: checked.templates, into: sink) {
        case .success(let value): made = value
        case .failure(let list): return .failure(list)
        }
        var problems = DiagnosticCollector()
        problems.append(contentsOf: PageLoop.failures(made))
        var produced = Produced()
        var pageList: [Routes.Page] = []
        var generated: Set<String> = []
        for case let item? in made {
            produced.processorTime += item.time
            guard item.failure == nil else { continue }
            if let page = item.page { pageList.append(page) }
            generated.insert(item.path)
            generated.formUnion(item.more)
            produced.files += 1 + item.more.count
            produced.bytes += item.size
            if item.path.hasSuffix(".html") { produced.pages += 1 }
        }
        var files: [OutputFile] = []
        files.append(OutputFile(path: "index.html", text: RootRedirect.html(model, routes: routes)))
        files.append(OutputFile(path: "sitemap.xml", text: Sitemap.xml(pageList, model: model, routes: routes)))
        // Assets from the templates, then the publisher's static files.
        generated.formUnion(files.map(\.path))
        let siteFolder = checked.model.staticRoot
        for (path, url) in checked.templates.assets {
            guard let data = FileManager.default.contents(atPath: url.path) else { continue }
            files.append(OutputFile(path: "assets/\(path)", bytes: [UInt8](data)))
        }
        for path in model.staticFiles {
            if generated.contains(path) {
                problems.error("Content/static/\(path)", ToolMessage(BuildMessage.staticReplacesPage, ["path": path]))
                continue
            }
            guard let root = siteFolder, let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else { continue }
            files.append(OutputFile(path: path, bytes: [UInt8](data)))
        }
        if !model.staticFiles.contains("robots.txt") {
            files.append(OutputFile(path: "robots.txt", text: RobotsText.text(model, routes: routes)))
        }
        if problems.hasErrors { return .failure(DiagnosticList(problems.sorted)) }
        do {
            for file in files { try sink(file) }
        } catch {
            return .failure(PageLoop.diagnostics(for: error))
        }
        produced.files += files.count
        produced.bytes += files.reduce(0) { $0 + $1.bytes.count }
        produced.pages += files.filter { $0.path.hasSuffix(".html") }.count
        return .success(produced)
    }

    /// Renders only `pages`, each in every language of the site: the bytes `render` gives
    /// for them, without making any other page, download or the sitemap. For a preview that
    /// redoes what one edit affects (an edited service file: its page, and the pages that
    /// list it). Pages the site does not have are skipped; files are sorted by path.
    public static func render(_ checked: Checked, pages wanted: Set<Routes.Page>) -> Result<[OutputFile], DiagnosticList> {
        let jobs = pageMakers(checked).filter { $0.page.map(wanted.contains) ?? false }.map { PageLoop.Job.page($0.make) }
        let collected = PageLoop.Collected()
        switch PageLoop.run(jobs, templates: checked.templates, into: { collected.append($0) }) {
        case .failure(let list): return .failure(list)
        case .success(let made):
            var problems = DiagnosticCollector()
            problems.append(contentsOf: PageLoop.failures(made))
            if problems.hasErrors { return .failure(DiagnosticList(problems.sorted)) }
        }
        return .success(collected.files.sorted { $0.path < $1.path })
    }
}
