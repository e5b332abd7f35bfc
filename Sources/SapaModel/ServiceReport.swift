/// The results chapter of one service in an edition (report 2020, chapters 2.1–2.70): its
/// figures from the edition's spreadsheets of service figures, its words from its text.

public struct Measure: Sendable, Hashable {
    public var score: Double?
    public var satisfaction: Double?

    public init(score: Double?, satisfaction: Double?) {
        self.score = score
        self.satisfaction = satisfaction
    }

    public var isEmpty: Bool { score == nil && satisfaction == nil }
}

public struct Indicators: Sendable, Equatable {
    public var satisfaction: Double?
    public var score: Double?
    public var rank: Int?

    public init(satisfaction: Double?, score: Double?, rank: Int?) {
        self.satisfaction = satisfaction
        self.score = score
        self.rank = rank
    }

}

public struct CriteriaTable: Sendable, Equatable {
    public struct Channel: Sendable, Equatable {
        public var id: String
        public var label: LocalizedText
        public init(id: String, label: LocalizedText) {
            self.id = id
            self.label = label
        }
    }

    public struct Row: Sendable, Equatable {
        public var criterion: Criterion?
        public var label: LocalizedText
        public var values: [Measure?]
        public init(criterion: Criterion?, label: LocalizedText, values: [Measure?]) {
            self.criterion = criterion
            self.label = label
            self.values = values
        }
    }

    public var source: LocalizedText?
    public var channels: [Channel]
    public var rows: [Row]
    public var averages: [Measure?]

    public init(source: LocalizedText?, channels: [Channel], rows: [Row], averages: [Measure?]) {
        self.source = source
        self.channels = channels
        self.rows = rows
        self.averages = averages
    }

}

public struct CallCentreTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var parameter: LocalizedText
        public var measure: Measure
        public init(parameter: LocalizedText, measure: Measure) {
            self.parameter = parameter
            self.measure = measure
        }
    }
    public var source: LocalizedText?
    public var centre: String
    public var rows: [Row]
    public var total: Measure?

    public init(source: LocalizedText?, centre: String, rows: [Row], total: Measure?) {
        self.source = source
        self.centre = centre
        self.rows = rows
        self.total = total
    }

}

public struct ProvidersTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var provider: LocalizedText
        public var regionID: String?
        public var measure: Measure
        public var respondents: Int?
        public init(provider: LocalizedText, regionID: String?, measure: Measure, respondents: Int?) {
            self.provider = provider
            self.regionID = regionID
            self.measure = measure
            self.respondents = respondents
        }
    }
    public var source: LocalizedText?
    public var rows: [Row]

    public init(source: LocalizedText?, rows: [Row]) {
        self.source = source
        self.rows = rows
    }

    /// The first row for each region the table names, in row order: what a region's page
    /// shows of the chapter (a later row for the same region is not shown there).
    public var firstRowPerRegion: [(region: String, row: Row)] {
        var seen: Set<String> = []
        return rows.compactMap { row in
            guard let region = row.regionID, seen.insert(region).inserted else { return nil }
            return (region, row)
        }
    }
}

public struct RecommendationGroup: Sendable {
    public var addressee: LocalizedText?
    public var items: [Language: [String]]
    public init(addressee: LocalizedText?, items: [Language: [String]]) {
        self.addressee = addressee
        self.items = items
    }
}

public struct Standard: Sendable, Decodable {
    public var text: LocalizedText?
    public var url: String?
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        text = try container.localized("text")
        url = try container.decodeIfPresent(String.self, forKey: AnyKey("url"))
    }
}

/// A chapter table that fits no other shape (chapter 2.62's ambulance waiting times), kept
/// with its figures exactly as printed.
public struct ChapterTable: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var label: LocalizedText?
        public var values: [String?]
        public init(label: LocalizedText?, values: [String?]) {
            self.label = label
            self.values = values
        }
    }
    public var source: LocalizedText?
    public var title: LocalizedText?
    public var columns: [String]
    public var subcolumns: [String]
    public var rows: [Row]

    public init(source: LocalizedText?, title: LocalizedText?, columns: [String], subcolumns: [String], rows: [Row]) {
        self.source = source
        self.title = title
        self.columns = columns
        self.subcolumns = subcolumns
        self.rows = rows
    }

}

/// A labelled fact of the general information that has no field of its own.
public struct LabelledText: Sendable, Decodable {
    public var label: LocalizedText
    public var text: LocalizedText
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        label = try container.localized("label", required: true)!
        text = try container.localized("text", required: true)!
    }
}

public struct ServiceReport: Sendable {
    public var id: String
    public var chapter: Int?
    public var code: String?
    /// What its text's header says: the name and body as printed, the standard, form…
    public var facts = ServiceFacts()
    public var respondents: Int?
    public var indicators: Indicators?
    public var criteria: CriteriaTable?
    public var callCentres: [CallCentreTable]
    public var providers: ProvidersTable?
    public var regions: ProvidersTable?
    public var recommendations: [RecommendationGroup]
    public var dataNotes: [Language: [String]]
    public var otherTables: [ChapterTable]
    /// The findings, as Markdown, and the line of the file they start on.
    public var findings: String = ""
    public var path: String = ""

    /// A chapter with nothing in it yet, for the editions layout, whose chapters are put
    /// together from a text and the spreadsheets of service figures.
    public init(id: String) {
        self.id = id
        callCentres = []
        recommendations = []
        dataNotes = [:]
        otherTables = []
    }

}
