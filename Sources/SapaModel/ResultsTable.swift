/// A table of results (a ranking, a dynamics table): described in an edition's `tables.yml`,
/// its rows from one CSV file, every cell typed.

public enum TableKind: String, Sendable, Codable, CaseIterable {
    case servicesRanking = "services-ranking"
    case bodiesRanking = "bodies-ranking"
    case bodiesDynamics = "bodies-dynamics"
    case regionsDynamics = "regions-dynamics"
    case regionsRanking = "regions-ranking"
    case providers
    case corporation
    case portal
    case respondentsByService = "respondents-by-service"
    case respondentsByRegion = "respondents-by-region"
    case dynamics
    case other
}

public enum ColumnType: String, Sendable, Codable, CaseIterable {
    case rank, integer, score, percent, delta, text, year, scale, count, flag
    case service, body, region

    var isReference: Bool { self == .service || self == .body || self == .region }
    package var isNumeric: Bool { [.rank, .integer, .score, .percent, .delta, .year, .scale, .count].contains(self) }
}

public struct TableColumn: Sendable {
    public var id: String
    public var type: ColumnType
    public var label: LocalizedText?
    /// For year-by-year tables: the year this column's figure belongs to.
    public var year: Int?
    /// The scale of a score column (5 or 10); nil means "from the row's `scale` column, else 5".
    public var scale: Int?

    package init(id: String, type: ColumnType, label: LocalizedText? = nil, year: Int? = nil, scale: Int? = nil) {
        self.id = id
        self.type = type
        self.label = label
        self.year = year
        self.scale = scale
    }
}

public enum CellValue: Sendable, Hashable {
    case empty
    case number(Double)
    case text(LocalizedText)
    case reference(String)
    case flag(Bool)

    public var number: Double? { if case .number(let value) = self { return value } else { return nil } }
    public var reference: String? { if case .reference(let id) = self { return id } else { return nil } }
    public var isEmpty: Bool { self == .empty }
}

public struct ResultsRow: Sendable {
    /// The CSV line the row came from.
    public var line: Int
    public var cells: [CellValue]
    /// True where the rank was computed by Sapa rather than given by the data.
    public var rankComputed = false
    /// True where this row shares its rank with another (a tie).
    public var tied = false
    /// A totals row («Барлығы»): shown, but not ranked.
    public var isTotal = false

    package init(line: Int, cells: [CellValue], rankComputed: Bool = false, tied: Bool = false, isTotal: Bool = false) {
        self.line = line
        self.cells = cells
        self.rankComputed = rankComputed
        self.tied = tied
        self.isTotal = isTotal
    }
}

public struct ResultsTable: Sendable, Identifiable {
    public var id: String
    public var path: String
    public var year: Int?
    public var kind: TableKind
    public var title: LocalizedText
    public var source: LocalizedText
    public var note: LocalizedText?
    public var columns: [TableColumn]
    public var rows: [ResultsRow]

    public func index(of column: String) -> Int? { columns.firstIndex { $0.id == column } }

    /// An edition's table across the site: its id in the edition's tables.yml, scoped to the
    /// year (`services-ranking` of 2020 is `services-ranking-2020`), so that every edition can
    /// use the same ids.
    public static func scopedID(_ id: String, year: Int) -> String { "\(id)-\(year)" }

    /// The id as the edition's tables.yml writes it.
    public var writtenID: String {
        guard let year, id.hasSuffix("-\(year)") else { return id }
        return String(id.dropLast("-\(year)".count))
    }

    public func value(_ row: ResultsRow, _ column: String) -> CellValue {
        guard let index = index(of: column), index < row.cells.count else { return .empty }
        return row.cells[index]
    }

    /// Whether Sapa computed the rank of some row (the report printed none for it).
    public var hasComputedRanks: Bool { rows.contains(where: \.rankComputed) }

    /// The rows that are ranked (all but totals).
    public var entries: [ResultsRow] { rows.filter { !$0.isTotal } }

    /// The column naming what a row is about: the service where there is one (a body column
    /// beside it only says whose service it is), else the region, else the body.
    public var subjectColumn: TableColumn? { Self.subject(of: columns) }

    package static func subject(of columns: [TableColumn]) -> TableColumn? {
        for type in [ColumnType.service, .region, .body] {
            if let column = columns.first(where: { $0.type == type }) { return column }
        }
        return nil
    }

    package init(id: String, path: String, year: Int? = nil, kind: TableKind, title: LocalizedText, source: LocalizedText, note: LocalizedText? = nil, columns: [TableColumn], rows: [ResultsRow]) {
        self.id = id
        self.path = path
        self.year = year
        self.kind = kind
        self.title = title
        self.source = source
        self.note = note
        self.columns = columns
        self.rows = rows
    }
}
