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

        func describe(from other: String) -> ToolMessage {
            path == other ? ToolMessage(ContestMessage.lineHere, ["line": line]) : ToolMessage(ContestMessage.lineOfFile, ["line": line, "path": path])
        }
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
            let place = reader.place(row, column)
            return Position(path: reader.table.path, line: place.line, column: place.column)
        }
        if let raw = reader.text(row, "year"), Int(raw) != year {
            reader.error(row, "year", ToolMessage(ContestMessage.yearMismatch, ["value": raw, "year": year]))
        }
        var stage: ContestStage?
        if let raw = reader.text(row, "stage") {
            stage = ContestStage(rawValue: raw.lowercased())
            if stage == nil { reader.error(row, "stage", ToolMessage(ContestMessage.stageUnknown, ["value": raw])) }
        } else {
            reader.error(row, "stage", ToolMessage(ContestMessage.stageEmpty))
        }
        var nomination: ContestNomination?
        if let raw = reader.text(row, "nomination") {
            nomination = ContestNomination(rawValue: raw.lowercased())
            if nomination == nil {
                reader.error(row, "nomination", ToolMessage(ContestMessage.nominationUnknown, ["value": raw]))
            }
        } else {
            reader.error(row, "nomination", ToolMessage(ContestMessage.nominationEmpty))
        }
        var place: Int?
        if let raw = reader.text(row, "place") {
            if let number = Int(raw), (1...3).contains(number) {
                place = number
            } else {
                reader.error(row, "place", ToolMessage(ContestMessage.placeNotAwarded, ["value": raw]))
            }
        } else {
            reader.error(row, "place", ToolMessage(ContestMessage.placeEmpty))
        }
        let regionID = region(row, with: &reader, required: stage == .regional)
        guard let stage, let nomination, let place, stage == .republican || regionID != nil else {
            if stage != .republican { unreadableRegionalRows = true }
            return
        }

        switch stage {
        case .republican:
            for column in reader.table.header.map(\.value) where !ContestColumns.republican.contains(column) && reader.text(row, column) != nil {
                reader.error(row, column, ToolMessage(ContestMessage.takenFromRegionalRow, ["column": column]))
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
                    reader.error(row, "status", ToolMessage(ContestMessage.statusUnknown, ["value": status]))
                    return
                }
                let kept: Set<String> = ["year", "stage", "region", "nomination", "place", "status"]
                for column in reader.table.header.map(\.value) where !kept.contains(column) && reader.text(row, column) != nil {
                    reader.error(row, column, ToolMessage(ContestMessage.notHeldHasWinner, ["column": column]))
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
                reader.error(row, "region", ToolMessage(ContestMessage.regionEmpty, ["regions": regionsOfTheYear.map(\.id).joined(separator: ", ")]))
            }
            return nil
        }
        guard let region = regions.first(where: { $0.id == id }) else {
            reader.error(row, "region", ToolMessage(ContestMessage.regionUnknown, ["id": id, "year": year, "regions": regionsOfTheYear.map(\.id).joined(separator: ", ")]))
            return nil
        }
        guard region.existed(in: year) else {
            let name = region.name(in: year).text(.kk)
            if let since = region.since, year < since {
                reader.error(row, "region", ToolMessage(ContestMessage.regionNotYetFormed, ["id": id, "name": name, "year": year, "since": since]))
            } else {
                let until = region.until.map(String.init) ?? "?"
                reader.error(row, "region", ToolMessage(ContestMessage.regionAbolished, ["id": id, "name": name, "year": year, "until": until]))
            }
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
        let needed: [(column: String, what: ContestMessage)]
        let foreign: [String]
        switch nomination.participant {
        case .employee:
            if name.values[.kk] == nil { reader.error(row, "name_kk", ToolMessage(ContestMessage.employeeUnnamed)) }
            needed = [("position", .employeePosition), ("organisation", .employeeOrganisation)]
            foreign = ["address"]
        case .organisation:
            if name.values[.kk] == nil { reader.error(row, "name_kk", ToolMessage(ContestMessage.organisationUnnamed)) }
            needed = [("address", .premisesAddress)]
            foreign = ["position", "organisation"]
        }
        for (column, what) in needed where texts[column]?.values[.kk] == nil {
            reader.error(
                row, "\(column)_kk",
                ToolMessage(ContestMessage.textMissing, ["column": "\(column)_kk", "what": ToolMessage(what), "nomination": nomination.messageName]))
        }
        for base in foreign {
            for language in Language.allCases where reader.text(row, "\(base)_\(language.rawValue)") != nil {
                let column = "\(base)_\(language.rawValue)"
                let key: ContestMessage = nomination.participant == .employee ? .notForEmployees : .notForOrganisations
                reader.error(row, column, ToolMessage(key, ["column": column, "nomination": nomination.messageName]))
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
                reader.error(row, "consent", ToolMessage(ContestMessage.consentForEmployeesOnly))
            }
            return false
        }
        switch consent?.lowercased() {
        case "yes": return false
        case "no": return true
        case nil:
            reader.error(row, "consent", ToolMessage(ContestMessage.consentMissing))
            return true
        case let other?:
            reader.error(row, "consent", ToolMessage(ContestMessage.consentUnknown, ["value": other]))
            return true
        }
    }
}
