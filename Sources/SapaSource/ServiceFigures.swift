import SapaModel

/// The figures of one service's page in an edition, gathered from the spreadsheets of
/// `Content/<year>/service-figures/`: each holds one kind of table for every service.
struct ServiceFigures: Sendable {
    var respondents: Int?
    var indicators: Indicators?
    var criteria: CriteriaTable?
    var callCentres: [CallCentreTable] = []
    var providers: ProvidersTable?
    var regions: ProvidersTable?
    var otherTables: [ChapterTable] = []
    /// Where the service's first figure is written, for messages about the service.
    var firstPlace: (path: String, line: Int, column: Int)

    /// The spreadsheets, in the order their rows are read, with their columns.
    enum Kind: String, CaseIterable {
        case indicators, criteria
        case callCentres = "call-centres"
        case providers, regions
        case regionParameters = "region-parameters"
        case otherTables = "other-tables"

        var fileName: String { "\(rawValue).csv" }

        /// The columns, in the order Content/README.md gives them (and `sapa new-edition`
        /// writes them); a text's `_en` may be added beside its `_kk` and `_ru`.
        var documentedHeader: [String] {
            switch self {
            case .indicators: ["service", "respondents", "score", "satisfaction", "rank"]
            case .criteria:
                [
                    "service", "channel", "channel_label_kk", "channel_label_ru", "criterion", "label_kk", "label_ru",
                    "score", "satisfaction", "total", "source_kk", "source_ru",
                ]
            case .callCentres: ["service", "centre", "parameter_kk", "parameter_ru", "score", "satisfaction", "total", "source_kk", "source_ru"]
            case .providers: ["service", "provider_kk", "provider_ru", "region", "score", "satisfaction", "respondents", "source_kk", "source_ru"]
            case .regions:
                [
                    "service", "region", "label_kk", "label_ru", "rank", "score", "satisfaction", "respondents",
                    "score_label_kk", "score_label_ru", "source_kk", "source_ru",
                ]
            case .regionParameters: ["service", "region", "parameter", "parameter_kk", "parameter_ru", "score"]
            case .otherTables:
                [
                    "service", "table", "title_kk", "title_ru", "source_kk", "source_ru", "row", "label_kk", "label_ru",
                    "column", "column_kk", "column_ru", "subcolumn_kk", "subcolumn_ru", "value",
                ]
            }
        }

        var requiredColumns: [String] {
            switch self {
            case .criteria: ["service", "channel"]
            case .callCentres: ["service", "centre"]
            case .regionParameters: ["service", "region", "parameter"]
            case .otherTables: ["service", "table", "row", "column"]
            case .indicators, .providers, .regions: ["service"]
            }
        }

        var knownColumns: Set<String> {
            Set(documentedHeader + documentedHeader.filter { $0.hasSuffix("_kk") }.map { String($0.dropLast(3)) + "_en" })
        }

        /// The columns that make a row: a second row with the same values repeats it.
        var key: [String] {
            switch self {
            case .indicators: ["service"]
            case .criteria: ["service", "channel", "criterion", "total"]
            case .callCentres: ["service", "centre", "parameter_kk", "total"]
            case .regionParameters: ["service", "region", "parameter"]
            case .otherTables: ["service", "table", "row", "column"]
            case .providers, .regions: []
            }
        }
    }
}

/// Reads the spreadsheets of service figures of one edition, checking every cell, and puts
/// each service's tables together in the order of their rows.
struct ServiceFiguresReader {
    private(set) var problems = DiagnosticCollector()
    private(set) var figures: [String: ServiceFigures] = [:]
    let references: ReferenceIndex
    let year: Int

    init(references: ReferenceIndex, year: Int) {
        self.references = references
        self.year = year
    }

    /// The rows of `table` in `range` grouped by service (by their positions in the table),
    /// services and rows in the order of the file, once each row's service, region, number
    /// formats and repetition are checked.
    private mutating func rows(of table: CSVTable, in range: Range<Int>, _ kind: ServiceFigures.Kind) -> (RecordReader, [(String, [Int])]) {
        var reader = RecordReader(table, required: kind.requiredColumns, known: kind.knownColumns)
        guard reader.hasRequiredColumns else {
            problems.append(contentsOf: reader.problems.diagnostics)
            return (reader, [])
        }
        var groups: [(service: String, rows: [Int])] = []
        var groupOf: [String: Int] = [:]
        var repeated = RepeatedRowFinder(columns: kind.key.map { reader.index(of: $0) }, rows: kind.key.isEmpty ? 0 : range.count)
        let serviceColumn = reader.index(of: "service")
        let regionColumn = reader.index(of: "region")
        // A service's rows usually follow each other: its id is checked and its group found
        // once per run of rows, not once per row.
        var run: (service: String, rows: [Int])?
        func endRun() {
            guard let (service, rows) = run else { return }
            run = nil
            if let index = groupOf[service] {
                groups[index].rows.append(contentsOf: rows)
            } else {
                groupOf[service] = groups.count
                groups.append((service, rows))
            }
        }
        for index in range {
            let row = table.rows[index]
            guard let service = reader.text(row, at: serviceColumn) else {
                reader.error(row, "service", ToolMessage(TableMessage.serviceEmpty))
                continue
            }
            if service != run?.service {
                endRun()
                if let problem = references.problem(with: service, as: .service, in: year) {
                    reader.error(row, "service", problem)
                    continue
                }
                run = (service, [])
            }
            if let region = reader.text(row, at: regionColumn), let problem = references.problem(with: region, as: .region, in: year) {
                reader.error(row, "region", problem)
            }
            if !kind.key.isEmpty {
                if let first = repeated.earlierLine(of: row) {
                    reader.error(
                        row, kind.key[1 < kind.key.count ? 1 : 0],
                        ToolMessage(TableMessage.rowRepeated, ["line": first, "columns": kind.key.joined(separator: ", ")]))
                    continue
                }
            }
            run?.rows.append(index)
        }
        endRun()
        return (reader, groups)
    }

