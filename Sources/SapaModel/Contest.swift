/// The «Үздік сапалы қызмет көрсетуші» ("best quality service provider") contest, as its
/// 2025 methodology (seed 000) defines it: two nominations, a regional stage in each of the
/// 20 regions and a republican stage, three places each, people's vote plus a commission
/// scoring on the criteria of annexes 1 and 2. The winners come from
/// `Content/contest/<year>/*.csv`; see `ContestLoader` for the checks.

/// The stages of the contest (methodology, item 4).
public enum ContestStage: String, Sendable, CaseIterable {
    /// In each of the 20 regions: people's vote and the regional commission.
    case regional
    /// The regions' first places, judged by the republican commission.
    case republican
}

/// Who takes part in a nomination (methodology, item 11).
public enum ContestParticipantKind: Sendable {
    /// An employee who renders public services: name, position, organisation.
    case employee
    /// A state body or organisation, judged on its premises: name, address.
    case organisation
}

/// The two nominations (methodology, item 5), each scored on its own annex.
public enum ContestNomination: String, Sendable, CaseIterable {
    /// «Клиентке бағдарланған қызмет көрсетуші»: employees (items 6–7, annex 1).
    case clientOriented = "client-oriented"
    /// «Сервистік қызмет көрсетуші»: the places where services are rendered (items 8–9, annex 2).
    case serviceOriented = "service-oriented"

    public var participant: ContestParticipantKind {
        switch self {
        case .clientOriented: return .employee
        case .serviceOriented: return .organisation
        }
    }

    /// The methodology's annex that lists this nomination's criteria.
    public var annex: Int {
        switch self {
        case .clientOriented: return 1
        case .serviceOriented: return 2
        }
    }

    public var criteria: [ContestCriterion] { ContestCriterion.allCases.filter { $0.nomination == self } }

    /// The most a participant can get from the commission: 5 in both annexes.
    public var maximumPoints: Double { criteria.reduce(0) { $0 + $1.maximum } }
}

/// A criterion of the commission's evaluation, with the most points it gives. The raw value
/// is the winners table's column that holds the points.
public enum ContestCriterion: String, Sendable, CaseIterable {
    /// Annex 1, the only criterion of the employees' nomination: the quality of the services
    /// rendered (no complaints, deadlines kept, no unfounded refusals …), «жалпы мәні – 5»,
    /// computed by `ContestFormula.clientOrientation`; a negative result counts as 0.
    case clientOrientation = "client_orientation"
    /// Annex 2, five criteria of «1 ұпай» each: the building's convenient location and accessibility;
    case locationAccess = "location_access"
    /// the organisation of the space and waiting areas (reception, consultant, electronic queue, seats);
    case waitingAreas = "waiting_areas"
    /// the information on public services, available in the state and Russian languages;
    case bilingualInformation = "bilingual_information"
    /// technical equipment and electronic services (a self-service corner);
    case selfService = "self_service"
    /// conditions for people with disabilities (ramps, lifts, call buttons, Braille, tactile signs).
    case disabilityAccess = "disability_access"

    public var nomination: ContestNomination {
        self == .clientOrientation ? .clientOriented : .serviceOriented
    }

    /// The most points the annex allows.
    public var maximum: Double { self == .clientOrientation ? 5 : 1 }
}

/// Annex 1's formula for the client-orientation criterion.
public enum ContestFormula {
    /// T1 = k·(1 − a/b·100): k the most points (5), a the services rendered with violations,
    /// b all services rendered, 100 turning a/b into violations per 100 services. «Егер
    /// көрсеткіш бойынша алынған нәтиже теріс мәнге ие болса, онда осы көрсеткіш бойынша баға
    /// 0 ұпай деп есептеледі»: a negative result counts as 0.
    public static func clientOrientation(
        violations: Int, servicesRendered: Int,
        maximum: Double = ContestCriterion.clientOrientation.maximum
    ) -> Double {
        guard servicesRendered > 0 else { return 0 }
        let result = maximum * (1 - Double(violations) / Double(servicesRendered) * 100)
        return max(0, result)
    }
}

/// Who won: an employee (name, position, organisation) or an organisation (name, address).
public struct ContestParticipant: Sendable, Hashable {
    public var name: LocalizedText
    /// An employee who did not consent to publication: the pages give the place and the
    /// organisation, and say that the name is withheld.
    public var nameWithheld = false
    public var position: LocalizedText?
    public var organisation: LocalizedText?
    public var address: LocalizedText?

    package init(name: LocalizedText, position: LocalizedText? = nil, organisation: LocalizedText? = nil, address: LocalizedText? = nil, nameWithheld: Bool = false) {
        self.name = name
        self.position = position
        self.organisation = organisation
        self.address = address
        self.nameWithheld = nameWithheld
    }
}

/// A winner's photo: a file under `Content/static/`, with the text that replaces it for
/// readers who cannot see it.
public struct ContestPhoto: Sendable, Hashable {
    /// The path below `Content/static/` (and below the site's root once built).
    public var path: String
    public var alternativeText: LocalizedText

    package init(path: String, alternativeText: LocalizedText) {
        self.path = path
        self.alternativeText = alternativeText
    }
}

/// The figures annex 1's formula starts from, where the table gives them.
public struct ServiceViolations: Sendable, Hashable {
    /// a: the public services rendered with a violation.
    public var violations: Int
    /// b: all public services rendered.
    public var servicesRendered: Int

    package init(violations: Int, servicesRendered: Int) {
        self.violations = violations
        self.servicesRendered = servicesRendered
    }
}

