import SapaModel
import SapaMustache
import SapaSource

extension SitePages {
    /// On the page of a service, body or region across the years (the unprefixed one of a
    /// site with editions): its figures in every year as a table and as line charts, the
    /// 10-point years on an axis of their own; and the links to each edition's page for it.
    /// Absent on an edition's own pages, on sites without editions, and with one year only.
    func history(of id: String, as type: ColumnType, name: LocalizedText) -> (table: TemplateValue, yearLinks: TemplateValue) {
        guard context.edition == nil, !model.editionContents.isEmpty else { return (.absent, .absent) }
        let points = model.history(of: id, as: type)
        // One year is no history: the page is then the chapter, its key figures first.
        guard points.count > 1 else { return (.absent, .absent) }
        let page: (Int) -> Routes.Page = { year in
            switch type {
            case .service: .edition(year, .service(id))
            case .body: .edition(year, .body(id))
            default: .edition(year, .region(id))
            }
        }
        let rows: [TemplateObject] = points.map { point in
            let note: String? =
                switch point.status {
                case .figures: nil
                case .qualitative: context[.qualitativeInYear]
                case .notStudied: context[.notInEdition]
                }
            return [
                "year": .text(String(point.year)),
                "href": point.hasEditionPage ? .text(context.routes.href(page(point.year), language)) : .absent,
                "note": .optionalText(note),
                "score": .text(point.score.map { scoreText($0, scale: point.scale) } ?? "—"),
                "satisfaction": .text(point.satisfaction.map(context.format.percent) ?? "—"),
                "rank": .text(point.rank.map(String.init) ?? "—"),
            ]
        }
        var charts: [TemplateValue] = []
        let title = context.plain(name)
        for scale in [5, 10] {
            let years = points.filter { $0.scale == scale }
            guard years.contains(where: { $0.score != nil }) else { continue }
            let label = scale == 10 ? context[.historyTenPoint] : context[.chartHistory]
            charts.append(
                .html(
                    Charts.line(
                        id: "chart-history-\(scale)", title: "\(label) — \(title)",
                        description: describe(years) { $0.score.map { scoreText($0, scale: scale) } },
                        points: years.map { Charts.Point(label: String($0.year), value: $0.score, display: $0.score.map { scoreText($0, scale: scale) } ?? "") },
                        minimum: 1, maximum: Double(scale), noData: context[.noData])))
        }
        if points.contains(where: { $0.satisfaction != nil }) {
            charts.append(
                .html(
                    Charts.line(
                        id: "chart-history-satisfaction", title: "\(context[.chartHistorySatisfaction]) — \(title)",
                        description: describe(points) { $0.satisfaction.map(context.format.percent) },
                        points: points.map { Charts.Point(label: String($0.year), value: $0.satisfaction, display: $0.satisfaction.map(context.format.percent) ?? "") },
                        minimum: 0, maximum: 100, noData: context[.noData])))
        }
        let table: TemplateValue = .object([
            "rows": context.list(rows), "charts": .list(charts),
            "formerNames": formerNames(of: id, as: type),
        ])
        let links: [TemplateObject] = points.filter(\.hasEditionPage).map { point in
            ["year": .text(String(point.year)), "href": .text(context.routes.href(page(point.year), language))]
        }
        return (table, links.isEmpty ? .absent : .object(["years": context.list(links)]))
    }

    func scoreText(_ score: Double, scale: Int) -> String {
        scale == 10 ? context.format.decimal(score, digits: 1) : context.format.score(score)
    }

    /// «2019: 4,51; 2020: no data; …» and the chart note: what a screen reader reads.
    func describe(_ points: [HistoryPoint], _ value: (HistoryPoint) -> String?) -> String {
        points.map { "\($0.year): \(value($0) ?? context[.noData])" }.joined(separator: "; ") + ". " + context[.chartNote]
    }

    /// The names it had before, with their years: a renamed service or body keeps one page.
    func formerNames(of id: String, as type: ColumnType) -> TemplateValue {
        let names: [Region.FormerName] =
            switch type {
            case .service: model.service(id)?.formerNames ?? []
            case .body: model.body(id)?.formerNames ?? []
            default: model.region(id)?.formerNames ?? []
            }
        guard !names.isEmpty else { return .absent }
        return .object([
            "names": context.list(
                names.map { former in
                    ["name": context.localized(former.name), "years": .text("\(former.years.lowerBound)–\(former.years.upperBound)")]
                })
        ])
    }
}
