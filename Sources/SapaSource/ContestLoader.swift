import Foundation
import SapaModel

/// `Content/contest/`: one folder per year (`2025/`) with `contest.yml` and the winners in
/// one or more CSV files (a regional department may send its own file), and the rules text
/// `rules.<lang>.md`. Every row is checked against the methodology (seed 000), every problem
/// reported at its cell, all of them at once.
extension ModelBuilder {
    mutating func loadContests(_ limits: SiteConfig.Limits, regions: [Region]) -> ContestArchive {
        let root = folder.content.appendingPathComponent("contest")
        guard folder.exists(root) else { return .none }
        let entries = (try? FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: [.isDirectoryKey],
                                                                    options: [.skipsHiddenFiles])) ?? []
        let staticFolder = folder.content.appendingPathComponent("static")
        let staticFiles = Set(folder.files(in: staticFolder).map { String(folder.displayPath($0).dropFirst("Content/static/".count)) })
        var years: [ContestYear] = []
        var rules: [Language: ContestRulesText] = [:]
        for url in entries.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let name = url.lastPathComponent
            let path = folder.displayPath(url)
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
                guard name.count == 4, let year = Int(name), (2000...2100).contains(year) else {
                    problems.error(path, "a folder of Content/contest/ is named by the contest's year, like 2025; rename it")
                    continue
                }
                if let contestYear = loadContestYear(year, at: url, limits: limits, regions: regions, staticFiles: staticFiles) { years.append(contestYear) }
            } else if let text = loadContestRules(url, limits: limits) {
                if let other = rules[text.language] {
                    problems.error(path, "the rules in \(text.language.rawValue) are also in \(other.path); keep one file")
                } else {
                    rules[text.language] = text
                }
            }
        }
        return ContestArchive(isPublished: true, years: years, rules: rules)
    }

    /// `rules.<lang>.md`; anything else beside the year folders is reported.
    private mutating func loadContestRules(_ url: URL, limits: SiteConfig.Limits) -> ContestRulesText? {
        let path = folder.displayPath(url)
        let parts = url.lastPathComponent.split(separator: ".")
        guard parts.count == 3, parts[0] == "rules", parts[2] == "md", let language = Language(rawValue: String(parts[1])) else {
            if url.pathExtension.lowercased() == "csv" {
                problems.error(path, "winners go in the folder of their year, like Content/contest/2025/winners.csv; move the file there")
            } else {
                problems.error(path, "Content/contest/ holds the year folders (2025/) and the rules texts (rules.kk.md, rules.ru.md, rules.en.md); move or remove this file")
            }
            return nil
        }
        guard let file = read(url, maxBytes: limits.maxFileBytes) else { return nil }
        let document: MarkdownDocument
        switch MarkdownDocument.split(file) {
        case .success(let split): document = split
        case .failure(let diagnostic): problems.append(diagnostic); return nil
        }
        guard let front = decode(PageFrontMatter.self, document.frontMatter, path: path, firstLine: document.frontMatterLine) else { return nil }
        return ContestRulesText(language: language, title: front.title, description: front.description, markdown: document.body, path: path)
    }

    private mutating func loadContestYear(_ year: Int, at url: URL, limits: SiteConfig.Limits, regions: [Region],
                                          staticFiles: Set<String>) -> ContestYear? {
        let folderPath = folder.displayPath(url)
        let settingsURL = url.appendingPathComponent("contest.yml")
        var settings: ContestYearSettings?
        if folder.exists(settingsURL) {
            if let file = read(settingsURL, maxBytes: limits.maxFileBytes) {
                settings = decode(ContestYearSettings.self, file.text, path: file.path)
            }
        } else {
            problems.error("\(folderPath)/contest.yml",
                "the contest year \(year) has no contest.yml; create it with `sample: false` for the real results, or `sample: true` for sample data")
        }
        let tables = folder.files(in: url, extensions: ["csv"])
        if tables.isEmpty {
            problems.error(folderPath, "the contest year \(year) has no winners; add the table \(folderPath)/winners.csv (its columns are in Content/README.md)")
        }
        var check = ContestYearCheck(year: year, regions: regions, staticFiles: staticFiles)
        for tableURL in tables {
            guard let table = csv(tableURL, limits: limits) else { continue }
            var reader = RecordReader(table, required: ContestColumns.required, known: ContestColumns.known)
            for row in table.rows { check.read(row, with: &reader) }
            problems.append(contentsOf: reader.problems.diagnostics)
        }
        check.checkAcrossRows()
        problems.append(contentsOf: check.problems.diagnostics)
        guard let settings else { return nil }
        return ContestYear(year: year, isSample: settings.isSample, note: settings.note,
                           regional: check.regional, republican: check.republican)
    }
}

