import Foundation
import SapaModel

/// Reads `Content/` and turns it into a `SiteModel`, checking everything on the way and
/// collecting every problem (not only the first) with its file, line and column.
public struct ModelBuilder {
    public let folder: SiteFolder
    package var problems = DiagnosticCollector()
    /// Registries that exist but could not be read (not UTF-8, a broken header): references
    /// to them are not checked, so that one bad file gives one error, not one per reference.
    var unreadableRegistries: Set<ColumnType> = []
    /// Whether the site shows the latest edition even if it is a draft (`sapa serve --drafts`).
    public var includeDrafts = false

    public init(folder: SiteFolder) { self.folder = folder }

    /// `limitsKnown` is called once `site.yml` is read (with the default limits where it
    /// cannot be), before anything else: work that needs only the limits can start then.
    public static func build(
        _ folder: SiteFolder, includeDrafts: Bool = false,
        limitsKnown: (SiteConfig.Limits) -> Void = { _ in }
    ) -> Result<SiteModel, DiagnosticList> {
        var builder = ModelBuilder(folder: folder)
        builder.includeDrafts = includeDrafts
        let config = builder.readConfig()
        limitsKnown(config?.limits ?? SiteConfig.Limits())
        let model = config.flatMap { builder.build(config: $0) }
        if builder.problems.hasErrors || model == nil {
            return .failure(DiagnosticList(builder.problems.sorted))
        }
        var built = model!
        built.loadWarnings = builder.problems.sorted
        return .success(built)
    }

    /// `Content/site.yml`, read and checked; nil where the site cannot be built without it.
    mutating func readConfig() -> SiteConfig? {
        let configURL = folder.content.appendingPathComponent("site.yml")
        guard folder.exists(folder.content) else {
            problems.error("Content", ToolMessage(EditionMessage.noContentFolder, ["folder": folder.root.path]))
            return nil
        }
        guard folder.exists(configURL) else {
            problems.error("Content/site.yml", ToolMessage(EditionMessage.noSiteConfig))
            return nil
        }
        let fallbackLimits = SiteConfig.Limits()
        guard let configFile = read(configURL, maxBytes: fallbackLimits.maxFileBytes) else { return nil }
        guard let config = decode(SiteConfig.self, configFile.text, path: configFile.path) else { return nil }
        if let baseURL = config.baseURL, !WebAddress.isUsableBase(baseURL) {
            problems.error(
                configFile.path, line: YAMLDocument.line(ofKey: "base_url", in: configFile.text), column: 1,
                ToolMessage(EditionMessage.baseURLNotAddress, ["url": baseURL]))
        }
        return config
    }

    /// Everything else, read and checked against `config`.
    mutating func build(config: SiteConfig) -> SiteModel? {
        let limits = config.limits
        // The first edition's spreadsheets and texts are parsed while the registries, pages
        // and contests load: nothing in parsing them needs a registry.
        let folder = folder
        let editionFolderList = editionFolders()
        let first = editionFolderList.first { Self.editionYear($0) != nil }
        let prefetched = first.map { url in (url: url, parsed: BackgroundWork { EditionFiles.parse(url, folder: folder, limits: limits) }) }
        let (regions, bodies, services, references) = loadRegistries(limits)
        let pages = loadPages(limits, languages: config.languages)
        let staticFolder = folder.content.appendingPathComponent("static")
        let staticFiles = folder.files(in: staticFolder).map { String(folder.displayPath($0).dropFirst("Content/static/".count)) }
        let contests = loadContests(limits, regions: regions)
        let keywords = loadSearchKeywords(limits, references: references)
        checkNoSingleReportFiles(config)
        let editions = loadEditions(editionFolderList, limits, references: references, registry: services, prefetched: prefetched)
        checkScales(editions)
        if !editions.isEmpty, !includeDrafts, editions.allSatisfy(\.edition.draft), let latest = editions.last {
            let path = "Content/\(latest.year)/edition.yml"
            let text = (try? String(contentsOf: folder.root.appendingPathComponent(path), encoding: .utf8)) ?? ""
            problems.error(
                path, line: YAMLDocument.line(ofKey: "draft", in: text), column: 1,
                ToolMessage(EditionMessage.noPublishedEdition))
        }
        // The site publishes its published editions (with drafts, when they are shown) and
        // shows the latest of them on the unprefixed pages.
        let published = editions.filter { includeDrafts || !$0.edition.draft }
        var model = SiteModel(
            config: config, regions: regions, bodies: bodies, services: services, tables: [],
            reports: [:], pages: pages, staticFiles: staticFiles, staticRoot: staticFolder)
        model.contests = contests
        model.searchKeywords = keywords
        model.series = loadSeries(limits, references: references)
        model.editions = editions.map(\.edition)
        model.editionContents = published
        guard let latest = published.last else {
            model.config.currentYear = nil
            return model
        }
        model.historyTables = model.makeHistoryTables()
        return model.projected(to: latest.year)
    }

