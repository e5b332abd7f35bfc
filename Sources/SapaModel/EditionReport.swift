/// What an edition's report says outside its results tables and chapters
/// (`Content/<year>/report/`): its own words (the conclusions, the review of the portal, the
/// profile of the respondents), verbatim in the language the report is written in, and the
/// figures it gives with them: tables, the worked examples of the method, and diagrams whose
/// numbers the text prints.
public struct EditionReport: Sendable {
    public var texts: [ReportText] = []
    public var figures: [ReportFigure] = []

    public init(texts: [ReportText] = [], figures: [ReportFigure] = []) {
        self.texts = texts
        self.figures = figures
    }

    public var isEmpty: Bool { texts.isEmpty && figures.isEmpty }

    public func text(_ id: String) -> ReportText? { texts.first { $0.id == id } }

    /// The figures that go with the text `id`, in report.yml's order.
    public func figures(ofText id: String) -> [ReportFigure] { figures.filter { $0.textID == id } }

    /// The figures shown on the free page `slug` (the method's worked examples).
    public func figures(onPage slug: String) -> [ReportFigure] { figures.filter { $0.pageSlug == slug } }
}

/// A text of the report: Markdown in the report's own language.
public struct ReportText: Sendable {
    public var id: String
    public var title: LocalizedText
    public var markdown: String
    /// The language it is written in (the 2020 report exists in Kazakh only).
    public var language: Language
    public var path: String

    public init(id: String, title: LocalizedText, markdown: String, language: Language, path: String) {
        self.id = id
        self.title = title
        self.markdown = markdown
        self.language = language
        self.path = path
    }
}

/// A table or diagram of the report, with its figures as a typed table.
public struct ReportFigure: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        /// A table of the report, downloadable like the results tables.
        case table
        /// A worked example of the method (shown on the methodology page).
        case methodExample = "method-example"
        /// A diagram whose numbers the report's text gives: drawn from them, with its table.
        case diagram
    }

    public struct Group: Sendable {
        public var id: String
        public var label: LocalizedText
        public init(id: String, label: LocalizedText) {
            self.id = id
            self.label = label
        }
    }

    public var kind: Kind
    public var table: ResultsTable
    /// As the report captions it («5-кесте. …»).
    public var caption: LocalizedText?
    /// The text it belongs to, or the free page it is shown on.
    public var textID: String?
    public var pageSlug: String?
    public var notes: [Language: [String]]
    /// For a diagram: whether the text gives every one of its figures (false: some are not
    /// printed, and the page says so instead of inventing them).
    public var isComplete: Bool
    /// For a diagram whose bars fall into groups (status, residency): the groups' names.
    public var groups: [Group]

    public init(
        kind: Kind, table: ResultsTable, caption: LocalizedText?, textID: String?, pageSlug: String?,
        notes: [Language: [String]], isComplete: Bool, groups: [Group]
    ) {
        self.kind = kind
        self.table = table
        self.caption = caption
        self.textID = textID
        self.pageSlug = pageSlug
        self.notes = notes
        self.isComplete = isComplete
        self.groups = groups
    }

    public var id: String { table.id }
}
