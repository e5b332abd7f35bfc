import SapaModel
import SapaMustache
import SapaSource

/// What every view of one language needs: the model, the language's formats and texts,
/// and the routes. Views are pure: model in, `TemplateObject` out.
public struct ViewContext: Sendable {
    public let model: SiteModel
    public let language: Language
    public let format: DisplayFormat
    public let strings: InterfaceStrings
    public let routes: Routes
    /// The edition whose own pages (`/<lang>/<year>/…`) these views make; nil for the
    /// unprefixed pages, which show the latest edition.
    public let edition: Int?
    /// Per language, its interface strings (for the language switch's labels).
    public let allStrings: [Language: InterfaceStrings]
    /// `strings` as templates see them (`{{t.key}}`), made once per language rather than for
    /// every page: a page of the 2020 report uses a few of its two hundred texts.
    let interfaceObject: TemplateObject
    /// The charts' labels split into lines, each once for all pages of this language.
    let labelLines = LabelLines()
    /// The tables where Sapa computed some rank: each service page's excerpt of a ranking
    /// says so, and looking through the whole table for every page was quadratic.
    let tablesWithComputedRanks: Set<String>

    public init(model: SiteModel, language: Language, strings: [Language: InterfaceStrings], routes: Routes, edition: Int? = nil) {
        self.model = model
        self.edition = edition
        self.language = language
        self.format = DisplayFormat(language)
        self.strings = strings[language]!
        self.allStrings = strings
        self.routes = routes
        self.interfaceObject = strings[language]!.templateObject
        self.tablesWithComputedRanks = Set(model.tables.filter(\.hasComputedRanks).map(\.id))
    }

    public subscript(_ key: UIText) -> String { strings[key] }

    /// A text in this language, or its fallback marked with the language it is in.
    func localized(_ text: LocalizedText?) -> TemplateValue {
        guard let text, let resolved = text.resolve(language) else { return .absent }
        return .object([
            "text": .text(resolved.text), "href": .absent,
            "lang": resolved.language == language ? .absent : .text(resolved.language.rawValue),
        ])
    }

    func plain(_ text: LocalizedText?) -> String { text?.resolve(language)?.text ?? "" }

    func link(_ text: LocalizedText?, _ page: Routes.Page?) -> TemplateValue {
        guard case .object(var object) = localized(text) else { return .absent }
        object["href"] = page.flatMap(linkedHref).map(TemplateValue.text) ?? .absent
        return .object(object)
    }

    /// The link to `page`, or nil where these views' edition has no such page: an edition has
    /// a page for each service it has a text for, and each region that existed that year.
    func linkedHref(_ page: Routes.Page) -> String? {
        if let edition {
            switch page {
            case .service(let id) where model.reports[id] == nil: return nil
            case .region(let id) where model.region(id)?.existed(in: edition) == false: return nil
            default: break
            }
        }
        return href(page)
    }

    /// A page of these views' edition: an edition's pages link to the same edition's.
    func scoped(_ page: Routes.Page) -> Routes.Page {
        guard let edition, page.isPerEdition else { return page }
        return .edition(edition, page)
    }

    /// The link to a page, in this edition when it has one.
    func href(_ page: Routes.Page) -> String { routes.href(scoped(page), language) }

    func serviceName(_ id: String) -> LocalizedText { model.name(of: id, as: .service) }
    func regionName(_ id: String, year: Int?) -> LocalizedText { model.name(of: id, as: .region, year: year) }

    /// A measure as a section of its own (`{{#total}}…{{/total}}`), absent when it has no figure.
    func measure(_ measure: Measure?) -> TemplateValue {
        guard let measure, !measure.isEmpty else { return .absent }
        return .object(measureCells(measure))
    }

    /// The two cells of a measure as `measure.mustache` prints them: a score and a
    /// satisfaction level, «—» for both when there is no measure (as the other tables print a
    /// missing value), empty for a figure the measure lacks. Added to the row's own fields,
    /// so the partial prints two values rather than opening a section per cell.
    func measureCells(_ measure: Measure?, adding fields: TemplateObject = [:]) -> TemplateObject {
        var object = fields
        if let measure, !measure.isEmpty {
            object["score"] = .text(measure.score.map(format.score) ?? "")
            object["satisfaction"] = .text(measure.satisfaction.map(format.percent) ?? "")
        } else {
            object["score"] = .text("—")
            object["satisfaction"] = .text("—")
        }
        return object
    }

    func list(_ items: [TemplateObject]) -> TemplateValue { .list(items.map { .object($0) }) }

    /// A list that templates wrap with `{{^empty(key)}}…{{/empty(key)}}` (heading and table
    /// around the rows); kept a list even when empty, so the transform applies.
    func nonEmpty(_ items: [TemplateObject]) -> TemplateValue { list(items) }
}