    private mutating func note(_ service: String, _ table: CSVTable, _ row: CSVTable.Row) {
        if figures[service] == nil {
            // A row's first value starts its line.
            figures[service] = ServiceFigures(firstPlace: (table.path, row.line, 1))
        }
    }

    private static func measure(_ reader: inout RecordReader, _ row: CSVTable.Row) -> Measure {
        Measure(
            score: reader.number(row, "score", in: 0...10, what: .score),
            satisfaction: reader.number(row, "satisfaction", in: 0...100, what: .satisfaction))
    }

    private static func isTotal(_ reader: inout RecordReader, _ row: CSVTable.Row) -> Bool {
        guard let raw = reader.text(row, "total") else { return false }
        if raw == "yes" || raw.lowercased() == "yes" { return true }
        if raw.lowercased() != "no" { reader.error(row, "total", ToolMessage(TableMessage.totalNotYesOrNo, ["value": raw])) }
        return false
    }

    /// Takes in what another reader found in another kind's spreadsheet: kinds fill different
    /// parts of a service's figures, and the first place stays the earliest kind's.
    mutating func absorb(_ other: ServiceFiguresReader) {
        problems.append(contentsOf: other.problems.diagnostics)
        for (service, theirs) in other.figures {
            guard var mine = figures[service] else {
                figures[service] = theirs
                continue
            }
            mine.respondents = mine.respondents ?? theirs.respondents
            mine.indicators = mine.indicators ?? theirs.indicators
            mine.criteria = mine.criteria ?? theirs.criteria
            mine.callCentres += theirs.callCentres
            mine.providers = mine.providers ?? theirs.providers
            mine.regions = mine.regions ?? theirs.regions
            mine.otherTables += theirs.otherTables
            figures[service] = mine
        }
    }

    /// Reads the rows of `table` in `range` (all of them when nil) as `kind`.
    mutating func read(_ table: CSVTable, rows range: Range<Int>? = nil, as kind: ServiceFigures.Kind) {
        var (reader, groups) = rows(of: table, in: range ?? table.rows.indices, kind)
        figures.reserveCapacity(figures.count + groups.count)
        for (service, indices) in groups {
            let rows = indices.map { table.rows[$0] }
            note(service, table, rows[0])
            switch kind {
            case .indicators:
                let row = rows[0]
                figures[service]!.respondents = reader.integer(row, "respondents", in: 0...10_000_000, what: .respondents)
                figures[service]!.indicators = Indicators(
                    satisfaction: reader.number(row, "satisfaction", in: 0...100, what: .satisfaction),
                    score: reader.number(row, "score", in: 1...5, what: .scoreFivePoint),
                    rank: reader.integer(row, "rank", in: 1...100_000, what: .rank))
            case .criteria:
                figures[service]!.criteria = Self.criteria(rows, &reader)
            case .callCentres:
                figures[service]!.callCentres = Self.callCentres(rows, &reader)
            case .providers:
                figures[service]!.providers = ProvidersTable(
                    source: reader.localizedOrNil(rows[0], "source"),
                    rows: rows.map { row in
                        ProvidersTable.Row(
                            provider: reader.localized(row, "provider"), regionID: reader.text(row, "region"),
                            measure: Self.measure(&reader, row),
                            respondents: reader.integer(row, "respondents", in: 0...10_000_000, what: .respondents))
                    })
            case .regions:
                figures[service]!.regions = ProvidersTable(
                    source: reader.localizedOrNil(rows[0], "source"),
                    rows: rows.map { row in
                        _ = reader.integer(row, "rank", in: 1...100_000, what: .rank)
                        return ProvidersTable.Row(
                            provider: LocalizedText([:]), regionID: reader.text(row, "region"),
                            measure: Self.measure(&reader, row),
                            respondents: reader.integer(row, "respondents", in: 0...10_000_000, what: .respondents))
                    })
            case .regionParameters:
                // Checked; the pages show a regions table's overall figures only, as before.
                for row in rows { _ = reader.number(row, "score", in: 0...10, what: .score) }
            case .otherTables:
                figures[service]!.otherTables = Self.otherTables(rows, &reader)
            }
        }
        problems.append(contentsOf: reader.problems.diagnostics)
    }

