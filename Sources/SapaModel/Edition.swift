/// One year's report: the folder `Content/<year>/` and its `edition.yml`.
public struct Edition: Sendable, Decodable {
    public var year: Int
    /// A draft is checked but left out of the published site (`sapa serve --drafts` shows it).
    public var draft: Bool
    public var title: LocalizedText
    public var source: LocalizedText?
    public var sourceURL: String?
    /// The report's date as printed: `2020`, `2021-03` or `2021-03-15`.
    public var date: String?
    public var note: LocalizedText?

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        guard let year = try container.number("year", in: 1990...2100, what: .year) else {
            throw ContentError(container.codingPath + [AnyKey("year")], ToolMessage(SiteMessage.missingYear))
        }
        self.year = Int(year)
        draft = try container.decodeIfPresent(Bool.self, forKey: AnyKey("draft")) ?? false
        title = try container.localized("title", required: true)!
        source = try container.localized("source")
        sourceURL = try container.decodeIfPresent(String.self, forKey: AnyKey("source_url"))
        date = try container.decodeIfPresent(String.self, forKey: AnyKey("date"))
        note = try container.localized("note")
    }
}

/// What one edition says: its services of the year, results tables, notes and chapters.
public struct EditionContent: Sendable {
    /// A service in the year's `services.csv`.
    public struct YearService: Sendable, Equatable {
        public var chapter: Int?
        public var study: Service.Study

        package init(chapter: Int? = nil, study: Service.Study) {
            self.chapter = chapter
            self.study = study
        }
    }

    public var edition: Edition
    public var services: [String: YearService]
    public let tables: [ResultsTable]
    public var notes: [DataNote]
    public var reports: [String: ServiceReport]
    /// What the report says outside its tables and chapters (`report/`).
    public var report = EditionReport()
    /// Per table, the position of the first row naming each id in the table's subject
    /// column: the pages across the years, the search index and the long downloads look a
    /// row up by id for every service, body and region, which a scan made quadratic.
    let firstRows: [String: [String: Int]]

    public init(edition: Edition, services: [String: YearService], tables: [ResultsTable], notes: [DataNote], reports: [String: ServiceReport]) {
        self.edition = edition
        self.services = services
        self.tables = tables
        self.notes = notes
        self.reports = reports
        var firstRows: [String: [String: Int]] = [:]
        for table in tables {
            guard let subject = table.subjectColumn, let column = table.index(of: subject.id) else { continue }
            var positions: [String: Int] = [:]
            for (position, row) in table.rows.enumerated() where column < row.cells.count {
                if let id = row.cells[column].reference, positions[id] == nil { positions[id] = position }
            }
            firstRows[table.id] = positions
        }
        self.firstRows = firstRows
    }

    public var year: Int { edition.year }

    /// The first row of `table` (one of this edition's) whose subject is `id`.
    public func row(of id: String, in table: ResultsTable) -> ResultsRow? {
        firstRows[table.id]?[id].map { table.rows[$0] }
    }
}
