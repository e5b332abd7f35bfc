/// The results chapter of one service (report 2020, chapters 2.1–2.70): figures from the
/// front matter of `Content/services/<id>.md`, the findings from its Markdown body.

public struct Measure: Sendable, Hashable, Decodable {
    public var score: Double?
    public var satisfaction: Double?

    public init(score: Double?, satisfaction: Double?) {
        self.score = score
        self.satisfaction = satisfaction
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        score = try container.number("score", in: 0...10, what: "score")
        satisfaction = try container.number("satisfaction", in: 0...100, what: "satisfaction level (%)")
    }

    public var isEmpty: Bool { score == nil && satisfaction == nil }
}

public struct Indicators: Sendable, Decodable, Equatable {
    public var satisfaction: Double?
    public var score: Double?
    public var rank: Int?

    public init(satisfaction: Double?, score: Double?, rank: Int?) {
        self.satisfaction = satisfaction
        self.score = score
        self.rank = rank
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        satisfaction = try container.number("satisfaction", in: 0...100, what: "satisfaction level (%)")
        score = try container.number("score", in: 1...5, what: "score on the 5-point scale")
        rank = try container.number("rank", in: 1...100_000, what: "rank").map { Int($0) }
    }
}

public struct CriteriaTable: Sendable, Decodable, Equatable {
    public struct Channel: Sendable, Decodable, Equatable {
        public var id: String
        public var label: LocalizedText
        public init(id: String, label: LocalizedText) {
            self.id = id
            self.label = label
        }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            id = try container.decode(String.self, forKey: AnyKey("id"))
            label = try container.localized("label") ?? LocalizedText(kk: id)
        }
    }

    public struct Row: Sendable, Decodable, Equatable {
        public var criterion: Criterion?
        public var label: LocalizedText
        public var values: [Measure?]
        public init(criterion: Criterion?, label: LocalizedText, values: [Measure?]) {
            self.criterion = criterion
            self.label = label
            self.values = values
        }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            if let raw = try container.decodeIfPresent(String.self, forKey: AnyKey("criterion")) {
                guard let criterion = Criterion(rawValue: raw) else {
                    throw ContentError(container.codingPath + [AnyKey("criterion")],
                        "`criterion` is «\(raw)», not one of the 8 criteria: \(Criterion.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                self.criterion = criterion
            }
            label = try container.localized("label") ?? LocalizedText(kk: criterion?.rawValue ?? "")
            values = try container.decodeIfPresent([Measure?].self, forKey: AnyKey("values")) ?? []
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        source = try container.localized("source")
        channels = try container.decodeIfPresent([Channel].self, forKey: AnyKey("channels")) ?? []
        rows = try container.decodeIfPresent([Row].self, forKey: AnyKey("rows")) ?? []
        averages = try container.decodeIfPresent([Measure?].self, forKey: AnyKey("averages")) ?? []
        for (index, row) in rows.enumerated() where row.values.count > max(channels.count, 1) {
            throw ContentError(container.codingPath + [AnyKey("rows"), AnyKey(intValue: index)!],
                "this row has \(row.values.count) values but the table has \(channels.count) channels; give one value per channel (null where there is none)")
        }
    }
}

public struct CallCentreTable: Sendable, Decodable, Equatable {
    public struct Row: Sendable, Decodable, Equatable {
        public var parameter: LocalizedText
        public var measure: Measure
        public init(parameter: LocalizedText, measure: Measure) {
            self.parameter = parameter
            self.measure = measure
        }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            parameter = try container.localized("parameter", required: true)!
            measure = try Measure(from: decoder)
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        source = try container.localized("source")
        centre = try container.decodeIfPresent(String.self, forKey: AnyKey("centre")) ?? ""
        rows = try container.decodeIfPresent([Row].self, forKey: AnyKey("rows")) ?? []
        total = try container.decodeIfPresent(Measure.self, forKey: AnyKey("total"))
    }
}

public struct ProvidersTable: Sendable, Decodable, Equatable {
    public struct Row: Sendable, Decodable, Equatable {
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
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            provider = try container.localized("provider") ?? LocalizedText([:])
            regionID = try container.decodeIfPresent(String.self, forKey: AnyKey("region"))
            measure = try Measure(from: decoder)
            respondents = try container.number("respondents", in: 0...10_000_000, what: "number of respondents").map { Int($0) }
        }
    }
    public var source: LocalizedText?
    public var rows: [Row]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        source = try container.localized("source")
        rows = try container.decodeIfPresent([Row].self, forKey: AnyKey("rows")) ?? []
    }

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

