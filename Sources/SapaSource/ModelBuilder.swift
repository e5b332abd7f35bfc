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
    /// Whether the results are in editions, `Content/<year>/` (else all in `Content/data/`).
    package var usesEditions = false
    /// Whether the site shows the latest edition even if it is a draft (`sapa serve --drafts`).
    public var includeDrafts = false
    /// How the service files are read: from disk, or through a preview that keeps what it read
    /// so that a rebuild after one edit reads only the edited file.
    var readServiceFiles: @Sendable (SiteFolder, Int) -> [(URL, ReadReport)] = ModelBuilder.readReports(folder:maxBytes:)

    public init(folder: SiteFolder) { self.folder = folder }

    public static func build(_ folder: SiteFolder) -> Result<SiteModel, DiagnosticList> {
        build(folder, readingServiceFilesWith: ModelBuilder.readReports(folder:maxBytes:))
    }

    /// `limitsKnown` is called once `site.yml` is read (with the default limits where it
    /// cannot be), before anything else: work that needs only the limits can start then.
    package static func build(_ folder: SiteFolder, readingServiceFilesWith reader: @escaping @Sendable (SiteFolder, Int) -> [(URL, ReadReport)],
                      includeDrafts: Bool = false,
                      limitsKnown: (SiteConfig.Limits) -> Void = { _ in }) -> Result<SiteModel, DiagnosticList> {
        var builder = ModelBuilder(folder: folder)
        builder.readServiceFiles = reader
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
            problems.error("Content", "there is no Content/ folder in \(folder.root.path); run the command in the site folder or pass --site DIR")
            return nil
        }
        guard folder.exists(configURL) else {
            problems.error("Content/site.yml", "the site configuration is missing; create Content/site.yml with at least `title_kk:`")
            return nil
        }
        let fallbackLimits = SiteConfig.Limits()
        guard let configFile = read(configURL, maxBytes: fallbackLimits.maxFileBytes) else { return nil }
        guard let config = decode(SiteConfig.self, configFile.text, path: configFile.path) else { return nil }
        if let baseURL = config.baseURL, !WebAddress.isUsableBase(baseURL) {
            problems.error(configFile.path, line: YAMLDocument.line(ofKey: "base_url", in: configFile.text), column: 1,
                "`base_url` is «\(baseURL)», which is not a web address; write the address the site is published at, like https://example.kz/sapa/, or its path, like /sapa/")
        }
        return config
    }

    /// Everything else, read and checked against `config`.
    mutating func build(config: SiteConfig) -> SiteModel? {
        let limits = config.limits
        // The service files, the bulk of the reading, are read and decoded on all cores from
        // this thread: started from a background queue, the same work gets fewer threads.
        // Meanwhile the registries and tables,
        // which do not depend on them, are loaded on a thread of their own by a builder of
        // their own; the reports are then checked against them.
        let folder = self.folder
        usesEditions = !editionFolders().isEmpty
        let usesEditions = self.usesEditions
        let registries = BackgroundWork {
            var side = ModelBuilder(folder: folder)
            side.usesEditions = usesEditions
            let loaded = side.loadRegistriesAndTables(limits)
            return (loaded, side.problems, side.unreadableRegistries)
        }
        let preloaded = readServiceFiles(folder, limits.maxFileBytes)
        let ((regions, bodies, services, references, tables), sideProblems, unreadable) = registries.result()
        problems.append(contentsOf: sideProblems.diagnostics)
        unreadableRegistries.formUnion(unreadable)
        let reports = loadReports(limits, references: references, preloaded: preloaded)
        let pages = loadPages(limits, languages: config.languages)
        let staticFolder = folder.content.appendingPathComponent("static")
        let staticFiles = folder.files(in: staticFolder).map { String(folder.displayPath($0).dropFirst("Content/static/".count)) }
        let contests = loadContests(limits, regions: regions)
        let keywords = loadSearchKeywords(limits, references: references)
        guard usesEditions else {
            var model = SiteModel(config: config, regions: regions, bodies: bodies, services: services, tables: tables,
                                  reports: reports, pages: pages, staticFiles: staticFiles, staticRoot: staticFolder)
            model.dataNotes = loadDataNotes(limits, tables: Set(tables.map(\.id)), references: references)
            model.contests = contests
            model.searchKeywords = keywords
            return model
        }
        checkNoSingleEditionFiles(config)
        let editions = loadEditions(limits, references: references, registry: services)
        checkScales(editions)
        if !editions.isEmpty, !includeDrafts, editions.allSatisfy(\.edition.draft), let latest = editions.last {
            let path = "Content/\(latest.year)/edition.yml"
            let text = (try? String(contentsOf: folder.root.appendingPathComponent(path), encoding: .utf8)) ?? ""
            problems.error(path, line: YAMLDocument.line(ofKey: "draft", in: text), column: 1,
                "no edition is published: every edition.yml says `draft: true`; write `draft: false` in the one to publish (sapa serve --drafts shows the drafts meanwhile)")
        }
        // The site publishes its published editions (with drafts, when they are shown) and
        // shows the latest of them on the unprefixed pages.
        let published = editions.filter { includeDrafts || !$0.edition.draft }
        var model = SiteModel(config: config, regions: regions, bodies: bodies, services: services, tables: [],
                              reports: [:], pages: pages, staticFiles: staticFiles, staticRoot: staticFolder)
        model.contests = contests
        model.searchKeywords = keywords
        model.editions = editions.map(\.edition)
        model.editionContents = published
        guard let latest = published.last else {
            model.config.currentYear = nil
            return model
        }
        model.historyTables = model.makeHistoryTables()
        return model.projected(to: latest.year)
    }

    /// With editions, the files of a site that had one report in `Content/data/` are
    /// refused: they would be silently ignored, and figures edited there never shown.
    mutating func checkNoSingleEditionFiles(_ config: SiteConfig) {
        let moved: [(String, String)] = [
            ("services", "each edition's services/ folder (its texts) and service-figures/ (their figures)"),
            ("data/tables.yml", "each edition's tables.yml"),
            ("data/data-notes.yml", "each edition's data-notes.csv"),
            ("data/\(config.currentYear.map(String.init) ?? "2020")", "the edition's folder, Content/<year>/"),
        ]
        for (name, place) in moved where folder.exists(folder.content.appendingPathComponent(name)) {
            problems.error("Content/\(name)", "this is the layout of a site without editions; its contents belong in \(place) now: move them there (Scripts/import-2020-report shows the layout) and remove Content/\(name)")
        }
        if config.currentYear != nil {
            problems.error("Content/site.yml", line: YAMLDocument.line(ofKey: "current_year", in: (try? String(contentsOf: folder.content.appendingPathComponent("site.yml"), encoding: .utf8)) ?? ""), column: 1,
                "`current_year` is no longer set here: the site shows the latest edition whose edition.yml says `draft: false`; remove `current_year`")
        }
    }

    mutating func loadRegistriesAndTables(_ limits: SiteConfig.Limits)
        -> (regions: [Region], bodies: [Body], services: [Service], references: ReferenceIndex, tables: [ResultsTable]) {
        let regions = loadRegions(limits)
        let bodies = loadBodies(limits)
        let bodyIDs = unreadableRegistries.contains(.body) ? nil : Set(bodies.map(\.id))
        let services = loadServices(limits, bodyIDs: bodyIDs)
        var references = ReferenceIndex(regions: regions, bodies: bodies, services: services)
        if unreadableRegistries.contains(.region) { references.regions = nil }
        if unreadableRegistries.contains(.body) { references.bodies = nil }
        if unreadableRegistries.contains(.service) { references.services = nil }
        let tables = usesEditions ? [] : loadTables(limits, references: references)
        return (regions, bodies, services, references, tables)
    }

    // MARK: Reading

    mutating func read(_ url: URL, maxBytes: Int) -> TextFile? {
        switch TextFile.read(url, displayPath: folder.displayPath(url), maxBytes: maxBytes) {
        case .success(let file): return file
        case .failure(let diagnostic): problems.append(diagnostic); return nil
        }
    }

    mutating func decode<T: Decodable>(_ type: T.Type, _ yaml: String, path: String, firstLine: Int = 1) -> T? {
        switch YAMLDocument.decode(type, from: yaml, path: path, firstLine: firstLine) {
        case .success(let value): return value
        case .failure(let diagnostic): problems.append(diagnostic); return nil
        }
    }

    mutating func csv(_ url: URL, limits: SiteConfig.Limits) -> CSVTable? {
        guard let file = read(url, maxBytes: limits.maxFileBytes) else { return nil }
        switch CSVTableReader.read(file, maxRows: limits.maxTableRows) {
        case .success(let table): return table
        case .failure(let list): problems.append(contentsOf: list.diagnostics); return nil
        }
    }

    // MARK: Registries

    mutating func loadRegions(_ limits: SiteConfig.Limits) -> [Region] {
        let url = folder.content.appendingPathComponent("data/regions.csv")
        guard folder.exists(url) else { return [] }
        guard let table = csv(url, limits: limits) else { unreadableRegistries.insert(.region); return [] }
        let languageColumns = Language.allCases.flatMap { ["name_\($0.rawValue)", "previous_names_\($0.rawValue)"] }
        var reader = RecordReader(table, required: ["id", "name_kk"],
                                  known: Set(["id", "kind", "since", "until"] + languageColumns))
        guard reader.hasRequiredColumns else {
            problems.append(contentsOf: reader.problems.diagnostics)
            unreadableRegistries.insert(.region)
            return []
        }
        var seen: [String: Int] = [:]
        var regions: [Region] = []
        for row in table.rows {
            guard let id = reader.id(row, seen: &seen) else { continue }
            let name = reader.localized(row, "name")
            if name.values[.kk] == nil { reader.error(row, "name_kk", "the region `\(id)` has no Kazakh name; fill in `name_kk`") }
            var kind = Region.Kind.oblast
            if let raw = reader.text(row, "kind") {
                if let parsed = Region.Kind(rawValue: raw) { kind = parsed } else {
                    reader.error(row, "kind", "`kind` is «\(raw)»; write `oblast` or `city`")
                }
            }
            regions.append(Region(id: id, name: name, kind: kind, since: reader.year(row, "since"),
                                  until: reader.year(row, "until"), formerNames: reader.formerNames(row), line: row.line))
        }
        problems.append(contentsOf: reader.problems.diagnostics)
        return regions
    }

    mutating func loadBodies(_ limits: SiteConfig.Limits) -> [Body] {
        let url = folder.content.appendingPathComponent("data/bodies.csv")
        guard folder.exists(url) else { return [] }
        guard let table = csv(url, limits: limits) else { unreadableRegistries.insert(.body); return [] }
        let languageColumns = Language.allCases.flatMap { ["name_\($0.rawValue)", "abbr_\($0.rawValue)", "previous_names_\($0.rawValue)"] }
        var reader = RecordReader(table, required: ["id", "name_kk", "kind"], known: Set(["id", "kind", "since", "until"] + languageColumns))
        guard reader.hasRequiredColumns else {
            problems.append(contentsOf: reader.problems.diagnostics)
            unreadableRegistries.insert(.body)
            return []
        }
        var seen: [String: Int] = [:]
        var bodies: [Body] = []
        for row in table.rows {
            guard let id = reader.id(row, seen: &seen) else { continue }
            let name = reader.localized(row, "name")
            if name.values[.kk] == nil { reader.error(row, "name_kk", "the body `\(id)` has no Kazakh name; fill in `name_kk`") }
            let rawKind = reader.text(row, "kind") ?? ""
            guard let kind = Body.Kind(rawValue: rawKind) else {
                reader.error(row, "kind", "`kind` is «\(rawKind)»; write central, local, corporation or portal")
                continue
            }
            let given = reader.localized(row, "abbr")
            let abbreviation = given.isEmpty ? name : given
            bodies.append(Body(id: id, abbreviation: abbreviation, name: name, kind: kind, givenAbbreviation: given,
                               since: reader.year(row, "since"), until: reader.year(row, "until"), formerNames: reader.formerNames(row), line: row.line))
        }
        problems.append(contentsOf: reader.problems.diagnostics)
        return bodies
    }

    /// `bodyIDs` is nil when bodies.csv could not be read.
    mutating func loadServices(_ limits: SiteConfig.Limits, bodyIDs: Set<String>?) -> [Service] {
        let url = folder.content.appendingPathComponent("data/services.csv")
        guard folder.exists(url) else { return [] }
        guard let table = csv(url, limits: limits) else { unreadableRegistries.insert(.service); return [] }
        let languageColumns = Language.allCases.flatMap { ["name_\($0.rawValue)", "previous_names_\($0.rawValue)"] }
        // In an edition's layout the chapter and how a service was studied are the year's:
        // they are in the edition's services.csv.
        let yearly = usesEditions ? [] : ["chapter", "studied"]
        var reader = RecordReader(table, required: ["id", "body", "name_kk"],
                                  known: Set(["id", "code", "body", "since", "until"] + yearly + languageColumns))
        guard reader.hasRequiredColumns else {
            problems.append(contentsOf: reader.problems.diagnostics)
            unreadableRegistries.insert(.service)
            return []
        }
        var seen: [String: Int] = [:]
        var services: [Service] = []
        for row in table.rows {
            guard let id = reader.id(row, seen: &seen) else { continue }
            let name = reader.localized(row, "name")
            if name.values[.kk] == nil { reader.error(row, "name_kk", "the service `\(id)` has no Kazakh name; fill in `name_kk`") }
            let body = reader.text(row, "body") ?? ""
            if let bodyIDs, !bodyIDs.contains(body) {
                reader.error(row, "body", "the body «\(body)» is not in Content/data/bodies.csv; use the id of a body listed there")
            }
            var chapter: Int?
            if let raw = reader.text(row, "chapter") {
                chapter = Int(raw).flatMap { $0 >= 1 ? $0 : nil }
                if chapter == nil { reader.error(row, "chapter", "`chapter` is «\(raw)»; write the chapter's number, like 12") }
            }
            var study = Service.Study.quantitative
            if let raw = reader.text(row, "studied") {
                if let parsed = Service.Study(rawValue: raw) { study = parsed } else {
                    reader.error(row, "studied", "`studied` is «\(raw)»; write quantitative or qualitative")
                }
            }
            services.append(Service(id: id, chapter: chapter, code: reader.text(row, "code"), bodyID: body, name: name, study: study,
                                    since: reader.year(row, "since"), until: reader.year(row, "until"), formerNames: reader.formerNames(row), line: row.line))
        }
        problems.append(contentsOf: reader.problems.diagnostics)
        return services
    }

    // MARK: Service chapters

    package typealias ReadReport = Result<(TextFile, MarkdownDocument, ServiceReport), Diagnostic>

    /// Every service file read, split and decoded, in file order. Each is independent of the
    /// others: on all cores.
    package static func readReports(folder: SiteFolder, maxBytes: Int) -> [(URL, ReadReport)] {
        let urls = folder.files(in: folder.content.appendingPathComponent("services"), extensions: ["md"])
        return Array(zip(urls, Parallel.map(urls) { url in ModelBuilder.readReport(url, folder: folder, maxBytes: maxBytes) }))
    }

    package mutating func loadReports(_ limits: SiteConfig.Limits, references: ReferenceIndex,
                              preloaded: [(URL, ReadReport)]? = nil) -> [String: ServiceReport] {
        var reports: [String: ServiceReport] = [:]
        // Checked in file order.
        for (url, result) in preloaded ?? ModelBuilder.readReports(folder: folder, maxBytes: limits.maxFileBytes) {
            guard case .success(let (file, document, decoded)) = result else {
                if case .failure(let diagnostic) = result { problems.append(diagnostic) }
                continue
            }
            var report = decoded
            let expected = url.deletingPathExtension().lastPathComponent
            var idLine: Int { lineOf(key: "id", in: document) }
            if report.id != expected {
                problems.error(file.path, line: idLine, column: 1, "the id `\(report.id)` differs from the file name `\(expected).md`; make them the same")
                continue
            }
            if !references.contains(report.id, as: .service) {
                problems.error(file.path, line: idLine, column: 1, "the service `\(report.id)` is not in Content/data/services.csv; add a row for it there or correct the id")
                continue
            }
            if let other = reports[report.id] {
                problems.error(file.path, line: idLine, column: 1,
                    "the service `\(report.id)` is also described by \(other.path); keep one file per service")
                continue
            }
            if let url = report.standard?.url, !WebAddress.isWebLink(url) {
                let (line, column) = position(of: url, in: document)
                problems.error(file.path, line: line, column: column,
                    "the standard's `url` «\(url)» is not a web address; write one starting with https:// or http://, or leave `url` out")
            }
            for table in [report.providers, report.regions].compactMap({ $0 }) {
                for row in table.rows {
                    if let region = row.regionID, !references.contains(region, as: .region) {
                        let written = document.frontMatter.contains("region: \(region)") ? "region: \(region)" : region
                        let (line, column) = position(of: written, in: document)
                        problems.error(file.path, line: line, column: column,
                            "the region «\(region)» is not in Content/data/regions.csv; use one of its ids")
                    }
                }
            }
            report.findings = document.body
            report.path = file.path
            reports[report.id] = report
        }
        return reports
    }

    /// One service file read, split and decoded, or the first problem met doing so. When the
    /// front matter is word for word that of `earlier` (a read of the same file before an edit
    /// of its body), `earlier`'s report is taken as it is: decoding is most of the work.
    package static func readReport(_ url: URL, folder: SiteFolder, maxBytes: Int,
                           earlier: (document: MarkdownDocument, report: ServiceReport)? = nil) -> Result<(TextFile, MarkdownDocument, ServiceReport), Diagnostic> {
        let file: TextFile
        switch TextFile.read(url, displayPath: folder.displayPath(url), maxBytes: maxBytes) {
        case .success(let read): file = read
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        let document: MarkdownDocument
        switch MarkdownDocument.split(file) {
        case .success(let split): document = split
        case .failure(let diagnostic): return .failure(diagnostic)
        }
        if let earlier, earlier.document.frontMatter == document.frontMatter, earlier.document.frontMatterLine == document.frontMatterLine {
            return .success((file, document, earlier.report))
        }
        switch YAMLDocument.decode(ServiceReport.self, from: document.frontMatter, path: file.path, firstLine: document.frontMatterLine) {
        case .success(let report): return .success((file, document, report))
        case .failure(let diagnostic): return .failure(diagnostic)
        }
    }

    /// The file line where `key:` is first written in the front matter.
    func lineOf(key: String, in document: MarkdownDocument) -> Int {
        let lines = document.frontMatter.split(separator: "\n", omittingEmptySubsequences: false)
        let index = lines.firstIndex { $0.hasPrefix("\(key):") } ?? 0
        return document.frontMatterLine + index
    }

    /// Line and column (in Unicode scalars) where `value` is first written in the front matter.
    func position(of value: String, in document: MarkdownDocument) -> (line: Int, column: Int) {
        let lines = document.frontMatter.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if let range = line.range(of: value) {
                return (document.frontMatterLine + index, line.unicodeScalars[..<range.lowerBound].count + 1)
            }
        }
        return (document.frontMatterLine, 1)
    }

    /// `Content/data/search-keywords.csv`: `id` (a service) and `keywords_<lang>`.
    mutating func loadSearchKeywords(_ limits: SiteConfig.Limits, references: ReferenceIndex) -> [String: LocalizedText] {
        let url = folder.content.appendingPathComponent("data/search-keywords.csv")
        guard folder.exists(url), let table = csv(url, limits: limits) else { return [:] }
        var reader = RecordReader(table, required: ["id"], known: Set(["id"] + Language.allCases.map { "keywords_\($0.rawValue)" }))
        guard reader.hasRequiredColumns else { problems.append(contentsOf: reader.problems.diagnostics); return [:] }
        var keywords: [String: LocalizedText] = [:]
        var seen: [String: Int] = [:]
        for row in table.rows {
            guard let id = reader.id(row, seen: &seen) else { continue }
            if let problem = references.problem(with: id, as: .service, in: nil) {
                reader.error(row, "id", problem)
                continue
            }
            keywords[id] = reader.localized(row, "keywords")
        }
        problems.append(contentsOf: reader.problems.diagnostics)
        return keywords
    }

    // MARK: Data notes

    mutating func loadDataNotes(_ limits: SiteConfig.Limits, tables: Set<String>, references: ReferenceIndex) -> [DataNote] {
        let url = folder.content.appendingPathComponent("data/data-notes.yml")
        guard folder.exists(url), let file = read(url, maxBytes: limits.maxFileBytes),
              let notes = decode([DataNote].self, file.text, path: file.path) else { return [] }
        let registries = ["services", "bodies", "regions"]
        for (index, note) in notes.enumerated() {
            var line: Int { YAMLDocument.line(ofItem: index, in: file.text) }
            if !tables.contains(note.table) && !registries.contains(note.table) {
                problems.error(file.path, line: line, column: 1,
                    "the note names the table «\(note.table)», which is not in Content/data/tables.yml; use a table id, or services, bodies or regions")
            }
            if let row = note.row, !references.contains(row, as: .service), !references.contains(row, as: .body), !references.contains(row, as: .region) {
                problems.error(file.path, line: line, column: 1,
                    "the note is about «\(row)», which is not the id of a service, body or region; correct `row`")
            }
        }
        return notes
    }

    // MARK: Pages

    mutating func loadPages(_ limits: SiteConfig.Limits, languages: [Language]) -> [Page] {
        var pages: [Page] = []
        var seen: [String: String] = [:]
        for url in folder.files(in: folder.content.appendingPathComponent("pages"), extensions: ["md"]) {
            let path = folder.displayPath(url)
            let stem = url.deletingPathExtension().lastPathComponent
            let parts = stem.split(separator: ".")
            guard parts.count == 2, Identifier.isValid(String(parts[0])) else {
                problems.error(path, "a page's file name is <name>.<language>.md, like methodology.kk.md; rename the file")
                continue
            }
            guard let language = Language(rawValue: String(parts[1])) else {
                problems.error(path, "unknown language «\(parts[1])» in the file name; use kk, ru or en")
                continue
            }
            guard let file = read(url, maxBytes: limits.maxFileBytes) else { continue }
            let document: MarkdownDocument
            switch MarkdownDocument.split(file) {
            case .success(let split): document = split
            case .failure(let diagnostic): problems.append(diagnostic); continue
            }
            guard let front = decode(PageFrontMatter.self, document.frontMatter, path: path, firstLine: document.frontMatterLine) else { continue }
            let slug = String(parts[0])
            if let other = seen["\(slug).\(language.rawValue)"] {
                problems.error(path, "the page `\(slug)` in \(language.rawValue) is also defined by \(other); keep one")
                continue
            }
            seen["\(slug).\(language.rawValue)"] = path
            pages.append(Page(slug: slug, language: language, title: front.title, description: front.description,
                              menuOrder: front.menu, markdown: document.body, path: path))
        }
        return pages
    }
}

