import Foundation
import SapaModel
import SapaSite
import SapaSource

/// The preview's partial rebuilds for a site of editions. A saved text of an edition
/// (`Content/<year>/services/<id>.md`) is read again alone; saved spreadsheets of service
/// figures of one edition (`Content/<year>/service-figures/*.csv`) reload that edition and
/// redo the pages whose figures changed. Either way only the pages that show what changed
/// are made again: in that edition, and, for the latest edition, the unprefixed ones. Anything
/// else (a results table, a registry, a template…) takes a whole build.
extension IncrementalBuild {
    static func rebuildEditions(_ previous: BuiltSite, changed: [String]) -> PartialRebuild? {
        guard !changed.isEmpty else { return nil }
        let parts = changed.map { $0.split(separator: "/", omittingEmptySubsequences: false) }
        if parts.allSatisfy({ $0.count == 4 && $0[0] == "Content" && $0[2] == "services" }) {
            return rebuildTexts(previous, changed: changed)
        }
        let years = Set(parts.map { $0.count > 1 ? String($0[1]) : "" })
        if parts.allSatisfy({ $0.count == 4 && $0[0] == "Content" && $0[2] == "service-figures" && $0[3].hasSuffix(".csv") }),
            years.count == 1, let year = Int(years.first!)
        {
            return rebuildFigures(previous, year: year)
        }
        return nil
    }

    /// Texts read again and put in place of the old ones; the figures are as they were.
    static func rebuildTexts(_ previous: BuiltSite, changed: [String]) -> PartialRebuild? {
        let model = previous.checked.model
        let folder = previous.source.folder
        var edited: [(year: Int, id: String, url: URL)] = []
        for path in changed {
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard let year = Int(parts[1]), parts[3].hasSuffix(".md"), !parts[3].hasPrefix("."),
                let content = model.editionContents.first(where: { $0.year == year })
            else { return nil }
            let id = String(parts[3].dropLast(3))
            let url = folder.root.appendingPathComponent(path)
            // A text that came or went changes what the edition has: a whole build says how.
            guard content.reports[id] != nil, fileKind(url) == .regular else { return nil }
            edited.append((year, id, url))
        }
        let clock = ContinuousClock()
        let start = clock.now
        let maxBytes = model.config.limits.maxFileBytes
        let texts = Parallel.map(edited) { ServiceText.read($0.url, folder: folder, maxBytes: maxBytes) }
        var updated = model
        var problems = DiagnosticCollector()
        let latest = model.latestEdition?.year
        for (entry, text) in zip(edited, texts) {
            switch text {
            case .success(let text):
                let index = updated.editionContents.firstIndex { $0.year == entry.year }!
                text.apply(to: &updated.editionContents[index].reports[entry.id]!)
                if entry.year == latest { text.apply(to: &updated.reports[entry.id]!) }
            case .failure(let list): problems.append(contentsOf: list.diagnostics)
            }
        }
        let pages = Set(edited.flatMap { pagesOfService($0.id, year: $0.year, latest: latest) })
        // A whole build reports errors with what its check found worth a warning.
        if problems.hasErrors { problems.append(contentsOf: model.loadWarnings) }
        return finish(previous, updated: updated, problems: problems, pages: pages, start: start)
    }

