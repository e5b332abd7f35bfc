import Foundation

/// `Content/site.yml`: what the publisher sets once for the whole site.
public struct SiteConfig: Sendable, Decodable {
    public var title: LocalizedText
    public var description: LocalizedText?
    public var publisher: LocalizedText?
    /// The address the site is published at; its path is where links start (`/` if none).
    public var baseURL: String?
    public var languages: [Language]
    public var defaultLanguage: Language
    /// The year whose results the home page shows.
    public var currentYear: Int?
    public var allowRawHTML: Bool
    public var limits: Limits

    public struct Limits: Sendable {
        public var maxFileBytes: Int = 20_000_000
        public var maxTableRows: Int = 200_000

        package init(maxFileBytes: Int = 20_000_000, maxTableRows: Int = 200_000) {
            self.maxFileBytes = maxFileBytes
            self.maxTableRows = maxTableRows
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        title = try container.localized("title", required: true)!
        description = try container.localized("description")
        publisher = try container.localized("publisher")
        baseURL = try container.decodeIfPresent(String.self, forKey: AnyKey("base_url"))
        let codes = try container.decodeIfPresent([String].self, forKey: AnyKey("languages")) ?? ["kk", "ru", "en"]
        var languages: [Language] = []
        for (index, code) in codes.enumerated() {
            guard let language = Language(rawValue: code) else {
                throw ContentError(
                    container.codingPath + [AnyKey("languages"), AnyKey(intValue: index)!],
                    ToolMessage(SiteMessage.unknownLanguage, ["code": code]))
            }
            languages.append(language)
        }
        guard let first = languages.first else {
            throw ContentError(container.codingPath + [AnyKey("languages")], ToolMessage(SiteMessage.emptyLanguages))
        }
        self.languages = languages
        defaultLanguage = first
        // Read before the site is (ToolLanguageSetting), to speak from the first message on;
        // checked here, where a wrong value has its position.
        if let code = try container.decodeIfPresent(String.self, forKey: AnyKey("tool_language")), Language(rawValue: code) == nil {
            throw ContentError(container.codingPath + [AnyKey("tool_language")], ToolMessage(SiteMessage.unknownToolLanguage, ["code": code]))
        }
        currentYear = try container.number("current_year", in: 2000...2100, what: .year).map { Int($0) }
        var allowRaw = false
        if container.contains(AnyKey("markdown")) {
            let markdown = try container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("markdown"))
            allowRaw = try markdown.decodeIfPresent(Bool.self, forKey: AnyKey("allow_raw_html")) ?? false
        }
        allowRawHTML = allowRaw
        var limits = Limits()
        if container.contains(AnyKey("limits")) {
            let nested = try container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("limits"))
            if let bytes = try nested.number("max_file_bytes", in: 1...1e12, what: .bytes) { limits.maxFileBytes = Int(bytes) }
            if let rows = try nested.number("max_table_rows", in: 1...1e9, what: .rows) { limits.maxTableRows = Int(rows) }
        }
        self.limits = limits
    }

    /// The path every internal link starts with: `/` or `/sub/path/`.
    public var basePath: String {
        guard let baseURL, let url = URL(string: baseURL) else { return "/" }
        var path = url.path.isEmpty ? "/" : url.path
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    /// `https://host[:port]` of the base URL, which site-absolute links (`/path/…`) go after.
    public var origin: String? {
        guard let baseURL, let url = URL(string: baseURL), let scheme = url.scheme, let host = url.host else { return nil }
        return "\(scheme)://\(host)" + (url.port.map { ":\($0)" } ?? "")
    }

    /// The absolute site address (for the sitemap), when one is set.
    public var absoluteBase: String? {
        guard let baseURL, let url = URL(string: baseURL), url.scheme != nil, url.host != nil else { return nil }
        return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}

/// A free page (`Content/pages/<slug>.<lang>.md`): methodology, about.
public struct Page: Sendable {
    public var slug: String
    public var language: Language
    public var title: String
    public var description: String?
    public var menuOrder: Int?
    public var markdown: String
    public var path: String

    package init(slug: String, language: Language, title: String, description: String? = nil, menuOrder: Int? = nil, markdown: String, path: String) {
        self.slug = slug
        self.language = language
        self.title = title
        self.description = description
        self.menuOrder = menuOrder
        self.markdown = markdown
        self.path = path
    }
}

package struct PageFrontMatter: Decodable {
    package var title: String
    package var description: String?
    package var menu: Int?
}

/// A place where the source disagrees with itself, kept as published and explained (an
/// edition's `data-notes.csv`); shown beside the table and on the entity's page.
public struct DataNote: Sendable {
    /// A table id, or `services`, `bodies`, `regions` for a registry.
    public var table: String
    /// The id of the service, body or region the note is about.
    public var row: String?
    public var text: LocalizedText

    public init(table: String, row: String?, text: LocalizedText) {
        self.table = table
        self.row = row
        self.text = text
    }
}

/// Everything the content says, typed and checked: what the views read.
public struct SiteModel: Sendable {
    public var config: SiteConfig
    public var regions: [Region]
    public var bodies: [Body]
    public var services: [Service]
    public var tables: [ResultsTable]
    public var reports: [String: ServiceReport]
    public var pages: [Page]
    public var staticFiles: [String]
    public var dataNotes: [DataNote] = []
    /// `Content/static`, where `staticFiles` are.
    public var staticRoot: URL?
    /// The winners of the «Үздік сапалы қызмет көрсетуші» contest (`Content/contest/`).
    public var contests: ContestArchive = .none
    /// The editions (`Content/<year>/`), oldest first, drafts included; empty for a site whose
    /// results are all in `Content/data/`.
    public var editions: [Edition] = []
    /// The editions the site publishes, oldest first (with drafts, when they are shown): each
    /// has its own pages under `/<lang>/<year>/`.
    public var editionContents: [EditionContent] = []
    /// The edition this model's tables, chapters and notes are of: the latest published one
    /// (or the latest draft, when drafts are shown), or the one `projected(to:)` chose.
    public var shownEdition: Edition?
    /// The long tables across the editions (`makeHistoryTables`), made once by the model's
    /// builder: several downloads and pages list them.
    public var historyTables: [ResultsTable] = []
    /// The latest edition the site publishes: the unprefixed pages show it.
    public var latestEdition: Edition? { editionContents.last?.edition }
    /// Words people use for a service besides its name, per language
    /// (`Content/data/search-keywords.csv`): the search finds the service by them.
    public var searchKeywords: [String: LocalizedText] = [:]
    /// National series published by others (`Content/data/series.yml`).
    public var series: [NationalSeries] = []
    /// What the content's check found worth saying that does not stop a build.
    public var loadWarnings: [Diagnostic] = []

    public func region(_ id: String) -> Region? { regionsByID[id] }
    public func body(_ id: String) -> Body? { bodiesByID[id] }
    public func service(_ id: String) -> Service? { servicesByID[id] }

    var regionsByID: [String: Region] = [:]
    var bodiesByID: [String: Body] = [:]
    var servicesByID: [String: Service] = [:]

    public init(
        config: SiteConfig, regions: [Region], bodies: [Body], services: [Service], tables: [ResultsTable],
        reports: [String: ServiceReport], pages: [Page], staticFiles: [String], staticRoot: URL? = nil
    ) {
        self.config = config
        self.regions = regions
        self.bodies = bodies
        self.services = services
        self.tables = tables
        self.reports = reports
        self.pages = pages
        self.staticFiles = staticFiles
        self.staticRoot = staticRoot
        regionsByID = Dictionary(regions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        bodiesByID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        servicesByID = Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func tables(of kind: TableKind) -> [ResultsTable] { tables.filter { $0.kind == kind } }

    /// The tables of every edition the site publishes (their ids carry their year), and the
    /// tables across the years: what the downloads are made of.
    public var allTables: [ResultsTable] {
        editionContents.flatMap { $0.tables + $0.report.figures.map(\.table) } + historyTables + series.map(\.table)
    }

    /// What the shown edition's report says outside its tables and chapters.
    public var report: EditionReport { editionContents.first { $0.year == config.currentYear }?.report ?? EditionReport() }

    /// The name of a service, body or region by id (a region's as it was in `year`).
    public func name(of id: String, as type: ColumnType, year: Int? = nil) -> LocalizedText {
        switch type {
        case .service: return service(id)?.name ?? LocalizedText(kk: id)
        case .body: return body(id)?.name ?? LocalizedText(kk: id)
        default: return region(id)?.name(in: year) ?? LocalizedText(kk: id)
        }
    }

    /// The slugs of the free pages that are pages of their own (not the home or an intro text).
    public var freePageSlugs: [String] {
        Set(pages.map(\.slug)).filter { $0 != "home" && !$0.hasSuffix("-intro") }.sorted()
    }

    /// A free page in `language`, else in Kazakh, else in whatever language it has.
    public func page(_ slug: String, in language: Language) -> Page? {
        let versions = pages.filter { $0.slug == slug }
        return versions.first { $0.language == language } ?? versions.first { $0.language == .kk } ?? versions.first
    }

    /// This site as of the edition of `year`: its tables, chapters, notes and the year's
    /// chapters and kinds of study; the registries and everything else as they are.
    public func projected(to year: Int) -> SiteModel {
        guard let content = editionContents.first(where: { $0.year == year }) else { return self }
        var model = self
        model.config.currentYear = year
        model.shownEdition = content.edition
        model.tables = content.tables
        model.reports = content.reports
        model.dataNotes = content.notes
        model.services = services.map { service in
            var service = service
            service.chapter = content.services[service.id]?.chapter
            service.study = content.services[service.id]?.study ?? .quantitative
            return service
        }
        model.servicesByID = Dictionary(model.services.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return model
    }

    public func notes(table: String) -> [DataNote] { dataNotes.filter { $0.table == table } }
    public func notes(about id: String) -> [DataNote] { dataNotes.filter { $0.row == id } }
}
