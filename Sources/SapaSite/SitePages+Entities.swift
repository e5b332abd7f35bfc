import Foundation
import SapaModel
import SapaMustache

/// The page of a service, a body and a region.
extension SitePages {
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
        add(.responsibleBody, context.localized(report?.facts.responsibleBody))
        add(.standard, context.localized(report?.facts.standard?.text))
        add(.form, context.localized(report?.facts.form))
        add(.recipients, context.localized(report?.facts.recipients))
        add(.cost, context.localized(report?.facts.cost))
        for fact in report?.facts.otherInfo ?? [] {
            info.append(["label": .text(context.plain(fact.label)), "value": context.localized(fact.text)])
        }
        add(.serviceCode, .optionalText(report?.facts.serviceCode))
        add(.respondents, .optionalText(report?.respondents.map(context.format.integer)))
        add(.chapter, .optionalText(service.chapter.map { "2.\($0)" }))
        var indicators: [TemplateObject] = []
        if let values = report?.indicators {
            if let value = values.satisfaction { indicators.append(["label": .text(context[.satisfaction]), "value": .text(context.format.percent(value))]) }
            if let value = values.score { indicators.append(["label": .text(context[.score]), "value": .text(context.format.score(value))]) }
            if let value = values.rank { indicators.append(["label": .text(context[.rank]), "value": .text(String(value))]) }
        }
        let criteria: TemplateValue =
            report?.criteria.map { table in
                .object([
                    "source": context.localized(table.source),
                    "channels": context.list(table.channels.map { ["label": context.localized($0.label), "id": .text($0.id)] }),
                    "rows": context.list(
                        table.rows.map { row in
                            [
                                "label": context.localized(row.label),
                                "criterion": .optionalText(row.criterion.map { context[UIText.criterion($0)] }),
                                "values": context.list(
                                    table.channels.indices.map { index in
                                        context.measureCells(index < row.values.count ? row.values[index] : nil)
                                    }),
                            ]
                        }),
                    "averages": table.averages.isEmpty
                        ? .absent
                        : context.list(
                            table.channels.indices.map { index in
                                context.measureCells(index < table.averages.count ? table.averages[index] : nil)
                            }),
                ])
            } ?? .absent
        let callCentres: [TemplateObject] = (report?.callCentres ?? []).map { centre in
            [
                "centre": .text(centre.centre), "source": context.localized(centre.source),
                "rows": context.list(centre.rows.map { context.measureCells($0.measure, adding: ["parameter": context.localized($0.parameter)]) }),
                "total": context.measure(centre.total),
            ]
        }
        func providerRows(_ table: ProvidersTable?) -> TemplateValue {
            guard let table, !table.rows.isEmpty else { return .absent }
            return .object([
                "source": context.localized(table.source),
                "rows": context.list(
                    table.rows.map { row in
                        context.measureCells(
                            row.measure,
                            adding: [
                                "provider": context.localized(row.provider.isEmpty ? nil : row.provider),
                                "region": row.regionID.map { context.link(context.regionName($0, year: model.config.currentYear), .region($0)) } ?? .absent,
                                "respondents": .optionalText(row.respondents.map(context.format.integer)),
                            ])
                    }),
            ])
        }
        let recommendations: [TemplateObject] = (report?.recommendations ?? []).compactMap { group in
            let items = group.items[language] ?? group.items[.kk] ?? []
            guard !items.isEmpty else { return nil }
            let itemsLanguage: Language = group.items[language] != nil ? language : .kk
            return [
                "addressee": context.localized(group.addressee),
                "lang": itemsLanguage == language ? .absent : .text(itemsLanguage.rawValue),
                "items": .list(items.map { .html(inlineMarkdownHTML($0)) }),
            ]
        }
        let notes = chapterNotes(report) + entityNotes(service.id)
        let findingsLanguage: Language = .kk
        let history = history(of: service.id, as: .service, name: service.name)
        return spec(
            .service(service.id), template: "service", title: name, description: name,
            [
                "history": history.table,
                "yearLinks": history.yearLinks,
                "name": context.localized(service.name),
                "qualitative": .bool(service.study == .qualitative),
                "info": context.list(info),
                "standardURL": .optionalText(report?.facts.standard?.url.flatMap { WebAddress.isWebLink($0) ? $0 : nil }),
                "indicators": context.nonEmpty(indicators),
                "criteria": criteria,
                "otherTables": context.list(
                    (report?.otherTables ?? []).map { table in
                        [
                            "title": context.localized(table.title), "source": context.localized(table.source),
                            "columns": .list(table.columns.map { .text($0) }),
                            "subcolumns": .list(table.subcolumns.contains { !$0.isEmpty } ? table.subcolumns.map { .text($0) } : []),
                            "rows": context.list(
                                table.rows.map { row in
                                    [
                                        "label": context.localized(row.label),
                                        "values": .list(row.values.map { .text($0.map(printedNumber) ?? "—") }),
                                    ]
                                }),
                        ]
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
            return [
                "service": context.link(service.name, .service(service.id)),
                "rank": .optionalText(row.flatMap { ranking!.value($0, "rank").number }.map { String(Int($0)) }),
                "score": .optionalText(row.flatMap { ranking!.value($0, "score").number }.map(context.format.score)),
                "satisfaction": .optionalText(row.flatMap { ranking!.value($0, "satisfaction").number }.map(context.format.percent)),
            ]
        }
        let history = history(of: body.id, as: .body, name: body.name)
        return spec(
            .body(body.id), template: "entity", title: context.plain(body.name),
            [
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
            return context.measureCells(
                row.measure,
                adding: [
                    "service": context.link(service.name, .service(service.id)),
                    "respondents": .optionalText(row.respondents.map(context.format.integer)),
                ])
        }
        let history = history(of: region.id, as: .region, name: region.name(in: year))
        return spec(
            .region(region.id), template: "entity", title: context.plain(region.name(in: year)),
            [
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

    /// Notes from the edition's data-notes.csv about this entity, once each.
    func entityNotes(_ id: String) -> [TemplateObject] {
        var seen: Set<String> = []
        return model.notes(about: id).filter { seen.insert($0.text.text(.kk)).inserted }.map { ["text": context.localized($0.text)] }
    }

    /// A figure kept as the report printed it, with this language's decimal separator.
    func printedNumber(_ raw: String) -> String {
        guard NumberText.parse(raw) != nil else { return raw }
        return language == .en ? raw : raw.replacingOccurrences(of: ".", with: ",")
    }
}