/// `Content/contest/<year>/contest.yml`.
struct ContestYearSettings: Decodable {
    var isSample: Bool
    var note: LocalizedText?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        // Required, so that nobody publishes sample winners as real ones by leaving it out.
        guard container.contains(AnyKey("sample")) else {
            throw ContentError(container.codingPath,
                "`sample` is missing: write `sample: false` for the real results, or `sample: true` for sample data (placeholder winners, marked as such on every page)")
        }
        isSample = try container.decode(Bool.self, forKey: AnyKey("sample"))
        note = try container.localized("note")
    }
}

/// The columns of a winners table.
enum ContestColumns {
    static let required = ["stage", "region", "nomination", "place", "name_kk"]
    static let participantTexts = ["name", "position", "organisation", "address"]
    static let known: Set<String> = {
        let plain = ["year", "stage", "region", "nomination", "place", "votes", "violations", "services_rendered", "photo"]
        let localized = (participantTexts + ["photo_alt", "text"]).flatMap { base in Language.allCases.map { "\(base)_\($0.rawValue)" } }
        return Set(plain + ContestCriterion.allCases.map(\.rawValue) + localized)
    }()

    /// What a republican-stage row may fill in; the rest is the winner's regional row.
    static let republican: Set<String> = Set(["year", "stage", "region", "nomination", "place", "name_kk"] + Language.allCases.map { "text_\($0.rawValue)" })

    /// The longest winner's text, in characters: a few sentences under the winner's name.
    static let maximumTextLength = 500
}

extension ContestNomination {
    /// The nomination as messages name it: its official Kazakh name and its id.
    var messageName: String {
        switch self {
        case .clientOriented: return "«Клиентке бағдарланған қызмет көрсетуші» (client-oriented)"
        case .serviceOriented: return "«Сервистік қызмет көрсетуші» (service-oriented)"
        }
    }
}

/// The checks of one contest year: each row on its own as it is read, then the rules that
/// join rows (each place once, the republican stage drawn from the regional first places).
struct ContestYearCheck {
    /// Where a cell is, for messages about it after the row has been read.
    struct Position {
        var path: String
        var line: Int
        var column: Int

        func describe(from other: String) -> String { path == other ? "line \(line)" : "line \(line) of \(path)" }
    }

    /// A republican-stage row as read, resolved against the regional rows afterwards.
    struct RepublicanRow {
        var nomination: ContestNomination
        var place: Int
        var regionID: String?
        /// A region was written but is not one of the year's (reported already).
        var regionUnreadable: Bool
        var name: String?
        var text: LocalizedText?
        var placeAt: Position
        var regionAt: Position
        var nameAt: Position
    }

    let year: Int
    let regions: [Region]
    /// The files of `Content/static/`, by path below it, where photos must be.
    let staticFiles: Set<String>
    var problems = DiagnosticCollector()
    private(set) var regional: [ContestWinner] = []
    private(set) var republican: [RepublicanWinner] = []
    private var regionalPlaces: [(winner: ContestWinner, at: Position)] = []
    private var republicanRows: [RepublicanRow] = []
    /// A row that may be a regional place but could not be read (its error is reported):
    /// a republican row that names no known first place may name that one, so it is not
    /// reported too; it will be, if still wrong, once the row is corrected.
    private var unreadableRegionalRows = false

    init(year: Int, regions: [Region], staticFiles: Set<String>) {
        self.year = year
        self.regions = regions
        self.staticFiles = staticFiles
    }

    var regionsOfTheYear: [Region] { regions.filter { $0.existed(in: year) } }

    // MARK: One row

