import Foundation
import SapaModel

/// The checks no single row can make: places claimed twice, the republican stage against the regional one.
extension ContestYearCheck {
    mutating func checkAcrossRows() {
        // Each place once per region and nomination (methodology, item 20).
        var taken: [String: Position] = [:]
        for (place, at) in notHeld {
            let key = "\(place.regionID)/\(place.nomination.rawValue)/\(place.place)"
            if let first = Self.earlierClaim(of: key, by: at, in: &taken) {
                problems.error(
                    at,
                    "place \(place.place) of \(regionName(place.regionID)) in \(place.nomination.messageName) at the regional stage of \(year) is already on \(first.describe(from: at.path)); keep one row for the place"
                )
            }
        }
        for (winner, at) in regionalPlaces {
            let key = "\(winner.regionID)/\(winner.nomination.rawValue)/\(winner.place)"
            if let first = Self.earlierClaim(of: key, by: at, in: &taken) {
                problems.error(
                    at,
                    "place \(winner.place) of \(regionName(winner.regionID)) in \(winner.nomination.messageName) at the regional stage of \(year) is already given on \(first.describe(from: at.path)); a place goes to one winner: correct the place or remove one of the rows"
                )
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
                problems.error(
                    at,
                    "place \(row.place) in \(row.nomination.messageName) at the republican stage of \(year) is already given on \(first.describe(from: at.path)); a place goes to one winner: correct the place or remove one of the rows"
                )
                continue
            }
            guard let winner = regionalFirstPlace(for: row) else { continue }
            if let first = Self.earlierClaim(of: "\(winner.regionID)/\(winner.nomination.rawValue)", by: at, in: &placed) {
                problems.error(
                    at,
                    "«\(winner.participant.name.text(.kk))» (\(regionName(winner.regionID))) already has a republican place on \(first.describe(from: at.path)); a winner holds one place: correct the row"
                )
                continue
            }
            republican.append(
                RepublicanWinner(
                    nomination: row.nomination, place: row.place, regional: winner, text: row.text,
                    path: at.path, line: at.line))
        }
    }

    /// Every region of the year has a row for each place of each nomination: its winner, or
    /// `not-held`. A place left out would read as not awarded without the table saying so.
    mutating func checkEveryPlace(in path: String) {
        guard !unreadableRegionalRows else { return }
        let given = Set(regional.map { ContestPlace(regionID: $0.regionID, nomination: $0.nomination, place: $0.place) } + notHeld.map(\.place))
        var missing: [String] = []
        for region in regionsOfTheYear {
            for nomination in ContestNomination.allCases {
                let places = (1...3).filter { !given.contains(ContestPlace(regionID: region.id, nomination: nomination, place: $0)) }
                if !places.isEmpty { missing.append("\(region.id) \(nomination.rawValue) \(places.map(String.init).joined(separator: ", "))") }
            }
        }
        guard !missing.isEmpty else { return }
        problems.error(
            path, line: 1, column: 1,
            "the regional stage of \(year) has no row for some places (region, nomination, places): \(missing.joined(separator: "; ")); add a row for each place: its winner, or not-held in `status` where the place was not awarded"
        )
    }

    /// The row that already holds `key` (a place, a winner), or nil after recording `at` as
    /// its holder: a place goes to one row, the later rows are the ones reported.
    static func earlierClaim(of key: String, by at: Position, in claims: inout [String: Position]) -> Position? {
        if let first = claims[key] { return first }
        claims[key] = at
        return nil
    }

    /// The regional first place a republican-stage row names, by its region or its name.
    mutating func regionalFirstPlace(for row: RepublicanRow) -> ContestWinner? {
        guard !row.regionUnreadable else { return nil }
        let firstPlaces = regional.filter { $0.nomination == row.nomination && $0.place == 1 }
        let rule = "only the regions' first places go to the republican stage (methodology, item 23)"
        if let regionID = row.regionID {
            guard let winner = firstPlaces.first(where: { $0.regionID == regionID }) else {
                if unreadableRegionalRows { return nil }
                problems.error(
                    row.regionAt.path, line: row.regionAt.line, column: row.regionAt.column,
                    "\(regionName(regionID)) has no first place in \(row.nomination.messageName) at the regional stage of \(year); \(rule): add the regional row or correct the region")
                return nil
            }
            if let name = row.name, !sameName(name, winner.participant.name.text(.kk)) {
                problems.error(
                    row.nameAt.path, line: row.nameAt.line, column: row.nameAt.column,
                    "the first place of \(regionName(regionID)) in \(row.nomination.messageName) at the regional stage of \(year) is «\(winner.participant.name.text(.kk))» (\(Position(path: winner.path, line: winner.line, column: 1).describe(from: row.nameAt.path))), not «\(name)»; \(rule): correct the name or the region"
                )
                return nil
            }
            return winner
        }
        guard let name = row.name else {
            problems.error(
                row.regionAt.path, line: row.regionAt.line, column: row.regionAt.column,
                "the republican-stage row does not say who won; give the `region` whose first place it is, or the winner's `name_kk` as written in the regional row")
            return nil
        }
        let matches = firstPlaces.filter { sameName(name, $0.participant.name.text(.kk)) }
        guard let winner = matches.first else {
            if unreadableRegionalRows { return nil }
            problems.error(
                row.nameAt.path, line: row.nameAt.line, column: row.nameAt.column,
                "«\(name)» is not a first place of a regional stage of \(year) in \(row.nomination.messageName); \(rule): write the name exactly as in the regional row, or give the region")
            return nil
        }
        if matches.count > 1 {
            problems.error(
                row.nameAt.path, line: row.nameAt.line, column: row.nameAt.column,
                "«\(name)» is the first place of several regions (\(matches.map(\.regionID).joined(separator: ", "))) in \(row.nomination.messageName); give the `region` too")
            return nil
        }
        return winner
    }

    /// Names compared as a person reads them: case and runs of spaces do not matter.
    func sameName(_ a: String, _ b: String) -> Bool {
        func normal(_ text: String) -> String { text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        return normal(a) == normal(b)
    }

    func regionName(_ id: String) -> String {
        guard let region = regions.first(where: { $0.id == id }) else { return "`\(id)`" }
        return "\(region.name(in: year).text(.kk)) (`\(id)`)"
    }
}

extension DiagnosticCollector {
    /// An error at a contest row's cell.
    mutating func error(_ at: ContestYearCheck.Position, _ message: String) {
        error(at.path, line: at.line, column: at.column, "\(message)")
    }
}