    /// The files of the layout before editions, one report in `Content/data/` and
    /// `Content/services/`, are refused: they would be silently ignored, and figures edited
    /// there never shown.
    mutating func checkNoSingleReportFiles(_ config: SiteConfig) {
        let moved: [(String, ToolMessage)] = [
            ("services", ToolMessage(EditionMessage.inServicesFolders)),
            ("data/tables.yml", ToolMessage(EditionMessage.inEachEdition, ["file": "tables.yml"])),
            ("data/data-notes.yml", ToolMessage(EditionMessage.inEachEdition, ["file": "data-notes.csv"])),
            ("data/\(config.currentYear.map(String.init) ?? "2020")", ToolMessage(EditionMessage.inEditionFolder)),
        ]
        for (name, place) in moved where folder.exists(folder.content.appendingPathComponent(name)) {
            problems.error(
                "Content/\(name)",
                ToolMessage(EditionMessage.oldLayout, ["place": place, "name": name]))
        }
        if config.currentYear != nil {
            problems.error(
                "Content/site.yml", line: YAMLDocument.line(ofKey: "current_year", in: (try? String(contentsOf: folder.content.appendingPathComponent("site.yml"), encoding: .utf8)) ?? ""), column: 1,
                ToolMessage(EditionMessage.currentYearSet))
        }
    }

    mutating func loadRegistries(_ limits: SiteConfig.Limits)
        -> (regions: [Region], bodies: [Body], services: [Service], references: ReferenceIndex)
    {
        let regions = loadRegions(limits)
        let bodies = loadBodies(limits)
        let bodyIDs = unreadableRegistries.contains(.body) ? nil : Set(bodies.map(\.id))
        let services = loadServices(limits, bodyIDs: bodyIDs)
        var references = ReferenceIndex(regions: regions, bodies: bodies, services: services)
        if unreadableRegistries.contains(.region) { references.regions = nil }
        if unreadableRegistries.contains(.body) { references.bodies = nil }
        if unreadableRegistries.contains(.service) { references.services = nil }
        return (regions, bodies, services, references)
    }

    // MARK: Reading

    mutating func read(_ url: URL, maxBytes: Int) -> TextFile? {
        switch TextFile.read(url, displayPath: folder.displayPath(url), maxBytes: maxBytes) {
        case .success(let file): return file
        case .failure(let diagnostic):
            problems.append(diagnostic)
            return nil
        }
    }

    mutating func decode<T: Decodable>(_ type: T.Type, _ yaml: String, path: String, firstLine: Int = 1) -> T? {
        switch YAMLDocument.decode(type, from: yaml, path: path, firstLine: firstLine) {
        case .success(let value): return value
        case .failure(let diagnostic):
            problems.append(diagnostic)
            return nil
        }
    }

    mutating func csv(_ url: URL, limits: SiteConfig.Limits) -> CSVTable? {
        guard let file = read(url, maxBytes: limits.maxFileBytes) else { return nil }
        switch CSVTableReader.read(file, maxRows: limits.maxTableRows) {
        case .success(let table): return table
        case .failure(let list):
            problems.append(contentsOf: list.diagnostics)
            return nil
        }
    }
}
