import Dispatch
import Foundation
import Logging
import SapaModel
import SapaMustache
import SapaSite
import SapaSource
import Synchronization

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
        let folder = SiteFolder(root: options.site)
        var problems = DiagnosticCollector()
        // The templates and interface strings do not depend on Content/ (but for the size
        // limit site.yml may set): once it is read, they are read, checked and folded on a
        // thread of their own while the rest of the model is built.
        var presentation: BackgroundWork<Presentation>?
        let built = ModelBuilder.build(folder, includeDrafts: options.includeDrafts) { limits in
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
        return .success(Checked(model: model, templates: templates, strings: strings, warnings: MissingTranslations.warnings(model)))
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
            problems.error("Templates/pages/\(name).mustache", ToolMessage(BuildMessage.missingTemplate))
        }
        if problems.hasErrors { return (templates, strings, problems.diagnostics) }
        return (templates.map { set in strings.map { set.specialized(for: $0) } ?? set }, strings, problems.diagnostics)
    }

    static let requiredTemplates = ["home", "ranking", "service", "entity", "page", "data", "search", "not-found"]

    /// Renders every file of the site, in memory.
    public static func render(_ checked: Checked) -> Result<[OutputFile], DiagnosticList> {
        let collected = PageLoop.Collected()
        switch produce(checked, into: { file in collected.append(file) }) {
        case .failure(let list): return .failure(list)
        case .success: break
        }
        var files = collected.files
        files.sort { $0.path < $1.path }
        return .success(files)
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
            return .failure(DiagnosticList([Diagnostic(path: options.outputFolder.path, ToolMessage(BuildMessage.unexpected, ["detail": "\(error)"]))]))
        }
        let produced: Produced
        let outputPath = options.outputFolder.path
        let sink: @Sendable (OutputFile) throws -> Void = { file in
            do { try staging.write(file.path, file.bytes) } catch {
                throw DiagnosticList([Diagnostic(path: outputPath, ToolMessage(BuildMessage.cannotWrite, ["detail": error.localizedDescription]))])
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
            return .failure(DiagnosticList([Diagnostic(path: options.outputFolder.path, ToolMessage(BuildMessage.unexpected, ["detail": "\(error)"]))]))
        }
        step("swap in")
        // Freeing the model of a large site takes a while; the caller need not wait for it.
        let finished = checked
        DispatchQueue.global(qos: .utility).async { withExtendedLifetime(finished) {} }
        return .success(
            BuildReport(
                pages: produced.pages, files: produced.files, bytes: produced.bytes,
                seconds: Date().timeIntervalSince(start), warnings: checked.warnings))
    }
}
