import SapaMustache
import Foundation
import SapaModel
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
    let regionRows: [String: [(service: Service, row: ProvidersTable.Row)]]

    package init(context: ViewContext) {
        self.context = context
        rowIndex = RowIndex(context.model.tables)
        var regionRows: [String: [(service: Service, row: ProvidersTable.Row)]] = [:]
        for service in context.model.services {
            for (region, row) in context.model.reports[service.id]?.regions?.firstRowPerRegion ?? [] {
                regionRows[region, default: []].append((service, row))
            }
        }
        self.regionRows = regionRows
    }

    /// Every page, each made only when called: the build makes,
    /// renders and writes one page at a time on every core, so that the views of thousands
    /// of pages are never all in memory.
    func makers() -> [@Sendable () -> RenderedPageSpec?] { identifiedMakers().map(\.make) }

    /// `makers()` with the page each one makes, known before making it (to make only some).
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
        return makers.map { (context.scoped($0.page!), $0.make) }
    }

    func spec(_ page: Routes.Page, template: String, title: String, description: String? = nil,
              available: [Language]? = nil, _ content: TemplateObject) -> RenderedPageSpec {
        let page = context.scoped(page)
        let frame = context.frame(page, title: title, description: description, available: available)
        return RenderedPageSpec(page: page, language: language, outputPath: context.routes.outputFile(page, language),
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
                return ["service": context.link(context.serviceName(id), .service(id)),
                        "rank": .text(ranking.value(row, "rank").number.map { String(Int($0)) } ?? ""),
                        "score": .optionalText(ranking.value(row, "score").number.map(context.format.score)),
                        "satisfaction": .optionalText(ranking.value(row, "satisfaction").number.map(context.format.percent))]
            }
            best = ordered.prefix(3).map(entry)
            worst = ordered.suffix(3).reversed().map(entry)
        }
        let links: [TemplateObject] = [(Routes.Page.servicesRanking, UIText.servicesRanking), (.bodiesRanking, .bodiesRanking),
                                       (.regionsRanking, .regionsRanking), (.providersRanking, .providersRanking),
                                       (.dynamics, .dynamics), (.openData, .openData)].map { page, label in
            ["href": .text(context.href(page)), "label": .text(context[label])]
        }
        return spec(.home, template: "home", title: context.plain(model.config.title), [
            "year": .optionalText(year.map(String.init)),
            "headline": context.nonEmpty(headline),
            "best": context.nonEmpty(best),
            "worst": context.nonEmpty(worst),
            "dynamics": dynamicsTable.map { .object(tables.object($0)) } ?? .absent,
            "dynamicsCharts": .list(dynamicsTable.map(dynamicsCharts) ?? []),
            "links": context.list(links),
            "intro": .html(markdownHTML(model.pages.first { $0.slug == "home" && $0.language == language }?.markdown ?? "")),
        ])
    }

    // MARK: Rankings

    func rankingPage(_ page: Routes.Page, title: UIText, kinds: [TableKind]) -> RenderedPageSpec {
        // In the order the page names the kinds, then as listed in tables.yml.
        let selected = kinds.flatMap { kind in model.tables.filter { $0.kind == kind } }
        let mapTable = page == .regionsRanking ? model.tables(of: .regionsRanking).first { $0.year == model.config.currentYear } : nil
        return spec(page, template: "ranking", title: context[title], [
            "map": mapTable.map { .html(regionsMap($0)) } ?? .absent,
            "tables": context.nonEmpty(selected.map { tables.object($0) }),
            "intro": .html(markdownHTML(model.pages.first { $0.slug == page.relative.dropLast() + "-intro" && $0.language == language }?.markdown ?? "")),
        ])
    }

    func servicesRanking() -> RenderedPageSpec { rankingPage(.servicesRanking, title: .servicesRanking, kinds: [.servicesRanking, .respondentsByService]) }
    func bodiesRanking() -> RenderedPageSpec { rankingPage(.bodiesRanking, title: .bodiesRanking, kinds: [.bodiesRanking, .bodiesDynamics]) }
    func regionsRanking() -> RenderedPageSpec { rankingPage(.regionsRanking, title: .regionsRanking, kinds: [.regionsDynamics, .regionsRanking, .respondentsByRegion]) }
    func providersRanking() -> RenderedPageSpec { rankingPage(.providersRanking, title: .providersRanking, kinds: [.providers, .corporation, .portal]) }
    func dynamics() -> RenderedPageSpec { rankingPage(.dynamics, title: .dynamics, kinds: [.dynamics, .other]) }

    // MARK: Entities

    /// Every row of every table whose subject is `id`, as small tables with their titles.
    func appearances(of id: String, as type: ColumnType) -> [TemplateObject] {
        model.tables.compactMap { table in
            guard let subject = table.subjectColumn, subject.type == type else { return nil }
            let rows = rowIndex.rows(table, subject.id, id)
            return rows.isEmpty ? nil : tables.object(table, rows: rows, compact: true)
        }
    }

    func service(_ service: Service) -> RenderedPageSpec {
        let report = model.reports[service.id]
        let name = context.plain(service.name)
        var info: [TemplateObject] = []
        func add(_ label: UIText, _ value: TemplateValue) {
            switch value {
            case .absent: return
            case .text(let text): info.append(["label": .text(context[label]), "value": .object(["text": .text(text), "lang": .absent, "href": .absent])])
            default: info.append(["label": .text(context[label]), "value": value])
            }
        }
        add(.code, .optionalText(service.code ?? report?.code))
        add(.body, context.link(context.model.body(service.bodyID)?.name, .body(service.bodyID)))
        add(.responsibleBody, context.localized(report?.responsibleBody))
        add(.standard, context.localized(report?.standard?.text))
        add(.form, context.localized(report?.form))
        add(.recipients, context.localized(report?.recipients))
        add(.cost, context.localized(report?.cost))
        for fact in report?.otherInfo ?? [] {
            info.append(["label": .text(context.plain(fact.label)), "value": context.localized(fact.text)])
        }
        add(.serviceCode, .optionalText(report?.serviceCode))
        add(.respondents, .optionalText(report?.respondents.map(context.format.integer)))
        add(.chapter, .optionalText(service.chapter.map { "2.\($0)" }))
        var indicators: [TemplateObject] = []
        if let values = report?.indicators {
            if let value = values.satisfaction { indicators.append(["label": .text(context[.satisfaction]), "value": .text(context.format.percent(value))]) }
            if let value = values.score { indicators.append(["label": .text(context[.score]), "value": .text(context.format.score(value))]) }
            if let value = values.rank { indicators.append(["label": .text(context[.rank]), "value": .text(String(value))]) }
        }
        let criteria: TemplateValue = report?.criteria.map { table in
            .object([
                "source": context.localized(table.source),
                "channels": context.list(table.channels.map { ["label": context.localized($0.label), "id": .text($0.id)] }),
                "rows": context.list(table.rows.map { row in
                    ["label": context.localized(row.label),
                     "criterion": .optionalText(row.criterion.map { context[UIText.criterion($0)] }),
                     "values": context.list(table.channels.indices.map { index in
                        context.measureCells(index < row.values.count ? row.values[index] : nil)
                     })]
                }),
                "averages": table.averages.isEmpty ? .absent : context.list(table.channels.indices.map { index in
                    context.measureCells(index < table.averages.count ? table.averages[index] : nil)
                }),
            ])
        } ?? .absent
        let callCentres: [TemplateObject] = (report?.callCentres ?? []).map { centre in
            ["centre": .text(centre.centre), "source": context.localized(centre.source),
             "rows": context.list(centre.rows.map { context.measureCells($0.measure, adding: ["parameter": context.localized($0.parameter)]) }),
             "total": context.measure(centre.total)]
        }
        func providerRows(_ table: ProvidersTable?) -> TemplateValue {
            guard let table, !table.rows.isEmpty else { return .absent }
            return .object([
                "source": context.localized(table.source),
                "rows": context.list(table.rows.map { row in
                    context.measureCells(row.measure, adding: [
                        "provider": context.localized(row.provider.isEmpty ? nil : row.provider),
                        "region": row.regionID.map { context.link(context.regionName($0, year: model.config.currentYear), .region($0)) } ?? .absent,
                        "respondents": .optionalText(row.respondents.map(context.format.integer))])
                }),
            ])
        }
        let recommendations: [TemplateObject] = (report?.recommendations ?? []).compactMap { group in
            let items = group.items[language] ?? group.items[.kk] ?? []
            guard !items.isEmpty else { return nil }
            let itemsLanguage: Language = group.items[language] != nil ? language : .kk
            return ["addressee": context.localized(group.addressee),
                    "lang": itemsLanguage == language ? .absent : .text(itemsLanguage.rawValue),
                    "items": .list(items.map { .html(inlineMarkdownHTML($0)) })]
        }
        let notes = chapterNotes(report) + entityNotes(service.id)
        let findingsLanguage: Language = .kk
        let history = history(of: service.id, as: .service, name: service.name)
        return spec(.service(service.id), template: "service", title: name, description: name, [
            "history": history.table,
            "yearLinks": history.yearLinks,
            "name": context.localized(service.name),
            "qualitative": .bool(service.study == .qualitative),
            "info": context.list(info),
            "standardURL": .optionalText(report?.standard?.url.flatMap { WebAddress.isWebLink($0) ? $0 : nil }),
            "indicators": context.nonEmpty(indicators),
            "criteria": criteria,
            "otherTables": context.list((report?.otherTables ?? []).map { table in
                ["title": context.localized(table.title), "source": context.localized(table.source),
                 "columns": .list(table.columns.map { .text($0) }),
                 "subcolumns": .list(table.subcolumns.contains { !$0.isEmpty } ? table.subcolumns.map { .text($0) } : []),
                 "rows": context.list(table.rows.map { row in
                     ["label": context.localized(row.label),
                      "values": .list(row.values.map { .text($0.map(printedNumber) ?? "—") })]
                 })]
            }),
            "criteriaChart": report?.criteria.map { .html(criteriaChart($0, service: service)) } ?? .absent,
            "regionsMap": report?.regions.flatMap { serviceRegionsMap($0, service: service) }.map { .html($0) } ?? .absent,
            "callCentres": context.nonEmpty(callCentres),
            "providers": providerRows(report?.providers),
            "regions": providerRows(report?.regions),
            "recommendations": context.nonEmpty(recommendations),
            // The report's recommendations exist in Kazakh only where none is in this language:
            // said once, in the reader's language, above them.
            "recommendationsLang": recommendations.contains { !$0["lang"]!.isAbsent } ? .text(Language.kk.rawValue) : .absent,
            "findings": (report?.findings.isEmpty ?? true) ? .absent : .html(markdownHTML(report!.findings)),
            "findingsLang": findingsLanguage == language ? .absent : .text(findingsLanguage.rawValue),
            "notes": context.list(notes),
            "appearances": context.nonEmpty(appearances(of: service.id, as: .service)),
        ])
    }

    func body(_ body: Body) -> RenderedPageSpec {
        let ranking = model.tables(of: .servicesRanking).first
        func row(_ service: Service) -> ResultsRow? { ranking.flatMap { rowIndex.rows($0, "service", service.id).first } }
        let own = model.services.filter { $0.bodyID == body.id }
        let ranks = Dictionary(own.map { ($0.id, row($0).flatMap { ranking!.value($0, "rank").number } ?? .infinity) }, uniquingKeysWith: { first, _ in first })
        func rank(_ service: Service) -> Double { ranks[service.id]! }
        // Best first; services without a rank (studied qualitatively) after them.
        let services = own.sorted { rank($0) < rank($1) }
        let items: [TemplateObject] = services.map { service in
            let row = row(service)
            return ["service": context.link(service.name, .service(service.id)),
                    "rank": .optionalText(row.flatMap { ranking!.value($0, "rank").number }.map { String(Int($0)) }),
                    "score": .optionalText(row.flatMap { ranking!.value($0, "score").number }.map(context.format.score)),
                    "satisfaction": .optionalText(row.flatMap { ranking!.value($0, "satisfaction").number }.map(context.format.percent))]
        }
        let history = history(of: body.id, as: .body, name: body.name)
        return spec(.body(body.id), template: "entity", title: context.plain(body.name), [
            "history": history.table,
            "yearLinks": history.yearLinks,
            "name": context.localized(body.name),
            "abbreviation": context.localized(body.abbreviation),
            "services": context.nonEmpty(items),
            "appearances": context.nonEmpty(appearances(of: body.id, as: .body)),
            // The chart of the report's own history, where no history across editions shows.
            "historyChart": history.table.isAbsent ? historyChart(of: body.id, kind: .bodiesDynamics, name: body.name).map { .html($0) } ?? .absent : .absent,
            "notes": context.list(entityNotes(body.id)),
            "serviceRegions": .list([]),
            "contestYears": .list([]),
        ])
    }

    func region(_ region: Region) -> RenderedPageSpec {
        let year = model.config.currentYear
        let serviceRows: [TemplateObject] = (regionRows[region.id] ?? []).map { service, row in
            return context.measureCells(row.measure, adding: [
                "service": context.link(service.name, .service(service.id)),
                "respondents": .optionalText(row.respondents.map(context.format.integer))])
        }
        let history = history(of: region.id, as: .region, name: region.name(in: year))
        return spec(.region(region.id), template: "entity", title: context.plain(region.name(in: year)), [
            "history": history.table,
            "yearLinks": history.yearLinks,
            "name": context.localized(region.name(in: year)),
            "abbreviation": .absent,
            "services": .list([]),
            "appearances": context.nonEmpty(appearances(of: region.id, as: .region)),
            "historyChart": history.table.isAbsent ? historyChart(of: region.id, kind: .regionsDynamics, name: region.name(in: year)).map { .html($0) } ?? .absent : .absent,
            "notes": context.list(entityNotes(region.id)),
            "serviceRegions": context.nonEmpty(serviceRows),
            "contestYears": context.nonEmpty(contestLinks(for: region)),
        ])
    }

    /// The chapter's own notes, in this language where given (else Kazakh, marked).
    func chapterNotes(_ report: ServiceReport?) -> [TemplateObject] {
        guard let report else { return [] }
        let notesLanguage: Language = report.dataNotes[language] != nil ? language : .kk
        return (report.dataNotes[notesLanguage] ?? []).map { text in
            ["text": .object(["text": .text(text), "href": .absent, "lang": notesLanguage == language ? .absent : .text(notesLanguage.rawValue)])]
        }
    }

    /// Notes from `data-notes.yml` about this entity, once each.
    func entityNotes(_ id: String) -> [TemplateObject] {
        var seen: Set<String> = []
        return model.notes(about: id).filter { seen.insert($0.text.text(.kk)).inserted }.map { ["text": context.localized($0.text)] }
    }

    /// A figure kept as the report printed it, with this language's decimal separator.
    func printedNumber(_ raw: String) -> String {
        guard NumberText.parse(raw) != nil else { return raw }
        return language == .en ? raw : raw.replacingOccurrences(of: ".", with: ",")
    }

    // MARK: Charts

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
        return Charts.bars(id: "chart-criteria", title: "\(context[.chartCriteria]) — \(context.plain(service.name))",
                           description: described.joined(separator: "; ") + ". " + context[.chartNote],
                           groups: groups, series: series, maximum: 5, lines: context.labelLines)
    }

    /// A tile map of the regions a chapter has figures for.
    func serviceRegionsMap(_ table: ProvidersTable, service: Service) -> String? {
        let tiles = table.rows.compactMap { row -> Charts.Tile? in
            guard let id = row.regionID, let score = row.measure.score else { return nil }
            return Charts.Tile(regionID: id, label: context.plain(context.regionName(id, year: model.config.currentYear)),
                               value: score, display: context.format.score(score))
        }
        guard !tiles.isEmpty else { return nil }
        return Charts.tileMap(id: "chart-regions", title: "\(context[.chartMap]) — \(context.plain(service.name))",
                              description: tiles.map { "\($0.label): \($0.display)" }.joined(separator: "; ") + ". " + context[.chartNote],
                              tiles: tiles, noData: context[.noData], format: context.format, lines: context.labelLines)
    }

    func regionsMap(_ table: ResultsTable) -> String {
        let tiles = table.entries.compactMap { row -> Charts.Tile? in
            guard let id = table.value(row, "region").reference else { return nil }
            let score = table.value(row, "score").number
            return Charts.Tile(regionID: id, label: context.plain(context.regionName(id, year: table.year)), value: score,
                               display: score.map(context.format.score) ?? "")
        }
        return Charts.tileMap(id: "chart-map-\(table.id)", title: "\(context[.chartMap]) — \(context.plain(table.title))",
                              description: tiles.map { "\($0.label): \($0.display)" }.joined(separator: "; ") + ". " + context[.chartNote],
                              tiles: tiles, noData: context[.noData], format: context.format, lines: context.labelLines)
    }

    /// An entity's score over the years, from its row of a year-by-year table.
    func historyChart(of id: String, kind: TableKind, name: LocalizedText) -> String? {
        guard let table = model.tables(of: kind).first, let subject = table.subjectColumn,
              let row = rowIndex.rows(table, subject.id, id).first else { return nil }
        let bars: [Charts.Bar] = table.columns.enumerated().compactMap { index, column in
            guard column.type == .score, let year = column.year, let score = row.cells[index].number else { return nil }
            return Charts.Bar(series: String(year), value: score, label: context.format.score(score))
        }
        guard !bars.isEmpty else { return nil }
        let groups = bars.map { Charts.Group(label: $0.series, bars: [Charts.Bar(series: context[.score], value: $0.value, label: $0.label)]) }
        return Charts.bars(id: "chart-history", title: "\(context[.chartHistory]) — \(context.plain(name))",
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
            charts.append(.html(Charts.bars(id: "chart-dynamics-\(scale)", title: context[title],
                                            description: bars.map { "\($0.series): \($0.label)" }.joined(separator: "; ") + ". " + context[.chartNote],
                                            groups: groups, series: [context[.score]], maximum: Double(scale), lines: context.labelLines)))
        }
        return charts
    }

    // MARK: Free pages and open data

    func markdownPage(_ slug: String) -> RenderedPageSpec? {
        guard let page = model.page(slug, in: language) else { return nil }
        return spec(.page(slug), template: "page", title: page.title, description: page.description,
                    available: model.config.languages, [
            "body": .html(markdownHTML(page.markdown)),
            "contentLang": page.language == language ? .absent : .text(page.language.rawValue),
        ])
    }

    func openData() -> RenderedPageSpec {
        // The unprefixed page offers every edition's tables; an edition's page, its own.
        let items: [TemplateObject] = (context.edition == nil ? model.allTables : model.tables).map { table in
            ["title": context.localized(table.title), "source": context.localized(table.source),
             "csv": .text(context.routes.download(table.id, "csv")), "json": .text(context.routes.download(table.id, "json")),
             "id": .text(table.id), "rowCount": .text(context.strings.count(.rowsCount, table.rows.count, format: context.format))]
        }
        return spec(.openData, template: "data", title: context[.openData], [
            "datasets": context.nonEmpty(items),
            "datapackage": .text(context.routes.dataPackage),
            // JSON with <, > and & written as \u escapes, so it cannot close the script element.
            "jsonLD": .html(OpenData(model: model).schemaOrgDataset(language: language, routes: context.routes)),
        ])
    }

    /// The search page: the script searches the index; without it, the full lists.
    func search() -> RenderedPageSpec {
        let year = model.config.currentYear
        func items(_ list: [(LocalizedText, Routes.Page)]) -> TemplateValue {
            context.list(list.map { name, page in
                guard case .object(let object) = context.link(name, page) else { return [:] }
                return object
            })
        }
        return spec(.search, template: "search", title: context[.search], [
            "index": .text(context.routes.searchIndex(language)),
            "services": items(model.services.map { ($0.name, .service($0.id)) }),
            "bodies": items(model.bodies.map { ($0.name, .body($0.id)) }),
            "regions": items(model.regions.filter { year.map($0.existed(in:)) ?? true }.map { ($0.name(in: year), .region($0.id)) }),
        ])
    }

    package func notFound() -> RenderedPageSpec {
        var object = context.frame(.home, title: context[.notFound])
        object["message"] = .text(context[.notFoundText])
        object["canonical"] = .absent
        return RenderedPageSpec(page: nil, language: language, outputPath: "404.html", template: "not-found", object: object)
    }

    // MARK: Markdown

    func markdownHTML(_ markdown: String) -> String {
        markdown.isEmpty ? "" : Markdown.html(markdown, allowRawHTML: model.config.allowRawHTML)
    }

    /// A one-line text with Markdown emphasis and links, without the paragraph around it.
    func inlineMarkdownHTML(_ markdown: String) -> String {
        var html = markdownHTML(markdown).trimmingCharacters(in: .whitespacesAndNewlines)
        if html.hasPrefix("<p>"), html.hasSuffix("</p>"), html.components(separatedBy: "<p>").count == 2 {
            html = String(html.dropFirst(3).dropLast(4))
        }
        return html
    }
}