    mutating func read(_ row: CSVTable.Row, with reader: inout RecordReader) {
        func position(_ column: String) -> Position {
            let cell = reader.cell(row, column)
            return Position(path: reader.table.path, line: cell?.line ?? row.line, column: cell?.column ?? 1)
        }
        if let raw = reader.text(row, "year"), Int(raw) != year {
            reader.error(row, "year", "`year` is «\(raw)» but the row is in the folder of \(year); move it to the folder of its year or correct the year")
        }
        var stage: ContestStage?
        if let raw = reader.text(row, "stage") {
            stage = ContestStage(rawValue: raw.lowercased())
            if stage == nil { reader.error(row, "stage", "`stage` is «\(raw)»; write `regional` (өңірлік кезең) or `republican` (республикалық кезең)") }
        } else {
            reader.error(row, "stage", "`stage` is empty; write `regional` (өңірлік кезең) or `republican` (республикалық кезең)")
        }
        var nomination: ContestNomination?
        if let raw = reader.text(row, "nomination") {
            nomination = ContestNomination(rawValue: raw.lowercased())
            if nomination == nil {
                reader.error(row, "nomination", "`nomination` is «\(raw)»; write `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», employees) or `service-oriented` («Сервистік қызмет көрсетуші», organisations)")
            }
        } else {
            reader.error(row, "nomination", "`nomination` is empty; write `client-oriented` (employees) or `service-oriented` (organisations)")
        }
        var place: Int?
        if let raw = reader.text(row, "place") {
            if let number = Int(raw), (1...3).contains(number) { place = number } else {
                reader.error(row, "place", "`place` is «\(raw)»; the contest awards places 1, 2 and 3 in each nomination (methodology, items 20 and 27): write 1, 2 or 3")
            }
        } else {
            reader.error(row, "place", "`place` is empty; write 1, 2 or 3")
        }
        let regionID = region(row, with: &reader, required: stage == .regional)
        guard let stage, let nomination, let place, stage == .republican || regionID != nil else {
            if stage != .republican { unreadableRegionalRows = true }
            return
        }

        switch stage {
        case .republican:
            for column in reader.table.header.map(\.value) where !ContestColumns.republican.contains(column) && reader.text(row, column) != nil {
                reader.error(row, column, "`\(column)` is taken from the winner's regional-stage row; a republican-stage row gives the nomination, the place and the region or `name_kk` of a regional first place (and may add `text_kk`…): leave it empty")
            }
            let text = winnerText(row, with: &reader)
            republicanRows.append(RepublicanRow(nomination: nomination, place: place, regionID: regionID,
                                                regionUnreadable: regionID == nil && reader.text(row, "region") != nil, name: reader.text(row, "name_kk"),
                                                text: text, placeAt: position("place"), regionAt: position("region"), nameAt: position("name_kk")))
        case .regional:
            guard let regionID else { return }  // checked above
            let participant = self.participant(row, nomination: nomination, with: &reader)
            let votes = wholeNumber(row, "votes", what: "the number of people's votes, like 1520", with: &reader)
            let (points, violations) = self.points(row, nomination: nomination, with: &reader)
            let winner = ContestWinner(regionID: regionID, nomination: nomination, place: place, participant: participant,
                                       votes: votes, points: points, violations: violations, photo: photo(row, with: &reader),
                                       text: winnerText(row, with: &reader), path: reader.table.path, line: row.line)
            regionalPlaces.append((winner, position("place")))
        }
    }

    /// The region, which must be in the registry and exist in the contest's year.
    private func region(_ row: CSVTable.Row, with reader: inout RecordReader, required: Bool) -> String? {
        guard let id = reader.text(row, "region") else {
            if required {
                reader.error(row, "region", "`region` is empty; a regional-stage row needs its region's id from Content/data/regions.csv, one of: \(regionsOfTheYear.map(\.id).joined(separator: ", "))")
            }
            return nil
        }
        guard let region = regions.first(where: { $0.id == id }) else {
            reader.error(row, "region", "the region «\(id)» is not in Content/data/regions.csv; use the id of a region of \(year): \(regionsOfTheYear.map(\.id).joined(separator: ", "))")
            return nil
        }
        guard region.existed(in: year) else {
            let span: String
            if let since = region.since, year < since { span = "it was formed in \(since)" } else { span = "it existed until \(region.until.map(String.init) ?? "?")" }
            reader.error(row, "region", "the region `\(id)` («\(region.name(in: year).text(.kk))») did not exist in \(year): \(span); use the region the participant belonged to in \(year)")
            return nil
        }
        return id
    }

