import Foundation
import SapaModel

extension ModelBuilder {
    /// The results tables of an edition's `tables.yml`: their files are beside it, and their ids, scoped to the edition, get its year (`services-ranking`
    /// of 2020 is `services-ranking-2020` on the site, as its downloads always were).
    /// The tables that could be read, and the ids `tables.yml` describes: a note on a table
    /// whose spreadsheet has an error is about a table that exists (its error is reported).
    mutating func loadTables(_ limits: SiteConfig.Limits, references: ReferenceIndex, edition: (folder: URL, year: Int)) -> (
        tables: [ResultsTable], described: Set<String>
    ) {
        let dataFolder = edition.folder
        let url = dataFolder.appendingPathComponent("tables.yml")
        guard folder.exists(url), let file = read(url, maxBytes: limits.maxFileBytes),
            let descriptors = decode([TableDescriptor].self, file.text, path: file.path)
        else { return ([], []) }
        var tables: [ResultsTable] = []
        var seen: Set<String> = []
        for (index, var descriptor) in descriptors.enumerated() {
            // Found only for a message: it parses the whole file again.
            var line: Int { YAMLDocument.line(ofItem: index, in: file.text) }
            if !seen.insert(descriptor.id).inserted {
                problems.error(file.path, line: line, column: 1, ToolMessage(TableMessage.tableIDTwice, ["id": descriptor.id]))
                continue
            }
            let subject = ToolMessage(TableMessage.tableSubject, ["id": descriptor.id])
            guard let csvURL = describedFile(descriptor.file, in: dataFolder, of: subject, describedIn: file.path, line: line) else {
                continue
            }
            if descriptor.year != nil {
                problems.error(file.path, line: line, column: 1, ToolMessage(TableMessage.yearGiven, ["id": descriptor.id, "year": edition.year]))
                continue
            }
            descriptor.year = edition.year
            guard let csv = csv(csvURL, limits: limits) else { continue }
            // Messages name the table as its tables.yml does; across the site its id is
            // scoped to the edition.
            if var table = buildTable(descriptor, csv, references: references, describedIn: file.path) {
                table.id = ResultsTable.scopedID(descriptor.id, year: edition.year)
                tables.append(table)
            }
        }
        return (tables, seen)
    }

    /// The file a description names (a table's, a figure's, a series' CSV): beside the
    /// description, in `folderURL`; nil, reported at the description's `line`, where it is not
    /// there or the name reaches outside the folder.
    mutating func describedFile(
        _ name: String, in folderURL: URL, of subject: ToolMessage, describedIn path: String,
        line: @autoclosure () -> Int
    ) -> URL? {
        let url = folderURL.appendingPathComponent(name).standardizedFileURL
        guard url.path.hasPrefix(folderURL.standardizedFileURL.path + "/"), folder.exists(url) else {
            problems.error(
                path, line: line(), column: 1,
                ToolMessage(TableMessage.fileNotInFolder, ["subject": subject, "name": name, "folder": folder.displayPath(folderURL)]))
            return nil
        }
        return url
    }