/// The ids that exist, for checking references in tables and chapters; nil where the
/// registry could not be read (its own error says so), which lets every reference pass.
/// With the years each existed (registries of the editions layout), a reference in an
/// edition is also checked against its year.
package struct ReferenceIndex {
    var regions: Set<String>?
    var bodies: Set<String>?
    var services: Set<String>?
    /// `since`…`until` of the ids whose registry row limits them.
    var periods: [ColumnType: [String: (since: Int?, until: Int?)]] = [:]

    init(regions: Set<String>?, bodies: Set<String>?, services: Set<String>?) {
        self.regions = regions
        self.bodies = bodies
        self.services = services
    }

    /// The ids of the registries, with the years each existed.
    package init(regions: [Region], bodies: [Body], services: [Service]) {
        self.init(regions: Set(regions.map(\.id)), bodies: Set(bodies.map(\.id)), services: Set(services.map(\.id)))
        periods[.region] = Dictionary(regions.map { ($0.id, ($0.since, $0.until)) }, uniquingKeysWith: { first, _ in first })
        periods[.body] = Dictionary(bodies.map { ($0.id, ($0.since, $0.until)) }, uniquingKeysWith: { first, _ in first })
        periods[.service] = Dictionary(services.map { ($0.id, ($0.since, $0.until)) }, uniquingKeysWith: { first, _ in first })
    }

    func contains(_ id: String, as type: ColumnType) -> Bool {
        switch type {
        case .region: return regions?.contains(id) ?? true
        case .body: return bodies?.contains(id) ?? true
        case .service: return services?.contains(id) ?? true
        default: return true
        }
    }

    /// What is wrong with a reference to `id` in the edition of `year`, or nil.
    func problem(with id: String, as type: ColumnType, in year: Int?) -> String? {
        var registry: String { ["service": "services.csv", "body": "bodies.csv", "region": "regions.csv"][type.rawValue] ?? "" }
        guard contains(id, as: type) else {
            return "the \(type.rawValue) «\(id)» is not in Content/data/\(registry); use the id of a \(type.rawValue) listed there"
        }
        guard let year, let period = periods[type]?[id] else { return nil }
        if let since = period.since, year < since {
            return "the \(type.rawValue) «\(id)» did not exist in \(year): Content/data/\(registry) gives it from \(since); remove the row or correct the id"
        }
        if let until = period.until, year > until {
            return "the \(type.rawValue) «\(id)» did not exist in \(year): Content/data/\(registry) gives it until \(until); remove the row or correct the id"
        }
        return nil
    }
}