    private static func criteria(_ rows: [CSVTable.Row], _ reader: inout RecordReader) -> CriteriaTable {
        var channels: [CriteriaTable.Channel] = []
        var criteria: [(criterion: String, label: LocalizedText)] = []
        var cells: [String: [String: Measure]] = [:]
        var totals: [String: Measure] = [:]
        for row in rows {
            let channel = reader.text(row, "channel") ?? ""
            if !channels.contains(where: { $0.id == channel }) {
                channels.append(CriteriaTable.Channel(id: channel, label: reader.localizedOrNil(row, "channel_label") ?? LocalizedText(kk: channel)))
            }
            if isTotal(&reader, row) {
                totals[channel] = measure(&reader, row)
                continue
            }
            let criterion = reader.text(row, "criterion") ?? ""
            if !criterion.isEmpty, Criterion(rawValue: criterion) == nil {
                reader.error(
                    row, "criterion", ToolMessage(TableMessage.unknownCriterion, ["value": criterion, "criteria": Criterion.allCases.map(\.rawValue).joined(separator: ", ")]))
            }
            if !criteria.contains(where: { $0.criterion == criterion }) {
                criteria.append((criterion, reader.localizedOrNil(row, "label") ?? LocalizedText(kk: criterion)))
            }
            cells[criterion, default: [:]][channel] = measure(&reader, row)
        }
        let tableRows = criteria.map { entry in
            CriteriaTable.Row(
                criterion: Criterion(rawValue: entry.criterion), label: entry.label,
                values: channels.map { cells[entry.criterion]?[$0.id] })
        }
        return CriteriaTable(
            source: reader.localizedOrNil(rows[0], "source"), channels: channels, rows: tableRows,
            averages: totals.isEmpty ? [] : channels.map { totals[$0.id] })
    }

    private static func callCentres(_ rows: [CSVTable.Row], _ reader: inout RecordReader) -> [CallCentreTable] {
        var tables: [CallCentreTable] = []
        for row in rows {
            let centre = reader.text(row, "centre") ?? ""
            if !tables.contains(where: { $0.centre == centre }) {
                tables.append(CallCentreTable(source: reader.localizedOrNil(row, "source"), centre: centre, rows: [], total: nil))
            }
            let index = tables.firstIndex { $0.centre == centre }!
            if isTotal(&reader, row) {
                tables[index].total = measure(&reader, row)
            } else if let parameter = reader.localizedOrNil(row, "parameter") {
                tables[index].rows.append(CallCentreTable.Row(parameter: parameter, measure: measure(&reader, row)))
            } else {
                reader.error(row, "parameter_kk", ToolMessage(TableMessage.noParameter))
            }
        }
        return tables
    }

    private static func otherTables(_ rows: [CSVTable.Row], _ reader: inout RecordReader) -> [ChapterTable] {
        var order: [String] = []
        var byTable: [String: [CSVTable.Row]] = [:]
        for row in rows {
            let table = reader.text(row, "table") ?? ""
            if byTable[table] == nil { order.append(table) }
            byTable[table, default: []].append(row)
        }
        return order.map { id in
            let cells = byTable[id]!
            var columns: [String] = []
            var columnTexts: [(String, String)] = []
            var rowOrder: [String] = []
            var labels: [String: LocalizedText?] = [:]
            var values: [String: String] = [:]
            for cell in cells {
                let column = reader.text(cell, "column") ?? ""
                let row = reader.text(cell, "row") ?? ""
                if !columns.contains(column) {
                    columns.append(column)
                    columnTexts.append((reader.text(cell, "column_kk") ?? "", reader.text(cell, "subcolumn_kk") ?? ""))
                }
                if labels[row] == nil {
                    rowOrder.append(row)
                    labels[row] = .some(reader.localizedOrNil(cell, "label"))
                }
                values["\(row)\u{1F}\(column)"] = reader.text(cell, "value")
            }
            let subcolumns = columnTexts.map(\.1)
            return ChapterTable(
                source: reader.localizedOrNil(cells[0], "source"), title: reader.localizedOrNil(cells[0], "title"),
                columns: columnTexts.map(\.0), subcolumns: subcolumns.allSatisfy(\.isEmpty) ? [] : subcolumns,
                rows: rowOrder.map { row in
                    ChapterTable.Row(label: labels[row]!, values: columns.map { values["\(row)\u{1F}\($0)"] })
                })
        }
    }
}