    mutating func buildTable(
        _ descriptor: TableDescriptor, _ csv: CSVTable, references: ReferenceIndex,
        describedIn tablesPath: String
    ) -> ResultsTable? {
        let errorsBefore = problems.diagnostics.count
        // Which CSV columns feed which described column (text columns may come per language).
        var sources: [[(Int, Language?)]] = []
        var used: Set<Int> = []
        for column in descriptor.columns {
            var found: [(Int, Language?)] = []
            if let index = csv.columnIndex(column.id) { found.append((index, nil)) }
            if column.type == .text {
                for language in Language.allCases {
                    if let index = csv.columnIndex("\(column.id)_\(language.rawValue)") { found.append((index, language)) }
                }
            }
            let optional = column.type == .rank || column.type == .score || column.type == .percent || column.type == .count
            if found.isEmpty && !optional {
                problems.error(
                    csv.path, line: csv.header.first?.line ?? 1, column: 1,
                    ToolMessage(TableMessage.describedColumnMissing, ["column": column.id, "description": tablesPath, "table": descriptor.id]))
            }
            for (index, _) in found { used.insert(index) }
            sources.append(found)
        }
        for (index, cell) in csv.header.enumerated() where !used.contains(index) {
            problems.error(
                csv.path, line: cell.line, column: cell.column,
                ToolMessage(TableMessage.columnNotDescribed, ["column": cell.value, "table": descriptor.id, "description": tablesPath]))
        }
        let scaleColumn = descriptor.columns.firstIndex { $0.type == .scale }
        var rows: [ResultsRow] = []
        var seenSubjects: [String: Int] = [:]
        for row in csv.rows {
            var cells: [CellValue] = []
            for (position, column) in descriptor.columns.enumerated() {
                let found = sources[position]
                if column.type == .text {
                    var values: [Language: String] = [:]
                    for (index, language) in found {
                        let text = row.value(at: index)
                        if !text.isEmpty { values[language ?? .kk] = text }
                    }
                    cells.append(values.isEmpty ? .empty : .text(LocalizedText(values)))
                    continue
                }
                guard let (index, _) = found.first else {
                    cells.append(.empty)
                    continue
                }
                let raw = row.value(at: index)
                var place: (line: Int, column: Int) { csv.place(of: row, value: index) }
                if raw.isEmpty {
                    cells.append(.empty)
                    continue
                }
                switch column.type {
                case .service, .body, .region:
                    if let problem = references.problem(with: raw, as: column.type, in: descriptor.year) {
                        problems.error(csv.path, line: place.line, column: place.column, problem)
                    }
                    cells.append(.reference(raw))
                case .flag:
                    let truthy = ["yes", "true", "1", "иә", "да"].contains(raw.lowercased())
                    let falsy = ["no", "false", "0", "жоқ", "нет"].contains(raw.lowercased())
                    if !truthy && !falsy {
                        problems.error(csv.path, line: place.line, column: place.column, ToolMessage(TableMessage.notAFlag, ["value": raw]))
                    }
                    cells.append(.flag(truthy))
                case .text:
                    cells.append(.text(LocalizedText(kk: raw)))
                default:
                    // A figure of 400 digits parses as infinity, which no page or download can show.
                    guard let number = NumberText.parse(raw), number.isFinite else {
                        problems.error(
                            csv.path, line: place.line, column: place.column,
                            ToolMessage(TableMessage.notANumber, ["value": Self.excerpt(raw), "column": column.id]))
                        cells.append(.empty)
                        continue
                    }
                    let rowScale = scaleColumn.flatMap { index in sources[index].first.flatMap { Int(row.value(at: $0.0)) } }
                    // A row whose scale is itself wrong has its own error; its scores cannot be judged.
                    let scaleIsKnown = column.scale != nil || rowScale.map { $0 == 5 || $0 == 10 } ?? true
                    let scale = column.scale ?? rowScale ?? 5
                    if scaleIsKnown || column.type != .score, let message = Self.rangeProblem(number, type: column.type, scale: scale) {
                        problems.error(
                            csv.path, line: place.line, column: place.column,
                            ToolMessage(TableMessage.badFigure, ["value": Self.excerpt(raw), "column": column.id, "problem": message]))
                    }
                    cells.append(.number(number))
                }
            }
            var isTotal = false
            if let totalIndex = descriptor.columns.firstIndex(where: { $0.id == "total" }) {
                switch cells[totalIndex] {
                case .flag(true): isTotal = true
                case .number(let value): isTotal = value != 0
                default: break
                }
            }
            let ranked = descriptor.columns.contains { $0.type == .rank }
            let subjectColumn = ResultsTable.subject(of: descriptor.columns.map { TableColumn(id: $0.id, type: $0.type) })
            if !isTotal, ranked, let subjectID = subjectColumn?.id, let subject = descriptor.columns.firstIndex(where: { $0.id == subjectID }),
                let id = cells[subject].reference
            {
                if let first = seenSubjects[id] {
                    let cell = sources[subject].first.map { csv.place(of: row, value: $0.0) }
                    problems.error(
                        csv.path, line: row.line, column: cell?.column ?? 1,
                        ToolMessage(TableMessage.subjectTwice, ["id": id, "line": first, "kind": ReferenceIndex.kindName(descriptor.columns[subject].type)]))
                } else {
                    seenSubjects[id] = row.line
                }
            }
            var parsed = ResultsRow(line: row.line, cells: cells)
            parsed.isTotal = isTotal
            rows.append(parsed)
        }
        guard problems.diagnostics.count == errorsBefore else { return nil }
        var table = ResultsTable(
            id: descriptor.id, path: csv.path, year: descriptor.year, kind: descriptor.kind, title: descriptor.title,
            source: descriptor.source, note: descriptor.note,
            columns: descriptor.columns.map { TableColumn(id: $0.id, type: $0.type, label: $0.label, year: $0.year, scale: $0.scale) },
            rows: rows)
        deriveFromCounts(&table)
        checkOrComputeRanks(&table, csv: csv)
        return table
    }

    /// A cell's text as quoted in a message: whole, unless it is too long to read.
    static func excerpt(_ raw: String) -> String {
        raw.count > 40 ? String(raw.prefix(40)) + "…" : raw
    }

    static let maxRank = 1_000_000
    static let maxCount = 1e15

