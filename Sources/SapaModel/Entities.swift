/// The things the ratings are about: regions, state bodies and public services.
/// They are named once, in `Content/data/*.csv`, and referred to everywhere else by id.

public struct Region: Sendable, Identifiable {
    public enum Kind: String, Sendable { case oblast, city }

    /// A name the region had for a span of years (Astana was «Нұр-Сұлтан» 2019–2022).
    public struct FormerName: Sendable {
        public var years: ClosedRange<Int>
        public var name: LocalizedText

        package init(years: ClosedRange<Int>, name: LocalizedText) {
            self.years = years
            self.name = name
        }
    }

    public var id: String
    public var name: LocalizedText
    public var kind: Kind
    public var since: Int?
    public var until: Int?
    public var formerNames: [FormerName]
    /// The line of Content/data/regions.csv it comes from.
    public var line: Int = 0

    /// The name that was right in `year`.
    public func name(in year: Int?) -> LocalizedText {
        guard let year else { return name }
        if let former = formerNames.first(where: { $0.years.contains(year) }) {
            var merged = name
            for (language, text) in former.name.values { merged.values[language] = text }
            return merged
        }
        return name
    }

    public func existed(in year: Int) -> Bool {
        (since.map { year >= $0 } ?? true) && (until.map { year <= $0 } ?? true)
    }

    package init(id: String, name: LocalizedText, kind: Kind, since: Int? = nil, until: Int? = nil, formerNames: [FormerName], line: Int = 0) {
        self.id = id
        self.name = name
        self.kind = kind
        self.since = since
        self.until = until
        self.formerNames = formerNames
        self.line = line
    }
}

public struct Body: Sendable, Identifiable {
    public enum Kind: String, Sendable { case central, local, corporation, portal }
    public var id: String
    public var abbreviation: LocalizedText
    public var name: LocalizedText
    public var kind: Kind
    /// The abbreviations as bodies.csv gives them (`abbreviation` falls back to the name).
    public var givenAbbreviation = LocalizedText([:])
    /// The first and last year the body existed; nil: always.
    public var since: Int?
    public var until: Int?
    /// Names it had before (a ministry renamed keeps its id).
    public var formerNames: [Region.FormerName] = []
    /// The line of Content/data/bodies.csv it comes from.
    public var line: Int = 0

    package init(
        id: String, abbreviation: LocalizedText, name: LocalizedText, kind: Kind, givenAbbreviation: LocalizedText = LocalizedText([:]), since: Int? = nil, until: Int? = nil,
        formerNames: [Region.FormerName] = [], line: Int = 0
    ) {
        self.id = id
        self.abbreviation = abbreviation
        self.name = name
        self.kind = kind
        self.givenAbbreviation = givenAbbreviation
        self.since = since
        self.until = until
        self.formerNames = formerNames
        self.line = line
    }
}

public struct Service: Sendable, Identifiable {
    public enum Study: String, Sendable { case quantitative, qualitative }
    public var id: String
    public var chapter: Int?
    public var code: String?
    public var bodyID: String
    public var name: LocalizedText
    public var study: Study
    /// The first and last year the service existed; nil: always.
    public var since: Int?
    public var until: Int?
    /// Names it had before: a renamed service keeps its id and its page.
    public var formerNames: [Region.FormerName] = []
    /// The line of Content/data/services.csv it comes from.
    public var line: Int = 0

    package init(
        id: String, chapter: Int? = nil, code: String? = nil, bodyID: String, name: LocalizedText, study: Study, since: Int? = nil, until: Int? = nil, formerNames: [Region.FormerName] = [],
        line: Int = 0
    ) {
        self.id = id
        self.chapter = chapter
        self.code = code
        self.bodyID = bodyID
        self.name = name
        self.study = study
        self.since = since
        self.until = until
        self.formerNames = formerNames
        self.line = line
    }
}

/// One of the eight criteria every service is assessed on (report 2020, «Бағалау критерийлері»).
public enum Criterion: String, CaseIterable, Sendable, Codable {
    case accessibility, information, staff, procedure, timing, costs, feedback, result
}