    /// The participant's texts: what each nomination requires, nothing that belongs to the other.
    private func participant(_ row: CSVTable.Row, nomination: ContestNomination, with reader: inout RecordReader) -> ContestParticipant {
        let name = reader.localized(row, "name")
        var texts: [String: LocalizedText] = [:]
        for base in ["position", "organisation", "address"] {
            let text = reader.localized(row, base)
            if !text.isEmpty { texts[base] = text }
        }
        let needed: [(column: String, what: String)]
        let foreign: [String]
        switch nomination.participant {
        case .employee:
            if name.values[.kk] == nil { reader.error(row, "name_kk", "the winner has no name; fill in `name_kk`, the employee's full name") }
            needed = [("position", "the employee's position"), ("organisation", "the state body or organisation the employee works in")]
            foreign = ["address"]
        case .organisation:
            if name.values[.kk] == nil { reader.error(row, "name_kk", "the winner has no name; fill in `name_kk`, the name of the state body or organisation") }
            needed = [("address", "the address of the premises where it renders services")]
            foreign = ["position", "organisation"]
        }
        for (column, what) in needed where texts[column]?.values[.kk] == nil {
            reader.error(row, "\(column)_kk", "`\(column)_kk` is empty; fill in \(what): the \(nomination.messageName) nomination requires it")
        }
        for base in foreign {
            for language in Language.allCases where reader.text(row, "\(base)_\(language.rawValue)") != nil {
                let hint = nomination.participant == .employee
                    ? "an employee's row gives the organisation in `organisation_kk`"
                    : "an organisation's row gives its name in `name_kk` and its address in `address_kk`"
                reader.error(row, "\(base)_\(language.rawValue)", "`\(base)_\(language.rawValue)` does not belong to the \(nomination.messageName) nomination (\(hint)); leave it empty")
            }
        }
        return ContestParticipant(name: name, position: texts["position"], organisation: texts["organisation"], address: texts["address"])
    }

    /// The commission's points: within the annex's maxima, all of the nomination's criteria
    /// or none, none of the other nomination's; annex 1's formula where its figures are given.
    private func points(_ row: CSVTable.Row, nomination: ContestNomination, with reader: inout RecordReader)
        -> ([ContestCriterion: Double], ServiceViolations?) {
        var points: [ContestCriterion: Double] = [:]
        var missing: [ContestCriterion] = []
        for criterion in ContestCriterion.allCases {
            let column = criterion.rawValue
            guard let raw = reader.text(row, column) else {
                if criterion.nomination == nomination { missing.append(criterion) }
                continue
            }
            guard criterion.nomination == nomination else {
                reader.error(row, column, "`\(column)` is a criterion of the \(criterion.nomination.messageName) nomination (annex \(criterion.nomination.annex)); leave it empty in a \(nomination.messageName) row")
                continue
            }
            guard let value = NumberText.parse(raw) else {
                reader.error(row, column, "`\(column)` is «\(raw)», which is not a number; write the commission's points, like 1 or 0,5")
                continue
            }
            let maximum = NumberText.plain(criterion.maximum)
            let unit = criterion.maximum == 1 ? "point" : "points"
            if value < 0 {
                if criterion == .clientOrientation {
                    reader.error(row, column, "`\(column)` is \(NumberText.plain(value)): a negative result counts as 0 points (annex 1, note); write 0")
                } else {
                    reader.error(row, column, "`\(column)` is \(NumberText.plain(value)); the criterion gives 0 to \(maximum) \(unit) (annex \(nomination.annex)): correct the points")
                }
                continue
            }
            if value > criterion.maximum {
                reader.error(row, column, "`\(column)` is \(NumberText.plain(value)), above the most this criterion gives, \(maximum) \(unit) (annex \(nomination.annex)); correct the points")
                continue
            }
            points[criterion] = value
        }
        var violations: ServiceViolations?
        let a = wholeNumber(row, "violations", what: "how many services were rendered with a violation (a in annex 1's formula)", with: &reader)
        let b = wholeNumber(row, "services_rendered", what: "how many services were rendered (b in annex 1's formula)", with: &reader)
        if a != nil || b != nil {
            if nomination != .clientOriented {
                for column in ["violations", "services_rendered"] where reader.text(row, column) != nil {
                    reader.error(row, column, "`\(column)` feeds annex 1's formula of the \(ContestNomination.clientOriented.messageName) nomination; leave it empty in a \(nomination.messageName) row")
                }
            } else if let a, let b {
                if b == 0 {
                    reader.error(row, "services_rendered", "`services_rendered` is 0; the formula divides by the number of services rendered: write it, or leave both `violations` and `services_rendered` empty")
                } else if a > b {
                    reader.error(row, "violations", "`violations` (\(a)) is more than `services_rendered` (\(b)); a service is rendered with a violation or without: correct the figures")
                } else {
                    violations = ServiceViolations(violations: a, servicesRendered: b)
                    let computed = ContestFormula.clientOrientation(violations: a, servicesRendered: b)
                    if let given = points[.clientOrientation] {
                        if abs(given - computed) > 0.005 + 1e-9 {
                            let shown = DisplayFormat(.en).score(computed)
                            reader.error(row, "client_orientation", "`client_orientation` is \(NumberText.plain(given)) but annex 1's formula gives \(shown) for \(a) violations in \(b) services, 5 × (1 − \(a)/\(b) × 100), counted as 0 if negative; write \(shown), or leave the cell empty for Sapa to compute it")
                        }
                    } else {
                        points[.clientOrientation] = computed
                        missing.removeAll { $0 == .clientOrientation }
                    }
                }
            } else {
                let (given, empty) = a != nil ? ("violations", "services_rendered") : ("services_rendered", "violations")
                reader.error(row, empty, "`\(given)` is given but `\(empty)` is empty; annex 1's formula needs both (or neither)")
            }
        }
        if !points.isEmpty, let first = missing.first {
            let names = nomination.criteria.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            reader.error(row, first.rawValue, "`\(first.rawValue)` is empty; the \(nomination.messageName) nomination is scored on \(names) (annex \(nomination.annex)): fill in all of them, or leave all empty")
        }
        return (points, violations)
    }

