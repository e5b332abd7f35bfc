/// A service's, body's or region's figures in one year: from that year's edition, or, for
/// the years before the first edition, from the history a report gives (tables 10 and 11).
public struct HistoryPoint: Sendable, Equatable {
    public enum Status: Sendable, Equatable {
        /// Figures were published (some may still be missing: a gap, not a zero).
        case figures
        /// The service was in that year's report, studied only qualitatively: no score.
        case qualitative
        /// The edition of that year has no figures for it.
        case notStudied
    }

    public var year: Int
    public var score: Double?
    public var satisfaction: Double?
    public var rank: Int?
    /// 5 or 10: the scale the score is on (the 2014–2015 monitoring used 10 points).
    public var scale: Int
    public var status: Status
    /// Whether the edition of that year has a page of its own for it.
    public var hasEditionPage: Bool
}

extension SiteModel {
    /// The figures of `id` in every year the site has them, oldest first. A year in which a
    /// region did not exist, or a service or body did not, is left out.
    public func history(of id: String, as type: ColumnType) -> [HistoryPoint] {
        var points: [Int: HistoryPoint] = [:]
        let (rankingKind, dynamicsKind): (TableKind, TableKind?) =
            switch type {
            case .service: (.servicesRanking, nil)
            case .body: (.bodiesRanking, .bodiesDynamics)
            default: (.regionsRanking, .regionsDynamics)
            }
        // The history a report gives, the later editions' over the earlier ones'.
        for content in editionContents {
            guard let dynamicsKind else { continue }
            for table in content.tables where table.kind == dynamicsKind {
                guard let row = content.row(of: id, in: table) else { continue }
                for (index, column) in table.columns.enumerated() where column.type == .score {
                    guard let year = column.year else { continue }
                    let satisfaction = table.columns.firstIndex { $0.type == .percent && $0.year == year }.flatMap { row.cells[$0].number }
                    points[year] = HistoryPoint(
                        year: year, score: row.cells[index].number, satisfaction: satisfaction, rank: nil,
                        scale: column.scale ?? 5, status: .figures, hasEditionPage: false)
                }
            }
        }
        for content in editionContents {
            let year = content.year
            var point = HistoryPoint(
                year: year, score: nil, satisfaction: nil, rank: nil, scale: 5, status: .notStudied,
                hasEditionPage: type != .service || content.reports[id] != nil)
            if type == .service {
                if let entry = content.services[id] {
                    point.status = entry.study == .qualitative ? .qualitative : .figures
                }
            }
            let ranking = content.tables.filter { $0.kind == rankingKind }.lazy.compactMap { table -> (ResultsTable, ResultsRow)? in
                guard let row = content.row(of: id, in: table), !row.isTotal else { return nil }
                return (table, row)
            }.first
            if let (table, row) = ranking {
                point.score = table.value(row, "score").number
                point.satisfaction = table.value(row, "satisfaction").number
                point.rank = table.value(row, "rank").number.map { Int($0) }
                point.scale = table.columns.first { $0.id == "score" }?.scale ?? 5
                point.status = .figures
            } else if type == .service, let indicators = content.reports[id]?.indicators, point.status == .figures {
                point.score = indicators.score
                point.satisfaction = indicators.satisfaction
                point.rank = indicators.rank
            } else if let earlier = points[year], type != .service {
                point.score = earlier.score
                point.satisfaction = earlier.satisfaction
                point.status = .figures
            }
            if point.status == .figures, point.score == nil, point.satisfaction == nil, type == .service { point.status = .notStudied }
            points[year] = point
        }
        return points.values.filter { existed(id, as: type, in: $0.year) }.sorted { $0.year < $1.year }
    }

    /// Whether the registry's validity period of `id` covers `year`.
    func existed(_ id: String, as type: ColumnType, in year: Int) -> Bool {
        let period: (Int?, Int?) =
            switch type {
            case .service: (service(id)?.since, service(id)?.until)
            case .body: (body(id)?.since, body(id)?.until)
            default: (region(id)?.since, region(id)?.until)
            }
        return (period.0.map { year >= $0 } ?? true) && (period.1.map { year <= $0 } ?? true)
    }
}

extension SiteModel {
    /// One long table per kind across every edition: a row per year and service (body,
    /// region) with its figures, the open data of the pages across the years. Made once,
    /// when the model is built (`historyTables`).
    package func makeHistoryTables() -> [ResultsTable] {
        guard !editionContents.isEmpty else { return [] }
        let kinds: [(String, ColumnType, [String], LocalizedText)] = [
            (
                "services-by-year", .service, services.map(\.id),
                LocalizedText(kk: "Мемлекеттік қызметтердің жылдар бойынша көрсеткіштері", ru: "Показатели государственных услуг по годам", en: "Public services by year")
            ),
            (
                "bodies-by-year", .body, bodies.map(\.id),
                LocalizedText(kk: "Мемлекеттік органдардың жылдар бойынша көрсеткіштері", ru: "Показатели государственных органов по годам", en: "State bodies by year")
            ),
            ("regions-by-year", .region, regions.map(\.id), LocalizedText(kk: "Өңірлердің жылдар бойынша көрсеткіштері", ru: "Показатели регионов по годам", en: "Regions by year")),
        ]
        let source = LocalizedText(kk: "Барлық басылымдардың кестелері", ru: "Таблицы всех выпусков", en: "The tables of every edition")
        return kinds.map { tableID, type, ids, title in
            let columns = [
                TableColumn(id: "year", type: .year), TableColumn(id: type.rawValue, type: type),
                TableColumn(id: "score", type: .score), TableColumn(id: "satisfaction", type: .percent),
                TableColumn(id: "rank", type: .rank), TableColumn(id: "scale", type: .scale),
            ]
            var rows: [ResultsRow] = []
            for id in ids {
                for point in history(of: id, as: type) where point.score != nil || point.satisfaction != nil || point.rank != nil {
                    rows.append(
                        ResultsRow(
                            line: rows.count + 2,
                            cells: [
                                .number(Double(point.year)), .reference(id), point.score.map { .number($0) } ?? .empty,
                                point.satisfaction.map { .number($0) } ?? .empty, point.rank.map { .number(Double($0)) } ?? .empty,
                                .number(Double(point.scale)),
                            ]))
                }
            }
            return ResultsTable(
                id: tableID, path: "", year: nil, kind: .other,
                title: title, source: source, note: nil, columns: columns, rows: rows)
        }
    }
}
