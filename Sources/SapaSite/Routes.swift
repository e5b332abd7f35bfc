import SapaModel
import SapaSource

/// Where each page lives. Pretty URLs (`/kk/services/<id>/` is written as
/// `kk/services/<id>/index.html`); links start at the site's base path so that the site works
/// at a domain's root or under a sub-path.
public struct Routes: Sendable {
    public let basePath: String

    public init(basePath: String) { self.basePath = basePath }

    public indirect enum Page: Sendable, Hashable {
        case home
        case servicesRanking, bodiesRanking, regionsRanking, providersRanking, dynamics, openData, search
        case service(String)
        case body(String)
        case region(String)
        case page(String)
        /// A part of the shown edition's report outside its tables and chapters: its
        /// conclusions, the review of the portal, the profile of the respondents.
        case report(String)
        /// The «Үздік сапалы қызмет көрсетуші» contest: its years, its rules, a year's
        /// winners, a region's winners of a year.
        case contest, contestRules
        case contestYear(Int)
        case contestRegion(Int, String)
        /// A page of one edition, under `/<lang>/<year>/`: its URL never changes, whatever is
        /// published later. Only pages that show an edition's results have one.
        case edition(Int, Page)

        /// Whether each edition has this page of its own.
        public var isPerEdition: Bool {
            switch self {
            case .home, .servicesRanking, .bodiesRanking, .regionsRanking, .providersRanking, .dynamics, .openData,
                .service, .body, .region, .report:
                true
            default: false
            }
        }

        /// The page without its edition.
        public var unscoped: Page {
            if case .edition(_, let page) = self { return page }
            return self
        }

        /// The path below the language folder, ending in `/`.
        package var relative: String {
            switch self {
            case .home: return ""
            case .servicesRanking: return "services/"
            case .bodiesRanking: return "bodies/"
            case .regionsRanking: return "regions/"
            case .providersRanking: return "providers/"
            case .dynamics: return "dynamics/"
            case .openData: return "data/"
            case .search: return "search/"
            case .service(let id): return "services/\(id)/"
            case .body(let id): return "bodies/\(id)/"
            case .region(let id): return "regions/\(id)/"
            case .page(let slug): return "\(slug)/"
            case .report(let id): return "report/\(id)/"
            case .contest: return "contest/"
            case .contestRules: return "contest/rules/"
            case .contestYear(let year): return "contest/\(year)/"
            case .contestRegion(let year, let id): return "contest/\(year)/\(id)/"
            case .edition(let year, let page): return "\(year)/\(page.relative)"
            }
        }
    }

    /// The link to a page in a language.
    public func href(_ page: Page, _ language: Language) -> String { basePath + outputDirectory(page, language) }

    /// The folder the page is written to, relative to the output root.
    public func outputDirectory(_ page: Page, _ language: Language) -> String { "\(language.rawValue)/\(page.relative)" }

    public func outputFile(_ page: Page, _ language: Language) -> String { outputDirectory(page, language) + "index.html" }

    public func asset(_ name: String) -> String { basePath + "assets/" + name }
    public func download(_ tableID: String, _ format: String) -> String { basePath + "data/\(tableID).\(format)" }
    public var dataPackage: String { basePath + "data/datapackage.json" }
    /// A language's search index: its `meta.json` names the other files.
    public func searchIndex(_ language: Language) -> String { basePath + "search/\(language.rawValue)/meta.json" }
}
