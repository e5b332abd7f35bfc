import Foundation
import SapaModel

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
    var regional: [ContestWinner] = []
    var republican: [RepublicanWinner] = []
    var regionalPlaces: [(winner: ContestWinner, at: Position)] = []
    var republicanRows: [RepublicanRow] = []
    /// Regional places the table says were not awarded.
    var notHeld: [(place: ContestPlace, at: Position)] = []
    /// A row that may be a regional place but could not be read (its error is reported):
    /// a republican row that names no known first place may name that one, so it is not
    /// reported too; it will be, if still wrong, once the row is corrected.
    var unreadableRegionalRows = false

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
                reader.error(
                    row, "nomination",
                    "`nomination` is «\(raw)»; write `client-oriented` («Клиентке бағдарланған қызмет көрсетуші», employees) or `service-oriented` («Сервистік қызмет көрсетуші», organisations)")
            }
        } else {
            reader.error(row, "nomination", "`nomination` is empty; write `client-oriented` (employees) or `service-oriented` (organisations)")
        }
        var place: Int?
        if let raw = reader.text(row, "place") {
            if let number = Int(raw), (1...3).contains(number) {
                place = number
            } else {
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
                reader.error(
                    row, column,
                    "`\(column)` is taken from the winner's regional-stage row; a republican-stage row gives the nomination, the place and the region or `name_kk` of a regional first place (and may add `text_kk`…): leave it empty"
                )
            }
            let text = winnerText(row, with: &reader)
            republicanRows.append(
                RepublicanRow(
                    nomination: nomination, place: place, regionID: regionID,
                    regionUnreadable: regionID == nil && reader.text(row, "region") != nil, name: reader.text(row, "name_kk"),
                    text: text, placeAt: position("place"), regionAt: position("region"), nameAt: position("name_kk")))
        case .regional:
            guard let regionID else { return }  // checked above
            if let status = reader.text(row, "status") {
                guard status.lowercased() == "not-held" else {
                    reader.error(row, "status", "`status` is «\(status)»; leave it empty for a winner, or write not-held where the place was not awarded")
                    return
                }
                let kept: Set<String> = ["year", "stage", "region", "nomination", "place", "status"]
                for column in reader.table.header.map(\.value) where !kept.contains(column) && reader.text(row, column) != nil {
                    reader.error(row, column, "a place not held has no winner: leave `\(column)` empty, or remove not-held from `status`")
                }
                notHeld.append((ContestPlace(regionID: regionID, nomination: nomination, place: place), position("place")))
                return
            }
            let participant = self.participant(row, nomination: nomination, with: &reader)
            let votes = wholeNumber(row, "votes", what: .votes, with: &reader)
            let (points, violations) = self.points(row, nomination: nomination, with: &reader)
            let winner = ContestWinner(
                regionID: regionID, nomination: nomination, place: place, participant: participant,
                votes: votes, points: points, violations: violations, photo: photo(row, with: &reader),
                text: winnerText(row, with: &reader), path: reader.table.path, line: row.line)
            regionalPlaces.append((winner, position("place")))
        }
    }

    /// The region, which must be in the registry and exist in the contest's year.
    func region(_ row: CSVTable.Row, with reader: inout RecordReader, required: Bool) -> String? {
        guard let id = reader.text(row, "region") else {
            if required {
                reader.error(
                    row, "region", "`region` is empty; a regional-stage row needs its region's id from Content/data/regions.csv, one of: \(regionsOfTheYear.map(\.id).joined(separator: ", "))")
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
    func participant(_ row: CSVTable.Row, nomination: ContestNomination, with reader: inout RecordReader) -> ContestParticipant {
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
                let hint =
                    nomination.participant == .employee
                    ? "an employee's row gives the organisation in `organisation_kk`"
                    : "an organisation's row gives its name in `name_kk` and its address in `address_kk`"
                reader.error(row, "\(base)_\(language.rawValue)", "`\(base)_\(language.rawValue)` does not belong to the \(nomination.messageName) nomination (\(hint)); leave it empty")
            }
        }
        return ContestParticipant(
            name: name, position: texts["position"], organisation: texts["organisation"], address: texts["address"],
            nameWithheld: nameWithheld(row, nomination: nomination, with: &reader))
    }

    /// An employee is named only with their consent (`consent`: yes or no); an organisation's
    /// name is public.
    func nameWithheld(_ row: CSVTable.Row, nomination: ContestNomination, with reader: inout RecordReader) -> Bool {
        let consent = reader.text(row, "consent")
        guard nomination.participant == .employee else {
            if consent != nil {
                reader.error(row, "consent", "`consent` is for employees, whose names are published only if they agree; an organisation's row leaves it empty")
            }
            return false
        }
        switch consent?.lowercased() {
        case "yes": return false
        case "no": return true
        case nil:
            reader.error(
                row, "consent",
                "the employee's consent to publishing their name is not recorded: write yes in `consent` if they agreed, no if not (the page then gives the place and the organisation, and says that the name is withheld)"
            )
            return true
        case let other?:
            reader.error(row, "consent", "`consent` is «\(other)»; write yes if the employee agreed to publishing their name, no if not")
            return true
        }
    }
}
