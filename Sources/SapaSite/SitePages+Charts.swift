import Foundation
import SapaModel
import SapaMustache

/// The charts the pages show, each beside the table that holds its figures.
extension SitePages {
    /// The 8 criteria's average scores, one bar per channel.
    func criteriaChart(_ table: CriteriaTable, service: Service) -> String {
        let series = table.channels.map { context.plain($0.label).isEmpty ? $0.id : context.plain($0.label) }
        var described: [String] = []
        let groups: [Charts.Group] = table.rows.map { row in
            let label = context.plain(row.label)
            var bars: [Charts.Bar] = []
            for (index, value) in row.values.enumerated() {
                guard let score = value?.score, index < series.count else { continue }
                bars.append(Charts.Bar(series: series[index], value: score, label: context.format.score(score)))
            }
            described.append("\(label): " + bars.map { series.count > 1 ? "\($0.series) \($0.label)" : $0.label }.joined(separator: ", "))
            return Charts.Group(label: label, bars: bars)
        }
        return Charts.bars(
            id: "chart-criteria", title: "\(context[.chartCriteria]) — \(context.plain(service.name))",
            description: described.joined(separator: "; ") + ". " + context[.chartNote],
            groups: groups, series: series, maximum: 5, lines: context.labelLines)
    }

    /// A tile map of the regions a chapter has figures for.
    func serviceRegionsMap(_ table: ProvidersTable, service: Service) -> String? {
        let tiles = table.rows.compactMap { row -> Charts.Tile? in
            guard let id = row.regionID, let score = row.measure.score else { return nil }
            return Charts.Tile(
                regionID: id, label: context.plain(context.regionName(id, year: model.config.currentYear)),
                value: score, display: context.format.score(score))
        }
        guard !tiles.isEmpty else { return nil }
        return Charts.tileMap(
            id: "chart-regions", title: "\(context[.chartMap]) — \(context.plain(service.name))",
            description: tiles.map { "\($0.label): \($0.display)" }.joined(separator: "; ") + ". " + context[.chartNote],
            tiles: tiles, noData: context[.noData], format: context.format, lines: context.labelLines)
    }

    func regionsMap(_ table: ResultsTable) -> String {
        let tiles = table.entries.compactMap { row -> Charts.Tile? in
            guard let id = table.value(row, "region").reference else { return nil }
            let score = table.value(row, "score").number
            return Charts.Tile(
                regionID: id, label: context.plain(context.regionName(id, year: table.year)), value: score,
                display: score.map(context.format.score) ?? "")
        }
        return Charts.tileMap(
            id: "chart-map-\(table.id)", title: "\(context[.chartMap]) — \(context.plain(table.title))",
            description: tiles.map { "\($0.label): \($0.display)" }.joined(separator: "; ") + ". " + context[.chartNote],
            tiles: tiles, noData: context[.noData], format: context.format, lines: context.labelLines)
    }

    /// An entity's score over the years, from its row of a year-by-year table.
    func historyChart(of id: String, kind: TableKind, name: LocalizedText) -> String? {
        guard let table = model.tables(of: kind).first, let subject = table.subjectColumn,
            let row = rowIndex.rows(table, subject.id, id).first
        else { return nil }
        let bars: [Charts.Bar] = table.columns.enumerated().compactMap { index, column in
            guard column.type == .score, let year = column.year, let score = row.cells[index].number else { return nil }
            return Charts.Bar(series: String(year), value: score, label: context.format.score(score))
        }
        guard !bars.isEmpty else { return nil }
        let groups = bars.map { Charts.Group(label: $0.series, bars: [Charts.Bar(series: context[.score], value: $0.value, label: $0.label)]) }
        return Charts.bars(
            id: "chart-history", title: "\(context[.chartHistory]) — \(context.plain(name))",
            description: bars.map { "\($0.series): \($0.label)" }.joined(separator: "; ") + ". " + context[.chartNote],
            groups: groups, series: [context[.score]], maximum: 5, lines: context.labelLines)
    }

    /// The yearly averages since 2014, the 5-point years apart from the 10-point ones.
    func dynamicsCharts(_ table: ResultsTable) -> [TemplateValue] {
        var charts: [TemplateValue] = []
        for (scale, title) in [(5, UIText.chartDynamicsFive), (10, UIText.chartDynamicsTen)] {
            let rows = table.entries.filter { (table.value($0, "scale").number.map { Int($0) } ?? 5) == scale }
                .sorted { (table.value($0, "year").number ?? 0) < (table.value($1, "year").number ?? 0) }
            let bars: [Charts.Bar] = rows.compactMap { row in
                guard let year = table.value(row, "year").number, let score = table.value(row, "score").number else { return nil }
                let label = scale == 10 ? context.format.decimal(score, digits: 1) : context.format.score(score)
                return Charts.Bar(series: String(Int(year)), value: score, label: label)
            }
            guard !bars.isEmpty else { continue }
            let groups = bars.map { Charts.Group(label: $0.series, bars: [Charts.Bar(series: context[.score], value: $0.value, label: $0.label)]) }
            charts.append(
                .html(
                    Charts.bars(
                        id: "chart-dynamics-\(scale)", title: context[title],
                        description: bars.map { "\($0.series): \($0.label)" }.joined(separator: "; ") + ". " + context[.chartNote],
                        groups: groups, series: [context[.score]], maximum: Double(scale), lines: context.labelLines)))
        }
        return charts
    }
}