    private func wholeNumber(_ row: CSVTable.Row, _ column: String, what: String, with reader: inout RecordReader) -> Int? {
        guard let raw = reader.text(row, column) else { return nil }
        guard let value = NumberText.parse(raw), value >= 0, value == value.rounded(), value < 1e12 else {
            reader.error(row, column, "`\(column)` is «\(raw)»; write \(what) as a whole number")
            return nil
        }
        return Int(value)
    }

    private func photo(_ row: CSVTable.Row, with reader: inout RecordReader) -> ContestPhoto? {
        let alternative = reader.localized(row, "photo_alt")
        guard let path = reader.text(row, "photo") else {
            if let language = Language.allCases.first(where: { alternative.values[$0] != nil }) {
                reader.error(row, "photo_alt_\(language.rawValue)", "there is a photo description but no `photo`; give the photo's path or remove the description")
            }
            return nil
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./")
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard path.allSatisfy({ allowed.contains($0) }), !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) else {
            reader.error(row, "photo", "`photo` is «\(path)»; write the file's path below Content/static/ in Latin letters, digits, - and _, with / between folders, like contest/2025/akmola-1.jpg")
            return nil
        }
        let pictureTypes: Set<String> = ["jpg", "jpeg", "png", "webp", "gif", "avif"]
        guard pictureTypes.contains((path as NSString).pathExtension.lowercased()) else {
            reader.error(row, "photo", "«\(path)» is not a picture the web shows; use a .jpg, .png or .webp file")
            return nil
        }
        if !staticFiles.contains(path) {
            reader.error(row, "photo", "the photo «\(path)» is not in Content/static/; put the file there, at Content/static/\(path), or correct the path")
        }
        if alternative.values[.kk] == nil {
            reader.error(row, "photo_alt_kk", "the photo has no description; fill in `photo_alt_kk`: what the photo shows, for readers who cannot see it")
        }
        return ContestPhoto(path: path, alternativeText: alternative)
    }

    private func winnerText(_ row: CSVTable.Row, with reader: inout RecordReader) -> LocalizedText? {
        let text = reader.localized(row, "text")
        for (language, value) in text.values where value.count > ContestColumns.maximumTextLength {
            reader.error(row, "text_\(language.rawValue)", "`text_\(language.rawValue)` is \(value.count) characters; a winner's text is at most \(ContestColumns.maximumTextLength): shorten it")
        }
        return text.isEmpty ? nil : text
    }

    // MARK: Across rows