    static func rangeProblem(_ value: Double, type: ColumnType, scale: Int) -> ToolMessage? {
        switch type {
        case .score where !(1...Double(scale)).contains(value):
            return ToolMessage(TableMessage.scoreOutOfRange, ["scale": scale])
        case .percent where !(0...100).contains(value):
            return ToolMessage(TableMessage.percentOutOfRange)
        case .rank where value < 1 || value != value.rounded():
            return ToolMessage(TableMessage.rankNotWhole)
        // Ranks and counts become `Int`s further on: a figure past these bounds is a typing
        // slip, and past Int.max it would stop the program instead of being reported.
        case .rank where value > Double(maxRank):
            return ToolMessage(TableMessage.rankTooLarge, ["highest": maxRank])
        case .integer, .count:
            if value < 0 || value != value.rounded() { return ToolMessage(TableMessage.countNotWhole) }
            return value > maxCount ? ToolMessage(TableMessage.countTooLarge) : nil
        case .year where !(1990...2100).contains(value) || value != value.rounded():
            return ToolMessage(TableMessage.notAYear)
        case .scale where value != 5 && value != 10:
            return ToolMessage(TableMessage.scaleNotFiveOrTen)
        default:
            return nil
        }
    }

    /// Where a publisher gives the answer counts n1…n5, the score and satisfaction follow.
    func deriveFromCounts(_ table: inout ResultsTable) {
        let countColumns = (1...5).map { table.index(of: "n\($0)") }
        guard countColumns.allSatisfy({ $0 != nil }) else { return }
        let scoreIndex = table.index(of: "score")
        let satisfactionIndex = table.index(of: "satisfaction")
        for rowIndex in table.rows.indices {
            let numbers = countColumns.map { table.rows[rowIndex].cells[$0!].number.map { Int($0) } }
            guard numbers.allSatisfy({ $0 != nil }) else { continue }
            let counts = Ranking.AnswerCounts(numbers[0]!, numbers[1]!, numbers[2]!, numbers[3]!, numbers[4]!)
            if let scoreIndex, table.rows[rowIndex].cells[scoreIndex].isEmpty, let score = counts.averageScore {
                table.rows[rowIndex].cells[scoreIndex] = .number(score)
            }
            if let satisfactionIndex, table.rows[rowIndex].cells[satisfactionIndex].isEmpty, let share = counts.satisfaction {
                table.rows[rowIndex].cells[satisfactionIndex] = .number(share)
            }
        }
    }

    /// Ranks given by the data are checked; an empty rank column is computed from the scores.
    mutating func checkOrComputeRanks(_ table: inout ResultsTable, csv: CSVTable) {
        guard let rankIndex = table.columns.firstIndex(where: { $0.type == .rank }) else { return }
        let scoreIndex = table.columns.firstIndex { $0.type == .score && $0.year == nil } ?? table.columns.firstIndex { $0.type == .score }
        let ranked = table.rows.indices.filter { !table.rows[$0].isTotal }
        let given = ranked.map { table.rows[$0].cells[rankIndex].number }
        if given.allSatisfy({ $0 == nil }) {
            guard let scoreIndex else { return }
            let ranks = Ranking.competitionRanks(ranked.map { table.rows[$0].cells[scoreIndex].number })
            for (position, rank) in ranks.enumerated() {
                guard let rank else { continue }
                let index = ranked[position]
                table.rows[index].cells[rankIndex] = .number(Double(rank.rank))
                table.rows[index].rankComputed = true
                table.rows[index].tied = rank.tied
            }
            return
        }
        let rankColumn = csv.columnIndex(table.columns[rankIndex].id)
        for (position, rank) in given.enumerated() where rank == nil {
            let index = ranked[position]
            let cell = rankColumn.map { csv.place(of: csv.rows[index], value: $0) }
            problems.error(
                csv.path, line: table.rows[index].line, column: cell?.column ?? 1,
                ToolMessage(TableMessage.rankMissing))
        }
        let ranks = given.compactMap { $0.map { Int($0) } }
        guard ranks.count == given.count else { return }
        if let broken = Ranking.firstRankBreak(ranks) {
            let index = ranked[broken.index]
            let cell = rankColumn.map { csv.place(of: csv.rows[index], value: $0) }
            problems.error(
                csv.path, line: table.rows[index].line, column: cell?.column ?? 1,
                ToolMessage(TableMessage.rankBreaksOrder, ["rank": ranks[broken.index], "expected": Alternatives(broken.expected.map(String.init))]))
        }
        var counts: [Int: Int] = [:]
        for rank in ranks { counts[rank, default: 0] += 1 }
        for (position, index) in ranked.enumerated() where counts[ranks[position], default: 0] > 1 { table.rows[index].tied = true }
        if let scoreIndex {
            for (rank, count) in counts.sorted(by: { $0.key < $1.key }) where count > 1 {
                let tiedRows = ranked.indices.filter { ranks[$0] == rank }.map { ranked[$0] }
                let scores = Set(tiedRows.compactMap { table.rows[$0].cells[scoreIndex].number })
                if scores.count > 1, let last = tiedRows.last {
                    let cell = rankColumn.map { csv.place(of: csv.rows[last], value: $0) }
                    problems.error(
                        csv.path, line: table.rows[last].line, column: cell?.column ?? 1,
                        ToolMessage(TableMessage.tiedScoresDiffer, ["rank": rank]))
                }
            }
        }
    }
}