public struct RecommendationGroup: Sendable, Decodable {
    public var addressee: LocalizedText?
    public var items: [Language: [String]]
    public init(addressee: LocalizedText?, items: [Language: [String]]) {
        self.addressee = addressee
        self.items = items
    }
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        addressee = try container.localized("addressee")
        items = try container.localizedList("items")
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
public struct ChapterTable: Sendable, Decodable, Equatable {
    public struct Row: Sendable, Decodable, Equatable {
        public var label: LocalizedText?
        public var values: [String?]
        public init(label: LocalizedText?, values: [String?]) {
            self.label = label
            self.values = values
        }
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            label = try container.localized("label")
            values = try container.decodeIfPresent([String?].self, forKey: AnyKey("values")) ?? []
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

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        source = try container.localized("source")
        title = try container.localized("title")
        columns = try container.decodeIfPresent([String].self, forKey: AnyKey("columns_kk")) ?? []
        subcolumns = try container.decodeIfPresent([String].self, forKey: AnyKey("subcolumns_kk")) ?? []
        rows = try container.decodeIfPresent([Row].self, forKey: AnyKey("rows")) ?? []
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

public struct ServiceReport: Sendable, Decodable {
    public var id: String
    public var chapter: Int?
    public var code: String?
    public var name: LocalizedText?
    public var responsibleBody: LocalizedText?
    public var standard: Standard?
    public var form: LocalizedText?
    public var recipients: LocalizedText?
    public var cost: LocalizedText?
    public var respondents: Int?
    public var indicators: Indicators?
    public var criteria: CriteriaTable?
    public var callCentres: [CallCentreTable]
    public var providers: ProvidersTable?
    public var regions: ProvidersTable?
    public var recommendations: [RecommendationGroup]
    public var dataNotes: [Language: [String]]
    public var serviceCode: String?
    public var otherInfo: [LabelledText]
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
        otherInfo = []
        otherTables = []
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        self.init(id: try container.decode(String.self, forKey: AnyKey("id")))
        chapter = try container.number("chapter", in: 1...10_000, what: "chapter number").map { Int($0) }
        if let text = try? container.decodeIfPresent(String.self, forKey: AnyKey("code")) {
            code = text
        } else {
            code = try container.number("code", in: 0...Double(Int.max), what: "registry number").map { String(Int($0)) }
        }
        apply(try ServiceFacts(from: decoder))
        respondents = try container.number("respondents", in: 0...10_000_000, what: "number of respondents").map { Int($0) }
        indicators = try container.decodeIfPresent(Indicators.self, forKey: AnyKey("indicators"))
        criteria = try container.decodeIfPresent(CriteriaTable.self, forKey: AnyKey("criteria"))
        if let single = try? container.decodeIfPresent(CallCentreTable.self, forKey: AnyKey("call_centres")) {
            callCentres = [single]
        } else {
            callCentres = try container.decodeIfPresent([CallCentreTable].self, forKey: AnyKey("call_centres")) ?? []
        }
        providers = try container.decodeIfPresent(ProvidersTable.self, forKey: AnyKey("providers"))
        regions = try container.decodeIfPresent(ProvidersTable.self, forKey: AnyKey("regions"))
        recommendations = try container.decodeIfPresent([RecommendationGroup].self, forKey: AnyKey("recommendations")) ?? []
        dataNotes = try container.localizedList("data_notes")
        otherTables = try container.decodeIfPresent([ChapterTable].self, forKey: AnyKey("other_tables")) ?? []
    }
}
