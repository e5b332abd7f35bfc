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
                    ToolMessage(
                        ContestMessage.notHeldRepeated,
                        [
                            "place": place.place, "region": regionName(place.regionID), "nomination": place.nomination.messageName, "year": year,
                            "first": first.describe(from: at.path),
                        ]))
            }
        }
        for (winner, at) in regionalPlaces {
            let key = "\(winner.regionID)/\(winner.nomination.rawValue)/\(winner.place)"
            if let first = Self.earlierClaim(of: key, by: at, in: &taken) {
                problems.error(
                    at,
                    ToolMessage(
                        ContestMessage.regionalPlaceTaken,
                        [
                            "place": winner.place, "region": regionName(winner.regionID), "nomination": winner.nomination.messageName, "year": year,
                            "first": first.describe(from: at.path),
                        ]))
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
                    ToolMessage(
                        ContestMessage.republicanPlaceTaken,
                        ["place": row.place, "nomination": row.nomination.messageName, "year": year, "first": first.describe(from: at.path)]))
                continue
            }
            guard let winner = regionalFirstPlace(for: row) else { continue }
            if let first = Self.earlierClaim(of: "\(winner.regionID)/\(winner.nomination.rawValue)", by: at, in: &placed) {
                problems.error(
                    at,
                    ToolMessage(
                        ContestMessage.winnerPlacedTwice,
                        ["name": winner.participant.name.text(.kk), "region": regionName(winner.regionID), "first": first.describe(from: at.path)]))
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
        problems.error(path, line: 1, column: 1, ToolMessage(ContestMessage.placesMissing, ["year": year, "missing": missing.joined(separator: "; ")]))
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
        let rule = ToolMessage(ContestMessage.onlyFirstPlaces)
        if let regionID = row.regionID {
            guard let winner = firstPlaces.first(where: { $0.regionID == regionID }) else {
                if unreadableRegionalRows { return nil }
                problems.error(
                    row.regionAt,
                    ToolMessage(
                        ContestMessage.noRegionalFirstPlace, ["region": regionName(regionID), "nomination": row.nomination.messageName, "year": year, "rule": rule]))
                return nil
            }
            if let name = row.name, !sameName(name, winner.participant.name.text(.kk)) {
                problems.error(
                    row.nameAt,
                    ToolMessage(
                        ContestMessage.firstPlaceIsOther,
                        [
                            "region": regionName(regionID), "nomination": row.nomination.messageName, "year": year, "winner": winner.participant.name.text(.kk),
                            "where": Position(path: winner.path, line: winner.line, column: 1).describe(from: row.nameAt.path), "name": name, "rule": rule,
                        ]))
                return nil
            }
            return winner
        }
        guard let name = row.name else {
            problems.error(row.regionAt, ToolMessage(ContestMessage.republicanWinnerUnnamed))
            return nil
        }
        let matches = firstPlaces.filter { sameName(name, $0.participant.name.text(.kk)) }
        guard let winner = matches.first else {
            if unreadableRegionalRows { return nil }
            problems.error(
                row.nameAt, ToolMessage(ContestMessage.notAFirstPlace, ["name": name, "year": year, "nomination": row.nomination.messageName, "rule": rule]))
            return nil
        }
        if matches.count > 1 {
            problems.error(
                row.nameAt,
                ToolMessage(
                    ContestMessage.firstPlaceOfSeveralRegions,
                    ["name": name, "regions": matches.map(\.regionID).joined(separator: ", "), "nomination": row.nomination.messageName]))
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
    mutating func error(_ at: ContestYearCheck.Position, _ message: ToolMessage) {
        error(at.path, line: at.line, column: at.column, message)
    }
}