    /// One edition loaded again, as a whole build loads it; the pages of the services whose
    /// figures differ, and of the regions whose row of a chapter's regions table differs.
    static func rebuildFigures(_ previous: BuiltSite, year: Int) -> PartialRebuild? {
        let model = previous.checked.model
        guard let index = model.editionContents.firstIndex(where: { $0.year == year }) else { return nil }
        let old = model.editionContents[index]
        let clock = ContinuousClock()
        let start = clock.now
        var builder = ModelBuilder(folder: previous.source.folder)
        let references = ReferenceIndex(regions: model.regions, bodies: model.bodies, services: model.services)
        let folder = previous.source.folder.content.appendingPathComponent(String(year))
        guard let content = builder.loadEdition(folder, limits: model.config.limits, references: references, registry: model.services),
            !builder.problems.hasErrors
        else {
            // This edition's problems, with the other editions' warnings, as a whole build gives them.
            var problems = builder.problems
            problems.append(contentsOf: model.loadWarnings.filter { !$0.path.hasPrefix("Content/\(year)/") })
            return finish(previous, updated: model, problems: problems, pages: [], start: start)
        }
        let latest = model.latestEdition?.year
        var pages: Set<Routes.Page> = []
        for id in Set(old.reports.keys).union(content.reports.keys) {
            let before = old.reports[id]
            let after = content.reports[id]
            guard !sameFigures(before, after) else { continue }
            // The cross-year page and the downloads take a chapter's own figures when the
            // ranking has no row for the service: then everything may differ.
            let ranked = content.tables.contains { table in
                table.kind == .servicesRanking && table.entries.contains { table.value($0, "service").reference == id }
            }
            guard ranked || (before?.indicators == after?.indicators && before?.respondents == after?.respondents) else { return nil }
            pages.formUnion(pagesOfService(id, year: year, latest: latest))
            let oldRows = firstRowByRegion(before)
            let newRows = firstRowByRegion(after)
            for region in Set(oldRows.keys).union(newRows.keys) where oldRows[region] != newRows[region] {
                pages.insert(.edition(year, .region(region)))
                if year == latest { pages.insert(.region(region)) }
            }
        }
        var updated = model
        updated.editionContents[index] = content
        if year == latest { updated = updated.projected(to: year) }
        return finish(previous, updated: updated, problems: builder.problems, pages: pages, start: start)
    }

    static func sameFigures(_ a: ServiceReport?, _ b: ServiceReport?) -> Bool {
        a?.indicators == b?.indicators && a?.respondents == b?.respondents && a?.criteria == b?.criteria
            && a?.callCentres == b?.callCentres && a?.providers == b?.providers && a?.regions == b?.regions
            && a?.otherTables == b?.otherTables && a?.dataNotes == b?.dataNotes
    }

    static func pagesOfService(_ id: String, year: Int, latest: Int?) -> [Routes.Page] {
        let own = Routes.Page.edition(year, .service(id))
        return year == latest ? [own, .service(id)] : [own]
    }

    /// The site with `updated` and `pages` made again, or the errors a whole build reports.
    static func finish(
        _ previous: BuiltSite, updated: SiteModel, problems: DiagnosticCollector, pages: Set<Routes.Page>,
        start: ContinuousClock.Instant
    ) -> PartialRebuild? {
        let clock = ContinuousClock()
        guard !problems.hasErrors else {
            return PartialRebuild(
                result: .failure(DiagnosticList(problems.sorted)), pages: [], rendered: [],
                checkSeconds: start.duration(to: clock.now).seconds, renderSeconds: 0)
        }
        let checked = SiteBuilder.Checked(
            model: updated, templates: previous.checked.templates, strings: previous.checked.strings,
            warnings: previous.checked.warnings)
        let renderStart = clock.now
        let rendered: [OutputFile]
        switch SiteBuilder.render(checked, pages: pages) {
        case .success(let files): rendered = files
        case .failure(let list):
            return PartialRebuild(
                result: .failure(list), pages: [], rendered: [], checkSeconds: start.duration(to: renderStart).seconds,
                renderSeconds: renderStart.duration(to: clock.now).seconds)
        }
        guard let files = replacing(previous.files, with: rendered) else { return nil }
        let site = CheckedSite(checked: checked, folder: previous.source.folder)
        return PartialRebuild(
            result: .success(BuiltSite(source: site, files: files)), pages: pages, rendered: rendered,
            checkSeconds: start.duration(to: renderStart).seconds, renderSeconds: renderStart.duration(to: clock.now).seconds)
    }
}