/// The rows of each table by the id in each of its columns: what
/// `table.rows.filter { table.value($0, column).reference == id }` finds, in the same order.
struct RowIndex: Sendable {
    /// table id → column id → entity id → row positions.
    var tables: [String: [String: [String: [Int]]]] = [:]

    init(_ list: [ResultsTable]) {
        var seen: [String: Int] = [:]
        for table in list { seen[table.id, default: 0] += 1 }
        // Tables that share an id are left out, and scanned as before.
        for table in list where seen[table.id] == 1 {
            var columns: [String: [String: [Int]]] = [:]
            for (position, column) in table.columns.enumerated() where columns[column.id] == nil {
                guard table.index(of: column.id) == position else { continue }
                var byID: [String: [Int]] = [:]
                for (rowPosition, row) in table.rows.enumerated() where position < row.cells.count {
                    if case .reference(let id) = row.cells[position] { byID[id, default: []].append(rowPosition) }
                }
                columns[column.id] = byID
            }
            tables[table.id] = columns
        }
    }

    func rows(_ table: ResultsTable, _ column: String, _ id: String) -> [ResultsRow] {
        guard let columns = tables[table.id], let byID = columns[column] else {
            return table.rows.filter { table.value($0, column).reference == id }
        }
        return (byID[id] ?? []).map { table.rows[$0] }
    }
}