    mutating func checkAcrossRows() {
        // Each place once per region and nomination (methodology, item 20).
        var taken: [String: Position] = [:]
        for (winner, at) in regionalPlaces {
            let key = "\(winner.regionID)/\(winner.nomination.rawValue)/\(winner.place)"
            if let first = Self.earlierClaim(of: key, by: at, in: &taken) {
                problems.error(at,
                    "place \(winner.place) of \(regionName(winner.regionID)) in \(winner.nomination.messageName) at the regional stage of \(year) is already given on \(first.describe(from: at.path)); a place goes to one winner: correct the place or remove one of the rows")
                continue
            }
            regional.append(winner)
        }
        // The republican stage: places 1–3 once per nomination (item 27), each a regional
        // first place of the same year and nomination (item 23), each winner once.
        var republicanTaken: [String: Position] = [:]
        var placed: [String: Position] = [:]
        for row in republicanRows {
            let at = row.placeAt
            if let first = Self.earlierClaim(of: "\(row.nomination.rawValue)/\(row.place)", by: at, in: &republicanTaken) {
                problems.error(at,
                    "place \(row.place) in \(row.nomination.messageName) at the republican stage of \(year) is already given on \(first.describe(from: at.path)); a place goes to one winner: correct the place or remove one of the rows")
                continue
            }
            guard let winner = regionalFirstPlace(for: row) else { continue }
            if let first = Self.earlierClaim(of: "\(winner.regionID)/\(winner.nomination.rawValue)", by: at, in: &placed) {
                problems.error(at,
                    "«\(winner.participant.name.text(.kk))» (\(regionName(winner.regionID))) already has a republican place on \(first.describe(from: at.path)); a winner holds one place: correct the row")
                continue
            }
            republican.append(RepublicanWinner(nomination: row.nomination, place: row.place, regional: winner, text: row.text,
                                               path: at.path, line: at.line))
        }
    }

    /// The row that already holds `key` (a place, a winner), or nil after recording `at` as
    /// its holder: a place goes to one row, the later rows are the ones reported.
    static func earlierClaim(of key: String, by at: Position, in claims: inout [String: Position]) -> Position? {
        if let first = claims[key] { return first }
        claims[key] = at
        return nil
    }

    /// The regional first place a republican-stage row names, by its region or its name.
    private mutating func regionalFirstPlace(for row: RepublicanRow) -> ContestWinner? {
        guard !row.regionUnreadable else { return nil }
        let firstPlaces = regional.filter { $0.nomination == row.nomination && $0.place == 1 }
        let rule = "only the regions' first places go to the republican stage (methodology, item 23)"
        if let regionID = row.regionID {
            guard let winner = firstPlaces.first(where: { $0.regionID == regionID }) else {
                if unreadableRegionalRows { return nil }
                problems.error(row.regionAt.path, line: row.regionAt.line, column: row.regionAt.column,
                    "\(regionName(regionID)) has no first place in \(row.nomination.messageName) at the regional stage of \(year); \(rule): add the regional row or correct the region")
                return nil
            }
            if let name = row.name, !sameName(name, winner.participant.name.text(.kk)) {
                problems.error(row.nameAt.path, line: row.nameAt.line, column: row.nameAt.column,
                    "the first place of \(regionName(regionID)) in \(row.nomination.messageName) at the regional stage of \(year) is «\(winner.participant.name.text(.kk))» (\(Position(path: winner.path, line: winner.line, column: 1).describe(from: row.nameAt.path))), not «\(name)»; \(rule): correct the name or the region")
                return nil
            }
            return winner
        }
        guard let name = row.name else {
            problems.error(row.regionAt.path, line: row.regionAt.line, column: row.regionAt.column,
                "the republican-stage row does not say who won; give the `region` whose first place it is, or the winner's `name_kk` as written in the regional row")
            return nil
        }
        let matches = firstPlaces.filter { sameName(name, $0.participant.name.text(.kk)) }
        guard let winner = matches.first else {
            if unreadableRegionalRows { return nil }
            problems.error(row.nameAt.path, line: row.nameAt.line, column: row.nameAt.column,
                "«\(name)» is not a first place of a regional stage of \(year) in \(row.nomination.messageName); \(rule): write the name exactly as in the regional row, or give the region")
            return nil
        }
        if matches.count > 1 {
            problems.error(row.nameAt.path, line: row.nameAt.line, column: row.nameAt.column,
                "«\(name)» is the first place of several regions (\(matches.map(\.regionID).joined(separator: ", "))) in \(row.nomination.messageName); give the `region` too")
            return nil
        }
        return winner
    }

    /// Names compared as a person reads them: case and runs of spaces do not matter.
    private func sameName(_ a: String, _ b: String) -> Bool {
        func normal(_ text: String) -> String { text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return normal(a) == normal(b)
    }

    private func regionName(_ id: String) -> String {
        guard let region = regions.first(where: { $0.id == id }) else { return "`\(id)`" }
        return "\(region.name(in: year).text(.kk)) (`\(id)`)"
    }
}

extension DiagnosticCollector {
    /// An error at a contest row's cell.
    mutating func error(_ at: ContestYearCheck.Position, _ message: String) {
        error(at.path, line: at.line, column: at.column, message)
    }
}