/// One place of the regional stage: a region's first, second or third in a nomination.
public struct ContestWinner: Sendable {
    public var regionID: String
    public var nomination: ContestNomination
    public var place: Int
    public var participant: ContestParticipant
    /// The people's vote: residents of the region of age who voted for the participant.
    public var votes: Int?
    /// The commission's points per criterion of the nomination's annex; empty where the table
    /// gives none (then every criterion is missing, never some).
    public var points: [ContestCriterion: Double]
    public var violations: ServiceViolations?
    public var photo: ContestPhoto?
    public var text: LocalizedText?
    /// Where the row is, for messages that point back at it.
    public var path: String
    public var line: Int

    /// The commission's total, out of `nomination.maximumPoints`.
    public var totalPoints: Double? {
        points.isEmpty ? nil : nomination.criteria.reduce(0) { $0 + (points[$1] ?? 0) }
    }

    package init(
        regionID: String, nomination: ContestNomination, place: Int, participant: ContestParticipant, votes: Int? = nil, points: [ContestCriterion: Double], violations: ServiceViolations? = nil,
        photo: ContestPhoto? = nil, text: LocalizedText? = nil, path: String, line: Int
    ) {
        self.regionID = regionID
        self.nomination = nomination
        self.place = place
        self.participant = participant
        self.votes = votes
        self.points = points
        self.violations = violations
        self.photo = photo
        self.text = text
        self.path = path
        self.line = line
    }
}

/// One place of the republican stage, which goes to a regional first place of the same
/// nomination (methodology, item 23); everything about the winner is their regional row.
public struct RepublicanWinner: Sendable {
    public var nomination: ContestNomination
    public var place: Int
    public var regional: ContestWinner
    /// The republican commission's words about the winner, if any.
    public var text: LocalizedText?
    public var path: String
    public var line: Int

    package init(nomination: ContestNomination, place: Int, regional: ContestWinner, text: LocalizedText? = nil, path: String, line: Int) {
        self.nomination = nomination
        self.place = place
        self.regional = regional
        self.text = text
        self.path = path
        self.line = line
    }
}

/// One year of the contest.
public struct ContestYear: Sendable, Identifiable {
    public var year: Int
    public var id: Int { year }
    /// Sample data (placeholder winners, made-up figures): every page that shows the year says so.
    public var isSample: Bool
    /// A short note for the year's page (the ceremony, where the results were announced).
    public var note: LocalizedText?
    public var regional: [ContestWinner]
    public var republican: [RepublicanWinner]
    /// The regional places the table says were not awarded (`not-held`).
    public var notHeld: Set<ContestPlace> = []

    /// Whether the place was not awarded that year.
    public func isNotHeld(_ regionID: String, _ nomination: ContestNomination, _ place: Int) -> Bool {
        notHeld.contains(ContestPlace(regionID: regionID, nomination: nomination, place: place))
    }

    /// A region's places in a nomination, first place first.
    public func winners(of regionID: String, in nomination: ContestNomination) -> [ContestWinner] {
        regional.filter { $0.regionID == regionID && $0.nomination == nomination }.sorted { $0.place < $1.place }
    }

    /// The republican stage of a nomination, first place first.
    public func republicanWinners(in nomination: ContestNomination) -> [RepublicanWinner] {
        republican.filter { $0.nomination == nomination }.sorted { $0.place < $1.place }
    }

    /// The republican place a region's winner went on to take, if any.
    public func republicanPlace(of winner: ContestWinner) -> RepublicanWinner? {
        republican.first { $0.nomination == winner.nomination && $0.regional.regionID == winner.regionID && $0.regional.place == winner.place }
    }

    /// Whether the region has any winner this year.
    public func hasWinners(in regionID: String) -> Bool { regional.contains { $0.regionID == regionID } }

    package init(year: Int, isSample: Bool, note: LocalizedText? = nil, regional: [ContestWinner], republican: [RepublicanWinner], notHeld: Set<ContestPlace> = []) {
        self.year = year
        self.isSample = isSample
        self.note = note
        self.regional = regional
        self.republican = republican
        self.notHeld = notHeld
    }
}

/// The contest's rules text in one language (`Content/contest/rules.<lang>.md`): the stages,
/// the commissions, the places and prizes. The criteria are not written there: the rules page
/// states them from `ContestCriterion`, the same table the checks use.
public struct ContestRulesText: Sendable {
    public var language: Language
    public var title: String
    public var description: String?
    public var markdown: String
    public var path: String

    package init(language: Language, title: String, description: String? = nil, markdown: String, path: String) {
        self.language = language
        self.title = title
        self.description = description
        self.markdown = markdown
        self.path = path
    }
}

/// Every year of the contest and its rules; `isPublished` is false for a site without a
/// `Content/contest/` folder, which then has no contest pages.
public struct ContestArchive: Sendable {
    public var isPublished: Bool
    /// Oldest first.
    public var years: [ContestYear]
    public var rules: [Language: ContestRulesText]

    public init(isPublished: Bool, years: [ContestYear], rules: [Language: ContestRulesText]) {
        self.isPublished = isPublished
        self.years = years.sorted { $0.year < $1.year }
        self.rules = rules
    }

    public static let none = ContestArchive(isPublished: false, years: [], rules: [:])

    public func year(_ year: Int) -> ContestYear? { years.first { $0.year == year } }
}

/// A place of the regional stage: a region's first, second or third in a nomination.
public struct ContestPlace: Sendable, Hashable {
    public var regionID: String
    public var nomination: ContestNomination
    public var place: Int

    public init(regionID: String, nomination: ContestNomination, place: Int) {
        self.regionID = regionID
        self.nomination = nomination
        self.place = place
    }
}
