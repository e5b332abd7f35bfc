import Foundation
import SapaModel
import SapaMustache
import SapaSource

/// Every page of one language, as (output path, template, template object).
package struct SitePages {
    let context: ViewContext
    var model: SiteModel { context.model }
    var language: Language { context.language }
    var tables: TableView { TableView(context: context) }
    /// Each table's rows by the entity they name, so that a page finds its rows without
    /// scanning every row of every table (quadratic with thousands of services).
    let rowIndex: RowIndex
    /// For each region, the services whose chapter has a row for it, with that row (the
    /// first), in service order: region pages read it instead of every chapter.
    var regionRows: [String: [(service: Service, row: ProvidersTable.Row)]] { regionRowsMade.value }
    private let regionRowsMade: OnFirstUse<[String: [(service: Service, row: ProvidersTable.Row)]]>

    package init(context: ViewContext) {
        self.context = context
        rowIndex = RowIndex(context.model.tables)
        let model = context.model
        regionRowsMade = OnFirstUse {
            var regionRows: [String: [(service: Service, row: ProvidersTable.Row)]] = [:]
            for service in model.services {
                for (region, row) in model.reports[service.id]?.regions?.firstRowPerRegion ?? [] {
                    regionRows[region, default: []].append((service, row))
                }
            }
            return regionRows
        }
    }

    /// Every page, each made only when called (the build makes, renders and writes one page
    /// at a time on every core, so that the views of thousands of pages are never all in
    /// memory), with the page each one makes, known before making it (to make only some).
    package func identifiedMakers() -> [(page: Routes.Page?, make: @Sendable () -> RenderedPageSpec?)] {
        let pages = self
        var makers: [(page: Routes.Page?, make: @Sendable () -> RenderedPageSpec?)] = [
            (.home, { pages.home() }), (.servicesRanking, { pages.servicesRanking() }), (.bodiesRanking, { pages.bodiesRanking() }),
            (.regionsRanking, { pages.regionsRanking() }), (.providersRanking, { pages.providersRanking() }),
            (.dynamics, { pages.dynamics() }), (.openData, { pages.openData() }), (.search, { pages.search() }),
        ]
        makers += model.services.map { service in (.service(service.id), { pages.service(service) }) }
        makers += model.bodies.map { body in (.body(body.id), { pages.body(body) }) }
        makers += model.regions.map { region in (.region(region.id), { pages.region(region) }) }
        makers += model.freePageSlugs.map { slug in (.page(slug), { pages.markdownPage(slug) }) }
        makers += model.report.texts.map { text in (.report(text.id), { pages.reportText(text) }) }
        makers += contestMakers()
        return makers
    }

    /// The pages of this edition, under `/<lang>/<year>/`: its home, rankings, downloads, the
    /// chapters of its services, and its bodies and the regions that existed that year.
    package func editionMakers() -> [(page: Routes.Page?, make: @Sendable () -> RenderedPageSpec?)] {
        guard let year = context.edition else { return [] }
        let pages = self
        var makers: [(page: Routes.Page?, make: @Sendable () -> RenderedPageSpec?)] = [
            (.home, { pages.home() }), (.servicesRanking, { pages.servicesRanking() }), (.bodiesRanking, { pages.bodiesRanking() }),
            (.regionsRanking, { pages.regionsRanking() }), (.providersRanking, { pages.providersRanking() }),
            (.dynamics, { pages.dynamics() }), (.openData, { pages.openData() }),
        ]
        makers += model.services.filter { model.reports[$0.id] != nil }.map { service in (.service(service.id), { pages.service(service) }) }
        makers += model.bodies.map { body in (.body(body.id), { pages.body(body) }) }
        makers += model.regions.filter { $0.existed(in: year) }.map { region in (.region(region.id), { pages.region(region) }) }
        makers += model.report.texts.map { text in (.report(text.id), { pages.reportText(text) }) }
        return makers.map { (context.scoped($0.page!), $0.make) }
    }

    func spec(
        _ page: Routes.Page, template: String, title: String, description: String? = nil,
        available: [Language]? = nil, _ content: TemplateObject
    ) -> RenderedPageSpec {
        let page = context.scoped(page)
        let frame = context.frame(page, title: title, description: description, available: available)
        return RenderedPageSpec(
            page: page, language: language, outputPath: context.routes.outputFile(page, language),
            template: template, object: context.merge(frame, content))
    }

    // MARK: Home

    func home() -> RenderedPageSpec {
        let year = model.config.currentYear
        let dynamicsTable = model.tables(of: .dynamics).first
        var headline: [TemplateObject] = []
        if let table = dynamicsTable, let row = table.rows.first(where: { year != nil && table.value($0, "year").number == Double(year!) }) {
            if let score = table.value(row, "score").number {
                headline.append(["value": .text(context.format.score(score)), "label": .text(context[.headlineScore])])
            }
            if let share = table.value(row, "satisfaction").number {
                headline.append(["value": .text(context.format.percent(share)), "label": .text(context[.headlineSatisfaction])])
            }
            if let respondents = table.value(row, "respondents").number {
                headline.append(["value": .text(context.format.integer(Int(respondents))), "label": .text(context[.headlineRespondents])])
            }
            if let services = table.value(row, "services").number {
                headline.append(["value": .text(context.format.integer(Int(services))), "label": .text(context[.headlineServices])])
            }
        }
        if let regions = model.tables(of: .regionsRanking).first(where: { $0.year == year }) {
            headline.append(["value": .text(context.format.integer(regions.entries.count)), "label": .text(context[.headlineRegions])])
        }
        var best: [TemplateObject] = []
        var worst: [TemplateObject] = []
        if let ranking = model.tables(of: .servicesRanking).first(where: { $0.year == year }) ?? model.tables(of: .servicesRanking).first {
            let ordered = ranking.entries.sorted { (ranking.value($0, "rank").number ?? .infinity) < (ranking.value($1, "rank").number ?? .infinity) }
            let entry: (ResultsRow) -> TemplateObject = { row in
                let id = ranking.value(row, "service").reference ?? ""
                return [
                    "service": context.link(context.serviceName(id), .service(id)),
                    "rank": .text(ranking.value(row, "rank").number.map { String(Int($0)) } ?? ""),
                    "score": .optionalText(ranking.value(row, "score").number.map(context.format.score)),
                    "satisfaction": .optionalText(ranking.value(row, "satisfaction").number.map(context.format.percent)),
                ]
            }
            best = ordered.prefix(3).map(entry)
            worst = ordered.suffix(3).reversed().map(entry)
        }
        let links: [TemplateObject] = [
            (Routes.Page.servicesRanking, UIText.servicesRanking), (.bodiesRanking, .bodiesRanking),
            (.regionsRanking, .regionsRanking), (.providersRanking, .providersRanking),
            (.dynamics, .dynamics), (.openData, .openData),
        ].map { page, label in
            ["href": .text(context.href(page)), "label": .text(context[label])]
        }
        return spec(
            .home, template: "home", title: context.plain(model.config.title),
            [
                "year": .optionalText(year.map(String.init)),
                "headline": context.nonEmpty(headline),
                "best": context.nonEmpty(best),
                "worst": context.nonEmpty(worst),
                "dynamics": dynamicsTable.map { .object(tables.object($0)) } ?? .absent,
                "dynamicsCharts": .list(dynamicsTable.map(dynamicsCharts) ?? []),
                "links": context.list(links),
                "reportLinks": context.nonEmpty(
                    model.report.texts.map { text in
                        let title = text.title.resolve(language)
                        return [
                            "href": .text(context.href(.report(text.id))), "label": .optionalText(title?.text),
                            "lang": title.flatMap { $0.language == language ? nil : $0.language.rawValue }.map(TemplateValue.text) ?? .absent,
                        ]
                    }),
                "intro": .html(markdownHTML(model.pages.first { $0.slug == "home" && $0.language == language }?.markdown ?? "")),
            ])
    }

    // MARK: Rankings

    func rankingPage(_ page: Routes.Page, title: UIText, kinds: [TableKind]) -> RenderedPageSpec {
        // In the order the page names the kinds, then as listed in tables.yml.
        let selected = kinds.flatMap { kind in model.tables.filter { $0.kind == kind } }
        let mapTable = page == .regionsRanking ? model.tables(of: .regionsRanking).first { $0.year == model.config.currentYear } : nil
        // A national series the page shows goes right after the dynamics table it continues
        // (table 6), so that the years where both give a figure sit side by side.
        var objects = selected.map { tables.object($0) }
        let series = model.series.filter { $0.page == page.relative.dropLast() }.map { series in
            var object = tables.object(series.table)
            object["sourceLink"] = .text(series.link)
            return object
        }
        let place = (selected.lastIndex { $0.kind == .dynamics }).map { $0 + 1 } ?? objects.count
        objects.insert(contentsOf: series, at: place)
        return spec(
            page, template: "ranking", title: context[title],
            [
                "map": mapTable.map { .html(regionsMap($0)) } ?? .absent,
                "tables": context.nonEmpty(objects),
                "intro": .html(markdownHTML(model.pages.first { $0.slug == page.relative.dropLast() + "-intro" && $0.language == language }?.markdown ?? "")),
            ])
    }

    func servicesRanking() -> RenderedPageSpec { rankingPage(.servicesRanking, title: .servicesRanking, kinds: [.servicesRanking, .respondentsByService]) }
    func bodiesRanking() -> RenderedPageSpec { rankingPage(.bodiesRanking, title: .bodiesRanking, kinds: [.bodiesRanking, .bodiesDynamics]) }
    func regionsRanking() -> RenderedPageSpec { rankingPage(.regionsRanking, title: .regionsRanking, kinds: [.regionsDynamics, .regionsRanking, .respondentsByRegion]) }
    func providersRanking() -> RenderedPageSpec { rankingPage(.providersRanking, title: .providersRanking, kinds: [.providers, .corporation, .portal]) }
    func dynamics() -> RenderedPageSpec { rankingPage(.dynamics, title: .dynamics, kinds: [.dynamics, .other]) }
}
