import Foundation
import SapaModel

extension ModelBuilder {
    /// The folders of `Content/` that hold an edition: named like a year, or holding an
    /// `edition.yml` (whose misnamed folder is then an error, not ignored).
    func editionFolders() -> [URL] {
        let reserved: Set<String> = ["data", "pages", "contest", "static", "services"]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.content.path)) ?? []
        return names.sorted().compactMap { name in
            let url = folder.content.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard !reserved.contains(name), !name.hasPrefix("."), FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return nil }
            let looksLikeYear = name.first.map(\.isNumber) ?? false
            return looksLikeYear || folder.exists(url.appendingPathComponent("edition.yml")) ? url : nil
        }
    }

    /// Every edition read and checked (drafts too: a publisher sees a draft's mistakes before
    /// publishing it), oldest first: one folder, `Content/<year>/`, each.
    /// `prefetched`: an edition's files, being parsed since before the registries were read.
    mutating func loadEditions(
        _ folders: [URL], _ limits: SiteConfig.Limits, references: ReferenceIndex, registry: [Service],
        prefetched: (url: URL, parsed: BackgroundWork<EditionFiles.Parsed>)? = nil
    ) -> [EditionContent] {
        var editions: [EditionContent] = []
        for url in folders {
            let parsed = prefetched.flatMap { $0.url == url ? $0.parsed : nil }
            if let edition = loadEdition(url, limits: limits, references: references, registry: registry, parsed: parsed) { editions.append(edition) }
        }
        return editions.sorted { $0.edition.year < $1.edition.year }
    }

    /// The year an edition folder's name gives, when it is one.
    static func editionYear(_ url: URL) -> Int? {
        let name = url.lastPathComponent
        guard name.count == 4, let year = Int(name), (1990...2100).contains(year) else { return nil }
        return year
    }

    package mutating func loadEdition(
        _ url: URL, limits: SiteConfig.Limits, references: ReferenceIndex, registry: [Service],
        parsed: BackgroundWork<EditionFiles.Parsed>? = nil
    ) -> EditionContent? {
        let name = url.lastPathComponent
        let path = folder.displayPath(url)
        guard let year = Self.editionYear(url) else {
            let claimed = (try? String(contentsOf: url.appendingPathComponent("edition.yml"), encoding: .utf8))
                .flatMap { try? YAMLDocument.decode(Edition.self, from: $0, path: path).get() }?.year
            if let claimed, folder.exists(folder.content.appendingPathComponent(String(claimed))) {
                problems.error(path, ToolMessage(EditionMessage.secondEdition, ["year": claimed]))
            } else {
                problems.error(path, ToolMessage(EditionMessage.folderNotYear, ["name": name]))
            }
            return nil
        }
        let editionURL = url.appendingPathComponent("edition.yml")
        guard folder.exists(editionURL) else {
            problems.error("\(path)/edition.yml", ToolMessage(EditionMessage.noEditionFile, ["year": year]))
            return nil
        }
        guard let file = read(editionURL, maxBytes: limits.maxFileBytes) else { return nil }
        let decoded = YAMLDocument.decode(Edition.self, from: file.text, path: file.path) { edition in
            edition.year == year
                ? nil
                : ContentError(
                    [AnyKey("year")],
                    ToolMessage(EditionMessage.yearNotFolder, ["year": edition.year, "path": path, "folderYear": year]))
        }
        guard case .success(let edition) = decoded else {
            if case .failure(let diagnostic) = decoded { problems.append(diagnostic) }
            return nil
        }
        let services = loadYearServices(url, year: year, limits: limits, references: references)
        let (tables, described) = loadTables(limits, references: references, edition: (url, year))
        let notes = loadEditionNotes(url, year: year, limits: limits, tables: Set(described.map { ResultsTable.scopedID($0, year: year) }), references: references)
        var figures = ServiceFiguresReader(references: references, year: year)
        let files = parsed?.result() ?? EditionFiles.parse(url, folder: folder, limits: limits)
        let read = EditionFiles.check(files, references: references, year: year)
        for result in read.sheets {
            switch result {
            case .success(let sheet)?: figures.absorb(sheet)
            case .failure(let list)?: problems.append(contentsOf: list.diagnostics)
            case nil: continue
            }
        }
        problems.append(contentsOf: figures.problems.diagnostics)
        let reports = assembleReports(
            url, year: year, texts: read.texts, services: services, figures: figures.figures,
            notes: notes.figures, registry: registry)
        var content = EditionContent(
            edition: edition, services: services.mapValues { EditionContent.YearService(chapter: $0.chapter, study: $0.study) },
            tables: tables, notes: notes.tables, reports: reports)
        content.report = loadReport(url, year: year, limits: limits, references: references)
        return content
    }

    /// The edition's `services.csv`: which services its report has, their chapters, and
    /// whether each was studied by survey or only qualitatively.
    mutating func loadYearServices(_ url: URL, year: Int, limits: SiteConfig.Limits, references: ReferenceIndex)
        -> [String: (chapter: Int?, study: Service.Study, line: Int)]
    {
        let csvURL = url.appendingPathComponent("services.csv")
        guard folder.exists(csvURL) else {
            problems.error(folder.displayPath(csvURL), ToolMessage(EditionMessage.noServicesFile))
            return [:]
        }
        guard let table = csv(csvURL, limits: limits) else { return [:] }
        var reader = RecordReader(table, required: ["service"], known: ["service", "chapter", "studied"])
        guard reader.hasRequiredColumns else {
            problems.append(contentsOf: reader.problems.diagnostics)
            return [:]
        }
        var services: [String: (chapter: Int?, study: Service.Study, line: Int)] = [:]
        for row in table.rows {
            guard let id = reader.text(row, "service") else {
                reader.error(row, "service", ToolMessage(EditionMessage.emptyService))
                continue
            }
            if let problem = references.problem(with: id, as: .service, in: year) {
                reader.error(row, "service", problem)
                continue
            }
            if let first = services[id] {
                reader.error(row, "service", ToolMessage(EditionMessage.serviceListedTwice, ["id": id, "line": first.line]))
                continue
            }
            let chapter = reader.integer(row, "chapter", in: 1...10_000, what: .chapter)
            let study = reader.choice(row, "studied", hint: ["quantitative", "qualitative"], empty: Service.Study.quantitative) ?? .quantitative
            services[id] = (chapter, study, row.line)
        }
        problems.append(contentsOf: reader.problems.diagnostics)
        return services
    }

    /// The edition's `data-notes.csv`: notes on its results tables (with the tables' site ids)
    /// and, by service, notes on the service figures.
    mutating func loadEditionNotes(_ url: URL, year: Int, limits: SiteConfig.Limits, tables: Set<String>, references: ReferenceIndex)
        -> (tables: [DataNote], figures: [String: [LocalizedText]])
    {
        let csvURL = url.appendingPathComponent("data-notes.csv")
        guard folder.exists(csvURL), let table = csv(csvURL, limits: limits) else { return ([], [:]) }
        let texts = Language.allCases.map { "note_\($0.rawValue)" }
        var reader = RecordReader(table, required: ["table", "note_kk"], known: Set(["table", "row"] + texts))
        guard reader.hasRequiredColumns else {
            problems.append(contentsOf: reader.problems.diagnostics)
            return ([], [:])
        }
        var notes: [DataNote] = []
        var figures: [String: [LocalizedText]] = [:]
        let registries = ["services", "bodies", "regions"]
        for row in table.rows {
            let name = reader.text(row, "table") ?? ""
            let subject = reader.text(row, "row")
            let text = reader.localized(row, "note")
            guard text.values[.kk] != nil else {
                reader.error(row, "note_kk", ToolMessage(EditionMessage.noteWithoutKazakh))
                continue
            }
            if let subject, !references.contains(subject, as: .service), !references.contains(subject, as: .body), !references.contains(subject, as: .region) {
                reader.error(row, "row", ToolMessage(EditionMessage.noteUnknownRow, ["subject": subject]))
                continue
            }
            if name.hasPrefix("service-figures/") {
                let kind = String(name.dropFirst("service-figures/".count))
                guard ServiceFigures.Kind(rawValue: kind) != nil, let subject else {
                    reader.error(
                        row, "table", ToolMessage(EditionMessage.noteNotFigures, ["name": name]))
                    continue
                }
                figures[subject, default: []].append(text)
            } else if registries.contains(name) {
                notes.append(DataNote(table: name, row: subject, text: text))
            } else if tables.contains(ResultsTable.scopedID(name, year: year)) {
                notes.append(DataNote(table: ResultsTable.scopedID(name, year: year), row: subject, text: text))
            } else {
                reader.error(
                    row, "table", ToolMessage(EditionMessage.noteUnknownTable, ["name": name]))
            }
        }
        problems.append(contentsOf: reader.problems.diagnostics)
        return (notes, figures)
    }

    /// Each service's chapter put together: its text, with the figures of the spreadsheets,
    /// the notes on them, and the year's chapter number. A text needs its figures and figures
    /// need their text, so that nothing half-published reaches the site.
    mutating func assembleReports(
        _ url: URL, year: Int, texts read: [(url: URL, text: Result<ServiceText, DiagnosticList>)],
        services: [String: (chapter: Int?, study: Service.Study, line: Int)],
        figures: [String: ServiceFigures], notes: [String: [LocalizedText]],
        registry: [Service]
    ) -> [String: ServiceReport] {
        let folder = self.folder
        let (urls, texts) = (read.map(\.url), read.map(\.text))
        let codes = Dictionary(registry.map { ($0.id, $0.code) }, uniquingKeysWith: { first, _ in first })
        let servicesPath = folder.displayPath(url.appendingPathComponent("services.csv"))
        var reports: [String: ServiceReport] = [:]
        var written: Set<String> = []
        var qualitative: [String] = []
        let textsFolder = url.appendingPathComponent("services").standardizedFileURL.path
        for (fileURL, result) in zip(urls, texts) {
            let id = fileURL.fileStem
            // A service's text is services/<id>.md: one in a folder below would be a second
            // text of the same service, of which the site would show one without saying which.
            guard fileURL.isDirectly(in: textsFolder) else {
                problems.error(
                    folder.displayPath(fileURL),
                    ToolMessage(EditionMessage.textInSubfolder, ["year": year, "id": id]))
                continue
            }
            written.insert(id)
            let text: ServiceText
            switch result {
            case .success(let read): text = read
            case .failure(let list):
                problems.append(contentsOf: list.diagnostics)
                continue
            }
            guard let entry = services[id] else {
                problems.error(text.path, ToolMessage(EditionMessage.textNotInEdition, ["id": id, "path": servicesPath]))
                continue
            }
            var report = ServiceReport(id: id)
            report.chapter = entry.chapter
            report.code = codes[id] ?? nil
            text.apply(to: &report)
            if let found = figures[id] {
                report.respondents = found.respondents
                report.indicators = found.indicators
                report.criteria = found.criteria
                report.callCentres = found.callCentres
                report.providers = found.providers
                report.regions = found.regions
                report.otherTables = found.otherTables
            } else if entry.study == .quantitative {
                problems.error(
                    text.path,
                    ToolMessage(EditionMessage.textWithoutFigures, ["id": id, "path": servicesPath]))
            } else {
                qualitative.append(id)
            }
            for note in notes[id] ?? [] {
                for language in Language.allCases where note.values[language] != nil || note.values[.kk] != nil {
                    report.dataNotes[language, default: []].append(note.values[language] ?? "")
                }
            }
            report.dataNotes = report.dataNotes.filter { !$0.value.allSatisfy(\.isEmpty) }
            reports[id] = report
        }
        // One line for them all: every qualitative chapter of a year is usually so.
        if !qualitative.isEmpty {
            problems.warning(
                servicesPath,
                ToolMessage(EditionMessage.textsWithoutFigures, ["count": qualitative.count, "ids": qualitative.joined(separator: ", ")]))
        }
        for (id, found) in figures where !written.contains(id) {
            problems.error(
                found.firstPlace.path, line: found.firstPlace.line, column: found.firstPlace.column,
                ToolMessage(EditionMessage.figuresWithoutText, ["id": id, "folder": folder.displayPath(url)]))
        }
        for (id, entry) in services where !written.contains(id) && figures[id] == nil {
            problems.error(
                servicesPath, line: entry.line, column: 1,
                ToolMessage(EditionMessage.listedWithoutText, ["id": id, "folder": folder.displayPath(url)]))
        }
        return reports
    }

    /// One year, one scale: a year's scores are all on the 5-point or all on the 10-point
    /// scale (the 2014–2015 monitoring used 10 points), so that a history never puts both
    /// on one axis. The scale of a year in a dynamics table (its row's `scale`, or its
    /// column's `scale:`) is checked against every other place that gives the year.
    mutating func checkScales(_ editions: [EditionContent]) {
        var known: [Int: (scale: Int, place: String)] = [:]
        func note(_ year: Int, _ scale: Int, _ path: String, _ line: Int) {
            let place = "\(path):\(line)"
            if let first = known[year], first.scale != scale {
                problems.error(
                    path, line: line, column: 1,
                    ToolMessage(EditionMessage.twoScales, ["year": year, "scale": scale, "firstScale": first.scale, "place": first.place]))
            } else if known[year] == nil {
                known[year] = (scale, place)
            }
        }
        for content in editions {
            for table in content.tables {
                if table.kind == .dynamics, table.index(of: "year") != nil {
                    for row in table.entries {
                        guard let year = table.value(row, "year").number else { continue }
                        note(Int(year), table.value(row, "scale").number.map { Int($0) } ?? 5, table.path, row.line)
                    }
                }
                for column in table.columns where column.type == .score {
                    guard let year = column.year else { continue }
                    note(year, column.scale ?? 5, table.path, 1)
                }
            }
        }
    }
}
